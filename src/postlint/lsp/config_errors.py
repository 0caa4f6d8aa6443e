"""Where a config file's errors are, as diagnostics on the file itself (pure).

A :class:`postlint.ConfigError` from ``Config.from_file`` is text, one problem a line:
``<path>: invalid TOML: … (at line 3, column 8)`` from the TOML parser, or
``<path>: author.organisaton: unknown key`` from validation. The first carries its line; for
the second the key is looked up in the file, under its table's header when there is one, so
the squiggle lands on the line to change. What cannot be placed goes on the first line.
"""

from __future__ import annotations

import re
from pathlib import Path

from lsprotocol import types

from postlint import LineIndex
from postlint.lsp.convert import SOURCE, DocumentPositions

__all__ = ["config_error_diagnostics"]

_TOML_AT = re.compile(r"\(at line (\d+), column (\d+)\)")
_KEY_PATH = re.compile(r"^([A-Za-z_][\w-]*(?:\.[\w-]+)*): ")


def config_error_diagnostics(
    path: Path, message: str, text: str, encoding: str
) -> list[types.Diagnostic]:
    """One error diagnostic per problem in ``message``, placed in ``text`` (the file's)."""
    lines = LineIndex(text)
    positions = DocumentPositions(text, encoding)
    diagnostics = []
    file_lines = [lines.line_text(number) for number in range(1, lines.line_count + 1)]
    for problem in message.splitlines():
        problem = problem.removeprefix(f"{path}: ")
        line = min(_problem_line(problem, file_lines), lines.line_count - 1) + 1
        start = lines.line_start(line)
        line_text = lines.line_text(line)
        indent = len(line_text) - len(line_text.lstrip())
        end = start + len(line_text.rstrip())
        diagnostics.append(
            types.Diagnostic(
                range=positions.range(min(start + indent, end), end),
                message=problem,
                severity=types.DiagnosticSeverity.Error,
                source=SOURCE,
            )
        )
    return diagnostics


def _problem_line(problem: str, file_lines: list[str]) -> int:
    """The 0-based line a problem is about (0 when it cannot be told)."""
    at = _TOML_AT.search(problem)
    if at is not None:
        return int(at.group(1)) - 1
    key = _KEY_PATH.match(problem)
    if key is None:
        return 0
    *tables, name = key.group(1).split(".")
    first = 0
    if tables:
        header = re.compile(rf"^\s*\[\s*(?:tool\.postlint\.)?{re.escape('.'.join(tables))}\s*\]")
        first = next((n for n, line in enumerate(file_lines) if header.match(line)), 0)
    assignment = re.compile(rf"^\s*[\"']?{re.escape(name)}[\"']?\s*=")
    for number in range(first, len(file_lines)):
        if assignment.match(file_lines[number]):
            return number
    return first
