"""Faster stand-ins for spaCy's lexical attribute functions, with the same results.

The first time a spaCy vocab meets a word form it makes a lexeme, calling each of the
language's 23 attribute functions (``vocab.lex_attr_getters``: shape, like_num, like_url,
...) on it, plain Python, about 15 of the 27 microseconds a new lexeme costs. A first pass
over the 3,410 texts of the data folder makes 27,642 lexemes; building the rule pack's
lexicons makes a few thousand more at every cold start.

Some of spaCy's functions do more work than their answer needs: English ``like_num``
searches two lists word by word, ``is_quote`` compares against a tuple, ``like_url`` runs
its tests on words without a full stop. :func:`use_fast_lexeme_attrs` swaps those for
functions that give the same answer on every string, each found in the vocab only when it
is the very function of spaCy's it stands for (so a spaCy release that changes one keeps
its own), and most of them falling back to spaCy's on the strings a shortcut does not
cover. ``tests/test_lexeme_attrs.py`` checks each against spaCy's on every lemma form,
every form of the common-words list and generated strings. (``word_shape``, a loop over
characters, was tried as ``str.translate`` plus a regex: slower.)
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

__all__ = ["fast_equivalents", "use_fast_lexeme_attrs"]

Getter = Callable[[str], Any]


def fast_equivalents() -> dict[Getter, Getter]:
    """spaCy's function -> the faster one with the same results."""
    from spacy.lang import lex_attrs as base
    from spacy.lang.en import lex_attrs as english

    number_words = frozenset(english._num_words) | frozenset(english._ordinal_words)

    def english_like_num(text: str) -> bool:
        # A word of letters only is a number when it is a number word: spaCy's function
        # would find no sign to strip, no digits, no fraction and no "1st"-like ending.
        if text.isalpha():
            return text.lower() in number_words
        return bool(english.like_num(text))  # type: ignore[no-untyped-call]

    def like_url(text: str) -> bool:
        # Without a full stop only an http(s):// start makes a URL (spaCy's next tests all
        # need one); an empty string is left to spaCy's function, which fails on it.
        if text and "." not in text and not text.startswith(("http://", "https://")):
            return False
        return bool(base.like_url(text))

    def like_email(text: str) -> bool:
        return "@" in text and bool(base.like_email(text))

    def starts_unlike(original: Getter) -> Getter:
        """For "every character is of category P (or Sc)": a letter or digit first makes
        the answer False at once, as spaCy's loop concludes at its first character."""

        def fast(text: str) -> bool:
            if text[:1].isalnum():
                return False
            return bool(original(text))

        return fast

    def member_of(original: Getter) -> Getter | None:
        """For "``text in (...)``": the same test on a frozenset of the tuple spaCy's
        function holds as its one constant tuple (read from its code, so it is always the
        installed release's); None (keep spaCy's) if the code holds no such one tuple."""
        tuples = [c for c in original.__code__.co_consts if isinstance(c, tuple)]
        if len(tuples) != 1 or not all(isinstance(value, str) for value in tuples[0]):
            return None
        return frozenset(tuples[0]).__contains__

    sets = {
        original: member_of(original)
        for original in (base.is_bracket, base.is_quote, base.is_left_punct, base.is_right_punct)
    }
    return {
        **{original: fast for original, fast in sets.items() if fast is not None},
        english.like_num: english_like_num,
        base.like_url: like_url,
        base.like_email: like_email,
        base.is_ascii: str.isascii,
        base.is_punct: starts_unlike(base.is_punct),
        base.is_currency: starts_unlike(base.is_currency),
    }


def _unwrapped(getter: Getter) -> Getter | None:
    """spaCy's ``partial(get_lang, lang=...)`` and ``partial(is_stop, stops=...)`` as plain
    closures: calling a partial with keywords costs more than the work it wraps."""
    from spacy.lang import lex_attrs as base

    if not isinstance(getter, functools.partial) or getter.args:
        return None
    keywords = getter.keywords
    if getter.func is base.get_lang and set(keywords) == {"lang"}:
        lang: str = keywords["lang"]
        return lambda text: lang
    if getter.func is base.is_stop and set(keywords) == {"stops"}:
        stops = keywords["stops"]
        return lambda text: text.lower() in stops
    return None


def use_fast_lexeme_attrs(vocab: Any) -> int:
    """Swap the functions of ``vocab.lex_attr_getters`` that have a faster equivalent;
    returns how many were swapped."""
    getters: dict[int, Getter] | None = vocab.lex_attr_getters
    if not getters:
        return 0
    equivalents = fast_equivalents()
    swapped = 0
    for attr, getter in list(getters.items()):
        fast = equivalents.get(getter) or _unwrapped(getter)
        if fast is not None:
            getters[attr] = fast
            swapped += 1
    vocab.lex_attr_getters = getters
    return swapped
