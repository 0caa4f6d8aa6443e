"""A broken ``.postlint.toml``: the editor says so and lints nothing, as the CLI refuses it.

Linting with defaults instead would show findings that CI, which refuses the file, never
reports (and miss the ones it does). The error is shown once per run however many drafts the
file covers, as a message and as a diagnostic on the config file itself; fixing the file
clears both and the drafts are linted again.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest
import pytest_lsp
from lsprotocol import types
from pytest_lsp import client_capabilities

from tests.lsp._client import (
    RecordingClient,
    change_document,
    open_document,
    published_for,
    server_config,
    uri_for,
    wait_until,
)

pytestmark = pytest.mark.asyncio(loop_scope="module")

BROKEN = """\
profile = "uk-civil-service"

[author]
role = "policy adviser"
organisaton = "Department for Transport"
"""
FIXED = BROKEN.replace("organisaton", "organisation")
PARTISAN = "Vote Labour on Thursday!"


@pytest.fixture(scope="module")
def workspace(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("broken-config")


@pytest_lsp.fixture(config=server_config(), scope="module")
async def client(lsp_client: RecordingClient, workspace: Path) -> AsyncIterator[None]:
    await lsp_client.initialize_session(
        types.InitializeParams(
            capabilities=client_capabilities("visual-studio-code"), root_uri=uri_for(workspace)
        )
    )
    yield
    await lsp_client.shutdown_session()


def _config_diagnostics(client: RecordingClient, uri: str) -> list[types.PublishDiagnosticsParams]:
    return [p for p in client.published if p.uri == uri]


async def _found(client: RecordingClient, what: str) -> None:
    await wait_until(lambda: any(what in m.message for m in client.messages), what)


async def test_a_broken_config_is_shown_once_and_nothing_is_linted(
    client: RecordingClient, workspace: Path
) -> None:
    config = workspace / ".postlint.toml"
    config.write_text(BROKEN, encoding="utf-8")
    config_uri = uri_for(config)
    drafts = [uri_for(workspace / name) for name in ("one.md", "two.md", "three.txt")]
    for uri in drafts:
        open_document(client, uri, PARTISAN, "plaintext" if uri.endswith(".txt") else "markdown")
    for uri in drafts:
        published = await wait_until(lambda u=uri: published_for(client, u, 1), f"lint of {uri}")
        # Nothing rather than the defaults' findings, which CI would never report.
        assert list(published.diagnostics) == []
    change_document(client, drafts[0], 2, PARTISAN + " Really.")
    await wait_until(lambda: published_for(client, drafts[0], 2), "lint of the edit")

    [shown] = [m for m in client.messages if "organisaton" in m.message]
    assert shown.type == types.MessageType.Error
    assert str(config) in shown.message and "unknown key" in shown.message
    on_file = await wait_until(lambda: _config_diagnostics(client, config_uri), "config diagnostic")
    [diagnostic] = on_file[-1].diagnostics
    assert diagnostic.severity == types.DiagnosticSeverity.Error
    assert diagnostic.source == "postlint"
    assert "organisaton" in diagnostic.message and "unknown key" in diagnostic.message
    # On the offending key's line, not on the first line of the file.
    assert diagnostic.range.start.line == BROKEN.splitlines().index(
        'organisaton = "Department for Transport"'
    )

    config.write_text(FIXED, encoding="utf-8")
    client.workspace_did_change_watched_files(
        types.DidChangeWatchedFilesParams(
            changes=[types.FileEvent(uri=config_uri, type=types.FileChangeType.Changed)]
        )
    )
    await wait_until(
        lambda: list(_config_diagnostics(client, config_uri)[-1].diagnostics) == [],
        "the config diagnostic cleared",
    )
    for uri in drafts:
        await wait_until(
            lambda u=uri: any(
                d.code == "politics.partisan-endorsement" for d in client.diagnostics.get(u, ())
            ),
            f"findings in {uri} once the config is fixed",
        )
    assert len([m for m in client.messages if m.type == types.MessageType.Error]) == 1


async def test_invalid_toml_points_at_its_line(client: RecordingClient, workspace: Path) -> None:
    folder = workspace / "team"
    folder.mkdir()
    config = folder / ".postlint.toml"
    config.write_text('profile = "corporate"\n\n[author\nrole = "x"\n', encoding="utf-8")
    uri = uri_for(folder / "post.md")
    open_document(client, uri, PARTISAN)
    published = await wait_until(lambda: published_for(client, uri, 1), "lint")
    assert list(published.diagnostics) == []
    on_file = await wait_until(lambda: _config_diagnostics(client, uri_for(config)), "diagnostic")
    [diagnostic] = on_file[-1].diagnostics
    assert "invalid TOML" in diagnostic.message
    assert diagnostic.range.start.line == 2  # "[author" (0-based), as tomllib reports it
    await _found(client, "invalid TOML")
