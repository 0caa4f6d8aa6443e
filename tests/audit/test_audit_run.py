"""postlint audit end to end, locally: findings files, each post checked on its own date,
worker processes giving the same findings, resuming from finished partitions."""

from __future__ import annotations

import csv
import datetime as dt
import json
from pathlib import Path

import pytest

import postlint
from postlint._audit.batch import context_for
from postlint._audit.records import Post
from tests.audit.archives import FIXTURES, bluesky_car, mastodon_tar, x_archive_zip
from tests.audit.conftest import findings, run_audit_cli

ANNOUNCEMENT = (
    "Today we are announcing £40 million for new cycle lanes across the region, "
    "with work starting in the autumn."
)


def _sources(tmp_path: Path) -> list[str]:
    return [
        str(x_archive_zip(tmp_path / "twitter.zip")),
        str(mastodon_tar(tmp_path / "mastodon.tar.gz")),
        str(bluesky_car(tmp_path / "repo.car")),
        str(FIXTURES / "Shares.csv"),
    ]


def test_an_audit_writes_findings_a_report_and_skipped_rows(tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = run_audit_cli(*_sources(tmp_path), "--out", str(out), "-j", "1")
    assert result.exit_code == 1
    rows = findings(out)
    endorsements = [row for row in rows if row["rule"] == "politics.partisan-endorsement"]
    # One per platform's "Vote Labour" post, and X's retweet of "Vote Conservative".
    assert sorted(row["url"] for row in endorsements) == sorted(
        [
            "https://x.com/ExampleDept/status/1790000000000000002",
            "https://x.com/ExampleDept/status/1790000000000000004",
            "https://social.example/@roads/112",
            "https://bsky.app/profile/did:plc:exampledept2024/post/3kq2bbbbbbb22",
            "https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A7200000000000000002",
        ]
    )
    x_row = next(row for row in endorsements if row["post_id"] == "1790000000000000002")
    assert x_row["date"] == "2024-06-10"
    assert x_row["severity"] == "error" and 0 < x_row["confidence"] <= 1
    assert x_row["evidence"].startswith("Vote Labour")
    assert x_row["text"][x_row["start"] : x_row["end"]] == x_row["evidence"]
    assert "error" not in x_row  # rows of posts that could not be checked go to skipped.jsonl
    skipped = (out / "skipped.jsonl").read_text("utf-8")
    assert "created_at 'not a date'" in skipped
    assert (out / "report.html").read_text("utf-8").startswith("<!doctype html>")
    assert "Checked 14 posts: 6 findings" in result.stdout


def test_each_post_is_checked_on_its_own_date(tmp_path: Path, election_config: Path) -> None:
    """The same announcement inside and outside the configured pre-election period."""
    path = tmp_path / "posts.csv"
    path.write_text(
        f'id,date,text\ninside,2024-06-20,"{ANNOUNCEMENT}"\noutside,2024-03-01,"{ANNOUNCEMENT}"\n',
        "utf-8",
    )
    out = tmp_path / "out"
    result = run_audit_cli(
        str(path), "--config", str(election_config), "--id-column", "id",
        "--date-column", "date", "--out", str(out), "-j", "1",
    )  # fmt: skip
    assert result.exit_code == 1
    timing = {row["post_id"] for row in findings(out) if row["rule"].startswith("timing.")}
    assert timing == {"inside"}


def test_kind_reaches_the_draft_context_once_the_core_knows_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    post = Post("1", "Hi", "x#1", date=dt.date(2024, 6, 1), kind="reply", platform="x")
    assert context_for(post) == {"date": dt.date(2024, 6, 1), "platform": "x"}
    monkeypatch.setattr(postlint, "DRAFT_CONTEXT_KEYS", (*postlint.DRAFT_CONTEXT_KEYS, "kind"))
    assert context_for(post)["kind"] == "reply"


def test_csv_and_parquet_findings_hold_the_same_rows(tmp_path: Path) -> None:
    import pyarrow.parquet as parquet

    sources = _sources(tmp_path)
    tables = {}
    for findings_format in ("jsonl", "csv", "parquet"):
        out = tmp_path / findings_format
        run_audit_cli(*sources, "--out", str(out), "-j", "1", "--findings-format", findings_format)
        path = out / f"findings.{findings_format}"
        if findings_format == "jsonl":
            rows = findings(out)
        elif findings_format == "csv":
            with path.open(encoding="utf-8", newline="") as handle:
                rows = list(csv.DictReader(handle))
        else:
            rows = parquet.read_table(path).to_pylist()
        tables[findings_format] = [
            (r["post_id"], r["rule"], str(r["start"]), r["text"]) for r in rows
        ]
    assert tables["jsonl"] and tables["jsonl"] == tables["csv"] == tables["parquet"]


def _many_posts(tmp_path: Path, count: int) -> Path:
    path = tmp_path / "many.jsonl"
    texts = [
        "Vote Labour on Thursday!",
        "The timetable changes on Sunday.",
        "Proud of our team's work on the new timetable.",
        "Vote Conservative on 4 July!",
    ]
    with path.open("w", encoding="utf-8") as handle:
        for number in range(count):
            record = {
                "id": str(number),
                "text": texts[number % 4],
                "day": f"2024-06-{number % 28 + 1:02d}",
            }
            handle.write(json.dumps(record) + "\n")
    return path


def test_two_workers_find_what_one_finds(tmp_path: Path) -> None:
    source = _many_posts(tmp_path, 120)
    outputs = []
    for jobs in ("1", "2"):
        out = tmp_path / f"jobs{jobs}"
        result = run_audit_cli(
            str(source), "--id-column", "id", "--date-column", "day", "--out", str(out),
            "-j", jobs, "--partition-size", "25",
        )  # fmt: skip
        assert result.exit_code == 1
        outputs.append((out / "findings.jsonl").read_text("utf-8"))
    assert outputs[0] == outputs[1]
    assert len(outputs[0].splitlines()) == 90  # three of every four posts have a finding


def test_a_rerun_skips_finished_partitions(tmp_path: Path) -> None:
    source = _many_posts(tmp_path, 100)
    out = tmp_path / "out"
    arguments = [
        str(source),
        "--id-column",
        "id",
        "--out",
        str(out),
        "-j",
        "1",
        "--partition-size",
        "20",
    ]
    first = run_audit_cli(*arguments)
    expected = (out / "findings.jsonl").read_text("utf-8")
    parts = sorted((out / "parts").rglob("part-*.json"))
    assert len(parts) == 5
    # An interrupted run: the third partition never finished.
    parts[2].unlink()
    stamp = parts[0].stat().st_mtime_ns
    second = run_audit_cli(*arguments)
    assert "(4 of 5 partitions already done)" in second.stdout
    assert parts[0].stat().st_mtime_ns == stamp  # not checked again
    assert parts[2].is_file()
    assert (out / "findings.jsonl").read_text("utf-8") == expected
    assert first.exit_code == second.exit_code == 1


def test_a_changed_config_checks_everything_again(tmp_path: Path, election_config: Path) -> None:
    source = _many_posts(tmp_path, 40)
    out = tmp_path / "out"
    arguments = [str(source), "--id-column", "id", "--out", str(out), "-j", "1"]
    run_audit_cli(*arguments)
    again = run_audit_cli(*arguments, "--config", str(election_config))
    assert "already done" not in again.stdout
    assert len(list((out / "parts").iterdir())) == 1  # the old config's partitions are gone
