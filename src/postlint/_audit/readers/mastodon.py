"""Mastodon account exports: ``outbox.json``, an ActivityStreams ``OrderedCollection`` whose
``orderedItems`` are ``Create`` activities (the status in ``object``: ``content`` as HTML,
``published``, ``url``, ``inReplyTo``, ``summary`` for a content warning, ``quote`` or
``quoteUri`` for a quote post) and ``Announce`` activities (a boost: only the boosted post's
address, no text)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any
from urllib.parse import urlsplit

from postlint._audit.fields import html_to_text, parse_time
from postlint._audit.readers import Member, ReadOptions, Row, open_text
from postlint._audit.records import Kind, Post, Skipped
from postlint._audit.streams import JsonStream, SourceError, has_undecodable_bytes

__all__ = ["read_outbox"]

_QUOTE_KEYS = ("quote", "quoteUri", "quoteUrl", "_misskey_quote")


def read_outbox(member: Member, options: ReadOptions) -> Iterator[Row]:
    with open_text(member) as handle:
        stream = JsonStream(handle, member.name)
        stream.expect("{")
        if not stream.object_member("orderedItems"):
            raise SourceError(f"{member.name}: an ActivityStreams collection without orderedItems")
        for number, item in enumerate(stream.array_items(), start=1):
            yield _activity(item, f"{member.name}#{number}", options.account)


def _handle(actor: str) -> str:
    """``https://social.example/users/sam`` as ``@sam@social.example``."""
    parts = urlsplit(actor)
    name = parts.path.rstrip("/").rsplit("/", 1)[-1].lstrip("@")
    return f"@{name}@{parts.hostname}" if name and parts.hostname else actor


def _activity(item: Any, location: str, account: str | None) -> Row:
    if not isinstance(item, dict):
        return Skipped(location, "not an activity object")
    kind_of_activity = item.get("type")
    actor = item.get("actor")
    who = account or (_handle(actor) if isinstance(actor, str) else "")
    if kind_of_activity == "Announce":
        when = parse_time(item.get("published"))
        boosted = item.get("object")
        return Post(
            id=str(item.get("id") or location),
            text="",  # the export has the boosted post's address, not its words
            location=location,
            date=when[0] if when else None,
            posted_at=when[1] if when else None,
            kind="repost",
            account=who,
            url=boosted if isinstance(boosted, str) else None,
            platform="mastodon",
        )
    if kind_of_activity != "Create":
        return Skipped(
            location, f"an activity of type {kind_of_activity!r}, not Create or Announce"
        )
    status = item.get("object")
    if not isinstance(status, dict):
        return Skipped(location, "a Create activity without its object")
    status_id = status.get("id")
    if not isinstance(status_id, str) or not status_id:
        return Skipped(location, "a status without an id")
    content = status.get("content")
    if not isinstance(content, str):
        return Skipped(location, f"status {status_id} has no content")
    when = parse_time(status.get("published") or item.get("published"))
    if when is None:
        return Skipped(location, f"status {status_id}: published is not a date")
    text, links = html_to_text(content)
    warning = status.get("summary")
    if isinstance(warning, str) and warning.strip():
        text = f"{warning.strip()}\n\n{text}"  # a content warning is public words too
    if has_undecodable_bytes(text):
        return Skipped(location, f"status {status_id}: text is not valid UTF-8")
    quoted = next((status[key] for key in _QUOTE_KEYS if isinstance(status.get(key), str)), None)
    kind: Kind = "quote" if quoted else "reply" if status.get("inReplyTo") else "post"
    url = status.get("url")
    return Post(
        id=status_id,
        text=text,
        location=location,
        date=when[0],
        posted_at=when[1],
        kind=kind,
        account=who,
        url=url if isinstance(url, str) else status_id,
        platform="mastodon",
        urls=links,
    )
