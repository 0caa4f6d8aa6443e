"""Platform fit: what a post must be to work on the platform it goes out on.

- ``platform.length`` (rule ``platform.too-long``): the post is longer than the
  platform allows. Lengths are counted the way each platform counts: X weighs most
  non-Latin characters and emoji double and every link as 23; Mastodon counts every link
  as 23; Bluesky counts graphemes (an emoji with modifiers is one). Front matter and
  comments are not part of the post.
- ``platform.hashtag-case`` (rule ``platform.run-together-hashtag``): a hashtag of
  several words run together in one case (``#civilservicejobs``), which screen readers
  read as one long made-up word; CamelCase (``#CivilServiceJobs``) is read word by word.
  Words come from a frequency list of English (``rules/platform/words/common-words.txt``),
  so names are rarely split.

Running this module prints that word list afresh from spacy-lookups-data.
"""

from __future__ import annotations

import bisect
import functools
import math
import re
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple

from pydantic import BaseModel, ConfigDict, Field

from postlint._markup import prepare
from postlint._models import Fix
from postlint._rules._base import Checker, Environment, Finding, Rule
from postlint._rules._draft import Draft

__all__ = ["HashtagCaseChecker", "LengthChecker", "PostLength", "post_length"]

_PLATFORM_NAMES = {
    "x": "X",
    "bluesky": "Bluesky",
    "mastodon": "Mastodon",
    "linkedin": "LinkedIn",
    "threads": "Threads",
    "blog": "a blog",
}


