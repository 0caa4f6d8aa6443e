"""The lint job that runs in the server's worker process.

spaCy holds the GIL for most of a lint, so a lint on a thread of the server process delays
hovers by tens of milliseconds; in a separate process it costs them nothing. The process is
spawned, not forked: forking the multi-threaded server hung in measurements.
"""

from __future__ import annotations

import inspect
import sys
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import Any

from postlint import Config, Linter, Report

__all__ = ["LintOutcome", "RuleExplanation", "initialize_worker", "lint"]


@dataclass(frozen=True)
class RuleExplanation:
    """What a hover shows about a rule besides the finding itself."""

    summary: str
    why: str
    instead: str


@dataclass(frozen=True)
class LintOutcome:
    report: Report | None
    explanations: dict[str, RuleExplanation] = field(default_factory=dict)
    error: str | None = None
    """Why there is no report (a config or input error), for the server to log once."""


def initialize_worker() -> None:
    """Runs first in the worker: anything printed to stdout would corrupt the LSP stream."""
    sys.stdout = sys.stderr


@lru_cache(maxsize=8)
def _linter(config_json: str) -> Linter:
    return Linter(Config.model_validate_json(config_json))


@cache
def _accepts_markup() -> bool:
    # The Markdown-aware ``markup=`` argument is being added to the core in parallel; pass
    # it once it exists, so Markdown syntax and suppression comments are understood.
    return "markup" in inspect.signature(Linter.check).parameters


def lint(text: str, config_json: str, markup: str | None) -> LintOutcome:
    """Lint ``text`` with the config serialised as ``config_json``; never raises."""
    from postlint import PostlintError

    try:
        linter = _linter(config_json)
        options: dict[str, Any] = {"markup": markup} if _accepts_markup() and markup else {}
        report = linter.check(text, **options)
    except PostlintError as error:
        return LintOutcome(report=None, error=str(error))
    explanations = {
        rule_id: RuleExplanation(rule.summary, rule.why.strip(), rule.instead.strip())
        for rule_id, rule in linter.pack.rules.items()
        if rule_id in report.rules()
    }
    return LintOutcome(report=report, explanations=explanations)


def warm_up(config_json: str) -> bool:
    """Load the pipeline and rules before the first document arrives."""
    _linter(config_json).check("Warming up.")
    return True
