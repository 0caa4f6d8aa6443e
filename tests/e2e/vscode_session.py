"""Real VS Code (code-server) with the built extension, driven in Debian's Chromium.

Used by ``tests/e2e/test_vscode.py`` (``make test-vscode``) and
``benchmarks/vscode_latency.py``. ``tests/e2e/install_code_server.sh`` installs code-server,
Node 24 and Chromium; the paths arrive in environment variables, and a missing piece is an
error, never a skip. Everything binds to 127.0.0.1 and nothing is fetched at run time: the
browser is Debian's, never one Playwright downloads.

The recipe, measured: ``../shared/VSCODE-E2E.md``.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from playwright.sync_api import Locator, Page, sync_playwright
from playwright.sync_api import TimeoutError as PlaywrightTimeout

REPO = Path(__file__).resolve().parents[2]
SQUIGGLES = ".squiggly-error, .squiggly-warning, .squiggly-info"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
START_S = 90.0
"""A guard, not a target: the first squiggle needs the extension host, the server and spaCy."""
STEP_S = 20.0

USER_SETTINGS = {
    "security.workspace.trust.enabled": False,
    "workbench.startupEditor": "none",
    "telemetry.telemetryLevel": "off",
    "workbench.tips.enabled": False,
    "workbench.secondarySideBar.defaultVisibility": "hidden",
    "chat.disableAIFeatures": True,
    "extensions.ignoreRecommendations": True,
    "extensions.autoCheckUpdates": False,
    "extensions.autoUpdate": False,
    "update.mode": "none",
    "editor.hover.delay": 200,
}


class SetupError(RuntimeError):
    """What the e2e run needs is not there: make test-vscode installs it."""


@dataclass(frozen=True)
class Installation:
    code_server: Path
    node_bin: Path
    chromium: Path

    @classmethod
    def from_environment(cls) -> Installation:
        """Paths from ``make test-vscode``; an error naming what is missing otherwise."""
        code_server = os.environ.get("POSTLINT_CODE_SERVER", "")
        node_bin = os.environ.get("POSTLINT_NODE_BIN", "")
        chromium = shutil.which("chromium") or ""
        missing = [
            name
            for name, value in (
                ("POSTLINT_CODE_SERVER", code_server),
                ("POSTLINT_NODE_BIN", node_bin),
                ("chromium on PATH", chromium),
            )
            if not value or not Path(value).exists()
        ]
        if missing:
            raise SetupError(
                f"cannot run VS Code here: {', '.join(missing)} missing "
                "(run `make test-vscode`, which installs code-server and Chromium)"
            )
        return cls(Path(code_server), Path(node_bin), Path(chromium))


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass
class CodeServer:
    """One code-server with the .vsix installed, a user-data folder and a workspace."""

    installation: Installation
    root: Path
    vsix: Path
    workspace_settings: dict[str, Any]
    files: dict[str, str]
    trace: bool = False
    """``--log trace``: the language client logs every message with millisecond times."""
    port: int = field(default_factory=_free_port)
    process: subprocess.Popen[bytes] | None = None

    @property
    def user_data(self) -> Path:
        return self.root / "user-data"

    @property
    def workspace(self) -> Path:
        return self.root / "workspace"

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/?folder={self.workspace}"

    def _env(self) -> dict[str, str]:
        return {
            **os.environ,
            "PATH": f"{self.installation.node_bin}{os.pathsep}{os.environ['PATH']}",
        }

    def _command(self, *args: str) -> list[str]:
        return [
            str(self.installation.code_server),
            "--user-data-dir",
            str(self.user_data),
            "--extensions-dir",
            str(self.root / "extensions"),
            *args,
        ]

    def prepare(self) -> None:
        (self.user_data / "User").mkdir(parents=True, exist_ok=True)
        (self.user_data / "User" / "settings.json").write_text(json.dumps(USER_SETTINGS))
        for name, text in self.files.items():
            path = self.workspace / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
        self.write_workspace_settings(self.workspace_settings)
        installed = subprocess.run(
            self._command("--install-extension", str(self.vsix)),
            env=self._env(),
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        if installed.returncode != 0 or "successfully installed" not in installed.stdout:
            raise SetupError(f"installing {self.vsix} failed: {installed.stdout}{installed.stderr}")

    def write_workspace_settings(self, settings: dict[str, Any]) -> None:
        path = self.workspace / ".vscode" / "settings.json"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(settings, indent=2))

    def start(self) -> None:
        log = (self.root / "code-server.log").open("wb")
        trace = ["--log", "trace"] if self.trace else []
        self.process = subprocess.Popen(
            self._command(
                "--auth",
                "none",
                "--bind-addr",
                f"127.0.0.1:{self.port}",
                "--disable-telemetry",
                "--disable-workspace-trust",
                *trace,
                str(self.workspace),
            ),
            env=self._env(),
            stdout=log,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            # Its own process group: the extension host, postlint lsp and its worker go
            # with it when the session ends.
            start_new_session=True,
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise SetupError(f"code-server exited: see {self.root / 'code-server.log'}")
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{self.port}/healthz", timeout=2):
                    return
            except (urllib.error.URLError, OSError):
                time.sleep(0.2)
        raise SetupError("code-server did not answer within 60 s")

    def stop(self) -> None:
        if self.process is None or self.process.poll() is not None:
            return
        os.killpg(self.process.pid, signal.SIGTERM)
        try:
            self.process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(timeout=15)

    def client_log(self) -> Path | None:
        """The extension's output channel as a file (``postlint.postlint/postlint.log``)."""
        logs = sorted(self.user_data.glob("logs/*/exthost*/postlint.postlint/postlint.log"))
        return logs[-1] if logs else None


