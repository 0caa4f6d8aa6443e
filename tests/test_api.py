"""The public API: check, Linter, Report and Diagnostic fields, batch and errors."""

from __future__ import annotations

import pytest

import postlint
from tests.conftest import config_for


def test_public_api_is_what_init_exports() -> None:
    assert set(postlint.__all__) >= {"check", "Linter", "Config", "Report", "Diagnostic"}


def test_diagnostic_fields_point_at_the_evidence(pipeline: str) -> None:
    text = "Lovely weather.\nVote Labour on Thursday!"
    report = postlint.check(text, config=config_for(pipeline))
    [diagnostic] = [d for d in report.diagnostics if d.rule == "politics.partisan-endorsement"]
    assert text[diagnostic.start : diagnostic.end] == diagnostic.evidence
    assert "Labour" in diagnostic.evidence
    assert (diagnostic.line, diagnostic.column) == (2, 1)
    assert diagnostic.severity == "error"
    assert diagnostic.link.startswith("https://")
    assert diagnostic.guidance
    assert 0 < diagnostic.confidence <= 1
    assert report.pipeline == ("blank" if pipeline == "blank" else "en_core_web_sm")


def test_check_many_matches_check(pipeline: str) -> None:
    texts = ["Vote Labour!", "The labour market is strong.", "", "#VoteLabour " * 3]
    linter = postlint.Linter(config_for(pipeline))
    assert linter.check_many(texts) == [linter.check(text) for text in texts]


def test_empty_draft_has_no_findings() -> None:
    assert postlint.check("").diagnostics == []


def test_select_and_ignore_by_family_prefix() -> None:
    text = "Vote Labour on Thursday!"
    ignored = postlint.check(text, config=postlint.Config(rules={"ignore": ["politics"]}))
    assert not ignored.has("politics")
    selected = postlint.check(text, config=postlint.Config(rules={"select": ["politics"]}))
    assert selected.has("politics.partisan-endorsement")


def test_severity_override_and_off() -> None:
    text = "Vote Labour on Thursday!"
    warned = postlint.check(
        text, config=postlint.Config(rules={"severity": {"politics": "warning"}})
    )
    assert {d.severity for d in warned.diagnostics if d.family == "politics"} == {"warning"}
    off = postlint.check(
        text,
        config=postlint.Config(rules={"severity": {"politics.partisan-endorsement": "off"}}),
    )
    assert not off.has("politics.partisan-endorsement")


def test_profile_guidance_differs_for_us_federal() -> None:
    text = "Vote Labour on Thursday!"
    uk = postlint.check(text).diagnostics[0]
    us = postlint.check(text, config=postlint.Config(profile="us-federal")).diagnostics[0]
    assert "Hatch Act" in us.guidance and "Hatch Act" not in uk.guidance


def test_too_large_draft_is_an_input_error() -> None:
    config = postlint.Config(limits={"max_bytes": 100})
    with pytest.raises(postlint.InputError, match="max_bytes"):
        postlint.check("word " * 50, config=config)


def test_non_text_is_an_input_error() -> None:
    with pytest.raises(postlint.InputError):
        postlint.check(b"bytes")  # type: ignore[arg-type]


def test_missing_trained_pipeline_is_a_clear_error() -> None:
    with pytest.raises(postlint.PipelineError, match="not installed"):
        postlint.Linter(postlint.Config(nlp={"model": "en_no_such_pipeline"}))
