"""A defeat told with relish ("<X> got absolutely hammered in the by-election", "<X> took a
proper beating in the locals", "<X> just got their rump handed to them in the debate")
attacks <X>, for every party and politician alike; the same words about a team or a quiz take
no side. The sentences are the project's own."""

from __future__ import annotations

import pytest

from tests.conftest import PARTIES_AND_POLITICIANS, Lint, sided_heads, sides_on

FRAMES = [
    "{} got absolutely hammered in the by-election.",
    "{} took a proper beating in the locals.",
    "{} just got their rump handed to them in the debate.",
]


@pytest.mark.parametrize("frame", FRAMES)
@pytest.mark.parametrize("who", PARTIES_AND_POLITICIANS)
def test_a_defeat_told_with_relish_attacks(lint: Lint, frame: str, who: str) -> None:
    assert sides_on(lint, frame, who) == {"Attacks"}, frame.format(who)


@pytest.mark.parametrize(
    "text",
    [
        "Our pub quiz team got absolutely hammered by the teachers again.",
        "The under-12s took a proper beating on Saturday but the pizza after made up for it.",
    ],
)
def test_the_same_words_outside_politics_take_no_side(lint: Lint, text: str) -> None:
    sided = sided_heads(lint, text)
    assert not sided, sided
