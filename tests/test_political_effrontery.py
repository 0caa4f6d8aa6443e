"""Scorn the models read the other way: a name's epithet ("Shameless <X> is at it again",
"that spineless <X> lot"), effrontery ("<X> has the gall to lecture us", "the sheer cheek of
<X> taking credit", "<X> has some brass neck") and a beating wished on them ("<X> needs a good
kicking at the ballot box") attack <X>, for every party and politician alike; the same words
in sport or about a book take no side. The sentences are the project's own."""

from __future__ import annotations

import pytest

from tests.conftest import PARTIES_AND_POLITICIANS, Lint, sided_heads, sides_on

FRAMES = [
    "Shameless {} is at it again with the spin about the ferries.",
    "Spineless {} caved on the bus fares within a week.",
    "{} has the gall to lecture the rest of us about honesty.",
    "{} had the audacity to call the flood response a success.",
    "{} has unmitigated gall, claiming credit for the new bridge.",
    "The sheer cheek of {} taking credit for a school they voted against.",
    "{} has some brass neck turning up at the hospital opening.",
    "{} needs a good kicking at the ballot box in May.",
    "{} are at it again, promising the moon before polling day.",
]


@pytest.mark.parametrize("frame", FRAMES)
@pytest.mark.parametrize("who", PARTIES_AND_POLITICIANS)
def test_scorn_as_epithet_or_effrontery_attacks(lint: Lint, frame: str, who: str) -> None:
    assert sides_on(lint, frame, who) == {"Attacks"}, frame.format(who)


@pytest.mark.parametrize(
    "text",
    [
        "Kane has the audacity to chip the keeper from forty yards. What a goal.",
        "The Audacity of Hope was on the reading list at school this term.",
        "My nan has some cheek, she ate the last mince pie and blamed the dog.",
        "The team is applying the council's parking policy to the letter this week.",
        "The striker needs a good run of games to find his form again.",
    ],
)
def test_the_same_words_outside_politics_take_no_side(lint: Lint, text: str) -> None:
    sided = sided_heads(lint, text)
    assert not sided, sided
