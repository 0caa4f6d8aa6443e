"""Actors joined by "and" share what is said of them: "Both Labour and the Tories have failed
this town" attacks both, not the one the judge reads a shade more surely. Reporting one of
two rivals a sentence treats alike would take a side the author did not."""

from __future__ import annotations

import re

from postlint._rules.politics.mention import Mention
from postlint._rules.politics.wording import CHOICE_JOINERS

__all__ = ["each_way", "joined_alike", "listed_cue", "shared_sides", "with_partners"]

#: What may stand between two actors of one list: "Labour and the Tories", "the SNP, Labour".
_JOINED = re.compile(rf"\s*(?:{CHOICE_JOINERS})\s*(?:the\s+)?", re.IGNORECASE)


#: After a list's item, more of the list: a comma before an item counts only inside a list
#: that goes on ("Labour, the Tories and…"), not between clauses ("…from the White House,
#: Congress must act").
_MORE = re.compile(r"\s*(?:,|&|\band\b|\bor\b|\bnor\b)", re.IGNORECASE)


def _joined(text: str, first: Mention, second: Mention) -> bool:
    a, b = (first, second) if first.start < second.start else (second, first)
    joint = _JOINED.fullmatch(text, a.end, b.start) if a.end <= b.start else None
    if joint is None:
        return False
    return "," not in joint.group(0) or _MORE.match(text, b.end) is not None


def with_partners(
    text: str,
    chosen: list[tuple[int, Mention]],
    readings: dict[int, tuple[int, float, float]],
    candidates: list[Mention],
) -> list[tuple[int, Mention]]:
    """``chosen`` (direction, actor) pairs and, after each, the actors joined to its actor
    (directly or along the list) whose own reading (``readings``: direction, sureness, bar,
    by ``id`` of the actor) goes the same way at its bar."""
    found = list(chosen)
    for direction, actor in chosen:
        group = [actor]
        for other in candidates:  # in text order: a list is walked one neighbour at a time
            if other in group or not any(_joined(text, member, other) for member in group):
                continue
            group.append(other)
            way, sureness, bar = readings.get(id(other), (-1, 0.0, 1.0))
            if way == direction and sureness >= bar and (direction, other) not in found:
                found.append((direction, other))
    return found


#: The kinds of a side declared on an actor by the words around it, which a list shares.
_SHARED_KINDS = frozenset({"scorn", "praise", "endorsed"})


def shared_sides(text: str, declared: list[Mention], actors: list[Mention]) -> list[Mention]:
    """The sides ``declared`` on an actor by the words around it ("… have failed this town",
    "Thanks to …") given to the actors listed with it ("Both Labour and the Tories have
    failed this town": Labour too), as mentions of the same kind and side."""
    sided = [m for m in declared if m.kind in _SHARED_KINDS and m.side in ("support", "attack")]
    taken = {(m.start, m.end) for m in declared}
    found: list[Mention] = []
    for mention in sided:
        group = [mention]
        for actor in sorted(actors, key=lambda a: abs(a.start - mention.start)):
            if (actor.start, actor.end) in taken or not any(_joined(text, m, actor) for m in group):
                continue
            group.append(actor)
            taken.add((actor.start, actor.end))
            found.append(Mention(actor.start, actor.end, actor.text, mention.kind, mention.side))
    return found


def joined_alike(text: str, listed: list[Mention]) -> list[Mention]:
    """The first of ``listed`` and those listed with it that take the same side."""
    first = listed[0]
    group = [first]
    for other in listed[1:]:
        if other.side == first.side and any(_joined(text, m, other) for m in group):
            group.append(other)
    return group


def each_way(text: str, listed: list[Mention]) -> list[Mention]:
    """``joined_alike`` of ``listed``, and every other actor the words around it give a side
    (``_SHARED_KINDS``): "<A>'s twice the leader <B> is" backs <A> and attacks <B>; "<A> are
    bad but <B> are even worse" attacks both."""
    found = joined_alike(text, listed)
    if listed[0].side not in ("support", "attack"):
        return found
    names = {m.text.lower() for m in found}
    for other in listed:
        sided = other.kind in _SHARED_KINDS and other.side in ("support", "attack")
        if sided and other.text.lower() not in names:
            names.add(other.text.lower())
            found.append(other)
    return found


def listed_cue(
    text: str, actor: Mention, cues: dict[int, tuple[Mention, str | None]]
) -> str | None:
    """The side the words around an actor listed before ``actor`` give it ("Thanks to the
    Greens and Plaid for…": the thanks are Plaid's too); ``cues`` by ``id`` of each actor
    read so far: the actor and its side."""
    group = [actor]
    for other, side in sorted(cues.values(), key=lambda item: -item[0].start):
        if other.start < actor.start and any(_joined(text, m, other) for m in group):
            if side is not None:
                return side
            group.append(other)
    return None
