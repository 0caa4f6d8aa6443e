"""The other side of a sentence that sets one side against another, where the words declare
the first: "Round here <A> fixed the buses, while <B> did nothing but complain". The words
("fixed", thanks, a campaign's tag…) decide the side on <A>, and the sentence is then taken
for that declaration alone; <B>, in a clause of its own after the turn ("while", "but",
"whereas", ";"), is read there as any actor is (``targets``), so that the attack on it is
reported too, for every party alike. Only a reading against the declared side counts: a
turn sets the two sides apart, and the clause after it often leans on the one before ("<A>
got the clinic reopened, but <B> fought it every step of the way", whose "fought it" the
judge reads alone as championing)."""

from __future__ import annotations

from postlint._engine.draft import Draft
from postlint._engine.models import STANCES
from postlint._rules.politics.clauses import clause_of
from postlint._rules.politics.mention import Mention
from postlint._rules.politics.targets import candidate_targets, targets
from postlint._rules.politics.units import Unit

__all__ = ["across_the_turn"]


def across_the_turn(
    draft: Draft, unit: Unit, actors: list[Mention], declared: list[Mention]
) -> list[tuple[int, Mention]]:
    """The sides (direction, actor) on the actors of ``unit`` that stand in another clause
    than every side ``declared`` in it; none where the unit has no turn between them."""
    if draft.text[unit.start : unit.end] != unit.text:
        return []  # a whole post read without its quotations

    def clause(mention: Mention) -> tuple[int, int]:
        return clause_of(unit.text, mention.start - unit.start)

    taken = {clause(m) for m in declared if unit.start <= m.start < unit.end}
    others = [a for a in actors if clause(a) not in taken]
    if not taken or not others:
        return []
    if declared[0].side not in ("support", "attack"):
        return []  # a verdict or a call declared: no side for the other to stand against
    against = _ATTACK if declared[0].side == "support" else _SUPPORT
    declared_at = {(m.start, m.end) for m in declared}
    candidates = candidate_targets(draft, actors, unit, supporting=False)
    return [
        (direction, actor)
        for direction, actor in targets(draft, unit, candidates)
        if direction == against and actor in others and (actor.start, actor.end) not in declared_at
    ]


_SUPPORT, _ATTACK = STANCES.index("support"), STANCES.index("attack")
