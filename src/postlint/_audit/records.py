"""What a reader yields: a post to check, or a row it had to skip, and where each came from."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Literal

__all__ = ["KINDS", "Kind", "Post", "Skipped"]

Kind = Literal["post", "reply", "repost", "quote"]
KINDS: tuple[Kind, ...] = ("post", "reply", "repost", "quote")


@dataclass(frozen=True, slots=True)
class Post:
    """One published post, as its export describes it."""

    id: str
    """The platform's id (a tweet id, an ActivityPub URI, an at:// URI, a share URN), or the
    row's location when the export has none."""
    text: str
    """The post's own words as plain text (HTML turned into text, short links expanded)."""
    location: str
    """Where the post is in the source, ``archive.zip!data/tweets.js#12`` or ``file.csv:7``:
    shown beside every finding so a reader can find the row again."""
    date: dt.date | None = None
    """The day it was posted (``None``: the export does not say; the config's date applies)."""
    posted_at: str | None = None
    """The full timestamp as ISO 8601 when the export has one."""
    kind: Kind = "post"
    account: str = ""
    url: str | None = None
    platform: str | None = None
    """postlint's platform name (``x``, ``mastodon``, ``bluesky``, ``linkedin``) for length
    limits, or ``None`` for generic tables."""
    shared_text: str | None = None
    """The text of the post it quotes or reposts, when the export carries it."""
    urls: tuple[str, ...] = field(default=())
    """The links in the post, expanded where the export gives the target."""


@dataclass(frozen=True, slots=True)
class Skipped:
    """A row that could not be read: where it is and why, in one line."""

    location: str
    reason: str
