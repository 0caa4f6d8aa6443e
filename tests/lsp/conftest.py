"""Every language-server test module leaves no process behind.

The pytest process makes itself a child subreaper (Linux), so a process orphaned by a test,
such as a lint worker whose server was killed, is re-parented to pytest rather than to init,
where it could no longer be seen. After each module, every live descendant must be gone
within a grace period; zombies have exited and do not count.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator

import pytest

from tests.lsp._processes import assert_none_left, become_subreaper, live_descendants

GRACE_S = 15.0
"""Long enough for a worker whose server was killed to exit, on a loaded machine."""


@pytest.fixture(scope="session", autouse=True)
def _subreaper() -> None:
    if not sys.platform.startswith("linux"):
        pytest.fail("the language-server tests look for left-over processes in /proc")
    become_subreaper()


@pytest.fixture(scope="module", autouse=True)
def no_process_left_behind(_subreaper: None) -> Iterator[None]:
    already = frozenset(live_descendants(os.getpid()))
    yield
    assert_none_left(GRACE_S, already)
