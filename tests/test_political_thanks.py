"""Thanks, scorn words and dread give a party the same side, whichever party it is.

"Thanks to the Greens for getting the pool reopened": the judge's lean made the same thanks
support for three parties, nothing for five and an attack for one. Thanks to a minister or
an MP for their help is no side; "thanks a lot" and "cheers for nothing" are sarcasm, as is
praise beside a grievance ("Brilliant, <X> have sorted it again. Our bins haven't been
collected in a month."); the vegetable and a bowls club are no party. The sentences are the
project's own.
"""

from __future__ import annotations

import pytest

from tests.conftest import (
    EVERY_PARTY,
    PARTIES_AND_POLITICIANS,
    Lint,
    sentence_case,
    sided_messages,
    sides_on,
)

#: Each frame with the side every party named in it takes.
SIDED_FRAMES = [
    ("Thanks to {} for getting the swimming pool reopened.", "Supports"),
    ("Huge thanks to {} for fighting to keep our library open.", "Supports"),
    ("Credit to {}, the new crossing outside the school is brilliant.", "Supports"),
    # Sarcasm.
    ("Thanks a lot {} for closing the library.", "Attacks"),
    ("Cheers for nothing {}, the library's shut.", "Attacks"),
    # Praise said to the party, beside a grievance (in the sentence or the next).
    ("Brilliant, {} have sorted it again. Our bins haven't been collected in a month.", "Attacks"),
    ("Well done {}, you managed to shut the last youth club on the estate.", "Attacks"),
    ("Cheers {}, lovely new pothole at the end of our road.", "Attacks"),
    # ... or beside a grievance in the sentence before.
    (
        "My train was cancelled three times this week and the fares went up again. Well done, {}.",
        "Attacks",
    ),
    ("Amazing job from {} on the buses, said nobody ever.", "Attacks"),
    ("Truly inspiring leadership from {} on housing, said no one ever.", "Attacks"),
    # The same praise, sincere.
    ("Brilliant, {} have saved the youth club!", "Supports"),
    ("Bravo {}, the new crossing outside the school is a godsend.", "Supports"),
    # Dread of a win.
    ("If {} get in next May I'm moving.", "Attacks"),
    # Called wrong, clueless, out of touch.
    (
        "Tune in at 7pm: I'll be on the radio explaining why {} are wrong about the bus cuts.",
        "Attacks",
    ),
    ("Honestly {} are clueless about buses.", "Attacks"),
    ("{} are out of touch with anyone who rents.", "Attacks"),
]


@pytest.mark.parametrize(("frame", "side"), SIDED_FRAMES)
@pytest.mark.parametrize("party", EVERY_PARTY)
def test_a_party_takes_the_frames_side_whichever_party(frame: str, side: str, party: str) -> None:
    text = sentence_case(frame.format(party))
    messages = sided_messages(text)
    assert messages and all(m.startswith(side) for m in messages), (text, messages)


@pytest.mark.parametrize("party", EVERY_PARTY)
def test_thanks_to_meaning_because_of_is_no_support(party: str) -> None:
    """ "Thanks to <X> my bins go once a fortnight": because of them, not gratitude."""
    text = sentence_case(f"Thanks to {party} my bins only get emptied once a fortnight now.")
    assert not any(m.startswith("Supports") for m in sided_messages(text)), text


@pytest.mark.parametrize(
    "text",
    [
        "Thanks to the Minister for visiting our depot today.",
        "Thanks to Sam Okafor MP for helping sort out my mum's passport.",
        "Thanks to the Greens for the lovely salad recipe.",
        "Big thanks to the Greens bowls club for a fab afternoon.",
        "Steamed greens with garlic tonight, thanks to my neighbour's allotment.",
        "The forecast is wrong again, it's pouring.",
        "My dad reckons the referee is useless.",
    ],
)
def test_thanks_or_scorn_for_no_party_takes_no_side(text: str) -> None:
    assert sided_messages(text) == []


@pytest.mark.parametrize("who", PARTIES_AND_POLITICIANS)
@pytest.mark.parametrize(
    "frame",
    ["What a surprise, {} u-turned on it again.", "Surprise surprise, {} are blaming the weather."],
)
def test_mock_surprise_attacks_them(lint: Lint, frame: str, who: str) -> None:
    assert sides_on(lint, frame, who) == {"Attacks"}, frame.format(who)
