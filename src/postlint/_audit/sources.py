"""From a command-line argument to the members to read and the format of each.

A SOURCE is a file, a folder (an unpacked export) or an archive (``.zip``, ``.tar.gz``), and
its format is found from its shape: the ``window.YTD.`` prefix of an X archive's
``tweets.js``, an ActivityStreams collection with ``orderedItems`` (Mastodon's
``outbox.json``), a CAR header or listRecords JSON of ``app.bsky.feed.post`` records,
LinkedIn's ``Shares.csv`` header, Parquet's magic bytes, else the suffix (``.csv``,
``.jsonl``). ``--input-format`` names it when the shape is not enough.

Archives are opened member by member with caps that stop a zip bomb before it inflates:
a member may unpack to at most ``MAX_MEMBER_BYTES``, and one that claims to unpack more than
``MAX_RATIO`` times its packed size is refused.
"""

from __future__ import annotations

import re
import tarfile
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from postlint._audit.readers import Member, Reader
from postlint._audit.readers.bluesky import read_car, read_records_json
from postlint._audit.readers.linkedin import read_linkedin
from postlint._audit.readers.mastodon import read_outbox
from postlint._audit.readers.tables import read_csv, read_jsonl, read_parquet
from postlint._audit.readers.x import read_account_name, read_tweets
from postlint._audit.streams import SourceError, bounded

__all__ = [
    "FORMATS",
    "MAX_MEMBER_BYTES",
    "MAX_RATIO",
    "Input",
    "inputs_for",
]

#: What one member of an archive may unpack to: a heavy account's tweets.js is some
#: hundreds of megabytes.
MAX_MEMBER_BYTES = 4 * 1024**3
#: Text compresses to about a tenth; a zip bomb claims thousands of times its size.
MAX_RATIO = 200
_RATIO_FLOOR = 1024 * 1024  # small members may compress very well (a file of blanks)

READERS: dict[str, Reader] = {
    "x": read_tweets,
    "mastodon": read_outbox,
    "bluesky-car": read_car,
    "bluesky-json": read_records_json,
    "linkedin": read_linkedin,
    "csv": read_csv,
    "jsonl": read_jsonl,
    "parquet": read_parquet,
}
FORMATS = tuple(READERS)

_TWEETS_FILE = re.compile(r"(?:^|/)data/tweets?(?:-part\d+)?\.js$")
_PART_NUMBER = re.compile(r"-part(\d+)\.js$")
_SNIFF_BYTES = 64 * 1024


@dataclass(frozen=True, slots=True)
class Input:
    """One member to read, its format and reader, and what identifies its content."""

    source: str
    format: str
    member: Member
    identity: str
    """The file's path, size and modification time (and the member's name): a rerun
    resumes only over the very same bytes."""
    account: str | None = None
    """The account the export belongs to, when a sibling file says (X's ``account.js``)."""

    @property
    def reader(self) -> Reader:
        return READERS[self.format]


def _file_identity(path: Path) -> str:
    status = path.stat()
    return f"{path.resolve()}|{status.st_size}|{status.st_mtime_ns}"


def _disk_member(path: Path, name: str) -> Member:
    def open_file() -> IO[bytes]:
        return path.open("rb")

    return Member(name, open_file)


def _tweet_files_first(names: list[str]) -> list[str]:
    """``tweets.js`` then ``tweets-part1.js``, ``part2``... in number order."""

    def order(name: str) -> int:
        found = _PART_NUMBER.search(name)
        return int(found.group(1)) if found else 0

    return sorted((n for n in names if _TWEETS_FILE.search(n)), key=order)


def inputs_for(raw: str, forced_format: str | None = None) -> list[Input]:
    """The inputs a SOURCE argument names; raises SourceError when it names none."""
    path = Path(raw)
    if not path.exists():
        raise SourceError(f"{raw}: no such file or folder")
    if path.is_dir():
        return _folder_inputs(raw, path, forced_format)
    try:
        with path.open("rb") as handle:
            head = handle.read(_SNIFF_BYTES)
    except OSError as error:
        raise SourceError(f"{raw}: cannot read: {error.strerror or error}") from None
    identity = _file_identity(path)
    if head.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return _zip_inputs(raw, path, identity, forced_format)
    if head.startswith(b"\x1f\x8b") or raw.endswith((".tar", ".tgz")):
        return _tar_inputs(raw, path, identity)
    found = forced_format or sniff(head, path.name)
    if found is None:
        raise SourceError(
            f"{raw}: not a known export (X tweets.js, Mastodon outbox.json, Bluesky CAR or "
            "records JSON, LinkedIn Shares.csv, .csv, .jsonl, .parquet); --input-format names it"
        )
    account = None
    sibling = path.parent / "account.js"
    if found == "x" and sibling.is_file():  # tweets.js taken out of its data/ folder
        account = read_account_name(_disk_member(sibling, str(sibling)))
    return [Input(raw, found, _disk_member(path, raw), identity, account)]


def sniff(head: bytes, name: str) -> str | None:
    """The format the first bytes of a file show (``name`` decides only between tables)."""
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    lowered = name.lower()
    if text.startswith(b"window.YTD."):
        return "x"
    if head.startswith(b"PAR1"):
        return "parquet"
    if lowered.endswith(".car") or _looks_like_car(head):
        return "bluesky-car"
    if text.startswith((b"{", b"[")):
        window = text[:_SNIFF_BYTES]
        if b'"orderedItems"' in window:
            return "mastodon"
        if b"app.bsky.feed." in window and (b'"records"' in window or text.startswith(b"[")):
            return "bluesky-json"
        if text.startswith(b"{"):
            return "jsonl"
    first_line = text.split(b"\n", 1)[0]
    if all(column.encode() in first_line for column in ("Date", "ShareLink", "ShareCommentary")):
        return "linkedin"
    if lowered.endswith((".csv", ".tsv")):
        return "csv"
    if lowered.endswith((".jsonl", ".ndjson")):
        return "jsonl"
    return None


