"""``postlint audit``: the command's work behind its click options (in ``postlint.cli``):
the config, the progress bar, the one-line messages and the exit code."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import postlint
from postlint._audit.audit import AuditRequest, AuditResult, run_audit
from postlint._audit.streams import SourceError

__all__ = ["SKIPPED_PRINTED", "audit_command"]

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
#: Skipped rows named on stderr; all of them are in skipped.jsonl.
SKIPPED_PRINTED = 20


def _say(message: str) -> None:
    print(f"postlint: {message}", file=sys.stderr)


@contextmanager
def _progress(enabled: bool) -> Iterator[Callable[[int], None]]:
    """A bar counting posts checked (the total is unknown: sources are streamed)."""
    if not enabled:
        yield lambda count: None
        return
    from rich.console import Console
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    bar = Progress(
        SpinnerColumn(),
        TextColumn("Auditing: {task.completed:,.0f} posts checked"),
        TimeElapsedColumn(),
        console=Console(stderr=True),
        transient=True,
    )
    task = bar.add_task("audit", total=None)
    with bar:
        yield lambda count: bar.advance(task, count)


def audit_command(request: AuditRequest, *, fail_on: str, progress: bool) -> int:
    """Run the audit, report on stderr and stdout, and return the exit code."""
    try:
        with _progress(progress) as advance:
            result = run_audit(request, advance)
    except SourceError as error:
        _say(str(error))
        return EXIT_ERROR
    except OSError as error:
        _say(f"{request.out}: cannot write: {error.strerror or error}")
        return EXIT_ERROR
    _print_outcome(result)
    summary = result.summary
    if summary.posts == 0 and summary.skipped:
        _say("nothing could be read")
        return EXIT_ERROR
    threshold = postlint.SEVERITY_ORDER.get(fail_on)
    failing = threshold is not None and any(
        postlint.SEVERITY_ORDER[severity] >= threshold and count
        for severity, count in summary.severities.items()
    )
    return EXIT_FINDINGS if failing else EXIT_CLEAN


def _print_outcome(result: AuditResult) -> None:
    summary = result.summary
    for location, reason in summary.skipped_shown[:SKIPPED_PRINTED]:
        _say(f"{location}: skipped: {reason}")
    if summary.skipped > SKIPPED_PRINTED:
        _say(
            f"… and {summary.skipped - SKIPPED_PRINTED:,} more skipped rows in "
            f"{result.skipped_path}"
        )
    resumed = (
        f" ({result.resumed:,} of {result.partitions:,} partitions already done)"
        if result.resumed
        else ""
    )
    by_severity = ", ".join(
        f"{summary.severities[s]:,} {s}{'s' if summary.severities[s] != 1 and s != 'info' else ''}"
        for s in ("error", "warning", "info")
        if summary.severities[s]
    )
    print(
        f"Checked {summary.checked:,} posts{resumed}: {summary.findings:,} findings"
        + (f" ({by_severity})" if by_severity else "")
        + f" in {summary.posts_with_findings:,} posts; {_count(summary.skipped, 'row')} skipped; "
        f"{_count(summary.posts - summary.with_text, 'post')} without text."
    )
    print(f"Findings: {result.findings_path}")
    print(f"Report:   {result.report_path}")


def _count(count: int, noun: str) -> str:
    return f"{count:,} {noun}{'' if count == 1 else 's'}"


def progress_wanted() -> bool:
    return sys.stderr.isatty() and not os.environ.get("CI")


def config_json_for(config_path: str | None) -> str:
    """The config as JSON: ``--config``, else the one found from the working folder."""
    found: Any = config_path or postlint.discover_config_file(Path.cwd())
    config = postlint.Config.from_file(found) if found else postlint.Config()
    postlint.catalog(config).active(config)  # a broken rule pack fails here, once
    return config.model_dump_json()
