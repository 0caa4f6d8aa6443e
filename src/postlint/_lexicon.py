"""The lexicon component: marks the rule pack's lexicon entries in ``doc.spans``.

It does what two spaCy ``span_ruler`` components did (one matching phrases on exact case,
one on lower case plus the token patterns), with the same spans in the same order, but
runs token patterns only where they can start. spaCy's Matcher tries every pattern at
every token, and each ``IN`` or ``REGEX`` test there is a Python call: with a few dozen
lexicon patterns that was most of the blank pipeline's time. Most lexicon patterns start
with a fixed word (``{"LOWER": "i"}``, ``{"LOWER": {"IN": [...]}}``), so those run on a
short window of the Doc at each occurrence of that word instead; the rest run over the
whole Doc as before.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.matcher import Matcher
    from spacy.tokens import Doc, Span
    from spacy.vocab import Vocab

    from postlint._rules._pack import LexiconEntry

__all__ = ["LEXICON_COMPONENT", "AnchoredMatcher", "add_lexicon_component"]

LEXICON_COMPONENT = "postlint_lexicon"

Match = tuple[int, int, int]
TokenPattern = list[dict[str, Any]]

# Token attributes whose value fixes the token's lower-case form (ORTH "I" -> "i").
_ANCHOR_ATTRS = ("LOWER", "ORTH", "TEXT")
_RANGE = re.compile(r"^\{(\d*)(,?)(\d*)\}$")


def max_length(pattern: Sequence[dict[str, Any]]) -> int | None:
    """The most tokens ``pattern`` can match, or ``None`` when unbounded (``*``, ``+``)."""
    total = 0
    for token in pattern:
        op = token.get("OP")
        if op in (None, "1", "!", "?"):
            total += 1  # "!" consumes nothing; counting it keeps the bound safe
        elif op in ("*", "+"):
            return None
        else:
            repeat = _RANGE.match(str(op))
            if repeat is None:
                return None  # an operator this code does not know: treat as unbounded
            low, comma, high = repeat.groups()
            if comma and not high:
                return None  # {n,}
            total += int(high or low or 0)
    return total


def anchors(pattern: Sequence[dict[str, Any]]) -> frozenset[str] | None:
    """Lower-case words one of which every match of ``pattern`` starts with, if known."""
    first = pattern[0] if pattern else {}
    if first.get("OP") not in (None, "1", "+"):
        return None  # the first token may be absent: a match can start anywhere
    for attr in _ANCHOR_ATTRS:
        value = first.get(attr)
        if isinstance(value, str):
            return frozenset({value.lower()})
        if (
            isinstance(value, dict)
            and set(value) == {"IN"}
            and value["IN"]
            and all(isinstance(word, str) for word in value["IN"])
        ):
            return frozenset(word.lower() for word in value["IN"])
    return None


class AnchoredMatcher:
    """A Matcher for token patterns that runs each pattern only where it can start.

    A pattern whose first token is a fixed word (or one of a set of words) runs on a window
    of the Doc from each occurrence of that word, one token longer than the longest match
    (so a state is never cut short by the window's end); only its matches at the window's
    start are kept, which are exactly its matches at that position in the whole Doc.
    Other patterns run over the whole Doc. Returns the ``(key, start, end)`` matches of
    spaCy's Matcher, deduplicated, unordered.
    """

    def __init__(self, vocab: Vocab, *, validate: bool = True) -> None:
        self._vocab = vocab
        self._validate = validate
        self._unanchored = self._new_matcher()
        self._unanchored_count = 0
        # lower-case form (hash) -> (its Matcher, window in tokens or None for the whole rest)
        self._anchored: dict[int, tuple[Matcher, int | None]] = {}

    def _new_matcher(self) -> Matcher:
        from spacy.matcher import Matcher

        return Matcher(self._vocab, validate=self._validate)

    def add(self, key: str, pattern: TokenPattern) -> None:
        words = anchors(pattern)
        if words is None:
            self._unanchored.add(key, [pattern])
            self._unanchored_count += 1
            return
        longest = max_length(pattern)
        window = None if longest is None else longest + 1
        for word in sorted(words):
            word_key = self._vocab.strings.add(word)
            matcher, old_window = self._anchored.get(word_key, (None, 0))
            if matcher is None:
                matcher = self._new_matcher()
            if old_window is None or window is None:
                merged: int | None = None
            else:
                merged = max(old_window, window)
            matcher.add(key, [pattern])
            self._anchored[word_key] = (matcher, merged)

    def __len__(self) -> int:
        return self._unanchored_count + sum(len(m) for m, _ in self._anchored.values())

    def __call__(self, doc: Doc) -> list[Match]:
        found: set[Match] = set()
        if self._unanchored_count:
            found.update(self._unanchored(doc))
        if self._anchored:
            from spacy.attrs import LOWER

            length = len(doc)
            for index, lower in enumerate(doc.to_array(LOWER).tolist()):
                anchored = self._anchored.get(lower)
                if anchored is None:
                    continue
                matcher, window = anchored
                end = length if window is None else min(length, index + window)
                for key, start, stop in matcher(doc[index:end]):
                    if start == 0:
                        found.add((key, index, index + stop))
        return list(found)


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
        self._patterns = AnchoredMatcher(nlp.vocab, validate=True)
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

        unique = {
            Span(doc, start, end, label=self._labels[key][0], span_id=self._labels[key][1])
            for key, start, end in matches
            if start != end
        }
        return sorted(unique)

    def __call__(self, doc: Doc) -> Doc:
        cased = self._spans(doc, self._cased(doc)) if len(self._cased) else []
        lower_matches: list[Match] = list(self._lower(doc)) if len(self._lower) else []
        lower_matches.extend(self._patterns(doc))
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
