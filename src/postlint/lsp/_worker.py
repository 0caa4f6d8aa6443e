"""The lint job that runs in the server's worker process.

spaCy holds the GIL for most of a lint, so a lint on a thread of the server process delays
hovers by tens of milliseconds; in a separate process it costs them nothing. The process is
spawned, not forked: forking the multi-threaded server hung in measurements.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
import threading
from dataclasses import dataclass, field

from postlint import Config, Markup, Report, linter_for

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
    """Runs first in the worker: anything printed to stdout would corrupt the LSP stream.

    The spawned worker inherits the server's stdout (the protocol pipe), so both Python's
    ``sys.stdout`` and file descriptor 1 (for C extensions) are pointed at stderr.

    It also ends the worker when the server dies. A killed server (SIGKILL, out of memory)
    runs no clean-up, and the worker would wait on its task queue forever: it holds that
    queue's write end itself, so the queue never reaches end of file.
    """
    sys.stdout.flush()
    os.dup2(sys.stderr.fileno(), sys.stdout.fileno())
    sys.stdout = sys.stderr
    parent = multiprocessing.parent_process()
    if parent is not None:
        threading.Thread(
            target=_exit_with, args=(parent,), name="postlint-parent-watch", daemon=True
        ).start()


def _exit_with(parent: multiprocessing.process.BaseProcess) -> None:
    """Block until ``parent`` is gone, then end this process at once.

    ``join`` waits on the pipe multiprocessing gives every spawned child (a handle on
    Windows): its other end closes when the parent exits, however it exits, so this costs
    no polling. ``os._exit`` because a lint may be running and holds no state worth saving.
    """
    parent.join()
    os._exit(0)


def lint(text: str, config_json: str, markup: Markup) -> LintOutcome:
    """Lint ``text`` with the config serialised as ``config_json``; never raises."""
    from postlint import PostlintError

    try:
        linter = linter_for(Config.model_validate_json(config_json))
        report = linter.check(text, markup=markup)
    except PostlintError as error:
        return LintOutcome(report=None, error=str(error))
    explanations = {
        rule_id: RuleExplanation(rule.summary, rule.why.strip(), rule.instead.strip())
        for rule_id, rule in linter.known_rules.items()
        if rule_id in report.rules()
    }
    return LintOutcome(report=report, explanations=explanations)


def warm_up(config_json: str) -> bool:
    """Load the pipeline and rules before the first document arrives."""
    linter_for(Config.model_validate_json(config_json)).check("Warming up.")
    return True
