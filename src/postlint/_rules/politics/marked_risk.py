"""A sentence's risk read with its one actor marked, where that reading is surer of a side.

The judge reads a whole sentence with the names in it, and learnt which names come with
politics: plain credit ("<party> got the new library built on budget") read as no side at all
for some parties and as support for others. Asked about the one party or politician the
sentence names, marked ("« <party> » got the new library built on budget"), it reads the
author's side alike for every party. Where that reading takes a side (support or attack at
``SIDE_WHEN_MARKED`` or more) and is surer than the whole reading that the sentence takes
any stance, it is the sentence's reading (benchmarks/README.md, "The seventeenth session").
The marked reading is the one ``targets`` asks for anyway: the judge remembers it.
"""

from __future__ import annotations

from postlint._engine.draft import Draft
from postlint._engine.models import STANCES, marked_text, politics_judge
from postlint._rules.politics.actors import Mention, political_actors_in
from postlint._rules.politics.asserted import answered, stated
from postlint._rules.politics.declarations import declared_sides
from postlint._rules.politics.hostility import attacked_by_another
from postlint._rules.politics.scorn import SCORNED_KINDS
from postlint._rules.politics.units import Unit

__all__ = ["SIDE_WHEN_MARKED", "sole_target", "surer_when_marked"]

#: The marked reading's probability of support or attack from which it may stand for the
#: sentence: chosen on task P's dev split and task R among 0.7, 0.8 and 0.9 (0.7 was best on
#: both); as shipped, task P and U unchanged, task R four drafts more right and one more
#: wrong, task C dev recall 0.950 -> 0.963 (benchmarks/README.md).
SIDE_WHEN_MARKED = 0.7
_SIDES = (STANCES.index("support"), STANCES.index("attack"))


def surer_when_marked(
    draft: Draft, read: list[tuple[Unit, tuple[float, ...]]]
) -> list[tuple[Unit, tuple[float, ...]]]:
    """``read`` (each unit with the judge's reading of it whole), each reading replaced by
    the reading with the unit's one actor marked where that is surer of a side (see the
    module)."""
    asked: list[tuple[int, str]] = []
    declared = [m.start for m in declared_sides(draft)]
    for number, (unit, _) in enumerate(read):
        if draft.text[unit.start : unit.end] != unit.text:
            continue  # a whole post read without its quotations: as it is
        if any(unit.start <= at < unit.end for at in declared):
            continue  # a side declared in so many words ("I'm voting <X>") decides already
        actors = political_actors_in(draft, unit.start, unit.end)
        if len({a.text.lower() for a in actors}) != 1 or actors[0].kind not in SCORNED_KINDS:
            continue
        if attacked_by_another(draft, actors[0], actors):
            continue  # "she was bashing « #Bernie »": the attack is hers, not the author's
        at = (actors[0].start - unit.start, actors[0].end - unit.start)
        # A rhetorical question is read as the statement it asserts, the actor marked in it.
        framed = stated(unit.text) != unit.text
        said = answered(unit.text, *at) if framed else marked_text(unit.text, *at)
        if said is not None:
            asked.append((number, said))
    if not asked:
        return read
    surer = list(read)
    for (number, _), marked in zip(asked, politics_judge()([t for _, t in asked]), strict=True):
        unit, whole = read[number]
        side = max(_SIDES, key=marked.__getitem__)
        if marked[side] >= SIDE_WHEN_MARKED and marked[0] < whole[0]:
            surer[number] = (unit, marked)
    return surer


def sole_target(draft: Draft, actors: list[Mention]) -> Mention | None:
    """The one actor ``actors`` name (however often), as the target of a sentence whose marked
    reading is unsure ("Vote « Whitfield » on Tuesday."), unless another attacks it ("he was
    trashing « Labour »": his attack, not the author's)."""
    if len({a.text.lower() for a in actors}) != 1 or attacked_by_another(draft, actors[0], actors):
        return None
    return actors[0]
