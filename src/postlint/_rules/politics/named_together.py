"""Rivals named together in one breath: a report of the race, unless the words take a side.

The judge learnt politics from posts that back or attack named parties and politicians, so
two names side by side lean it one way whatever is said of them: "Cruz and Rubio spent the
weekend campaigning across Iowa" read as an attack on both, as did "The Greens and the Lib
Dems have agreed not to stand against each other in two wards"; "The DUP and Sinn Féin are
both expected back at Stormont" as an attack on one. Such a sentence reports a race, a
debate or a day on the trail. So a support or attack on names joined in one list ("<A> and
<B>", "<A> & <B>", "<A>, <B> and <C>") is read again with the list put as a plain noun ("The
two candidates spent the weekend campaigning across Iowa"): if the words then take no side,
neither did the sentence. What the words say keeps its side: "Cruz and Rubio have failed
this state" reads "The two candidates have failed this state", an attack on both.

Only lists: a name alone carries what a reader knows of it ("Fourteen years of <party> and
my town lost its library" takes its meaning from who governed), which a plain noun loses.
Campaign tags and slogans declare a side of their own and are left as they are.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from postlint._engine.draft import Draft
from postlint._engine.models import STANCES, politics_judge
from postlint._rules.politics.actors import political_actors_in
from postlint._rules.politics.mention import Mention
from postlint._rules.politics.wording import ALIKE_JOINERS

if TYPE_CHECKING:
    from postlint._rules.politics.judgement import Judgement

__all__ = ["NO_SIDE_IN_THE_WORDS", "sides_in_the_words"]

#: The judge's probability of no stance, once a list of names is a plain noun, at which the
#: side read with the names came from the names alone.
NO_SIDE_IN_THE_WORDS = 0.5
#: The plain noun for a list of names of one kind.
_PLAIN = {"party": "the two parties", "politician": "the two candidates"}
#: Between two names of one list: "Cruz and Rubio", "Labour, the Tories", "#A &amp; #B".
_JOINED = re.compile(rf"\s*(?:{ALIKE_JOINERS})\s*(?:the\s+)?", re.IGNORECASE)
_NONE = STANCES.index("none")


def sides_in_the_words(draft: Draft, found: list[Judgement]) -> list[Judgement]:
    """``found`` without the supports and attacks on names listed together that the sentence
    no longer takes once the list is a plain noun."""
    plain: dict[int, tuple[str, set[tuple[int, int]]]] = {}
    for judgement in found:
        unit = judgement.unit
        if id(unit) in plain or not _on_a_name(judgement):
            continue
        if draft.text[unit.start : unit.end] != unit.text:
            continue  # a whole post read without its quotations
        names = [
            m
            for m in political_actors_in(draft, unit.start, unit.end)
            if m.kind in _PLAIN and m.side is None
        ]
        lists = [run for run in _runs(draft.text, names) if len(run) > 1]
        if lists:
            listed = {(m.start, m.end) for run in lists for m in run}
            plain[id(unit)] = (_with_plain_nouns(draft.text, unit.start, unit.end, lists), listed)
    if not plain:
        return found
    units = list(plain)
    readings = politics_judge()([plain[u][0] for u in units])
    no_side = {u for u, p in zip(units, readings, strict=True) if p[_NONE] >= NO_SIDE_IN_THE_WORDS}

    def reported(j: Judgement) -> bool:
        """A side on a listed name of a sentence whose words take none."""
        if id(j.unit) not in no_side or not _on_a_name(j) or j.target is None:
            return False
        return (j.target.start, j.target.end) in plain[id(j.unit)][1]

    return [j for j in found if not reported(j)]


def _on_a_name(judgement: Judgement) -> bool:
    target = judgement.target
    return (
        judgement.stance in ("support", "attack")
        and target is not None
        and target.kind in _PLAIN
        and target.side is None
    )


def _runs(text: str, names: list[Mention]) -> list[list[Mention]]:
    """``names`` in runs of one kind joined in a list."""
    runs: list[list[Mention]] = []
    for name in sorted(names, key=lambda m: m.start):
        last = runs[-1][-1] if runs else None
        if (
            last is not None
            and last.kind == name.kind
            and last.end <= name.start
            and _JOINED.fullmatch(text, last.end, name.start) is not None
        ):
            runs[-1].append(name)
        else:
            runs.append([name])
    return runs


def _with_plain_nouns(text: str, start: int, end: int, lists: list[list[Mention]]) -> str:
    """``text[start:end]`` with each of ``lists`` as its plain noun ("Cruz and Rubio" -> "the
    two candidates"; "The Greens and the Lib Dems" -> "The two parties")."""
    pieces: list[str] = []
    at = start
    for run in lists:
        before = re.sub(r"\b(?:the)\s+$", "", text[at : run[0].start], flags=re.IGNORECASE)
        noun = _PLAIN[run[0].kind]
        written = "".join([*pieces, before]).strip()
        opening = not written or written.endswith((".", "!", "?", ":"))
        pieces += [before, noun[0].upper() + noun[1:] if opening else noun]
        at = run[-1].end
    pieces.append(text[at:end])
    return "".join(pieces)
