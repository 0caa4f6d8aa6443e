"""``phrase``: rules written purely as data.

A phrase rule fires on spans the lexicon rulers labelled (``labels``) and on its own
token ``patterns`` (spaCy Matcher syntax), optionally only inside a sentence that also
holds one of ``requires_labels``. Quoted words are skipped unless ``include_quoted``.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from pydantic import Field

from postlint._engine.draft import Draft
from postlint._engine.token_patterns import TokenPatternMatcher
from postlint._pack import Rule
from postlint._rules.base import Checker, Environment, Finding, RuleParams

__all__ = ["PhraseChecker"]


class PhraseParams(RuleParams):
    labels: list[str] = Field(default_factory=list)
    patterns: list[list[dict[str, Any]]] = Field(default_factory=list)
    requires_labels: list[str] = Field(default_factory=list)
    """Fire only when the same sentence also holds a span with one of these labels."""
    include_quoted: bool = False
    confidence: float = Field(default=0.9, ge=0.0, le=1.0)


class PhraseChecker(Checker[PhraseParams]):
    Params = PhraseParams

    def __init__(self, rule: Rule, env: Environment) -> None:
        super().__init__(rule, env)
        self._matcher = TokenPatternMatcher(env.nlp.vocab, validate=True)
        for pattern in self.params.patterns:
            self._matcher.add(rule.id, pattern)

    def find(self, draft: Draft) -> Iterator[Finding]:
        params = self.params
        candidates = [(s.start_char, s.end_char) for s in draft.spans_labelled(*params.labels)]
        if params.patterns:
            for _, start, end in self._matcher(draft.doc, draft.columns):
                span = draft.doc[start:end]
                candidates.append((span.start_char, span.end_char))
        seen: set[tuple[int, int]] = set()
        for start, end in sorted(candidates):
            if (start, end) in seen or any(s <= start and end <= e for s, e in seen):
                continue
            if not params.include_quoted and draft.is_quoted(start, end):
                continue
            if params.requires_labels and not self._sentence_has(draft, start, params):
                continue
            seen.add((start, end))
            yield Finding(start, end, confidence=params.confidence)

    @staticmethod
    def _sentence_has(draft: Draft, offset: int, params: PhraseParams) -> bool:
        sentence = draft.doc.char_span(offset, offset + 1, alignment_mode="expand")
        if sentence is None:
            return False
        sent = draft.sentence_of(sentence.start)
        return any(
            sent.start_char <= span.start_char < sent.end_char
            for span in draft.spans_labelled(*params.requires_labels)
        )
