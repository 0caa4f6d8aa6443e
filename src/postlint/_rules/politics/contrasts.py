"""Sides given by a contrast the author opens with: "Unlike <X>, we actually fund our police".

A sentence that opens by setting a side aside ("Unlike <X>", "In contrast to <X>", "Compared
with <X>") measures the rest of the sentence against it. Most often the rest is praise, of
the author's side or another ("Unlike <X>, who left our prisons at breaking point, this
government is building the places we need"): an attack on <X>, and support for a side that
opens the rest ("Unlike <X>, <Y> will fix the ferries"). When the rest scorns a side instead
("Unlike <X>, <Y> have no plan at all"), <X> is the one praised and <Y> attacked.

The judge reads the praise in such a sentence as praise for whichever side stands in it, so
that "Unlike <party>, we actually fund our police" read as support for the party it sets
aside. Whether the rest scorns the side it opens with is the judge's reading of the rest alone,
only when it is sure (``SCORNS``); otherwise the contrast is read as praise, its common use.
"""

from __future__ import annotations

import re

from postlint._engine.draft import Draft
from postlint._engine.models import STANCES, marked_text, model_text, politics_judge
from postlint._rules.politics.actors import actors_of
from postlint._rules.politics.mention import Mention
from postlint._rules.politics.scorn import SCORNED_KINDS, around, contrasted

__all__ = ["contrast_side"]

#: Words that stay with the side set aside before the rest begins: its relative clause
#: ("…, who left our prisons at breaking point,") or a parenthesis.
_ASIDE_CLAUSE = re.compile(r"^\s*[,(–—-]\s*(?:who|which|whose|that)\b[^,;:()–—]*[,)–—]", re.I)
_COMMA = re.compile(r"^\s*[,:;–—-]?\s*")
#: The judge's probability of an attack on the side the rest opens with, read alone with that
#: side marked, from which the rest scorns it rather than praises it ("« <Y> » are an absolute
#: shambles" reads 0.97 and more for every party; praise misread as an attack, "« <Y> » have a
#: real plan", up to 0.76).
SCORNS = 0.9
#: How far into the rest the side it opens with may begin ("this year <Y> have…").
_OPENS_WITHIN = 25
_ATTACK = STANCES.index("attack")


def contrast_side(draft: Draft, actor: Mention) -> str | None:
    """The side the contrast a sentence opens with gives ``actor`` (see the module): the side
    set aside, or the side that opens the rest; None for any other actor."""
    return draft.shared_for(_contrast_side, actor)


def _contrast_side(draft: Draft, actor: Mention) -> str | None:
    if actor.kind not in SCORNED_KINDS or draft.is_quoted(actor.start, actor.end):
        return None
    if contrasted(draft, actor):
        rest = _rest(draft, actor)
        if rest is None:
            return None
        opener = _opening_side(draft, rest)
        return "support" if opener is not None and _scorns(draft, rest, opener) else "attack"
    at = around(draft, actor)
    for aside in actors_of(draft):
        if at.opening <= aside.start < actor.start and contrasted(draft, aside):
            rest = _rest(draft, aside)
            if rest is None or _opening_side(draft, rest) is not actor:
                return None
            return "attack" if _scorns(draft, rest, actor) else "support"
    return None


def _rest(draft: Draft, aside: Mention) -> tuple[int, int] | None:
    """Where the rest of the sentence, measured against ``aside``, begins and ends."""
    ending = around(draft, aside).ending
    after = draft.text[aside.end : ending]
    clause = _ASIDE_CLAUSE.match(after)
    skipped = clause.end() if clause is not None else 0
    comma = _COMMA.match(after, skipped)
    begin = aside.end + (comma.end() if comma is not None else skipped)
    return (begin, ending) if draft.text[begin:ending].strip() else None


def _opening_side(draft: Draft, rest: tuple[int, int]) -> Mention | None:
    """The side the rest opens with, if it names one near its start."""
    begin, ending = rest
    return next(
        (
            a
            for a in actors_of(draft)
            if begin <= a.start < min(ending, begin + _OPENS_WITHIN) and a.kind in SCORNED_KINDS
        ),
        None,
    )


def _scorns(draft: Draft, rest: tuple[int, int], opener: Mention) -> bool:
    """Whether the rest, read alone with the side it opens with marked, surely attacks that
    side (see ``SCORNS``)."""
    begin, ending = rest
    words = marked_text(draft.text[begin:ending], opener.start - begin, opener.end - begin)
    return politics_judge()([model_text(words)])[0][_ATTACK] >= SCORNS
