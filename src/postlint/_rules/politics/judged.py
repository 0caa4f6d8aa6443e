"""A unit's political-risk judgement (``judgement``), and which of a draft's judgements a rule
reports at its thresholds."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from postlint._rules.politics.mention import Mention, weak_target
from postlint._rules.politics.units import Unit

__all__ = ["Judgement", "RuleKind", "reported"]

RuleKind = Literal["endorsement", "attack", "verdict", "solicitation"]


@dataclass(frozen=True, slots=True)
class Judgement:
    unit: Unit
    risk: float
    """The judge's probability that the unit takes a political stance."""
    stance: str
    """The likeliest stance but none: support, attack, verdict or action."""
    rule: RuleKind
    target: Mention | None
    """The actor the stance is about (endorsement, attack), or the issue (verdict)."""
    whole_post: bool = False
    """The unit is a short post read whole (reported only when no sentence is risky alone)."""
    names_actor: bool = False
    """The unit names an actor, not as the target ("He'd never beat Okafor, so he smears her")."""

    def reaches(self, threshold: float, untargeted_threshold: float) -> bool:
        """Whether the risk reaches its threshold (the higher one without a target that counts)."""
        named = self.names_actor or bool(self.target and not weak_target(self.target, self.rule))
        return self.risk >= (threshold if named else untargeted_threshold)


def reported(
    found: list[Judgement], threshold: float, untargeted_threshold: float
) -> list[Judgement]:
    """The units that reach a rule's thresholds, else the whole post if it does."""
    units = [j for j in found if not j.whole_post and j.reaches(threshold, untargeted_threshold)]
    if units:
        return units
    return [j for j in found if j.whole_post and j.reaches(threshold, untargeted_threshold)]
