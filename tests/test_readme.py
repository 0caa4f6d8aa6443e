"""The README's promises: its two commands exist, CI runs the test one, every rule is listed."""

from __future__ import annotations

import re
from pathlib import Path

from postlint._pack import load_rule_pack

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_readme_lists_every_rule() -> None:
    missing = [rule_id for rule_id in load_rule_pack().rules if f"`{rule_id}`" not in README]
    assert not missing, f"README.md does not list: {missing}"


def test_readme_lists_no_rule_that_does_not_exist() -> None:
    listed = set(re.findall(r"^\| `([a-z]+\.[a-z0-9-]+)` \|", README, flags=re.MULTILINE))
    assert listed <= set(load_rule_pack().rules), listed - set(load_rule_pack().rules)


def test_the_two_commands_are_make_targets_and_ci_runs_the_test_one() -> None:
    assert "make demo" in README and "make test" in README
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert re.search(r"^demo:", makefile, flags=re.MULTILINE)
    assert re.search(r"^test:", makefile, flags=re.MULTILINE)
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert re.search(r"^make test$", ci, flags=re.MULTILINE)
