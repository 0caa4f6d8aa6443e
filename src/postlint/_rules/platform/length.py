"""How long a post is, counted the way each platform counts: X weighs most non-Latin
characters and emoji double and every link as 23; Mastodon counts every link as 23; Bluesky
counts graphemes (an emoji with modifiers is one)."""

from __future__ import annotations

import bisect
import re
import unicodedata
from typing import NamedTuple

from postlint._engine.memo import Memo

__all__ = ["PostLength", "plain_urls", "post_length", "published_ranges"]


# twitter-text's weighting: these ranges weigh 1, everything else 2.
_LIGHT_RANGES = ((0x0000, 0x10FF), (0x2000, 0x200D), (0x2010, 0x201F), (0x2032, 0x2037))
_ZERO_WIDTH_JOINER = "\u200d"
_REGIONAL_INDICATORS = range(0x1F1E6, 0x1F1FF + 1)


def _is_light(char: str) -> bool:
    code = ord(char)
    if code <= _LIGHT_RANGES[0][1]:
        return True  # the first range, where nearly every character falls: decided at once
    return any(low <= code <= high for low, high in _LIGHT_RANGES)


def _joins_previous(char: str) -> bool:
    """Whether ``char`` extends the grapheme before it (marks, selectors, skin tones)."""
    code = ord(char)
    if code < 0x0300:
        return False  # no combining mark, selector or tag below U+0300: skip the lookup
    return (
        unicodedata.category(char) in {"Mn", "Me"}
        or 0xFE00 <= code <= 0xFE0F
        or 0x1F3FB <= code <= 0x1F3FF
        or 0xE0020 <= code <= 0xE007F  # tag characters of flag sequences
    )


def _stands_alone(char: str) -> bool:
    """Whether ``char`` weighs 1 and neither joins nor is joined to its neighbours."""
    return (
        _is_light(char)
        and char not in {"\r", _ZERO_WIDTH_JOINER}
        and not _joins_previous(char)
        and ord(char) not in _REGIONAL_INDICATORS
    )


def _runs_to_look_at(joins: bool) -> re.Pattern[str]:
    return _run_patterns.get(joins, lambda: _build_runs_to_look_at(joins))


_run_patterns: Memo[bool, re.Pattern[str]] = Memo(max_size=2)


def _build_runs_to_look_at(joins: bool) -> re.Pattern[str]:
    """Runs of the characters ``post_length`` counts one by one; those between them each
    count 1, so a run of them counts by its length, in C.

    Without weights or graphemes only a carriage return is looked at. With them, all but
    the characters that stand alone, which are nearly all of a post (Latin letters, digits,
    general punctuation): the class is built from the one-by-one rules themselves (a few
    thousand code points, once per process), so the two paths cannot disagree.
    """
    if not joins:
        return re.compile("\r+")
    alone: list[tuple[int, int]] = []
    for low, high in _LIGHT_RANGES:
        for code in range(low, high + 1):
            if not _stands_alone(chr(code)):
                continue
            if alone and alone[-1][1] == code - 1:
                alone[-1] = (alone[-1][0], code)
            else:
                alone.append((code, code))
    members = "".join(f"{re.escape(chr(low))}-{re.escape(chr(high))}" for low, high in alone)
    return re.compile(f"[^{members}]+")


class PostLength(NamedTuple):
    length: int
    """The post's length as the platform counts it."""
    fits_until: int | None
    """Where the part within the limit ends: just after its last character or link, or the
    first published offset when not even the first fits; ``None`` when the post fits."""


