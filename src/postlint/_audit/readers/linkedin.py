"""LinkedIn data exports: ``Shares.csv`` (``Date``, ``ShareLink``, ``ShareCommentary``,
``SharedUrl``, ``MediaUrl``, ``Visibility``), one row per post, the commentary often over
several lines. A share of another LinkedIn post (``SharedUrl`` to a feed update) quotes it
when it has words of its own and reposts it when it has none."""

from __future__ import annotations

from collections.abc import Iterator
from urllib.parse import unquote

from postlint._audit.fields import parse_time
from postlint._audit.readers import Member, ReadOptions, Row
from postlint._audit.readers.tables import account_from, csv_rows, require_columns
from postlint._audit.records import Kind, Post, Skipped

__all__ = ["LINKEDIN_COLUMNS", "read_linkedin"]

LINKEDIN_COLUMNS = ("Date", "ShareLink", "ShareCommentary")


def read_linkedin(member: Member, options: ReadOptions) -> Iterator[Row]:
    header, rows = csv_rows(member)
    require_columns(member, header, LINKEDIN_COLUMNS)
    account = options.account or account_from(member)
    for location, row in rows:
        if isinstance(row, str):
            yield Skipped(location, row)
            continue
        when = parse_time(row.get("Date"))
        if when is None:
            yield Skipped(location, f"Date {row.get('Date')!r} is not a date")
            continue
        link = str(row.get("ShareLink") or "")
        shared = str(row.get("SharedUrl") or "")
        text = str(row.get("ShareCommentary") or "")
        # A share of another LinkedIn post: with words of one's own it quotes, without, reposts.
        kind: Kind = "post"
        if "linkedin.com/feed/update" in shared or "urn:li:" in shared:
            kind = "quote" if text.strip() else "repost"
        yield Post(
            id=_linkedin_id(link) or location,
            text=text,
            location=location,
            date=when[0],
            posted_at=when[1],
            kind=kind,
            account=account,
            url=link or None,
            platform="linkedin",
            urls=(shared,) if shared else (),
        )


def _linkedin_id(link: str) -> str | None:
    """``urn:li:share:7123...`` from a ShareLink (URL-encoded in the export)."""
    decoded = unquote(link)
    start = decoded.find("urn:li:")
    return decoded[start:].rstrip("/") if start >= 0 else None
