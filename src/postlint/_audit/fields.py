"""Turning exported fields into a post's values: timestamps in the formats exports use, and
HTML (Mastodon's ``content``) into the plain text a reader saw."""

from __future__ import annotations

import datetime as dt
from html.parser import HTMLParser

__all__ = ["ParsedTime", "html_to_text", "parse_time"]

ParsedTime = tuple[dt.date, str]
"""The day of posting and the full timestamp as ISO 8601."""

# X/Twitter archives: "Wed Oct 10 20:19:24 +0000 2018".
_TWITTER_TIME = "%a %b %d %H:%M:%S %z %Y"


def parse_time(value: object) -> ParsedTime | None:
    """The date and ISO timestamp of an exported time, or ``None`` when it is not one.

    Accepts ISO 8601 dates and times (``2024-05-01``, ``2024-05-01T10:00:00Z``, LinkedIn's
    ``2024-05-01 10:00:00``), X's ``created_at`` form, and ``date``/``datetime`` values from
    Parquet. A time with an offset is dated in UTC, so one post has one date whatever the
    machine's time zone.
    """
    if isinstance(value, dt.datetime):
        moment = value
    elif isinstance(value, dt.date):
        return value, value.isoformat()
    elif isinstance(value, str):
        text = value.strip()
        if len(text) == 10:  # a bare date, 2024-05-01
            try:
                day = dt.date.fromisoformat(text)
            except ValueError:
                return None
            return day, day.isoformat()
        try:
            moment = dt.datetime.fromisoformat(text)
        except ValueError:
            try:
                moment = dt.datetime.strptime(text, _TWITTER_TIME)
            except ValueError:
                return None
    else:
        return None
    if moment.tzinfo is not None:
        moment = moment.astimezone(dt.UTC)
    return moment.date(), moment.isoformat()


class _TextCollector(HTMLParser):
    """Mastodon's status HTML as the text a reader saw: paragraphs and ``<br>`` become line
    breaks, links their visible text (the hidden ``https://`` and the tail of a long link,
    which Mastodon keeps in ``invisible`` spans, are visible text too: together they are the
    whole URL)."""

    _BLOCKS = frozenset({"p", "div", "li", "blockquote", "pre", "h1", "h2", "h3", "h4"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.links: list[str] = []
        self._skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in {"script", "style"}:
            self._skipping += 1
        elif tag == "br":
            self.parts.append("\n")
        elif tag in self._BLOCKS and self.parts and not self.parts[-1].endswith("\n\n"):
            self.parts.append("\n\n")
        elif tag == "a":
            attributes = dict(attrs)
            classes = (attributes.get("class") or "").split()
            href = attributes.get("href")
            if href and "mention" not in classes and "hashtag" not in classes:
                self.links.append(href)

    def handle_endtag(self, tag: str) -> None:
        if tag in {"script", "style"} and self._skipping:
            self._skipping -= 1

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            self.parts.append(data)


def html_to_text(markup: str) -> tuple[str, tuple[str, ...]]:
    """The text of an HTML fragment and the links in it (mentions and hashtags aside)."""
    collector = _TextCollector()
    collector.feed(markup)
    collector.close()
    text = "".join(collector.parts)
    lines = [" ".join(line.split()) for line in text.split("\n")]
    # Paragraph breaks stay single blank lines; spaces the markup added are dropped.
    joined = "\n".join(lines).strip()
    while "\n\n\n" in joined:
        joined = joined.replace("\n\n\n", "\n\n")
    return joined, tuple(collector.links)
