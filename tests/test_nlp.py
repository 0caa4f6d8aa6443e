"""The blank path's own components: lookup lemmas and the rule-based sentence splitter.

Both read and write the Doc's arrays with per-string caches; these tests hold them to the
plain token-by-token reading of their rules (the reference functions below).
"""

from __future__ import annotations

import functools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.language import Language
from spacy.tokens import Doc

import postlint
from postlint._engine.pipeline import _CLOSING, _LINE_BREAKS, _SENTENCE_FINAL, lemma_table
from tests.conftest import config_for


@functools.cache
def _blank() -> Language:
    return postlint.Linter(config_for("blank")).nlp


def _reference_starts(doc: Doc) -> list[bool]:
    """The splitter's rules, read one Token at a time."""
    starts: list[bool] = []
    after_final = after_break = False
    for index, token in enumerate(doc):
        if index == 0:
            starts.append(True)
        elif token.is_space:
            starts.append(False)
        else:
            starts.append(
                after_break or (after_final and token.text not in _CLOSING and not token.is_punct)
            )
        if token.is_space:
            after_break = after_break or bool(_LINE_BREAKS.intersection(token.text_with_ws))
        else:
            after_break = False
        if token.text in _SENTENCE_FINAL or (token.is_punct and set(token.text) <= set(".!?")):
            after_final = True
        elif token.text not in _CLOSING and not token.is_space:
            after_final = False
    return starts


def test_sentences_end_at_final_marks_closing_quotes_and_line_breaks() -> None:
    doc = _blank()("Is it? Yes!! “Done.” (Then) more…  next\n\n  Last line\r\nEnd")
    assert [sentence.text.strip() for sentence in doc.sents] == [
        "Is it?",
        "Yes!! “Done.” (Then) more…",
        "next",
        "Last line",
        "End",
    ]


def test_whitespace_never_starts_a_sentence() -> None:
    doc = _blank()("One.   Two.\n \nThree")
    assert [token.is_sent_start for token in doc if token.is_space] == [False, False]
    assert [sentence.text.strip() for sentence in doc.sents] == ["One.", "Two.", "Three"]


def test_the_first_token_starts_a_sentence_even_when_it_is_whitespace() -> None:
    doc = _blank()("\n\nHello there. Bye")
    assert doc[0].is_sent_start
    assert [sentence.text for sentence in doc.sents] == ["\n\n", "Hello there.", "Bye"]


_PIECES = st.sampled_from(
    [
        "word",
        "Word",
        "DfE",
        ".",
        "!",
        "?",
        "?!",
        "…",
        "...",
        "”",
        "’",
        ")",
        "(",
        "»",
        '"',
        ",",
        ":",
        "#Tag",
        "@handle",
        "\n",
        "\n\n",
        "\r\n",
        "\u2028",
        "\t",
        "  ",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(_PIECES, st.sampled_from(["", " ", "  "])), max_size=40))
def test_sentence_starts_match_the_token_by_token_rules(pieces: list[tuple[str, str]]) -> None:
    doc = _blank()("".join(piece + gap for piece, gap in pieces))
    assert [bool(token.is_sent_start) for token in doc] == _reference_starts(doc)


def test_lemmas_are_lower_cased_lookups_and_unknown_words_keep_their_form() -> None:
    doc = _blank()("The Ministers WERE running; Zxqv ran.")
    lemmas = ["the", "minister", "be", "run", ";", "zxqv", "run", "."]
    assert [token.lemma_ for token in doc] == lemmas


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from([*sorted(lemma_table())[:5000:7], "Xyzzy", "RAN", "Geese"])))
def test_lemmas_match_the_lookup_table(words: list[str]) -> None:
    doc = _blank()(" ".join(words))
    table = lemma_table()
    assert [token.lemma_ for token in doc] == [
        table.get(token.lower_, token.lower_) for token in doc
    ]


def test_the_components_caches_start_afresh_when_full_and_stay_right(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import postlint._engine.pipeline as nlp_module

    monkeypatch.setattr(nlp_module, "_MAX_CACHED_FORMS", 8)
    nlp = _blank()
    lemmas, splitter = nlp.get_pipe("postlint_lemmas"), nlp.get_pipe("postlint_sentences")
    table = lemma_table()
    for text in ("Geese ran. Mice were running!", "The ministers met.\nThey voted", "Done"):
        doc = nlp(text)
        assert [t.lemma_ for t in doc] == [table.get(t.lower_, t.lower_) for t in doc]
        assert [bool(t.is_sent_start) for t in doc] == _reference_starts(doc)
        assert len(lemmas._lemma_of) <= 8 + len(doc)
        assert len(splitter._letter_of) <= 8 + len(doc)
