"""Every finding postlint makes on every text of the data folder, written to one file.

    python benchmarks/findings_snapshot.py --pipeline blank --out /tmp/findings-before.jsonl
    ... change a checker ...
    python benchmarks/findings_snapshot.py --pipeline blank --out /tmp/findings-after.jsonl
    cmp /tmp/findings-before.jsonl /tmp/findings-after.jsonl

For speed work that must not change behaviour: one line per text (its index in the order
``speed.load_texts`` reads them, and each diagnostic's rule, start, end, severity,
confidence, message and fixes, suppressed ones too), with the config ``speed.py`` measures
(every family of the uk-civil-service profile runs). The texts stay in memory: the output
holds offsets and messages only, and must go outside the repository (``/tmp``).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _data import PROJECT_ROOT
from speed import _trained_model_name, benchmark_config, load_texts


def _finding(diagnostic: Any) -> dict[str, Any]:
    return {
        "rule": diagnostic.rule,
        "start": diagnostic.start,
        "end": diagnostic.end,
        "severity": str(diagnostic.severity),
        "confidence": diagnostic.confidence,
        "message": diagnostic.message,
        "fixes": [fix.model_dump() for fix in diagnostic.fixes],
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pipeline", choices=["blank", "trained"], default="blank")
    parser.add_argument("--out", type=Path, required=True, help="a path outside the repository")
    args = parser.parse_args(argv)
    if args.out.resolve().is_relative_to(PROJECT_ROOT.resolve()):
        parser.error(
            "--out must lie outside the repository: the findings quote no texts, "
            "but the snapshot is a scratch file"
        )
    texts = load_texts()
    if not texts:
        print("evaluation data (../shared/data) not found: nothing to snapshot")
        return 0

    from postlint import Config, Linter

    model = _trained_model_name() if args.pipeline == "trained" else None
    linter = Linter(Config.model_validate(benchmark_config(model)))
    total = 0
    with args.out.open("w", encoding="utf-8") as handle:
        for index, report in enumerate(linter.check_many(texts)):
            diagnostics = [_finding(d) for d in report.diagnostics]
            suppressed = [_finding(s.diagnostic) for s in report.suppressed]
            record = {"text": index, "diagnostics": diagnostics, "suppressed": suppressed}
            total += len(diagnostics)
            handle.write(json.dumps(record, sort_keys=True) + "\n")
    print(f"{len(texts)} texts, {total} findings ({args.pipeline}) -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
