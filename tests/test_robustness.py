"""Hostile and broken drafts: each test here is a failure found once, kept from coming back."""

from __future__ import annotations

import json
import random
from typing import Any

import pytest

import postlint
from postlint._engine.tokenizer_guard import MAX_RUN, BoundedRunTokenizer
from tests.conftest import config_for


@pytest.mark.parametrize("pipeline", ["blank", "trained"])
def test_lone_surrogates_are_replaced_one_for_one(pipeline: str) -> None:
    """Regression: a lone surrogate (a JSON "\\ud800", a bad UTF-16 decode) crashed spaCy's
    string store with UnicodeEncodeError."""
    text = "\ud83d Vote Labour on Thursday! \udfff"
    report = postlint.check(text, config=config_for(pipeline))
    [found] = [d for d in report.diagnostics if d.rule == "politics.partisan-endorsement"]
    assert (found.start, found.evidence) == (2, "Vote Labour on Thursday!")
    json.dumps(report.model_dump(mode="json"), ensure_ascii=False).encode("utf-8")


def test_a_surrogate_inside_the_evidence_becomes_a_replacement_character() -> None:
    report = postlint.check("#Vote\udc00Labour and Vote Labour")
    assert all("\ufffd" in d.evidence or d.evidence.isprintable() for d in report.diagnostics)
    assert all(d.evidence.encode("utf-8") for d in report.diagnostics)


@pytest.mark.parametrize("bad", [None, b"Vote Labour", 42, ["Vote Labour"]])
def test_non_text_is_an_input_error_everywhere(bad: Any) -> None:
    linter = postlint.Linter()
    with pytest.raises(postlint.InputError, match="must be text"):
        linter.check(bad)
    with pytest.raises(postlint.InputError, match="must be text"):
        linter.check_many(["fine", bad])


class _RecordingTokenizer:
    """Stands in for spaCy's tokenizer and remembers the longest run it was given."""

    def __init__(self, real: Any) -> None:
        self.real = real
        self.vocab = real.vocab
        self.longest_run = 0

    def __call__(self, text: str) -> Any:
        runs = text.split()
        self.longest_run = max([self.longest_run, *(len(run) for run in runs)])
        return self.real(text)


def _spacy_tokenizer() -> Any:
    tokenizer = postlint.Linter(config_for("blank")).nlp.tokenizer
    assert isinstance(tokenizer, BoundedRunTokenizer)
    return tokenizer.tokenizer


@pytest.mark.parametrize(
    "run",
    ["😀" * 5_000, ">" * 20_000, "(" * 3_000 + "word", "#" * 9_999, "[](" * 4_000, "`" * 7_001],
)
def test_long_runs_without_spaces_reach_spacy_in_short_pieces(run: str) -> None:
    """Regression: spaCy's tokenizer is quadratic in the length of a whitespace-free run of
    affix characters; 8,000 emoji took 9 s and 50,000 ">" never finished."""
    recording = _RecordingTokenizer(_spacy_tokenizer())
    guarded = BoundedRunTokenizer(recording)
    text = f"Before it. {run} After it, Vote Labour."
    doc = guarded(text)
    assert doc.text == text  # offsets untouched
    assert recording.longest_run <= MAX_RUN
    assert [t.text for t in doc][-4:] == ["Vote", "Labour", "."][-4:] or doc[-1].text == "."


def test_the_guard_keeps_text_and_whitespace_exactly() -> None:
    tokenizer = postlint.Linter(config_for("blank")).nlp.tokenizer
    pieces = [" ", "  ", "\n", "\t", "x", "😀" * 300, "(" * 200, "word", "\u2028", "#tag" * 50]
    shuffle = random.Random(7)
    for _ in range(50):
        text = "".join(shuffle.choice(pieces) for _ in range(30))
        assert tokenizer(text).text == text


@pytest.mark.parametrize("pipeline", ["blank", "trained"])
def test_a_finding_after_a_long_run_is_still_found(pipeline: str) -> None:
    text = "(" * 5_000 + " Vote Labour on Thursday!"
    report = postlint.check(text, config=config_for(pipeline))
    [found] = [d for d in report.diagnostics if d.rule == "politics.partisan-endorsement"]
    assert text[found.start : found.end] == "Vote Labour on Thursday!"


