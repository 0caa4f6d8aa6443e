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
    config = config_for("blank").merged(
        {
            "account": {"kind": "official"},
            "election_periods": [{"name": "Poll", "start": "2024-05-25", "end": "2024-07-04"}],
        }
    )
    linter = postlint.Linter(config)
    # Numbered so that a report in the wrong place would show; every third draft is dated
    # inside the pre-election period, so contexts must reach the workers in order too.
    count = 2 * MIN_TEXTS_PER_PROCESS + 3
    texts = [f"{DRAFTS[n % len(DRAFTS)]} ({n})" for n in range(count)]
    contexts = [{"date": "2024-06-01"} if n % 3 == 0 else None for n in range(count)]
    in_processes = linter.check_many(texts, n_process=2, contexts=contexts)
    in_one = linter.check_many(texts, contexts=contexts)
    assert in_processes == in_one
    assert any(report.diagnostics for report in in_one)
    timed = [n for n, report in enumerate(in_one) if report.has("timing")]
    assert timed and all(n % 3 == 0 for n in timed)


def test_small_batches_and_single_cpus_stay_in_one_process() -> None:
    assert process_count(2, MIN_TEXTS_PER_PROCESS) == 1
    assert process_count(4, 2 * MIN_TEXTS_PER_PROCESS) == 2
    assert process_count(1, 10 * MIN_TEXTS_PER_PROCESS) == 1
    assert process_count(-1, 10_000 * MIN_TEXTS_PER_PROCESS) >= 1
