"""A user's rule pack is known to every adapter, not only to ``check``: ``explain``, ``rules``,
SARIF's rule descriptors and profiles a pack defines."""

from __future__ import annotations

import json
import os
import textwrap
from pathlib import Path

import pytest
from click.testing import CliRunner

import postlint
from postlint.cli import main
from tests.test_rule_pack_safety import _write_pack

_PROFILE = """
name = "house-style"
title = "Our house style"
description = "The built-in politics rules and our own."
select = ["politics", "local"]
"""


@pytest.fixture
def project(tmp_path: Path) -> Path:
    _write_pack(tmp_path / "house-rules")
    (tmp_path / ".postlint.toml").write_text('[rules]\npacks = ["house-rules"]\n', encoding="utf-8")
    (tmp_path / "draft.md").write_text("Have a banana.\n", encoding="utf-8")
    return tmp_path


def _run(project: Path, *args: str) -> tuple[int, str, str]:
    here = Path.cwd()
    os.chdir(project)
    try:
        result = CliRunner().invoke(main, list(args))
    finally:
        os.chdir(here)
    return result.exit_code, result.stdout, result.stderr


def test_explain_knows_a_user_rule(project: Path) -> None:
    code, out, err = _run(project, "explain", "local.banana-talk")
    assert (code, err) == (0, "")
    assert out.startswith("local.banana-talk") and "Our house rules: no fruit." in out


def test_rules_lists_a_user_rule(project: Path) -> None:
    code, out, _ = _run(project, "rules", "--format", "json")
    assert code == 0
    assert "local.banana-talk" in {rule["id"] for rule in json.loads(out)}


def test_sarif_describes_every_rule_it_reports(project: Path) -> None:
    code, out, _ = _run(project, "check", "--format", "sarif", "draft.md")
    assert code == 1
    [run] = json.loads(out)["runs"]
    described = {rule["id"] for rule in run["tool"]["driver"]["rules"]}
    reported = {result["ruleId"] for result in run["results"]}
    assert "local.banana-talk" in reported
    assert reported <= described


def test_a_profile_from_a_user_pack_is_accepted(tmp_path: Path) -> None:
    pack = _write_pack(tmp_path / "pack")
    (pack / "profiles").mkdir()
    (pack / "profiles" / "house-style.toml").write_text(textwrap.dedent(_PROFILE), "utf-8")
    config = postlint.Config(profile="house-style", rules={"packs": [str(pack)]})
    report = postlint.check("Vote Labour, and eat a banana.", config=config)
    assert report.profile == "house-style"
    assert report.rules() == {"local.banana-talk", "politics.partisan-endorsement"}
    assert "house-style" in postlint.catalog(config).profiles


def test_an_unknown_profile_names_the_known_ones(tmp_path: Path) -> None:
    pack = _write_pack(tmp_path / "pack")
    config = postlint.Config(profile="house-stlye", rules={"packs": [str(pack)]})
    with pytest.raises(postlint.ConfigError, match=r"unknown profile 'house-stlye' \(known: "):
        postlint.Linter(config)
    with pytest.raises(postlint.ConfigError, match="uk-civil-service"):
        postlint.Config.from_mapping({"profile": "uk-civil-servce"})


def test_the_linter_knows_every_rule_of_its_packs(tmp_path: Path) -> None:
    pack = _write_pack(tmp_path / "pack")
    linter = postlint.linter_for(postlint.Config(rules={"packs": [str(pack)]}))
    assert {"local.banana-talk", "politics.partisan-endorsement"} <= set(linter.known_rules)
    assert linter is postlint.linter_for(postlint.Config(rules={"packs": [str(pack)]}))
