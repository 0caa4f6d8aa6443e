"""Thanks to a party is a side taken with it, whichever party it is.

"Thanks to the Greens for getting the pool reopened": the judge's lean made the same thanks
support for three parties, nothing for five and an attack for one. Thanks to a minister or
an MP for their help is no side; "thanks a lot" and "cheers for nothing" are sarcasm; the
vegetable and a bowls club are no party. The sentences are the project's own.
"""

from __future__ import annotations

import pytest

from tests.conftest import EVERY_PARTY, sided_messages


def _sentence(frame: str, party: str) -> str:
    text = frame.format(party)
    return text[0].upper() + text[1:]


@pytest.mark.parametrize(
    "frame",
    [
        "Thanks to {} for getting the swimming pool reopened.",
        "Huge thanks to {} for fighting to keep our library open.",
        "Credit to {}, the new crossing outside the school is brilliant.",
    ],
)
@pytest.mark.parametrize("party", EVERY_PARTY)
def test_thanks_to_a_party_supports_it(frame: str, party: str) -> None:
    text = _sentence(frame, party)
    messages = sided_messages(text)
    assert messages and all(m.startswith("Supports") for m in messages), (text, messages)


@pytest.mark.parametrize(
    "frame",
    ["Thanks a lot {} for closing the library.", "Cheers for nothing {}, the library's shut."],
)
@pytest.mark.parametrize("party", EVERY_PARTY)
def test_sarcastic_thanks_to_a_party_attacks_it(frame: str, party: str) -> None:
    text = _sentence(frame, party)
    messages = sided_messages(text)
    assert messages and all(m.startswith("Attacks") for m in messages), (text, messages)


@pytest.mark.parametrize(
    "text",
    [
        "Thanks to the Minister for visiting our depot today.",
        "Thanks to Sam Okafor MP for helping sort out my mum's passport.",
        "Thanks to the Greens for the lovely salad recipe.",
        "Big thanks to the Greens bowls club for a fab afternoon.",
        "Steamed greens with garlic tonight, thanks to my neighbour's allotment.",
    ],
)
def test_thanks_to_no_party_takes_no_side(text: str) -> None:
    assert sided_messages(text) == []


@pytest.mark.parametrize("party", EVERY_PARTY)
def test_moving_away_if_a_party_wins_attacks_it(party: str) -> None:
    text = _sentence("If {} get in next May I'm moving.", party)
    messages = sided_messages(text)
    assert messages and all(m.startswith("Attacks") for m in messages), (text, messages)


@pytest.mark.parametrize("party", EVERY_PARTY)
def test_thanks_to_meaning_because_of_is_no_support(party: str) -> None:
    """ "Thanks to <X> my bins go once a fortnight": because of them, not gratitude."""
    text = _sentence("Thanks to {} my bins only get emptied once a fortnight now.", party)
    assert not any(m.startswith("Supports") for m in sided_messages(text)), text


@pytest.mark.parametrize(
    "frame",
    [
        "Tune in at 7pm: I'll be on the radio explaining why {} are wrong about the bus cuts.",
        "Honestly {} are clueless about buses.",
        "{} are out of touch with anyone who rents.",
    ],
)
@pytest.mark.parametrize("party", EVERY_PARTY)
def test_a_party_called_wrong_or_clueless_is_attacked(frame: str, party: str) -> None:
    text = _sentence(frame, party)
    messages = sided_messages(text)
    assert messages and all(m.startswith("Attacks") for m in messages), (text, messages)


@pytest.mark.parametrize(
    "text",
    ["The forecast is wrong again, it's pouring.", "My dad reckons the referee is useless."],
)
def test_wrong_or_useless_said_of_no_party_takes_no_side(text: str) -> None:
    assert sided_messages(text) == []
