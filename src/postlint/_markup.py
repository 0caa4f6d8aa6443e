"""Preparing a draft's text for the rules: Markdown, HTML or plain text.

Pure functions, no I/O: the core, the CLI and the language server share them.

``prepare(text, markup)`` returns a :class:`PreparedText` whose ``text`` has exactly the
same length and line breaks as the draft, with what is not the author's prose replaced by
spaces: front matter, comments, code blocks and inline code, URLs, HTML tags and Markdown
link syntax. Offsets found in the prepared text are therefore offsets in the draft.

It also reports:

- ``quoted``: ranges that are someone else's words (block quotes, ``<q>``, a paragraph
  followed by an attribution line such as ``— Jane Smith``, speech introduced by
  ``said:``). Rules about the author's own stance skip them.
- ``overrides``: per-post config from YAML front matter (``platform``, ``date``,
  ``account``), parsed with ``yaml.safe_load`` (no code execution).
- ``suppressions``: ``<!-- postlint-disable RULE[, RULE]: reason -->`` (to a matching
  ``postlint-enable`` or the end of the draft) and ``<!-- postlint-disable-next-line RULE:
  reason -->`` (the next line with text). A reason is required: a directive without one
  suppresses nothing (the ``suppression.invalid-directive`` rule reports it).

Plain text (the default of the API) is changed as little as possible: only front matter
and postlint directives are hidden, so a post's URLs and quotes stay as the author wrote
them.
"""

from __future__ import annotations

import bisect
import datetime as dt
import html
import re
import sys
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any, Literal, get_args

from postlint._errors import ConfigError
from postlint._pack.selector import matches_any

__all__ = [
    "FRONT_MATTER_KEYS",
    "MARKUPS",
    "PLACEHOLDER_REASONS",
    "Markup",
    "PreparedText",
    "Suppression",
    "find_suppression",
    "line_break_of",
    "markup_for_path",
    "opening_insertion",
    "prepare",
    "reason_problem",
]

Markup = Literal["plain", "markdown", "html"]
MARKUPS: tuple[str, ...] = get_args(Markup)

#: Front-matter keys that set per-post config; other keys (title, tags...) are the blog's.
FRONT_MATTER_KEYS = ("platform", "date", "account", "author", "sharing")

_MARKDOWN_SUFFIXES = frozenset({".md", ".markdown", ".mdown", ".mkd", ".mdx"})
_HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})


def markup_for_path(name: str) -> Markup:
    """The markup a file name implies: Markdown and HTML by suffix, else plain text."""
    suffix = name[name.rfind(".") :].lower() if "." in name.rsplit("/", 1)[-1] else ""
    if suffix in _MARKDOWN_SUFFIXES:
        return "markdown"
    if suffix in _HTML_SUFFIXES:
        return "html"
    return "plain"


@dataclass(frozen=True, slots=True)
class Suppression:
    """One ``postlint-disable`` directive and the lines it covers."""

    selectors: tuple[str, ...]
    """Rule ids or family prefixes (``politics``), or ``all``."""
    reason: str
    """Why the author publishes anyway; empty when the directive gives none (then invalid)."""
    start: int
    end: int
    """The directive comment's span in the draft."""
    line: int
    """The line the directive is on."""
    first_line: int
    last_line: int
    """Lines covered, inclusive."""
    problem: str | None = None
    """Why the directive is invalid and suppresses nothing, if it is."""

    def covers(self, rule_id: str, line: int) -> bool:
        return (
            self.problem is None
            and self.first_line <= line <= self.last_line
            and matches_any(rule_id, self.selectors)
        )


@dataclass(frozen=True, slots=True)
class PreparedText:
    original: str
    text: str
    """``original`` with non-prose replaced by spaces (same length, same line breaks)."""
    markup: Markup
    quoted: tuple[tuple[int, int], ...] = ()
    hidden: tuple[tuple[int, int], ...] = ()
    """Ranges that are not published at all: front matter, comments."""
    urls: tuple[tuple[int, int], ...] = ()
    overrides: Mapping[str, Any] = field(default_factory=dict)
    suppressions: tuple[Suppression, ...] = ()


def find_suppression(
    suppressions: Iterable[Suppression], rule_id: str, line: int
) -> Suppression | None:
    """The first valid directive that silences ``rule_id`` on ``line``."""
    return next((s for s in suppressions if s.covers(rule_id, line)), None)


