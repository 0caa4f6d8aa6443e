"""A real ``postlint serve`` in a subprocess, and Debian's headless chromium, for the tests
of the page and for ``benchmarks/web_page.py``.

The server binds port 0 and prints its address, which is read back. Chromium is launched by
Playwright with ``executable_path``: Playwright never downloads a browser here.
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from playwright.sync_api import BrowserContext, Playwright

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
AXE = ROOT / "web" / "node_modules" / "axe-core" / "axe.min.js"
_ADDRESS = re.compile(r"postlint serve: (http://\S+?/)(#token=(\S+))? ")


@dataclass
class Server:
    url: str
    token: str | None
    process: subprocess.Popen[str]
    lines: list[str]

    def output(self) -> str:
        """What the server printed so far (stdout and stderr)."""
        return "".join(self.lines)


@contextmanager
def running_server(
    *args: str, cwd: Path | None = None, env: dict[str, str] | None = None, timeout: float = 60
) -> Iterator[Server]:
    """``postlint serve --no-browser --port 0 ARGS`` until the block ends."""
    process = subprocess.Popen(
        [sys.executable, "-u", "-m", "postlint", "serve", "--no-browser", "--port", "0", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        stdin=subprocess.DEVNULL,
        text=True,
        cwd=cwd,
        env={**os.environ, **(env or {})},
    )
    assert process.stdout is not None
    lines: list[str] = []
    deadline = time.monotonic() + timeout
    match = None
    while match is None:
        line = process.stdout.readline()
        if not line or time.monotonic() > deadline:
            process.kill()
            raise RuntimeError(f"postlint serve did not start: {''.join(lines)}")
        lines.append(line)
        match = _ADDRESS.search(line)
    server = Server(url=match.group(1), token=match.group(3), process=process, lines=lines)
    try:
        yield server
    finally:
        process.send_signal(signal.SIGINT)
        try:
            rest, _ = process.communicate(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            rest, _ = process.communicate()
        lines.append(rest)


@contextmanager
def chromium(playwright: Playwright, **context_options: object) -> Iterator[BrowserContext]:
    """Debian's chromium, headless, with a fresh profile folder removed afterwards."""
    profile = tempfile.mkdtemp(prefix="postlint-chromium-")
    context = playwright.chromium.launch_persistent_context(
        profile,
        executable_path=CHROMIUM,
        args=CHROMIUM_ARGS,
        headless=True,
        **context_options,  # type: ignore[arg-type]
    )
    try:
        yield context
    finally:
        context.close()
        shutil.rmtree(profile, ignore_errors=True)
