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


_PURDAH = {
    "account": {"kind": "official"},
    "election_periods": [{"name": "Poll", "start": "2024-05-25", "end": "2024-07-04"}],
}


def test_a_draft_context_sets_that_drafts_date() -> None:
    config = postlint.Config.model_validate({**_PURDAH, "date": "2024-01-10"})
    text = "The Prime Minister visited the depot today."
    assert not postlint.check(text, config=config).has("timing")
    inside = postlint.check(text, config=config, context={"date": "2024-06-01"})
    assert inside.has("timing.pre-election")
    # Front matter is the draft's own word: it wins over the caller's context.
    framed = "---\ndate: 2024-01-11\n---\n" + text
    assert not postlint.check(
        framed, config=config, markup="markdown", context={"date": "2024-06-01"}
    ).has("timing")


def test_check_many_takes_one_context_per_draft() -> None:
    config = postlint.Config.model_validate({**_PURDAH, "date": "2024-01-10"})
    text = "The Prime Minister visited the depot today."
    linter = postlint.Linter(config)
    reports = linter.check_many([text, text], contexts=[None, {"date": "2024-06-01"}])
    assert [r.has("timing") for r in reports] == [False, True]


def test_an_unknown_context_key_is_an_input_error() -> None:
    with pytest.raises(postlint.InputError, match="unknown key 'nlp'"):
        postlint.check("Hello", context={"nlp": {"model": "x"}})


def test_check_takes_a_mapping_of_the_config_file_s_keys() -> None:
    settings = {"profile": "us-federal", "rules": {"select": ["politics"]}}
    by_mapping = postlint.check("Vote Labour on Thursday!", config=settings)
    by_config = postlint.check(
        "Vote Labour on Thursday!", config=postlint.Config.model_validate(settings)
    )
    assert by_mapping == by_config
    with pytest.raises(postlint.ConfigError, match="profle"):
        postlint.check("x", config={"profle": "us-federal"})
    with pytest.raises(postlint.ConfigError, match="mapping"):
        postlint.check("x", config=["us-federal"])  # type: ignore[arg-type]
