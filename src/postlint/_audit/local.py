"""The local engine: partitions checked in a pool of worker processes on this machine.

Workers are started with ``spawn`` (never a fork of a half-initialised spaCy) and each
builds its Linter once from the config's JSON. At most two partitions per worker are in
flight, so memory stays that of a few partitions whatever the archive's size. Each worker
writes its partition's rows, then its summary: a partition on disk is a finished one.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from pathlib import Path
from typing import Any

from postlint._audit.batch import lint_posts, linter_from_json
from postlint._audit.outputs import write_json_atomic, write_rows_atomic
from postlint._audit.partitions import Partition
from postlint._audit.records import Post

__all__ = ["LocalEngine", "check_partition"]

_IN_FLIGHT_PER_WORKER = 2


def check_partition(
    config_json: str, directory: Path, number: int, posts: list[Post], summary: dict[str, Any]
) -> int:
    """Check one partition and write it; returns how many posts it held."""
    rows = lint_posts(linter_from_json(config_json), posts)
    partition = Partition(directory, number)
    directory.mkdir(parents=True, exist_ok=True)
    write_rows_atomic(partition.findings_path, rows)
    write_json_atomic(partition.summary_path, {**summary, "rows": len(rows)})
    return len(posts)


def _warm_up(config_json: str) -> None:
    """Build the worker's Linter before its first partition arrives, with one model thread
    (the pool already takes a core per worker; see ``POSTLINT_MODEL_THREADS`` in docs/cli.md)."""
    os.environ.setdefault("POSTLINT_MODEL_THREADS", "1")
    linter_from_json(config_json)


class LocalEngine:
    """Partitions checked here (one job) or in a pool of ``jobs`` processes. The pool starts
    with the second partition: an archive of one partition is checked in this process,
    without paying for workers' cold starts."""

    def __init__(self, config_json: str, jobs: int, advance: Callable[[int], None]) -> None:
        self._config_json = config_json
        self._advance = advance
        self._jobs = jobs
        self._pending: set[Future[int]] = set()
        self._pool: ProcessPoolExecutor | None = None
        self._first: tuple[Any, ...] | None = None

    def submit(self, partition: Partition) -> None:
        arguments = (
            self._config_json,
            partition.directory,
            partition.number,
            partition.posts,
            partition.summary.to_json(0),
        )
        if self._jobs <= 1:
            self._advance(check_partition(*arguments))
            return
        if self._pool is None and self._first is None:
            self._first = arguments
            return
        if self._pool is None:
            self._pool = ProcessPoolExecutor(
                max_workers=self._jobs,
                mp_context=multiprocessing.get_context("spawn"),
                initializer=_warm_up,
                initargs=(self._config_json,),
            )
            first, self._first = self._first, None
            if first is not None:
                self._pending.add(self._pool.submit(check_partition, *first))
        while len(self._pending) >= self._jobs * _IN_FLIGHT_PER_WORKER:
            self._collect(FIRST_COMPLETED)
        self._pending.add(self._pool.submit(check_partition, *arguments))

    def _collect(self, until: str) -> None:
        finished, self._pending = wait(self._pending, return_when=until)
        for future in finished:
            self._advance(future.result())  # a worker's exception surfaces here

    def close(self) -> None:
        try:
            if self._first is not None:
                self._advance(check_partition(*self._first))
                self._first = None
            if self._pending:
                self._collect("ALL_COMPLETED")
        finally:
            if self._pool is not None:
                self._pool.shutdown(cancel_futures=True)
