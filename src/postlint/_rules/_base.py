"""The one Rule model, the Checker interface that implements rules, and Finding.

A rule is data (a TOML file under ``rules/<family>/``); its ``check`` names the checker
kind that implements it (``phrase`` for pure pattern rules, or a code checker such as
``disclosure.missing``), and its ``params`` are validated by that checker's ``Params`` model.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, ClassVar

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from postlint._errors import RulePackError
from postlint._models import Fix, Severity

if TYPE_CHECKING:
    from spacy.language import Language

    from postlint._config import Config
    from postlint._rules._draft import Draft
    from postlint._rules._pack import RulePack

__all__ = [
    "Checker",
    "Environment",
    "Example",
    "Examples",
    "Finding",
    "Guidance",
    "NoParams",
    "Rule",
]


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Guidance(_Frozen):
    """A clause of a code of conduct and where to read it."""

    clause: str
    link: str


class Example(_Frozen):
    """A draft that shows the rule; ``config`` is merged over the examples' base config."""

    text: str
    config: dict[str, Any] = Field(default_factory=dict)
    note: str | None = None


class Examples(_Frozen):
    config: dict[str, Any] = Field(default_factory=dict)
    """Base config for every example of this rule (e.g. an author, a remit)."""
    bad: list[Example] = Field(min_length=1)
    good: list[Example] = Field(min_length=1)


class Rule(_Frozen):
    """One rule, whether its logic is patterns (data) or code."""

    id: str = Field(pattern=r"^[a-z]+\.[a-z0-9]+(-[a-z0-9]+)*$")
    severity: Severity
    check: str
    """The checker kind that implements the rule (see ``postlint._rules.registry``)."""
    summary: str
    """What it flags, in one sentence."""
    why: str
    """Why it matters (shown on hover and by ``postlint explain``)."""
    message: str
    """Message template; ``{evidence}`` and checker-specific fields are filled in."""
    instead: str = ""
    """What to write instead."""
    guidance: dict[str, Guidance]
    """Per profile, plus ``default``: the clause the rule rests on."""
    params: dict[str, Any] = Field(default_factory=dict)
    examples: Examples
    source: str = ""
    """The file the rule was loaded from (filled in by the loader)."""

    @property
    def family(self) -> str:
        return self.id.split(".", 1)[0]

    @property
    def name(self) -> str:
        return self.id.split(".", 1)[1]

    def guidance_for(self, profile: str) -> Guidance:
        return self.guidance.get(profile) or self.guidance["default"]


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


class NoParams(_Frozen):
    pass


class Checker(ABC):
    """Implements one kind of rule. Built once per rule per Linter, then run on every draft."""

    Params: ClassVar[type[BaseModel]] = NoParams

    def __init__(self, rule: Rule, env: Environment) -> None:
        self.rule = rule
        try:
            self.params: Any = self.Params.model_validate(rule.params)
        except ValidationError as error:
            problems = "; ".join(
                f"params.{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in error.errors()
            )
            raise RulePackError(f"{rule.source or rule.id}: {problems}") from None

    @abstractmethod
    def find(self, draft: Draft) -> Iterable[Finding]:
        """The findings of this rule in ``draft``."""
