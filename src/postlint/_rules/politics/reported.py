"""What a report of politics opens with, as the report shapes (``positions``, ``headlines``)
share it: the actors it reports, listed ("Labour and the Conservatives…", "Both <A> and
<B>…"). The post must carry nothing of the author's tone too (``author_tone``)."""

from __future__ import annotations

import re

from postlint._engine.draft import Draft
from postlint._rules.politics.actors import political_actors_in
from postlint._rules.politics.mention import Mention
from postlint._rules.politics.wording import CHOICE_JOINERS

__all__ = ["OPENING", "listed_at_opening"]

#: What a sentence may open with before the parties it reports.
OPENING = re.compile(
    r"\W*(?:(?:interesting|fascinating|curious|notable|worth\s+noting)\s+(?:to\s+see\s+)?"
    r"(?:that\s+|how\s+)?)?(?:both\s+)?(?:the\s+)?",
    re.IGNORECASE,
)
#: Between two parties of one list.
_JOINED = re.compile(rf"\s*(?:{CHOICE_JOINERS})\s*(?:the\s+)?", re.IGNORECASE)


def listed_at_opening(draft: Draft, start: int, end: int, kinds: frozenset[str]) -> list[Mention]:
    """The actors of ``kinds`` the sentence ``draft.text[start:end]`` opens with, as a list
    ("Labour and the Conservatives…", "Both <A> and <B>…"); none where it opens otherwise."""
    text = draft.text
    actors = [a for a in political_actors_in(draft, start, end) if a.kind in kinds]
    if not actors or OPENING.fullmatch(text, start, actors[0].start) is None:
        return []
    listed = actors[:1]
    for following in actors[1:]:
        if _JOINED.fullmatch(text, listed[-1].end, following.start) is None:
            break
        listed.append(following)
    return listed
