"""``offtopic.sentence``: one sentence or paragraph drifts inside an otherwise on-topic draft."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from pydantic import Field

from postlint._engine.draft import Draft
from postlint._engine.similarity import Remit, cosine
from postlint._engine.similarity import term_vector as make_vector
from postlint._pack import Rule
from postlint._rules.base import Checker, Environment, Finding
from postlint._rules.offtopic.figures import similarity_details
from postlint._rules.offtopic.remit import (
    Exemptions,
    OfftopicParams,
    confidence_below,
    draft_lemmas,
    draft_match,
    paragraphs,
    remit_for,
    terms_of,
    trimmed,
)

if TYPE_CHECKING:
    from spacy.tokens import Span

__all__ = ["SentenceChecker", "SentenceParams"]


class SentenceParams(OfftopicParams):
    threshold: float = Field(ge=0.0)
    """A sentence below this relative similarity to the remit may drift."""
    min_words: int = Field(default=3, ge=1)
    """Sentences with fewer content words are not judged."""
    max_rest_similarity: float = Field(default=0.02, ge=0.0)
    """A drifting sentence shares (almost) no weighted words with the rest of the draft."""
    min_rest_words: int = Field(default=6, ge=1)
    """The rest of the draft must say enough to have a topic of its own."""
    aside_lists: list[str] = Field(
        default_factory=lambda: ["offtopic/personal.life"],
    )
    """Private-life words: only a sentence (or paragraph) holding one is an aside, with or
    without a remit; words shared with nothing are too common in lists of facts and titles."""
    message_without_remit: str
    """Message when no remit is configured: the sentence is unrelated to the rest."""
    confidence_without_remit: float = Field(default=0.6, ge=0.0, le=1.0)


class SentenceChecker(Checker[SentenceParams]):
    """One sentence drifts inside an otherwise on-topic draft."""

    Params = SentenceParams

    def __init__(self, rule: Rule, env: Environment) -> None:
        super().__init__(rule, env)
        params = self.params
        overrides = env.config.offtopic
        self.threshold = (
            overrides.sentence_threshold
            if overrides.sentence_threshold is not None
            else params.threshold
        )
        self._nlp = env.nlp
        self.exemptions = Exemptions.from_lists(
            env.pack, [*params.exempt_lists, *params.courtesy_lists]
        )
        aside: set[str] = set()
        for address in params.aside_lists:
            aside |= env.pack.word_list(address)
        self.aside_words = frozenset(aside)
        # The whole draft must be on the remit (else offtopic.drift speaks for it).
        drift = env.pack.rules.get("offtopic.drift")
        drift_default = float(drift.params.get("threshold", 0.0)) if drift else 0.0
        self.draft_threshold = (
            overrides.drift_threshold if overrides.drift_threshold is not None else drift_default
        )

    def find(self, draft: Draft) -> Iterator[Finding]:
        params = self.params
        remit = remit_for(self._nlp, draft.config)
        if remit is None and draft.config.account.kind != "official":
            return  # on a personal account with no remit, the birthday or the dog is the point
        if self.aside_words.isdisjoint(draft_lemmas(draft)):
            return  # only a unit holding a private-life word is judged (see _judge)
        # Each sentence's lemmas are computed once: judging every sentence against the rest by
        # recomputing the rest was quadratic (a 40 KB draft took over a minute; regression
        # test in tests/test_limits.py).
        analysed = [
            (s, lemmas) for s in draft.sentences if (lemmas := draft_lemmas(draft, s.start, s.end))
        ]
        if len(analysed) < 2:
            return
        if remit is not None:
            whole = draft_match(draft, remit)
            if whole.similarity < self.draft_threshold:
                return
        total_words = sum(len(lemmas) for _, lemmas in analysed)
        aside_sentences = self._count_asides(analysed)
        unit = "sentence"
        if aside_sentences > 1:
            # Several private-life sentences may still be one aside paragraph.
            grouped = paragraphs(draft, analysed)
            if len(grouped) >= 2:
                analysed, unit = grouped, "paragraph"
                aside_sentences = self._count_asides(analysed)
        if aside_sentences != 1:
            return  # an aside is the one unit that holds a private-life word (see _judge)
        for index in range(len(analysed)):
            finding = self._judge(
                draft, remit, index, analysed, total_words, aside_sentences, unit, params
            )
            if finding is not None:
                yield finding

    def _count_asides(self, units: list[tuple[Span, list[str]]]) -> int:
        return sum(1 for _, lemmas in units if any(lemma in self.aside_words for lemma in lemmas))

    def _judge(
        self,
        draft: Draft,
        remit: Remit | None,
        index: int,
        analysed: list[tuple[Span, list[str]]],
        total_words: int,
        aside_sentences: int,
        unit: str,
        params: SentenceParams,
    ) -> Finding | None:
        sentence, lemmas = analysed[index]
        if len(lemmas) < params.min_words:
            return None
        if draft.is_quoted(sentence.start_char, sentence.end_char):
            return None
        if self.exemptions.first_match(sentence.text, lemmas) is not None:
            return None
        if total_words - len(lemmas) < params.min_rest_words:
            return None
        # Sharing no words with the rest is common in any list of facts, and in titles (see
        # benchmarks/README.md): only a private-life aside counts, and only when the rest of
        # the draft is not about private life too.
        # Checked before the comparison with the rest, so at most one sentence pays for it.
        aside = next((lemma for lemma in lemmas if lemma in self.aside_words), None)
        if aside is None or aside_sentences > 1:
            return None
        # A unit's content lemmas are those of its tokens, so its terms are theirs with the
        # bigrams between them (those of a paragraph run across its sentences, as before).
        terms = terms_of(lemmas)
        rest_terms = [
            term
            for i, (_, unit_lemmas) in enumerate(analysed)
            if i != index
            for term in terms_of(unit_lemmas)
        ]
        if cosine(make_vector(terms), make_vector(rest_terms)) > params.max_rest_similarity:
            return None
        start, end = trimmed(draft.text, sentence.start_char, sentence.end_char)
        if remit is None:
            return Finding(
                start,
                end,
                confidence=params.confidence_without_remit,
                message=params.message_without_remit.format(aside=aside, unit=unit),
            )
        match = remit.match_lemmas(lemmas)
        if match.similarity >= self.threshold:
            return None
        details = similarity_details(
            match,
            self.threshold,
            remit=remit,
            draft=draft,
            lemmas=lemmas,
        )
        details["aside"] = f"“{aside}”"
        details["unit"] = unit
        return Finding(
            start,
            end,
            confidence=confidence_below(match.similarity, self.threshold),
            details=details,
        )
