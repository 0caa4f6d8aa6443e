"""Golden files: the CLI's output over ``examples/`` in every format, and the generated
rules reference ``docs/rules.md``.

A difference fails the test with a diff. To accept a change on purpose, regenerate and
review the diff in git:

    POSTLINT_UPDATE_GOLDEN=1 .venv/bin/pytest tests/test_cli_golden.py
"""

from __future__ import annotations

import difflib
import json
import os
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from postlint._cli.rulesdoc import policies_markdown, reference_markdown
from postlint.cli import main

ROOT = Path(__file__).resolve().parents[1]
GOLDEN = ROOT / "tests" / "golden"
UPDATE = os.environ.get("POSTLINT_UPDATE_GOLDEN") == "1"


def assert_golden(path: Path, actual: str) -> None:
    if UPDATE:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(actual, encoding="utf-8")
        return
    if not path.exists():
        pytest.fail(f"{path.relative_to(ROOT)} is missing: run with POSTLINT_UPDATE_GOLDEN=1")
    expected = path.read_text(encoding="utf-8")
    expected_confidences, actual_confidences = _confidences(expected), _confidences(actual)
    if len(expected_confidences) == len(actual_confidences) and all(
        abs(e - a) <= CONFIDENCE_TOLERANCE
        for e, a in zip(expected_confidences, actual_confidences, strict=True)
    ):
        # The models' int8 kernels differ by CPU in the third decimal: compare the rest.
        expected, actual = _CONFIDENCE.sub("", expected), _CONFIDENCE.sub("", actual)
    if actual != expected:
        diff = "".join(
            difflib.unified_diff(
                expected.splitlines(keepends=True),
                actual.splitlines(keepends=True),
                fromfile=str(path.relative_to(ROOT)),
                tofile="actual",
            )
        )
        pytest.fail(
            f"output differs from {path.relative_to(ROOT)} (if intended, regenerate with "
            f"POSTLINT_UPDATE_GOLDEN=1):\n{diff}"
        )


#: How far a finding's confidence may move from its golden value: the int8 models give the
#: same findings on every CPU, with probabilities that differ in the third decimal.
CONFIDENCE_TOLERANCE = 0.02
_CONFIDENCE = re.compile(r'(?<="confidence": )\d+(?:\.\d+)?')


def _confidences(output: str) -> list[float]:
    return [float(value) for value in _CONFIDENCE.findall(output)]


def check_examples(*options: str) -> tuple[int, str]:
    runner = CliRunner()
    cwd = Path.cwd()
    os.chdir(ROOT)  # paths in the output are relative: examples/...
    try:
        result = runner.invoke(
            main, ["check", "examples", "--show-suppressed", *options], catch_exceptions=False
        )
    finally:
        os.chdir(cwd)
    return result.exit_code, result.stdout


def test_findings_one_line_each() -> None:
    """Vale-style: ``file:line:col:rule:message``, sorted by position, suppressed ones
    marked."""
    code, output = check_examples("--format", "json")
    assert code in (0, 1)
    found: list[tuple[str, int, int, str, str]] = []
    for file in json.loads(output)["files"]:
        for d in file["diagnostics"]:
            found.append((file["path"], d["line"], d["column"], d["rule"], d["message"]))
        for s in file["suppressed"]:
            d = s["diagnostic"]
            reason = f"(suppressed: {s['reason']})"
            found.append((file["path"], d["line"], d["column"], d["rule"], reason))
    lines = [":".join(str(part) for part in finding) for finding in sorted(found)]
    assert_golden(GOLDEN / "findings.txt", "\n".join(lines) + "\n")


@pytest.mark.parametrize(
    ("output_format", "golden"),
    [("text", "check.txt"), ("json", "check.json"), ("github", "check.github.txt")],
)
def test_check_examples_output(output_format: str, golden: str) -> None:
    _, output = check_examples("--format", output_format, "--no-color")
    assert_golden(GOLDEN / golden, output)


def test_check_examples_sarif_results() -> None:
    """The results only: the rules' descriptions already have docs/rules.md as golden."""
    _, output = check_examples("--format", "sarif")
    results = json.loads(output)["runs"][0]["results"]
    assert_golden(
        GOLDEN / "check.sarif-results.json",
        json.dumps(results, indent=2, ensure_ascii=False) + "\n",
    )


def test_rules_reference_is_up_to_date() -> None:
    assert_golden(ROOT / "docs" / "rules.md", reference_markdown())


def test_policies_page_is_up_to_date() -> None:
    assert_golden(ROOT / "docs" / "policies.md", policies_markdown())
