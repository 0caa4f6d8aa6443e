"""postlint's token-pattern matcher finds exactly what spaCy's Matcher finds."""

from __future__ import annotations

import functools
import re
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spacy.language import Language
from spacy.matcher import Matcher

import postlint
from postlint._engine.token_patterns import (
    Columns,
    TokenPatternMatcher,
    _substring_filter,
    max_tokens,
)
from tests.conftest import config_for

WORDS = ["I", "i", "work", "at", "for", "am", "a", "very", "Proud", "to", "vote", "Green"]
WORDS += ["Party", "party", "we", "support", "today", "HB12", ",", ".", "!", "42", "MP"]
WORDS += ["Secretary", "the", "Minister", "minister", "£40", "million", "#Tag", "\n"]
# For the text's own tests (a regex's letters, anchor words inside longer words, the sigma
# that lowers by its neighbours): "ab" is in "about", "HB" in "#HB7", "σ" or "ς" in "ΑΣΑ".
WORDS += ["about", "ab", "AB", "#HB7", "hb9", "ΑΣ", "ΑΣΑ", "Σ", "İ"]


@functools.cache
def _nlp() -> Language:
    # postlint's blank pipeline: sentences and lemmas are set, so IS_SENT_START and LEMMA
    # patterns have something to read.
    return postlint.Linter(config_for("blank")).nlp


def _spacy_matches(pattern: list[dict[str, Any]], text: str) -> set[tuple[int, int, int]]:
    nlp = _nlp()
    matcher = Matcher(nlp.vocab)
    matcher.add("k", [pattern])
    return set(matcher(nlp(text)))


def _our_matches(pattern: list[dict[str, Any]], text: str) -> tuple[set[Any], bool]:
    nlp = _nlp()
    matcher = TokenPatternMatcher(nlp.vocab)
    matcher.add("k", pattern)
    doc = nlp(text)
    found = matcher(doc)
    assert found == sorted(set(found)), "matches come sorted and once each"
    # Given the text, the matcher rules patterns out by it first: the same matches.
    assert matcher(doc, Columns(doc, text)) == found
    return set(found), matcher.uses_fallback


_word = st.sampled_from(WORDS)
_value = st.one_of(
    st.builds(lambda w: {"LOWER": w.lower()}, _word),
    st.builds(lambda w: {"ORTH": w}, _word),
    st.builds(lambda w: {"TEXT": w}, _word),
    st.builds(lambda ws: {"LOWER": {"IN": [w.lower() for w in ws]}}, st.lists(_word, max_size=3)),
    st.builds(lambda ws: {"ORTH": {"NOT_IN": ws}}, st.lists(_word, max_size=3)),
    st.builds(lambda w: {"LEMMA": w.lower()}, _word),
    st.sampled_from(
        [
            {},
            {"IS_TITLE": True},
            {"IS_PUNCT": True},
            {"IS_PUNCT": False},
            {"IS_ALPHA": True},
            {"LIKE_NUM": True},
            {"IS_SENT_START": True},
            {"IS_SENT_START": False},
            {"LENGTH": {">=": 3}},
            {"LENGTH": 2},
            {"TEXT": {"REGEX": "^[A-Z]"}},
            {"TEXT": {"REGEX": "^#?(HB|AB)[0-9]{1,5}$"}},
            {"ORTH": {"REGEX": "[0-9]$"}},
            {"TEXT": {"REGEX": "^[$£]?[0-9]"}},
            {"TEXT": {"REGEX": "\\bb"}},
            {"TEXT": {"REGEX": "^(?i:ab)$"}},
            {"LOWER": {"REGEX": "r"}},
            {"LOWER": {"IN": ["ab", "hb", "ς", "σ", "i̇"]}},
            {"IS_TITLE": True, "LOWER": {"NOT_IN": ["the", "party"]}},
            {"SHAPE": "Xxxxx"},
        ]
    ),
)
_op = st.sampled_from([None, "?", "*", "+", "!", "{1,3}", "{0,2}", "{2}", "{2,}", "{,2}", "{1}"])


@st.composite
def _token(draw: st.DrawFn) -> dict[str, Any]:
    spec = dict(draw(_value))
    op = draw(_op)
    if op is not None:
        spec["OP"] = op
    return spec


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_token(), min_size=1, max_size=4), st.lists(_word, max_size=14))
def test_matches_equal_spacys_on_random_patterns(
    pattern: list[dict[str, Any]], words: list[str]
) -> None:
    text = " ".join(words)
    ours, fallback = _our_matches(pattern, text)
    assert not fallback, "every pattern drawn here is one the compiler handles"
    assert ours == _spacy_matches(pattern, text)


@pytest.mark.parametrize(
    "pattern",
    [
        [{"LOWER": "a", "_": {"x": 1}}],
        [{"LOWER": {"FUZZY": "work"}}],
        [{"MORPH": {"IS_SUPERSET": ["Number=Sing"]}}],
        [{"LOWER": {"INTERSECTS": ["work"]}}],
        [{"LOWER": "work", "OP": "{0}"}],
    ],
)
def test_what_the_compiler_does_not_know_goes_to_spacy(pattern: list[dict[str, Any]]) -> None:
    nlp = _nlp()
    matcher = TokenPatternMatcher(nlp.vocab, validate=False)
    try:
        matcher.add("k", pattern)
    except (ValueError, KeyError):
        pytest.skip("spaCy itself refuses this pattern")
    assert matcher.uses_fallback


