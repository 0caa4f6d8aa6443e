"""The faster lexical attribute functions give spaCy's answers on every string.

Each stand-in is compared with the spaCy function it replaces on every form of the lookup
lemma table (keys and lemmas), every word of the common-words list, strings built from the
characters the shortcuts test (signs, full stops, ``@``, quotes, digits) and generated
text; and lexemes made by a vocab with the stand-ins are compared attribute by attribute
with lexemes of a vocab without them.
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import spacy
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.attrs import IDS
from spacy.lang import lex_attrs as base

import postlint
from postlint._engine.lexeme_attrs import fast_equivalents, use_fast_lexeme_attrs
from postlint._engine.pipeline import lemma_table
from postlint._engine.wordlists import ranked_words as common_words
from tests.conftest import PIPELINES, config_for

# Pieces that the shortcuts test for: signs, full stops, "@", quotes, digits, URL starts.
_PIECES = [
    "",
    "a",
    "A",
    "1",
    "12",
    ".",
    ",",
    "/",
    "@",
    "-",
    "+",
    "±",
    "~",
    "#",
    "'",
    '"',
    "«",
    "’",
    "``",
    "''",
    "(",
    ")",
    "<",
    "$",
    "€",
    "£",
    "http://",
    "https://",
    "www.",
]
_PIECES += ["com", "uk", "st", "th", "one", "First", "x.y", ":", "é", "Ⅷ", "٣", "²", "\n", " "]


@functools.cache
def _forms() -> list[str]:
    table = lemma_table()
    words = common_words(_rules_root() / "platform" / "words" / "common-words.txt")
    built = {"".join(parts) for parts in itertools.product(_PIECES, repeat=3)}
    return sorted({*table, *table.values(), *words, *built} - {""})


def _rules_root() -> Path:
    return postlint.Linter(config_for("blank")).pack.root


def _pairs() -> list[tuple[Callable[[str], Any], Callable[[str], Any]]]:
    return list(fast_equivalents().items())


def _blank_vocab() -> Any:
    """A fresh blank English vocab (typed Any: spaCy's stubs omit ``lex_attr_getters``)."""
    return spacy.blank("en").vocab


def _same(original: Callable[[str], Any], fast: Callable[[str], Any], text: str) -> None:
    try:
        expected: Any = original(text)
    except Exception as error:  # spaCy's like_url fails on "": the stand-in must too
        with pytest.raises(type(error)):
            fast(text)
        return
    assert fast(text) == expected, (original.__name__, text)


@pytest.mark.parametrize("pair", _pairs(), ids=lambda pair: pair[0].__name__)
def test_each_stand_in_answers_as_spacy_on_real_and_built_forms(
    pair: tuple[Callable[[str], Any], Callable[[str], Any]],
) -> None:
    original, fast = pair
    for text in ["", *_forms()]:
        _same(original, fast, text)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=12))
def test_each_stand_in_answers_as_spacy_on_generated_text(text: str) -> None:
    for original, fast in _pairs():
        _same(original, fast, text)


def test_the_blank_vocab_gets_the_stand_ins_and_keeps_what_has_none() -> None:
    vocab = _blank_vocab()
    before = dict(vocab.lex_attr_getters)
    swapped = use_fast_lexeme_attrs(vocab)
    after = vocab.lex_attr_getters
    changed = {attr for attr in before if after[attr] is not before[attr]}
    assert swapped == len(changed)
    names = {IDS_BY_VALUE[attr] for attr in changed}
    assert {"LIKE_NUM", "LIKE_URL", "IS_QUOTE", "IS_STOP", "LANG"} <= names
    # No stand-in for these: spaCy's own functions stay.
    for name in ("NORM", "SHAPE", "LOWER", "PREFIX", "SUFFIX"):
        assert after[IDS[name]] is before[IDS[name]]


IDS_BY_VALUE = {value: name for name, value in IDS.items()}


def test_a_foreign_getter_is_left_alone() -> None:
    vocab = _blank_vocab()

    def own_like_num(text: str) -> bool:
        return text == "lots"

    vocab.lex_attr_getters[IDS["LIKE_NUM"]] = own_like_num
    use_fast_lexeme_attrs(vocab)
    assert vocab.lex_attr_getters[IDS["LIKE_NUM"]] is own_like_num


def test_partials_with_other_arguments_are_left_alone() -> None:
    vocab = _blank_vocab()
    odd = functools.partial(base.is_stop, stops={"x"}, extra=1)  # type: ignore[call-arg]
    vocab.lex_attr_getters[IDS["IS_STOP"]] = odd
    use_fast_lexeme_attrs(vocab)
    assert vocab.lex_attr_getters[IDS["IS_STOP"]] is odd


def test_lexemes_are_the_same_with_and_without_the_stand_ins() -> None:
    plain = _blank_vocab()
    fast = _blank_vocab()
    use_fast_lexeme_attrs(fast)
    attrs = [attr for attr in plain.lex_attr_getters if attr in IDS_BY_VALUE]
    for text in _forms()[::7]:
        ours, theirs = fast[text], plain[text]
        for attr in attrs:
            name = IDS_BY_VALUE[attr].lower()
            assert getattr(ours, name) == getattr(theirs, name), (text, name)


@pytest.mark.parametrize("pipeline", PIPELINES)
def test_the_linters_pipelines_use_them(pipeline: str) -> None:
    vocab: Any = postlint.Linter(config_for(pipeline)).nlp.vocab
    assert vocab.lex_attr_getters[IDS["LIKE_NUM"]] is not _english_like_num()
    assert vocab["seventh"].like_num and not vocab["seventeenth-century"].like_num


def _english_like_num() -> Callable[[str], Any]:
    from spacy.lang.en import lex_attrs as english

    return english.like_num
