"""Scorn for a party, politician or office, or for their work, in so many words.

"<candidate> ran the flimsiest campaign in living memory", "the Chancellor delivered the most
dishonest budget in memory", "Reform are a shambles": the models read "campaign", "budget"
and "speech" as praise whatever the adjective, and some names more than others. A superlative
of scorn (``politics/stance.scorn_superlatives``) before a word for a politician's work
(``scorned_work``) in the actor's clause, the actor called a disgrace (``scorn_called``) or
said to have failed people (``scorn_verbs``: "has let this ward down", "failed us again"),
attacks the actor (``cues.cued_side``), and declares the attack as a campaign tag does
(``declarations``), for every party alike. "Labour inherited the worst economy in decades"
scorns the economy, not Labour.
"""

from __future__ import annotations

import bisect
import re

from postlint._engine.draft import Draft

__all__ = ["SCORNED_KINDS", "clause_after", "scorned_work", "sentence_end"]

#: The kinds of actor scorn can be about: not a body every side sits in.
SCORNED_KINDS = frozenset({"party", "politician", "handle", "backed", "role"})
#: Words that may stand between an actor and what it did ("has once again", "have just").
_AUXILIARIES = (
    r"\s*(?:(?:has|have|had|is|are|was|were|just|once|again|completely|totally|utterly|"
    r"really|now|always|consistently|repeatedly|only)\s+)*"
)
#: Where an actor's clause ends.
_CLAUSE_END = re.compile(r"\s+(?:but|while|whereas|unlike|yet)\s+|[;!?]|\.(?:\s|$)")


def scorned_work(draft: Draft, clause: str) -> bool:
    """Whether ``clause`` (lower case, the words after an actor) scorns the actor or their
    work: a superlative of scorn before a word for a politician's work ("the flimsiest
    campaign"), or the actor called a disgrace ("is a disgrace", "are a shambles")."""
    lists = "politics/stance"
    superlatives = "|".join(map(re.escape, draft.pack.word_list(f"{lists}.scorn_superlatives")))
    work = "|".join(map(re.escape, draft.pack.word_list(f"{lists}.scorned_work")))
    if re.search(rf"\b(?:{superlatives})\s+(?:[\w'-]+\s+){{0,2}}?(?:{work})\b", clause):
        return True
    called = "|".join(map(re.escape, draft.pack.word_list(f"{lists}.scorn_called")))
    linked = r"\s*(?:is|are|was|were|has been|have been)\s+"
    if re.match(rf"{linked}(?:{called})\b", clause) is not None:
        return True
    # "has let this ward down for years", "have failed us again", "sold out our town"
    failed = "|".join(draft.pack.word_list(f"{lists}.scorn_verbs"))
    return re.match(rf"{_AUXILIARIES}(?:{failed})", clause) is not None


def clause_after(draft: Draft, lowered: str, start: int) -> str:
    """The words of ``lowered`` (the draft in lower case) from ``start`` to the end of the
    clause: the sentence's end, or a turn to another side ("but", "while", ";")."""
    return _CLAUSE_END.split(lowered[start : sentence_end(draft, start)], maxsplit=1)[0]


def sentence_end(draft: Draft, at: int) -> int:
    """Where the sentence holding ``draft.text[at]`` ends (a search, not a scan: a long draft
    asks for many)."""
    ends = draft.shared(_sentence_ends)
    found = bisect.bisect_right(ends, at)
    return ends[found] if found < len(ends) else len(draft.text)


def _sentence_ends(draft: Draft) -> list[int]:
    return [sentence.end_char for sentence in draft.sentences]
