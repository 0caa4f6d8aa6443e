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
import functools
import re
from dataclasses import dataclass

from postlint._engine.draft import Draft
from postlint._rules.politics.mention import Mention

__all__ = [
    "CLAUSE_END",
    "SCORNED_KINDS",
    "Around",
    "around",
    "clause_after",
    "contrasted",
    "next_sentence",
    "scorned_work",
    "sentence_end",
    "sentence_start",
]

#: The kinds of actor scorn can be about: not a body every side sits in. A ``person`` is
#: someone no list knows, named in a sentence the judge reads as a side (``someone``).
SCORNED_KINDS = frozenset({"party", "politician", "handle", "backed", "role", "person"})
#: Words that may stand between an actor and what it did ("has once again", "have just").
_AUXILIARIES = (
    r"(?:['’]s?\s+(?:[\w-]+\s+){0,2}?[\w-]+)?"  # "'s latest take": what the actor said or did
    r"\s*(?:(?:has|have|had|is|are|was|were|just|once|again|completely|totally|utterly|"
    r"really|now|always|consistently|repeatedly|only|literally|absolutely|getting|got|gets|"
    r"being|been|out\s+here)\s+)*"
)
#: Where an actor's clause ends, for what follows it to be about it ("X cut taxes while Y is
#: doing a great job" is no praise of X).
#: (A turn's spaces from their first: tried from every one, a long run of blanks cost time
#: squared.)
CLAUSE_END = re.compile(r"(?<!\s)\s+(?:but|while|whereas|unlike|yet)\s+|[;!?]|\.(?:\s|$)")


def scorned_work(draft: Draft, clause: str) -> bool:
    """Whether ``clause`` (lower case, the words after an actor) scorns the actor or their
    work: a superlative of scorn before a word for a politician's work ("the flimsiest
    campaign"), the actor called a disgrace or the worst of anything ("is a disgrace", "are a
    shambles", "is the sleaziest outfit in politics"), or said to
    have failed people ("has let this ward down for years", "have failed us again")."""
    lists = "politics/stance"
    work, called, failed = _scorn_patterns(
        draft.pack.word_list(f"{lists}.scorn_superlatives"),
        draft.pack.word_list(f"{lists}.scorned_work"),
        draft.pack.word_list(f"{lists}.scorn_called"),
        draft.pack.word_list(f"{lists}.scorn_verbs"),
    )
    return bool(work.search(clause) or called.match(clause) or failed.match(clause))


@functools.cache
def _scorn_patterns(
    superlatives: frozenset[str],
    work: frozenset[str],
    called: frozenset[str],
    failed: frozenset[str],
) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The three patterns of scorn, built once per word lists (every actor is asked)."""

    def any_of(words: frozenset[str]) -> str:
        return "|".join(map(re.escape, sorted(words)))

    linked = r"\s*(?:is|are|was|were|has been|have been)\s+"
    return (
        re.compile(rf"\b(?:{any_of(superlatives)})\s+(?:[\w'-]+\s+){{0,2}}?(?:{any_of(work)})\b"),
        # Called a disgrace, or the worst of anything ("is the sleaziest outfit going"): said
        # of the actor itself, not of what it inherited.
        re.compile(
            rf"{linked}(?:easily\s+|surely\s+|by\s+far\s+|probably\s+)?"
            rf"(?:{any_of(called)}|{any_of(superlatives)})\b"
        ),
        # The verbs are regular expressions themselves ("let (?:\w+ ){0,3}down\b").
        re.compile(rf"{_AUXILIARIES}(?:{'|'.join(sorted(failed))})"),
    )


def clause_after(draft: Draft, lowered: str, start: int) -> str:
    """The words of ``lowered`` (the draft in lower case) from ``start`` to the end of the
    clause: the sentence's end, or a turn to another side ("but", "while", ";")."""
    return CLAUSE_END.split(lowered[start : sentence_end(draft, start)], maxsplit=1)[0]


@dataclass(frozen=True, slots=True)
class Around:
    """An actor's sentence: where it opens and ends, and its words before and after the
    actor."""

    opening: int
    ending: int
    before: str
    after: str


def around(draft: Draft, actor: Mention) -> Around:
    """The sentence holding ``actor`` (what every turn of phrase around an actor reads)."""
    text = draft.text
    opening, ending = sentence_start(draft, actor.start), sentence_end(draft, actor.start)
    return Around(opening, ending, text[opening : actor.start], text[actor.end : ending])


#: The opening that sets a side aside, just before it (after any leading "But" or emoji).
_SET_ASIDE = re.compile(
    r"^[\W_]*(?:(?:but|and|so)\s+)?(?:unlike|in\s+contrast\s+to|compared\s+(?:with|to))\s+"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)


def contrasted(draft: Draft, actor: Mention) -> bool:
    """Whether ``actor`` is the side a sentence opens by setting aside ("Unlike <X>, …"; its
    side is read in ``contrasts``)."""
    return actor.kind in SCORNED_KINDS and bool(_SET_ASIDE.search(around(draft, actor).before))


def next_sentence(draft: Draft, ending: int) -> str:
    """The sentence after the one ending at ``ending`` ("… we're done. Pack your bags.")."""
    text = draft.text
    return text[ending : sentence_end(draft, ending + 1)] if ending < len(text) else ""


def sentence_end(draft: Draft, at: int) -> int:
    """Where the sentence holding ``draft.text[at]`` ends (a search, not a scan: a long draft
    asks for many)."""
    ends = draft.shared(_sentence_ends)
    found = bisect.bisect_right(ends, at)
    return ends[found] if found < len(ends) else len(draft.text)


def sentence_start(draft: Draft, at: int) -> int:
    """Where the sentence holding ``draft.text[at]`` begins (a search, as ``sentence_end``)."""
    starts = draft.shared(_sentence_starts)
    found = bisect.bisect_right(starts, at) - 1
    return starts[found] if found >= 0 else 0


def _sentence_ends(draft: Draft) -> list[int]:
    return [sentence.end_char for sentence in draft.sentences]


def _sentence_starts(draft: Draft) -> list[int]:
    return [sentence.start_char for sentence in draft.sentences]
