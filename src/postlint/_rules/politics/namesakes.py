"""Someone else of a politician's name, one sense per post: in "What a knock from Harris at
number 3! Marcus Harris 120 not out", the first "Harris" is the cricketer named in full
after it, not the politician (``mention.namesake`` reads each mention on its own). A pet's
or a relative's name is someone else's too ("My dog Boris has eaten another sock", "our
tortoise Rishi"; ``politics/actors.kin_and_pets``), and so is a one-word name in a post about a
pet (``pet_words``: "Boris has eaten another sock. Vet says he'll be fine 🐶")."""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from postlint._engine.draft import Draft
from postlint._rules.politics.mention import namesake, one_of

if TYPE_CHECKING:
    from spacy.tokens import Span

__all__ = ["kin_or_pet", "someone_else"]


def someone_else(draft: Draft, start: int, end: int) -> bool:
    """Whether the one-word politician's name at ``draft.text[start:end]`` is someone else's:
    here, or anywhere in the post where the same word is."""
    return draft.text[start:end] in draft.shared(_namesakes)


def _namesakes(draft: Draft) -> frozenset[str]:
    titles = draft.pack.word_list("politics/actors.titles_before_a_name")
    text = draft.text
    return frozenset(
        span.text
        for span in draft.spans_labelled("POLITICIAN")
        if namesake(text, span.start_char, span.end_char, titles)
        # "My dog Boris", "our tortoise Rishi", "my nephew Keir": a pet's or a relative's name
        or kin_or_pet(draft, span)
    )


def _about_a_pet(draft: Draft) -> bool:
    """Whether ``draft`` speaks of a pet and of no party or politician named in full: "Boris
    has eaten another sock. Vet says he'll be fine 🐶". Read once per draft: every one-word
    name and entity of every unit asks."""
    return draft.shared(_a_pets_post)


def _a_pets_post(draft: Draft) -> bool:
    if any(" " in s.text for s in draft.spans_labelled("POLITICIAN", "PARTY")):
        return False
    pets = _pet_words(draft.pack.word_list("politics/actors.pet_words"))
    return pets.search(draft.text.lower()) is not None


@functools.cache
def _pet_words(words: frozenset[str]) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{one_of(words)})(?!\w)")


def kin_or_pet(draft: Draft, name: Span) -> bool:
    """Whether ``name`` follows a pet or a relative of the author's ("my dog"), or is one word
    in a post about a pet."""
    called = _called(draft.pack.word_list("politics/actors.kin_and_pets"))
    start = name.start_char
    if called.search(draft.text, max(0, start - 40), start) is not None:
        return True
    return " " not in name.text and _about_a_pet(draft)


@functools.cache
def _called(kin: frozenset[str]) -> re.Pattern[str]:
    """A pet or a relative of the author's just before a name ("my dog", "our new puppy")."""
    return re.compile(
        rf"\b(?:my|our|his|her|their|the)\s+(?:\w+\s+)?(?:{one_of(kin)})\s+"
        r"(?:(?:called|named)\s+)?$",
        re.IGNORECASE,
    )
