"""Writing what an audit found: each partition's rows (JSON Lines, written whole then
renamed, so a partition on disk is always complete), then ``findings.jsonl``, ``.csv`` or
``.parquet`` and ``skipped.jsonl`` assembled from the partitions in order."""

from __future__ import annotations

import csv
import json
import os
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from postlint._audit.batch import FINDING_COLUMNS
from postlint._audit.streams import SourceError

__all__ = [
    "FINDINGS_FORMATS",
    "FindingsWriter",
    "read_rows",
    "write_json_atomic",
    "write_rows_atomic",
]

FINDINGS_FORMATS = ("jsonl", "csv", "parquet")
#: The columns of a findings file: a row per finding (rows for posts that could not be
#: checked go to skipped.jsonl instead).
OUTPUT_COLUMNS = tuple(name for name, _ in FINDING_COLUMNS if name != "error")
_PARQUET_ROWS_PER_GROUP = 10_000


def _replace_atomically(path: Path, write: Callable[[Path], None]) -> None:
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        write(temporary)
        temporary.replace(path)
    finally:
        temporary.unlink(missing_ok=True)


def write_rows_atomic(path: Path, rows: Iterable[dict[str, Any]]) -> None:
    def write(target: Path) -> None:
        with target.open("w", encoding="utf-8", errors="surrogatepass") as handle:
            for row in rows:
                handle.write(json.dumps(row, ensure_ascii=False) + "\n")

    _replace_atomically(path, write)


def write_json_atomic(path: Path, data: Any) -> None:
    def write(target: Path) -> None:
        target.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")

    _replace_atomically(path, write)


def read_rows(path: Path) -> Iterator[dict[str, Any]]:
    with path.open(encoding="utf-8", errors="surrogatepass") as handle:
        for line in handle:
            if line.strip():
                yield json.loads(line)


class FindingsWriter:
    """``findings.<format>`` written row by row into a temporary file, renamed into place
    by ``close``: a reader never sees half a file."""

    def __init__(self, folder: Path, findings_format: str) -> None:
        self.path = folder / f"findings.{findings_format}"
        self._temporary = folder / f".findings.{findings_format}.{os.getpid()}.tmp"
        self._format = findings_format
        self._pending: list[dict[str, Any]] = []
        self._handle: Any = None
        self._writer: Any = None
        self.rows = 0
        if findings_format == "parquet":
            self._parquet_schema = _parquet_schema()  # raises SourceError without pyarrow
            import pyarrow.parquet as parquet

            self._writer = parquet.ParquetWriter(self._temporary, self._parquet_schema)
        else:
            self._handle = self._temporary.open("w", encoding="utf-8", newline="")
            if findings_format == "csv":
                self._writer = csv.DictWriter(self._handle, OUTPUT_COLUMNS, extrasaction="ignore")
                self._writer.writeheader()

    def write(self, row: dict[str, Any]) -> None:
        self.rows += 1
        if self._format == "jsonl":
            shown = {name: row.get(name) for name in OUTPUT_COLUMNS}
            self._handle.write(json.dumps(shown, ensure_ascii=False) + "\n")
        elif self._format == "csv":
            self._writer.writerow(row)
        else:
            self._pending.append(row)
            if len(self._pending) >= _PARQUET_ROWS_PER_GROUP:
                self._flush()

    def _flush(self) -> None:
        import pyarrow

        if self._pending:
            columns = {name: [row.get(name) for row in self._pending] for name in OUTPUT_COLUMNS}
            self._writer.write_table(pyarrow.table(columns, schema=self._parquet_schema))
            self._pending = []

    def close(self) -> None:
        if self._format == "parquet":
            self._flush()
            self._writer.close()
        else:
            self._handle.close()
        self._temporary.replace(self.path)

    def abandon(self) -> None:
        if self._handle is not None:
            self._handle.close()
        self._temporary.unlink(missing_ok=True)


def _parquet_schema() -> Any:
    try:
        import pyarrow
    except ImportError:
        raise SourceError(
            "--findings-format parquet needs pyarrow: pip install 'postlint[audit]'"
        ) from None
    types = {"string": pyarrow.string(), "double": pyarrow.float64(), "long": pyarrow.int64()}
    return pyarrow.schema(
        [(name, types[kind]) for name, kind in FINDING_COLUMNS if name != "error"]
    )
