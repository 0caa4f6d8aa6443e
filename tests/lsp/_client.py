"""Helpers for the end-to-end tests: a recording pytest-lsp client and a patient wait."""

from __future__ import annotations

import asyncio
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from lsprotocol import types
from pygls.protocol import default_converter
from pygls.uris import from_fs_path
from pytest_lsp import ClientServerConfig, LanguageClient
from pytest_lsp.client import DEFAULT_CLIENT_FEATURES, register_lsp_features

# Debounce 0: the tests wait for results, not for timers.
SERVER_COMMAND = [sys.executable, "-m", "postlint", "lsp", "--debounce-ms", "0"]
WAIT_S = 30.0
"""A guard against a hung server, not a speed target: a first lint loads spaCy."""


class RecordingClient(LanguageClient):
    """Keeps every publishDiagnostics, so a test can see stale ones too."""

    published: list[types.PublishDiagnosticsParams]


def _record(client: RecordingClient, params: types.PublishDiagnosticsParams) -> None:
    client.published.append(params)
    client.diagnostics[params.uri] = params.diagnostics


def _converter() -> Any:
    """lsprotocol's converter, but a code action with a command of its own stays a
    CodeAction: the default reads any item with a ``command`` key as a Command (and makes a
    string of the nested one), where editors look at the command's type."""
    converter = default_converter()
    hook = converter.get_structure_hook(types.Command | types.CodeAction)

    def structure(value: Any, kind: Any) -> Any:
        if isinstance(value, dict) and not isinstance(value.get("command", ""), str):
            return converter.structure(value, types.CodeAction)
        return hook(value, kind)

    converter.register_structure_hook(types.Command | types.CodeAction, structure)
    return converter


def make_recording_client() -> LanguageClient:
    client = RecordingClient(converter_factory=_converter)
    client.published = []
    register_lsp_features(
        client, {**DEFAULT_CLIENT_FEATURES, types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS: _record}
    )
    return client


def server_config() -> ClientServerConfig:
    return ClientServerConfig(server_command=SERVER_COMMAND, client_factory=make_recording_client)


async def wait_until(predicate: Callable[[], Any], what: str) -> Any:
    """Poll ``predicate`` until it returns something truthy; fail after ``WAIT_S``."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + WAIT_S
    while loop.time() < deadline:
        result = predicate()
        if result:
            return result
        await asyncio.sleep(0.01)
    raise AssertionError(f"timed out waiting for {what}")


def published_for(
    client: LanguageClient, uri: str, version: int
) -> types.PublishDiagnosticsParams | None:
    assert isinstance(client, RecordingClient)
    matching = [p for p in client.published if p.uri == uri and p.version == version]
    return matching[-1] if matching else None


def uri_for(path: Path) -> str:
    uri = from_fs_path(str(path))
    assert uri is not None
    return uri


def open_document(client: LanguageClient, uri: str, text: str, language: str = "markdown") -> None:
    client.text_document_did_open(
        types.DidOpenTextDocumentParams(
            text_document=types.TextDocumentItem(
                uri=uri, language_id=language, version=1, text=text
            )
        )
    )


def change_document(client: LanguageClient, uri: str, version: int, text: str) -> None:
    client.text_document_did_change(
        types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=version),
            content_changes=[types.TextDocumentContentChangeWholeDocument(text=text)],
        )
    )


def client_offset(text: str, position: types.Position, encoding: str) -> int:
    """A code-point offset, computed the way an editor would (independently of the server)."""
    codec, unit = {"utf-8": ("utf-8", 1), "utf-16": ("utf-16-le", 2), "utf-32": ("utf-32-le", 4)}[
        encoding
    ]
    lines = re.split(r"(?<=\r\n)|(?<=\r)(?!\n)|(?<=\n)", text)
    start = sum(len(line) for line in lines[: position.line])
    line = lines[position.line].rstrip("\r\n") if position.line < len(lines) else ""
    prefix = line.encode(codec)[: position.character * unit].decode(codec)
    return start + len(prefix)


def apply_edits(text: str, edits: list[types.TextEdit], encoding: str) -> str:
    """Apply LSP edits as a client would, counting characters in ``encoding``."""
    spans = sorted(
        (
            (
                client_offset(text, e.range.start, encoding),
                client_offset(text, e.range.end, encoding),
                e.new_text,
            )
            for e in edits
        ),
        reverse=True,
    )
    for start, end, new_text in spans:
        text = text[:start] + new_text + text[end:]
    return text


async def code_actions_for(
    client: LanguageClient, uri: str, diagnostic: types.Diagnostic
) -> list[types.CodeAction]:
    """The code actions the server offers for ``diagnostic``, sent back as the client got it."""
    actions = await client.text_document_code_action_async(
        types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri=uri),
            range=diagnostic.range,
            context=types.CodeActionContext(diagnostics=[diagnostic]),
        )
    )
    assert actions is not None
    return [action for action in actions if isinstance(action, types.CodeAction)]
