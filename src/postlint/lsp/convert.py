"""Pure conversions between postlint's values and LSP's: positions, ranges, diagnostics, edits.

postlint offsets are code points (spaCy's, Python's ``str`` indices). An LSP ``Position``
counts characters in the encoding negotiated at ``initialize``: UTF-16 code units for VS Code
and Neovim 0.10, UTF-8 bytes for Neovim 0.11, code points (UTF-32) for Emacs 29. pygls does
not convert the ranges a server sends, so every range goes through here.

Lines end only at ``\\n``, ``\\r\\n`` or ``\\r`` (LSP's definition). ``str.splitlines`` also
breaks at U+2028, U+2029, form feed and others, which posts pasted from phones contain, so
it is never used for positions: :class:`postlint._text.LineIndex` splits the LSP way.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, TypeGuard

from lsprotocol import types

from postlint import Diagnostic, LineIndex, Severity

__all__ = [
    "SOURCE",
    "SUPPRESSION_REASON_PLACEHOLDER",
    "DocumentPositions",
    "apply_change",
    "code_units",
    "covering",
    "diagnostic_data",
    "line_start_offset",
    "offsets_from_data",
    "suppression_comment",
    "to_lsp_diagnostic",
]

SOURCE = "postlint"

_SEVERITIES: Mapping[Severity, types.DiagnosticSeverity] = {
    "error": types.DiagnosticSeverity.Error,
    "warning": types.DiagnosticSeverity.Warning,
    "info": types.DiagnosticSeverity.Information,
}


def code_units(text: str, encoding: str) -> int:
    """The length of ``text`` in the units of ``encoding`` (``utf-8``, ``utf-16``, ``utf-32``)."""
    if encoding == types.PositionEncodingKind.Utf8:
        return len(text.encode("utf-8", "surrogatepass"))
    if encoding == types.PositionEncodingKind.Utf32:
        return len(text)
    # UTF-16, the protocol's default: code points above the BMP take two units.
    return len(text) + sum(1 for char in text if ord(char) > 0xFFFF)


class DocumentPositions:
    """Offsets of one document text to LSP positions in one encoding, and back."""

    __slots__ = ("_encoding", "_lines", "_text")

    def __init__(self, text: str, encoding: str = types.PositionEncodingKind.Utf16) -> None:
        self._text = text
        self._encoding = encoding
        self._lines = LineIndex(text)

    @property
    def text(self) -> str:
        return self._text

    def position(self, offset: int) -> types.Position:
        """The LSP position of a code-point ``offset`` (clamped to the text)."""
        line, column = self._lines.position(offset)
        line_start = self._lines.line_start(line)
        prefix = self._text[line_start : line_start + column - 1]
        return types.Position(line=line - 1, character=code_units(prefix, self._encoding))

    def range(self, start: int, end: int) -> types.Range:
        return types.Range(start=self.position(start), end=self.position(end))

    def offset(self, position: types.Position) -> int:
        """The code-point offset of an LSP ``position``.

        A line past the end clamps to the end of the text; a character past the end of its
        line clamps to the line's end; a character inside a multi-unit code point rounds down
        to its start, so a client's off-by-a-unit never lands inside a surrogate pair.
        """
        if position.line >= self._lines.line_count:
            return len(self._text)
        line = position.line + 1
        line_start = self._lines.line_start(line)
        units = 0
        for index, char in enumerate(self._lines.line_text(line)):
            width = code_units(char, self._encoding)
            if units + width > position.character:
                return line_start + index
            units += width
        return line_start + len(self._lines.line_text(line))

    def end(self) -> types.Position:
        return self.position(len(self._text))


def apply_change(text: str, change: types.TextDocumentContentChangeEvent, encoding: str) -> str:
    """``text`` with one ``didChange`` content change applied, on LSP lines.

    pygls applies changes to its own copy with ``str.splitlines``, which also breaks at U+2028
    and the like: an edit after one lands on the wrong line. The server applies them here.
    """
    if isinstance(change, types.TextDocumentContentChangePartial):
        positions = DocumentPositions(text, encoding)
        start = positions.offset(change.range.start)
        end = max(start, positions.offset(change.range.end))
        return text[:start] + change.text + text[end:]
    return change.text


def diagnostic_data(diagnostic: Diagnostic, version: int | None) -> dict[str, Any]:
    """What the server needs back in a code-action request.

    The true code-point offsets and the document version travel in ``data``: some clients
    (Neovim) echo byte columns in the request's range whatever encoding was negotiated.
    """
    return {
        "rule": diagnostic.rule,
        "start": diagnostic.start,
        "end": diagnostic.end,
        "version": version,
    }


def offsets_from_data(data: object) -> tuple[str, int, int, int | None] | None:
    """Rule, start, end and version from a ``Diagnostic.data`` a client sent back.

    ``None`` when the data is missing or malformed (clients may drop or mangle it).
    """
    if not isinstance(data, Mapping):
        return None
    rule, start, end, version = (data.get(k) for k in ("rule", "start", "end", "version"))
    if not isinstance(rule, str) or not _is_offset(start) or not _is_offset(end):
        return None
    if version is not None and not _is_offset(version):
        return None
    if end < start:
        return None
    return rule, start, end, version


def _is_offset(value: object) -> TypeGuard[int]:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


def to_lsp_diagnostic(
    diagnostic: Diagnostic, positions: DocumentPositions, version: int | None
) -> types.Diagnostic:
    return types.Diagnostic(
        range=positions.range(diagnostic.start, diagnostic.end),
        message=diagnostic.message,
        severity=_SEVERITIES[diagnostic.severity],
        code=diagnostic.rule,
        code_description=types.CodeDescription(href=diagnostic.link) if diagnostic.link else None,
        source=SOURCE,
        data=diagnostic_data(diagnostic, version),
    )


SUPPRESSION_REASON_PLACEHOLDER = "reason this is acceptable"


def suppression_comment(rule: str, reason: str = SUPPRESSION_REASON_PLACEHOLDER) -> str:
    """The comment that silences ``rule`` on the next line (postlint's suppression syntax)."""
    return f"<!-- postlint-disable-next-line {rule}: {reason} -->"


def line_start_offset(text: str, offset: int) -> int:
    """The offset of the start of the (LSP) line holding ``offset``."""
    lines = LineIndex(text)
    line, _ = lines.position(offset)
    return lines.line_start(line)


def covering(diagnostics: Iterable[Diagnostic], start: int, end: int) -> list[Diagnostic]:
    """Diagnostics whose span touches ``[start, end]`` (an empty range touches its neighbours)."""
    return [d for d in diagnostics if d.start <= end and start <= d.end]
