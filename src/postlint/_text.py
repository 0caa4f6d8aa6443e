"""Offsets, lines and columns.

Lines end only at ``\\n``, ``\\r\\n`` or ``\\r``, as in LSP and in every editor; Python's
``str.splitlines`` also breaks on U+2028, form feed and others, which posts pasted from
phones do contain, so it is not used for positions.
"""

from __future__ import annotations

import bisect
import re

__all__ = ["LineIndex", "first_line"]

_LINE_BREAK = re.compile(r"\r\n|\r|\n")


class LineIndex:
    """Maps code-point offsets in a text to 1-based (line, column) and back."""

    __slots__ = ("_line_starts", "_text")

    def __init__(self, text: str) -> None:
        self._text = text
        self._line_starts = [0, *(match.end() for match in _LINE_BREAK.finditer(text))]

    @property
    def line_count(self) -> int:
        return len(self._line_starts)

    def position(self, offset: int) -> tuple[int, int]:
        """1-based line and column (in code points) of ``offset``."""
        offset = max(0, min(offset, len(self._text)))
        line_index = bisect.bisect_right(self._line_starts, offset) - 1
        return line_index + 1, offset - self._line_starts[line_index] + 1

    def line_start(self, line: int) -> int:
        """Offset of the first character of 1-based ``line``."""
        return self._line_starts[line - 1]

    def line_text(self, line: int) -> str:
        """The text of 1-based ``line`` without its line break."""
        start = self._line_starts[line - 1]
        end = self._line_starts[line] if line < len(self._line_starts) else len(self._text)
        return self._text[start:end].rstrip("\r\n")

    def offset(self, line: int, column: int) -> int:
        """Offset of 1-based ``line`` and ``column``, clamped to the text."""
        line = max(1, min(line, len(self._line_starts)))
        start = self._line_starts[line - 1]
        end = self._line_starts[line] if line < len(self._line_starts) else len(self._text)
        return max(start, min(start + column - 1, end))


def first_line(text: str) -> tuple[int, int]:
    """Where the first line with words of ``text`` is, its ends trimmed: the evidence of a
    finding about the whole draft's act (sharing a post, posting at all); ``(0, 0)`` for a
    draft of no words (a bare repost)."""
    line = text.lstrip().split("\n", 1)[0].rstrip()
    start = text.find(line) if line else 0
    return start, start + len(line)
