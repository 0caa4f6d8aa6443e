"""The CLI under faults: unreadable, broken and oversized files among good ones, thousands of
drafts, broken configs and rule packs. The good drafts are always reported, every broken one
is named on stderr, and the exit code is 2."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from postlint.cli import main

GOOD = "Vote Labour on Thursday!\n"


def _run(*args: str, stdin: bytes | None = None) -> Result:
    return CliRunner().invoke(main, ["check", *args], input=stdin, catch_exceptions=False)


def _reported_paths(result: Result) -> list[str]:
    document: dict[str, Any] = json.loads(result.stdout)
    return [entry["path"] for entry in document["files"]]


@pytest.fixture
def drafts(tmp_path: Path) -> Path:
    folder = tmp_path / "drafts"
    folder.mkdir()
    (folder / "a-good.md").write_text(GOOD, encoding="utf-8")
    (folder / "b-binary.txt").write_bytes(b"Vote\x00Labour\x00")
    (folder / "c-latin1.txt").write_bytes("Café Labour".encode("latin-1"))
    (folder / "d-empty.md").write_text("  \n", encoding="utf-8")
    (folder / "e-dangling.md").symlink_to(folder / "gone.md")
    (folder / "f-fine.txt").write_text("The timetable changes on Sunday.\n", encoding="utf-8")
    (folder / "g-huge.txt").write_text("word " * 300_000, encoding="utf-8")  # 1.5 MB
    return folder


def test_broken_files_are_named_and_good_ones_still_reported(drafts: Path) -> None:
    result = _run(str(drafts), "--format", "json", "--jobs", "1")
    assert result.exit_code == 2
    assert _reported_paths(result) == [str(drafts / "a-good.md"), str(drafts / "f-fine.txt")]
    errors = result.stderr.splitlines()
    for name, reason in [
        ("b-binary.txt", "binary"),
        ("c-latin1.txt", "UTF-8"),
        ("d-empty.md", "empty"),
        ("g-huge.txt", "max_bytes"),
    ]:
        assert any(name in line and reason in line for line in errors), (name, errors)


def test_a_dangling_symlink_named_on_the_command_line_is_an_error(drafts: Path) -> None:
    # Inside a folder walk it is not a draft file and is passed over (see the CLI's sources).
    result = _run(str(drafts / "a-good.md"), str(drafts / "e-dangling.md"))
    assert result.exit_code == 2
    assert "e-dangling.md: no such file" in result.stderr
    assert "a-good.md:1:1" in result.stdout


def test_the_same_faults_with_worker_processes(drafts: Path) -> None:
    result = _run(str(drafts), "--format", "json", "--jobs", "2")
    assert result.exit_code == 2
    assert _reported_paths(result) == [str(drafts / "a-good.md"), str(drafts / "f-fine.txt")]
    assert "g-huge.txt" in result.stderr and "b-binary.txt" in result.stderr


def test_an_unreadable_file_is_named(
    drafts: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Permission bits do not stop root (these tests may run as root), so the read fails
    the way an unreadable file makes it fail."""
    locked = drafts / "h-locked.md"
    locked.write_text(GOOD, encoding="utf-8")
    real_read_bytes = Path.read_bytes

    def read_bytes(self: Path) -> bytes:
        if self.name == locked.name:
            raise PermissionError(13, "Permission denied", str(self))
        return real_read_bytes(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    result = _run(str(drafts / "a-good.md"), str(locked), "--format", "json", "--jobs", "1")
    assert result.exit_code == 2
    assert _reported_paths(result) == [str(drafts / "a-good.md")]
    assert f"{locked}: cannot read: Permission denied" in result.stderr


def test_a_missing_path_and_a_folder_without_drafts_are_errors(tmp_path: Path) -> None:
    good = tmp_path / "good.md"
    good.write_text(GOOD, encoding="utf-8")
    (tmp_path / "nothing").mkdir()
    result = _run(str(good), str(tmp_path / "missing.md"), str(tmp_path / "nothing"))
    assert result.exit_code == 2
    assert "good.md:1:1" in result.stdout
    assert "missing.md: no such file" in result.stderr
    assert "nothing: no drafts" in result.stderr


def test_a_folder_of_thousands_of_drafts(tmp_path: Path) -> None:
    folder = tmp_path / "archive"
    for group in range(20):
        sub = folder / f"month-{group:02d}"
        sub.mkdir(parents=True)
        for index in range(100):
            text = GOOD if index % 10 == 0 else f"Timetable note {group}-{index}.\n"
            (sub / f"post-{index:03d}.txt").write_text(text, encoding="utf-8")
    result = _run(str(folder), "--format", "json", "--jobs", "1")
    assert result.exit_code == 1
    document = json.loads(result.stdout)
    assert len(document["files"]) == 2_000
    with_findings = [entry for entry in document["files"] if entry["diagnostics"]]
    assert len(with_findings) == 200


def test_a_broken_config_file_is_named(tmp_path: Path) -> None:
    good = tmp_path / "good.md"
    good.write_text(GOOD, encoding="utf-8")
    config = tmp_path / "bad.toml"
    config.write_text("[rules\nselect = 1\n", encoding="utf-8")
    result = _run(str(good), "--config", str(config))
    assert result.exit_code == 2
    assert "bad.toml" in result.stderr and "invalid TOML" in result.stderr


def test_a_discovered_config_with_a_wrong_key_names_file_and_key(tmp_path: Path) -> None:
    project = tmp_path / "project"
    project.mkdir()
    (project / ".postlint.toml").write_text('profile = "uk-civil-service"\nplatfrom = "x"\n')
    (project / "post.md").write_text(GOOD, encoding="utf-8")
    other = tmp_path / "other.md"
    other.write_text(GOOD, encoding="utf-8")
    result = _run(str(project / "post.md"), str(other), "--format", "json", "--jobs", "1")
    assert result.exit_code == 2
    assert ".postlint.toml: platfrom: unknown key" in result.stderr
    assert _reported_paths(result) == [str(other)]


def test_an_unsafe_user_rule_pack_is_named(tmp_path: Path) -> None:
    pack = tmp_path / "pack" / "local"
    pack.mkdir(parents=True)
    (pack / "slow.toml").write_text(
        textwrap.dedent(
            """
            id = "local.slow"
            severity = "warning"
            check = "phrase"
            summary = "s"
            why = "w"
            message = "m"
            [params]
            patterns = [[{TEXT = {REGEX = "(a|aa)+$"}}]]
            [guidance.default]
            clause = "c"
            link = "https://example.org"
            [[examples.bad]]
            text = "aaa"
            [[examples.good]]
            text = "b"
            """
        ),
        encoding="utf-8",
    )
    config = tmp_path / "postlint.toml"
    config.write_text('[rules]\npacks = ["pack"]\n', encoding="utf-8")
    good = tmp_path / "good.md"
    good.write_text(GOOD, encoding="utf-8")
    result = _run(str(good), "--config", str(config))
    assert result.exit_code == 2
    assert "slow.toml" in result.stderr and "unsafe regular expression" in result.stderr


def test_invalid_utf8_on_stdin_is_an_error() -> None:
    result = _run("-", stdin=b"Vote \xff Labour")
    assert result.exit_code == 2
    assert "not valid UTF-8" in result.stderr


def test_a_lone_surrogate_in_a_jsonl_archive_is_reported(tmp_path: Path) -> None:
    """JSON may escape a lone surrogate; the post is still checked and printed as UTF-8."""
    archive = tmp_path / "posts.jsonl"
    archive.write_text(
        '{"text": "Vote Labour \\ud800 today"}\n{"text": "fine"}\nnot json\n', encoding="utf-8"
    )
    result = _run(str(archive), "--jsonl", "text", "--format", "json", "--jobs", "1")
    assert result.exit_code == 2  # the third line is not JSON
    assert "posts.jsonl:3: not valid JSON" in result.stderr
    document = json.loads(result.stdout)
    evidence = [d["evidence"] for entry in document["files"] for d in entry["diagnostics"]]
    assert any(found.startswith("Vote Labour") for found in evidence), evidence


def test_the_installed_command_survives_a_closed_stdout(tmp_path: Path) -> None:
    """``postlint check … | head -1``: a closed pipe must not end in a traceback."""
    good = tmp_path / "good.md"
    good.write_text(GOOD * 200, encoding="utf-8")
    command = [sys.executable, "-m", "postlint", "check", str(good)]
    env = {**os.environ, "PYTHONWARNINGS": "ignore"}
    with subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env
    ) as process:
        assert process.stdout is not None and process.stderr is not None
        process.stdout.readline()
        process.stdout.close()
        stderr = process.stderr.read().decode()
        process.wait(timeout=120)
    assert "Traceback" not in stderr
