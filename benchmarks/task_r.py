"""Task R: the direction and target of political findings, on the project's own drafts.

Task P measures the wrong-direction rate on the stance rows of two tweet sets whose labels
are about a pair of candidates and often read oddly for one of them (about 70 findings on
holdout). This set is the project's own (``benchmarks/data/direction.jsonl``, written for
this benchmark, never from the evaluation data; a second set, ``direction-b.jsonl``, was
written apart by a session that saw neither postlint nor the first): realistic drafts that
plainly support or attack one party, politician or office, evenly across the parties of
the UK, the US and elsewhere, in many shapes (plain praise and attack, sarcasm, praise by
contrast, defence, grudging support, thanks, vote calls, calls to resign, emoji cues, hashtags,
questions).

Each draft is linted as a UK civil servant's personal post (task P's set-up). Per draft:

- ``right``: a ``partisan-endorsement`` or ``partisan-attack`` finding names the target
  (its message holds one of the row's ``target_words``) and every such finding goes the
  row's way;
- ``wrong``: a finding about the target goes the other way;
- ``unnamed``: some ``politics.*`` finding fires, none naming the target with a side;
- ``missed``: nothing fires.

``wrong_rate`` is wrong / (right + wrong), task P's wrong-direction rate on these drafts. The
figures are also given per region and per direction, so a side that is read worse than the
other shows. There is no dev/holdout split: the drafts are for measuring, never for tuning
a threshold.

    python benchmarks/evaluate.py --tasks R
    python benchmarks/task_r.py --errors         # the wrong and unnamed drafts, for reading
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _data import TRAINED_MODEL
from task_p import CONFIG

TITLE = "direction and target of political findings, the project's own drafts"
DRAFTS = Path(__file__).resolve().parent / "data" / "direction.jsonl"
#: A second set (``b``), written on 2026-12-05 by a helper session that saw neither postlint
#: nor the first set (``a``); its misreadings were read once it was measured, so it is no
#: blind set any more either.
SECOND_DRAFTS = DRAFTS.with_name("direction-b.jsonl")
_SIDED = re.compile(r"(Supports|Attacks) (.+?)(?: \(the quotation you endorse\))?: “")
OUTCOMES = ("right", "wrong", "unnamed", "missed")


def drafts() -> list[dict[str, Any]]:
    rows = []
    for name, path in (("a", DRAFTS), ("b", SECOND_DRAFTS)):
        if path.is_file():
            with path.open(encoding="utf-8") as handle:
                rows += [{**json.loads(line), "set": name} for line in handle if line.strip()]
    return rows


def outcome(row: dict[str, Any], messages: list[str]) -> str:
    """``right``, ``wrong``, ``unnamed`` or ``missed`` for one draft's politics messages."""
    if not messages:
        return "missed"
    ways = []
    for message in messages:
        match = _SIDED.match(message)
        if match and any(word in match.group(2).lower() for word in row["target_words"]):
            ways.append((match.group(1) == "Supports") == (row["direction"] == "support"))
    if not ways:
        return "unnamed"
    return "right" if all(ways) else "wrong"


def outcomes(model: str | None) -> list[tuple[dict[str, Any], str, list[str]]]:
    import postlint

    config = postlint.Config.model_validate({**CONFIG, "nlp": {"model": model}})
    rows = drafts()
    reports = postlint.Linter(config).check_many([row["text"] for row in rows])
    found = []
    for row, report in zip(rows, reports, strict=True):
        messages = [d.message for d in report.diagnostics if d.rule.startswith("politics.")]
        found.append((row, outcome(row, messages), messages))
    return found


def _figures(results: list[str]) -> dict[str, float | int]:
    counts = Counter(results)
    judged = counts["right"] + counts["wrong"]
    figures: dict[str, float | int] = {"n": len(results)}
    figures.update({name: counts[name] for name in OUTCOMES})
    figures["wrong_rate"] = round(counts["wrong"] / judged, 4) if judged else 0.0
    return figures


def evaluate(model: str | None) -> dict[str, dict[str, float | int]]:
    if not DRAFTS.is_file():
        return {"all": {"n": 0}}
    found = outcomes(model)
    figures = {"all": _figures([result for _, result, _ in found])}
    for key in ("set", "region", "direction"):
        for value in sorted({row[key] for row, _, _ in found}):
            chosen = [result for row, result, _ in found if row[key] == value]
            figures[f"{key}:{value}"] = _figures(chosen)
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Task R: figures, or the drafts read wrong.")
    parser.add_argument("--pipeline", choices=("blank", "trained"), default="blank")
    parser.add_argument("--errors", action="store_true", help="print wrong and unnamed drafts")
    args = parser.parse_args(argv)
    model = TRAINED_MODEL if args.pipeline == "trained" else None
    if not args.errors:
        for key, figures in evaluate(model).items():
            print(key, figures)
        return 0
    for row, result, messages in outcomes(model):
        if result in ("wrong", "unnamed"):
            label = f"{result.upper()} {row['direction']} {row['target']} ({row['kind']})"
            print(f"{label}: {row['text']}")
            for message in messages:
                print(f"      -> {message[:140]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