@contextmanager
def code_server(**kwargs: Any) -> Iterator[CodeServer]:
    server = CodeServer(**kwargs)
    server.prepare()
    try:
        server.start()
        yield server
    finally:
        server.stop()


@contextmanager
def browser_page(installation: Installation, profile: Path) -> Iterator[Page]:
    """Debian's Chromium, headless, with a fresh profile of its own."""
    with sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            str(profile),
            executable_path=str(installation.chromium),
            headless=True,
            args=CHROMIUM_ARGS,
            viewport={"width": 1400, "height": 900},
        )
        try:
            yield context.pages[0] if context.pages else context.new_page()
        finally:
            context.close()


# -- driving the workbench -------------------------------------------------------------


@dataclass(frozen=True)
class Problem:
    """One row of the Problems panel."""

    text: str

    @property
    def code(self) -> str:
        return next(
            (line for line in self.text.splitlines() if "." in line and " " not in line), ""
        )

    @property
    def line_and_column(self) -> tuple[int, int] | None:
        tail = self.text.rsplit("[Ln ", 1)
        if len(tail) != 2:
            return None
        line, column = tail[1].rstrip("]").split(", Col ")
        return int(line), int(column)


class Workbench:
    """The VS Code page: open files, read squiggles and panels, type, fix."""

    def __init__(self, page: Page, server: CodeServer) -> None:
        self.page = page
        self.server = server

    def load(self) -> None:
        self.page.goto(self.server.url)
        self.page.wait_for_selector(".monaco-workbench", timeout=START_S * 1000)

    def _quick_input(self, keys: str, text: str) -> None:
        """Open a quick-input box (Quick Open, Go to Line) and type once it is there."""
        self.page.keyboard.press(keys)
        self.page.locator(".quick-input-widget input").first.wait_for(timeout=STEP_S * 1000)
        self.page.keyboard.type(text)

    def open_file(self, name: str, attempts: int = 3) -> None:
        """Open ``name`` through Quick Open, and try again if its tab does not come up.

        A CI run pressed Enter while Quick Open was still filling its list, and VS Code
        opened nothing; clicking the matching row, and closing and reopening the box when
        that fails, does not depend on which row is selected at the time.
        """
        tab = self.page.locator(".tab.active", has_text=name)
        for attempt in range(1, attempts + 1):
            self._quick_input("Control+P", name)
            rows = self.page.locator(".quick-input-list .monaco-list-row", has_text=name)
            rows.first.wait_for(timeout=STEP_S * 1000)
            rows.first.click()
            try:
                tab.wait_for(timeout=STEP_S * 1000)
                return
            except PlaywrightTimeout:
                if attempt == attempts:
                    raise
                self.page.keyboard.press("Escape")

    def editor(self) -> Locator:
        return self.page.locator(".editor-instance .monaco-editor .view-lines").first

    def wait_for_squiggles(self, timeout_s: float = STEP_S) -> Locator:
        squiggles = self.page.locator(SQUIGGLES)
        squiggles.first.wait_for(timeout=timeout_s * 1000)
        return squiggles

    def show_problems(self) -> None:
        if not self.page.locator(".markers-panel").is_visible():
            self.page.keyboard.press("Control+Shift+M")
        self.page.locator(".markers-panel").wait_for(timeout=STEP_S * 1000)

    def problems(self) -> list[Problem]:
        rows = self.page.locator(".markers-panel .monaco-list-row").all_inner_texts()
        return [Problem(text) for text in rows if "[Ln " in text]

    def wait_for_problems(self, check: Any, what: str) -> list[Problem]:
        """Poll the Problems panel until ``check(problems)`` holds."""
        deadline = time.monotonic() + STEP_S
        while time.monotonic() < deadline:
            found = self.problems()
            if check(found):
                return found
            time.sleep(0.1)
        raise AssertionError(
            f"Problems panel: {what}; it shows {[p.text for p in self.problems()]}"
        )

    def hover(self, target: Locator) -> str:
        box = target.bounding_box()
        assert box is not None, "the squiggle is not on screen"
        self.page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
        hover = self.page.locator(".monaco-hover:not(.hidden) .hover-contents").last
        hover.wait_for(timeout=STEP_S * 1000)
        self.page.wait_for_function(
            "() => [...document.querySelectorAll('.monaco-hover .hover-contents')]"
            ".some(e => e.innerText.includes('Why it matters'))",
            timeout=STEP_S * 1000,
        )
        text = "\n".join(self.page.locator(".monaco-hover .hover-contents").all_inner_texts())
        self.page.mouse.move(1, 1)
        self.page.keyboard.press("Escape")
        return text

    def go_to(self, line: int, column: int) -> None:
        self.editor().click()
        self._quick_input("Control+G", f"{line}:{column}")
        self.page.keyboard.press("Enter")
        # The status bar shows the cursor once the box has closed and the editor has focus.
        where = self.page.locator(".statusbar-item", has_text=f"Ln {line}, Col {column}")
        where.first.wait_for(timeout=STEP_S * 1000)

    def quick_fix(self, line: int, column: int, title: str) -> list[str]:
        """Apply the quick fix titled ``title`` at ``line:column``; all titles offered."""
        self.go_to(line, column)
        rows = self.page.locator(".action-widget .monaco-list-row.action")
        # Ctrl+. pressed while VS Code is still asking for the code actions can open nothing
        # (seen once in a clean-clone run): ask again, a few times.
        for _ in range(4):
            self.page.keyboard.press("Control+.")
            try:
                rows.first.wait_for(timeout=5000)
                break
            except PlaywrightTimeout:
                continue
        rows.first.wait_for(timeout=STEP_S * 1000)
        titles = rows.all_inner_texts()
        rows.filter(has_text=title).first.click()
        return titles

    def type_and_time(self, text: str, finding: str) -> tuple[float, float]:
        """Type ``text`` at the end of the document; (last keystroke, paint of an error
        squiggle that starts under ``finding``), epoch milliseconds on the page's clock.

        Counting squiggles is not enough: a finding that runs to the end of the post (a
        length limit) grows onto the typed line before the last keystroke.
        """
        self.page.evaluate(_WATCH_SQUIGGLE, finding)
        self.editor().click()
        self.page.keyboard.press("Control+End")
        self.page.keyboard.type(text, delay=40)
        self.page.wait_for_function(
            "() => window.__postlintWatch.painted > 0", timeout=STEP_S * 1000
        )
        seen = self.page.evaluate("() => window.__postlintWatch")
        return float(seen["lastKey"]), float(seen["painted"])

    def delete_typed(self, text: str) -> None:
        """Backspace over ``text`` just typed (undo would take it back a word at a time)."""
        for _ in text:
            self.page.keyboard.press("Backspace")


