"""Every rule's good and bad examples are tests, on both NLP paths.

A bad example must raise its rule; a good example must not. The examples' config (the
rule's ``[examples] config`` with the example's own ``config`` merged over it) selects only
that rule, so other rules cannot make an example pass or fail.
"""

from __future__ import annotations

from typing import Any

import pytest

import postlint
from postlint._config import _deep_merge
from postlint._pack import load_rule_pack
from tests.conftest import PIPELINES, config_for


def _cases(kind: str) -> list[Any]:
    cases = []
    for rule in load_rule_pack().rules.values():
        examples = rule.examples.bad if kind == "bad" else rule.examples.good
        for index, example in enumerate(examples):
            merged = _deep_merge(rule.examples.config, example.config)
            merged.setdefault("rules", {})["select"] = [rule.id]
            for pipeline in PIPELINES:
                cases.append(
                    pytest.param(
                        rule.id,
                        example.text,
                        merged,
                        pipeline,
                        id=f"{rule.id}-{kind}{index}-{pipeline}",
                    )
                )
    return cases


def _fired(rule_id: str, text: str, config: dict[str, Any], pipeline: str) -> list[str]:
    config = dict(config)
    profile = config.get("profile", "uk-civil-service")
    pack = load_rule_pack()
    if not any(rule_id == s or rule_id.startswith(s + ".") for s in pack.profiles[profile].select):
        pytest.fail(f"{rule_id}: examples' profile {profile!r} does not run the rule")
    report = postlint.check(text, config=config_for(pipeline, config))
    return [d.evidence for d in report.diagnostics if d.rule == rule_id]


@pytest.mark.parametrize(("rule_id", "text", "config", "pipeline"), _cases("bad"))
def test_bad_example_raises_its_rule(
    rule_id: str, text: str, config: dict[str, Any], pipeline: str
) -> None:
    assert _fired(rule_id, text, config, pipeline), f"{rule_id} missed: {text!r}"


@pytest.mark.parametrize(("rule_id", "text", "config", "pipeline"), _cases("good"))
def test_good_example_stays_quiet(
    rule_id: str, text: str, config: dict[str, Any], pipeline: str
) -> None:
    evidence = _fired(rule_id, text, config, pipeline)
    assert not evidence, f"{rule_id} fired on a good example {text!r}: {evidence}"


def test_every_rule_has_examples_guidance_and_a_profile() -> None:
    pack = load_rule_pack()
    assert pack.rules, "the rule pack is empty"
    for rule in pack.rules.values():
        assert rule.examples.bad and rule.examples.good, rule.id
        assert rule.guidance["default"].link.startswith("https://"), rule.id
        assert any(
            any(rule.id == s or rule.id.startswith(s + ".") for s in profile.select)
            for profile in pack.profiles.values()
        ), f"{rule.id} is run by no profile"
