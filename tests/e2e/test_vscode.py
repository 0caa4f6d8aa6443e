"""The extension in real VS Code: code-server from the npm registry, Debian's Chromium.

One session (VS Code starts once; it takes most of the time) checks, in order: live
squiggles at the right UTF-16 columns after emoji, the Problems panel, the hover's text, an
HTML draft, a settings change that the server picks up, a quick fix that clears its finding,
and new squiggles while typing, whose times are written out (reported, not asserted beyond a
sanity bound). A screenshot (``vscode.png``), the timings (``latency.json``) and the logs are
kept in ``test-artefacts/vscode/``.

``make test-vscode`` installs code-server and Chromium and runs this; ``make test`` runs that.
"""

from __future__ import annotations

import json
import shutil
import statistics
from pathlib import Path

import pytest

from tests.e2e.vscode_session import (
    REPO,
    START_S,
    CodeServer,
    Installation,
    Problem,
    Workbench,
    breakdown,
    browser_page,
    code_server,
)
from tests.lsp._processes import assert_none_left, become_subreaper

pytestmark = pytest.mark.vscode

ARTEFACTS = REPO / "test-artefacts" / "vscode"
VSIX = REPO / "lsp" / "vscode" / "postlint.vsix"
LONG_LINE = (
    "Really proud of my team for getting our new cycling guidance out. It took two years of "
    "work with councils, cycling groups and road safety charities across the country, and it "
    "sets out clear, practical advice on protected lanes, junction design, cycle parking at "
    "stations and safer routes to school for every local authority."
)
EMOJI_LINE = "\U0001f389\U0001f389 Big day. Tories have wrecked this country."
POST = f"{LONG_LINE}\n\n{EMOJI_LINE}\n"
CONFIG = '[author]\nrole = "policy adviser"\norganisation = "Department for Transport"\n'
HTML = "<!doctype html>\n<p>Polls close at ten. <b>Vote Labour</b> on Thursday!</p>\n"
# Typed a key at a time: only the last key makes the finding (the listed campaign tag is
# complete), whose evidence is the whole line (the tag joins the short sentence before it).
TYPED = "\nPolls open at seven. #VoteLabour"
TYPING_ROUNDS = 3


def _codes(problems: list[Problem]) -> list[str]:
    return sorted(p.code for p in problems)


def test_the_extension_in_real_vscode(tmp_path: Path) -> None:
    installation = Installation.from_environment()
    assert VSIX.is_file(), "build it first: make vsix"
    # Whatever the session starts (code-server, its extension host, postlint lsp and its
    # worker, Chromium) is re-parented to pytest if orphaned, and must be gone at the end.
    become_subreaper()
    # ${workspaceFolder} in postlint.pythonPath is expanded: the venv is reached through a
    # link beside the workspace (inside it, VS Code's file search would crawl the venv).
    (tmp_path / "venv").symlink_to(REPO / ".venv")
    if ARTEFACTS.exists():
        shutil.rmtree(ARTEFACTS)
    ARTEFACTS.mkdir(parents=True)
    settings: dict[str, object] = {"postlint.pythonPath": "${workspaceFolder}/../venv/bin/python"}
    with (
        code_server(
            installation=installation,
            root=tmp_path,
            vsix=VSIX,
            workspace_settings=settings,
            files={"post.md": POST, ".postlint.toml": CONFIG, "page.html": HTML},
            trace=True,
        ) as server,
        browser_page(installation, tmp_path / "chromium-profile") as page,
    ):
        bench = Workbench(page, server)
        try:
            _session(bench, server, settings)
        finally:
            page.screenshot(path=str(ARTEFACTS / "last.png"))
            log = server.client_log()
            if log is not None:
                shutil.copy(log, ARTEFACTS / "postlint-client.log")
            shutil.copy(tmp_path / "code-server.log", ARTEFACTS / "code-server.log")
    assert_none_left(grace_s=15)


