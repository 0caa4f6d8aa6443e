"""The command line: a thin click adapter over the public API.

Exit codes: 0 nothing found, 1 findings, 2 usage or input errors. Heavy modules (spaCy)
load only when a command needs them, so ``postlint --help`` stays fast.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import click

from postlint._config import Config, discover_config_file
from postlint._errors import PostlintError

if TYPE_CHECKING:
    from postlint._core import Linter
    from postlint._models import Report

__all__ = ["main"]

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
DRAFT_SUFFIXES = frozenset({".md", ".markdown", ".txt", ".text", ".html", ".htm", ""})
JSON_SCHEMA_VERSION = 1


@dataclass(frozen=True)
class Source:
    """A draft to lint: a path (or ``-`` for stdin) and its text, or why it cannot be read."""

    name: str
    text: str | None
    error: str | None = None


def _read_source(path: Path) -> Source:
    name = str(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return Source(name, None, "no such file")
    except IsADirectoryError:
        return Source(name, None, "is a directory")
    except OSError as error:
        return Source(name, None, f"cannot read: {error.strerror or error}")
    return _decode(name, data)


def _decode(name: str, data: bytes) -> Source:
    if b"\x00" in data[:8192]:
        return Source(name, None, "binary file (contains NUL bytes), not a text draft")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        return Source(name, None, f"not valid UTF-8 (byte {error.start})")
    if not text.strip():
        return Source(name, None, "empty draft")
    return Source(name, text)


def _expand(paths: tuple[str, ...]) -> Iterator[Path | None]:
    """Files named, and draft files under folders named; ``None`` stands for stdin."""
    for raw in paths:
        if raw == "-":
            yield None
            continue
        path = Path(raw)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if (
                    child.is_file()
                    and child.suffix.lower() in DRAFT_SUFFIXES
                    and not any(part.startswith(".") for part in child.relative_to(path).parts)
                ):
                    yield child
        else:
            yield path


class _LinterCache:
    """One Linter per config file, so a folder of drafts with one config loads rules once."""

    def __init__(self, explicit: Config | None) -> None:
        self._explicit = explicit
        self._by_file: dict[Path | None, Linter] = {}

    def for_path(self, path: Path | None) -> Linter:
        from postlint._core import Linter

        config_path = None
        if self._explicit is None:
            config_path = discover_config_file(path if path is not None else Path.cwd())
        if config_path not in self._by_file:
            config = self._explicit
            if config is None:
                config = Config.from_file(config_path) if config_path else Config()
            self._by_file[config_path] = Linter(config)
        return self._by_file[config_path]


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="postlint")
def main() -> None:
    """postlint: check a draft post for disclosure, remit, politics and timing."""


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--config", "config_path", type=click.Path(dir_okay=False), help="Config file.")
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
)
def check(paths: tuple[str, ...], config_path: str | None, output_format: str) -> None:
    """Check drafts: files, folders, or - for standard input."""
    try:
        explicit = Config.from_file(config_path) if config_path else None
    except PostlintError as error:
        _fail(str(error))
    linters = _LinterCache(explicit)
    results: list[tuple[Source, Report | None]] = []
    had_error = False
    for path in _expand(paths):
        source = _decode("-", sys.stdin.buffer.read()) if path is None else _read_source(path)
        if source.error is not None:
            click.echo(f"postlint: {source.name}: {source.error}", err=True)
            had_error = True
            continue
        try:
            report = linters.for_path(path).check(source.text or "")
        except PostlintError as error:
            click.echo(f"postlint: {source.name}: {error}", err=True)
            had_error = True
            continue
        results.append((source, report))
    if output_format == "json":
        click.echo(json.dumps(_json_document(results), indent=2, ensure_ascii=False))
    else:
        for source, text_report in results:
            for d in text_report.diagnostics if text_report else ():
                click.echo(f"{source.name}:{d.line}:{d.column}: {d.severity} {d.rule}: {d.message}")
    findings = sum(len(report.diagnostics) for _, report in results if report)
    if had_error:
        sys.exit(EXIT_ERROR)
    sys.exit(EXIT_FINDINGS if findings else EXIT_CLEAN)


@main.command()
@click.option("--stdio", is_flag=True, help="Talk over stdin/stdout (the only transport).")
@click.option(
    "--debounce-ms",
    type=click.IntRange(min=0),
    default=None,
    help="Fixed delay after an edit before linting (default: the editor setting, else 150).",
)
def lsp(stdio: bool, debounce_ms: int | None) -> None:
    """Run the language server for editors (stdio)."""
    from postlint.lsp.server import start  # pygls loads only for this command

    start(debounce_ms=debounce_ms)


def _json_document(results: list[tuple[Source, Report | None]]) -> dict[str, object]:
    return {
        "schema_version": JSON_SCHEMA_VERSION,
        "files": [
            {
                "path": source.name,
                "profile": report.profile,
                "pipeline": report.pipeline,
                "diagnostics": [d.model_dump(mode="json") for d in report.diagnostics],
            }
            for source, report in results
            if report is not None
        ],
    }


def _fail(message: str) -> None:
    click.echo(f"postlint: {message}", err=True)
    sys.exit(EXIT_ERROR)