# Times in the page, so browser and process clocks never mix for the headline figure; epoch
# milliseconds (timeOrigin + now) so they line up with the extension's log for a breakdown.
# The finding's squiggle: an error squiggle on the line showing ``finding`` whose left edge is
# that text's (VS Code draws each decoration as its own element, over the line).
_WATCH_SQUIGGLE = """(finding) => {
  const now = () => performance.timeOrigin + performance.now();
  const watch = window.__postlintWatch = { lastKey: 0, painted: 0, finding };
  const found = () => {
    for (const line of document.querySelectorAll('.view-line')) {
      const at = line.textContent.replace(/\\u00a0/g, ' ').indexOf(watch.finding);
      if (at < 0) continue;
      const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
      let seen = 0, node, left = null;
      while ((node = walker.nextNode())) {
        const length = node.textContent.length;
        if (seen + length > at) {
          const range = document.createRange();
          range.setStart(node, at - seen);
          range.setEnd(node, at - seen + 1);
          left = range.getBoundingClientRect().left;
          break;
        }
        seen += length;
      }
      const box = line.getBoundingClientRect();
      for (const squiggle of document.querySelectorAll('.squiggly-error')) {
        const s = squiggle.getBoundingClientRect();
        if (left !== null && Math.abs(s.left - left) < 3 && Math.abs(s.top - box.top) < 3) {
          return true;
        }
      }
    }
    return false;
  };
  if (!window.__postlintObserved) {
    window.__postlintObserved = true;
    document.addEventListener('keydown', () => { window.__postlintWatch.lastKey = now(); }, true);
    new MutationObserver(() => {
      const w = window.__postlintWatch;
      if (w.lastKey && !w.painted && w.finding && found()) w.painted = now();
    }).observe(document.body, { subtree: true, childList: true, attributes: true,
                                attributeFilter: ['class', 'style'] });
  }
}"""


