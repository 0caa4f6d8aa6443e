"""The command line through click's CliRunner: inputs, exit codes, formats, config
discovery, batch audits, suppressions, rules/explain/init, and lazy imports."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from postlint._cli.formats import format_text
from postlint._cli.run import Outcome, progress_wanted
from postlint._pack import load_rule_pack
from postlint.cli import main

PARTISAN = "Big day on Thursday. Vote Labour!\n"
CLEAN = "The timetable changes on Monday: trains run every ten minutes.\n"


def run(args: list[str], stdin: str | bytes | None = None) -> Result:
    return CliRunner().invoke(main, args, input=stdin, catch_exceptions=False)


@pytest.fixture
def drafts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A folder with a config, one partisan draft and one clean one; the working folder."""
    (tmp_path / ".postlint.toml").write_text('profile = "uk-civil-service"\n', encoding="utf-8")
    (tmp_path / "bad.md").write_text(PARTISAN, encoding="utf-8")
    (tmp_path / "good.txt").write_text(CLEAN, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("CI", raising=False)
    return tmp_path


def json_output(result: Result) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(result.stdout)
    return data


# -- exit codes ------------------------------------------------------------------------


def test_clean_draft_exits_0(drafts: Path) -> None:
    result = run(["check", "good.txt"])
    assert result.exit_code == 0, result.output
    assert "No findings in 1 draft." in result.stdout


def test_findings_exit_1_with_path_line_column_rule_and_caret(drafts: Path) -> None:
    result = run(["check", "bad.md", "good.txt"])
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert lines[0].startswith("bad.md:1:22: error politics.partisan-endorsement ")
    assert lines[2] == "1 | Big day on Thursday. Vote Labour!"
    assert lines[3] == "  |                      ^^^^^^^^^^^^"
    assert any(line.strip().startswith("= guidance: Civil Service Code") for line in lines)
    assert "Found 1 finding (1 error) in 1 of 2 drafts." in result.stdout


@pytest.mark.parametrize(
    ("fail_on", "code"), [("error", 1), ("warning", 1), ("info", 1), ("never", 0)]
)
def test_fail_on_threshold(drafts: Path, fail_on: str, code: int) -> None:
    assert run(["check", "bad.md", "--fail-on", fail_on]).exit_code == code


def test_fail_on_error_ignores_info_findings(drafts: Path) -> None:
    (drafts / "tag.txt").write_text("New jobs today. #civilservicejobs\n", encoding="utf-8")
    result = run(["check", "tag.txt", "--fail-on", "error", "--format", "json"])
    assert [d["severity"] for d in json_output(result)["files"][0]["diagnostics"]] == ["info"]
    assert result.exit_code == 0
    assert run(["check", "tag.txt", "--fail-on", "info"]).exit_code == 1


def test_stdin(drafts: Path) -> None:
    result = run(["check", "-"], stdin=PARTISAN)
    assert result.exit_code == 1
    assert result.stdout.startswith("-:1:22: error politics.partisan-endorsement")


def test_stdin_filename_names_the_draft_and_picks_markdown(drafts: Path) -> None:
    result = run(
        ["check", "-", "--stdin-filename", "post.md"], stdin="```\nVote Labour!\n```\nHello.\n"
    )
    assert result.exit_code == 0, result.output


# -- input errors ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("binary.md", b"\x00\x01\x02", "binary file"),
        ("latin1.txt", "café".encode("latin-1"), "not valid UTF-8 (byte 3)"),
        ("empty.md", b"  \n\n", "empty draft"),
    ],
)
def test_unreadable_input_is_one_line_exit_2_and_good_files_still_reported(
    drafts: Path, name: str, content: bytes, message: str
) -> None:
    (drafts / name).write_bytes(content)
    result = run(["check", name, "bad.md"])
    assert result.exit_code == 2
    assert result.stderr == f"postlint: {name}: {message}" + result.stderr.split(message, 1)[1]
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.output
    assert "bad.md:1:22: error politics.partisan-endorsement" in result.stdout