def test_an_invalid_pattern_gets_spacys_error() -> None:
    matcher = TokenPatternMatcher(_nlp().vocab, validate=True)
    with pytest.raises(ValueError, match=r"LOWR|pattern"):
        matcher.add("k", [{"LOWR": "work"}])


def test_patterns_anchor_on_a_later_fixed_word() -> None:
    nlp = _nlp()
    matcher = TokenPatternMatcher(nlp.vocab)
    matcher.add("secretary", [{"IS_TITLE": True}, {"ORTH": "Secretary"}])
    matcher.add("mp", [{"IS_TITLE": True}, {"IS_TITLE": True, "OP": "?"}, {"ORTH": "MP"}])
    doc = nlp("The Transport Secretary met Jo Smith MP and Smith MP today.")
    found = {(nlp.vocab.strings[key], doc[start:end].text) for key, start, end in matcher(doc)}
    assert found == {
        ("secretary", "Transport Secretary"),
        ("mp", "Jo Smith MP"),
        ("mp", "Smith MP"),
    }


def test_a_shared_columns_object_serves_several_matchers() -> None:
    nlp = _nlp()
    doc = nlp("I work at the Department for Transport.")
    columns = Columns(doc)
    first, second = TokenPatternMatcher(nlp.vocab), TokenPatternMatcher(nlp.vocab)
    first.add("a", [{"LOWER": "work"}, {"LOWER": "at"}])
    second.add("b", [{"IS_TITLE": True, "OP": "+"}])
    assert first(doc, columns) == first(doc)
    assert second(doc, columns) == second(doc)
    assert [(start, end) for _, start, end in second(doc)] == [(0, 1), (4, 5), (6, 7)]


def test_max_tokens_counts_repeats_and_knows_unbounded() -> None:
    assert max_tokens([{"LOWER": "a"}, {"OP": "?"}, {"OP": "{1,4}"}]) == 6
    assert max_tokens([{"LOWER": "a"}, {"OP": "{3}"}]) == 4
    assert max_tokens([{"LOWER": "a"}, {"OP": "*"}]) is None
    assert max_tokens([{"LOWER": "a"}, {"OP": "{2,}"}]) is None


@pytest.mark.parametrize(
    ("pattern", "text_filter"),
    [
        (r"^#?(SB|HB)[0-9]{1,5}$", r"#?(SB|HB)[0-9]{1,5}"),
        (r"^[£$]\d+(\.\d+)?(m|bn)$", r"[£$]\d+(\.\d+)?(m|bn)"),
        (r"work", r"work"),
        (r"a\\$", r"a\\"),
        (r"a\$", r"a\$"),
        (r"(?:x|y)+z?", r"(?:x|y)+z?"),
        # Each of these looks at what surrounds a match, or changes flags inside: none.
        (r"\bwork", None),
        (r"(?<=#)HB", None),
        (r"HB(?=[0-9])", None),
        (r"(a)\1", None),
        (r"a|^b", None),
        (r"^(a$)", None),
        (r"(?i:hb)", None),
        (r"a\Z", None),
        (r"^$", None),
    ],
)
def test_a_text_filter_drops_only_edge_anchors(pattern: str, text_filter: str | None) -> None:
    found = _substring_filter(re.compile(pattern))
    assert (found.pattern if found is not None else None) == text_filter


_REGEXES = [r"^#?(SB|HB)[0-9]{1,3}$", r"^[£$]\d+(m|bn)?$", r"^a+b$", r"b[0-9]$", r"^(ab|ba)"]


@settings(max_examples=300, deadline=None)
@given(
    st.sampled_from(_REGEXES),
    st.text(alphabet="abSHB#£$0123 mn", max_size=20),
    st.integers(0, 20),
    st.integers(0, 20),
)
def test_a_text_holding_a_passing_slice_passes_the_filter(
    pattern: str, text: str, start: int, length: int
) -> None:
    regex = re.compile(pattern)
    text_filter = _substring_filter(regex)
    assert text_filter is not None
    piece = text[start : start + length]
    if regex.search(piece):
        assert text_filter.search(text)


def test_a_capital_sigma_keeps_the_text_from_ruling_lower_words_out() -> None:
    # "a.Σ" lowers to "a.ς" (a final sigma, by its neighbours), yet its token "Σ" has the
    # LOWER "σ": the matcher must not conclude from the text that no token is "σ".
    nlp = _nlp()
    matcher = TokenPatternMatcher(nlp.vocab)
    matcher.add("k", [{"LOWER": "σ"}])
    doc = nlp("a.Σ")
    assert "σ" not in doc.text.lower()
    assert [doc[start:end].text for _, start, end in matcher(doc, Columns(doc, "a.Σ"))] == ["Σ"]


def test_the_lexicon_component_is_given_the_text() -> None:
    from postlint._engine.tokenizer_guard import DOC_TEXT_KEY

    text = "Vote for HB12 today"
    doc = _nlp()(text)
    assert doc.user_data[DOC_TEXT_KEY] == text
    labels = {span.label_ for span in doc.spans["postlint"]}
    assert "POLICY_OBJECT" in labels
