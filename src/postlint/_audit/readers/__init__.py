"""One reader per export format. A reader takes an opened member and yields, in the order of
the export, a :class:`~postlint._audit.records.Post` for each post and a
:class:`~postlint._audit.records.Skipped` for each row it cannot read; it raises
:class:`~postlint._audit.streams.SourceError` when the rest of the source cannot be read."""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import IO, Any

from postlint._audit.records import Post, Skipped

__all__ = ["Member", "ReadOptions", "Reader", "Row", "open_text"]

Row = Post | Skipped


@dataclass(frozen=True, slots=True)
class Member:
    """A file to read: on disk, or inside a zip or tar archive (opened with a size cap)."""

    name: str
    """As shown in locations: ``tweets.js``, ``archive.zip!data/tweets.js``."""
    open: Callable[[], IO[bytes]]


@dataclass(frozen=True, slots=True)
class ReadOptions:
    """What the command line says about generic tables (and the account name when the
    export does not carry one)."""

    text_column: str = "text"
    date_column: str | None = None
    id_column: str | None = None
    account_column: str | None = None
    url_column: str | None = None
    platform: str | None = None
    """The platform of a generic table's posts (``--platform``), for length limits."""
    account: str | None = None
    """The account name for every post (an X archive's ``account.js`` sets it too)."""


Reader = Callable[[Member, ReadOptions], Iterator[Row]]


def open_text(member: Member, *, newline: str | None = None) -> io.TextIOWrapper:
    """The member as text: UTF-8 (a byte-order mark dropped), with bytes that are not UTF-8
    kept as escapes so each reader can skip just the row that holds them."""
    raw: Any = member.open()
    return io.TextIOWrapper(raw, encoding="utf-8-sig", errors="surrogateescape", newline=newline)
