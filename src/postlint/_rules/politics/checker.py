"""The ``politics.*`` rules: each reports one kind of signal of the shared stance analysis."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from pydantic import Field

from postlint._engine.draft import Draft
from postlint._engine.memo import Memo
from postlint._pack import Rule
from postlint._rules.base import Checker, Environment, Finding, RuleParams
from postlint._rules.politics.stance import PoliticalStance, SignalKind

if TYPE_CHECKING:
    from spacy.language import Language

    from postlint._pack import RulePack

__all__ = ["PoliticsChecker"]


_analysers: Memo[tuple[RulePack, Language], PoliticalStance] = Memo(max_size=8)


def stance_for(env: Environment) -> PoliticalStance:
    """The one analyser per rule pack and pipeline, shared by every politics rule."""
    return _analysers.get((env.pack, env.nlp), lambda: PoliticalStance(env.pack, env.nlp))


class PoliticsParams(RuleParams):
    signal: SignalKind
    """Which kind of political signal this rule reports."""
    min_confidence: float = Field(default=0.0, ge=0.0, le=1.0)


class PoliticsChecker(Checker[PoliticsParams]):
    """Reports one kind of signal of the shared :class:`PoliticalStance` analysis."""

    Params = PoliticsParams

    def __init__(self, rule: Rule, env: Environment) -> None:
        super().__init__(rule, env)
        self._stance = stance_for(env)

    def find(self, draft: Draft) -> Iterator[Finding]:
        params = self.params
        for signal in self._stance.signals(draft):
            if signal.kind != params.signal or signal.confidence < params.min_confidence:
                continue
            yield Finding(
                signal.start,
                signal.end,
                confidence=signal.confidence,
                details={
                    "target": signal.target,
                    "reason": signal.reason,
                    "disguised": _disguise_note(draft, signal.start, signal.end),
                },
            )


def _disguise_note(draft: Draft, start: int, end: int) -> str:
    """ "; the words are disguised with an invisible character" when they were."""
    kind = draft.disguise_in(start, end)
    return f"; the words are disguised with {kind}" if kind else ""
