"""Choose the political-risk threshold of the ``politics.*`` stance rules on dev rows only.

Every stance rule reports a unit when the judge's probability that it takes a stance reaches
the rule's ``threshold``, or its ``untargeted_threshold`` when the unit names no political
actor or issue. This script lints the dev rows of tasks U and P at each candidate pair of
thresholds and prints the figures a text-level task gives: precision and recall on task U
dev and task P dev, and the false-positive rates on the negatives that matter most (GOV.UK
blog posts, everyday tweets, BABE's factual news sentences). Holdout rows are never read here.

    python benchmarks/politics_calibration.py                 # the sweep
    python benchmarks/politics_calibration.py --at 0.92 0.97  # one pair, per source

The thresholds in ``rules/politics/*.toml`` are the ones this chose (benchmarks/README.md).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import task_p
import task_u
from _data import BinaryMetrics, Case

THRESHOLDS = (0.85, 0.88, 0.9, 0.92, 0.94, 0.96)
UNTARGETED = (None, 0.97, 0.98, 0.99)  # None: the same as the threshold


class Sweep:
    """One Linter whose stance rules' thresholds are set per run (a benchmark-only reach into
    its checkers). The models remember every sentence they read, so each run after the first
    costs the rules' own work only."""

    def __init__(self) -> None:
        import postlint

        self.linter = postlint.Linter(postlint.Config.model_validate(task_p.CONFIG))

    def flagged(self, cases: Sequence[Case], threshold: float, untargeted: float) -> list[bool]:
        from postlint._rules.politics.checkers import JudgementChecker
        from postlint._rules.politics.official_position import OfficialPositionChecker

        update = {"threshold": threshold, "untargeted_threshold": untargeted}
        for _, checker in self.linter._checkers:
            if isinstance(checker, JudgementChecker | OfficialPositionChecker):
                checker.params = checker.params.model_copy(update=update)
        reports = self.linter.check_many([case.text for case in cases])
        return [any(d.rule.startswith("politics.") for d in r.diagnostics) for r in reports]


def _row(name: str, cases: Sequence[Case], flagged: Sequence[bool]) -> str:
    metrics = BinaryMetrics.from_pairs(
        (case.expected, found) for case, found in zip(cases, flagged, strict=True)
    )
    if all(case.expected for case in cases):
        return f"{name} R {metrics.recall:.3f}"
    if not any(case.expected for case in cases):
        return f"{name} FPR {metrics.false_positive_rate:.3f}"
    return f"{name} P {metrics.precision:.3f} R {metrics.recall:.3f} F1 {metrics.f1:.3f}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Sweep the politics threshold on dev rows.")
    parser.add_argument(
        "--at", type=float, nargs=2, metavar=("T", "U"), help="one pair, with figures per source"
    )
    args = parser.parse_args(argv)
    u_cases = [case for case in task_u.cases() if case.split == "dev"]
    p_cases = [case for case in task_p.cases() if case.split == "dev"]
    print(f"task U dev: {len(u_cases)} texts; task P dev: {len(p_cases)} texts")
    sweep = Sweep()
    pairs = (
        [tuple(args.at)]
        if args.at is not None
        else [(t, u if u is not None else t) for t in THRESHOLDS for u in UNTARGETED]
    )
    for threshold, untargeted in pairs:
        if untargeted < threshold:
            continue
        u_flagged = sweep.flagged(u_cases, threshold, untargeted)
        p_flagged = sweep.flagged(p_cases, threshold, untargeted)
        parts = [_row("U", u_cases, u_flagged), _row("P", p_cases, p_flagged)]
        sources = sorted({case.source for case in p_cases}) if args.at else ["uk_gov_blog_posts"]
        for source in sources:
            chosen = [(c, f) for c, f in zip(p_cases, p_flagged, strict=True) if c.source == source]
            parts.append(_row(source, [c for c, _ in chosen], [f for _, f in chosen]))
        print(f"{threshold:.2f} {untargeted:.2f}  " + " | ".join(parts), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
