"""Bluesky repository exports: ``app.bsky.feed.post`` (and ``app.bsky.feed.repost``)
records, from the repository's CAR file (``com.atproto.sync.getRepo``, the account's
"export my data"; read with ``libipld``) or from its JSON form (``{"records": [{"uri",
"cid", "value"}]}`` as ``com.atproto.repo.listRecords`` pages give it).

A post's ``reply`` makes it a reply; an ``embed`` of a record (``app.bsky.embed.record``,
``recordWithMedia``) makes it a quote; links come from the text's link facets and an
external embed.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from postlint._audit.fields import parse_time
from postlint._audit.readers import Member, ReadOptions, Row, open_text
from postlint._audit.records import Kind, Post, Skipped
from postlint._audit.streams import JsonStream, SourceError, has_undecodable_bytes

__all__ = ["MAX_CAR_BYTES", "read_car", "read_records_json"]

POST = "app.bsky.feed.post"
REPOST = "app.bsky.feed.repost"
#: A CAR file is decoded whole (its blocks refer to each other in any order). A large
#: account's repository is tens of megabytes; past this it is refused, to bound memory.
MAX_CAR_BYTES = 512 * 1024 * 1024
_QUOTE_EMBEDS = frozenset({"app.bsky.embed.record", "app.bsky.embed.recordWithMedia"})


def read_car(member: Member, options: ReadOptions) -> Iterator[Row]:
    try:
        import libipld
    except ImportError:
        raise SourceError(
            f"{member.name}: reading a Bluesky CAR file needs libipld: "
            "pip install 'postlint[audit]'"
        ) from None
    with member.open() as handle:
        data = handle.read(MAX_CAR_BYTES + 1)
    if len(data) > MAX_CAR_BYTES:
        raise SourceError(f"{member.name}: a CAR file larger than {MAX_CAR_BYTES:,} bytes")
    try:
        header, blocks = libipld.decode_car(data)
    except Exception as error:  # libipld raises ValueError and its own decode errors
        raise SourceError(f"{member.name}: not a readable CAR file: {error}") from None
    del data
    roots = header.get("roots") if isinstance(header, dict) else None
    commit = blocks.get(roots[0]) if isinstance(roots, list) and roots else None
    if not isinstance(commit, dict) or not isinstance(commit.get("did"), str):
        raise SourceError(f"{member.name}: the CAR file has no repository commit at its root")
    did = str(commit["did"])
    number = 0
    for key, cid in _mst_entries(blocks, commit.get("data"), member.name):
        collection, _, rkey = key.partition("/")
        if collection not in {POST, REPOST}:
            continue
        number += 1
        location = f"{member.name}#{key}"
        record = blocks.get(cid)
        if record is None:
            yield Skipped(location, "the record's block is missing from the CAR file")
            continue
        yield _record(record, f"at://{did}/{key}", location, options.account or did, rkey)


def _mst_entries(blocks: dict[Any, Any], root: Any, name: str) -> Iterator[tuple[str, Any]]:
    """``(collection/rkey, record CID)`` in key order: the Merkle search tree's nodes hold a
    left subtree ``l`` and entries ``e``, each a key (``p`` characters shared with the
    previous key, then the suffix ``k``), a value ``v`` and a right subtree ``t``."""
    stack: list[Any] = [("node", root)]
    while stack:
        what, value = stack.pop()
        if what == "entry":
            yield value
            continue
        if value is None:
            continue
        node = blocks.get(value)
        if not isinstance(node, dict):
            raise SourceError(f"{name}: a tree node of the repository is missing")
        pending: list[Any] = [("node", node.get("l"))]
        previous = b""
        for entry in node.get("e") or []:
            suffix = entry.get("k", b"")
            key = previous[: int(entry.get("p", 0))] + suffix
            previous = key
            pending.append(("entry", (key.decode("utf-8", "replace"), entry.get("v"))))
            pending.append(("node", entry.get("t")))
        stack.extend(reversed(pending))


def read_records_json(member: Member, options: ReadOptions) -> Iterator[Row]:
    with open_text(member) as handle:
        stream = JsonStream(handle, member.name)
        if stream.peek() == "{":
            stream.expect("{")
            if not stream.object_member("records"):
                raise SourceError(f"{member.name}: a JSON object without records")
        for number, item in enumerate(stream.array_items(), start=1):
            location = f"{member.name}#{number}"
            if not isinstance(item, dict) or not isinstance(item.get("uri"), str):
                yield Skipped(location, "a record without its at:// uri")
                continue
            uri = str(item["uri"])
            parts = uri.removeprefix("at://").split("/")
            if len(parts) != 3 or parts[1] not in {POST, REPOST}:
                if len(parts) == 3:
                    continue  # a like, a follow: not something the account said
                yield Skipped(location, f"{uri!r} is not an at://did/collection/rkey address")
                continue
            yield _record(item.get("value"), uri, location, options.account or parts[0], parts[2])


def _record(record: Any, uri: str, location: str, account: str, rkey: str) -> Row:
    if not isinstance(record, dict):
        return Skipped(location, "the record is not an object")
    did = uri.removeprefix("at://").split("/", 1)[0]
    when = parse_time(record.get("createdAt"))
    if record.get("$type") == REPOST:
        subject = record.get("subject")
        subject_uri = subject.get("uri") if isinstance(subject, dict) else None
        return Post(
            id=uri,
            text="",  # a repost carries the reposted post's address, not its words
            location=location,
            date=when[0] if when else None,
            posted_at=when[1] if when else None,
            kind="repost",
            account=account,
            url=_web_url(subject_uri) if isinstance(subject_uri, str) else None,
            platform="bluesky",
        )
    text = record.get("text")
    if not isinstance(text, str):
        return Skipped(location, "a post record without text")
    if when is None:
        return Skipped(location, f"createdAt {record.get('createdAt')!r} is not a date")
    if has_undecodable_bytes(text):
        return Skipped(location, "text is not valid UTF-8")
    found_embed = record.get("embed")
    embed: dict[str, Any] = found_embed if isinstance(found_embed, dict) else {}
    kind: Kind = "post"
    if record.get("reply"):
        kind = "reply"
    if embed.get("$type") in _QUOTE_EMBEDS:
        kind = "quote"
    return Post(
        id=uri,
        text=text,
        location=location,
        date=when[0],
        posted_at=when[1],
        kind=kind,
        account=account,
        url=f"https://bsky.app/profile/{did}/post/{rkey}",
        platform="bluesky",
        urls=_links(record, embed),
    )


def _links(record: dict[str, Any], embed: dict[str, Any]) -> tuple[str, ...]:
    found: list[str] = []
    for facet in record.get("facets") or []:
        for feature in (facet.get("features") if isinstance(facet, dict) else None) or []:
            if isinstance(feature, dict) and isinstance(feature.get("uri"), str):
                found.append(feature["uri"])
    external = embed.get("external")
    if isinstance(external, dict) and isinstance(external.get("uri"), str):
        found.append(external["uri"])
    return tuple(dict.fromkeys(found))


def _web_url(uri: str) -> str | None:
    parts = uri.removeprefix("at://").split("/")
    if len(parts) == 3 and parts[1] == POST:
        return f"https://bsky.app/profile/{parts[0]}/post/{parts[2]}"
    return None
