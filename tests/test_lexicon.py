"""The lexicon component's anchored matching finds exactly what spaCy's Matcher finds."""

from __future__ import annotations

import functools
from typing import Any

import pytest
import spacy
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.matcher import Matcher
from spacy.tokens import Doc

from postlint._lexicon import AnchoredMatcher, anchors, max_length

PATTERNS: list[list[dict[str, Any]]] = [
    [{"LOWER": "i"}, {"LOWER": {"IN": ["work", "worked"]}}, {"LOWER": {"IN": ["at", "for"]}}],
    [{"LOWER": {"IN": ["proud", "pleased"]}}, {"LOWER": "to"}, {"IS_ALPHA": True, "OP": "?"}],
    [{"ORTH": "I"}, {"LOWER": "am"}, {"IS_ALPHA": True, "OP": "{1,3}"}, {"LOWER": "at"}],
    [{"LOWER": "at"}, {"LOWER": "work"}, {"LOWER": "today", "OP": "!"}],
    [{"LOWER": "vote"}, {"IS_TITLE": True, "OP": "+"}],
    [{"LOWER": "we", "OP": "?"}, {"LOWER": "support"}],
    [{"TEXT": {"REGEX": "^#?[A-Z]{2}[0-9]{1,3}$"}}],
    [{"IS_TITLE": True}, {"LOWER": "party"}],
]

SENTENCES = [
    "I work at the Department and I worked for a charity before.",
    "Proud to announce it. We are pleased to share the news at work today!",
    "I am a policy adviser at DfT. I am at work. I am very happy at home",
    "Vote Green Party Now and vote for us. At work tomorrow, at work",
    "We support it; support the HB123 bill and SB7. Labour party",
    "",
]


def _matches(matcher: Any, doc: Any) -> set[tuple[int, int, int]]:
    return set(matcher(doc))


@functools.cache
def _built() -> tuple[Any, Matcher, AnchoredMatcher]:
    nlp = spacy.blank("en")
    plain = Matcher(nlp.vocab)
    anchored = AnchoredMatcher(nlp.vocab)
    for index, pattern in enumerate(PATTERNS):
        plain.add(f"p{index}", [pattern])
        anchored.add(f"p{index}", pattern)
    return nlp, plain, anchored


@pytest.fixture
def matchers() -> tuple[Any, Matcher, AnchoredMatcher]:
    return _built()


@pytest.mark.parametrize("sentence", SENTENCES)
def test_anchored_matches_equal_the_matcher(
    matchers: tuple[Any, Matcher, AnchoredMatcher], sentence: str
) -> None:
    nlp, plain, anchored = matchers
    doc = nlp(sentence)
    assert _matches(anchored, doc) == _matches(plain, doc)


def test_a_negated_last_token_needs_a_token_after_the_match(
    matchers: tuple[Any, Matcher, AnchoredMatcher],
) -> None:
    nlp, _, anchored = matchers
    found = {
        (nlp.vocab.strings[key], start, end) for key, start, end in anchored(nlp("so at work now"))
    }
    assert ("p3", 1, 4) in found
    assert not any(key == "p3" for key, _, _ in anchored(nlp("so at work")))
    assert not any(key == "p3" for key, _, _ in anchored(nlp("so at work today")))


WORDS = ["i", "I", "work", "at", "for", "am", "a", "very", "proud", "to", "vote", "Green"]
WORDS += ["Party", "party", "we", "support", "today", "HB12", ",", ".", "worked"]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=30))
def test_anchored_equals_matcher_on_any_word_sequence(words: list[str]) -> None:
    nlp, plain, anchored = _built()
    doc = Doc(nlp.vocab, words=words)
    assert _matches(anchored, doc) == _matches(plain, doc)


def test_max_length_counts_repeats_and_knows_unbounded() -> None:
    assert max_length([{"LOWER": "a"}, {"OP": "?"}, {"OP": "{1,4}"}]) == 6
    assert max_length([{"LOWER": "a"}, {"OP": "{3}"}]) == 4
    assert max_length([{"LOWER": "a"}, {"OP": "*"}]) is None
    assert max_length([{"LOWER": "a"}, {"OP": "{2,}"}]) is None


def test_anchors_only_for_a_required_fixed_first_word() -> None:
    assert anchors([{"ORTH": "I"}, {"LOWER": "am"}]) == frozenset({"i"})
    assert anchors([{"LOWER": {"IN": ["Our", "my"]}}]) == frozenset({"our", "my"})
    assert anchors([{"LOWER": "we", "OP": "?"}, {"LOWER": "support"}]) is None
    assert anchors([{"TEXT": {"REGEX": "^x"}}]) is None
    assert anchors([{"IS_TITLE": True}]) is None
