"""Tables of posts: generic CSV, JSON Lines and Parquet with ``--text-column``,
``--date-column``, ``--id-column`` (and ``--account-column``, ``--url-column``).

Rows are read one at a time: a CSV through the ``csv`` module in strict mode (a stray or
unclosed quote is an error for that row, which is skipped), JSON Lines line by line with a
length cap, Parquet in record batches of the columns named.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from postlint._audit.fields import parse_time
from postlint._audit.readers import Member, ReadOptions, Row, open_text
from postlint._audit.records import Post, Skipped
from postlint._audit.streams import (
    MAX_LINE_CHARS,
    SourceError,
    bounded_lines,
    has_undecodable_bytes,
)

__all__ = ["account_from", "csv_rows", "read_csv", "read_jsonl", "read_parquet", "require_columns"]

_PARQUET_BATCH_ROWS = 2048


def _csv_records(member: Member) -> Iterator[tuple[int, list[str] | str]]:
    """``(first line, fields)`` per record, or ``(line, reason)`` for one that is broken."""
    with open_text(member, newline="") as handle:

        def lines() -> Iterator[str]:
            for line in bounded_lines(handle, member.name):
                if line is None:
                    raise SourceError(
                        f"{member.name}: a line longer than {MAX_LINE_CHARS:,} characters: "
                        "not a table of posts"
                    )
                yield line

        reader = csv.reader(lines(), strict=True)
        start = 1
        while True:
            try:
                fields = next(reader)
            except StopIteration:
                return
            except csv.Error as error:
                reason = str(error)
                if reason == "unexpected end of data":
                    reason = (
                        "a quote opened here is never closed "
                        f"(lines {start}-{reader.line_num} unread)"
                    )
                yield start, reason
            else:
                if fields:  # csv yields [] for a blank line
                    yield start, fields
            start = reader.line_num + 1


def _header(member: Member, records: Iterator[tuple[int, list[str] | str]]) -> list[str]:
    for _, fields in records:
        if isinstance(fields, str):
            raise SourceError(f"{member.name}: the header row is broken: {fields}")
        if has_undecodable_bytes("".join(fields)):
            raise SourceError(f"{member.name}: the header row is not valid UTF-8")
        return [name.strip() for name in fields]
    raise SourceError(f"{member.name}: empty: no header row")


def csv_rows(member: Member) -> tuple[list[str], Iterator[tuple[str, Mapping[str, Any] | str]]]:
    """The header, and ``(location, row as a dict)`` or ``(location, reason)`` per record."""
    records = _csv_records(member)
    header = _header(member, records)

    def rows() -> Iterator[tuple[str, Mapping[str, Any] | str]]:
        for line, fields in records:
            location = f"{member.name}:{line}"
            if isinstance(fields, str):
                yield location, f"broken CSV: {fields}"
            elif len(fields) != len(header):
                yield location, f"{len(fields)} fields where the header has {len(header)}"
            elif has_undecodable_bytes("".join(fields)):
                yield location, "not valid UTF-8"
            else:
                yield location, dict(zip(header, fields, strict=True))

    return header, rows()


def require_columns(member: Member, header: Iterable[str], wanted: Iterable[str | None]) -> None:
    known = set(header)
    for column in wanted:
        if column is not None and column not in known:
            shown = ", ".join(sorted(known)[:12])
            raise SourceError(f"{member.name}: no column {column!r} (columns: {shown})")


def _generic_post(
    location: str, row: Mapping[str, Any], options: ReadOptions, fallback_account: str
) -> Row:
    text = row.get(options.text_column)
    if text is None:
        text = ""
    if not isinstance(text, str):
        return Skipped(location, f"{options.text_column!r} is {type(text).__name__}, not text")
    date = None
    if options.date_column is not None:
        raw_date = row.get(options.date_column)
        date = parse_time(raw_date)
        if date is None:
            return Skipped(location, f"{options.date_column!r} value {raw_date!r} is not a date")
    post_id = location
    if options.id_column is not None:
        raw_id = row.get(options.id_column)
        if raw_id is None or str(raw_id).strip() == "":
            return Skipped(location, f"no {options.id_column!r}")
        post_id = str(raw_id).strip()
    account = fallback_account
    if options.account_column is not None:
        account = str(row.get(options.account_column) or "")
    url = str(row.get(options.url_column) or "") or None if options.url_column else None
    return Post(
        id=post_id,
        text=text,
        location=location,
        date=date[0] if date else None,
        posted_at=date[1] if date else None,
        account=options.account or account,
        url=url,
        platform=options.platform,
    )


def account_from(member: Member) -> str:
    """A table without an account column: its file's name stands for the account."""
    name = member.name.rsplit("!", 1)[-1].rsplit("/", 1)[-1]
    return name.rsplit(".", 1)[0] or name


def read_csv(member: Member, options: ReadOptions) -> Iterator[Row]:
    header, rows = csv_rows(member)
    require_columns(
        member,
        header,
        [
            options.text_column,
            options.date_column,
            options.id_column,
            options.account_column,
            options.url_column,
        ],
    )
    fallback = account_from(member)
    for location, row in rows:
        yield (
            Skipped(location, row)
            if isinstance(row, str)
            else _generic_post(location, row, options, fallback)
        )


def read_jsonl(member: Member, options: ReadOptions) -> Iterator[Row]:
    fallback = account_from(member)
    with open_text(member) as handle:
        for number, line in enumerate(bounded_lines(handle, member.name), start=1):
            location = f"{member.name}:{number}"
            if line is None:
                yield Skipped(location, f"a line longer than {MAX_LINE_CHARS:,} characters")
                continue
            if not line.strip():
                continue
            if has_undecodable_bytes(line):
                yield Skipped(location, "not valid UTF-8")
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as error:
                yield Skipped(location, f"not valid JSON: {error.msg}")
                continue
            if not isinstance(record, dict):
                yield Skipped(location, "not a JSON object")
                continue
            if options.text_column not in record:
                yield Skipped(location, f"no field {options.text_column!r}")
                continue
            yield _generic_post(location, record, options, fallback)


def read_parquet(member: Member, options: ReadOptions) -> Iterator[Row]:
    try:
        import pyarrow.parquet as parquet
    except ImportError:
        raise SourceError(
            f"{member.name}: reading Parquet needs pyarrow: pip install 'postlint[audit]'"
        ) from None
    columns = [
        column
        for column in dict.fromkeys(
            [
                options.text_column,
                options.date_column,
                options.id_column,
                options.account_column,
                options.url_column,
            ]
        )
        if column is not None
    ]
    try:
        with member.open() as handle:
            table = parquet.ParquetFile(handle)
            require_columns(member, table.schema_arrow.names, columns)
            fallback = account_from(member)
            number = 0
            for batch in table.iter_batches(batch_size=_PARQUET_BATCH_ROWS, columns=columns):
                for record in batch.to_pylist():
                    number += 1
                    yield _generic_post(f"{member.name}#{number}", record, options, fallback)
    except SourceError:
        raise
    except Exception as error:  # pyarrow's ArrowInvalid, OSError on a truncated file
        raise SourceError(
            f"{member.name}: not a readable Parquet file: {_first_line(error)}"
        ) from None


def _first_line(error: BaseException) -> str:
    return (str(error).strip().splitlines() or [type(error).__name__])[0]
