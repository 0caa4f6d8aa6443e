"""The server's scheduling and actions in process, with a fake lint runner.

A real worker process is fast enough that a race between a lint and the next keystroke
cannot be staged from outside; here the fake runner holds a lint until the test lets it go.
"""

from __future__ import annotations

import asyncio

import pytest
from lsprotocol import types

import postlint
from postlint._markup import Markup
from postlint.lsp._worker import LintOutcome, RuleExplanation
from postlint.lsp.server import DocumentState, PostlintServer

URI = "untitled:draft-1"
PARTISAN = "politics.partisan-endorsement"
MISSING = "disclosure.missing"


def _finding(
    text: str, rule: str, evidence: str, fixes: tuple[postlint.Fix, ...] = ()
) -> postlint.Diagnostic:
    start = text.index(evidence)
    return postlint.Diagnostic(
        rule=rule,
        severity="error",
        message=f"{rule} fired",
        start=start,
        end=start + len(evidence),
        line=1,
        column=start + 1,
        end_line=1,
        end_column=start + len(evidence) + 1,
        evidence=evidence,
        confidence=1.0,
        guidance="Civil Service Code: be impartial.",
        link="https://example.org/code",
        fixes=fixes,
    )


def _fake_report(text: str) -> postlint.Report:
    diagnostics = []
    if "Labour" in text:
        fix = postlint.Fix(
            title="Remove “Vote”",
            start=text.index("Vote"),
            end=text.index("Labour"),
            replacement="",
        )
        diagnostics.append(_finding(text, PARTISAN, "Vote Labour", (fix,)))
    if "my team" in text:
        diagnostics.append(_finding(text, MISSING, "my team"))
    return postlint.Report(diagnostics=diagnostics, profile="uk-civil-service", pipeline="blank")


class FakeRunner:
    """Lints instantly, except texts containing ``hold`` wait for ``release``."""

    def __init__(self) -> None:
        self.release = asyncio.Event()
        self.started: list[str] = []

    async def __call__(self, text: str, config_json: str, markup: Markup) -> LintOutcome:
        self.started.append(text)
        if "hold" in text:
            await self.release.wait()
        return LintOutcome(
            report=_fake_report(text),
            explanations={
                PARTISAN: RuleExplanation(
                    "Partisan support.", "Impartiality matters.", "Leave it out."
                )
            },
        )


class RecordingServer(PostlintServer):
    def __init__(self, runner: FakeRunner) -> None:
        super().__init__(debounce_ms=0, runner=runner)
        self.published: list[tuple[int | None, list[types.Diagnostic]]] = []
        self.settings_ready.set()

    def publish(self, state: DocumentState) -> None:
        self.published.append((state.version, self.lsp_diagnostics(state)))

    def log(self, message: str, kind: types.MessageType = types.MessageType.Info) -> None:
        pass  # no client connected


async def _settle(server: PostlintServer) -> None:
    tasks = [s.task for s in server.documents.values() if s.task is not None]
    await asyncio.gather(*tasks, return_exceptions=True)


def _open(server: PostlintServer, text: str, uri: str = URI) -> DocumentState:
    state = DocumentState(uri, "markdown", 1, text)
    server.documents[uri] = state
    server.schedule(state, delay_s=0)
    return state


def _edit(server: PostlintServer, state: DocumentState, text: str, delay_s: float = 0) -> None:
    state.text, state.version = text, (state.version or 0) + 1
    state.generation += 1
    server.schedule(state, delay_s=delay_s)


async def _until(condition: object) -> None:
    for _ in range(500):
        if callable(condition) and condition():
            return
        await asyncio.sleep(0.001)
    raise AssertionError("condition never held")


async def test_a_lint_overtaken_by_an_edit_is_never_published() -> None:
    runner = FakeRunner()
    server = RecordingServer(runner)
    state = _open(server, "hold on: Vote Labour")
    await _until(lambda: runner.started)
    _edit(server, state, "The timetable changes.")  # version 2 while version 1 is linting
    await _settle(server)
    runner.release.set()
    await asyncio.sleep(0.01)
    assert server.published == [(2, [])]


