"""An actor proved right, or a promise kept, in the author's words, backs the actor; a promise
broken attacks it; a report of what someone said or predicted stays a report. The sentences
are the project's own; every party and politician alike."""

from __future__ import annotations

import pytest

from tests.conftest import PARTIES_AND_POLITICIANS, Lint, sides_on

PROVED_RIGHT = [
    "{} was warning about the water companies years ago and everyone laughed. "
    "Funny how nobody's laughing now.",
    "Turns out {} was right all along about the rail fares.",
    "{} called it on energy bills two years ago. Who's laughing now?",
    "Everyone mocked {} for going on about sewage. Not so daft now, is it.",
    "{} said this would happen back in 2019 and got shouted down for it.",
    "{} promised a new library on the east side and it opened on time and under budget.",
]
BROKEN = [
    "{} promised a new bypass and it was scrapped two years later.",
    "{} pledged to cut waiting lists and they doubled.",
]
REPORTED = [
    "{} said this would help families with their energy bills.",
    "{} was warning about the cost of the scheme on Tuesday, the BBC reports.",
    "{} said the new law would come into force in April.",
]


@pytest.mark.parametrize("frame", PROVED_RIGHT)
@pytest.mark.parametrize("who", PARTIES_AND_POLITICIANS)
def test_an_actor_proved_right_is_backed(lint: Lint, frame: str, who: str) -> None:
    assert sides_on(lint, frame, who) == {"Supports"}, frame.format(who)


@pytest.mark.parametrize("frame", BROKEN)
@pytest.mark.parametrize("who", PARTIES_AND_POLITICIANS)
def test_a_promise_broken_attacks(lint: Lint, frame: str, who: str) -> None:
    assert sides_on(lint, frame, who) == {"Attacks"}, frame.format(who)


@pytest.mark.parametrize("frame", REPORTED)
@pytest.mark.parametrize("who", PARTIES_AND_POLITICIANS)
def test_what_was_said_or_warned_reported_takes_no_side(lint: Lint, frame: str, who: str) -> None:
    assert not sides_on(lint, frame, who), frame.format(who)
