"""A name said alone ("Jo Bloggs. Absolute legend.") goes the way the words after it go: the
judge, asked about the name by itself, answers from what it has read of that name, and
answered "attack" for some parties and "support" for others. The sentences are the
project's own; every party and politician alike."""

from __future__ import annotations

import pytest

from tests.conftest import PARTIES_AND_POLITICIANS, Lint, sides_on

FULL_NAMES = ["Keir Starmer", "Kemi Badenoch", "Nigel Farage", "Kamala Harris", "Donald Trump"]

PRAISE_AFTER_A_NAME = [
    "{}. Absolute legend, that's all I'll say.",
    "{}. Nobody else comes close. 👏",
]
SCORN_AFTER_A_NAME = [
    "{}. Never again.",
    "{}. Never, ever again. Remember that at the ballot box.",
]


@pytest.mark.parametrize("frame", PRAISE_AFTER_A_NAME)
@pytest.mark.parametrize("who", [*PARTIES_AND_POLITICIANS, *FULL_NAMES])
def test_praise_after_a_name_alone_backs_them(lint: Lint, frame: str, who: str) -> None:
    assert sides_on(lint, frame, who) == {"Supports"}, frame.format(who)


@pytest.mark.parametrize("frame", SCORN_AFTER_A_NAME)
@pytest.mark.parametrize("who", [*PARTIES_AND_POLITICIANS, *FULL_NAMES])
def test_scorn_after_a_name_alone_attacks_them(lint: Lint, frame: str, who: str) -> None:
    assert sides_on(lint, frame, who) == {"Attacks"}, frame.format(who)
