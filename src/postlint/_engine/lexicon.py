"""The lexicon component: marks the rule pack's lexicon entries in ``doc.spans``.

It does what two spaCy ``span_ruler`` components did (one matching phrases on exact case,
one on lower case plus the token patterns), with the same spans in the same order, but
matches the token patterns with postlint's own matcher (``postlint._engine.token_patterns``), which
tries a pattern only where it can start instead of at every token.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from postlint._engine.token_patterns import (
    Columns,
    Match,
    PatternTimeoutError,
    TokenPatternMatcher,
)
from postlint._engine.tokenizer_guard import DOC_TEXT_KEY

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span

    from postlint._pack import LexiconEntry

__all__ = ["DOC_WARNINGS_KEY", "LEXICON_COMPONENT", "add_lexicon_component"]

LEXICON_COMPONENT = "postlint_lexicon"
#: ``doc.user_data`` key of what the pipeline could not do on this Doc (for Report.warnings).
DOC_WARNINGS_KEY = "postlint.warnings"


class LexiconComponent:
    """Marks lexicon entries: exact-case phrases, lower-case phrases, token patterns.

    Spans go to ``doc.spans[spans_key]`` after any already there: first the exact-case
    matches, then the lower-case ones, each group sorted and without duplicates (the order
    the two ``span_ruler`` components this replaces produced).
    """

    def __init__(self, nlp: Language, name: str, spans_key: str) -> None:
        from spacy.matcher import PhraseMatcher

        self.name = name
        self.spans_key = spans_key
        self._nlp = nlp
        self._cased = PhraseMatcher(nlp.vocab, attr="ORTH")
        self._lower = PhraseMatcher(nlp.vocab, attr="LOWER")
        self._patterns = TokenPatternMatcher(nlp.vocab, validate=True)
        self._labels: dict[int, tuple[str, str]] = {}

    def add_entries(self, entries: Iterable[LexiconEntry]) -> None:
        cased: dict[str, list[str]] = {}
        lower: dict[str, list[str]] = {}
        for entry in entries:
            key = repr((entry.label, entry.id))
            self._labels[self._nlp.vocab.strings.add(key)] = (entry.label, entry.id)
            (cased if entry.case_sensitive else lower).setdefault(key, []).extend(entry.phrases)
            for pattern in entry.patterns:
                self._patterns.add(key, pattern)
        # Phrases only need the tokenizer: the lexicon runs before every other component.
        tokenizer: Any = self._nlp.tokenizer
        for matcher, phrases in ((self._cased, cased), (self._lower, lower)):
            for key, texts in phrases.items():
                if texts:
                    matcher.add(key, list(tokenizer.pipe(texts)))

    def _spans(self, doc: Doc, matches: Iterable[Match]) -> list[Span]:
        from spacy.tokens import Span

        # Deduplicated as plain tuples first: a Span is costly to make and to hash.
        unique = {(key, start, end) for key, start, end in matches if start != end}
        return sorted(
            Span(doc, start, end, label=self._labels[key][0], span_id=self._labels[key][1])
            for key, start, end in unique
        )

    def __call__(self, doc: Doc) -> Doc:
        cased = self._spans(doc, self._cased(doc)) if len(self._cased) else []
        lower_matches: list[Match] = list(self._lower(doc)) if len(self._lower) else []
        if len(self._patterns):
            columns = Columns(doc, doc.user_data.get(DOC_TEXT_KEY))
            try:
                lower_matches.extend(self._patterns(doc, columns))
            except PatternTimeoutError as error:
                # The lexicons' phrases still count; their token patterns, for this draft,
                # do not, and the report says so.
                doc.user_data.setdefault(DOC_WARNINGS_KEY, []).append(
                    f"the lexicons' token patterns were skipped on this draft: {error}"
                )
        lower = self._spans(doc, lower_matches)
        existing = list(doc.spans[self.spans_key]) if self.spans_key in doc.spans else []
        doc.spans[self.spans_key] = [*existing, *cased, *lower]
        return doc


def add_lexicon_component(nlp: Language, entries: Iterable[LexiconEntry], spans_key: str) -> None:
    """Add the lexicon component first in ``nlp`` (it reads token text only)."""
    _register_factory()
    component: Any = nlp.add_pipe(LEXICON_COMPONENT, first=True, config={"spans_key": spans_key})
    component.add_entries(entries)


def _register_factory() -> None:
    from spacy.language import Language

    if Language.has_factory(LEXICON_COMPONENT):
        return

    @Language.factory(LEXICON_COMPONENT, default_config={"spans_key": "sc"})
    def make_lexicon_component(nlp: Language, name: str, spans_key: str) -> LexiconComponent:
        return LexiconComponent(nlp, name, spans_key)
