"""What a deed is done to, as ``deeds`` reads it: a burden ("property taxes", "the queue") or a
public good ("the library", "free school meals", "the new crossing"), by the word lists
``politics/stance.burdens`` and ``public_goods``; or people it is done for or to ("our
farmers", ``people_served``)."""

from __future__ import annotations

import re

from postlint._engine.draft import Draft
from postlint._rules.politics.mention import whole_phrases

__all__ = ["named_people", "object_kind"]

_LISTS = "politics/stance"


def named_people(words: str, served: frozenset[str]) -> bool:
    """Whether the first words of ``words`` name people a deed is done to ("our farmers")."""
    head = _DETERMINERS.sub("", words.lower())
    return whole_phrases(served).match(head) is not None


#: Words before the people a deed is done to: "all our hard-working farmers".
_DETERMINERS = re.compile(
    r"^\s*(?:(?:the|our|my|your|their|every|all|hard-?working|ordinary|local)\s+)*"
)


def object_kind(draft: Draft, words: str) -> str | None:
    """Whether ``words`` name a burden or a public good (neither, or both: None)."""
    lowered = words.lower()
    burden = whole_phrases(draft.pack.word_list(f"{_LISTS}.burdens")).search(lowered)
    good = whole_phrases(draft.pack.word_list(f"{_LISTS}.public_goods")).search(lowered)
    if burden and good:
        # "cut the cost of childcare": what the first of them is, the noun the phrase is about.
        return "burden" if burden.start() < good.start() else "good"
    if burden:
        return "burden"
    if good or _FREE.match(lowered) or _NEW.match(lowered):
        # "gave us free prescriptions", "got us the new crossing": whatever is made free, or
        # new, for the people is a good (a new burden is one: "gave us a new tax")
        return "good"
    return None


#: Something made free: "free prescriptions", "free bus travel for under-22s".
_FREE = re.compile(r"^\s*(?:the\s+)?free\s+[a-z]")
#: Something new: "the new crossing outside the school", "a new bus route".
_NEW = re.compile(r"^\s*(?:the|a|our)\s+(?:brand\s+)?new\s+[a-z]")
