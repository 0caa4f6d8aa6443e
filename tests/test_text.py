from __future__ import annotations

from postlint._text import LineIndex


def test_positions_are_one_based_and_lsp_line_breaks_only() -> None:
    text = "ab\ncd\r\nef\rgh\u2028ij"
    index = LineIndex(text)
    assert index.position(0) == (1, 1)
    assert index.position(text.index("c")) == (2, 1)
    assert index.position(text.index("e")) == (3, 1)
    assert index.position(text.index("g")) == (4, 1)
    # U+2028 is not a line break in LSP or in postlint's positions
    assert index.position(text.index("i")) == (4, 4)
    assert index.line_count == 4


def test_offset_round_trip() -> None:
    text = "one\ntwo 😀 three\n"
    index = LineIndex(text)
    for offset in range(len(text) + 1):
        line, column = index.position(offset)
        assert index.offset(line, column) == offset
