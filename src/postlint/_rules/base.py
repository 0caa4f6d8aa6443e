"""The Checker interface that implements rules, what a checker finds, and what it may
prepare itself with.

A rule is data (a TOML file under ``rules/<family>/``, the ``Rule`` model of
``postlint._pack``); its ``check`` names the checker kind that implements it (``phrase`` for
pure pattern rules, or a code checker named like its rule, such as ``disclosure.missing``),
and its ``params`` are validated by that checker's ``Params`` model.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar, Generic, TypeVar

from pydantic import BaseModel, ConfigDict, ValidationError

from postlint._errors import RulePackError
from postlint._models import Fix

if TYPE_CHECKING:
    from spacy.language import Language

    from postlint._config import Config
    from postlint._engine.draft import Draft
    from postlint._pack import Rule, RulePack

__all__ = ["Checker", "Environment", "Finding", "NoParams", "RuleParams"]


class RuleParams(BaseModel):
    """Base of every checker's parameters (``[params]`` of a rule file)."""

    model_config = ConfigDict(frozen=True, extra="forbid")


class NoParams(RuleParams):
    pass


ParamsT = TypeVar("ParamsT", bound=RuleParams)


@dataclass(frozen=True, slots=True)
class Finding:
    """What a checker found: a span of the draft and why.

    ``details`` fill the rule's message template besides ``evidence``; ``message``,
    when set, replaces the template altogether.
    """

    start: int
    end: int
    confidence: float = 1.0
    details: Mapping[str, str] = field(default_factory=dict)
    message: str | None = None
    fixes: tuple[Fix, ...] = ()


@dataclass(frozen=True, slots=True)
class Environment:
    """What a checker may prepare itself with, once per Linter."""

    pack: RulePack
    nlp: Language
    config: Config
    active_rule_ids: frozenset[str] = frozenset()
    """The ids of every rule this Linter runs (a rule may defer to another that runs)."""


class Checker(ABC, Generic[ParamsT]):
    """Implements one kind of rule. Built once per rule per Linter, then run on every draft.

    ``draft.config`` is the config the draft is checked under (the Linter's, with the
    draft's front matter merged in); what a checker prepares in ``__init__`` from
    ``env.config`` must not depend on what front matter may change (``platform``, ``date``,
    ``account``).
    """

    Params: ClassVar[type[RuleParams]] = NoParams

    def __init__(self, rule: Rule, env: Environment) -> None:
        self.rule = rule
        try:
            self.params: ParamsT = self.Params.model_validate(rule.params)  # type: ignore[assignment]
        except ValidationError as error:
            problems = "; ".join(
                f"params.{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in error.errors()
            )
            raise RulePackError(f"{rule.source or rule.id}: {problems}") from None

    @abstractmethod
    def find(self, draft: Draft) -> Iterable[Finding]:
        """The findings of this rule in ``draft``."""