def _looks_like_car(head: bytes) -> bool:
    """A CARv1 starts with the header's length as a varint, then a DAG-CBOR map of two
    entries (``roots`` and ``version``)."""
    return len(head) > 2 and head[1] == 0xA2 and b"roots" in head[:16] and b"version" in head[:64]


def _folder_inputs(raw: str, folder: Path, forced_format: str | None) -> list[Input]:
    names = sorted(str(child.relative_to(folder)) for child in folder.rglob("*") if child.is_file())
    chosen = _choose_members(raw, names, forced_format)

    def member(name: str) -> Member:
        return _disk_member(folder / name, f"{raw.rstrip('/')}/{name}")

    account = None
    if chosen.account_file is not None:
        account = read_account_name(member(chosen.account_file))
    return [
        Input(raw, chosen.format, member(name), _file_identity(folder / name), account)
        for name in chosen.members
    ]


@dataclass(frozen=True, slots=True)
class _Chosen:
    format: str
    members: list[str]
    account_file: str | None = None


def _choose_members(raw: str, names: list[str], forced_format: str | None) -> _Chosen:
    """Which files of an export to read, by their names."""
    tweets = _tweet_files_first(names)
    if tweets and forced_format in {None, "x"}:
        account = next((n for n in names if n.endswith("data/account.js")), None)
        return _Chosen("x", tweets, account)
    outbox = [n for n in names if n.rsplit("/", 1)[-1] == "outbox.json"]
    if outbox and forced_format in {None, "mastodon"}:
        return _Chosen("mastodon", outbox[:1])
    shares = [n for n in names if n.rsplit("/", 1)[-1] == "Shares.csv"]
    if shares and forced_format in {None, "linkedin"}:
        return _Chosen("linkedin", shares[:1])
    raise SourceError(
        f"{raw}: no export found inside (looked for data/tweets.js, outbox.json, Shares.csv)"
    )


def _zip_inputs(raw: str, path: Path, identity: str, forced_format: str | None) -> list[Input]:
    try:
        with zipfile.ZipFile(path) as archive:
            infos = {info.filename: info for info in archive.infolist() if not info.is_dir()}
    except (zipfile.BadZipFile, OSError, ValueError) as error:
        raise SourceError(f"{raw}: not a readable zip archive: {error}") from None
    chosen = _choose_members(raw, sorted(infos), forced_format)
    for name in [*chosen.members, *([chosen.account_file] if chosen.account_file else [])]:
        _check_packed_size(f"{raw}!{name}", infos[name].file_size, infos[name].compress_size)

    def member(name: str) -> Member:
        def open_member() -> IO[bytes]:
            archive = zipfile.ZipFile(path)
            try:
                inner = archive.open(name)
            except (zipfile.BadZipFile, OSError, RuntimeError) as error:
                archive.close()
                raise SourceError(f"{raw}!{name}: cannot unpack: {error}") from None
            return bounded(inner, infos[name].file_size, f"{raw}!{name}", owner=archive)

        return Member(f"{raw}!{name}", open_member)

    account = read_account_name(member(chosen.account_file)) if chosen.account_file else None
    return [
        Input(raw, chosen.format, member(name), f"{identity}|{name}", account)
        for name in chosen.members
    ]


def _check_packed_size(name: str, unpacked: int, packed: int) -> None:
    if unpacked > MAX_MEMBER_BYTES:
        raise SourceError(
            f"{name}: unpacks to {unpacked:,} bytes, over the limit of {MAX_MEMBER_BYTES:,}"
        )
    if unpacked > _RATIO_FLOOR and unpacked > MAX_RATIO * max(packed, 1):
        raise SourceError(
            f"{name}: unpacks to {unpacked:,} bytes from {packed:,} "
            f"(over {MAX_RATIO}x: a zip bomb, not an export)"
        )


def _tar_inputs(raw: str, path: Path, identity: str) -> list[Input]:
    """A Mastodon export (``archive-*.tar.gz``): its ``outbox.json``, streamed."""

    def open_outbox() -> IO[bytes]:
        archive = _open_tar(raw, path)
        try:
            for info in archive:
                if info.size > MAX_MEMBER_BYTES:
                    raise SourceError(f"{raw}!{info.name}: {info.size:,} bytes, over the limit")
                if info.isfile() and info.name.rsplit("/", 1)[-1] == "outbox.json":
                    inner = archive.extractfile(info)
                    if inner is None:
                        break
                    return bounded(inner, info.size, f"{raw}!{info.name}", owner=archive)
        except (tarfile.TarError, OSError, EOFError) as error:
            archive.close()
            raise SourceError(f"{raw}: a broken tar archive: {error}") from None
        archive.close()
        raise SourceError(f"{raw}: no outbox.json in this tar archive")

    return [Input(raw, "mastodon", Member(f"{raw}!outbox.json", open_outbox), identity)]


def _open_tar(raw: str, path: Path) -> tarfile.TarFile:
    try:
        return tarfile.open(path, "r|*")  # a stream: members in order, nothing kept
    except (tarfile.TarError, OSError) as error:
        raise SourceError(f"{raw}: not a readable tar archive: {error}") from None
