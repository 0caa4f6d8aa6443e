"""Reading sources into numbered partitions of posts, resumably.

Every source is read in full on every run (reading is fast; checking is not), and its rows
are cut into partitions of ``partition_size`` rows in reading order, so a rerun over the same
bytes with the same config meets the same partitions. A partition whose summary file is on
disk was finished by an earlier run and is not checked again.

While reading, each partition's summary is counted here: posts, posts with text, posts per
month and per account, and the rows skipped (with duplicate ids, found through an on-disk
index so memory does not grow with the archive).
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import postlint
from postlint._audit.readers import ReadOptions, Row
from postlint._audit.records import Post, Skipped
from postlint._audit.sources import Input, inputs_for
from postlint._audit.streams import SourceError

__all__ = ["Partition", "ReadSummary", "SeenIds", "read_partitions"]


@dataclass(slots=True)
class ReadSummary:
    """What reading one partition found (written beside its findings when it is done)."""

    posts: int = 0
    with_text: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)
    months: Counter[str] = field(default_factory=Counter)
    accounts: Counter[str] = field(default_factory=Counter)

    def add(self, row: Row) -> None:
        if isinstance(row, Skipped):
            self.skipped.append((row.location, row.reason))
            return
        self.posts += 1
        if row.text.strip():
            self.with_text += 1
            self.months[row.date.strftime("%Y-%m") if row.date else "undated"] += 1
            self.accounts[row.account] += 1

    def to_json(self, rows: int) -> dict[str, Any]:
        return {
            "posts": self.posts,
            "with_text": self.with_text,
            "skipped": self.skipped,
            "months": dict(self.months),
            "accounts": dict(self.accounts),
            "rows": rows,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> ReadSummary:
        return cls(
            posts=int(data["posts"]),
            with_text=int(data["with_text"]),
            skipped=[(str(a), str(b)) for a, b in data["skipped"]],
            months=Counter({str(k): int(v) for k, v in data["months"].items()}),
            accounts=Counter({str(k): int(v) for k, v in data["accounts"].items()}),
        )


@dataclass(slots=True)
class Partition:
    """Up to ``partition_size`` consecutive rows of one source."""

    directory: Path
    number: int
    posts: list[Post] = field(default_factory=list)
    summary: ReadSummary = field(default_factory=ReadSummary)

    @property
    def findings_path(self) -> Path:
        return self.directory / f"part-{self.number:05d}.jsonl"

    @property
    def summary_path(self) -> Path:
        return self.directory / f"part-{self.number:05d}.json"

    @property
    def done(self) -> bool:
        """Finished by this run or an earlier one (the summary is written last)."""
        return self.summary_path.is_file() and self.findings_path.is_file()


class SeenIds:
    """Post ids met so far, in an SQLite file: a duplicate id is skipped and points at the
    first row that had it, whatever the number of posts."""

    def __init__(self, path: Path) -> None:
        path.unlink(missing_ok=True)
        self._path = path
        self._db = sqlite3.connect(path)
        self._db.execute("PRAGMA journal_mode = OFF")
        self._db.execute("PRAGMA synchronous = OFF")
        self._db.execute("CREATE TABLE seen (key TEXT PRIMARY KEY, location TEXT) WITHOUT ROWID")

    def first_location(self, key: str, location: str) -> str | None:
        """``None`` the first time ``key`` is met, else where it was first met."""
        cursor = self._db.execute(
            "INSERT OR IGNORE INTO seen (key, location) VALUES (?, ?)", (key, location)
        )
        if cursor.rowcount:
            return None
        found = self._db.execute("SELECT location FROM seen WHERE key = ?", (key,)).fetchone()
        return str(found[0]) if found else location

    def close(self) -> None:
        self._db.close()
        self._path.unlink(missing_ok=True)


@dataclass(slots=True)
class SourceProblem:
    """A SOURCE argument none of which could be opened."""

    source: str
    reason: str


def _fingerprint(config_json: str, settings: str, identities: Sequence[str]) -> str:
    digest = hashlib.sha256()
    for part in (postlint.__version__, config_json, settings, *identities):
        digest.update(part.encode("utf-8", "surrogatepass"))
        digest.update(b"\0")
    return digest.hexdigest()[:20]


def _rows(item: Input, options: ReadOptions) -> Iterator[Row]:
    """An input's rows; a failure part way becomes a last skipped row naming it."""
    if item.account is not None and options.account is None:
        options = ReadOptions(**{**_as_dict(options), "account": item.account})
    try:
        yield from item.reader(item.member, options)
    except SourceError as error:
        yield Skipped(item.member.name, str(error).removeprefix(f"{item.member.name}: "))
    except OSError as error:  # the disk, or a member that will not unpack
        yield Skipped(item.member.name, f"cannot read: {error.strerror or error}")


def _as_dict(options: ReadOptions) -> dict[str, Any]:
    return {name: getattr(options, name) for name in options.__slots__}


def read_partitions(
    sources: Sequence[str],
    *,
    options: ReadOptions,
    forced_format: str | None,
    config_json: str,
    partition_size: int,
    parts_root: Path,
    seen: SeenIds,
) -> Iterator[Partition | SourceProblem]:
    """Every partition of every source in order, or a problem for a source that cannot be
    opened at all."""
    settings = json.dumps(
        {"options": _as_dict(options), "format": forced_format, "size": partition_size},
        sort_keys=True,
    )
    identities: list[str] = []
    for source in sources:
        try:
            inputs = inputs_for(source, forced_format)
        except SourceError as error:
            yield SourceProblem(source, str(error).removeprefix(f"{source}: "))
            continue
        for item in inputs:
            identities.append(f"{item.identity}|{item.format}")
            directory = parts_root / _fingerprint(config_json, settings, identities)
            partition = Partition(directory, 0)
            for row in _rows(item, options):
                if isinstance(row, Post):
                    first = seen.first_location(f"{row.platform or ''}|{row.id}", row.location)
                    if first is not None:
                        row = Skipped(row.location, f"duplicate id {row.id} (first at {first})")
                partition.summary.add(row)
                if isinstance(row, Post):
                    partition.posts.append(row)
                if len(partition.posts) + len(partition.summary.skipped) >= partition_size:
                    yield partition
                    partition = Partition(directory, partition.number + 1)
            if partition.posts or partition.summary.skipped or partition.number == 0:
                yield partition