def _session(bench: Workbench, server: CodeServer, settings: dict[str, object]) -> None:
    bench.load()
    bench.open_file("post.md")
    squiggles = bench.wait_for_squiggles(timeout_s=START_S)
    assert squiggles.count() >= 2

    # The Problems panel: both findings, each where VS Code (UTF-16) puts it.
    bench.show_problems()
    problems = bench.wait_for_problems(
        lambda found: _codes(found) == ["disclosure.missing", "politics.partisan-attack"],
        "a disclosure and a partisan-attack finding",
    )
    positions = {p.code: p.line_and_column for p in problems}
    # Two emoji are two UTF-16 units each: "Tories" starts two UTF-16 columns further on.
    assert positions["politics.partisan-attack"] == (3, EMOJI_LINE.index("Tories") + 2 + 1)
    assert positions["disclosure.missing"] == (1, LONG_LINE.index("my team") + 1)
    assert all("postlint" in p.text for p in problems)

    # Hover on the error squiggle: the finding, why it matters and the rule it rests on.
    hover = bench.hover(bench.page.locator(".squiggly-error").first)
    assert "politics.partisan-attack" in hover
    assert "Why it matters" in hover and "Civil Service Code" in hover

    # A settings change reaches the server: with platform x, the long post is too long.
    server.write_workspace_settings({**settings, "postlint.platform": "x"})
    bench.wait_for_problems(
        lambda found: "platform.too-long" in _codes(found), "platform.too-long after the change"
    )
    server.write_workspace_settings(settings)
    bench.wait_for_problems(
        lambda found: "platform.too-long" not in _codes(found), "no length limit once unset"
    )

    # A quick fix that clears its finding: the disclosure line from .postlint.toml's author.
    titles = bench.quick_fix(1, LONG_LINE.index("my team") + 2, "Add a disclosure line")
    assert any(t.startswith("Suppress disclosure.missing") for t in titles), titles
    bench.wait_for_problems(
        lambda found: (
            "disclosure.missing" not in _codes(found)
            and "politics.partisan-attack" in _codes(found)
        ),
        "disclosure.missing cleared by its quick fix, the other findings still there",
    )
    # The editor renders spaces as no-break spaces.
    shown = [t.replace("\xa0", " ") for t in bench.page.locator(".view-line").all_inner_texts()]
    assert any(
        t.startswith("I work at the Department for Transport as a policy adviser") for t in shown
    )

    # New squiggles while typing, timed from the last keystroke to the squiggle's paint.
    rounds = []
    for number in range(TYPING_ROUNDS):
        key_ms, painted_ms = bench.type_and_time(TYPED, TYPED.strip())
        rounds.append((key_ms, painted_ms))
        bench.wait_for_problems(
            lambda found: "politics.partisan-endorsement" in _codes(found), "the typed finding"
        )
        if number == 0:
            bench.page.screenshot(path=str(ARTEFACTS / "vscode.png"))
        bench.delete_typed(TYPED)
        bench.wait_for_problems(
            lambda found: "politics.partisan-endorsement" not in _codes(found),
            "the typed finding gone with its text",
        )
    latencies = [painted - key for key, painted in rounds]
    log = server.client_log()
    assert log is not None, "the extension's output channel has no log file"
    parts = [breakdown(log, key, painted) for key, painted in rounds]
    report = {
        "edit_to_squiggle_ms": [round(v, 1) for v in latencies],
        "median_ms": round(statistics.median(latencies), 1),
        "breakdown_ms": [
            None if b is None else {k: round(v, 1) for k, v in vars(b).items()} for b in parts
        ],
    }
    (ARTEFACTS / "latency.json").write_text(json.dumps(report, indent=2))
    print(f"\nedit -> squiggle in VS Code: {report}")
    assert all(0 < v < 10_000 for v in latencies), latencies  # a sanity bound, not a target

    # An HTML draft is linted too (markup-aware: the tags are not prose).
    bench.open_file("page.html")
    bench.wait_for_problems(
        lambda found: any(
            p.code == "politics.partisan-endorsement" and p.line_and_column == (2, 27)
            for p in found
        ),
        "the HTML draft's finding at line 2, column 27",
    )