@pytest.mark.parametrize(
    ("stdin", "message"),
    [(b"", "empty draft"), (b"\xffA", "not valid UTF-8 (byte 0)"), (b"\xff\xfe", "empty draft")],
)
def test_bad_stdin_is_an_input_error(drafts: Path, stdin: bytes, message: str) -> None:
    result = run(["check", "-"], stdin=stdin)
    assert result.exit_code == 2
    [line] = result.stderr.splitlines()
    assert line.startswith(f"postlint: -: {message}")


def test_no_paths_is_a_usage_error() -> None:
    result = run(["check"])
    assert result.exit_code == 2
    assert "Missing argument 'PATHS...'" in result.stderr


def test_missing_file_and_unmatched_glob(drafts: Path) -> None:
    result = run(["check", "nope.md", "drafts/*.md"])
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [
        "postlint: nope.md: no such file",
        "postlint: drafts/*.md: no files match this pattern",
    ]


def test_a_folder_without_drafts_is_an_input_error(drafts: Path) -> None:
    (drafts / "images").mkdir()
    (drafts / "images" / "photo.png").write_bytes(b"\x89PNG")
    result = run(["check", "images"])
    assert result.exit_code == 2
    assert result.stderr == "postlint: images: no drafts (.md, .txt, .html) in this folder\n"


def test_broken_discovered_config_fails_only_its_drafts(drafts: Path) -> None:
    broken = drafts / "team"
    broken.mkdir()
    (broken / ".postlint.toml").write_text("profile = [oops\n", encoding="utf-8")
    (broken / "post.md").write_text(CLEAN, encoding="utf-8")
    result = run(["check", "team/post.md", "bad.md"])
    assert result.exit_code == 2
    (error,) = result.stderr.splitlines()  # once per broken config, not once per draft
    assert error.startswith("postlint: ") and "invalid TOML" in error
    assert "team/.postlint.toml" in error
    assert "bad.md:1:22" in result.stdout


def test_explicit_config_with_bad_key_is_one_line_exit_2(drafts: Path) -> None:
    (drafts / "bad.toml").write_text('profile = "nope"\nauthr = 1\n', encoding="utf-8")
    result = run(["check", "--config", "bad.toml", "bad.md"])
    assert result.exit_code == 2
    assert len(result.stderr.splitlines()) == 1
    assert "bad.toml: profile:" in result.stderr and "authr: unknown key" in result.stderr
    assert result.stdout == ""


def test_broken_front_matter_names_the_file(drafts: Path) -> None:
    (drafts / "front.md").write_text("---\nplatform: fax\n---\nHello.\n", encoding="utf-8")
    result = run(["check", "front.md"])
    assert result.exit_code == 2
    assert result.stderr.startswith("postlint: front.md: front matter: platform:")


# -- folders, globs, config discovery ----------------------------------------------------


def test_folders_and_globs_are_expanded_sorted_and_hidden_folders_skipped(drafts: Path) -> None:
    (drafts / ".git").mkdir()
    (drafts / ".git" / "x.md").write_text(PARTISAN, encoding="utf-8")
    (drafts / "sub").mkdir()
    (drafts / "sub" / "a.md").write_text(PARTISAN, encoding="utf-8")
    (drafts / "image.png").write_bytes(b"\x89PNG\x00")
    paths = [f["path"] for f in json_output(run(["check", ".", "--format", "json"]))["files"]]
    assert paths == ["bad.md", "good.txt", "sub/a.md"]
    globbed = json_output(run(["check", "**/*.md", "--format", "json"]))["files"]
    assert [f["path"] for f in globbed] == ["bad.md", "sub/a.md"]


def test_each_draft_uses_the_nearest_config(drafts: Path) -> None:
    corporate = drafts / "brand"
    corporate.mkdir()
    (corporate / ".postlint.toml").write_text('profile = "corporate"\n', encoding="utf-8")
    (corporate / "post.md").write_text(PARTISAN, encoding="utf-8")
    files = json_output(run(["check", "bad.md", "brand/post.md", "--format", "json"]))["files"]
    assert [(f["profile"], f["diagnostics"][0]["severity"]) for f in files] == [
        ("uk-civil-service", "error"),
        ("corporate", "warning"),
    ]