async def test_debounce_lints_only_the_last_of_quick_edits() -> None:
    runner = FakeRunner()
    server = RecordingServer(runner)
    state = _open(server, "Draft")
    await _settle(server)
    for text in ("Draft V", "Draft Vo", "Draft Vote Labour"):
        _edit(server, state, text, delay_s=0.05)
    await _settle(server)
    assert runner.started == ["Draft", "Draft Vote Labour"]
    assert [version for version, _ in server.published] == [1, 4]


async def test_pull_waits_for_the_current_version_and_reports_unchanged() -> None:
    runner = FakeRunner()
    server = RecordingServer(runner)
    server.uses_pull = True
    state = _open(server, "hold: Vote Labour")
    pending = asyncio.ensure_future(server.pull(URI, None))
    await asyncio.sleep(0.01)
    assert not pending.done()
    runner.release.set()
    report = await pending
    assert isinstance(report, types.RelatedFullDocumentDiagnosticReport)
    assert [d.code for d in report.items] == [PARTISAN]
    assert server.published == []  # pull clients never get pushes too
    again = await server.pull(URI, report.result_id)
    assert isinstance(again, types.RelatedUnchangedDocumentDiagnosticReport)
    _edit(server, state, "hold: The timetable.")
    runner.release.set()
    fresh = await server.pull(URI, report.result_id)
    assert isinstance(fresh, types.RelatedFullDocumentDiagnosticReport) and fresh.items == []


def _actions(
    server: PostlintServer,
    state: DocumentState,
    diagnostics: list[types.Diagnostic],
    at: types.Range,
) -> dict[str, types.CodeAction]:
    params = types.CodeActionParams(
        text_document=types.TextDocumentIdentifier(uri=state.uri),
        range=at,
        context=types.CodeActionContext(diagnostics=diagnostics),
    )
    return {action.title: action for action in server.code_actions(state, params)}


def _apply(text: str, action: types.CodeAction, server: PostlintServer) -> str:
    from postlint.lsp.convert import DocumentPositions

    assert action.edit is not None and action.edit.changes is not None
    [edits] = action.edit.changes.values()
    positions = DocumentPositions(text, server.encoding)
    for edit in sorted(
        edits, key=lambda e: (e.range.start.line, e.range.start.character), reverse=True
    ):
        start, end = positions.offset(edit.range.start), positions.offset(edit.range.end)
        text = text[:start] + edit.new_text + text[end:]
    return text


async def test_code_actions_fix_disclose_and_suppress_using_true_offsets() -> None:
    runner = FakeRunner()
    server = RecordingServer(runner)
    server.encoding = types.PositionEncodingKind.Utf8
    server.apply_settings({"author": {"role": "economist", "organisation": "HM Treasury"}})
    text = "\U0001f389 Vote Labour, says my team"
    state = _open(server, text)
    await _settle(server)
    [(_, diagnostics)] = server.published
    # Neovim echoes byte columns whatever the encoding: a nonsense range, true data.
    nonsense = types.Range(
        start=types.Position(line=0, character=0), end=types.Position(line=0, character=1)
    )
    actions = _actions(server, state, diagnostics, nonsense)
    assert set(actions) == {
        "Remove “Vote”",
        "Add a disclosure line: “I work at HM Treasury as an economist; views my own.”",
        f"Suppress {PARTISAN} on this line (give a reason)",
        f"Suppress {MISSING} on this line (give a reason)",
    }
    assert _apply(text, actions["Remove “Vote”"], server) == "\U0001f389 Labour, says my team"
    disclose = actions[
        "Add a disclosure line: “I work at HM Treasury as an economist; views my own.”"
    ]
    assert _apply(text, disclose, server) == (
        "I work at HM Treasury as an economist; views my own.\n" + text
    )
    suppress = actions[f"Suppress {PARTISAN} on this line (give a reason)"]
    assert _apply(text, suppress, server).startswith(
        f"<!-- postlint-disable-next-line {PARTISAN}: "
    )


async def test_code_actions_for_an_outdated_diagnostic_offer_nothing() -> None:
    runner = FakeRunner()
    server = RecordingServer(runner)
    state = _open(server, "Vote Labour now")
    await _settle(server)
    [(_, old)] = server.published
    _edit(server, state, "Labour Vote now")  # same rule could fire elsewhere; v1 data is stale
    await _settle(server)
    assert _actions(server, state, old, old[0].range) == {}


