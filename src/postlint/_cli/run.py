"""Running the linter over many drafts: configs per folder, batches, processes, progress.

Drafts sharing a config are batched through ``Linter.check_many`` (one ``nlp.pipe`` per
batch). ``jobs > 1`` spreads batches over that many processes, started with ``spawn`` so a
worker never inherits a half-initialised spaCy from a fork; each worker loads a pipeline
once and keeps its Linters. Results come back in input order whatever the number of jobs.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from postlint import (
    Config,
    ConfigError,
    Markup,
    PostlintError,
    Report,
    Rule,
    catalog,
    discover_config_file,
    linter_for,
)

__all__ = ["ConfigResolver", "Outcome", "Task", "one_line", "progress_wanted", "run_tasks"]

BATCH_SIZE = 32


def one_line(error: BaseException | str) -> str:
    """A config error can list several keys on several lines; the CLI shows one line."""
    return "; ".join(part.strip() for part in str(error).splitlines() if part.strip())


@dataclass(frozen=True, slots=True)
class Task:
    """A draft ready to lint, with the config it is linted under."""

    index: int
    name: str
    text: str
    markup: Markup
    config_key: str
    """The config's JSON: equal keys share a Linter, and a worker rebuilds the Config."""


@dataclass(frozen=True, slots=True)
class Outcome:
    name: str
    text: str | None
    report: Report | None
    error: str | None = None
    record_line: int | None = None
    config_error: bool = False
    """The error is the draft's config's (said once for all the drafts under it)."""


class ConfigResolver:
    """The config for a draft: ``--config`` if given, else the nearest config file above
    the draft (or the working folder for stdin), else the defaults; ``--platform`` and
    ``--date`` are applied over it. A broken discovered config is an error for the drafts
    under it."""

    def __init__(self, explicit: Config | None, overrides: dict[str, Any] | None = None) -> None:
        self._explicit = explicit
        self._overrides = overrides or {}
        self._by_file: dict[Path | None, str | PostlintError] = {}

    def key_for(self, location: Path | None) -> str:
        """The config (as JSON) for a draft at ``location``; raises the config's error."""
        config_file = None
        if self._explicit is None:
            config_file = discover_config_file(location if location is not None else Path.cwd())
        if config_file not in self._by_file:
            try:
                config = self._explicit
                if config is None:
                    config = Config.from_file(config_file) if config_file else Config()
                if self._overrides:
                    # --platform, --date: over every config file (front matter over them).
                    config = config.merged(self._overrides, source="the command line")
                # The rule packs, the profile and the rule selectors, checked once per config
                # rather than by every draft under it.
                try:
                    catalog(config).active(config)
                except ConfigError as error:
                    where = config_file or "--config"
                    raise ConfigError(f"{where}: {error}") from None
                self._by_file[config_file] = config.model_dump_json()
            except PostlintError as error:
                self._by_file[config_file] = error
        found = self._by_file[config_file]
        if isinstance(found, PostlintError):
            raise found
        return found

    def known_rules(self) -> dict[str, Rule]:
        """Every rule of every config met so far (user packs included), by id: what SARIF
        describes and the text output explains."""
        rules: dict[str, Rule] = dict(catalog().rules)
        for found in self._by_file.values():
            if isinstance(found, str):
                rules.update(catalog(Config.model_validate_json(found)).rules)
        return rules


def progress_wanted() -> bool:
    """A progress bar only for a person at a terminal: never in CI or into a pipe."""
    return sys.stderr.isatty() and not os.environ.get("CI")


def run_tasks(
    tasks: Sequence[Task], *, jobs: int = 1, progress: bool = False
) -> Iterator[tuple[Task, Report | None, str | None]]:
    """``(task, report, error)`` for every task, in order."""
    batches = _batches(tasks)
    advance: Callable[[int], None] = _no_progress
    progress_bar: Any = None
    if progress and len(tasks) > 1:
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn

        progress_bar = Progress(
            "[progress.description]{task.description}",
            BarColumn(),
            MofNCompleteColumn(),
            TimeRemainingColumn(),
            console=_stderr_console(),
            transient=True,
        )
        bar_task = progress_bar.add_task("Checking drafts", total=len(tasks))

        def advance(count: int) -> None:
            progress_bar.advance(bar_task, count)

        progress_bar.start()
    try:
        if jobs > 1 and len(batches) > 1:
            yield from _run_in_processes(batches, jobs, advance)
        else:
            for batch in batches:
                results = check_batch(batch)
                advance(len(batch))
                for task, (report, error) in zip(batch, results, strict=True):
                    yield task, report, error
    finally:
        if progress_bar is not None:
            progress_bar.stop()


def _no_progress(count: int) -> None:
    """Progress is off: nothing to advance."""


def _stderr_console() -> Any:
    from rich.console import Console

    return Console(stderr=True)


def _batches(tasks: Sequence[Task]) -> list[list[Task]]:
    """Consecutive tasks with the same config and markup, at most BATCH_SIZE each."""
    batches: list[list[Task]] = []
    for task in tasks:
        last = batches[-1] if batches else None
        if (
            last is not None
            and len(last) < BATCH_SIZE
            and last[0].config_key == task.config_key
            and last[0].markup == task.markup
        ):
            last.append(task)
        else:
            batches.append([task])
    return batches


def _run_in_processes(
    batches: list[list[Task]], jobs: int, advance: Callable[[int], None]
) -> Iterator[tuple[Task, Report | None, str | None]]:
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(
        max_workers=jobs, mp_context=context, initializer=_ignore_ctrl_c
    ) as pool:
        for batch, results in zip(batches, pool.map(check_batch, batches), strict=True):
            advance(len(batch))
            for task, (report, error) in zip(batch, results, strict=True):
                yield task, report, error


def _ignore_ctrl_c() -> None:
    """Workers leave Ctrl-C to the parent, which stops the pool and says so once (else every
    worker would print a traceback of its own)."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)


def check_batch(batch: list[Task]) -> list[tuple[Report | None, str | None]]:
    """Lint a batch of tasks sharing a config and markup (in this process or a worker).

    An error in one draft (too large, broken front matter) must not lose the others, so a
    failed batch is retried draft by draft.
    """
    try:
        linter = linter_for(Config.model_validate_json(batch[0].config_key))
    except PostlintError as error:
        return [(None, one_line(error))] * len(batch)
    try:
        reports = linter.check_many([t.text for t in batch], markup=batch[0].markup)
        return [(report, None) for report in reports]
    except PostlintError:
        pass
    results: list[tuple[Report | None, str | None]] = []
    for task in batch:
        try:
            results.append((linter.check(task.text, markup=task.markup), None))
        except PostlintError as error:
            results.append((None, one_line(error)))
    return results
