"""The evaluation data is for evaluation only: no tracked file may quote it.

Every aligned 40-character stretch of every text in ``../shared/data`` (white space folded)
is looked for in every file git tracks, so a quote of 80 characters or more is always
caught. Without the data folder there is nothing to compare with.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"
WINDOW = 40
# Licence boilerplate that also appears in video descriptions ("for informational purposes only").
NOT_CHECKED = {"LICENSE"}


def _fold(text: str) -> str:
    return " ".join(text.split())


def _data_windows() -> set[str]:
    windows: set[str] = set()
    for path in sorted(DATA.glob("*.jsonl")):
        # Not splitlines(): texts hold U+2028, which it would also break on.
        for line in path.read_text(encoding="utf-8").split("\n"):
            if not line.strip():
                continue
            row = json.loads(line)
            for field in ("text", "bio", "title"):
                value = _fold(str(row.get(field) or ""))
                for start in range(0, max(0, len(value) - WINDOW), WINDOW):
                    windows.add(value[start : start + WINDOW])
    return windows


@pytest.mark.skipif(not DATA.is_dir(), reason="no evaluation data beside the project")
def test_no_tracked_file_quotes_the_evaluation_data() -> None:
    windows = _data_windows()
    assert windows
    tracked = subprocess.run(
        ["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.split()
    quoted: list[str] = []
    for name in tracked:
        path = ROOT / name
        if name in NOT_CHECKED or not path.is_file() or path.stat().st_size > 2_000_000:
            continue
        try:
            content = _fold(path.read_text(encoding="utf-8"))
        except UnicodeDecodeError:
            continue  # binary files (compressed tables) hold no prose
        for start in range(len(content) - WINDOW + 1):
            if content[start : start + WINDOW] in windows:
                quoted.append(f"{name}: {content[start : start + WINDOW]!r}")
                break
    assert not quoted, "tracked files quote the evaluation data:\n" + "\n".join(quoted)
