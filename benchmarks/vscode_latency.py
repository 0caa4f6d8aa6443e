"""Edit to squiggle in real VS Code (code-server), and where the time goes.

    python benchmarks/vscode_latency.py                  # 10 rounds, with the breakdown
    python benchmarks/vscode_latency.py --rounds 20 --no-trace --debounce-ms 150

One VS Code session with the built extension (``make vsix``): a partisan line is typed at
the end of a draft, 40 ms between keystrokes, and the time from the last keystroke to the
new error squiggle's paint is read in the page. Then the line is deleted and the next round
starts. Both times are the browser's own clock.

With the trace (code-server ``--log trace``, the default), the language client's log gives
each round's way through the extension host: keystroke to ``didChange`` sent, ``didChange``
to the diagnostic pull sent, the pull's round trip (the server's debounce, the lint, the
pipes), and the answer to the squiggle's paint. ``--no-trace`` measures without that logging.

Needs code-server and Chromium: run ``make test-vscode`` once (or this installs them, through
``tests/e2e/install_code_server.sh``). Figures: benchmarks/README.md.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from tests.e2e.vscode_session import (  # noqa: E402  (after the path is set)
    Breakdown,
    Installation,
    Workbench,
    breakdown,
    browser_page,
    code_server,
)

POST = (
    "The new timetable starts on Monday \U0001f686 with forty extra trains a day.\n\n"
    "Thanks to everyone who worked weekends to get it ready.\n"
)
TYPED = "\nPolls open at seven. #VoteLabour"  # only the last key makes the finding


def _installation() -> Installation:
    if "POSTLINT_CODE_SERVER" not in os.environ:
        script = REPO / "tests" / "e2e" / "install_code_server.sh"
        out = subprocess.run(
            ["bash", str(script), str(REPO / ".cache" / "vscode-e2e")],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        for line in out.splitlines():
            name, _, value = line.removeprefix("export ").partition("=")
            os.environ[name] = value
    return Installation.from_environment()


def run(rounds: int, trace: bool, debounce_ms: int | None) -> dict[str, object]:
    installation = _installation()
    settings: dict[str, object] = {"postlint.pythonPath": str(REPO / ".venv" / "bin" / "python")}
    if debounce_ms is not None:
        settings["postlint.debounceMs"] = debounce_ms
    with (
        tempfile.TemporaryDirectory(prefix="postlint-vscode-") as scratch,
        code_server(
            installation=installation,
            root=Path(scratch),
            vsix=REPO / "lsp" / "vscode" / "postlint.vsix",
            workspace_settings=settings,
            files={"post.md": POST},
            trace=trace,
        ) as server,
        browser_page(installation, Path(scratch) / "chromium-profile") as page,
    ):
        bench = Workbench(page, server)
        bench.load()
        bench.open_file("post.md")
        bench.show_problems()
        bench.type_and_time(TYPED, TYPED.strip())  # the first lint loads the pipeline: not counted
        bench.delete_typed(TYPED)
        bench.wait_for_problems(lambda found: not found, "a clean draft")
        timed: list[tuple[float, float]] = []
        for _ in range(rounds):
            timed.append(bench.type_and_time(TYPED, TYPED.strip()))
            bench.delete_typed(TYPED)
            bench.wait_for_problems(lambda found: not found, "a clean draft")
        log = server.client_log()
        parts = [breakdown(log, *t) for t in timed] if trace and log else []
    totals = [painted - key for key, painted in timed]
    return {"totals_ms": totals, "breakdowns": [vars(p) for p in parts if p is not None]}


def _row(name: str, values: list[float]) -> str:
    ordered = sorted(values)
    return (
        f"{name:<34} median {statistics.median(values):6.0f}   "
        f"min {ordered[0]:6.0f}   max {ordered[-1]:6.0f}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=10)
    parser.add_argument("--no-trace", dest="trace", action="store_false")
    parser.add_argument("--debounce-ms", type=int, default=None, help="postlint.debounceMs")
    parser.add_argument("--json", type=Path, default=None, help="also write the figures here")
    args = parser.parse_args()
    results = run(args.rounds, args.trace, args.debounce_ms)
    totals = results["totals_ms"]
    assert isinstance(totals, list)
    print(f"edit -> squiggle in VS Code, {len(totals)} rounds (ms)")
    print(_row("last keystroke -> squiggle painted", totals))
    parts = results["breakdowns"]
    assert isinstance(parts, list)
    if parts:
        for field in Breakdown.__dataclass_fields__:
            if field != "total":
                print(_row(f"  {field}", [p[field] for p in parts]))
    if args.json:
        args.json.write_text(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
