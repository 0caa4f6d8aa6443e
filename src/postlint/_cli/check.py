"""``postlint check``: drafts in, findings out, exit code back (the command's whole run).

Sources are collected (files, folders, globs, stdin, JSON Lines records), excluded drafts
dropped (``exclude`` and ``.postlintignore``), each draft given its config (a broken config
is said once, with the number of drafts it stopped), checked in batches and processes, fixed
when asked (``--fix``) and checked again, then written in the chosen format.
"""

from __future__ import annotations

import datetime as dt
import sys
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import click

from postlint import SEVERITY_ORDER, Config, Markup, PostlintError
from postlint._cli.exclude import Exclusions
from postlint._cli.fixes import apply_fixes, write_atomically
from postlint._cli.formats import format_outcomes
from postlint._cli.run import ConfigResolver, Outcome, Task, one_line, progress_wanted, run_tasks
from postlint._cli.sources import Source, collect_sources

__all__ = ["EXIT_CLEAN", "EXIT_ERROR", "EXIT_FINDINGS", "CheckOptions", "run_check"]

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


@dataclass(frozen=True)
class CheckOptions:
    paths: tuple[str, ...]
    config_path: str | None
    output_format: str
    fail_on: str
    markup: Markup | None
    platform: str | None
    jsonl_field: str | None
    jobs: int
    stdin_filename: str | None
    show_suppressed: bool
    styled: bool
    fix: bool
    unsafe_fixes: bool
    date: str | None


def run_check(options: CheckOptions, unstyled: Callable[..., str]) -> int:
    explicit: Config | None = None
    if options.config_path is not None:
        try:
            explicit = Config.from_file(options.config_path)
        except PostlintError as error:
            return _fail(one_line(error))
    overrides: dict[str, Any] = {}
    if options.platform is not None:
        overrides["platform"] = options.platform
    if options.date is not None:
        try:
            overrides["date"] = dt.date.fromisoformat(options.date).isoformat()
        except ValueError:
            return _fail(f"--date: {options.date!r} is not a date (YYYY-MM-DD)")
    resolver = ConfigResolver(explicit, overrides)
    notes: list[str] = []
    sources = collect_sources(
        options.paths,
        jsonl_field=options.jsonl_field,
        markup=options.markup,
        stdin_filename=options.stdin_filename,
        read_stdin=sys.stdin.buffer.read,
        notes=notes,
    )
    sources = _without_excluded(sources, Exclusions(explicit), notes)
    for note in notes:
        click.echo(f"postlint: note: {note}", err=True)
    outcomes = _check(sources, resolver, options.jobs)
    if options.fix:
        outcomes = _fixed(sources, outcomes, resolver, options)
    _say_errors_and_warnings(outcomes)
    output = format_outcomes(
        options.output_format,
        outcomes,
        resolver.known_rules(),
        show_suppressed=options.show_suppressed,
        style=click.style if options.styled and options.output_format == "text" else unstyled,
    )
    if output:
        click.echo(output, color=options.styled)
    if any(outcome.report is None for outcome in outcomes):
        return EXIT_ERROR
    threshold = SEVERITY_ORDER.get(options.fail_on)
    failing = threshold is not None and any(
        SEVERITY_ORDER[d.severity] >= threshold
        for outcome in outcomes
        if outcome.report is not None
        for d in outcome.report.diagnostics
    )
    return EXIT_FINDINGS if failing else EXIT_CLEAN


def _fail(message: str) -> int:
    click.echo(f"postlint: {message}", err=True)
    return EXIT_ERROR


def _without_excluded(
    sources: list[Source], exclusions: Exclusions, notes: list[str]
) -> list[Source]:
    kept = [
        source
        for source in sources
        if source.location is None
        or source.record_line is not None
        or not exclusions.excluded(source.location)
    ]
    if len(kept) < len(sources):
        excluded = _count(len(sources) - len(kept), "draft")
        notes.append(f"{excluded} excluded (exclude, .postlintignore)")
    return kept


def _count(number: int, word: str) -> str:
    return f"{number} {word}{'s' if number != 1 else ''}"


def _check(sources: list[Source], resolver: ConfigResolver, jobs: int) -> list[Outcome]:
    outcomes: list[Outcome | None] = [None] * len(sources)
    tasks: list[Task] = []
    for index, source in enumerate(sources):
        if source.error is not None or source.text is None:
            outcomes[index] = Outcome(source.name, None, None, source.error)
            continue
        try:
            key = resolver.key_for(source.location)
        except PostlintError as error:
            outcomes[index] = Outcome(source.name, None, None, one_line(error), config_error=True)
            continue
        tasks.append(Task(index, source.name, source.text, source.markup, key))
    for task, report, problem in run_tasks(tasks, jobs=jobs, progress=progress_wanted()):
        record_line = sources[task.index].record_line
        outcomes[task.index] = Outcome(task.name, task.text, report, problem, record_line)
    return [outcome for outcome in outcomes if outcome is not None]


def _say_errors_and_warnings(outcomes: list[Outcome]) -> None:
    """One line per draft that could not be read; a broken config once, with a count."""
    config_errors = Counter(o.error for o in outcomes if o.config_error and o.error)
    for error, count in config_errors.items():
        click.echo(f"postlint: {error} ({_count(count, 'draft')} not checked)", err=True)
    for outcome in outcomes:
        if outcome.report is None and not outcome.config_error:
            click.echo(f"postlint: {outcome.name}: {outcome.error}", err=True)
        elif outcome.report is not None:
            for warning in outcome.report.warnings:
                click.echo(f"postlint: {outcome.name}: warning: {warning}", err=True)


def _fixed(
    sources: list[Source], outcomes: list[Outcome], resolver: ConfigResolver, options: CheckOptions
) -> list[Outcome]:
    """Apply the fixes to the files (or print the fixed draft read from stdin), then check
    what was changed again."""
    by_name = {source.name: source for source in sources}
    changed: list[Source] = []
    total = 0
    for outcome in outcomes:
        source = by_name.get(outcome.name)
        if outcome.report is None or outcome.text is None or source is None:
            continue
        if source.record_line is not None:
            continue  # a record of an archive is not a file to rewrite
        fixed, count = apply_fixes(
            outcome.text, outcome.report.diagnostics, unsafe=options.unsafe_fixes
        )
        if not count:
            continue
        if source.location is None:  # stdin: the fixed draft goes to stdout
            sys.stdout.write(fixed)
            continue
        if not _is_utf8(source.location, outcome.text):
            click.echo(
                f"postlint: note: {source.name}: not fixed (only UTF-8 files are rewritten)",
                err=True,
            )
            continue
        write_atomically(source.location, fixed)
        changed.append(Source(source.name, source.location, fixed, source.markup))
        total += count
    if total:
        fixed_what = f"{_count(total, 'finding')} in {_count(len(changed), 'file')}"
        click.echo(f"postlint: fixed {fixed_what}", err=True)
    if not changed:
        return outcomes
    again = {o.name: o for o in _check(changed, resolver, options.jobs)}
    return [again.get(outcome.name, outcome) for outcome in outcomes]


def _is_utf8(path: Path, text: str) -> bool:
    try:
        return path.read_bytes().decode("utf-8-sig") == text
    except (OSError, UnicodeDecodeError):
        return False
