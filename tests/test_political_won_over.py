"""The author won over or lost ("<X> won me over with the childcare plan", "I've come round
to <X>", "I've completely gone off <X>", "<X> has lost my vote") and what an actor's measure
made of the author's life ("<X>'s bus franchising has made my commute so much better", "<X>'s
parking scheme has made the high street impossible"), for every party and politician alike;
the same words about a band or a café take no side. The sentences are the project's own."""

from __future__ import annotations

import pytest

from tests.conftest import PARTIES_AND_POLITICIANS, Lint, sided_heads, sides_on

SUPPORTS = [
    "Honestly {} won me over with the childcare plan.",
    "I've come round to {} after the flood response.",
    "{}'s bus franchising has made my commute so much better.",
    "{}'s clean air zone has made the air on my street noticeably cleaner.",
]
ATTACKS = [
    "I've completely gone off {} since the budget.",
    "I've given up on {} after the vote on the depot.",
    "{} has lost my vote after that.",
    "{}'s parking scheme has made the high street impossible.",
]


@pytest.mark.parametrize("frame", SUPPORTS)
@pytest.mark.parametrize("who", PARTIES_AND_POLITICIANS)
def test_the_author_won_over_or_better_off_supports(lint: Lint, frame: str, who: str) -> None:
    assert sides_on(lint, frame, who) == {"Supports"}, frame.format(who)


@pytest.mark.parametrize("frame", ATTACKS)
@pytest.mark.parametrize("who", PARTIES_AND_POLITICIANS)
def test_the_author_lost_or_worse_off_attacks(lint: Lint, frame: str, who: str) -> None:
    assert sides_on(lint, frame, who) == {"Attacks"}, frame.format(who)


@pytest.mark.parametrize(
    "text",
    [
        "Honestly the new drummer won me over by the second song.",
        "I've completely gone off oat milk since the summer.",
        "The café's new opening hours have made my mornings so much easier.",
    ],
)
def test_the_same_words_outside_politics_take_no_side(lint: Lint, text: str) -> None:
    sided = sided_heads(lint, text)
    assert not sided, sided