# -- the client's trace, for where the time goes ---------------------------------------


@dataclass(frozen=True)
class Breakdown:
    """One edit's way from the keystroke to the squiggle, in milliseconds."""

    total: float
    to_did_change: float
    """Keystroke to ``didChange`` leaving the extension host (the client's change delay)."""
    to_pull: float
    """``didChange`` sent to the diagnostic pull sent."""
    pull: float
    """The pull's round trip: the server's debounce, the lint, the pipes."""
    to_paint: float
    """The response received to the squiggle painted in the browser."""


def _log_time(line: str) -> float:
    stamp = datetime.strptime(line[:23], "%Y-%m-%d %H:%M:%S.%f").astimezone()
    return stamp.timestamp() * 1000


def breakdown(log: Path, key_ms: float, painted_ms: float) -> Breakdown | None:
    """Where one edit's time went, from the language client's trace (``--log trace``)."""
    events: list[tuple[float, str]] = []
    for line in log.read_text(encoding="utf-8", errors="replace").splitlines():
        if "[trace] Sending notification 'textDocument/didChange'" in line:
            events.append((_log_time(line), "change"))
        elif "[trace] Sending request 'textDocument/diagnostic" in line:
            events.append((_log_time(line), "pull " + line.rsplit("(", 1)[-1].split(")")[0]))
        elif "[trace] Received response 'textDocument/diagnostic" in line:
            events.append((_log_time(line), "answer " + line.rsplit("(", 1)[-1].split(")")[0]))
    changes = [t for t, kind in events if kind == "change" and key_ms <= t <= painted_ms]
    if not changes:
        return None
    change = changes[-1]
    pull = next(
        ((t, kind[5:]) for t, kind in events if kind.startswith("pull ") and t >= change), None
    )
    if pull is None:
        return None
    answer = next((t for t, kind in events if kind == f"answer {pull[1]}"), None)
    if answer is None:
        return None
    return Breakdown(
        total=painted_ms - key_ms,
        to_did_change=change - key_ms,
        to_pull=pull[0] - change,
        pull=answer - pull[0],
        to_paint=painted_ms - answer,
    )
