"""The values a check returns: Diagnostic, Fix and Report. All frozen."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

__all__ = [
    "SEVERITY_ORDER",
    "Diagnostic",
    "Fix",
    "PlatformLength",
    "Report",
    "Severity",
    "SuppressedDiagnostic",
]

Severity = Literal["error", "warning", "info"]

#: Higher is more severe; used for ``--fail-on`` and sorting.
SEVERITY_ORDER: dict[str, int] = {"info": 0, "warning": 1, "error": 2}


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Fix(_Frozen):
    """A suggested edit: replace ``text[start:end]`` with ``replacement``."""

    title: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    replacement: str
    safe: bool = False
    """Whether the edit keeps what the post says (capitals in a hashtag) and so may be
    applied without a person reading it (``postlint check --fix``); an edit that adds words
    in the author's name (a disclosure line) is applied only with ``--unsafe-fixes``."""


class Diagnostic(_Frozen):
    """One finding in a draft, with the evidence and the guidance behind it."""

    rule: str
    """The rule id, ``family.name``, e.g. ``politics.partisan-endorsement``."""
    severity: Severity
    message: str
    start: int = Field(ge=0)
    """Code-point offset of the first character of the evidence."""
    end: int = Field(ge=0)
    """Code-point offset just past the evidence."""
    line: int = Field(ge=1)
    column: int = Field(ge=1)
    end_line: int = Field(ge=1)
    end_column: int = Field(ge=1)
    evidence: str
    """The triggering words, exactly as they appear in the draft."""
    confidence: float = Field(ge=0.0, le=1.0)
    guidance: str
    """The rule of conduct the finding rests on, for the configured profile."""
    link: str
    fixes: tuple[Fix, ...] = ()

    @property
    def family(self) -> str:
        return self.rule.split(".", 1)[0]


class SuppressedDiagnostic(_Frozen):
    """A finding the draft silenced with a ``postlint-disable`` comment, and why."""

    diagnostic: Diagnostic
    reason: str
    directive_line: int = Field(ge=1)
    """The line of the ``postlint-disable`` comment."""


class Report(_Frozen):
    """The result of checking one draft."""

    diagnostics: list[Diagnostic]
    profile: str
    pipeline: str
    """Which NLP path produced the report: ``blank`` or the trained pipeline's name."""
    suppressed: list[SuppressedDiagnostic] = Field(default_factory=list)
    """Findings silenced by ``postlint-disable`` comments (not in ``diagnostics``)."""
    warnings: list[str] = Field(default_factory=list)
    """What could not be checked in this draft, and why (a user rule whose pattern ran out
    of time, say): the other rules' findings stand."""

    def rules(self) -> set[str]:
        """The ids of the rules that fired."""
        return {diagnostic.rule for diagnostic in self.diagnostics}

    def has(self, rule_or_family: str) -> bool:
        """Whether a rule, or any rule of a family (``politics``), fired."""
        return any(
            d.rule == rule_or_family or d.rule.startswith(rule_or_family + ".")
            for d in self.diagnostics
        )

    @property
    def max_severity(self) -> Severity | None:
        if not self.diagnostics:
            return None
        return max((d.severity for d in self.diagnostics), key=SEVERITY_ORDER.__getitem__)


class PlatformLength(_Frozen):
    """A draft's length as its platform counts it, next to the platform's limit."""

    platform: str
    length: int = Field(ge=0)
    """Counted as ``platform.too-long`` counts (links, weights, graphemes); front matter and
    postlint comments are not part of the post."""
    limit: int | None
    """The most the platform allows; ``None`` where it sets no limit (a blog)."""