class LengthParams(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    limits: dict[str, int] = Field(default_factory=dict)
    """Most characters per platform; a platform not listed has no limit (a blog)."""
    url_length: dict[str, int] = Field(default_factory=dict)
    """Platforms that count every link as this many characters, whatever its length."""
    weighted: list[str] = Field(default_factory=list)
    """Platforms that count characters outside Latin and general punctuation double (X)."""
    graphemes: list[str] = Field(default_factory=list)
    """Platforms that count user-perceived characters rather than code points (Bluesky)."""


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


@functools.cache
def _runs_to_look_at(joins: bool) -> re.Pattern[str]:
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


class LengthChecker(Checker):
    Params = LengthParams

    def find(self, draft: Draft) -> Iterator[Finding]:
        params: LengthParams = self.params
        platform = draft.config.platform
        if platform is None or platform not in params.limits:
            return
        limit = params.limits[platform]
        prepared = draft.markup or prepare(draft.text)
        text = prepared.original
        published = _published_ranges(text, list(prepared.hidden))
        if not published:
            return
        urls = list(prepared.urls) or _plain_urls(text)
        url_length = params.url_length.get(platform)
        weighted = platform in params.weighted
        # A bound no draft can exceed (a character weighs at most 2, a link at most its
        # fixed length) spares the character-by-character count when it already fits.
        most = (2 if weighted else 1) * sum(end - start for start, end in published)
        if most + (url_length or 0) * len(urls) <= limit:
            return
        length, start = post_length(
            text,
            published,
            urls,
            url_length=url_length,
            weighted=weighted,
            graphemes=platform in params.graphemes,
            limit=limit,
        )
        if length <= limit or start is None:
            return
        # The evidence is what does not fit: from the first character past the limit.
        while start < len(text) and text[start].isspace():
            start += 1
        end = published[-1][1]
        yield Finding(
            start,
            end,
            confidence=1.0,
            details={
                "length": f"{length:,}",
                "limit": f"{limit:,}",
                "over": f"{length - limit:,}",
                "platform": _PLATFORM_NAMES.get(platform, platform),
            },
        )


def _published_ranges(text: str, hidden: list[tuple[int, int]]) -> list[tuple[int, int]]:
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


def _plain_urls(text: str) -> list[tuple[int, int]]:
    if "://" not in text:
        return []  # most posts link nothing; the search tries every word boundary
    return [(match.start(), match.end()) for match in _PLAIN_URL.finditer(text)]


class HashtagCaseParams(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    min_length: int = Field(default=8, ge=4)
    """Shorter tags (#govuk) are read well enough as they are."""
    short_words: list[str] = Field(default_factory=list)
    """Words of two letters that may be a part (of, in, uk); longer parts need 3+ letters."""
    extra_words: list[str] = Field(default_factory=list)
    """Words the frequency list lacks (nhs, hmrc) that may be a part."""
    short_part_max_rank: int = Field(default=5000, ge=1)
    """A part of three letters must be this common (``tea``, ``war``; not ``ply`` in
    ``plymouth``): rare short words split names into nonsense."""
    confidence: float = Field(default=0.8, ge=0.0, le=1.0)


_HASHTAG = re.compile(r"(?<![\w/#&])#([A-Za-z][A-Za-z0-9]*)(?![\w])")


@functools.cache
def common_words(path: Path) -> dict[str, int]:
    """The frequency word list (most frequent first, ``#`` lines are comments): word to
    rank, 1 for the most frequent."""
    lines = path.read_text(encoding="utf-8").splitlines()
    words = [line.strip() for line in lines if line.strip() and not line.startswith("#")]
    return {word: rank for rank, word in enumerate(words, start=1)}


def _inflected_forms() -> dict[str, str]:
    """spaCy's English lemma lookup table (inflected forms as keys; ``in`` tests a word):
    the plain dict the blank pipeline's lemmas read, loaded once per process, rather than a
    spaCy ``Lookups`` table of its own (a sixth of a second to build)."""
    from postlint._nlp import lemma_table

    return lemma_table()


class HashtagCaseChecker(Checker):
    Params = HashtagCaseParams

    def __init__(self, rule: Rule, env: Environment) -> None:
        super().__init__(rule, env)
        params: HashtagCaseParams = self.params
        self._words_path = env.pack.root / "platform" / "words" / "common-words.txt"
        self._extra = frozenset(word.lower() for word in params.extra_words)
        self._short = frozenset(word.lower() for word in params.short_words)

    @property
    def _words(self) -> dict[str, int]:
        # Read when a hashtag first needs splitting, not when the Linter is built: most
        # drafts hold none, and 40,000 words are a sixtieth of a second at every cold start.
        return common_words(self._words_path)

    def find(self, draft: Draft) -> Iterator[Finding]:
        params: HashtagCaseParams = self.params
        for match in _HASHTAG.finditer(draft.text):
            body = match.group(1)
            letters = body.rstrip("0123456789")
            if len(letters) < params.min_length or not (letters.islower() or letters.isupper()):
                continue
            parts = self.split_words(letters.lower())
            if parts is None or len(parts) < 2:
                continue
            camel = "".join(part.capitalize() for part in parts) + body[len(letters) :]
            yield Finding(
                match.start(),
                match.end(),
                confidence=params.confidence,
                details={"camel": f"#{camel}", "words": " ".join(parts)},
                fixes=(
                    Fix(
                        title=f"Write #{camel}",
                        start=match.start(),
                        end=match.end(),
                        replacement=f"#{camel}",
                    ),
                ),
            )

    def _cost(self, word: str) -> float | None:
        """How unlikely ``word`` is as a part (log of its frequency rank), or ``None`` if it
        cannot be one. Words the rule adds count as common; an inflected form that only
        spaCy's lemma table knows (``cladding``) counts as the rarest listed word."""
        if word in self._extra or (len(word) == 2 and word in self._short):
            return 1.0
        if len(word) < 3:
            return None
        rank = self._words.get(word)
        if rank is None:
            if len(word) >= 5 and word in _inflected_forms():
                return math.log(len(self._words) + 1)
            return None
        if len(word) == 3 and rank > self.params.short_part_max_rank:
            return None
        return math.log(rank + 1)

    def split_words(self, letters: str) -> list[str] | None:
        """The likeliest known words that make up ``letters`` (fewest parts first, then the
        most frequent words: ``jobs in`` over ``job sin``); ``None`` if it is one word or
        cannot be split into known words."""
        if letters in self._words or letters in self._extra:
            return None
        # best[i]: (parts, cost, start of the last part) for the best split of letters[:i].
        best: list[tuple[int, float, int] | None] = [None] * (len(letters) + 1)
        best[0] = (0, 0.0, 0)
        for end in range(2, len(letters) + 1):
            for start in range(max(0, end - 24), end - 1):
                before = best[start]
                cost = self._cost(letters[start:end])
                if before is None or cost is None:
                    continue
                candidate = (before[0] + 1, before[1] + cost, start)
                current = best[end]
                if current is None or candidate[:2] < current[:2]:
                    best[end] = candidate
        if best[-1] is None:
            return None
        parts: list[str] = []
        end = len(letters)
        while end > 0:
            entry = best[end]
            assert entry is not None
            parts.append(letters[entry[2] : end])
            end = entry[2]
        return parts[::-1]


def _print_common_words(count: int = 40_000) -> None:  # pragma: no cover - a data generator
    import gzip
    import json
    from importlib import resources

    data = resources.files("spacy_lookups_data").joinpath("data/en_lexeme_prob.json.gz")
    probabilities: dict[str, float] = json.loads(gzip.decompress(data.read_bytes()))
    ranked = sorted(
        (
            (probability, word)
            for word, probability in probabilities.items()
            if word.isalpha() and word.islower() and word.isascii() and len(word) >= 2
        ),
        reverse=True,
    )
    print(_WORDS_HEADER.format(count=count), end="")
    print("\n".join(word for _, word in ranked[:count]))


_WORDS_HEADER = """\
# The {count:,} most frequent lower-case English words (ASCII letters, 2+ letters), by the
# en lexeme_prob table of spacy-lookups-data 1.0.5 (MIT licence), one a line, most frequent first.
# Used by platform.run-together-hashtag to split #civilservicejobs into words.
# Regenerate: python -m postlint._rules.platform > rules/platform/words/common-words.txt
"""


if __name__ == "__main__":  # pragma: no cover
    _print_common_words()