async def test_code_actions_fall_back_to_the_range_when_data_is_dropped() -> None:
    runner = FakeRunner()
    server = RecordingServer(runner)
    state = _open(server, "Vote Labour")
    await _settle(server)
    at = types.Range(
        start=types.Position(line=0, character=2), end=types.Position(line=0, character=2)
    )
    assert f"Suppress {PARTISAN} on this line (give a reason)" in _actions(server, state, [], at)


async def test_hover_shows_why_guidance_instead_and_link() -> None:
    server = RecordingServer(FakeRunner())
    state = _open(server, "\U0001f389\U0001f389 Vote Labour")
    await _settle(server)
    hover = server.hover(state, types.Position(line=0, character=6))  # UTF-16: inside "Vote"
    assert hover is not None and isinstance(hover.contents, types.MarkupContent)
    for expected in (
        "Impartiality matters.",
        "Civil Service Code",
        "Leave it out.",
        "https://example.org/code",
    ):
        assert expected in hover.contents.value
    assert hover.range == types.Range(
        start=types.Position(line=0, character=5), end=types.Position(line=0, character=16)
    )
    assert server.hover(state, types.Position(line=0, character=1)) is None


@pytest.mark.parametrize("raw", [None, 42, {"profile": 3}, {"postlint": "x"}])
async def test_bad_settings_never_stop_linting(raw: object) -> None:
    server = RecordingServer(FakeRunner())
    server.apply_settings(raw)
    _open(server, "Vote Labour")
    await _settle(server)
    assert [[d.code for d in diagnostics] for _, diagnostics in server.published] == [[PARTISAN]]


async def test_a_rules_own_disclosure_fix_is_not_offered_twice() -> None:
    runner = FakeRunner()
    server = RecordingServer(runner)
    server.apply_settings({"author": {"organisation": "HM Treasury"}})
    text = "Proud of my team"
    line = postlint.Fix(title="Add a disclosure line", start=0, end=0, replacement="I work…\n")
    report = postlint.Report(
        diagnostics=[_finding(text, MISSING, "my team", (line,))],
        profile="uk-civil-service",
        pipeline="blank",
    )

    async def with_fix(text: str, config_json: str, markup: Markup) -> LintOutcome:
        return LintOutcome(report=report)

    server._runner = with_fix
    state = _open(server, text)
    await _settle(server)
    [(_, diagnostics)] = server.published
    titles = list(_actions(server, state, diagnostics, diagnostics[0].range))
    assert titles == ["Add a disclosure line", f"Suppress {MISSING} on this line (give a reason)"]


def test_the_worker_never_writes_to_the_protocol_stream() -> None:
    import subprocess
    import sys

    script = (
        "import os\n"
        "from postlint.lsp._worker import initialize_worker\n"
        "initialize_worker()\n"
        "print('from python')\n"
        "os.write(1, b'from C\\n')\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, timeout=60, check=True
    )
    assert done.stdout == b""
    assert b"from python" in done.stderr and b"from C" in done.stderr


async def test_a_failing_lint_is_logged_and_never_leaves_a_pull_waiting() -> None:
    logged: list[str] = []

    class LoggingServer(RecordingServer):
        def log(self, message: str, kind: types.MessageType = types.MessageType.Info) -> None:
            logged.append(message)

    async def broken(text: str, config_json: str, markup: Markup) -> LintOutcome:
        raise ValueError("a checker bug")

    server = LoggingServer(FakeRunner())
    server._runner = broken
    server.uses_pull = True
    _open(server, "Vote Labour")
    report = await asyncio.wait_for(server.pull(URI, None), 5)
    assert isinstance(report, types.RelatedFullDocumentDiagnosticReport)
    assert list(report.items) == []
    assert any("a checker bug" in message for message in logged)