class _Count:
    """The running length of one post and where it first went over the limit."""

    def __init__(
        self, text: str, limit: int, first_offset: int, *, weighted: bool, graphemes: bool
    ) -> None:
        self.text = text
        self.limit = limit
        self.first_offset = first_offset
        self.weighted = weighted
        self.graphemes = graphemes
        self.joins = weighted or graphemes
        self.total = 0
        self.fits_until: int | None = None
        self.last_end: int | None = None
        """Just after the last counted character or link."""
        self.previous = ""
        """The character before, for joins ("" after a link or a whole flag)."""

    def _counted_end(self) -> int:
        return self.first_offset if self.last_end is None else self.last_end

    def link(self, weight: int, end: int) -> None:
        if self.fits_until is None and self.total + weight > self.limit:
            self.fits_until = self._counted_end()
        self.total += weight
        self.last_end = end
        self.previous = ""

    def standing_alone(self, start: int, end: int) -> None:
        """Counts ``text[start:end]``, whose characters each count 1 and stand alone."""
        if self.joins and start < end and self.previous == _ZERO_WIDTH_JOINER:
            self.previous = self.text[start]
            start += 1  # the second half of a joined emoji
        if start >= end:
            return
        if self.fits_until is None and self.total + end - start > self.limit:
            room = self.limit - self.total  # how many of these characters still fit
            self.fits_until = start + room if room else self._counted_end()
        self.total += end - start
        self.last_end = end
        self.previous = self.text[end - 1]

    def one_by_one(self, start: int, end: int) -> None:
        text, previous = self.text, self.previous
        for index in range(start, end):
            char = text[index]
            if char == "\r":
                continue  # a CRLF line break counts once
            if self.joins:
                if char == _ZERO_WIDTH_JOINER or _joins_previous(char):
                    previous = char
                    continue
                if previous == _ZERO_WIDTH_JOINER:
                    previous = char
                    continue  # the second half of a joined emoji
                if (
                    self.graphemes
                    and ord(char) in _REGIONAL_INDICATORS
                    and ord(previous or "\0") in _REGIONAL_INDICATORS
                ):
                    previous = ""
                    continue  # a regional-indicator pair is one flag
            weight = 2 if self.weighted and not _is_light(char) else 1
            if self.fits_until is None and self.total + weight > self.limit:
                self.fits_until = self._counted_end()
            self.total += weight
            self.last_end = index + 1
            previous = char
        self.previous = previous


def post_length(
    text: str,
    published: list[tuple[int, int]],
    urls: list[tuple[int, int]],
    *,
    url_length: int | None,
    weighted: bool,
    graphemes: bool,
    limit: int,
) -> PostLength:
    """The length of the published ranges of ``text``, and where the part within ``limit``
    ends. Each of ``urls`` (sorted by start) counts ``url_length`` when that is set."""
    if not published:
        return PostLength(0, None)
    count = _Count(text, limit, published[0][0], weighted=weighted, graphemes=graphemes)
    to_look_at = _runs_to_look_at(weighted or graphemes)
    url_starts = [start for start, _ in urls] if url_length is not None else []
    for range_start, range_end in published:
        offset = range_start
        while offset < range_end:
            next_url = bisect.bisect_left(url_starts, offset)
            if next_url < len(url_starts) and url_starts[next_url] == offset:
                assert url_length is not None  # no url_starts without it
                # Of links that start here, the last listed says where the count resumes.
                url_end = urls[bisect.bisect_right(url_starts, offset) - 1][1]
                offset = max(offset + 1, min(url_end, range_end))
                count.link(url_length, offset)
                continue
            segment_end = range_end
            if next_url < len(url_starts):
                segment_end = min(segment_end, url_starts[next_url])
            for run in to_look_at.finditer(text, offset, segment_end):
                count.standing_alone(offset, run.start())
                count.one_by_one(run.start(), run.end())
                offset = run.end()
            count.standing_alone(offset, segment_end)
            offset = segment_end
    return PostLength(count.total, count.fits_until)


def published_ranges(text: str, hidden: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The ranges of ``text`` that are published, trimmed of surrounding whitespace."""
    ranges: list[tuple[int, int]] = []
    position = 0
    for start, end in sorted(hidden):
        if start > position:
            ranges.append((position, start))
        position = max(position, end)
    if position < len(text):
        ranges.append((position, len(text)))
    ranges = [(s, e) for s, e in ranges if text[s:e].strip()]
    if not ranges:
        return []
    first_start, first_end = ranges[0]
    leading = len(text[first_start:first_end]) - len(text[first_start:first_end].lstrip())
    ranges[0] = (first_start + leading, first_end)
    last_start, last_end = ranges[-1]
    ranges[-1] = (last_start, last_start + len(text[last_start:last_end].rstrip()))
    return ranges


_PLAIN_URL = re.compile(r"\bhttps?://[^\s<>\"']+[^\s<>\"'.,;:!?)\]]", re.I)


def plain_urls(text: str) -> list[tuple[int, int]]:
    if "://" not in text:
        return []  # most posts link nothing; the search tries every word boundary
    return [(match.start(), match.end()) for match in _PLAIN_URL.finditer(text)]
