"""postlint on Spark, in local mode with Debian's Java (make java): the public
``lint_dataframe`` and ``postlint audit --engine spark``, which must find exactly what the
local engine finds in the same archive."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import postlint
from postlint.spark import lint_dataframe
from tests.audit.archives import FIXTURES, bluesky_car, mastodon_tar, x_archive_zip
from tests.audit.conftest import ELECTION_CONFIG, run_audit_cli

ANNOUNCEMENT = (
    "Today we are announcing £40 million for new cycle lanes across the region, "
    "with work starting in the autumn."
)


def test_lint_dataframe_checks_each_row_on_its_own_date(spark: Any, tmp_path: Path) -> None:
    config_path = tmp_path / ".postlint.toml"
    config_path.write_text(ELECTION_CONFIG, encoding="utf-8")
    posts = spark.createDataFrame(
        [
            ("p1", ANNOUNCEMENT, dt.date(2024, 6, 20), "press", "keep-1"),
            ("p2", ANNOUNCEMENT, dt.date(2024, 3, 1), "press", "keep-2"),
            ("p3", "Vote Labour on Thursday!", dt.date(2024, 3, 1), "roads", "keep-3"),
            ("p4", "The timetable changes on Sunday.", None, "roads", "keep-4"),
        ],
        "id string, body string, day date, who string, extra string",
    )
    found = lint_dataframe(
        posts,
        text_col="body",
        id_col="id",
        date_col="day",
        account_col="who",
        config=config_path,
        keep_cols=["extra"],
    )
    # Sorted here: a Spark sort samples its input first, which would check the posts twice.
    rows = sorted(
        (row.asDict() for row in found.collect()), key=lambda r: (r["post_id"], r["finding"])
    )
    by_post = {(row["post_id"], row["rule"].split(".")[0]) for row in rows}
    assert ("p1", "timing") in by_post and ("p2", "timing") not in by_post
    assert ("p3", "politics") in by_post
    assert not any(row["post_id"] == "p4" for row in rows)
    endorsement = next(row for row in rows if row["post_id"] == "p3")
    assert endorsement["evidence"] == "Vote Labour on Thursday!"
    assert endorsement["date"] == "2024-03-01"
    assert endorsement["account"] == "roads"
    assert endorsement["extra"] == "keep-3"
    assert endorsement["error"] is None


def test_lint_dataframe_names_a_missing_column(spark: Any) -> None:
    posts = spark.createDataFrame([("a",)], "text string")
    try:
        lint_dataframe(posts, id_col="post_id")
    except postlint.InputError as error:
        assert "post_id" in str(error)
    else:
        raise AssertionError("a missing column was not named")


def test_the_spark_engine_finds_what_the_local_engine_finds(spark: Any, tmp_path: Path) -> None:
    sources = [
        str(x_archive_zip(tmp_path / "twitter.zip")),
        str(mastodon_tar(tmp_path / "mastodon.tar.gz")),
        str(bluesky_car(tmp_path / "repo.car")),
        str(FIXTURES / "Shares.csv"),
    ]
    outputs = {}
    for engine in ("local", "spark"):
        out = tmp_path / engine
        result = run_audit_cli(
            *sources, "--out", str(out), "--engine", engine, "-j", "1", "--partition-size", "3"
        )
        assert result.exit_code == 1, result.output
        outputs[engine] = (out / "findings.jsonl").read_text("utf-8")
        assert not (out / "spark-input").exists()
    assert outputs["local"].count("\n") == 6
    assert outputs["spark"] == outputs["local"]