@pytest.mark.parametrize("markup", ["plain", "markdown", "html"])
@pytest.mark.parametrize(
    "text",
    [
        ">" * 30_000 + " Vote Labour",
        "[" * 20_000 + "](" * 10_000,
        "`" * 40_000,
        "<div>" * 5_000 + "Vote Labour" + "</div>" * 5_000,
        "<!--" * 10_000,
        "http://" + "a." * 20_000,
        "---\n" + "key: value\n" * 2_000 + "---\nVote Labour",
    ],
    ids=["quotes", "brackets", "backticks", "nested-html", "open-comments", "long-url", "fm"],
)
def test_pathological_markup_is_checked(markup: str, text: str) -> None:
    """Regression: the first three never finished in Markdown or HTML mode (tokenizer)."""
    try:
        report = postlint.check(text, markup=markup)  # type: ignore[arg-type]
    except postlint.ConfigError as error:  # front matter of unknown keys: named, not a crash
        assert "front matter" in str(error)
        return
    for found in report.diagnostics:
        assert found.evidence == text[found.start : found.end]


@pytest.mark.parametrize(
    ("front_matter", "message"),
    [
        ("platform: myspace", "platform"),
        ("platform: !!python/object/apply:os.system ['true']", "invalid YAML"),
        ("account:\n  kind: [1, 2]", "account.kind"),
    ],
)
def test_hostile_front_matter_is_a_named_config_error(front_matter: str, message: str) -> None:
    with pytest.raises(postlint.ConfigError, match=message):
        postlint.check(f"---\n{front_matter}\n---\nVote Labour!", markup="markdown")


def test_front_matter_cannot_reach_the_pipeline_or_the_limits() -> None:
    """A draft's front matter may set the platform, date and account only: a draft cannot
    load a spaCy package by name or lift the size limit for itself."""
    text = "---\nnlp:\n  model: some_package\nlimits:\n  max_bytes: 1\n---\nVote Labour!"
    report = postlint.check(text, markup="markdown")
    assert report.pipeline == "blank"
    assert report.has("politics.partisan-endorsement")


def test_a_yaml_alias_bomb_in_front_matter_does_not_expand() -> None:
    levels = ["a: &a [x, x, x, x, x, x, x, x, x]"]
    for name, previous in zip("bcdefg", "abcdef", strict=True):
        levels.append(f"{name}: &{name} [{', '.join(['*' + previous] * 9)}]")
    text = "---\naccount:\n  kind: personal\n" + "\n".join(levels) + "\n---\nVote Labour!"
    report = postlint.check(text, markup="markdown")
    assert report.has("politics.partisan-endorsement")


@pytest.mark.parametrize("model", ["./pipeline", "/tmp/evil", "..", "en_core_web_sm/../x", "a b"])
def test_the_pipeline_is_named_by_package_never_by_path(model: str) -> None:
    """spaCy loads a pipeline folder from a path; a config that came with an untrusted
    repository must not make postlint load one (SECURITY.md)."""
    with pytest.raises(postlint.ConfigError, match=r"nlp\.model: .*not a path"):
        postlint.Config.from_mapping({"nlp": {"model": model}})


_BLANKS = " " * 20_000
_BLANK_LINES = "\n \n" * 7_000


@pytest.mark.parametrize(
    "text",
    [
        f"Vote Labour{_BLANKS}on Thursday, folks.",
        f"Starmer{_BLANKS}has been in for a year and my bills are up.",
        f"Support TechCorner{_BLANKS}by buying here. Well said, Farage{_BLANKS}!",
        f"Turns out Badenoch{_BLANKS}was warning about this.",
        f"{_BLANK_LINES}Sign the petition to save our library{_BLANK_LINES}",
        f"Only{_BLANK_LINES}the Greens can fix this, but{_BLANKS}who knows.",
        f"At Kestrel Rail{_BLANKS}, we{_BLANKS}shipped it.",
    ],
    ids=["slogan", "tenure", "patronage", "warned", "petition", "only", "own-group"],
)
def test_long_runs_of_blanks_between_words_are_checked(text: str) -> None:
    """Regression: a pattern with two ways to take the same blanks ("\\s+…\\s*") tried each
    split of a long run of them, from every start: a draft of 50,000 characters, most of them
    blanks after a name, took minutes (the HTML of 5,000 nested tags blanks to such a run)."""
    config = {
        "profile": "uk-civil-service",
        "author": {"organisation": "Kestrel Rail", "role": "conductor"},
    }
    report = postlint.check(text, config=config)
    for found in report.diagnostics:
        assert found.evidence == text[found.start : found.end]
