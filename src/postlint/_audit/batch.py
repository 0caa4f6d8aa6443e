"""The one batch function every engine runs: posts in, finding rows out.

The local pool calls :func:`lint_posts` in each worker process, ``postlint.spark`` calls it
on each Arrow batch inside Spark's Python workers; both build the Linter in that process
from the config's JSON (``postlint.linter_for``), so a Linter is never pickled and is
built once per process. The same posts give the same rows whichever engine runs them.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

import postlint
from postlint._audit.records import Post

__all__ = [
    "BATCH_SIZE",
    "FINDING_COLUMNS",
    "context_for",
    "error_row",
    "lint_indexed",
    "lint_posts",
    "linter_from_json",
]

#: Posts per ``nlp.pipe`` batch: posts are short, and a batch of 64 is where the blank
#: pipeline's throughput levels off (benchmarks/README.md).
BATCH_SIZE = 64

#: One row per finding (or per post that could not be checked, ``error`` set and the rule
#: empty): the columns of findings.jsonl/.csv/.parquet and of ``lint_dataframe``'s result,
#: with their Arrow/Spark types.
FINDING_COLUMNS: tuple[tuple[str, str], ...] = (
    ("post_id", "string"),
    ("date", "string"),
    ("posted_at", "string"),
    ("account", "string"),
    ("kind", "string"),
    ("url", "string"),
    ("location", "string"),
    ("rule", "string"),
    ("severity", "string"),
    ("confidence", "double"),
    ("message", "string"),
    ("evidence", "string"),
    ("start", "long"),
    ("end", "long"),
    ("line", "long"),
    ("column", "long"),
    ("link", "string"),
    ("text", "string"),
    ("error", "string"),
)


def linter_from_json(config_json: str) -> postlint.Linter:
    """This process's Linter for a config given as JSON (built on first use, then shared)."""
    return postlint.linter_for(postlint.Config.model_validate_json(config_json))


def context_for(post: Post) -> dict[str, Any]:
    """The draft context of one post: its own date (so ``timing.*`` applies that day's
    election periods), its platform, and its kind once the core knows that key."""
    context: dict[str, Any] = {}
    if post.date is not None:
        context["date"] = post.date
    if post.platform is not None:
        context["platform"] = post.platform
    if "kind" in postlint.DRAFT_CONTEXT_KEYS:
        context["kind"] = post.kind
    return context


def _base(post: Post) -> dict[str, Any]:
    return {
        "post_id": post.id,
        "date": post.date.isoformat() if post.date else None,
        "posted_at": post.posted_at,
        "account": post.account,
        "kind": post.kind,
        "url": post.url,
        "location": post.location,
    }


def _rows(post: Post, report: postlint.Report) -> Iterator[dict[str, Any]]:
    base = _base(post)
    for diagnostic in report.diagnostics:
        yield {
            **base,
            "rule": diagnostic.rule,
            "severity": diagnostic.severity,
            "confidence": diagnostic.confidence,
            "message": diagnostic.message,
            "evidence": diagnostic.evidence,
            "start": diagnostic.start,
            "end": diagnostic.end,
            "line": diagnostic.line,
            "column": diagnostic.column,
            "link": diagnostic.link,
            "text": post.text,
            "error": None,
        }


def error_row(post: Post, error: str) -> dict[str, Any]:
    empty = {name: None for name, _ in FINDING_COLUMNS}
    return {**empty, **_base(post), "error": error}


def lint_posts(linter: postlint.Linter, posts: Sequence[Post]) -> list[dict[str, Any]]:
    """Finding rows for ``posts``, in post order; a post without text has none, a post the
    Linter refuses (over ``limits.max_bytes``) gets one row with ``error`` set."""
    return [row for _, row in lint_indexed(linter, posts)]


def lint_indexed(
    linter: postlint.Linter, posts: Sequence[Post]
) -> list[tuple[int, dict[str, Any]]]:
    """``(index of the post in posts, row)`` for every row ``lint_posts`` gives."""
    checked = [(index, post) for index, post in enumerate(posts) if post.text.strip()]
    if not checked:
        return []
    reports: list[postlint.Report | str]
    try:
        reports = list(
            linter.check_many(
                [post.text for _, post in checked],
                batch_size=BATCH_SIZE,
                contexts=[context_for(post) for _, post in checked],
            )
        )
    except postlint.PostlintError:
        # One bad post must not lose the others: check the batch post by post.
        reports = []
        for _, post in checked:
            try:
                reports.append(linter.check(post.text, context=context_for(post)))
            except postlint.PostlintError as error:
                reports.append(" ".join(str(error).split()))
    rows: list[tuple[int, dict[str, Any]]] = []
    for (index, post), report in zip(checked, reports, strict=True):
        if isinstance(report, str):
            rows.append((index, error_row(post, report)))
        else:
            rows.extend((index, row) for row in _rows(post, report))
    return rows
