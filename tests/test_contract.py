"""The promises of the README, kept: misconfiguration is an error, not silence."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

import postlint
from postlint.cli import main


@pytest.mark.parametrize(
    ("rules", "key", "suggestion"),
    [
        (
            {"select": ["politics.partisan-endorsment"]},
            "rules.select",
            "politics.partisan-endorsement",
        ),
        ({"ignore": ["politcs"]}, "rules.ignore", "politics"),
        ({"severity": {"offtopic.drfit": "off"}}, "rules.severity", "offtopic.drift"),
    ],
)
def test_an_unknown_rule_id_is_an_error_with_a_suggestion(
    rules: dict[str, object], key: str, suggestion: str
) -> None:
    config = postlint.Config.model_validate({"rules": rules})
    with pytest.raises(postlint.ConfigError) as error:
        postlint.Linter(config)
    message = str(error.value)
    assert message.startswith(f"{key}: unknown rule or family")
    assert f"did you mean {suggestion!r}" in message


def test_all_and_known_families_and_ids_are_accepted() -> None:
    config = postlint.Config.model_validate(
        {"rules": {"select": ["all"], "ignore": ["platform"], "severity": {"politics": "info"}}}
    )
    assert postlint.Linter(config).rules


def test_a_typo_in_select_fails_the_cli_with_one_line(tmp_path: Path) -> None:
    (tmp_path / ".postlint.toml").write_text(
        '[rules]\nselect = ["politics.partisan-endorsment"]\n', encoding="utf-8"
    )
    draft = tmp_path / "draft.md"
    draft.write_text("Vote Labour on Thursday!\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["check", "--format", "sarif", str(draft)])
    assert result.exit_code == 2
    assert result.stdout == "" or '"executionSuccessful": true' not in result.stdout
    [line] = result.stderr.splitlines()
    assert ".postlint.toml: rules.select: unknown rule or family" in line
    assert "did you mean 'politics.partisan-endorsement'" in line


@pytest.mark.parametrize(
    "reason",
    ["reason this is acceptable", "x", "ok", "todo", "TBD", "Reason this is acceptable.", "fine"],
)
def test_a_placeholder_or_token_reason_silences_nothing(reason: str) -> None:
    text = f"<!-- postlint-disable-next-line politics: {reason} -->\nVote Labour on Thursday!"
    report = postlint.check(text, markup="markdown")
    assert report.has("politics.partisan-endorsement")
    assert report.has("suppression.invalid-directive")
    [invalid] = [d for d in report.diagnostics if d.rule == "suppression.invalid-directive"]
    assert "say why" in invalid.message


@pytest.mark.parametrize("reason", ["quoting a reader", "the campaign's registered name"])
def test_a_reason_that_says_something_silences_the_finding(reason: str) -> None:
    text = f"<!-- postlint-disable-next-line politics: {reason} -->\nVote Labour on Thursday!"
    report = postlint.check(text, markup="markdown")
    assert not report.has("politics") and not report.has("suppression")
    assert [s.reason for s in report.suppressed] == [reason]


def test_the_language_servers_placeholder_is_one_the_core_refuses() -> None:
    from postlint.lsp.convert import SUPPRESSION_REASON_PLACEHOLDER, suppression_comment

    text = suppression_comment("politics") + "\nVote Labour on Thursday!"
    assert SUPPRESSION_REASON_PLACEHOLDER in text
    assert postlint.check(text, markup="markdown").has("politics")


def _postlint(*args: str, **kwargs: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run(  # type: ignore[call-overload, no-any-return]
        [sys.executable, "-m", "postlint", *args], capture_output=True, text=True, **kwargs
    )


def test_ctrl_c_exits_130_with_one_line() -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "postlint", "check", "-"],
        stdin=subprocess.PIPE,  # never closed: the command waits for the draft
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    time.sleep(3)
    process.send_signal(signal.SIGINT)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 130
    assert stderr.splitlines() == ["postlint: interrupted"]


def test_init_without_answers_is_one_line_exit_2(tmp_path: Path) -> None:
    result = _postlint("init", cwd=tmp_path, stdin=subprocess.DEVNULL)
    assert result.returncode == 2
    [line] = result.stderr.strip().splitlines()
    assert line.startswith("postlint: init:") and "--profile" in line
    assert not (tmp_path / ".postlint.toml").exists()


def test_a_full_disk_on_output_is_one_line_exit_2(tmp_path: Path) -> None:
    draft = tmp_path / "draft.md"
    draft.write_text("Vote Labour on Thursday!\n", encoding="utf-8")
    with Path("/dev/full").open("w") as full:
        result = subprocess.run(
            [sys.executable, "-m", "postlint", "check", str(draft)],
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
        )
    assert result.returncode == 2
    [line] = result.stderr.strip().splitlines()
    assert line.startswith("postlint: cannot write the output:")


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_files_with_a_bom_are_read(tmp_path: Path, encoding: str) -> None:
    draft = tmp_path / "draft.md"
    bom = {"utf-16-le": b"\xff\xfe", "utf-16-be": b"\xfe\xff"}.get(encoding, b"")
    draft.write_bytes(bom + "Vote Labour on Thursday! 🗳️\n".encode(encoding))
    result = CliRunner().invoke(main, ["check", "--format", "json", str(draft)])
    assert result.exit_code == 1, result.stderr
    assert '"politics.partisan-endorsement"' in result.stdout


def test_a_cp1252_file_gets_a_hint_about_its_encoding(tmp_path: Path) -> None:
    draft = tmp_path / "draft.txt"
    draft.write_bytes("We’re proud of the team’s new café guide – out today.".encode("cp1252"))
    result = CliRunner().invoke(main, ["check", str(draft)])
    assert result.exit_code == 2
    [line] = result.stderr.splitlines()
    assert "not valid UTF-8 (byte 2)" in line
    assert "Windows-1252" in line and "iconv -f cp1252 -t utf-8" in line


@pytest.mark.parametrize("markup", ["markdown", "plain"])
def test_the_disclosure_fix_goes_after_front_matter_and_clears_the_finding(markup: str) -> None:
    config = postlint.Config.model_validate(
        {"author": {"role": "policy adviser", "organisation": "Department for Transport"}}
    )
    text = "---\nplatform: x\n---\n# Our week\nProud of my team for the new cycling guidance.\n"
    report = postlint.check(text, config=config, markup=markup)
    [finding] = [d for d in report.diagnostics if d.rule == "disclosure.missing"]
    [fix] = finding.fixes
    assert text[: fix.start].endswith("---\n" if markup == "plain" else "# Our week\n")
    fixed = text[: fix.start] + fix.replacement + text[fix.end :]
    assert fixed.startswith("---\nplatform: x\n---\n")
    assert not postlint.check(fixed, config=config, markup=markup).has("disclosure.missing")


def _cli(*args: str, cwd: Path | None = None, stdin: str | None = None) -> tuple[int, str, str]:
    import os

    here = Path.cwd()
    if cwd is not None:
        os.chdir(cwd)
    try:
        result = CliRunner().invoke(main, list(args), input=stdin)
    finally:
        os.chdir(here)
    return result.exit_code, result.stdout, result.stderr


def test_fix_applies_safe_fixes_in_place_and_reports_what_is_left(tmp_path: Path) -> None:
    draft = tmp_path / "post.md"
    draft.write_text("We are hiring across the country. #civilservicejobs\n", encoding="utf-8")
    code, out, err = _cli("check", "--fix", str(draft))
    assert (
        draft.read_text(encoding="utf-8") == "We are hiring across the country. #CivilServiceJobs\n"
    )
    assert code == 0 and "fixed 1 finding in 1 file" in err
    assert "run-together-hashtag" not in out


def test_fix_leaves_unsafe_fixes_unless_asked(tmp_path: Path) -> None:
    (tmp_path / ".postlint.toml").write_text(
        '[author]\nrole = "policy adviser"\norganisation = "Department for Transport"\n',
        encoding="utf-8",
    )
    draft = tmp_path / "post.md"
    text = "Proud of my team for the new cycling guidance.\n"
    draft.write_text(text, encoding="utf-8")
    code, _, _ = _cli("check", "--fix", str(draft), cwd=tmp_path)
    assert draft.read_text(encoding="utf-8") == text and code == 1
    code, _, _ = _cli("check", "--unsafe-fixes", str(draft), cwd=tmp_path)
    assert draft.read_text(encoding="utf-8").startswith("I work at the Department for Transport")
    assert code == 0


def test_exclude_and_postlintignore_skip_drafts(tmp_path: Path) -> None:
    (tmp_path / ".postlint.toml").write_text('exclude = ["archive/"]\n', encoding="utf-8")
    (tmp_path / ".postlintignore").write_text("# scratch\n*.tmp.md\n", encoding="utf-8")
    (tmp_path / "archive").mkdir()
    for name in ("archive/old.md", "draft.tmp.md", "post.md"):
        (tmp_path / name).write_text("Vote Labour on Thursday!\n", encoding="utf-8")
    code, out, err = _cli("check", "--format", "json", ".", cwd=tmp_path)
    assert code == 1
    assert [f["path"] for f in __import__("json").loads(out)["files"]] == ["post.md"]
    assert "2 drafts excluded" in err


def test_date_checks_a_scheduled_post_against_that_days_periods(tmp_path: Path) -> None:
    (tmp_path / ".postlint.toml").write_text(
        'date = 2024-01-10\n[account]\nkind = "official"\n[[election_periods]]\n'
        'name = "Poll"\nstart = 2024-05-25\nend = 2024-07-04\n',
        encoding="utf-8",
    )
    (tmp_path / "post.md").write_text("The Prime Minister visited the depot.\n", "utf-8")
    assert _cli("check", "post.md", cwd=tmp_path)[0] == 0
    code, out, _ = _cli("check", "--date", "2024-06-01", "post.md", cwd=tmp_path)
    assert code == 1 and "timing.pre-election" in out
    assert _cli("check", "--date", "June", "post.md", cwd=tmp_path)[0] == 2


def test_a_broken_config_is_reported_once_for_all_its_drafts(tmp_path: Path) -> None:
    (tmp_path / ".postlint.toml").write_text("profile = \n", encoding="utf-8")
    for index in range(3):
        (tmp_path / f"post{index}.md").write_text("Hello\n", encoding="utf-8")
    code, _, err = _cli("check", ".", cwd=tmp_path)
    assert code == 2
    [line] = err.splitlines()
    assert ".postlint.toml" in line and "(3 drafts not checked)" in line
