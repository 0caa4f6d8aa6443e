"""check_many in worker processes gives the same reports, in the same order."""

from __future__ import annotations

import postlint
from postlint._engine.parallel import MIN_TEXTS_PER_PROCESS, process_count
from tests.conftest import config_for

DRAFTS = [
    "Vote Labour on Thursday!",
    "New timetables start on Sunday: check your journey before you travel.",
    "I work at the Department for Transport and I think the minister is wrong.",
    "Our team published the annual accessibility report today.",
    "Great match last night, what a goal",
]


def test_reports_from_processes_equal_reports_from_one_process() -> None:
    linter = postlint.Linter(config_for("blank"))
    # Numbered so that a report in the wrong place would show.
    texts = [f"{DRAFTS[n % len(DRAFTS)]} ({n})" for n in range(2 * MIN_TEXTS_PER_PROCESS + 3)]
    in_processes = linter.check_many(texts, n_process=2)
    in_one = linter.check_many(texts)
    assert in_processes == in_one
    assert any(report.diagnostics for report in in_one)


def test_small_batches_and_single_cpus_stay_in_one_process() -> None:
    assert process_count(2, MIN_TEXTS_PER_PROCESS) == 1
    assert process_count(4, 2 * MIN_TEXTS_PER_PROCESS) == 2
    assert process_count(1, 10 * MIN_TEXTS_PER_PROCESS) == 1
    assert process_count(-1, 10_000 * MIN_TEXTS_PER_PROCESS) >= 1