def test_debounce_comes_from_settings_unless_fixed_on_the_command_line() -> None:
    runner = FakeRunner()
    from_settings = PostlintServer(runner=runner)
    from_settings.apply_settings({"debounceMs": 40})
    assert from_settings.debounce_s == 0.04
    fixed = PostlintServer(debounce_ms=0, runner=runner)
    fixed.apply_settings({"debounceMs": 40})
    assert fixed.debounce_s == 0


async def test_a_settings_change_relints_and_asks_pull_clients_to_refresh() -> None:
    refreshed: list[None] = []

    class RefreshingServer(RecordingServer):
        def workspace_diagnostic_refresh(self, params: None) -> None:  # type: ignore[override]
            refreshed.append(params)

    runner = FakeRunner()
    server = RefreshingServer(runner)
    server.protocol.client_capabilities = types.ClientCapabilities(
        workspace=types.WorkspaceClientCapabilities(
            diagnostics=types.DiagnosticWorkspaceClientCapabilities(refresh_support=True)
        )
    )
    server.uses_pull = True
    _open(server, "Vote Labour")
    first = await server.pull(URI, None)
    server.apply_settings({"rules": {"ignore": ["politics"]}})
    server.relint_all()
    assert refreshed == [None]
    second = await server.pull(URI, first.result_id)
    assert isinstance(second, types.RelatedFullDocumentDiagnosticReport)
    assert runner.started == ["Vote Labour", "Vote Labour"]


FRONT_MATTER = "---\ntitle: Cycling guidance\nplatform: linkedin\n---\n"
DISCLOSURE = "I work at HM Treasury as an economist; views my own."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            FRONT_MATTER + "Proud of my team today.\n",
            FRONT_MATTER + DISCLOSURE + "\nProud of my team today.\n",
        ),
        (  # after a leading heading: the disclosure opens the post, not its title
            FRONT_MATTER + "\n# New guidance\n\nProud of my team today.\n",
            FRONT_MATTER + "\n# New guidance\n" + DISCLOSURE + "\n\nProud of my team today.\n",
        ),
        (
            "# New guidance\r\nProud of my team.",
            "# New guidance\r\n" + DISCLOSURE + "\r\nProud of my team.",
        ),
        ("Proud of my team.", DISCLOSURE + "\nProud of my team."),
    ],
)
async def test_the_servers_disclosure_line_goes_after_front_matter_and_a_heading(
    text: str, expected: str
) -> None:
    server = RecordingServer(FakeRunner())
    server.apply_settings({"author": {"role": "economist", "organisation": "HM Treasury"}})
    state = _open(server, text)
    await _settle(server)
    [(_, diagnostics)] = server.published
    [disclose] = [
        a
        for a in _actions(server, state, diagnostics, diagnostics[0].range).values()
        if a.title.startswith("Add a disclosure line")
    ]
    assert _apply(text, disclose, server) == expected


async def test_the_servers_disclosure_line_clears_the_real_finding_and_keeps_front_matter() -> None:
    """With the real rules, less their own fix: the server's fallback alone must do."""
    from postlint.lsp._worker import lint

    async def real_without_fixes(text: str, config_json: str, markup: Markup) -> LintOutcome:
        outcome = lint(text, config_json, markup)
        assert outcome.report is not None
        bare = [d.model_copy(update={"fixes": ()}) for d in outcome.report.diagnostics]
        report = outcome.report.model_copy(update={"diagnostics": bare})
        return LintOutcome(report=report, explanations=outcome.explanations)

    server = RecordingServer(FakeRunner())
    server._runner = real_without_fixes
    server.apply_settings({"author": {"role": "economist", "organisation": "HM Treasury"}})
    text = FRONT_MATTER + "Really proud of my team for getting our new cycling guidance out.\n"
    state = _open(server, text)
    await _settle(server)
    [(_, diagnostics)] = server.published
    [missing] = [d for d in diagnostics if d.code == MISSING]
    [disclose] = [
        a
        for a in _actions(server, state, [missing], missing.range).values()
        if a.title.startswith("Add a disclosure line")
    ]
    edited = _apply(text, disclose, server)
    assert edited.startswith(FRONT_MATTER + DISCLOSURE + "\n")
    _edit(server, state, edited)
    await _settle(server)
    [*_, (_, after)] = server.published
    assert [d.code for d in after if str(d.code).startswith("disclosure")] == []
