"""Shared helpers for the evaluation tasks: the data folder, rows, splits and metrics.

The data (``../shared/data`` beside the project) is for evaluation only: nothing here copies
it into the project. When it is absent, the benchmark says so and exits cleanly.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

PROJECT_ROOT = Path(__file__).resolve().parents[1]
SPLITS = ("dev", "holdout")
TRAINED_MODEL = "en_core_web_sm"


def data_dir() -> Path | None:
    """``$POSTLINT_DATA`` or ``../shared/data`` relative to the project root, if present."""
    configured = os.environ.get("POSTLINT_DATA")
    folder = Path(configured) if configured else PROJECT_ROOT.parent / "shared" / "data"
    return folder if folder.is_dir() else None


def load_rows(name: str) -> list[dict[str, Any]]:
    folder = data_dir()
    if folder is None:
        raise FileNotFoundError("evaluation data folder not found")
    with (folder / name).open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def by_split(rows: Iterable[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    split: dict[str, list[dict[str, Any]]] = {name: [] for name in SPLITS}
    for row in rows:
        split[row["split_hint"]].append(row)
    return split


@dataclass(frozen=True, slots=True)
class Case:
    """One labelled text of a task: where it comes from, its split, and the expected answer."""

    source: str
    split: str
    text: str
    expected: bool


@dataclass(frozen=True)
class BinaryMetrics:
    true_positives: int
    false_positives: int
    false_negatives: int
    true_negatives: int

    @classmethod
    def from_pairs(cls, pairs: Iterable[tuple[bool, bool]]) -> BinaryMetrics:
        """From (expected, predicted) pairs."""
        tp = fp = fn = tn = 0
        for expected, predicted in pairs:
            if expected and predicted:
                tp += 1
            elif predicted:
                fp += 1
            elif expected:
                fn += 1
            else:
                tn += 1
        return cls(tp, fp, fn, tn)

    @property
    def precision(self) -> float:
        found = self.true_positives + self.false_positives
        return self.true_positives / found if found else 0.0

    @property
    def recall(self) -> float:
        expected = self.true_positives + self.false_negatives
        return self.true_positives / expected if expected else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def false_positive_rate(self) -> float:
        negatives = self.false_positives + self.true_negatives
        return self.false_positives / negatives if negatives else 0.0

    @property
    def count(self) -> int:
        return (
            self.true_positives + self.false_positives + self.false_negatives + self.true_negatives
        )

    def as_dict(self) -> dict[str, float]:
        return {
            "n": self.count,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "fpr": round(self.false_positive_rate, 4),
        }


def roc_auc(scores: Sequence[float], labels: Sequence[bool]) -> float:
    """Area under the ROC curve (probability a positive outranks a negative; ties count half)."""
    ranked = sorted(zip(scores, labels, strict=True), key=lambda pair: pair[0])
    positives = sum(labels)
    negatives = len(labels) - positives
    if not positives or not negatives:
        return float("nan")
    rank_sum = 0.0
    index = 0
    while index < len(ranked):
        end = index
        while end + 1 < len(ranked) and ranked[end + 1][0] == ranked[index][0]:
            end += 1
        average_rank = (index + end) / 2 + 1
        rank_sum += average_rank * sum(1 for _, label in ranked[index : end + 1] if label)
        index = end + 1
    return (rank_sum - positives * (positives + 1) / 2) / (positives * negatives)


T = TypeVar("T")


def chunks(items: Sequence[T], size: int) -> Iterator[Sequence[T]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]
