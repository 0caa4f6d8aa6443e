"""An audit from start to end: read the sources into partitions, have an engine check the
partitions not already on disk, then assemble findings, ``skipped.jsonl`` and the report."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal, Protocol

from postlint._audit.outputs import FindingsWriter, read_rows
from postlint._audit.partitions import (
    Partition,
    ReadSummary,
    SeenIds,
    SourceProblem,
    read_partitions,
)
from postlint._audit.readers import ReadOptions
from postlint._audit.report import render_report
from postlint._audit.summary import AuditSummary

__all__ = ["DEFAULT_PARTITION_SIZE", "AuditRequest", "AuditResult", "run_audit"]

#: Rows per partition: a few seconds of checking, so a stopped audit loses little, and few
#: enough files for millions of posts.
DEFAULT_PARTITION_SIZE = 2000
PARTS_FOLDER = "parts"


class Engine(Protocol):
    def submit(self, partition: Partition) -> None: ...
    def close(self) -> None: ...


@dataclass(frozen=True, slots=True)
class AuditRequest:
    sources: tuple[str, ...]
    out: Path
    config_json: str
    options: ReadOptions = field(default_factory=ReadOptions)
    input_format: str | None = None
    findings_format: str = "jsonl"
    engine: Literal["local", "spark"] = "local"
    jobs: int = 1
    partition_size: int = DEFAULT_PARTITION_SIZE
    spark_master: str | None = None


@dataclass(slots=True)
class AuditResult:
    summary: AuditSummary
    problems: list[SourceProblem]
    findings_path: Path
    report_path: Path
    skipped_path: Path
    partitions: int = 0
    resumed: int = 0


def _engine(request: AuditRequest, advance: Callable[[int], None]) -> Engine:
    if request.engine == "spark":
        from postlint._audit.spark_engine import SparkEngine

        return SparkEngine(request.out, request.config_json, request.spark_master, advance)
    from postlint._audit.local import LocalEngine

    return LocalEngine(request.config_json, request.jobs, advance)


def run_audit(request: AuditRequest, advance: Callable[[int], None] | None = None) -> AuditResult:
    """Run an audit; raises SourceError only for an output that cannot be written."""
    advance = advance or (lambda count: None)
    out = request.out
    out.mkdir(parents=True, exist_ok=True)
    parts_root = out / PARTS_FOLDER
    # The findings writer fails early (pyarrow missing) before any post is checked.
    writer = FindingsWriter(out, request.findings_format)
    problems: list[SourceProblem] = []
    order: list[tuple[Path, int]] = []
    resumed = 0
    seen = SeenIds(out / ".seen-ids.sqlite")
    engine = _engine(request, advance)
    try:
        for item in read_partitions(
            request.sources,
            options=request.options,
            forced_format=request.input_format,
            config_json=request.config_json,
            partition_size=request.partition_size,
            parts_root=parts_root,
            seen=seen,
        ):
            if isinstance(item, SourceProblem):
                problems.append(item)
                continue
            order.append((item.directory, item.number))
            if item.done:
                resumed += 1
                advance(len(item.posts))
            else:
                engine.submit(item)
        engine.close()
    except BaseException:
        writer.abandon()
        raise
    finally:
        seen.close()
    summary = AuditSummary(sources=list(request.sources))
    skipped_path = out / "skipped.jsonl"
    with skipped_path.open("w", encoding="utf-8", errors="surrogatepass") as skipped:
        for problem in problems:
            summary.add_skipped(problem.source, problem.reason)
            skipped.write(json.dumps({"location": problem.source, "reason": problem.reason}) + "\n")
        for directory, number in order:
            partition = Partition(directory, number)
            read = ReadSummary.from_json(json.loads(partition.summary_path.read_text("utf-8")))
            summary.add_partition(read)
            for location, reason in read.skipped:
                skipped.write(
                    json.dumps({"location": location, "reason": reason}, ensure_ascii=False) + "\n"
                )
            for row in read_rows(partition.findings_path):
                summary.add_row(row)
                if row.get("error"):
                    line = {"location": row["location"], "reason": f"not checked: {row['error']}"}
                    skipped.write(json.dumps(line, ensure_ascii=False) + "\n")
                else:
                    writer.write(row)
    writer.close()
    summary.finish()
    report_path = out / "report.html"
    report_path.write_text(render_report(summary), encoding="utf-8", errors="surrogatepass")
    _remove_stale_parts(parts_root, {directory for directory, _ in order})
    return AuditResult(
        summary, problems, writer.path, report_path, skipped_path, len(order), resumed
    )


def _remove_stale_parts(parts_root: Path, used: set[Path]) -> None:
    """Partitions of earlier runs over other bytes or another config are of no further use."""
    if not parts_root.is_dir():
        return
    for child in parts_root.iterdir():
        if child.is_dir() and child not in used:
            shutil.rmtree(child, ignore_errors=True)
