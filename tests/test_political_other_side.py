"""A sentence that sets one side against another, where the words declare the first side
("Thanks to <A> for…", "<A> sorted out…"), reports the second side too, read in its own
clause after the turn: "<A> got the clinic reopened, but <B> wanted it closed and sold
off" backs <A> and attacks <B>. It had been taken for its declaration alone, so the attack
went unreported. The sentences are the project's own, over pairs of every party and of
politicians of three countries, each way round."""

from __future__ import annotations

import itertools

import pytest

from tests.conftest import EVERY_PARTY, Lint, politics_heads, sentence_case, sides_about

#: Rivals, each pair read both ways round.
PAIRS = [
    *itertools.pairwise(EVERY_PARTY),
    ("Starmer", "Badenoch"),
    ("Farage", "Ed Davey"),
    ("Harris", "Trump"),
    ("Newsom", "DeSantis"),
    ("Dutton", "Albanese"),
]
FRAMES = [
    "Thanks to {} for saving the youth club, while {} wanted it shut.",
    "{} sorted out the bus timetable; {} spent four years making excuses.",
    "{} got the clinic reopened, but {} wanted it closed and sold off.",
]


@pytest.mark.parametrize("frame", FRAMES)
@pytest.mark.parametrize(("first", "second"), [*PAIRS, *((b, a) for a, b in PAIRS)])
def test_the_side_across_the_turn_is_reported_too(
    lint: Lint, frame: str, first: str, second: str
) -> None:
    heads = politics_heads(lint, sentence_case(frame.format(first, second)))
    assert sides_about(heads, first) == {"Supports"}, heads
    assert sides_about(heads, second) == {"Attacks"}, heads
