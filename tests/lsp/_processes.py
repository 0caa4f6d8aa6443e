"""Processes seen through /proc (Linux): descendants, liveness, command lines."""

from __future__ import annotations

import ctypes
import os
import time
from pathlib import Path

_PR_SET_CHILD_SUBREAPER = 36


def become_subreaper() -> None:
    """Orphaned descendants are re-parented to this process instead of to init."""
    libc = ctypes.CDLL(None, use_errno=True)
    if libc.prctl(_PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0) != 0:
        raise OSError(ctypes.get_errno(), "prctl(PR_SET_CHILD_SUBREAPER) failed")


def descendants(pid: int) -> list[int]:
    """Every process below ``pid``, zombies included."""
    found: list[int] = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            children = (task / "children").read_text().split()
        except OSError:
            continue
        for child in map(int, children):
            found.extend([child, *descendants(child)])
    return found


def is_alive(pid: int) -> bool:
    """Running or sleeping: a zombie has exited and only waits to be reaped."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state != "Z"


def live_descendants(pid: int) -> list[int]:
    return [child for child in descendants(pid) if is_alive(child)]


def command_line(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode().strip()
    except OSError:
        return "(gone)"


def assert_none_left(grace_s: float, already: frozenset[int] = frozenset()) -> None:
    """Every live descendant of this process, but those ``already`` running before (another
    test module's, such as a shared Spark session), is gone within ``grace_s``, or fail
    naming them."""
    deadline = time.monotonic() + grace_s

    def left_now() -> list[int]:
        return [pid for pid in live_descendants(os.getpid()) if pid not in already]

    while (left := left_now()) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not left, "processes left behind: " + "; ".join(
        f"{pid} {command_line(pid)}" for pid in left
    )
