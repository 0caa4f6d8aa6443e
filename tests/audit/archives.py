"""Export archives built for the tests, in the exact formats the platforms write: an X
archive zip, a Mastodon export tar.gz, a Bluesky repository CAR file and its listRecords
JSON. The posts are invented."""

from __future__ import annotations

import hashlib
import io
import json
import tarfile
import zipfile
from pathlib import Path
from typing import Any

FIXTURES = Path(__file__).parent / "fixtures"
DID = "did:plc:exampledept2024"

#: (rkey, record) of the Bluesky repository, in key order (rkeys are time-ordered TIDs).
BLUESKY_RECORDS: list[tuple[str, str, dict[str, Any]]] = [
    (
        "app.bsky.feed.post",
        "3kq2aaaaaaa22",
        {
            "$type": "app.bsky.feed.post",
            "text": "Replacement buses run between York and Leeds this weekend.",
            "createdAt": "2024-05-03T08:00:00.000Z",
            "langs": ["en"],
        },
    ),
    (
        "app.bsky.feed.post",
        "3kq2bbbbbbb22",
        {
            "$type": "app.bsky.feed.post",
            "text": "Vote Labour on Thursday! example.org/plan",
            "createdAt": "2024-06-25T19:00:00.000Z",
            "facets": [
                {
                    "index": {"byteStart": 25, "byteEnd": 41},
                    "features": [
                        {"$type": "app.bsky.richtext.facet#link", "uri": "https://example.org/plan"}
                    ],
                }
            ],
        },
    ),
    (
        "app.bsky.feed.post",
        "3kq2ccccccc22",
        {
            "$type": "app.bsky.feed.post",
            "text": "Agreed, the timetable changes on Sunday.",
            "createdAt": "2024-06-26T07:30:00.000Z",
            "reply": {
                "root": {"uri": f"at://{DID}/app.bsky.feed.post/3kq2aaaaaaa22", "cid": "bafy"},
                "parent": {"uri": f"at://{DID}/app.bsky.feed.post/3kq2aaaaaaa22", "cid": "bafy"},
            },
        },
    ),
    (
        "app.bsky.feed.post",
        "3kq2ddddddd22",
        {
            "$type": "app.bsky.feed.post",
            "text": "Good thread on bus lanes.",
            "createdAt": "2024-06-27T07:30:00.000Z",
            "embed": {
                "$type": "app.bsky.embed.record",
                "record": {
                    "uri": "at://did:plc:someoneelse/app.bsky.feed.post/3kabc",
                    "cid": "bafy",
                },
            },
        },
    ),
    (
        "app.bsky.feed.repost",
        "3kq2eeeeeee22",
        {
            "$type": "app.bsky.feed.repost",
            "subject": {"uri": "at://did:plc:someoneelse/app.bsky.feed.post/3kdef", "cid": "bafy"},
            "createdAt": "2024-06-28T07:30:00.000Z",
        },
    ),
    (
        "app.bsky.graph.follow",
        "3kq2fffffff22",
        {
            "$type": "app.bsky.graph.follow",
            "subject": "did:plc:someoneelse",
            "createdAt": "2024-06-28T07:30:00.000Z",
        },
    ),
]


def _cid(block: bytes) -> bytes:
    """A CIDv1, dag-cbor codec (0x71), sha2-256 multihash (0x12, 32 bytes)."""
    return bytes([0x01, 0x71, 0x12, 0x20]) + hashlib.sha256(block).digest()


def _varint(number: int) -> bytes:
    out = bytearray()
    while True:
        low = number & 0x7F
        number >>= 7
        if number:
            out.append(low | 0x80)
        else:
            out.append(low)
            return bytes(out)


def bluesky_car(path: Path, *, drop_record: int | None = None) -> Path:
    """A CARv1 repository: header, signed commit, one MST node over the records, records.
    ``drop_record`` leaves one record's block out (a partial export)."""
    import libipld

    blocks = [libipld.encode_dag_cbor(record) for _, _, record in BLUESKY_RECORDS]
    entries = []
    previous = b""
    for (collection, rkey, _), block in zip(BLUESKY_RECORDS, blocks, strict=True):
        key = f"{collection}/{rkey}".encode()
        shared = 0
        while shared < min(len(key), len(previous)) and key[shared] == previous[shared]:
            shared += 1
        entries.append({"p": shared, "k": key[shared:], "v": _cid(block), "t": None})
        previous = key
    node = libipld.encode_dag_cbor({"l": None, "e": entries})
    commit = libipld.encode_dag_cbor(
        {
            "did": DID,
            "version": 3,
            "data": _cid(node),
            "rev": "3kq2zzzzzzz22",
            "prev": None,
            "sig": b"\x00" * 64,
        }
    )
    header = libipld.encode_dag_cbor({"roots": [_cid(commit)], "version": 1})
    out = bytearray(_varint(len(header)) + header)
    for index, block in enumerate([commit, node, *blocks]):
        if drop_record is not None and index == drop_record + 2:
            continue
        cid = _cid(block)
        out += _varint(len(cid) + len(block)) + cid + block
    path.write_bytes(bytes(out))
    return path


def bluesky_json(path: Path) -> Path:
    """The same records as com.atproto.repo.listRecords pages give them."""
    records = [
        {"uri": f"at://{DID}/{collection}/{rkey}", "cid": "bafyreib2rxk3rh6kzwq", "value": record}
        for collection, rkey, record in BLUESKY_RECORDS
    ]
    path.write_text(json.dumps({"records": records, "cursor": "3kq2fffffff22"}, indent=2), "utf-8")
    return path


def x_archive_zip(path: Path, *, tweets: bytes | None = None) -> Path:
    """An X archive: data/tweets.js, data/account.js, a media folder and the viewer."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(
            "Your archive.html", "<!DOCTYPE html><html><body>Your archive</body></html>"
        )
        archive.writestr("data/account.js", (FIXTURES / "account.js").read_bytes())
        archive.writestr(
            "data/tweets.js",
            tweets if tweets is not None else (FIXTURES / "tweets.js").read_bytes(),
        )
        archive.writestr(
            "data/tweets_media/1790000000000000002-abc.jpg", b"\xff\xd8\xff\xe0fakejpeg"
        )
        archive.writestr(
            "data/manifest.js", 'window.__THAR_CONFIG = {"userInfo": {"userName": "ExampleDept"}}'
        )
    return path


def mastodon_tar(path: Path) -> Path:
    """A Mastodon export: archive-*.tar.gz with actor.json, outbox.json, likes.json."""
    with tarfile.open(path, "w:gz") as archive:
        for name, data in [
            ("actor.json", json.dumps({"type": "Person", "preferredUsername": "roads"}).encode()),
            ("outbox.json", (FIXTURES / "outbox.json").read_bytes()),
            ("likes.json", json.dumps({"type": "OrderedCollection", "orderedItems": []}).encode()),
        ]:
            info = tarfile.TarInfo(name)
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))
    return path
