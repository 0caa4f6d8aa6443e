"""X/Twitter archives: ``data/tweets.js`` (``window.YTD.tweets.part0 = [...]``; older archives
call it ``tweet.js``, large ones add ``tweets-part1.js``...), alone or in the archive's zip.

Each element is ``{"tweet": {...}}`` with ``id_str``, ``full_text`` (HTML-escaped, short
links as ``t.co``), ``created_at`` (``Wed Oct 10 20:19:24 +0000 2018``),
``in_reply_to_status_id_str`` and ``entities.urls`` (each ``url`` with its
``expanded_url``). An archive does not mark retweets except by their text, ``RT @name:``,
nor quotes except by a link to another post; a retweet's text after ``RT @name:`` is the
retweeted post's, kept as its shared text (no export carries a quoted post's words).
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from typing import IO, Any

from postlint._audit.fields import parse_time
from postlint._audit.readers import Member, ReadOptions, Row, open_text
from postlint._audit.records import Kind, Post, Skipped
from postlint._audit.streams import JsonStream, has_undecodable_bytes

__all__ = ["read_account_name", "read_tweets"]

_STATUS_LINK = re.compile(r"^https?://(?:www\.|mobile\.)?(?:twitter|x)\.com/\w+/status/\d+")
_RETWEET = re.compile(r"^RT @\w+: ")


def _stream(member: Member) -> tuple[JsonStream, IO[str]]:
    handle = open_text(member)
    stream = JsonStream(handle, member.name)
    if stream.peek() != "[":  # window.YTD.tweets.part0 = [ ... ]
        stream.skip_to("=")
    return stream, handle


def read_account_name(member: Member) -> str | None:
    """The @username in ``data/account.js``, for links to each post."""
    stream, handle = _stream(member)
    with handle:
        for item in stream.array_items():
            account = item.get("account") if isinstance(item, dict) else None
            if isinstance(account, dict) and isinstance(account.get("username"), str):
                return str(account["username"])
    return None


def read_tweets(member: Member, options: ReadOptions) -> Iterator[Row]:
    stream, handle = _stream(member)
    with handle:
        for number, item in enumerate(stream.array_items(), start=1):
            yield _tweet(item, f"{member.name}#{number}", options.account)


def _tweet(item: Any, location: str, username: str | None) -> Row:
    tweet = item.get("tweet", item) if isinstance(item, dict) else None
    if not isinstance(tweet, dict):
        return Skipped(location, "not a tweet object")
    tweet_id = tweet.get("id_str") or tweet.get("id")
    full_text = tweet.get("full_text", tweet.get("text"))
    if not isinstance(tweet_id, str | int) or not str(tweet_id).isdigit():
        return Skipped(location, "the tweet has no id_str")
    if not isinstance(full_text, str):
        return Skipped(location, f"tweet {tweet_id} has no full_text")
    when = parse_time(tweet.get("created_at"))
    if when is None:
        return Skipped(
            location, f"tweet {tweet_id}: created_at {tweet.get('created_at')!r} is not a date"
        )
    text = html.unescape(full_text)
    if has_undecodable_bytes(text):
        return Skipped(location, f"tweet {tweet_id}: text is not valid UTF-8")
    links: list[str] = []
    entities = tweet.get("entities")
    for entity in (entities.get("urls") if isinstance(entities, dict) else None) or []:
        if not isinstance(entity, dict):
            continue
        short, expanded = entity.get("url"), entity.get("expanded_url")
        if isinstance(expanded, str) and expanded:
            links.append(expanded)
            if isinstance(short, str) and short:
                text = text.replace(short, expanded)
    kind: Kind = "post"
    shared_text = None
    retweet = _RETWEET.match(text)
    if retweet:
        kind = "repost"
        shared_text = text[retweet.end() :]  # the retweeted post's words, as the archive has them
    elif tweet.get("in_reply_to_status_id_str") or tweet.get("in_reply_to_status_id"):
        kind = "reply"
    elif any(_STATUS_LINK.match(link) for link in links):
        kind = "quote"
    account = username or ""
    url = (
        f"https://x.com/{username}/status/{tweet_id}"
        if username
        else f"https://x.com/i/web/status/{tweet_id}"
    )
    return Post(
        id=str(tweet_id),
        text=text,
        location=location,
        date=when[0],
        posted_at=when[1],
        kind=kind,
        account=account,
        url=url,
        platform="x",
        shared_text=shared_text,
        urls=tuple(links),
    )
