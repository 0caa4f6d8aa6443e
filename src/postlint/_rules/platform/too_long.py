"""``platform.too-long``: the post is longer than the platform allows.

Lengths are counted the way each platform counts (see ``length``); front matter and comments
are not part of the post.
"""

from __future__ import annotations

from collections.abc import Iterator

from pydantic import Field

from postlint._engine.draft import Draft
from postlint._markup import prepare
from postlint._rules.base import Checker, Finding, RuleParams
from postlint._rules.platform.length import plain_urls, post_length, published_ranges

__all__ = ["TooLongChecker"]

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


class TooLongChecker(Checker[TooLongParams]):
    Params = TooLongParams

    def find(self, draft: Draft) -> Iterator[Finding]:
        params = self.params
        platform = draft.config.platform
        if platform is None or platform not in params.limits:
            return
        limit = params.limits[platform]
        prepared = draft.markup or prepare(draft.text)
        text = prepared.original
        published = published_ranges(text, list(prepared.hidden))
        if not published:
            return
        urls = list(prepared.urls) or plain_urls(text)
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
