"""Praise and scorn in the internet's words ("<X>'s budget understood the assignment", "<X>
out here speedrunning a scandal", "<X>'s latest take getting ratioed"), and politicians by
the first names and nicknames people use alone ("Keir", "Kemi", "Nige"). The judge read the
slang of praise as scorn; every politician and party alike. The sentences are the project's
own."""

from __future__ import annotations

import pytest

from tests.conftest import Lint
from tests.conftest import politics_heads as heads

PEOPLE = [
    "Keir Starmer",
    "Kemi Badenoch",
    "Nigel Farage",
    "Ed Davey",
    "Carla Denyer",
    "John Swinney",
    "Kamala Harris",
    "Donald Trump",
]
FIRST_NAMES = ["Keir", "Kemi", "Sadiq", "Suella", "Humza", "Nige", "Rishi", "Boris"]


@pytest.mark.parametrize(
    ("template", "side"),
    [
        ("{}'s speech on apprenticeships understood the assignment tbh 💅", "Supports"),
        ("{} at the select committee today, honestly icon behaviour", "Supports"),
        ("{} on social care this morning: massive W, no notes", "Supports"),
        ("{}'s plan for carers 👏👏 finally someone gets it", "Supports"),
        ("{} out here speedrunning another U-turn 😬", "Attacks"),
        ("{}'s latest take on the railways getting absolutely ratioed", "Attacks"),
        ("{} are cooked after that interview, genuinely", "Attacks"),
        # In form, as a fan says it.
        ("{} is absolutely on fire in this debate, what a performance", "Supports"),
        ("{} was on top form at the hustings last night", "Supports"),
        ("{} was killing it on the radio this morning", "Supports"),
        # Nerve and command admired, and a reply the author did not expect.
        ("{} runs rings round them at every debate. Box office.", "Supports"),
        ("{} walked into the worst crisis in decades and didn't flinch.", "Supports"),
        (
            "{} actually answered my email about the speeding and had a van out in a week.",
            "Supports",
        ),
        ("{} said they'd reopen the library by spring and they did.", "Supports"),
        ("{} is the only one who sounds like they've actually met a renter.", "Supports"),
    ],
)
def test_slang_gives_the_side_for_every_politician(lint: Lint, template: str, side: str) -> None:
    # Whether such a sentence is political at all is the models' to say, and they pass some
    # names' slang by; where it is read, its side is the slang's, for every name alike.
    wrong, right = {}, []
    for person in PEOPLE:
        surname = person.split()[-1]
        found = heads(lint, template.format(person))
        if any(not h.startswith(side) for h in found):
            wrong[person] = found
        elif any(surname in h for h in found):
            right.append(person)
    assert not wrong, f"{template!r} not {side}: {wrong}"
    assert len(right) >= len(PEOPLE) // 2, f"{template!r}: read for {right} only"


@pytest.mark.parametrize("name", FIRST_NAMES)
def test_a_politician_by_first_name_or_nickname_alone(lint: Lint, name: str) -> None:
    found = heads(lint, f"{name} needs to go. Can't stand the sight of them any more.")
    assert any(h.startswith("Attacks") and name in h for h in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Nan's trifle understood the assignment, no notes 🍰",
        "My sourdough starter is cooked, starting again tomorrow.",
        "The office printer out here speedrunning paper jams again.",
        "My mate Keir has a new puppy and it's gorgeous.",
        "Happy birthday to our Humza, seven today! 🎂",
        "The old mill on Labour Road was on fire last night, three engines attended.",
        "Our striker was on fire in the second half, two goals and an assist.",
        "Our keeper runs rings round their strikers every week. Box office.",
    ],
)
def test_the_same_words_without_a_politician_are_quiet(lint: Lint, text: str) -> None:
    assert heads(lint, text) == [], text


@pytest.mark.parametrize("template", ["Go on {}! Only one talking any sense.", "Go {}!"])
def test_a_cheer_backs_every_politician(lint: Lint, template: str) -> None:
    missed = {}
    for person in PEOPLE:
        surname = person.split()[-1]
        found = heads(lint, template.format(surname))
        if not any(h.startswith("Supports") and surname in h for h in found):
            missed[surname] = found
    assert not missed, f"{template!r}: {missed}"


@pytest.mark.parametrize(
    "text", ["Go on, tell me more!", "Go Arsenal! What a goal 3-1", "Go team!"]
)
def test_a_cheer_for_no_politician_is_quiet(lint: Lint, text: str) -> None:
    assert heads(lint, text) == [], text


@pytest.mark.parametrize("person", ["Pete Buttigieg", "Gavin Newsom", "Ron DeSantis", "Ed Davey"])
def test_criticism_of_a_politician_named_in_full_is_rebutted_for_them(
    lint: Lint, person: str
) -> None:
    surname = person.split()[-1]
    found = heads(lint, f"The attacks on {person} are so lazy and everyone knows it.")
    assert any(h.startswith("Supports") and surname in h for h in found), found
    assert not any(h.startswith("Attacks") for h in found), found