def test_pyproject_tool_table_is_discovered(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "pyproject.toml").write_text(
        '[tool.postlint]\nprofile = "journalist"\n', encoding="utf-8"
    )
    (tmp_path / "post.md").write_text(PARTISAN, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    files = json_output(run(["check", "post.md", "--format", "json"]))["files"]
    assert files[0]["profile"] == "journalist"


def test_platform_option_and_front_matter(drafts: Path) -> None:
    long_post = "A sentence about the new timetable. " * 9  # 324 characters
    (drafts / "long.md").write_text(long_post, encoding="utf-8")
    (drafts / "long-li.md").write_text(
        f"---\nplatform: linkedin\n---\n{long_post}", encoding="utf-8"
    )
    assert run(["check", "long.md", "--fail-on", "error"]).exit_code == 0
    result = run(["check", "long.md", "long-li.md", "--platform", "x", "--format", "json"])
    rules = [[d["rule"] for d in f["diagnostics"]] for f in json_output(result)["files"]]
    assert rules == [["platform.too-long"], []]  # front matter wins over --platform


# -- suppressions ----------------------------------------------------------------------

SUPPRESSED = (
    "<!-- postlint-disable-next-line politics.partisan-endorsement: quoting a complaint -->\n"
    "Vote Labour on Thursday!\n"
)


def test_suppressed_findings_do_not_fail_and_are_listed_on_request(drafts: Path) -> None:
    (drafts / "s.md").write_text(SUPPRESSED, encoding="utf-8")
    quiet = run(["check", "s.md"])
    assert quiet.exit_code == 0
    assert "1 suppressed (--show-suppressed lists them)." in quiet.stdout
    shown = run(["check", "s.md", "--show-suppressed"])
    assert (
        "s.md:2:1: suppressed politics.partisan-endorsement “Vote Labour on Thursday!”: "
        "quoting a complaint (postlint-disable on line 1)"
    ) in shown.stdout
    document = json_output(run(["check", "s.md", "--format", "json"]))
    assert document["files"][0]["suppressed"][0]["reason"] == "quoting a complaint"


# -- batch audits ----------------------------------------------------------------------


def _archive(path: Path, count: int) -> None:
    records = [{"id": i, "post": {"text": PARTISAN if i % 3 == 0 else CLEAN}} for i in range(count)]
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")


def test_jsonl_records_named_by_line_with_dotted_field_and_record_errors(drafts: Path) -> None:
    archive = drafts / "posts.jsonl"
    _archive(archive, 3)
    with archive.open("a", encoding="utf-8") as handle:
        handle.write("\nnot json\n" + json.dumps({"post": {"text": ""}}) + "\n")
        handle.write(json.dumps({"post": {"text": 7}}) + "\n")
    result = run(["check", "--jsonl", "post.text", "posts.jsonl", "--format", "json"])
    assert result.exit_code == 2
    document = json_output(result)
    assert [f["path"] for f in document["files"]] == [
        "posts.jsonl:1",
        "posts.jsonl:2",
        "posts.jsonl:3",
    ]
    assert document["files"][0]["record_line"] == 1
    assert document["files"][0]["diagnostics"][0]["rule"] == "politics.partisan-endorsement"
    assert document["errors"] == [
        {"path": "posts.jsonl:5", "message": "not valid JSON: Expecting value"},
        {"path": "posts.jsonl:7", "message": "field 'post.text' is int, not text"},
    ]
    text = run(["check", "--jsonl", "post.text", "posts.jsonl"]).stdout
    assert text.startswith("posts.jsonl:1 (post 1:22): error politics.partisan-endorsement")


def test_jobs_give_the_same_results_in_the_same_order(drafts: Path) -> None:
    _archive(drafts / "big.jsonl", 70)  # more than two batches
    args = ["check", "--jsonl", "post.text", "big.jsonl", "--format", "json"]
    one = json_output(run(args))
    two = json_output(run([*args, "--jobs", "2"]))
    assert one == two
    assert one["summary"]["drafts"] == 70 and one["summary"]["findings"] == 24


def test_markup_option_overrides_the_suffix(drafts: Path) -> None:
    (drafts / "code.txt").write_text("```\nVote Labour!\n```\n", encoding="utf-8")
    assert run(["check", "code.txt"]).exit_code == 1  # plain text: the words count
    assert run(["check", "code.txt", "--markup", "markdown"]).exit_code == 0


def test_no_progress_bar_in_ci_or_into_a_pipe(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CI", "true")
    assert not progress_wanted()
    monkeypatch.delenv("CI")
    monkeypatch.setattr(sys.stderr, "isatty", lambda: False)
    assert not progress_wanted()


# -- formats ---------------------------------------------------------------------------


def test_json_schema_version_1_keys(drafts: Path) -> None:
    (drafts / "missing-dir").mkdir()
    document = json_output(run(["check", "bad.md", "nothing.md", "--format", "json"]))
    assert set(document) == {"schema_version", "postlint_version", "summary", "files", "errors"}
    assert document["schema_version"] == 1
    assert document["summary"] == {
        "drafts": 1,
        "drafts_with_findings": 1,
        "findings": 1,
        "suppressed": 0,
        "errors": 1,
        "by_severity": {"error": 1, "warning": 0, "info": 0},
    }
    (file,) = document["files"]
    assert set(file) == {
        "path",
        "record_line",
        "profile",
        "pipeline",
        "diagnostics",
        "suppressed",
        "warnings",
    }
    diagnostic = file["diagnostics"][0]
    assert {"rule", "severity", "message", "line", "column", "evidence", "guidance", "link"} <= set(
        diagnostic
    )
    assert diagnostic["evidence"] == "Vote Labour!"
    assert document["errors"] == [{"path": "nothing.md", "message": "no such file"}]


def test_sarif_2_1_0_structure(drafts: Path) -> None:
    (drafts / "s.md").write_text(SUPPRESSED, encoding="utf-8")
    result = run(["check", "bad.md", "s.md", "missing.md", "--format", "sarif"])
    sarif = json_output(result)
    assert sarif["version"] == "2.1.0" and sarif["$schema"].endswith("sarif-2.1.0.json")
    (run_,) = sarif["runs"]
    driver = run_["tool"]["driver"]
    rule_ids = [rule["id"] for rule in driver["rules"]]
    assert rule_ids == sorted(load_rule_pack().rules)
    for rule in driver["rules"]:
        assert rule["shortDescription"]["text"] and rule["helpUri"].startswith("https://")
        assert rule["defaultConfiguration"]["level"] in {"error", "warning", "note"}
    live, suppressed = run_["results"]
    assert live["ruleId"] == "politics.partisan-endorsement" and live["level"] == "error"
    assert rule_ids[live["ruleIndex"]] == live["ruleId"]
    location = live["locations"][0]["physicalLocation"]
    assert location["artifactLocation"] == {"uri": "bad.md", "uriBaseId": "%SRCROOT%"}
    assert location["region"] == {
        "startLine": 1,
        "startColumn": 22,
        "endLine": 1,
        "endColumn": 34,  # exclusive, as SARIF says
        "snippet": {"text": "Vote Labour!"},
    }
    assert suppressed["suppressions"] == [
        {"kind": "inSource", "justification": "quoting a complaint"}
    ]
    invocation = run_["invocations"][0]
    assert invocation["executionSuccessful"] is False
    assert (
        "missing.md: no such file" in invocation["toolExecutionNotifications"][0]["message"]["text"]
    )


def test_sarif_uris_are_percent_encoded(drafts: Path) -> None:
    (drafts / "my post.md").write_text(PARTISAN, encoding="utf-8")
    sarif = json_output(run(["check", "my post.md", "--format", "sarif"]))
    location = sarif["runs"][0]["results"][0]["locations"][0]["physicalLocation"]
    assert location["artifactLocation"]["uri"] == "my%20post.md"


def test_github_annotations_escape_their_fields(drafts: Path) -> None:
    (drafts / "a,b.md").write_text("Line one.\n" + PARTISAN, encoding="utf-8")
    result = run(["check", "a,b.md", "--format", "github"])
    (line,) = result.stdout.splitlines()
    assert line.startswith(
        "::error file=a%2Cb.md,line=2,col=22,endLine=2,endColumn=34,"
        "title=politics.partisan-endorsement::Supports Labour"
    )
    assert "\n" not in line


def test_text_carets_line_up_under_wide_characters_and_tabs() -> None:
    import postlint

    text = "\t😀 中文 表. Vote Labour now"
    report = postlint.check(text)
    output = format_text([Outcome("t.txt", text, report)], load_rule_pack().rules)
    source, carets = output.splitlines()[2:4]
    assert source == "1 | \t😀 中文 表. Vote Labour now"
    # The emoji and each CJK character take two columns, the tab stays a tab.
    assert carets == "  | \t" + " " * 12 + "^" * 15


def test_long_lines_are_cut_around_the_evidence() -> None:
    import postlint

    text = "Words about rail. " * 20 + "Vote Labour!"
    report = postlint.check(text)
    output = format_text([Outcome("t.txt", text, report)], load_rule_pack().rules)
    source, carets = output.splitlines()[2:4]
    assert source.startswith("1 | …") and source.endswith("Vote Labour!")
    assert source.index("Vote") == carets.index("^")


# -- rules, explain, init ----------------------------------------------------------------


def test_rules_lists_every_rule_with_severity_and_profiles() -> None:
    result = run(["rules"])
    assert result.exit_code == 0
    pack = load_rule_pack()
    for rule_id in pack.rules:
        assert rule_id in result.stdout
    row = next(line for line in result.stdout.splitlines() if line.startswith("politics.partisan"))
    assert "corporate (warning)" in row and "uk-civil-service" in row
    listed = json.loads(run(["rules", "--format", "json"]).stdout)
    assert [r["id"] for r in listed] == sorted(pack.rules)


def test_explain_is_generated_from_the_rule_file() -> None:
    rule = load_rule_pack().rules["politics.partisan-endorsement"]
    result = run(["explain", rule.id])
    assert result.exit_code == 0
    for heading in ("What it flags", "Why it matters", "Instead", "Guidance", "Examples"):
        assert heading in result.stdout
    assert rule.guidance["default"].link in result.stdout
    for example in rule.examples.bad:
        assert f"✗ {example.text.strip().splitlines()[0]}" in result.stdout


def test_explain_a_family_and_an_unknown_rule() -> None:
    family = run(["explain", "platform"])
    assert "platform.too-long" in family.stdout and "platform.run-together-hashtag" in family.stdout
    unknown = run(["explain", "politics.partisan-endorsment"])
    assert unknown.exit_code == 2
    assert unknown.stderr.startswith(
        "postlint: no rule or family 'politics.partisan-endorsment'; "
        "did you mean politics.partisan-endorsement"
    )


def test_init_asks_and_writes_a_commented_config_that_loads(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import postlint

    monkeypatch.chdir(tmp_path)
    answers = 'us-federal\nDepartment of Examples\nanalyst\nofficial\nparks; "trails"\n'
    result = run(["init"], stdin=answers)
    assert result.exit_code == 0, result.output
    written = (tmp_path / ".postlint.toml").read_text(encoding="utf-8")
    assert written.startswith("# postlint configuration")
    config = postlint.Config.from_file(tmp_path / ".postlint.toml")
    assert config.profile == "us-federal"
    assert config.author.organisation == "Department of Examples"
    assert config.account.kind == "official"
    assert config.account.remit == ["parks", '"trails"']
    again = run(["init", "--profile", "corporate"])
    assert again.exit_code == 2 and "already exists" in again.stderr


def test_init_without_prompts(tmp_path: Path) -> None:
    target = tmp_path / "team.toml"
    args = ["init", "--profile", "journalist", "--organisation", "Paper", "--role", "editor"]
    result = run([*args, "--remit", "", "--account", "personal", "--path", str(target)])
    assert result.exit_code == 0
    assert 'profile = "journalist"' in target.read_text(encoding="utf-8")


# -- lazy imports ----------------------------------------------------------------------


@pytest.mark.parametrize("args", [["--help"], ["check", "--help"], ["rules"]])
def test_help_and_rules_do_not_import_spacy(args: list[str]) -> None:
    code = (
        "import sys\n"
        "from postlint.cli import main\n"
        "try:\n"
        f"    main({args!r})\n"
        "except SystemExit:\n"
        "    pass\n"
        "names = ('spacy', 'thinc', 'rich', 'pygls', 'yaml')\n"
        "heavy = sorted(m for m in names if m in sys.modules)\n"
        "print('HEAVY', heavy, file=sys.stderr)\n"
    )
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1] / "src")}
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
    )
    assert "HEAVY []" in done.stderr
