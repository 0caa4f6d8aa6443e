"""Task U of ``../shared/data/TASKS.md``: would a civil servant's post of this text be risky?

Real UK MP tweets, each linted as a draft by a UK civil servant on a personal account (the
set-up of task P); predicted risky when any ``politics.*`` rule fires. The hand labels of
the ``dev`` rows are in ``../shared/data/labels/uk_mps_tweets_dev.jsonl`` (``risky``,
``safe`` or ``unsure``, matched by the first 16 hex digits of the sha256 of the text);
``unsure`` rows are left out. The ``holdout`` labels are kept by the maintainers, who
measure them: this script reports ``dev`` only, and says so.

    python benchmarks/evaluate.py --tasks U
    python benchmarks/task_u.py --errors            # dev mistakes, for reading
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _data import TRAINED_MODEL, BinaryMetrics, Case, data_dir, load_rows
from task_p import CONFIG

TITLE = "would a civil servant's post of this text be risky"
LABELS = Path("labels") / "uk_mps_tweets_dev.jsonl"


def text_key(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def labels() -> dict[str, str]:
    folder = data_dir()
    if folder is None or not (folder / LABELS).is_file():
        return {}
    with (folder / LABELS).open(encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle if line.strip()]
    return {row["sha256_16"]: row["label"] for row in rows}


def cases() -> Iterator[Case]:
    """The labelled dev rows, risky (positive) or safe (negative)."""
    known = labels()
    for row in load_rows("uk_mps_tweets_sentimp21.jsonl"):
        label = known.get(text_key(row["text"]))
        if label in {"risky", "safe"}:
            yield Case("uk_mps_tweets", row["split_hint"], row["text"], label == "risky")


def predictions(model: str | None) -> list[tuple[Case, list[str]]]:
    import postlint

    config = postlint.Config.model_validate({**CONFIG, "nlp": {"model": model}})
    linter = postlint.Linter(config)
    all_cases = list(cases())
    reports = linter.check_many([case.text for case in all_cases])
    return [
        (case, [f"{d.rule}: {d.message}" for d in r.diagnostics if d.rule.startswith("politics.")])
        for case, r in zip(all_cases, reports, strict=True)
    ]


def evaluate(model: str | None) -> dict[str, dict[str, float | int | str]]:
    results = predictions(model)
    metrics = BinaryMetrics.from_pairs((case.expected, bool(found)) for case, found in results)
    shown: dict[str, float | int | str] = dict(metrics.as_dict())
    return {"dev": shown, "holdout": {"labels": "held back by the maintainers"}}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Task U: figures, or dev mistakes.")
    parser.add_argument("--pipeline", choices=("blank", "trained"), default="blank")
    parser.add_argument("--errors", action="store_true", help="print dev mistakes")
    args = parser.parse_args(argv)
    model = TRAINED_MODEL if args.pipeline == "trained" else None
    if not args.errors:
        for split, figures in evaluate(model).items():
            print(split, figures)
        return 0
    for case, found in predictions(model):
        if case.expected == bool(found):
            continue
        print(f"{'MISS' if case.expected else 'FALSE'}: {' '.join(case.text.split())[:220]}")
        for finding in found:
            print(f"      -> {finding}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
