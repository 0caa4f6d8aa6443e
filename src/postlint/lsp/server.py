"""The language server: thin pygls handlers over postlint's public API.

How a lint flows: an open or a change schedules one asyncio task per document (a change
cancels and replaces the previous task: that is the debounce). The task waits for the first
editor settings (briefly), then runs the lint in a spawned worker process, so the event loop
keeps answering hovers while spaCy works. A result whose document version has moved on is
dropped. Clients that pull diagnostics (``textDocument/diagnostic``) get them only by pull;
the others get them pushed, never both, or VS Code would show each finding twice.

Logs go to stderr and ``window/logMessage``; stdout carries the protocol and nothing else.
"""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
import sys
import time
from collections.abc import Awaitable, Callable, Iterator, Mapping
from concurrent.futures import Executor, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO, cast

from lsprotocol import types
from pygls.exceptions import JsonRpcException
from pygls.lsp.server import LanguageServer
from pygls.protocol import LanguageServerProtocol
from pygls.protocol.language_server import lsp_method
from pygls.uris import from_fs_path, to_fs_path

from postlint import (
    Config,
    ConfigError,
    Diagnostic,
    Markup,
    __version__,
    discover_config_file,
    line_break_of,
    markup_for_path,
    opening_insertion,
)
from postlint.lsp import _worker
from postlint.lsp.config_errors import config_error_diagnostics
from postlint.lsp.convert import (
    SOURCE,
    SUPPRESSION_REASON_PLACEHOLDER,
    DocumentPositions,
    apply_change,
    covering,
    line_start_offset,
    offsets_from_data,
    suppression_comment,
    to_lsp_diagnostic,
)
from postlint.lsp.settings import ServerSettings, parse_settings

__all__ = ["CONFIG_WAIT_S", "PostlintServer", "start"]

logger = logging.getLogger("postlint.lsp")

SETTINGS_SECTION = "postlint"
#: The command a suppression quick fix carries: select its placeholder reason.
SELECT_REASON_COMMAND = "postlint.selectSuppressionReason"
CONFIG_WAIT_S = 1.0
"""How long the first lint waits for the editor's settings before it uses the file's config."""
MARKUP_BY_LANGUAGE: Mapping[str, Markup] = {
    "markdown": "markdown",
    "mdx": "markdown",
    "quarto": "markdown",
    "html": "html",
    "plaintext": "plain",
    "text": "plain",
}

LintRunner = Callable[[str, str, Markup], Awaitable[_worker.LintOutcome]]
"""``(text, config_json, markup) -> outcome``; the worker process in production."""


@dataclass
class DocumentState:
    """What the server knows about one open document."""

    uri: str
    language_id: str
    version: int | None
    text: str
    task: asyncio.Task[None] | None = None
    outcome: _worker.LintOutcome | None = None
    outcome_version: int | None = None
    outcome_text: str | None = None
    outcome_config: Config | None = None
    settled: asyncio.Event = field(default_factory=asyncio.Event)
    """Set when ``outcome`` belongs to the current version; cleared on every change."""
    generation: int = 0
    """Bumped on each change and each settings change, so pull result ids move on."""

    outcome_generation: int = -1

    @property
    def is_current(self) -> bool:
        """The outcome is for this text and these settings (what a pull must return)."""
        return self.outcome is not None and self.outcome_generation == self.generation

    @property
    def matches_text(self) -> bool:
        """The outcome's offsets fit the current text (enough for hovers and actions)."""
        return self.outcome is not None and self.outcome_text == self.text

    @property
    def markup(self) -> Markup:
        """From the editor's language id, else from the file name (Markdown hides its syntax)."""
        return MARKUP_BY_LANGUAGE.get(self.language_id) or markup_for_path(self.uri)


class _AnsweringProtocol(LanguageServerProtocol):
    """pygls' protocol, but a request whose params cannot be read gets an error reply, and
    document changes are left to the server.

    pygls 2.1 structures params while it decodes the JSON, before dispatch, and only logs a
    failure: the client would wait forever for an answer to that request's id.
    """

    @lsp_method(types.TEXT_DOCUMENT_DID_CHANGE)
    def lsp_text_document__did_change(
        self, params: types.DidChangeTextDocumentParams
    ) -> Iterator[tuple[Any, tuple[Any, ...], None]]:
        # pygls would apply the change to its own copy of the text with str.splitlines,
        # misplacing edits after a U+2028; DocumentState keeps the server's own copy.
        handler = self.fm.features.get(types.TEXT_DOCUMENT_DID_CHANGE)
        if handler is not None:
            yield handler, (params,), None

    def structure_message(self, data: dict[str, Any]) -> Any:
        try:
            return super().structure_message(data)
        except JsonRpcException as error:
            if "id" in data and "method" in data and "jsonrpc" in data:
                self._send_response(data["id"], error=error.to_response_error())
            raise


