"""``platform.too-long``: the post is longer than the platform allows.

Lengths are counted the way each platform counts (see ``length``); front matter and comments
are not part of the post.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from typing import NamedTuple

from pydantic import Field

from postlint._engine.draft import Draft
from postlint._markup import PreparedText, prepare
from postlint._rules.base import Checker, Finding, RuleParams
from postlint._rules.platform.length import plain_urls, post_length, published_ranges

__all__ = ["Measured", "TooLongChecker", "TooLongParams", "measure"]

_PLATFORM_NAMES = {
    "x": "X",
    "bluesky": "Bluesky",
    "mastodon": "Mastodon",
    "linkedin": "LinkedIn",
    "threads": "Threads",
    "blog": "a blog",
}


class TooLongParams(RuleParams):
    limits: dict[str, int] = Field(default_factory=dict)
    """Most characters per platform; a platform not listed has no limit (a blog)."""
    url_length: dict[str, int] = Field(default_factory=dict)
    """Platforms that count every link as this many characters, whatever its length."""
    weighted: list[str] = Field(default_factory=list)
    """Platforms that count characters outside Latin and general punctuation double (X)."""
    graphemes: list[str] = Field(default_factory=list)
    """Platforms that count user-perceived characters rather than code points (Bluesky)."""


class Measured(NamedTuple):
    length: int
    """The post's length as ``platform`` counts it (0 for an empty post)."""
    limit: int | None
    """The platform's limit; ``None`` for a platform without one (a blog)."""
    fits_until: int | None
    """Where the part within the limit ends (see ``PostLength``); ``None`` when it fits."""


def measure(
    prepared: PreparedText,
    platform: str | None,
    params: TooLongParams,
    *,
    early_exit: bool = False,
) -> Measured | None:
    """The published part of ``prepared`` counted the way ``platform`` counts it.

    ``None`` without a platform. With ``early_exit`` a post that cannot exceed the limit
    whatever its characters weigh is not counted (``length`` is then 0): the rule needs
    only to know that it fits, a character counter needs the count.
    """
    if platform is None:
        return None
    limit = params.limits.get(platform)
    text = prepared.original
    published = published_ranges(text, list(prepared.hidden))
    if not published:
        return Measured(0, limit, None)
    urls = list(prepared.urls) or plain_urls(text)
    url_length = params.url_length.get(platform)
    weighted = platform in params.weighted
    if early_exit:
        if limit is None:
            return Measured(0, None, None)
        # A bound no draft can exceed (a character weighs at most 2, a link at most its
        # fixed length) spares the character-by-character count when it already fits.
        most = (2 if weighted else 1) * sum(end - start for start, end in published)
        if most + (url_length or 0) * len(urls) <= limit:
            return Measured(0, limit, None)
    length, fits_until = post_length(
        text,
        published,
        urls,
        url_length=url_length,
        weighted=weighted,
        graphemes=platform in params.graphemes,
        limit=limit if limit is not None else sys.maxsize,
    )
    return Measured(length, limit, fits_until)


class TooLongChecker(Checker[TooLongParams]):
    Params = TooLongParams

    def find(self, draft: Draft) -> Iterator[Finding]:
        platform = draft.config.platform
        prepared = draft.markup or prepare(draft.text)
        measured = measure(prepared, platform, self.params, early_exit=True)
        if measured is None or measured.limit is None or measured.fits_until is None:
            return
        text, length, limit = prepared.original, measured.length, measured.limit
        # The evidence is what does not fit: from the first character past the limit.
        start = measured.fits_until
        while start < len(text) and text[start].isspace():
            start += 1
        end = published_ranges(text, list(prepared.hidden))[-1][1]
        yield Finding(  # counted on the draft as written: its offsets are the draft's
            draft.from_original(start),
            draft.from_original(end),
            confidence=1.0,
            details={
                "length": f"{length:,}",
                "limit": f"{limit:,}",
                "over": f"{length - limit:,}",
                "platform": _PLATFORM_NAMES.get(platform or "", platform or ""),
            },
        )
