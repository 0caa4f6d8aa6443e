"""End to end with Neovim 0.11's captured capabilities: UTF-8 positions, pulled diagnostics."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest
import pytest_lsp
from lsprotocol import types
from pytest_lsp import client_capabilities

from postlint.lsp.convert import SUPPRESSION_REASON_PLACEHOLDER
from tests.lsp._client import (
    RecordingClient,
    apply_edits,
    change_document,
    client_offset,
    code_actions_for,
    open_document,
    server_config,
    uri_for,
)

pytestmark = pytest.mark.asyncio(loop_scope="module")

ENCODING = "utf-8"


@pytest.fixture(scope="module")
def workspace(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("neovim-workspace")
    (root / ".postlint.toml").write_text(
        '[author]\nrole = "analyst"\norganisation = "Office for National Statistics"\n',
        encoding="utf-8",
    )
    return root


@pytest_lsp.fixture(config=server_config(), scope="module")
async def client(lsp_client: RecordingClient, workspace: Path) -> AsyncIterator[None]:
    result = await lsp_client.initialize_session(
        types.InitializeParams(
            capabilities=client_capabilities("neovim@v0.11"), root_uri=uri_for(workspace)
        )
    )
    assert result.capabilities.position_encoding == types.PositionEncodingKind.Utf8
    assert result.capabilities.diagnostic_provider is not None
    yield
    await lsp_client.shutdown_session()


async def _pull(client: RecordingClient, uri: str) -> types.RelatedFullDocumentDiagnosticReport:
    report = await client.text_document_diagnostic_async(
        types.DocumentDiagnosticParams(text_document=types.TextDocumentIdentifier(uri=uri))
    )
    assert isinstance(report, types.RelatedFullDocumentDiagnosticReport)
    return report


async def test_pulled_diagnostics_have_utf8_ranges_and_nothing_is_pushed(
    client: RecordingClient, workspace: Path
) -> None:
    text = "Fine.\nNa\u00efve \U0001f44d\U0001f3fd take, honestly. Vote Labour on Thursday."
    uri = uri_for(workspace / "pull.md")
    open_document(client, uri, text)
    report = await _pull(client, uri)
    [diagnostic] = report.items
    start = client_offset(text, diagnostic.range.start, ENCODING)
    end = client_offset(text, diagnostic.range.end, ENCODING)
    assert text[start:end] == "Vote Labour on Thursday."
    before = "Na\u00efve \U0001f44d\U0001f3fd take, honestly. "
    assert diagnostic.range.start == types.Position(line=1, character=len(before.encode()))
    assert uri not in client.diagnostics  # push and pull together show findings twice


async def test_edit_then_pull_sees_the_new_version(
    client: RecordingClient, workspace: Path
) -> None:
    uri = uri_for(workspace / "edit.md")
    open_document(client, uri, "Vote Labour on Thursday!")
    first = await _pull(client, uri)
    assert len(first.items) == 1
    change_document(client, uri, 2, "\u00c9t\u00e9 \U0001f31e: the timetable changes.")
    second = await _pull(client, uri)
    assert list(second.items) == [] and second.result_id != first.result_id


async def test_config_change_asks_the_client_to_pull_again(
    client: RecordingClient, workspace: Path
) -> None:
    uri = uri_for(workspace / "refresh.md")
    open_document(client, uri, "Vote Labour on Thursday!")
    assert len((await _pull(client, uri)).items) == 1
    client.workspace_did_change_configuration(
        types.DidChangeConfigurationParams(
            settings={"postlint": {"rules": {"severity": {"politics": "warning"}}}}
        )
    )
    # Neovim 0.11 does not announce refreshSupport, so the server cannot ask; a new pull
    # (Neovim pulls on every change and on entering the buffer) sees the new severity.
    severities = {d.severity for d in (await _pull(client, uri)).items}
    assert severities == {types.DiagnosticSeverity.Warning}
    client.workspace_did_change_configuration(
        types.DidChangeConfigurationParams(settings={"postlint": {}})
    )


async def test_suppress_action_round_trip_in_utf8(client: RecordingClient, workspace: Path) -> None:
    text = "\u00bfQu\u00e9 pasa? \U0001f914\nVote Labour on Thursday!\n"
    uri = uri_for(workspace / "suppress.md")
    open_document(client, uri, text)
    [diagnostic] = (await _pull(client, uri)).items
    actions = await code_actions_for(client, uri, diagnostic)
    [suppress] = [a for a in actions if "Suppress" in a.title]
    assert suppress.edit is not None and suppress.edit.changes is not None
    edited = apply_edits(text, list(suppress.edit.changes[uri]), ENCODING)
    change_document(client, uri, 2, edited)
    # The inserted placeholder is for the user to replace: until then nothing is silenced.
    pending = {d.code for d in (await _pull(client, uri)).items}
    assert pending == {"politics.partisan-endorsement", "suppression.invalid-directive"}
    reasoned = edited.replace(SUPPRESSION_REASON_PLACEHOLDER, "quoting the campaign's slogan")
    change_document(client, uri, 3, reasoned)
    assert list((await _pull(client, uri)).items) == []
