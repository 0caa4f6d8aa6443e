"""Someone else of a politician's name, one sense per post: in "What a knock from Harris at
number 3! Marcus Harris 120 not out", the first "Harris" is the cricketer named in full
after it, not the politician (``mention.namesake`` reads each mention on its own)."""

from __future__ import annotations

from postlint._engine.draft import Draft
from postlint._rules.politics.mention import namesake

__all__ = ["someone_else"]


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
    )
