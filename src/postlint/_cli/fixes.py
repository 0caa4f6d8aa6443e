"""``postlint check --fix``: the findings' edits applied to the drafts, as an editor would.

Only safe edits (``Fix.safe``: they keep what the post says, such as capitals in a hashtag)
unless ``--unsafe-fixes`` (edits that add words in the author's name, such as a disclosure
line). Where two edits overlap, the first by position is applied and the other waits for the
next run. A file is replaced whole, through a temporary file beside it, so that an
interrupted run never leaves half a draft.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

from postlint import Diagnostic, Fix

__all__ = ["apply_fixes", "write_atomically"]


def apply_fixes(text: str, diagnostics: Iterable[Diagnostic], *, unsafe: bool) -> tuple[str, int]:
    """``text`` with the findings' first edit each applied, and how many were applied."""
    chosen: list[Fix] = []
    for diagnostic in diagnostics:
        fix = next((f for f in diagnostic.fixes if f.safe or unsafe), None)
        if fix is not None and 0 <= fix.start <= fix.end <= len(text):
            chosen.append(fix)
    applied: list[Fix] = []
    reach = -1
    for fix in sorted(chosen, key=lambda f: (f.start, f.end)):
        if fix.start < reach or (fix.start == reach and applied and applied[-1].start == fix.start):
            continue  # overlaps an edit already taken: the next run applies it
        applied.append(fix)
        reach = max(reach, fix.end)
    for fix in reversed(applied):
        text = text[: fix.start] + fix.replacement + text[fix.end :]
    return text, len(applied)


def write_atomically(path: Path, text: str) -> None:
    """Replace ``path`` with ``text`` (UTF-8), keeping its permissions."""
    mode = path.stat().st_mode
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as stream:
            stream.write(text)
        Path(temporary).chmod(mode)
        Path(temporary).replace(path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
