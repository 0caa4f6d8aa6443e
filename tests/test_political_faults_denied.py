"""Praise by a fault denied or conceded, for every party and politician alike. The judge read
the fault's word ("dodge", "flinched", "fault") as scorn, and attacked the actor praised:
"<X> took every question and never once flinched"; "<X> conceded with no sulking and no
excuses"; "Hard to fault <X> on the flood
response"; "Cheers to <X> for seeing off the incinerator" (its "cheers" was taken for
sarcasm). A fault affirmed, asked about or said of someone else is no praise. The sentences
are the project's own."""

from __future__ import annotations

import pytest

from tests.conftest import EVERY_PARTY, PARTIES_AND_POLITICIANS, Lint, sides_on

PRAISE = [
    "{} took every question the audience threw at them and never once flinched.",
    "{} didn't dodge a single question on the phone-in this morning.",
    "{} has never lied to us about the waiting lists, whatever else you think.",
    "Hard to fault {} on the flood response, the money reached people within a week.",
    "Credit where it's due to {}, the new footbridge opened on time.",
    "{} have an actual plan for rural buses, which is more than most.",
    "{} conceded that night with no sulking and no excuses. Classy.",
    "{} didn't gloat once after winning the seat.",
    "{} handled the grilling without the usual theatrics.",
    "{} does not get rattled, whatever the interviewer throws at them.",
]
NO_PRAISE = [
    "{} have no excuses left after a year in charge.",
    "{} cut the bus routes with no warning and no consultation.",
    "Is there anything {} won't U-turn on? Genuinely asking.",
    "{} never once answered the question about the hospital.",
    "Hard to fault {} on the flood response 🙄 apart from the missing money, the late "
    "sandbags and the closed roads.",
]


@pytest.mark.parametrize("frame", PRAISE)
@pytest.mark.parametrize("who", PARTIES_AND_POLITICIANS)
def test_a_fault_denied_or_praise_conceded_backs_them(lint: Lint, frame: str, who: str) -> None:
    assert sides_on(lint, frame, who) == {"Supports"}, frame.format(who)


@pytest.mark.parametrize("who", EVERY_PARTY)
def test_cheers_to_a_party_for_its_work_backs_it(lint: Lint, who: str) -> None:
    """Thanks to a party, in the word "cheers" (taken for "Cheers, <X>", sarcasm's word).
    Thanks to a politician for their help is no side (``praise``)."""
    frame = "Cheers to {} for seeing off that incinerator, the kids can breathe again."
    assert sides_on(lint, frame, who) == {"Supports"}, frame.format(who)


@pytest.mark.parametrize("frame", NO_PRAISE)
@pytest.mark.parametrize("who", PARTIES_AND_POLITICIANS)
def test_a_fault_affirmed_or_asked_about_is_no_praise(lint: Lint, frame: str, who: str) -> None:
    assert "Supports" not in sides_on(lint, frame, who), frame.format(who)


@pytest.mark.parametrize(
    "text",
    [
        "The minister said the department never lied about the figures.",
        "Keir Starmer's spokesman never once answered the question.",
        "The Home Secretary didn't hide her contempt for the protesters.",
    ],
)
def test_a_fault_denied_of_someone_else_or_a_fault_shown_backs_no_one(
    lint: Lint, text: str
) -> None:
    from tests.conftest import politics_heads

    assert not any(h.startswith("Supports") for h in politics_heads(lint, text)), text