class ResyncingStdin:
    """stdin for pygls that finds a header even where it follows a body on the same line.

    Bodies end without a line break, so after a frame whose Content-Length was wrong the
    next ``Content-Length:`` header starts mid-line, and pygls 2.1, which matches headers as
    whole lines, would never read another frame. Cutting the line at the header loses only
    the broken frame.
    """

    _HEADER = b"Content-Length:"

    def __init__(self, raw: BinaryIO) -> None:
        self._raw = raw

    def readline(self) -> bytes:
        line = self._raw.readline()
        index = line.find(self._HEADER)
        return line[index:] if index > 0 else line

    def read(self, size: int) -> bytes:
        return self._raw.read(size)


class PostlintServer(LanguageServer):
    """pygls server with postlint's per-document state.

    ``debounce_ms`` fixes the debounce (tests pass 0); otherwise it comes from the settings.
    ``runner`` replaces the worker process (tests of the scheduling pass a fake).
    """

    def __init__(self, *, debounce_ms: int | None = None, runner: LintRunner | None = None) -> None:
        super().__init__(
            "postlint",
            __version__,
            # Incremental: vscode-languageclient holds whole-document changes back 250 ms
            # before it sends them (benchmarks/README.md); edits are sent at once.
            text_document_sync_kind=types.TextDocumentSyncKind.Incremental,
            protocol_cls=_AnsweringProtocol,
        )
        self.documents: dict[str, DocumentState] = {}
        self.settings = ServerSettings()
        self.fixed_debounce_ms = debounce_ms
        self.encoding: str = types.PositionEncodingKind.Utf16
        self.uses_pull = False
        # Whether the client can open a document with a selection (window/showDocument): the
        # suppression quick fix then selects its placeholder reason for the user to type over.
        self.can_show_document = False
        self._runner = runner
        self._executor: Executor | None = None
        self._settings_ready: asyncio.Event | None = None
        self._file_configs: dict[Path, tuple[float, Config | ConfigError]] = {}
        self._reported: set[str] = set()
        self._broken_configs: set[Path] = set()
        self.initial_settings: object = None
        """``initializationOptions.postlint`` (how Helix, Zed and bare Neovim pass settings)."""

    # -- settings and config ------------------------------------------------------------

    @property
    def settings_ready(self) -> asyncio.Event:
        if self._settings_ready is None:
            self._settings_ready = asyncio.Event()
        return self._settings_ready

    @property
    def debounce_s(self) -> float:
        ms = self.fixed_debounce_ms
        return (self.settings.debounce_ms if ms is None else ms) / 1000

    def apply_settings(self, raw: object) -> None:
        """Use the client's ``postlint`` settings; ``None`` means "none beyond initialize"."""
        self.settings = parse_settings(self.initial_settings if raw is None else raw)
        for warning in self.settings.warnings:
            self.log(warning, types.MessageType.Warning)
        self.settings_ready.set()

    def config_for(self, uri: str) -> Config | None:
        """The discovered ``.postlint.toml`` (or pyproject) with the editor settings over it.

        ``None`` when that file is broken: the CLI refuses it, so linting with defaults here
        would show findings CI never reports. The error is shown on the file instead.
        """
        # An unsaved draft (``untitled:``) has no folder: use the workspace's config.
        folder = self._workspace_root() if uri.startswith("untitled:") else None
        if uri.startswith("file:"):
            fs_path = to_fs_path(uri)
            folder = str(Path(fs_path).parent) if fs_path else None
        config_path = discover_config_file(folder) if folder else None
        config = self._file_config(config_path)
        return None if config is None else self.settings.config_over(config)

    def _workspace_root(self) -> str | None:
        try:
            root = self.workspace.root_path
        except RuntimeError:  # not initialized (in-process tests)
            return None
        return root if isinstance(root, str) else None

    def _file_config(self, path: Path | None) -> Config | None:
        if path is None:
            return Config()
        try:
            mtime = path.stat().st_mtime
        except OSError:
            return Config()
        cached = self._file_configs.get(path)
        if cached is None or cached[0] != mtime:
            try:
                loaded: Config | ConfigError = Config.from_file(path)
            except ConfigError as error:
                loaded = error
            cached = self._file_configs[path] = (mtime, loaded)
            self.show_config_problems(path, loaded)
        return None if isinstance(cached[1], ConfigError) else cached[1]

    def show_config_problems(self, path: Path, loaded: Config | ConfigError) -> None:
        """Diagnostics on the config file, and its error once per run as a message.

        Called when the file is (re)read, not per draft: many drafts share one config.
        """
        was_broken = path in self._broken_configs
        uri = from_fs_path(str(path))
        if isinstance(loaded, Config):
            self._broken_configs.discard(path)
            if was_broken and uri is not None:
                self._publish_config(uri, [])
            return
        self._broken_configs.add(path)
        message = str(loaded)
        if message not in self._reported:
            self._reported.add(message)
            self.log(message, types.MessageType.Error)
            self.show_message(
                f"postlint: {message}\nNothing is checked until the config is fixed.",
                types.MessageType.Error,
            )
        if uri is not None:
            try:
                text = path.read_text(encoding="utf-8", errors="replace")
            except OSError:
                text = ""
            self._publish_config(uri, config_error_diagnostics(path, message, text, self.encoding))

    def _publish_config(self, uri: str, diagnostics: list[types.Diagnostic]) -> None:
        try:
            self.text_document_publish_diagnostics(
                types.PublishDiagnosticsParams(uri=uri, diagnostics=diagnostics)
            )
        except Exception:  # in-process tests have no client
            logger.debug("could not publish diagnostics for %s", uri, exc_info=True)

    def config_files_changed(self) -> None:
        """A config file was saved, created or deleted: read them again and re-lint."""
        self._file_configs.clear()
        for path in [p for p in self._broken_configs if not p.exists()]:
            self.show_config_problems(path, Config())  # deleted: its diagnostics go too
        self.relint_all()

    async def fetch_settings(self) -> None:
        """Ask the client for the ``postlint`` section (``workspace/configuration``)."""
        caps = self.client_capabilities.workspace
        if not (caps and caps.configuration):
            self.settings_ready.set()
            return
        try:
            values = await self.workspace_configuration_async(
                types.ConfigurationParams(items=[types.ConfigurationItem(section=SETTINGS_SECTION)])
            )
        except Exception as error:  # a client that fails the request still gets linting
            self.log(f"workspace/configuration failed: {error}", types.MessageType.Warning)
            self.settings_ready.set()
            return
        self.apply_settings(values[0] if values else None)

    # -- linting ----------------------------------------------------------------------

    def executor(self) -> Executor:
        if self._executor is None:
            self._executor = ProcessPoolExecutor(
                max_workers=1,
                mp_context=multiprocessing.get_context("spawn"),
                initializer=_worker.initialize_worker,
            )
        return self._executor

    def warm_up(self) -> None:
        """Start the worker and load the default pipeline while the client finishes setup."""
        if self._runner is None:
            self.executor().submit(_worker.warm_up, Config().model_dump_json())

    async def run_lint(self, text: str, config: Config, markup: Markup) -> _worker.LintOutcome:
        if self._runner is not None:
            return await self._runner(text, config.model_dump_json(), markup)
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(
            self.executor(), _worker.lint, text, config.model_dump_json(), markup
        )

    def schedule(self, state: DocumentState, *, delay_s: float) -> None:
        """Cancel the document's pending lint and schedule one for its current version."""
        if state.task is not None and not state.task.done():
            state.task.cancel()
        state.settled.clear()
        state.task = asyncio.create_task(self._lint_later(state, delay_s))

    async def _lint_later(self, state: DocumentState, delay_s: float) -> None:
        version, generation = state.version, state.generation
        if delay_s > 0:
            await asyncio.sleep(delay_s)
        try:
            await asyncio.wait_for(self.settings_ready.wait(), CONFIG_WAIT_S)
        except TimeoutError:
            self.settings_ready.set()  # never wait again: lint with the file's config
        text = state.text
        started = time.perf_counter()
        config, outcome = await self._lint_safely(state.uri, text, state.markup)
        if self.documents.get(state.uri) is not state or state.generation != generation:
            self.log(
                f"dropped a stale lint of {state.uri} version {version} (now {state.version})",
                types.MessageType.Log,
            )
            return
        if outcome.error:
            self.log_once(f"{state.uri}: {outcome.error}", types.MessageType.Error)
        state.outcome, state.outcome_version = outcome, version
        state.outcome_generation = generation
        state.outcome_text, state.outcome_config = text, config
        state.settled.set()
        logger.debug("linted %s v%s in %.0f ms", state.uri, version, _ms_since(started))
        if not self.uses_pull:
            self.publish(state)

    async def _lint_safely(
        self, uri: str, text: str, markup: Markup
    ) -> tuple[Config | None, _worker.LintOutcome]:
        """The config used and the outcome; never raises, so no pull waits forever."""
        config = None
        try:
            config = self.config_for(uri)
            if config is None:  # a broken config file, shown on the file: lint nothing
                return None, _worker.LintOutcome(report=None)
            return config, await self.run_lint(text, config, markup)
        except BrokenProcessPool:
            # The worker died (out of memory, killed): start a fresh one for the next lint.
            self._executor = None
            error = "the lint worker stopped; restarted"
            return config, _worker.LintOutcome(report=None, error=error)
        except Exception as error:  # a bug in a rule must not leave pulls waiting forever
            return config, _worker.LintOutcome(report=None, error=f"lint failed: {error!r}")

    def lsp_diagnostics(self, state: DocumentState) -> list[types.Diagnostic]:
        if state.outcome is None or state.outcome.report is None or state.outcome_text is None:
            return []
        positions = DocumentPositions(state.outcome_text, self.encoding)
        return [
            to_lsp_diagnostic(d, positions, state.outcome_version)
            for d in state.outcome.report.diagnostics
        ]

    def publish(self, state: DocumentState) -> None:
        self.text_document_publish_diagnostics(
            types.PublishDiagnosticsParams(
                uri=state.uri, diagnostics=self.lsp_diagnostics(state), version=state.version
            )
        )

    async def pull(
        self, uri: str, previous_result_id: str | None
    ) -> types.DocumentDiagnosticReport:
        state = self.documents.get(uri)
        if state is None:
            return types.RelatedFullDocumentDiagnosticReport(items=[])
        while not state.is_current:
            if state.task is None or state.task.done():
                self.schedule(state, delay_s=0)
            await state.settled.wait()
            if self.documents.get(uri) is not state:
                return types.RelatedFullDocumentDiagnosticReport(items=[])
        result_id = f"{state.version}.{state.generation}"
        if previous_result_id == result_id:
            return types.RelatedUnchangedDocumentDiagnosticReport(result_id=result_id)
        return types.RelatedFullDocumentDiagnosticReport(
            items=self.lsp_diagnostics(state), result_id=result_id
        )

    def relint_all(self) -> None:
        for state in self.documents.values():
            state.generation += 1
            self.schedule(state, delay_s=0)
        refresh = self.client_capabilities.workspace
        if (
            self.uses_pull
            and refresh
            and refresh.diagnostics
            and refresh.diagnostics.refresh_support
        ):
            self.workspace_diagnostic_refresh(None)

    # -- hover and code actions -------------------------------------------------------

    def findings_at(self, state: DocumentState, start: int, end: int) -> list[Diagnostic]:
        if not state.matches_text or state.outcome is None or state.outcome.report is None:
            return []
        return covering(state.outcome.report.diagnostics, start, end)

    def hover(self, state: DocumentState, position: types.Position) -> types.Hover | None:
        positions = DocumentPositions(state.text, self.encoding)
        offset = positions.offset(position)
        if positions.range(offset, offset).start != position:
            return None  # past the end of its line or of the document: nothing is there
        findings = [d for d in self.findings_at(state, offset, offset) if d.start < d.end]
        if not findings or state.outcome is None:
            return None
        sections = [_hover_section(d, state.outcome.explanations) for d in findings]
        first = findings[0]
        return types.Hover(
            contents=types.MarkupContent(
                kind=types.MarkupKind.Markdown, value="\n\n---\n\n".join(sections)
            ),
            range=positions.range(first.start, first.end),
        )

    def code_actions(
        self, state: DocumentState, params: types.CodeActionParams
    ) -> list[types.CodeAction]:
        findings = self._requested_findings(state, params)
        if not findings:
            return []
        positions = DocumentPositions(state.text, self.encoding)
        actions: list[types.CodeAction] = []
        for finding in findings:
            lsp_diagnostic = to_lsp_diagnostic(finding, positions, state.version)
            for index, fix in enumerate(finding.fixes):
                if not (0 <= fix.start <= fix.end <= len(state.text)):
                    continue
                actions.append(
                    self._action(
                        fix.title,
                        state,
                        [types.TextEdit(positions.range(fix.start, fix.end), fix.replacement)],
                        lsp_diagnostic,
                        preferred=index == 0,
                    )
                )
        disclosure = self._disclosure_action(state, findings, positions)
        if disclosure is not None:
            actions.append(disclosure)
        suppressed: set[tuple[str, int]] = set()
        for finding in findings:
            line_start = line_start_offset(state.text, finding.start)
            if (finding.rule, line_start) in suppressed:
                continue
            suppressed.add((finding.rule, line_start))
            comment = suppression_comment(finding.rule) + line_break_of(state.text)
            action = self._action(
                f"Suppress {finding.rule} on this line (give a reason)",
                state,
                [types.TextEdit(positions.range(line_start, line_start), comment)],
                to_lsp_diagnostic(finding, positions, state.version),
            )
            if self.can_show_document:
                action.command = types.Command(
                    title="Select the reason to type over",
                    command=SELECT_REASON_COMMAND,
                    arguments=[state.uri, _reason_range(positions, line_start, finding.rule)],
                )
            actions.append(action)
        return actions

    async def select_reason(self, uri: str, selection: types.Range) -> None:
        """Select a just-inserted suppression's placeholder reason (the command a suppression
        quick fix carries; the client runs it after applying the edit)."""
        await self.window_show_document_async(
            types.ShowDocumentParams(uri=uri, selection=selection, take_focus=True)
        )

    def _disclosure_action(
        self, state: DocumentState, findings: list[Diagnostic], positions: DocumentPositions
    ) -> types.CodeAction | None:
        """A disclosure line from the configured author, for disclosure findings.

        The disclosure rules usually carry this fix themselves (offered above, applied as
        given); the server adds its own only when none of them did, and never guesses an
        organisation. Its line goes after front matter and a leading Markdown heading.
        """
        disclosure_findings = [f for f in findings if f.family == "disclosure"]
        if not disclosure_findings or any(f.fixes for f in disclosure_findings):
            return None
        config = state.outcome_config or self.config_for(state.uri)
        sentence = config.author.disclosure_line() if config else None
        if sentence is None:
            return None
        offset, inserted = opening_insertion(
            state.text, state.markup, sentence, line_break_of(state.text)
        )
        return self._action(
            f"Add a disclosure line: “{sentence}”",
            state,
            [types.TextEdit(positions.range(offset, offset), inserted)],
            to_lsp_diagnostic(disclosure_findings[0], positions, state.version),
            preferred=True,
        )

    def _requested_findings(
        self, state: DocumentState, params: types.CodeActionParams
    ) -> list[Diagnostic]:
        """The findings the request is about, matched by the true offsets in ``data``.

        Clients that drop ``data`` fall back to the request's range, converted with the
        negotiated encoding.
        """
        if not state.matches_text or state.outcome is None or state.outcome.report is None:
            return []
        current = state.outcome.report.diagnostics
        chosen: list[Diagnostic] = []
        for sent in params.context.diagnostics:
            if sent.source != SOURCE:
                continue
            identity = offsets_from_data(sent.data)
            if identity is None:
                continue
            rule, start, end, version = identity
            if version is not None and version != state.outcome_version:
                continue  # the diagnostic describes text that has changed since
            chosen.extend(d for d in current if (d.rule, d.start, d.end) == (rule, start, end))
        if not chosen and not any(d.source == SOURCE for d in params.context.diagnostics):
            positions = DocumentPositions(state.text, self.encoding)
            start = positions.offset(params.range.start)
            end = positions.offset(params.range.end)
            chosen = covering(current, start, end)
        return list(dict.fromkeys(chosen))

    @staticmethod
    def _action(
        title: str,
        state: DocumentState,
        edits: list[types.TextEdit],
        diagnostic: types.Diagnostic,
        *,
        preferred: bool = False,
    ) -> types.CodeAction:
        return types.CodeAction(
            title=title,
            kind=types.CodeActionKind.QuickFix,
            diagnostics=[diagnostic],
            is_preferred=preferred or None,
            edit=types.WorkspaceEdit(changes={state.uri: edits}),
        )

    # -- logging --------------------------------------------------------------------------

    def log(self, message: str, kind: types.MessageType = types.MessageType.Info) -> None:
        logger.log(_LOG_LEVELS.get(kind, logging.INFO), "%s", message)
        try:
            self.window_log_message(types.LogMessageParams(type=kind, message=message))
        except Exception:  # before initialize there is no client to tell
            logger.debug("could not send window/logMessage", exc_info=True)

    def show_message(self, message: str, kind: types.MessageType) -> None:
        try:
            self.window_show_message(types.ShowMessageParams(type=kind, message=message))
        except Exception:  # before initialize there is no client to tell
            logger.debug("could not send window/showMessage", exc_info=True)

    def log_once(self, message: str, kind: types.MessageType) -> None:
        if message not in self._reported:
            self._reported.add(message)
            self.log(message, kind)

    def report_server_error(self, error: Exception, source: Any) -> None:
        # pygls would pop up "Error in server" on every keystroke; a log line is enough.
        # Most of these are messages the client got wrong (bad JSON, missing fields).
        self.log(
            f"could not handle a message ({getattr(source, '__name__', source)}): {error}",
            types.MessageType.Warning,
        )

    def shutdown_workers(self) -> None:
        for state in self.documents.values():
            if state.task is not None:
                state.task.cancel()
        if self._executor is not None:
            self._executor.shutdown(wait=False, cancel_futures=True)
            self._executor = None


