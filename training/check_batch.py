"""Validate one corpus batch file and print its balance: python training/check_batch.py FILE."""

from __future__ import annotations

import collections
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import problems, schema_for


def main(path: Path) -> int:
    found = problems(path)
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    for problem in found[:50]:
        print(problem)
    print(f"{len(rows)} rows, {len(found)} problems")
    for field in [*schema_for(path), "kind"]:
        counter = collections.Counter(row.get(field) for row in rows)
        print(f"  {field}: {dict(counter.most_common(12))}")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
