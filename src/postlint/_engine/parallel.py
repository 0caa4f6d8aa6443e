"""Checking a large batch in worker processes (``Linter.check_many(..., n_process=N)``).

Rules run in Python, so one process uses one core. For a large batch, chunks go to
worker processes, each holding its own copy of the Linter, and the reports come back in
input order. On Linux, in a process that runs no other threads, the workers are forked
and start with the parent's Linter already built; otherwise (another thread could hold a
lock at the moment of the fork, or there is no fork) they are spawned and build their own
Linter from the config, which costs a cold start each.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import threading
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor
from typing import TYPE_CHECKING, Any

from postlint._config import Config
from postlint._engine.models import THREADS_VARIABLE
from postlint._markup import Markup

if TYPE_CHECKING:
    from postlint._core import Linter
    from postlint._models import Report

#: Builds a worker's Linter from its config: ``postlint.linter_for``, passed in by the core
#: (a module-level function, so a spawned worker receives it by name).
LinterFactory = Callable[[Config], "Linter"]

__all__ = ["MIN_TEXTS_PER_PROCESS", "check_in_processes", "process_count"]

#: Below this many drafts per process, starting workers costs more than it saves.
MIN_TEXTS_PER_PROCESS = 250
# Several chunks per worker even out drafts of very different lengths.
_CHUNKS_PER_PROCESS = 4

_worker_linter: Linter | None = None


def process_count(requested: int, texts: int) -> int:
    """How many processes to use: ``-1`` means one per CPU; small batches get one."""
    cpus = os.cpu_count() or 1
    wanted = cpus if requested < 0 else max(1, requested)
    return max(1, min(wanted, texts // MIN_TEXTS_PER_PROCESS))


def check_in_processes(
    linter: Linter,
    build_linter: LinterFactory,
    texts: Sequence[str],
    contexts: Sequence[Mapping[str, Any] | None],
    processes: int,
    batch_size: int,
    markup: Markup,
) -> list[Report]:
    # Dealt out like cards, not cut in blocks: drafts of one kind (long ones, say) often
    # come together, and one block of them would keep a worker busy after the others end.
    count = min(len(texts), processes * _CHUNKS_PER_PROCESS)
    chunks = [list(texts[index::count]) for index in range(count)]
    chunk_contexts = [list(contexts[index::count]) for index in range(count)]
    forking = "fork" in multiprocessing.get_all_start_methods() and threading.active_count() == 1
    context = multiprocessing.get_context("fork" if forking else "spawn")
    with ProcessPoolExecutor(
        max_workers=processes,
        mp_context=context,
        initializer=_start_worker,
        # A forked worker inherits the Linter itself; a spawned one gets the config.
        initargs=(linter if forking else None, build_linter, linter.config.model_dump_json()),
    ) as pool:
        parts = list(
            pool.map(_check_chunk, chunks, chunk_contexts, [batch_size] * count, [markup] * count)
        )
    # Draft i went to chunk i % count, at position i // count.
    return [parts[index % count][index // count] for index in range(len(texts))]


def _start_worker(linter: Linter | None, build_linter: LinterFactory, config_json: str) -> None:
    global _worker_linter
    # Ctrl-C is the parent's to handle: it stops the pool (else each worker prints a trace).
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # One model thread per worker: the workers already take a core each, and two threads per
    # sentence in each of two workers fought over two cores (slower than one process).
    os.environ.setdefault(THREADS_VARIABLE, "1")
    if linter is None:
        linter = build_linter(Config.model_validate_json(config_json))
    _worker_linter = linter


def _check_chunk(
    texts: list[str],
    contexts: list[Mapping[str, Any] | None],
    batch_size: int,
    markup: Markup,
) -> list[Report]:
    assert _worker_linter is not None, "worker started without a Linter"
    return _worker_linter.check_many(texts, batch_size=batch_size, markup=markup, contexts=contexts)
