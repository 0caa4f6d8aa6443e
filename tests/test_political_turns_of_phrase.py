"""Turns of phrase whose words read the other way to the models, each giving its side for
every party and politician alike: praise in negative words ("<X> hasn't put a foot wrong",
"was dead right"), a quotation the author endorses around it ("Quote of the year from <X>:
'…' Absolutely this", "100% this. <X>: “…”"), a call to hand over ("<X> should hand the keys
to someone who reads the briefs"), thanks said in mockery ("Thanks <X>, you're really spoiling
us"), absence asked after ("Has anyone actually seen <X> since polling day?"), and the author's
jab after a report of what <X> said
("<X> says the trains are 'back on track'. If you say so."). The sentences are the project's
own."""

from __future__ import annotations

import pytest

from tests.conftest import PARTIES_AND_POLITICIANS, Lint, sides_on

FRAMES = [
    ("{} hasn't put a foot wrong on the economy this year.", "Supports"),
    ("Say what you like, {} was dead right about the gas reserve.", "Supports"),
    ("{} is no pushover at committee, credit where it's due.", "Supports"),
    (
        "Quote of the year from {}: 'We will not let the next generation pay for our "
        "mistakes.' Absolutely this 👏",
        "Supports",
    ),
    ("100% this. {}: “Families shouldn't have to choose between heating and eating.”", "Supports"),
    ("After that performance {} should hand the keys to someone who reads the briefs.", "Attacks"),
    ("{} says the budget 'fixes the foundations'. Tell that to the cafés on my street.", "Attacks"),
    ("{} told reporters the ferries would be ready by spring. Sure.", "Attacks"),
    ("{} says the trains are 'back on track'. If you say so.", "Attacks"),
    # Thanks said in mockery
    ("Fortnightly bins and a council tax rise. Thanks {}, you're really spoiling us.", "Attacks"),
    ("Library hours halved again. Cheers {}, what a treat.", "Attacks"),
    # Their absence asked after
    ("Serious question: has anyone actually seen {} in the town since polling day?", "Attacks"),
    ("Where is {} when you need them? Not at the flood meeting, that's for sure.", "Attacks"),
]


@pytest.mark.parametrize(("frame", "side"), FRAMES)
@pytest.mark.parametrize("who", PARTIES_AND_POLITICIANS)
def test_a_turn_of_phrase_gives_its_side(lint: Lint, frame: str, side: str, who: str) -> None:
    assert sides_on(lint, frame, who) == {side}, frame.format(who)


@pytest.mark.parametrize(
    "text",
    [
        # A report with no jab, and a quotation nobody endorses, take no side.
        "The Chancellor told reporters the budget would be published on Wednesday.",
        "Quote from the Health Secretary at today's briefing: 'Clinics open at 8am.'",
        "Make sure you check the polling station on your card before Thursday.",
        # Asking after a speech or a venue, not after someone gone missing.
        "Has anyone seen Starmer's speech from last night? Looking for a link.",
        "Where is Badenoch speaking tonight? Thinking of going along.",
    ],
)
def test_a_plain_report_or_quotation_takes_no_side(lint: Lint, text: str) -> None:
    messages = [d.message for d in lint(text).diagnostics if d.rule.startswith("politics.")]
    assert not any(m.startswith(("Supports", "Attacks")) for m in messages), messages


EMOJI_ON_A_SPEAKER = [
    ("{} on the wealth tax just now 🤦", "Attacks"),
    ("{} on the two-child limit 🙄🙄", "Attacks"),
    ("{} on the NHS tonight 🔥🔥", "Supports"),
]


@pytest.mark.parametrize(("frame", "side"), EMOJI_ON_A_SPEAKER)
@pytest.mark.parametrize("who", PARTIES_AND_POLITICIANS)
def test_an_emoji_after_someone_on_an_issue_is_their_side(
    lint: Lint, frame: str, side: str, who: str
) -> None:
    """ "<X> on the wealth tax 🤦": the emoji is for what <X> said, not only a verdict on the
    tax (the verdict had been told, and the judge's reading of <X> had won)."""
    assert sides_on(lint, frame, who) == {side}, frame.format(who)