_LOG_LEVELS: Mapping[types.MessageType, int] = {
    types.MessageType.Error: logging.ERROR,
    types.MessageType.Warning: logging.WARNING,
    types.MessageType.Info: logging.INFO,
    types.MessageType.Log: logging.DEBUG,
}


def _ms_since(started: float) -> float:
    return (time.perf_counter() - started) * 1000


def _hover_section(d: Diagnostic, explanations: Mapping[str, _worker.RuleExplanation]) -> str:
    explanation = explanations.get(d.rule)
    parts = [f"**{d.message}**", f"`{d.rule}` · {d.severity} · confidence {d.confidence:.2f}"]
    if explanation is not None and explanation.why:
        parts.append(f"**Why it matters.** {_one_paragraph(explanation.why)}")
    if d.guidance:
        parts.append(f"**Guidance.** {d.guidance}")
    if explanation is not None and explanation.instead:
        parts.append(f"**Instead.** {explanation.instead}")
    if d.link:
        parts.append(f"[Read the guidance]({d.link})")
    return "\n\n".join(parts)


def _one_paragraph(text: str) -> str:
    return " ".join(text.split())


def _reason_range(positions: DocumentPositions, line_start: int, rule: str) -> dict[str, Any]:
    """Where the placeholder reason lands once the suppression comment is inserted at
    ``line_start``: on that line, after ``<!-- postlint-disable-next-line <rule>: ``."""
    line = positions.range(line_start, line_start).start.line
    # The comment is ASCII up to and including the placeholder, so every position encoding
    # counts its characters alike.
    before = suppression_comment(rule).index(SUPPRESSION_REASON_PLACEHOLDER)
    # A command's arguments are plain JSON (LSPAny); the command's handler structures them.
    return {
        "start": {"line": line, "character": before},
        "end": {"line": line, "character": before + len(SUPPRESSION_REASON_PLACEHOLDER)},
    }


