"""Bad input: a zip bomb, a 2 GB file, a truncated tweets.js, a CSV with a broken quote,
bytes that are not UTF-8, duplicate ids. Each is a one-line error or a skipped row with its
location; the audit goes on, exits 2 only when nothing could be read, and never shows a
traceback."""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from postlint._audit.sources import MAX_RATIO
from tests.audit.archives import FIXTURES, x_archive_zip
from tests.audit.conftest import read_all, run_audit_cli


def _skipped(out: Path) -> list[dict[str, str]]:
    lines = (out / "skipped.jsonl").read_text("utf-8").splitlines()
    return [json.loads(line) for line in lines]


def test_a_zip_bomb_is_refused_before_it_inflates(tmp_path: Path) -> None:
    bomb = tmp_path / "twitter-archive.zip"
    with (
        zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive,
        archive.open("data/tweets.js", "w", force_zip64=True) as member,
    ):
        member.write(b"window.YTD.tweets.part0 = [")
        for _ in range(256):  # 256 MiB of blanks, packed into about 256 KiB
            member.write(b" " * (1 << 20))
    assert bomb.stat().st_size < 1 << 20
    good = FIXTURES / "Shares.csv"
    result = run_audit_cli(str(bomb), str(good), "--out", str(tmp_path / "out"), "-j", "1")
    assert result.exit_code == 1, result.output  # the good source is still audited
    assert "zip bomb" in result.stderr and f"over {MAX_RATIO}x" in result.stderr
    assert "Traceback" not in result.output
    assert "Checked 2 posts" in result.stdout


def test_a_truncated_tweets_js_keeps_the_posts_before_the_cut(tmp_path: Path) -> None:
    whole = (FIXTURES / "tweets.js").read_bytes()
    cut = whole[: whole.index(b'"1790000000000000004"')]
    archive = x_archive_zip(tmp_path / "archive.zip", tweets=cut)
    posts, skipped = read_all(archive)
    assert [post.id for post in posts] == [f"179000000000000000{n}" for n in (1, 2, 3)]
    assert len(skipped) == 1 and "truncated" in skipped[0].reason
    result = run_audit_cli(str(archive), "--out", str(tmp_path / "out"), "-j", "1")
    assert result.exit_code == 1  # findings in what could be read
    assert "archive.zip!data/tweets.js: skipped: truncated" in result.stderr
    assert "1 row skipped" in result.stdout


def test_a_csv_with_a_broken_quote_skips_that_row_and_goes_on(tmp_path: Path) -> None:
    path = tmp_path / "posts.csv"
    path.write_text(
        'id,text\n1,"Fine post."\n2,"A stray "quote" in the middle"\n3,Another fine post.\n'
        '4,"An unclosed quote\n5,swallows the rest\n',
        encoding="utf-8",
    )
    posts, skipped = read_all(path, id_column="id")
    assert [post.id for post in posts] == ["1", "3"]
    assert [(s.location.rsplit(":", 1)[-1], s.reason.split(":")[0]) for s in skipped] == [
        ("3", "broken CSV"),
        ("5", "broken CSV"),
    ]
    assert "never closed (lines 5-6 unread)" in skipped[1].reason


def test_bytes_that_are_not_utf8_skip_only_their_row(tmp_path: Path) -> None:
    csv_path = tmp_path / "posts.csv"
    csv_path.write_bytes(b"id,text\n1,Caf\xe9 opening.\n2,The timetable changes on Sunday.\n")
    jsonl_path = tmp_path / "posts.jsonl"
    jsonl_path.write_bytes(b'{"text": "Caf\xe9"}\n{"text": "Fine."}\n')
    for path, good in [(csv_path, "The timetable changes on Sunday."), (jsonl_path, "Fine.")]:
        posts, skipped = read_all(path)
        assert [post.text for post in posts] == [good]
        assert [s.reason for s in skipped] == ["not valid UTF-8"]
        assert skipped[0].location.endswith(":2" if path.suffix == ".csv" else ":1")


def test_duplicate_ids_are_skipped_with_a_count(tmp_path: Path) -> None:
    path = tmp_path / "posts.jsonl"
    rows = [{"id": "7", "text": "Vote Labour on Thursday!"}] * 3 + [{"id": "8", "text": "Hi."}]
    path.write_text("".join(json.dumps(row) + "\n" for row in rows), "utf-8")
    out = tmp_path / "out"
    result = run_audit_cli(str(path), "--id-column", "id", "--out", str(out), "-j", "1")
    assert result.exit_code == 1
    assert "2 rows skipped" in result.stdout
    assert [row["reason"] for row in _skipped(out)] == [f"duplicate id 7 (first at {path}:1)"] * 2
    assert len((out / "findings.jsonl").read_text("utf-8").splitlines()) == 1


def test_nothing_readable_exits_2_with_one_line_per_source(tmp_path: Path) -> None:
    garbage = tmp_path / "notes.bin"
    garbage.write_bytes(b"\x00\x01 not an export")
    result = run_audit_cli(
        str(garbage), str(tmp_path / "missing.zip"), "--out", str(tmp_path / "o")
    )
    assert result.exit_code == 2
    lines = result.stderr.splitlines()
    assert any("notes.bin: skipped: not a known export" in line for line in lines)
    assert any("missing.zip: skipped: no such file or folder" in line for line in lines)
    assert "nothing could be read" in lines[-1]
    assert "Traceback" not in result.output


def test_a_2_gb_file_streams_in_bounded_memory(tmp_path: Path) -> None:
    """A 2 GB JSON Lines file whose one line never ends: read past in chunks, skipped, and
    the process's peak memory stays far below the file's size."""
    huge = tmp_path / "huge.jsonl"
    with huge.open("wb") as handle:
        handle.write(b'{"text": "Vote Labour on Thursday!"}\n{"text": "')
        handle.truncate(2 * 1024**3)  # sparse: 2 GB of NUL bytes without a newline
    script = (
        "import resource, sys\n"
        "from postlint.cli import main\n"
        "try:\n"
        f"    main(['audit', {str(huge)!r}, '--out', {str(tmp_path / 'out')!r}, '-j', '1'])\n"
        "except SystemExit as done:\n"
        "    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024\n"
        "    print('PEAK_MB', peak, 'EXIT', done.code)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=600, check=False
    )
    peak, code = result.stdout.split("PEAK_MB", 1)[1].split("EXIT")
    assert int(code) == 1, result.stderr  # the first line's post is still audited
    assert int(peak) < 700, f"peak {peak} MB for a 2 GB file"
    assert "huge.jsonl:2: skipped: a line longer than" in result.stderr


def test_a_missing_extra_is_named_in_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without pyarrow (a default install), Parquet is one line naming postlint[audit]."""
    import pyarrow
    import pyarrow.parquet as parquet

    table = tmp_path / "posts.parquet"
    parquet.write_table(pyarrow.table({"text": ["Vote Labour on Thursday!"]}), table)
    for name in ("pyarrow", "pyarrow.parquet"):
        monkeypatch.setitem(sys.modules, name, None)  # import now raises ImportError
    reading = run_audit_cli(str(table), "--out", str(tmp_path / "a"))
    assert reading.exit_code == 2
    assert "reading Parquet needs pyarrow: pip install 'postlint[audit]'" in reading.stderr
    writing = run_audit_cli(
        str(FIXTURES / "Shares.csv"), "--out", str(tmp_path / "b"), "--findings-format", "parquet"
    )
    assert writing.exit_code == 2
    assert writing.stderr.strip() == (
        "postlint: --findings-format parquet needs pyarrow: pip install 'postlint[audit]'"
    )
