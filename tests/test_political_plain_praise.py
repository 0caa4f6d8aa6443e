"""Praise in so many words after a party or politician ("<X> told the truth about…", "<X>'s
doing the right thing") declares support even where the judge reads the sentence as an
attack, unless the post carries a mark of sarcasm ("again", an eye-roll) or a grievance,
which leaves it to the other readings. The sentences are the project's own, over every
party and politicians of three countries."""

from __future__ import annotations

import pytest

from tests.conftest import PARTIES_AND_POLITICIANS, Lint, sides_on

PLAIN = [
    "{} told the truth about the waiting lists today.",
    "{}'s doing the right thing on the steelworks, sticking with the workers.",
]
SARCASTIC = [
    "{} told the truth about the waiting lists again 🙄",
    "{} got it right on the buses 🤡 yet another route cut this week.",
]


@pytest.mark.parametrize("frame", PLAIN)
@pytest.mark.parametrize("who", PARTIES_AND_POLITICIANS)
def test_plain_praise_after_them_is_support(lint: Lint, frame: str, who: str) -> None:
    assert sides_on(lint, frame, who) == {"Supports"}, frame.format(who)


@pytest.mark.parametrize("frame", SARCASTIC)
@pytest.mark.parametrize("who", PARTIES_AND_POLITICIANS)
def test_praise_with_a_mark_of_sarcasm_is_no_support(lint: Lint, frame: str, who: str) -> None:
    assert "Supports" not in sides_on(lint, frame, who), frame.format(who)
