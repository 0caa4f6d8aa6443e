"""``postlint audit --engine spark``: the same partitions, checked by Spark.

The driver reads the sources as the local engine does, writing the posts of each partition
not yet on disk to a Parquet file under ``DIR/spark-input``; Spark then checks them all with
``postlint.spark.lint_dataframe`` (in local mode here, or on a cluster with ``--spark-master``)
and writes the findings by partition; the driver reads them back one partition at a time,
in post order, into each partition's files. The driver never holds more than one
partition's posts or findings.
"""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from postlint._audit.outputs import write_json_atomic, write_rows_atomic
from postlint._audit.partitions import Partition
from postlint._audit.streams import SourceError

__all__ = ["ARROW_BATCH_ROWS", "SparkEngine", "spark_session"]

#: Rows per Arrow batch handed to a Python worker: a few seconds of checking per batch, a
#: few megabytes of posts (Spark's default of 10,000 suits narrow numeric rows).
ARROW_BATCH_ROWS = 2000
_POST_COLUMNS = ("id", "text", "location", "posted_at", "kind", "account", "url", "platform")


def spark_session(master: str | None) -> Any:
    """The active SparkSession, or a new one on ``master`` (default ``local[*]``)."""
    try:
        from pyspark.sql import SparkSession
    except ImportError:
        raise SourceError("--engine spark needs PySpark: pip install 'postlint[spark]'") from None
    # Spark starts its Python workers with $PYSPARK_PYTHON, else "python3": on a laptop
    # that is rarely the environment postlint is installed in.
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    builder = SparkSession.builder.appName("postlint audit")
    if master:
        builder = builder.master(master)
    elif SparkSession.getActiveSession() is None:
        builder = builder.master("local[*]")
    try:
        return (
            builder.config("spark.sql.execution.arrow.maxRecordsPerBatch", str(ARROW_BATCH_ROWS))
            .config("spark.ui.enabled", "false")
            .getOrCreate()
        )
    except Exception as error:  # no Java, a master that does not answer
        first = (str(error).strip().splitlines() or [type(error).__name__])[0]
        raise SourceError(f"Spark did not start: {first}") from None


class SparkEngine:
    def __init__(
        self, out: Path, config_json: str, master: str | None, advance: Callable[[int], None]
    ) -> None:
        try:
            import pyarrow  # noqa: F401
        except ImportError:
            raise SourceError(
                "--engine spark needs pyarrow: pip install 'postlint[spark]'"
            ) from None
        self._input = out / "spark-input"
        shutil.rmtree(self._input, ignore_errors=True)
        self._input.mkdir(parents=True)
        self._config_json = config_json
        self._master = master
        self._advance = advance
        self._partitions: list[tuple[Partition, dict[str, Any]]] = []

    def submit(self, partition: Partition) -> None:
        import pyarrow
        import pyarrow.parquet as parquet

        key = len(self._partitions)
        columns: dict[str, list[Any]] = {name: [] for name in _POST_COLUMNS}
        for post in partition.posts:
            columns["id"].append(post.id)
            columns["text"].append(post.text)
            columns["location"].append(post.location)
            columns["posted_at"].append(post.posted_at)
            columns["kind"].append(post.kind)
            columns["account"].append(post.account)
            columns["url"].append(post.url)
            columns["platform"].append(post.platform)
        table = pyarrow.table(
            {
                **{
                    name: pyarrow.array(values, pyarrow.string())
                    for name, values in columns.items()
                },
                "part": pyarrow.array([key] * len(partition.posts), pyarrow.int64()),
                "seq": pyarrow.array(range(len(partition.posts)), pyarrow.int64()),
            }
        )
        parquet.write_table(table, self._input / f"part-{key:06d}.parquet")
        self._partitions.append((partition, partition.summary.to_json(0)))
        partition.posts = []  # written out: the driver keeps only the counts

    def close(self) -> None:
        if not self._partitions:
            return
        import postlint
        from postlint.spark import lint_dataframe

        session = spark_session(self._master)
        posts = session.read.parquet(str(self._input))
        findings = lint_dataframe(
            posts,
            "text",
            config=postlint.Config.model_validate_json(self._config_json),
            id_col="id",
            # The full timestamp gives the same day and the same posted_at as locally.
            date_col="posted_at",
            kind_col="kind",
            account_col="account",
            url_col="url",
            location_col="location",
            platform_col="platform",
            keep_cols=("part", "seq"),
        )
        # Written by part, not sorted by Spark: a global sort samples its input first, which
        # would check every post twice. Each part's findings are few; the driver sorts them.
        found = self._input.parent / "spark-findings"
        try:
            findings.write.mode("overwrite").partitionBy("part").parquet(str(found))
        except Exception as error:  # py4j's and Spark's own errors carry a Java stack trace
            first = (str(error).strip().splitlines() or [type(error).__name__])[0]
            raise SourceError(f"Spark could not check the posts: {first}") from None
        import pyarrow.parquet as parquet

        for key in range(len(self._partitions)):
            folder = found / f"part={key}"
            rows = parquet.read_table(folder).to_pylist() if folder.is_dir() else []
            rows.sort(key=lambda row: (row["seq"], row["finding"]))
            for row in rows:
                del row["seq"], row["finding"]
            self._write(key, rows)
        shutil.rmtree(found, ignore_errors=True)
        shutil.rmtree(self._input, ignore_errors=True)

    def _write(self, key: int, rows: list[dict[str, Any]]) -> None:
        partition, summary = self._partitions[key]
        partition.directory.mkdir(parents=True, exist_ok=True)
        write_rows_atomic(partition.findings_path, rows)
        write_json_atomic(partition.summary_path, {**summary, "rows": len(rows)})
        self._advance(int(summary["posts"]))