# -- handlers: each one short, delegating to the server's methods -----------------------


def build_server(
    *, debounce_ms: int | None = None, runner: LintRunner | None = None
) -> PostlintServer:
    server = PostlintServer(debounce_ms=debounce_ms, runner=runner)

    @server.feature(types.INITIALIZE)
    def initialize(ls: PostlintServer, params: types.InitializeParams) -> None:
        ls.encoding = ls.workspace.position_encoding or types.PositionEncodingKind.Utf16
        text_caps = params.capabilities.text_document
        ls.uses_pull = bool(text_caps and text_caps.diagnostic)
        window_caps = params.capabilities.window
        ls.can_show_document = bool(
            window_caps and window_caps.show_document and window_caps.show_document.support
        )
        options = params.initialization_options
        if isinstance(options, Mapping) and isinstance(options.get(SETTINGS_SECTION), Mapping):
            # Helix and Zed pass settings this way; workspace/configuration may refine them.
            ls.initial_settings = options[SETTINGS_SECTION]
            ls.settings = parse_settings(ls.initial_settings)
        ls.warm_up()

    @server.feature(types.INITIALIZED)
    async def initialized(ls: PostlintServer, params: types.InitializedParams) -> None:
        await ls.fetch_settings()

    @server.feature(types.TEXT_DOCUMENT_DID_OPEN)
    def did_open(ls: PostlintServer, params: types.DidOpenTextDocumentParams) -> None:
        doc = params.text_document
        state = DocumentState(doc.uri, doc.language_id, doc.version, doc.text)
        ls.documents[doc.uri] = state
        ls.schedule(state, delay_s=0)

    @server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
    def did_change(ls: PostlintServer, params: types.DidChangeTextDocumentParams) -> None:
        state = ls.documents.get(params.text_document.uri)
        if state is None:
            return
        for change in params.content_changes:
            state.text = apply_change(state.text, change, ls.encoding)
        state.version = params.text_document.version
        state.generation += 1
        ls.schedule(state, delay_s=ls.debounce_s)

    @server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
    def did_close(ls: PostlintServer, params: types.DidCloseTextDocumentParams) -> None:
        state = ls.documents.pop(params.text_document.uri, None)
        if state is None:
            return
        if state.task is not None:
            state.task.cancel()
        state.settled.set()  # release pulls waiting on it
        if not ls.uses_pull:
            ls.text_document_publish_diagnostics(
                types.PublishDiagnosticsParams(uri=state.uri, diagnostics=[])
            )

    @server.feature(types.WORKSPACE_DID_CHANGE_CONFIGURATION)
    async def did_change_configuration(
        ls: PostlintServer, params: types.DidChangeConfigurationParams
    ) -> None:
        settings = params.settings
        if isinstance(settings, Mapping) and SETTINGS_SECTION in settings:
            ls.apply_settings(settings[SETTINGS_SECTION])
        else:
            # Most clients now send ``null`` and expect the server to pull the settings.
            await ls.fetch_settings()
        ls.relint_all()

    @server.feature(types.WORKSPACE_DID_CHANGE_WATCHED_FILES)
    def did_change_watched_files(
        ls: PostlintServer, params: types.DidChangeWatchedFilesParams
    ) -> None:
        # The VS Code extension watches .postlint.toml and pyproject.toml files.
        ls.config_files_changed()

    @server.feature(types.TEXT_DOCUMENT_DIAGNOSTIC)
    async def diagnostic(
        ls: PostlintServer, params: types.DocumentDiagnosticParams
    ) -> types.DocumentDiagnosticReport:
        return await ls.pull(params.text_document.uri, params.previous_result_id)

    @server.feature(types.TEXT_DOCUMENT_HOVER)
    def hover(ls: PostlintServer, params: types.HoverParams) -> types.Hover | None:
        state = ls.documents.get(params.text_document.uri)
        return ls.hover(state, params.position) if state else None

    @server.feature(
        types.TEXT_DOCUMENT_CODE_ACTION,
        types.CodeActionOptions(code_action_kinds=[types.CodeActionKind.QuickFix]),
    )
    def code_action(ls: PostlintServer, params: types.CodeActionParams) -> list[types.CodeAction]:
        state = ls.documents.get(params.text_document.uri)
        return ls.code_actions(state, params) if state else []

    @server.command(SELECT_REASON_COMMAND)
    async def select_reason(ls: PostlintServer, uri: str, selection: types.Range) -> None:
        await ls.select_reason(uri, selection)

    @server.feature(types.SHUTDOWN)
    def shutdown(ls: PostlintServer, params: None) -> None:
        ls.shutdown_workers()

    return server


def start(*, debounce_ms: int | None = None) -> None:
    """Serve over stdio until the client exits (``postlint lsp``)."""
    logging.basicConfig(
        stream=sys.stderr, level=logging.WARNING, format="postlint-lsp: %(message)s"
    )
    server = build_server(debounce_ms=debounce_ms)
    try:
        server.start_io(stdin=cast(BinaryIO, ResyncingStdin(sys.stdin.buffer)))
    finally:
        server.shutdown_workers()