# ---------------------------------------------------------------------------------------
# Patterns

_FRONT_MATTER = re.compile(
    r"\A(?:\ufeff)?---[ \t]*\r?\n(.*?)^(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S | re.M
)
# Front matter starts with a `key:` line (comments and blank lines aside).
_FRONT_MATTER_KEY = re.compile(r"\A(?:[ \t]*(?:#[^\n]*)?\n)*[ \t]*[\w.-]+[ \t]*:(?:[ \t]|$)", re.M)
_DATE_PREFIX = re.compile(r"\d{4}-\d{2}-\d{2}(?:[T ]|$)")
_COMMENT = re.compile(r"<!--.*?(?:-->|\Z)", re.S)
_DIRECTIVE = re.compile(
    r"<!--\s*postlint-(?P<kind>disable-next-line|disable|enable)\b"
    r"(?P<body>(?:(?!-->).){0,500}?)\s*-->",  # bounded: unclosed comments stay linear
    re.S,
)
_URL = re.compile(r"\b(?:https?://|www\.)[^\s<>\"'`]+", re.I)
_URL_TRAILING = ".,;:!?)]}'\"’”"
_FENCE_OPEN = re.compile(r"^[ ]{0,3}(`{3,}|~{3,})[^\n]*$", re.M)
_INLINE_CODE = re.compile(r"(?<!`)(`+)(?!`)((?:(?!\n[ \t]*\n).){1,1000}?)(?<!`)\1(?!`)", re.S)
_TAG = re.compile(r"</?[A-Za-z][\w:-]*(?:\s+[^<>]*?)?/?>")
_AUTOLINK = re.compile(r"<(?:https?://|mailto:)[^<>\s]+>", re.I)
# Bounded lengths keep a line of a thousand unmatched brackets linear.
_INLINE_LINK = re.compile(r"(!?\[)([^\[\]\n]{0,500})(\]\([^)\n]{0,2000}\))")
_REFERENCE_LINK = re.compile(r"(\[)([^\[\]\n]{1,500})(\]\[[^\]\n]{0,500}\])")
_REFERENCE_DEFINITION = re.compile(r"^[ ]{0,3}\[[^\]\n]+\]:[ \t]*\S+[^\n]*$", re.M)
_HEADING_MARK = re.compile(r"^[ ]{0,3}(#{1,6})(?=[ \t]|$)", re.M)
_RULE_LINE = re.compile(r"^[ ]{0,3}(?:(?:[-*_][ \t]*){3,}|=+[ \t]*)$", re.M)
_EMPHASIS_OPEN = re.compile(r"(?<![\w*~\\])(\*{1,3}|_{1,3}|~~)(?=[^\s*_~])")
_EMPHASIS_CLOSE = re.compile(r"(?<=[^\s*_~])(\*{1,3}|_{1,3}|~~)(?![\w*~])")
_BLOCKQUOTE_LINE = re.compile(r"^[ ]{0,3}>")
_LIST_ITEM = re.compile(r"^[ ]{0,3}(?:[-+*]|\d{1,9}[.)])[ \t]")
# A line naming the speaker of the paragraph above it: "— Jane Smith", "-- Minister", "~ J.S.".
_ATTRIBUTION_LINE = re.compile(r"^[ \t]*(?:—|―|–|--|~)[ \t]*\S[^\n]{0,80}$")
# Speech introduced by a verb of saying and a colon: the rest of the line is quoted.
_SAID_COLON = re.compile(
    r"\b(?:said|says|say|wrote|writes|told\s+[^:\n]{1,40}|added|asked|announced|tweeted|posted)"
    r"[ \t]*:[ \t]*(?=\S)",
    re.I,
)
_FIRST_PERSON_BEFORE = re.compile(
    r"\b(?:I|we|I've|we've|I'd|we'd|I have|we have)\s+(?:\w+\s+)?\Z",  # "we have always"
    re.I,
)
_HTML_RAW = re.compile(r"<(script|style|pre|code|textarea)\b[^>]*>.*?</\1\s*>", re.S | re.I)
_HTML_QUOTE = re.compile(r"<(blockquote|q)\b[^>]*>(.*?)</\1\s*>", re.S | re.I)
_HTML_BLOCK_TAG = re.compile(
    r"</?(?:p|div|br|li|ul|ol|h[1-6]|blockquote|tr|td|th|table|section|article|header|"
    r"footer|figure|figcaption|hr)\b[^>]*>",
    re.I,
)
_ENTITY = re.compile(r"&(?:#\d{1,7}|#x[0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_LINE_BREAK = re.compile(r"\r\n|\r|\n")


class _Canvas:
    """A mutable copy of the text in which ranges are blanked, keeping line breaks.

    The copy is made at the first change: most plain drafts have nothing to blank.
    """

    def __init__(self, text: str) -> None:
        self._text = text
        self._chars: list[str] | None = None

    @property
    def chars(self) -> list[str]:
        if self._chars is None:
            self._chars = list(self._text)
        return self._chars

    def blank(self, start: int, end: int) -> None:
        chars = self.chars
        for index in range(start, end):
            if chars[index] not in "\r\n":
                chars[index] = " "

    def put(self, index: int, char: str) -> None:
        self.chars[index] = char

    def __str__(self) -> str:
        return self._text if self._chars is None else "".join(self._chars)


def prepare(text: str, markup: Markup = "plain") -> PreparedText:
    """Prepare ``text`` written in ``markup`` for linting (see the module docstring)."""
    if markup not in MARKUPS:
        raise ValueError(f"unknown markup {markup!r} (known: {', '.join(MARKUPS)})")
    canvas = _Canvas(text)
    hidden: list[tuple[int, int]] = []
    quoted: list[tuple[int, int]] = []
    urls: list[tuple[int, int]] = []

    overrides: dict[str, Any] = {}
    front = _front_matter(text, markup)
    if front is not None:
        overrides = _front_matter_overrides(front.group(1))
        hidden.append((front.start(), front.end()))
        canvas.blank(front.start(), front.end())
    body_start = front.end() if front else 0

    # In Markdown, a directive shown inside a code block is an example, not a directive.
    code = _code_blocks(text, body_start) if markup == "markdown" else []
    directive_spans = [
        (match.start(), match.end(), match.group("kind"), match.group("body"))
        for match in _DIRECTIVE.finditer(text, body_start)
        if not _inside(code, match.start())
    ]
    for start, end, _, _ in directive_spans:
        hidden.append((start, end))
        canvas.blank(start, end)

    if markup == "markdown":
        _prepare_markdown(text, body_start, code, canvas, hidden, quoted, urls)
    elif markup == "html":
        _prepare_html(text, body_start, canvas, hidden, quoted, urls)

    line_starts = [0, *(match.end() for match in _LINE_BREAK.finditer(text))]
    suppressions = _suppressions(text, directive_spans, line_starts, str(canvas))
    return PreparedText(
        original=text,
        text=str(canvas),
        markup=markup,
        quoted=tuple(_merge(quoted)),
        hidden=tuple(_merge(hidden)),
        urls=tuple(sorted(urls)),
        overrides=overrides,
        suppressions=suppressions,
    )


def _front_matter(text: str, markup: Markup) -> re.Match[str] | None:
    """The draft's front matter, if it has any (the one definition)."""
    front = _FRONT_MATTER.match(text)
    if front is not None and not _FRONT_MATTER_KEY.match(front.group(1)):
        return None  # "---\nBREAKING\n---" in a post is a rule line, not front matter
    if front is not None and markup == "plain" and not _plain_front_matter(front.group(1)):
        return None
    return front


# An ATX heading (CommonMark: up to three spaces, one to six #, then a space or the line
# end), after any blank lines.
_LEADING_HEADING = re.compile(
    r"(?:[ \t]*(?:\r\n|\r|\n))*[ ]{0,3}#{1,6}(?:[ \t][^\r\n]*)?(?=[\r\n]|\Z)"
)


def opening_insertion(
    text: str, markup: Markup, line: str, line_break: str = "\n"
) -> tuple[int, str]:
    """Where a line that opens the post goes (a disclosure), and the text to insert there.

    Not at offset 0 when the draft starts with front matter: above the ``---`` it breaks the
    front matter, which would then read as prose. After it, and in Markdown after a leading
    heading too, where a reader meets the line first.
    """
    front = _front_matter(text, markup)
    offset = front.end() if front is not None else 0
    heading = _LEADING_HEADING.match(text, offset) if markup == "markdown" else None
    if heading is None:
        return offset, line + line_break
    end = heading.end()
    # After the heading's own line break; a heading that ends the draft gets one first.
    for candidate in ("\r\n", "\n", "\r"):
        if text.startswith(candidate, end):
            return end + len(candidate), line + line_break
    return end, line_break + line + line_break


def line_break_of(text: str) -> str:
    """The draft's own line break, so that inserted lines match it."""
    for candidate in ("\r\n", "\n", "\r"):
        if candidate in text:
            return candidate
    return "\n"


def _plain_front_matter(block: str) -> bool:
    """In plain text, a ``---`` block is front matter only when it is a YAML mapping that
    sets one of postlint's keys: a post may well open with a line between rules."""
    try:
        return bool(set(_front_matter_overrides(block)))
    except ConfigError:
        return False


def _front_matter_overrides(block: str) -> dict[str, Any]:
    import yaml

    try:
        data = yaml.safe_load(block)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f" (line {mark.line + 2})" if mark is not None else ""
        raise ConfigError(f"front matter: invalid YAML{where}") from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise ConfigError("front matter: must be a mapping of keys to values")
    overrides = {key: data[key] for key in FRONT_MATTER_KEYS if key in data}
    # A blog's `date: 2026-05-01 09:00:00` is a datetime (or, without seconds, a string
    # YAML does not read as a time); the posting date is its day.
    date = overrides.get("date")
    if isinstance(date, dt.datetime):
        overrides["date"] = date.date()
    elif isinstance(date, str) and _DATE_PREFIX.match(date):
        overrides["date"] = date[:10]
    return overrides


def _prepare_markdown(
    text: str,
    body_start: int,
    code: list[tuple[int, int]],
    canvas: _Canvas,
    hidden: list[tuple[int, int]],
    quoted: list[tuple[int, int]],
    urls: list[tuple[int, int]],
) -> None:
    for start, end in code:
        canvas.blank(start, end)

    def in_code(offset: int) -> bool:
        return _inside(code, offset)

    for match in _COMMENT.finditer(text, body_start):
        if not in_code(match.start()):
            hidden.append((match.start(), match.end()))
            canvas.blank(match.start(), match.end())
    for match in _INLINE_CODE.finditer(text, body_start):
        if not in_code(match.start()):
            canvas.blank(match.start(), match.end())
    for match in _REFERENCE_DEFINITION.finditer(text, body_start):
        if not in_code(match.start()):
            canvas.blank(match.start(), match.end())
    for match in _AUTOLINK.finditer(text, body_start):
        if not in_code(match.start()):
            urls.append((match.start() + 1, match.end() - 1))
            canvas.blank(match.start(), match.end())
    for pattern in (_INLINE_LINK, _REFERENCE_LINK):
        for match in pattern.finditer(text, body_start):
            if not in_code(match.start()):
                canvas.blank(match.start(1), match.end(1))
                canvas.blank(match.start(3), match.end(3))
    for match in _TAG.finditer(text, body_start):
        if not in_code(match.start()):
            canvas.blank(match.start(), match.end())
    _mask_urls(text, body_start, canvas, urls, skip=in_code)
    for pattern in (_HEADING_MARK, _EMPHASIS_OPEN, _EMPHASIS_CLOSE):
        for match in pattern.finditer(text, body_start):
            if not in_code(match.start()):
                canvas.blank(match.start(1), match.end(1))
    for match in _RULE_LINE.finditer(text, body_start):
        if not in_code(match.start()):
            canvas.blank(match.start(), match.end())
    _markdown_quotes(text, body_start, canvas, quoted, in_code)
    _html_quotes(text, body_start, quoted)


def _code_blocks(text: str, body_start: int) -> list[tuple[int, int]]:
    """Fenced code blocks (to the closing fence or the end) and indented code blocks."""
    blocks: list[tuple[int, int]] = []
    position = body_start
    while True:
        match = _FENCE_OPEN.search(text, position)
        if match is None:
            break
        fence = match.group(1)
        closing = re.compile(rf"^[ ]{{0,3}}{re.escape(fence[0])}{{{len(fence)},}}[ \t]*$", re.M)
        close = closing.search(text, match.end())
        end = close.end() if close else len(text)
        blocks.append((match.start(), end))
        position = end
    # Indented code: 4 spaces or a tab after a blank line, not continuing a list item.
    fenced = list(blocks)
    lines = _lines(text, body_start)
    previous_blank = True
    in_list = False
    in_indented = False
    for start, end in lines:
        line = text[start:end]
        if not line.strip():
            previous_blank = True
            continue
        if _LIST_ITEM.match(line):
            in_list = True
        elif not line.startswith((" ", "\t")):
            in_list = False
        indented = line.startswith(("    ", "\t"))
        if indented and not in_list and (previous_blank or in_indented):
            if not _inside(fenced, start):
                blocks.append((start, end))
            in_indented = True
        else:
            in_indented = False
        previous_blank = False
    return sorted(blocks)


def _inside(ranges: list[tuple[int, int]], offset: int) -> bool:
    """Whether ``offset`` is inside one of the sorted, disjoint ``ranges``."""
    index = bisect.bisect_right(ranges, (offset, sys.maxsize)) - 1
    return index >= 0 and ranges[index][0] <= offset < ranges[index][1]


def _lines(text: str, start: int) -> list[tuple[int, int]]:
    spans = []
    position = start
    for match in _LINE_BREAK.finditer(text, start):
        spans.append((position, match.start()))
        position = match.end()
    if position < len(text):
        spans.append((position, len(text)))
    return spans


def _mask_urls(
    text: str,
    body_start: int,
    canvas: _Canvas,
    urls: list[tuple[int, int]],
    skip: Any = None,
) -> None:
    known = set(urls)
    for match in _URL.finditer(text, body_start):
        start, end = match.start(), match.end()
        while end > start and text[end - 1] in _URL_TRAILING:
            # Keep a closing bracket that belongs to the URL, e.g. Wikipedia's "(disambiguation)".
            if text[end - 1] == ")" and text[start:end].count("(") >= text[start:end].count(")"):
                break
            end -= 1
        if skip is not None and skip(start):
            continue
        if not any(s <= start and end <= e for s, e in known):
            urls.append((start, end))
        canvas.blank(start, end)


def _markdown_quotes(
    text: str,
    body_start: int,
    canvas: _Canvas,
    quoted: list[tuple[int, int]],
    in_code: Any,
) -> None:
    """Block quotes (with lazy continuation lines), attributed paragraphs, and the rest of
    a line after ``said:`` (a line, not the paragraph: in a post, a line break ends speech)."""
    lines = _lines(text, body_start)
    paragraph: list[tuple[int, int]] = []
    quote_start: int | None = None
    quote_end = 0
    for start, end in lines:
        line = text[start:end]
        if in_code(start):
            paragraph = []
            continue
        if not line.strip():
            if quote_start is not None:
                quoted.append((quote_start, quote_end))
                quote_start = None
            paragraph = []
            continue
        marker = _BLOCKQUOTE_LINE.match(line)
        if marker is not None:
            canvas.blank(start, start + marker.end())
            if quote_start is None:
                quote_start = start
            quote_end = end
        elif quote_start is not None:
            quote_end = end  # a lazy continuation line belongs to the block quote
        elif _ATTRIBUTION_LINE.match(line) and paragraph and text[end:].strip():
            # Not on the draft's last line: there, "— Sam" is the author's signature.
            quoted.append((paragraph[0][0], paragraph[-1][1]))
        paragraph.append((start, end))
        said = _said_colon(text, start, end)
        if said is not None:
            quoted.append((said, end))
    if quote_start is not None:
        quoted.append((quote_start, quote_end))


def _said_colon(text: str, start: int, end: int) -> int | None:
    """Where someone else's speech starts on the line ``text[start:end]`` (after
    ``said:``), unless the speaker is the author ("As I said: ...")."""
    said = _SAID_COLON.search(text, start, end)
    if said is None or _FIRST_PERSON_BEFORE.search(text, start, said.start()):
        return None
    return said.end()


def _html_quotes(text: str, body_start: int, quoted: list[tuple[int, int]]) -> None:
    for match in _HTML_QUOTE.finditer(text, body_start):
        quoted.append((match.start(2), match.end(2)))


def _prepare_html(
    text: str,
    body_start: int,
    canvas: _Canvas,
    hidden: list[tuple[int, int]],
    quoted: list[tuple[int, int]],
    urls: list[tuple[int, int]],
) -> None:
    for match in _COMMENT.finditer(text, body_start):
        hidden.append((match.start(), match.end()))
        canvas.blank(match.start(), match.end())
    for match in _HTML_RAW.finditer(text, body_start):
        canvas.blank(match.start(), match.end())
    for match in _TAG.finditer(text, body_start):
        canvas.blank(match.start(), match.end())
        if _HTML_BLOCK_TAG.fullmatch(match.group()):
            # A paragraph boundary: sentences must not run across it.
            canvas.put(match.start(), "\n")
    for match in _ENTITY.finditer(text, body_start):
        character = html.unescape(match.group())
        canvas.blank(match.start(), match.end())
        if len(character) == 1 and character != match.group():
            canvas.put(match.start(), " " if character == "\xa0" else character)
    _mask_urls(text, body_start, canvas, urls)
    _html_quotes(text, body_start, quoted)
    for start, end in _lines(text, body_start):
        said = _said_colon(text, start, end)
        if said is not None:
            quoted.append((said, end))


def _suppressions(
    text: str,
    directives: list[tuple[int, int, str, str]],
    line_starts: list[int],
    prepared: str,
) -> tuple[Suppression, ...]:
    def line_of(offset: int) -> int:
        return bisect.bisect_right(line_starts, offset)

    last_line = len(line_starts)
    found: list[Suppression] = []
    open_disables: list[int] = []  # indexes into ``found`` of `disable` still open
    for start, end, kind, body in directives:
        selectors, reason, problem = _parse_directive_body(body)
        line = line_of(start)
        if kind == "enable":
            for index in reversed(open_disables):
                disable = found[index]
                if set(selectors) & set(disable.selectors) or "all" in selectors:
                    found[index] = replace(disable, last_line=max(disable.line, line - 1))
                    open_disables.remove(index)
            continue
        if kind == "disable":
            first, last = line, last_line
        else:
            first = last = _next_line_with_text(prepared, line_starts, line_of(end - 1) + 1)
        if problem is None:
            problem = reason_problem(reason)
        found.append(
            Suppression(
                selectors=selectors,
                reason=reason,
                start=start,
                end=end,
                line=line,
                first_line=first,
                last_line=last,
                problem=problem,
            )
        )
        if kind == "disable":
            open_disables.append(len(found) - 1)
    return tuple(found)


#: Reasons that say nothing: editors' placeholders and tokens typed to get past the check.
#: (The language server's quick fix inserts the first, and the cursor lands on it.)
PLACEHOLDER_REASONS = frozenset(
    {
        "reason this is acceptable",
        "why it is fine here",
        "reason",
        "reason here",
        "your reason",
        "no reason",
        "todo",
        "tbd",
        "fixme",
        "n/a",
        "none",
    }
)
#: A reason says something: at least this many words, of at least this many letters in all.
MIN_REASON_WORDS = 3
MIN_REASON_LETTERS = 12


def reason_problem(reason: str) -> str | None:
    """Why ``reason`` cannot justify a suppression, or ``None`` when it can."""
    if not reason:
        return "a reason is required after a colon: <!-- postlint-disable RULE: reason -->"
    words = re.findall(r"[^\W\d_]+", reason)
    placeholder = " ".join(reason.lower().split()).strip(" .!") in PLACEHOLDER_REASONS
    if placeholder or len(words) < MIN_REASON_WORDS or sum(map(len, words)) < MIN_REASON_LETTERS:
        return (
            f"the reason {reason!r} does not say why: say why in your own words "
            f"(at least {MIN_REASON_WORDS} words), e.g. “quoting the minister's statement”"
        )
    return None


def _parse_directive_body(body: str) -> tuple[tuple[str, ...], str, str | None]:
    names, colon, reason = body.partition(":")
    selectors = tuple(part.strip() for part in names.replace(",", " ").split() if part.strip())
    problem = None
    if not selectors:
        problem = "name the rules to disable (ids or families), e.g. politics.policy-verdict"
    return selectors, " ".join(reason.split()) if colon else "", problem


def _next_line_with_text(prepared: str, line_starts: list[int], line: int) -> int:
    """The first line from ``line`` on with text (masked directives and blanks skipped)."""
    for candidate in range(line, len(line_starts) + 1):
        start = line_starts[candidate - 1]
        end = line_starts[candidate] if candidate < len(line_starts) else len(prepared)
        if prepared[start:end].strip():
            return candidate
    return line


def _merge(ranges: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(ranges):
        if end <= start:
            continue
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged
