"""Credit weighed against what an actor is due ("<X> doesn't get half the credit they
deserve", "<X> is massively underrated"), flak then "but" ("<X> cops a hard time but…", "<X>
gets a bad rap, but…"), and the author's word on a plan reported ("<X> wants to scrap the bus
pass. Hard pass." / "Yes please."), for every party and politician alike; the same words about
a footballer or a film take no side. The sentences are the project's own."""

from __future__ import annotations

import pytest

from tests.conftest import PARTIES_AND_POLITICIANS, Lint, politics_heads, sided_heads, sides_on

SUPPORTS = [
    "{} doesn't get half the credit they deserve for the bus deal.",
    "{} never gets the credit for keeping the library open.",
    "{} is massively underrated on housing.",
    "{} copped a hard time but they can actually run a meeting.",
    "{} gets a bad rap, but the pothole fund was their idea and it works.",
    "{} wants to fix the buses before anything else. Yes please.",
]
ATTACKS = [
    "{} gets far more credit than they deserve for the bridge.",
    "{} is wildly overrated on the economy.",
    "{} wants to scrap the bus pass and calls it reform. Hard pass.",
    "{} has a plan for the high street. No thanks.",
    "{} wants to bring back the old parking rules. Nah.",
]


@pytest.mark.parametrize("frame", SUPPORTS)
@pytest.mark.parametrize("who", PARTIES_AND_POLITICIANS)
def test_credit_withheld_or_a_plan_welcomed_supports(lint: Lint, frame: str, who: str) -> None:
    assert sides_on(lint, frame, who) == {"Supports"}, frame.format(who)


@pytest.mark.parametrize("frame", ATTACKS)
@pytest.mark.parametrize("who", PARTIES_AND_POLITICIANS)
def test_credit_overdone_or_a_plan_refused_attacks(lint: Lint, frame: str, who: str) -> None:
    assert sides_on(lint, frame, who) == {"Attacks"}, frame.format(who)


@pytest.mark.parametrize(
    "text",
    [
        "Our left back doesn't get half the credit he deserves. What a season.",
        "That film is massively underrated, watch it this weekend.",
        "My sister wants to repaint the kitchen orange. Hard pass.",
        "The barista gets a bad rap, but the flat whites are the best in town.",
    ],
)
def test_the_same_words_outside_politics_take_no_side(lint: Lint, text: str) -> None:
    sided = sided_heads(lint, text)
    assert not sided, sided


@pytest.mark.parametrize("title", ["Coun.", "Ald.", "Councilor"])
def test_a_councillors_title_abbreviated_names_a_politician(lint: Lint, title: str) -> None:
    text = f"{title} Dana Whitfield's consultation on the bike lanes was a sham and she knows it."
    assert sides_on(lint, text.replace(f"{title} Dana Whitfield", "{}"), f"{title} Dana Whitfield")
    heads = politics_heads(lint, text)
    assert any(h.startswith("Attacks") and "Dana Whitfield" in h for h in heads), heads
