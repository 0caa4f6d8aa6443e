"""postlint on Spark: lint a DataFrame of posts on the cluster's executors.

    from postlint.spark import lint_dataframe

    findings = lint_dataframe(posts, text_col="text", date_col="created_at",
                              id_col="post_id", config=".postlint.toml")
    findings.write.parquet("abfss://audit@lake.dfs.core.windows.net/findings")

The result has one row per finding, in the columns of ``postlint audit``'s findings file
(``post_id``, ``date``, ``account``, ``kind``, ``url``, ``rule``, ``severity``,
``confidence``, ``message``, ``evidence``, ``start``, ``end``, ...), plus ``error`` for a
post that could not be checked (``rule`` empty) and any ``keep_cols``.

It runs ``mapInPandas``: each Python worker builds one Linter from the config's JSON on its
first batch (``postlint.linter_for``) and keeps it; the Linter is never pickled. Arrow hands
the worker ``spark.sql.execution.arrow.maxRecordsPerBatch`` rows at a time (10,000 by
default; 2,000 suits posts, see docs/audit.md). Install ``postlint[spark]`` on the driver
and the executors (a wheel on a Databricks cluster).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

import postlint
from postlint._audit.batch import FINDING_COLUMNS, error_row, lint_indexed, linter_from_json
from postlint._audit.fields import parse_time
from postlint._audit.records import KINDS, Post

if TYPE_CHECKING:
    import pandas
    from pyspark.sql import DataFrame

__all__ = ["FINDING_COLUMNS", "findings_schema", "lint_dataframe", "lint_pandas_batches"]


def findings_schema(keep: Sequence[tuple[str, str]] = ()) -> str:
    """The result's schema as a Spark DDL string: the finding columns, a ``finding`` number
    (the row's position among its batch's findings), then the kept columns."""
    columns = [*FINDING_COLUMNS, ("finding", "long"), *keep]
    return ", ".join(f"`{name}` {kind}" for name, kind in columns)


def _config_json(config: postlint.Config | str | Path | None) -> str:
    if config is None:
        return postlint.Config().model_dump_json()
    if isinstance(config, postlint.Config):
        return config.model_dump_json()
    return postlint.Config.from_file(config).model_dump_json()


def _text(value: Any) -> str | None:
    """A cell as text: pandas gives None, NaN or NaT for a missing value."""
    if value is None or value != value:  # NaN and NaT are not equal to themselves
        return None
    return str(value)


def lint_pandas_batches(
    batches: Iterator[pandas.DataFrame],
    *,
    config_json: str,
    columns: dict[str, str | None],
    platform: str | None = None,
    keep: Sequence[str] = (),
) -> Iterator[pandas.DataFrame]:
    """The batch function ``lint_dataframe`` hands ``mapInPandas`` (also usable with Ray
    Data's ``map_batches`` and Dask's ``map_partitions``, see docs/audit.md): pandas
    DataFrames of posts in, pandas DataFrames of finding rows out."""
    import pandas

    linter = linter_from_json(config_json)
    names = [name for name, _ in FINDING_COLUMNS]
    for frame in batches:
        posts: list[Post] = []
        bad: dict[int, str] = {}
        records = frame.to_dict("records")
        for index, record in enumerate(records):
            post, problem = _post(record, index, columns, platform)
            if problem:
                bad[index] = problem
                post = replace(post, text="")  # not checked: an error row says why
            posts.append(post)
        rows = lint_indexed(linter, posts)
        rows += [(index, error_row(posts[index], problem)) for index, problem in bad.items()]
        rows.sort(key=lambda pair: pair[0])
        out = []
        for number, (index, row) in enumerate(rows):
            row = {**row, "finding": number}
            for name in keep:
                row[name] = records[index].get(name)
            out.append(row)
        yield pandas.DataFrame(out, columns=[*names, "finding", *keep])


def _post(
    record: dict[str, Any], index: int, columns: dict[str, str | None], platform: str | None
) -> tuple[Post, str | None]:
    def cell(key: str) -> Any:
        column = columns.get(key)
        return record.get(column) if column else None

    text = _text(cell("text")) or ""
    post_id = _text(cell("id"))
    location = _text(cell("location")) or post_id or f"row {index}"
    kind = _text(cell("kind")) or "post"
    problem = None
    when = None
    raw_date = cell("date")
    if _text(raw_date) is not None:
        when = parse_time(
            raw_date if not hasattr(raw_date, "to_pydatetime") else raw_date.to_pydatetime()
        )
        if when is None:
            problem = f"{columns['date']!r} value {_text(raw_date)!r} is not a date"
    if kind not in KINDS:
        problem = f"kind {kind!r} is not one of {', '.join(KINDS)}"
        kind = "post"
    post = Post(
        id=post_id or location,
        text=text,
        location=location,
        date=when[0] if when else None,
        posted_at=when[1] if when else None,
        kind=kind,  # type: ignore[arg-type]
        account=_text(cell("account")) or "",
        url=_text(cell("url")),
        platform=_text(cell("platform")) or platform,
    )
    return post, problem


def lint_dataframe(
    df: DataFrame,
    text_col: str = "text",
    *,
    config: postlint.Config | str | Path | None = None,
    id_col: str | None = None,
    date_col: str | None = None,
    kind_col: str | None = None,
    account_col: str | None = None,
    url_col: str | None = None,
    location_col: str | None = None,
    platform_col: str | None = None,
    platform: str | None = None,
    keep_cols: Sequence[str] = (),
) -> DataFrame:
    """One row per finding for the posts in ``df`` (lazy, like any transformation).

    ``config`` is a Config, a path to a ``.postlint.toml`` (read here, on the driver), or
    ``None`` for the defaults. Each post is checked with its own date (``date_col``: a date,
    a timestamp or an ISO/X-style string) and kind (``kind_col``: post, reply, repost,
    quote); ``platform`` (``x``, ``bluesky``, ...) sets length limits for every row.
    ``platform_col`` gives each row its own platform instead. ``keep_cols`` are copied from
    the post to each of its findings.
    """
    config_json = _config_json(config)
    columns = {
        "text": text_col,
        "id": id_col,
        "date": date_col,
        "kind": kind_col,
        "account": account_col,
        "url": url_col,
        "location": location_col,
        "platform": platform_col,
    }
    known = set(df.columns)
    missing = [c for c in [*columns.values(), *keep_cols] if c is not None and c not in known]
    if missing:
        raise postlint.InputError(f"lint_dataframe: no column {missing[0]!r} in the DataFrame")
    wanted = list(dict.fromkeys([c for c in columns.values() if c] + list(keep_cols)))
    fields = {field.name: field.dataType.simpleString() for field in df.schema.fields}
    keep = [(name, fields[name]) for name in keep_cols]
    return _map(df.select(*wanted), config_json, columns, platform, keep)


def _map(
    df: DataFrame,
    config_json: str,
    columns: dict[str, str | None],
    platform: str | None,
    keep: Sequence[tuple[str, str]],
) -> DataFrame:
    keep_names = [name for name, _ in keep]

    # A closure over strings only: what reaches the executors is the config's JSON, never a
    # Linter or a spaCy pipeline.
    def run(batches: Iterator[pandas.DataFrame]) -> Iterator[pandas.DataFrame]:
        yield from lint_pandas_batches(
            batches, config_json=config_json, columns=columns, platform=platform, keep=keep_names
        )

    return df.mapInPandas(run, findings_schema(keep))
