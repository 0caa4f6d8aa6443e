"""Where the server's own inserted lines go in a draft (pure).

A line that opens the post, such as a disclosure, cannot go at offset 0 when the draft starts
with YAML front matter: above the ``---`` it breaks the front matter, which then reads as prose
and is linted, and postlint no longer sees the line as part of the post. It goes after the front
matter, and in Markdown after a leading heading too, where a reader meets it first.

The front-matter pattern is the core's (``postlint._markup``), which adapters may not import;
``tests/lsp/test_placement.py`` checks that the two agree.
"""

from __future__ import annotations

import re

from postlint import Markup

__all__ = ["front_matter_end", "opening_insertion"]

_FRONT_MATTER = re.compile(
    r"\A(?:\ufeff)?---[ \t]*\r?\n(.*?)^(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S | re.M
)
# Front matter starts with a `key:` line (comments and blank lines aside); "---\nBREAKING\n---"
# opening a post is a rule line, not front matter.
_FRONT_MATTER_KEY = re.compile(r"\A(?:[ \t]*(?:#[^\n]*)?\n)*[ \t]*[\w.-]+[ \t]*:(?:[ \t]|$)", re.M)
# An ATX heading (CommonMark: up to three spaces, one to six #, then a space or the line end),
# after any blank lines.
_LEADING_HEADING = re.compile(
    r"(?:[ \t]*(?:\r\n|\r|\n))*[ ]{0,3}#{1,6}(?:[ \t][^\r\n]*)?(?=[\r\n]|\Z)"
)


def front_matter_end(text: str) -> int:
    """The offset just after the draft's front matter, 0 without one."""
    front = _FRONT_MATTER.match(text)
    if front is None or not _FRONT_MATTER_KEY.match(front.group(1)):
        return 0
    return front.end()


def opening_insertion(text: str, markup: Markup, line: str, line_break: str) -> tuple[int, str]:
    """Where to insert ``line`` so it opens the post, and the text to insert there."""
    offset = front_matter_end(text)
    heading = _LEADING_HEADING.match(text, offset) if markup == "markdown" else None
    if heading is None:
        return offset, line + line_break
    end = heading.end()
    # After the heading's own line break; a heading that ends the draft gets one first.
    for candidate in ("\r\n", "\n", "\r"):
        if text.startswith(candidate, end):
            return end + len(candidate), line + line_break
    return end, line_break + line + line_break
