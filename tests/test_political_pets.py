"""A pet or a relative named like a politician is not the politician ("My dog Boris has eaten
another sock", "our tortoise Rishi"), and a household's bill is no bill of Parliament ("Vet
bill incoming"). The same names said of the politician keep their side. The sentences are the
project's own; every name alike."""

from __future__ import annotations

import pytest

from tests.conftest import Lint
from tests.conftest import politics_messages as politics

NAMES = ["Boris", "Rishi", "Keir", "Farage", "Trump", "Kamala", "Bernie", "Albo"]


@pytest.mark.parametrize(
    "template",
    [
        "My dog {} has eaten another sock. Vet bill incoming 🐶",
        "Our tortoise {} turned forty today! 🐢",
        "Our new puppy, a spaniel called {}, has chewed through the sofa again.",
        "My nephew {} starts school on Monday, proud uncle moment.",
        # No "my dog" before the name: the post is about a pet all the same.
        "{} has eaten another sock. Third this month. The vet says he'll be fine 🐶",
        "{} did zoomies round the garden for an hour and now he's asleep on my feet.",
    ],
)
def test_a_pet_or_a_relative_named_like_a_politician_is_quiet(lint: Lint, template: str) -> None:
    flagged = {n: m for n in NAMES if (m := politics(lint, template.format(n)))}
    assert not flagged, f"{template!r}: {flagged}"


def test_the_same_names_said_of_the_politician_keep_their_side(lint: Lint) -> None:
    missed = [n for n in NAMES if not politics(lint, f"{n} has let this country down, again.")]
    assert not missed, missed


@pytest.mark.parametrize(
    "text",
    [
        "The vet bill came to four hundred quid and the cat is absolutely fine.",
        "Phone bill went up again this month, time to switch.",
    ],
)
def test_a_households_bill_is_no_bill_of_parliament(lint: Lint, text: str) -> None:
    assert politics(lint, text) == [], text
