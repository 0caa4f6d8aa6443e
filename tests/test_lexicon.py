"""The lexicon component marks what two spaCy ``span_ruler`` components would mark."""

from __future__ import annotations

import functools
from typing import Any

import pytest
import spacy
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.language import Language

import postlint
from postlint._engine.pipeline import LEXICON_SPANS_KEY
from postlint._pack import load_rule_pack
from tests.conftest import config_for

SENTENCES = [
    "I work at the Department for Transport and I'm proud to support #VoteLabour.",
    "As a DWP adviser: views my own. Vote Green Party Now, says the Labour MP.",
    "Keir Starmer and Rishi Sunak met Senator Smith; HB123 and SB7 passed.",
    "We are pleased to share the news at work today! #ad #sponsored",
    "",
]


@functools.cache
def _pipelines() -> tuple[Language, Language]:
    """postlint's blank pipeline, and one with span rulers over the same entries."""
    ours = postlint.Linter(config_for("blank")).nlp
    reference = spacy.blank("en")
    reference.tokenizer = ours.tokenizer
    cased: list[dict[str, Any]] = []
    lower: list[dict[str, Any]] = []
    for entry in load_rule_pack().lexicon_entries():
        phrases = [
            {"label": entry.label, "id": entry.id, "pattern": phrase} for phrase in entry.phrases
        ]
        (cased if entry.case_sensitive else lower).extend(phrases)
        lower.extend(
            {"label": entry.label, "id": entry.id, "pattern": pattern} for pattern in entry.patterns
        )
    config = {"spans_key": LEXICON_SPANS_KEY, "validate": True}
    reference.add_pipe("span_ruler", name="cased", config=config).add_patterns(cased)
    lower_config = {**config, "phrase_matcher_attr": "LOWER", "overwrite": False}
    reference.add_pipe("span_ruler", name="lower", config=lower_config).add_patterns(lower)
    return ours, reference


def _marked(nlp: Language, text: str) -> list[tuple[int, int, str, str]]:
    doc = nlp(text)
    return [(s.start, s.end, s.label_, s.id_) for s in doc.spans.get(LEXICON_SPANS_KEY, [])]


@pytest.mark.parametrize("text", SENTENCES)
def test_the_component_marks_what_span_rulers_mark(text: str) -> None:
    ours, reference = _pipelines()
    assert _marked(ours, text) == _marked(reference, text)
    if text:
        assert _marked(ours, text), "each sentence holds a lexicon entry"


def _lexicon_words() -> list[str]:
    words = {"the", "at", "of", ",", ".", "I", "vote", "for", "MP"}
    for entry in load_rule_pack().lexicon_entries():
        for phrase in entry.phrases[:3]:
            words.update(phrase.split())
    return sorted(words)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(_lexicon_words()), max_size=25))
def test_the_component_marks_what_span_rulers_mark_on_any_word_sequence(
    words: list[str],
) -> None:
    ours, reference = _pipelines()
    text = " ".join(words)
    assert _marked(ours, text) == _marked(reference, text)
