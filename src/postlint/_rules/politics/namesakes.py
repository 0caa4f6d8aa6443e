"""Someone else of a politician's name, one sense per post: in "What a knock from Harris at
number 3! Marcus Harris 120 not out", the first "Harris" is the cricketer named in full
after it, not the politician (``mention.namesake`` reads each mention on its own). A pet's
or a relative's name is someone else's too ("My dog Boris has eaten another sock", "our
tortoise Rishi"; ``politics/actors.kin_and_pets``)."""

from __future__ import annotations

import functools
import re

from postlint._engine.draft import Draft
from postlint._rules.politics.mention import namesake, one_of

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
        or kin_or_pet(draft, span.start_char)
    )


def kin_or_pet(draft: Draft, start: int) -> bool:
    """Whether the name at ``start`` follows a pet or a relative of the author's ("my dog")."""
    called = _called(draft.pack.word_list("politics/actors.kin_and_pets"))
    return called.search(draft.text, max(0, start - 40), start) is not None


@functools.cache
def _called(kin: frozenset[str]) -> re.Pattern[str]:
    """A pet or a relative of the author's just before a name ("my dog", "our new puppy")."""
    return re.compile(
        rf"\b(?:my|our|his|her|their|the)\s+(?:\w+\s+)?(?:{one_of(kin)})\s+"
        r"(?:(?:called|named)\s+)?$",
        re.IGNORECASE,
    )
