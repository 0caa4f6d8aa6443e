"""The disclosure family's spans: what the lexicons and the family's token patterns mark in a
draft (positions, material connections, disclaimers, work talk, promotion), worked out once
per draft and shared by every disclosure rule.

Phrases without wildcards sit in ``rules/disclosure/lexicons`` (the shared span rulers match
them on every draft at almost no cost); token patterns sit in ``rules/disclosure/patterns``
and run here, once per draft and only when a disclosure rule asks, so that the other
families' users do not pay for them.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING, Any, Literal

from postlint._engine.draft import Draft
from postlint._engine.memo import Memo
from postlint._engine.token_patterns import TokenPatternMatcher

if TYPE_CHECKING:
    from spacy.tokens import Span
    from spacy.vocab import Vocab

    from postlint._pack import RulePack

__all__ = [
    "DISCLAIMER",
    "LISTS",
    "MATERIAL",
    "POSITION",
    "PROMOTION",
    "WORK_TALK",
    "DisclosureStatement",
    "TextSpan",
    "family_analysis",
    "family_spans",
    "longest",
    "sentence_of",
    "text_span",
]

POSITION = "DISC_POSITION"
MATERIAL = "DISC_MATERIAL"
DISCLAIMER = "DISC_DISCLAIMER"
WORK_TALK = "DISC_WORK_TALK"
PROMOTION = "DISC_PROMOTION"

#: The family's word lists: ``disclosure/disclosure.<name>``.
LISTS = "disclosure/disclosure"

StatementKind = Literal["position", "material"]
#: Patterns of fixed words with at most this many word sequences were once expanded into a
#: PhraseMatcher; their matches keep that place (see ``_only_fixed_words``).
_MAX_EXPANSION = 5000


@dataclass(frozen=True, slots=True)
class TextSpan:
    """A stretch of the draft: character offsets, the words, and which pattern found it."""

    start: int
    end: int
    text: str
    how: str
    """The lexicon entry id (``work-at``, ``affiliate``…), ``parse`` or ``organisation``."""


@dataclass(frozen=True, slots=True)
class DisclosureStatement(TextSpan):
    """Words that say who the author is or where they work (``position``), or that the
    post is sponsored, an advert or carries affiliate links (``material``)."""

    kind: StatementKind = "position"

    @property
    def denies_connection(self) -> bool:
        """Whether it says there is no connection ("not sponsored", "I get no money for
        these links"): about the connection, but no disclosure of one."""
        return self.how == "no-connection"

    @property
    def unclear(self) -> bool:
        """Whether it is a form readers do not take for a disclosure ("#spon", "#collab",
        "#partner", "#thanksAcme": FTC Disclosures 101)."""
        return self.how == "unclear"


class FamilyAnalysis:
    """The family's spans and sentence offsets in one draft (``draft.shared``)."""

    def __init__(self, draft: Draft) -> None:
        self.draft = draft

    @cached_property
    def sentence_starts(self) -> frozenset[int]:
        """Token indices that start a sentence. Asked once: ``Token.is_sent_start`` scans the
        Doc on every call, which over many spans of a long draft would be quadratic."""
        return frozenset(sentence.start for sentence in self.draft.sentences)

    @cached_property
    def sentence_offsets(self) -> list[int]:
        """Character offsets where the sentences start, for binary search."""
        return [sentence.start_char for sentence in self.draft.sentences]

    @cached_property
    def all_spans(self) -> list[Span]:
        """Lexicon phrases, then pattern matches."""
        return [
            *self.draft.spans_labelled(POSITION, MATERIAL, DISCLAIMER, WORK_TALK, PROMOTION),
            *_pattern_spans(self.draft),
        ]


def family_analysis(draft: Draft) -> FamilyAnalysis:
    return draft.shared(FamilyAnalysis)


def family_spans(draft: Draft, *labels: str) -> list[Span]:
    """The family's spans with these labels: lexicon phrases and pattern matches."""
    wanted = set(labels)
    return [span for span in family_analysis(draft).all_spans if span.label_ in wanted]


@dataclass(frozen=True, slots=True)
class _Matchers:
    vocab: Vocab
    tokens: TokenPatternMatcher
    token_keys: dict[int, tuple[int, str, str]]
    """A pattern's key (hash) -> its place among the patterns, its label and entry id."""
    fixed_count: int
    """The first this many patterns are of fixed words (see ``_only_fixed_words``)."""


_matchers: Memo[tuple[Vocab, RulePack], _Matchers] = Memo(max_size=8)


def _only_fixed_words(pattern: list[dict[str, Any]]) -> bool:
    """Whether every token of ``pattern`` is a fixed lower-case word or a list of them
    (optionally ``OP = "?"``), and there are at most ``_MAX_EXPANSION`` word sequences. Such
    patterns were run by a PhraseMatcher, whose matches came before the other patterns', in
    text order; they still do (ties in ``_longest`` keep the first)."""
    sequences = 1
    for token in pattern:
        if set(token) - {"LOWER", "OP"} or token.get("OP") not in (None, "?"):
            return False
        value = token.get("LOWER")
        if isinstance(value, str):
            choices = 1
        elif isinstance(value, dict) and set(value) == {"IN"}:
            choices = len(value["IN"])
        else:
            return False
        sequences *= choices + (token.get("OP") == "?")
    return sequences <= _MAX_EXPANSION


def _build_matchers(vocab: Vocab, pack: RulePack) -> _Matchers:
    tokens = TokenPatternMatcher(vocab, validate=True)
    token_keys: dict[int, tuple[int, str, str]] = {}
    entries = pack.pattern_entries("disclosure")
    in_order = [
        (entry, pattern)
        for fixed_first in (True, False)
        for entry in entries
        for pattern in entry.patterns
        if _only_fixed_words(pattern) == fixed_first
    ]
    for place, (entry, pattern) in enumerate(in_order):
        # One key per pattern, so that matches keep the patterns' order.
        pattern_key = f"{entry.label}|{entry.id}|{place}"
        token_keys[vocab.strings.add(pattern_key)] = (place, entry.label, entry.id)
        tokens.add(pattern_key, pattern)
    fixed_count = sum(_only_fixed_words(pattern) for _, pattern in in_order)
    return _Matchers(vocab, tokens, token_keys, fixed_count)


def _pattern_spans(draft: Draft) -> list[Span]:
    from spacy.tokens import Span

    doc = draft.doc
    matchers = _matchers.get(
        (doc.vocab, draft.pack), lambda: _build_matchers(doc.vocab, draft.pack)
    )
    # Patterns of fixed words first, in text order, then every other pattern's, pattern by
    # pattern: the spans' order must not depend on hashing, since ties in ``_longest`` keep
    # the first.
    keys = matchers.token_keys

    def order(match: tuple[int, int, int]) -> tuple[int, int, int]:
        place = keys[match[0]][0]
        fixed = place < matchers.fixed_count
        return (0, match[1], match[2]) if fixed else (place, match[1], match[2])

    spans: list[Span] = []
    for match_id, start, end in sorted(matchers.tokens(doc, draft.columns), key=order):
        _, label, entry_id = keys[match_id]
        spans.append(Span(doc, start, end, label=label, span_id=entry_id))
    return spans


def text_span(span: Span) -> TextSpan:
    return TextSpan(span.start_char, span.end_char, span.text, span.id_ or span.label_)


def longest(spans: Sequence[Span]) -> list[Span]:
    """Drop spans that lie inside a longer span of the same label (the rulers keep every
    overlapping match: "affiliate links" inside "amazon affiliate links")."""
    ordered = sorted(spans, key=lambda s: (s.start_char, -s.end_char))
    kept: list[Span] = []
    # In this order every kept span starts at or before the current one, so the current
    # one lies inside a kept one exactly when it ends by the furthest end of its label.
    furthest_end: dict[str, int] = {}
    for span in ordered:
        if span.end_char <= furthest_end.get(span.label_, -1):
            continue
        furthest_end[span.label_] = span.end_char
        kept.append(span)
    return kept


def sentence_of(draft: Draft, offset: int) -> Span | None:
    """The sentence holding character ``offset`` (a binary search over the draft's
    sentences, which are computed once, rather than ``Span.sent`` per call)."""
    index = bisect.bisect_right(family_analysis(draft).sentence_offsets, offset) - 1
    return draft.sentences[index] if index >= 0 else None
