"""End to end through pytest-lsp with VS Code's captured capabilities: UTF-16, push.

One server for the module; each test uses its own document URI.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
import pytest_lsp
from lsprotocol import types
from pytest_lsp import client_capabilities

from tests.lsp._client import (
    RecordingClient,
    apply_edits,
    change_document,
    client_offset,
    code_actions_for,
    open_document,
    published_for,
    server_config,
    uri_for,
    wait_until,
)

pytestmark = pytest.mark.asyncio(loop_scope="module")

ENCODING = "utf-16"
AUTHOR_CONFIG = """\
[author]
role = "policy adviser"
organisation = "Department for Transport"
"""


@pytest.fixture(scope="module")
def workspace(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("vscode-workspace")
    (root / ".postlint.toml").write_text(AUTHOR_CONFIG, encoding="utf-8")
    return root


SERVER: dict[str, types.InitializeResult] = {}


@pytest_lsp.fixture(config=server_config(), scope="module")
async def client(lsp_client: RecordingClient, workspace: Path) -> AsyncIterator[None]:
    lsp_client.set_configuration({}, section="postlint")
    SERVER["initialize"] = await lsp_client.initialize_session(
        types.InitializeParams(
            capabilities=client_capabilities("visual-studio-code"),
            root_uri=uri_for(workspace),
            workspace_folders=[types.WorkspaceFolder(uri=uri_for(workspace), name="drafts")],
        )
    )
    yield
    await lsp_client.shutdown_session()


async def test_server_negotiates_utf16_and_push(client: RecordingClient) -> None:
    assert client.capabilities is not None
    # VS Code 1.65's captured capabilities have no pull support: diagnostics are pushed.
    caps = client.capabilities.text_document
    assert caps is not None and caps.diagnostic is None


async def test_keystrokes_arrive_as_incremental_edits_and_land_on_lsp_lines(
    client: RecordingClient, workspace: Path
) -> None:
    # Incremental sync: vscode-languageclient holds whole-document changes back 250 ms
    # before sending them, which was most of the time from a keystroke to a squiggle.
    sync = SERVER["initialize"].capabilities.text_document_sync
    assert isinstance(sync, types.TextDocumentSyncOptions)
    assert sync.change == types.TextDocumentSyncKind.Incremental
    # U+2028 is not an LSP line break (str.splitlines says it is), and \r\n is one break.
    text = "Caf\u00e9 news \U0001f389\u2028and more\r\nSecond line\r\n"
    uri = uri_for(workspace / "incremental.md")
    open_document(client, uri, text)
    await wait_until(lambda: published_for(client, uri, 1), "diagnostics for v1")
    version = 1
    for typed in " vote Labour!":  # one keystroke a change, at the end of LSP line 0
        at = text.index("\r\n")
        position = types.Position(line=0, character=len(text[:at].encode("utf-16-le")) // 2)
        edit = types.TextEdit(types.Range(position, position), typed)
        version += 1
        client.text_document_did_change(
            types.DidChangeTextDocumentParams(
                text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=version),
                content_changes=[
                    types.TextDocumentContentChangePartial(range=edit.range, text=typed)
                ],
            )
        )
        text = apply_edits(text, [edit], ENCODING)
    published = await wait_until(lambda: published_for(client, uri, version), "the last version")
    [diagnostic] = [d for d in published.diagnostics if d.code == "politics.partisan-endorsement"]
    start = client_offset(text, diagnostic.range.start, ENCODING)
    end = client_offset(text, diagnostic.range.end, ENCODING)
    # The sentence runs from the line separator (no LSP line break) to the last keystroke.
    assert text[start:end] == "and more vote Labour!"
    assert diagnostic.data["start"] == text.index("and more vote Labour!")


async def test_emoji_combining_marks_and_line_separator_do_not_shift_ranges(
    client: RecordingClient, workspace: Path
) -> None:
    # Two astral emoji (two UTF-16 units each), a combining accent, and a U+2028 that is
    # not an LSP line break: the finding stays on line 0 at the right UTF-16 column.
    text = "Caf\u00e9 cre\u0300me \U0001f389\U0001f389 news!\u2028Vote Labour on Thursday, friends."
    uri = uri_for(workspace / "emoji.md")
    open_document(client, uri, text)
    published = await wait_until(lambda: published_for(client, uri, 1), "diagnostics for v1")
    [diagnostic] = [d for d in published.diagnostics if d.code == "politics.partisan-endorsement"]
    start = client_offset(text, diagnostic.range.start, ENCODING)
    end = client_offset(text, diagnostic.range.end, ENCODING)
    assert text[start:end] == "Vote Labour on Thursday, friends."
    assert diagnostic.range.start.line == 0
    assert diagnostic.range.start.character == text.index("Vote") + 2  # two surrogate pairs
    assert diagnostic.source == "postlint"
    assert diagnostic.severity == types.DiagnosticSeverity.Error
    assert diagnostic.code_description is not None
    assert diagnostic.code_description.href.startswith("https://")
    assert diagnostic.data["start"] == text.index("Vote")


async def test_hover_explains_the_finding(client: RecordingClient, workspace: Path) -> None:
    text = "Polls close at ten.\n\U0001f5f3\ufe0f Vote Labour today!"
    uri = uri_for(workspace / "hover.md")
    open_document(client, uri, text)
    published = await wait_until(lambda: published_for(client, uri, 1), "diagnostics")
    [diagnostic] = published.diagnostics
    inside = types.Position(line=1, character=diagnostic.range.start.character + 2)
    hover = await client.text_document_hover_async(
        types.HoverParams(text_document=types.TextDocumentIdentifier(uri=uri), position=inside)
    )
    assert hover is not None
    assert isinstance(hover.contents, types.MarkupContent)
    value = hover.contents.value
    assert "politics.partisan-endorsement" in value
    assert "Why it matters" in value and "impartial" in value
    assert "Civil Service Code" in value
    assert "](https://" in value
    nowhere = await client.text_document_hover_async(
        types.HoverParams(
            text_document=types.TextDocumentIdentifier(uri=uri),
            position=types.Position(line=0, character=2),
        )
    )
    assert nowhere is None


async def test_suppress_action_round_trip(client: RecordingClient, workspace: Path) -> None:
    text = "First line \U0001f600\nVote Labour on Thursday!\n"
    uri = uri_for(workspace / "actions.md")
    open_document(client, uri, text)
    published = await wait_until(lambda: published_for(client, uri, 1), "diagnostics")
    [diagnostic] = published.diagnostics
    actions = await code_actions_for(client, uri, diagnostic)
    suppress = [a for a in actions if "Suppress" in a.title]
    assert len(suppress) == 1
    assert suppress[0].edit is not None and suppress[0].edit.changes is not None
    edited = apply_edits(text, list(suppress[0].edit.changes[uri]), ENCODING)
    assert edited == (
        "First line \U0001f600\n"
        "<!-- postlint-disable-next-line politics.partisan-endorsement: "
        "reason this is acceptable -->\n"
        "Vote Labour on Thursday!\n"
    )
    # Its command selects the placeholder, so the user types the reason straight over it.
    command = suppress[0].command
    assert command is not None
    await client.workspace_execute_command_async(
        types.ExecuteCommandParams(command=command.command, arguments=command.arguments)
    )
    shown = client.shown_documents[-1]
    assert shown.uri == uri and shown.selection is not None
    lines = edited.split("\n")
    selected = lines[shown.selection.start.line][
        shown.selection.start.character : shown.selection.end.character
    ]
    assert shown.selection.start.line == shown.selection.end.line == 1
    assert selected == "reason this is acceptable"
    # The placeholder silences nothing until the user gives a reason in its place; then the
    # server honours its own directive and the finding is gone.
    change_document(client, uri, 2, edited)
    pending = await wait_until(lambda: published_for(client, uri, 2), "diagnostics for v2")
    assert {d.code for d in pending.diagnostics} == {
        "politics.partisan-endorsement",
        "suppression.invalid-directive",
    }
    reasoned = edited.replace("reason this is acceptable", "quoting the campaign's slogan")
    change_document(client, uri, 3, reasoned)
    after = await wait_until(lambda: published_for(client, uri, 3), "diagnostics for v3")
    assert list(after.diagnostics) == []


async def test_disclosure_fix_uses_the_discovered_config_and_round_trips(
    client: RecordingClient, workspace: Path
) -> None:
    # The author comes from the workspace's .postlint.toml, found from the document's path.
    text = "Really proud of my team \U0001f6b2 for getting our new cycling guidance out."
    uri = uri_for(workspace / "drafts" / "disclose.md")
    open_document(client, uri, text)
    published = await wait_until(lambda: published_for(client, uri, 1), "diagnostics")
    [diagnostic] = [d for d in published.diagnostics if d.code == "disclosure.missing"]
    actions = await code_actions_for(client, uri, diagnostic)
    [disclose] = [a for a in actions if a.title.startswith("Add a disclosure")]
    assert disclose.is_preferred
    assert disclose.edit is not None and disclose.edit.changes is not None
    edited = apply_edits(text, list(disclose.edit.changes[uri]), ENCODING)
    assert edited.startswith("I work at the Department for Transport as a policy adviser")
    change_document(client, uri, 2, edited)
    after = await wait_until(lambda: published_for(client, uri, 2), "diagnostics for v2")
    assert [d.code for d in after.diagnostics if d.code.startswith("disclosure")] == []


async def test_malformed_messages_do_not_stop_the_server(
    client: RecordingClient, workspace: Path
) -> None:
    uri = uri_for(workspace / "robust.md")
    open_document(client, uri, "Vote Labour on Thursday!")
    await wait_until(lambda: published_for(client, uri, 1), "diagnostics")
    writer = client.protocol.writer
    assert writer is not None
    for body in (
        b"{not json",
        b'{"jsonrpc": "2.0", "method": "textDocument/didChange", "params": {"bogus": 1}}',
        b'{"jsonrpc": "2.0", "method": "$/postlint/unknown", "params": null}',
    ):
        written = writer.write(b"Content-Length: %d\r\n\r\n%s" % (len(body), body))
        if written is not None:
            await written
    # A code action whose data some client mangled, and a hover past the end of the text.
    junk = types.Diagnostic(
        range=types.Range(start=types.Position(0, 0), end=types.Position(0, 4)),
        message="x",
        source="postlint",
        data={"rule": 5, "start": "zero"},
    )
    actions = await client.text_document_code_action_async(
        types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri=uri),
            range=junk.range,
            context=types.CodeActionContext(diagnostics=[junk]),
        )
    )
    assert list(actions or ()) == []
    far = await client.text_document_hover_async(
        types.HoverParams(types.TextDocumentIdentifier(uri=uri), types.Position(99, 99))
    )
    assert far is None
    # Still linting: an edit gets its diagnostics.
    change_document(client, uri, 2, "Vote Labour on Friday!")
    await wait_until(lambda: published_for(client, uri, 2), "diagnostics after junk")


async def test_published_versions_never_go_backwards(
    client: RecordingClient, workspace: Path
) -> None:
    uri = uri_for(workspace / "typing.md")
    texts = {
        1: "Vote Labour on Thursday!",
        2: "Vote Labour on Thursday! And",
        3: "The timetable changes on Thursday.",
    }
    open_document(client, uri, texts[1])
    # Without waiting, as a fast typist would: a lint of version 1 or 2 that finishes after
    # the next change must be dropped, never published over a newer version.
    change_document(client, uri, 2, texts[2])
    change_document(client, uri, 3, texts[3])
    final = await wait_until(lambda: published_for(client, uri, 3), "diagnostics for v3")
    assert list(final.diagnostics) == []
    await asyncio.sleep(0.3)  # let a late, stale result arrive if the server would send one
    mine = [p for p in client.published if p.uri == uri]
    versions = [p.version for p in mine]
    assert versions == sorted(set(versions)) and versions[-1] == 3
    for published in mine[:-1]:  # an earlier version published while it was current
        assert [d.data["start"] for d in published.diagnostics] == [0]


async def test_config_change_reaches_open_documents(
    client: RecordingClient, workspace: Path
) -> None:
    uri = uri_for(workspace / "config.md")
    open_document(client, uri, "Vote Labour on Thursday!")
    await wait_until(lambda: client.diagnostics.get(uri), "a finding")
    before = len(client.published)
    client.set_configuration({"rules": {"ignore": ["politics"]}}, section="postlint")
    # VS Code sends settings: null and expects the server to pull workspace/configuration.
    client.workspace_did_change_configuration(types.DidChangeConfigurationParams(settings=None))
    try:
        await wait_until(
            lambda: any(p.uri == uri and not p.diagnostics for p in client.published[before:]),
            "diagnostics cleared by the new settings",
        )
    finally:
        client.set_configuration({}, section="postlint")
        client.workspace_did_change_configuration(
            types.DidChangeConfigurationParams(settings={"postlint": {}})
        )
    await wait_until(lambda: client.diagnostics.get(uri), "the finding back with pushed settings")


async def test_closing_clears_diagnostics(client: RecordingClient, workspace: Path) -> None:
    uri = uri_for(workspace / "closing.md")
    open_document(client, uri, "Vote Labour on Thursday!")
    await wait_until(lambda: client.diagnostics.get(uri), "a finding")
    client.text_document_did_close(
        types.DidCloseTextDocumentParams(text_document=types.TextDocumentIdentifier(uri=uri))
    )
    await wait_until(lambda: client.diagnostics.get(uri) == (), "cleared diagnostics")
