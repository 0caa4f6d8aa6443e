"""Code-point offsets (postlint's) to UTF-16 code units (a browser's), and back.

postlint's offsets index Python strings, one per code point. JavaScript strings, and so
CodeMirror's positions, count UTF-16 code units: a character above U+FFFF (most emoji) is
two. A lone surrogate, which JSON can carry, is one unit and one code point.
"""

from __future__ import annotations

import bisect

__all__ = ["Utf16Offsets"]


class Utf16Offsets:
    """Converts offsets of one text; linear set-up, logarithmic per offset."""

    __slots__ = ("_astral", "_length")

    def __init__(self, text: str) -> None:
        self._length = len(text)
        # Code-point offsets of the characters that take two units, in order. Most drafts
        # have none, or a few emoji, so this list stays short.
        self._astral = (
            [] if text.isascii() else [i for i, char in enumerate(text) if ord(char) > 0xFFFF]
        )

    def to_utf16(self, offset: int) -> int:
        """The UTF-16 offset of code-point ``offset`` (clamped to the text)."""
        offset = max(0, min(offset, self._length))
        return offset + bisect.bisect_left(self._astral, offset)

    def from_utf16(self, units: int) -> int:
        """The code-point offset at UTF-16 offset ``units``; inside a surrogate pair it
        rounds down to the pair's character, so an edit never splits an emoji."""
        units = max(0, units)
        low, high = 0, self._length
        while low < high:  # the last code point whose UTF-16 offset is at most ``units``
            middle = (low + high + 1) // 2
            if self.to_utf16(middle) <= units:
                low = middle
            else:
                high = middle - 1
        return low
