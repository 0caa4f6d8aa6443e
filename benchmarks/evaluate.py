"""Evaluate postlint on real public posts: tasks P, D, T and U of ``../shared/data/TASKS.md``;
task R (``task_r``), the direction of political findings on the project's own drafts; and
task S (``task_s``), the author's situation, on the project's own scenarios against the
authorities' verdicts; and task C (``task_c``), the project's blind drafts (political risk and
disclosure), half read and half held out.

    python benchmarks/evaluate.py                      # every task, both NLP paths
    python benchmarks/evaluate.py --tasks P --pipelines blank --json results.json

Prints precision, recall and F1 (and task-specific figures) for ``dev`` and ``holdout``.
Thresholds, lexicons and patterns are tuned on ``dev`` only; ``holdout`` is the figure
that counts. Exits 0 with a message when the data folder is absent.
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _data import TRAINED_MODEL, data_dir

TASK_MODULES = {
    "P": "task_p",
    "D": "task_d",
    "T": "task_t",
    "U": "task_u",
    "R": "task_r",
    "S": "task_s",
    "C": "task_c",
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tasks", default=",".join(TASK_MODULES), help="e.g. P,D,T")
    parser.add_argument("--pipelines", default="blank,trained", help="blank and/or trained")
    parser.add_argument("--json", type=Path, help="also write the figures as JSON here")
    parser.add_argument(
        "--offtopic-scorer",
        choices=("cascade", "lexical", "hybrid"),
        default="cascade",
        help="task T: offtopic.scorer (cascade, the default; lexical; hybrid)",
    )
    args = parser.parse_args(argv)
    if data_dir() is None:
        print("evaluation data (../shared/data) not found: nothing to evaluate")
        return 0
    results: dict[str, Any] = {}
    for task in [t.strip().upper() for t in args.tasks.split(",") if t.strip()]:
        try:
            module = importlib.import_module(TASK_MODULES[task])
        except ModuleNotFoundError:
            print(f"task {task}: not implemented yet")
            continue
        if hasattr(module, "SCORER"):
            module.SCORER = args.offtopic_scorer
        for pipeline in [p.strip() for p in args.pipelines.split(",") if p.strip()]:
            model = None if pipeline == "blank" else TRAINED_MODEL
            started = time.perf_counter()
            figures = module.evaluate(model)
            elapsed = time.perf_counter() - started
            results.setdefault(task, {})[pipeline] = figures
            print(f"\n== task {task} ({module.TITLE}), pipeline {pipeline}, {elapsed:.1f} s")
            for split, metrics in figures.items():
                shown = "  ".join(
                    f"{key}={value:.3f}" if isinstance(value, float) else f"{key}={value}"
                    for key, value in metrics.items()
                )
                print(f"  {split:<22} {shown}")
    if args.json:
        args.json.write_text(json.dumps(results, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
