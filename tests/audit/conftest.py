"""Shared helpers for the audit tests: reading a source into posts and skipped rows, and
running ``postlint audit`` through click."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from postlint._audit.readers import ReadOptions
from postlint._audit.records import Post, Skipped
from postlint._audit.sources import inputs_for
from postlint._audit.streams import SourceError
from postlint.cli import main

#: The pre-election period the timing tests configure (the UK's of 2024).
ELECTION_CONFIG = """\
profile = "uk-civil-service"
[account]
kind = "official"
[author]
organisation = "Department for Transport"
disclosed_in_bio = true
[[election_periods]]
name = "UK general election 2024"
start = 2024-05-25
end = 2024-07-04
"""


def read_all(source: Path | str, **options: Any) -> tuple[list[Post], list[Skipped]]:
    """Every post and skipped row of a source, as the audit reads them."""
    posts: list[Post] = []
    skipped: list[Skipped] = []
    forced = options.pop("input_format", None)
    read_options = ReadOptions(**options)
    for item in inputs_for(str(source), forced):
        account = item.account if read_options.account is None else read_options.account
        try:
            for row in item.reader(item.member, ReadOptions(**{**options, "account": account})):
                (posts if isinstance(row, Post) else skipped).append(row)  # type: ignore[arg-type]
        except SourceError as error:
            skipped.append(Skipped(item.member.name, str(error)))
    return posts, skipped


def run_audit_cli(*args: str) -> Result:
    return CliRunner().invoke(main, ["audit", *args], catch_exceptions=False)


def findings(out: Path) -> list[dict[str, Any]]:
    lines = (out / "findings.jsonl").read_text("utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


@pytest.fixture
def election_config(tmp_path: Path) -> Path:
    path = tmp_path / "election.toml"
    path.write_text(ELECTION_CONFIG, encoding="utf-8")
    return path


@pytest.fixture(scope="session")
def spark() -> Any:
    """One SparkSession in local mode for the whole test session (a JVM starts once)."""
    from postlint._audit.spark_engine import spark_session

    session = spark_session("local[2]")
    yield session
    session.stop()
