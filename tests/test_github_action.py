"""The GitHub Action (action.yml) is well formed and runs the commands the docs give."""

from __future__ import annotations

from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]


def test_the_action_is_a_composite_action_with_its_inputs() -> None:
    action = yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))
    assert action["runs"]["using"] == "composite"
    assert {"paths", "fail-on", "config", "python-version", "upload-sarif"} <= set(action["inputs"])
    steps = action["runs"]["steps"]
    uses = [step.get("uses", "") for step in steps]
    assert any(u.startswith("github/codeql-action/upload-sarif@") for u in uses)
    script = next(step["run"] for step in steps if step.get("id") == "check")
    assert "--format sarif" in script and "--format github" in script
    for step in steps:
        if "run" in step:
            assert step["shell"] == "bash"


def test_the_sample_workflow_is_valid_yaml_using_the_action() -> None:
    text = (ROOT / "docs" / "github-action.md").read_text(encoding="utf-8")
    workflow = yaml.safe_load(text.split("```yaml\n", 1)[1].split("```", 1)[0])
    [job] = workflow["jobs"].values()
    assert any("postlint/postlint@" in step.get("uses", "") for step in job["steps"])
    assert workflow["permissions"]["security-events"] == "write"
