"""``offtopic.drift``: the whole draft is far from the account's remit."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

from pydantic import Field

from postlint._engine.draft import Draft
from postlint._engine.semantic import semantic_available
from postlint._engine.similarity import RemitMatch
from postlint._pack import Rule
from postlint._rules.base import Checker, Environment, Finding
from postlint._rules.offtopic.figures import similarity_details
from postlint._rules.offtopic.remit import (
    Exemptions,
    OfftopicParams,
    confidence_below,
    draft_lemmas,
    draft_match,
    is_thin,
    remit_for,
    semantic_remit_for,
    trimmed,
)

__all__ = ["HYBRID_DRIFT_THRESHOLD", "DriftChecker", "DriftParams"]

#: ``offtopic.drift`` threshold of the hybrid scorer (``offtopic.scorer = "hybrid"``), chosen
#: on the benchmark's dev pairs (see benchmarks/README.md).
HYBRID_DRIFT_THRESHOLD = 0.45
#: Share of the semantic similarity in the hybrid score (the rest is lexical).
_SEMANTIC_SHARE = 0.5


class DriftParams(OfftopicParams):
    threshold: float = Field(ge=0.0)
    """Fires below this relative similarity (calibrated on the remit benchmark's dev split;
    ``offtopic.drift_threshold`` in the config overrides it)."""
    semantic_threshold: float = Field(gt=0.0)
    """With the ``cascade`` scorer, a draft the lexical scorer puts below ``threshold`` is
    flagged only when its MiniLM similarity is below this too."""
    min_words: int = Field(default=6, ge=1)
    """Drafts with fewer content words are too short to judge."""


class DriftChecker(Checker[DriftParams]):
    """The whole draft is far from the remit."""

    Params = DriftParams

    def __init__(self, rule: Rule, env: Environment) -> None:
        super().__init__(rule, env)
        params = self.params
        overrides = env.config.offtopic
        default = HYBRID_DRIFT_THRESHOLD if overrides.scorer == "hybrid" else params.threshold
        self.threshold = (
            overrides.drift_threshold if overrides.drift_threshold is not None else default
        )
        self.min_words = overrides.min_words or params.min_words
        self.scorer = overrides.scorer
        if self.scorer == "cascade" and not semantic_available():
            # The model ships with postlint; an install that lost it still checks, lexically.
            self.scorer = "lexical"
        self._nlp = env.nlp
        if self.scorer == "hybrid" and remit_for(env.nlp, env.config) is not None:
            # Prepared now: without the semantic extra, building the Linter fails at once
            # with a clear PipelineError rather than at the first draft.
            semantic_remit_for(env.config)
        self.exemptions = Exemptions.from_lists(env.pack, params.exempt_lists)
        self.courtesy = Exemptions.from_lists(env.pack, params.courtesy_lists)

    def score(self, draft: Draft) -> RemitMatch | None:
        """The draft's match to its account's remit (``None`` without a remit); for
        benchmarks too. The remit is the draft's: front matter may set the account."""
        remit = remit_for(self._nlp, draft.config)
        if remit is None:
            return None
        match = draft_match(draft, remit)
        if self.scorer == "lexical" or (
            self.scorer == "cascade" and match.similarity >= self.threshold
        ):
            return match
        semantic, topic = semantic_remit_for(draft.config).similarity(draft.text)
        if self.scorer == "cascade":
            # The words say the draft is far from the remit; its meaning decides, put on the
            # words' scale (the two calibrated thresholds meet) so that one threshold, and an
            # override of it, reads both. The nearest topic stays the words' (none when none
            # is shared): the nearest by meaning to a post on nothing the account covers is
            # noise in a message.
            params = self.params
            scaled = params.threshold * semantic / params.semantic_threshold
            return dataclasses.replace(match, similarity=scaled)
        # Both scales are about 1 for a typical past post of the remit.
        similarity = (1 - _SEMANTIC_SHARE) * match.similarity + _SEMANTIC_SHARE * semantic
        return dataclasses.replace(
            match, similarity=similarity, nearest_topic=topic or match.nearest_topic
        )

    def find(self, draft: Draft) -> Iterator[Finding]:
        remit = remit_for(self._nlp, draft.config)
        if remit is None or is_thin(remit):
            return  # too thin to judge: offtopic.thin-remit says so
        lemmas = draft_lemmas(draft)
        if len(lemmas) < self.min_words:
            return
        if self.exemptions.first_match(draft.text, lemmas) is not None:
            return
        params = self.params
        if (
            len(lemmas) <= params.courtesy_max_words
            and self.courtesy.first_match(draft.text, lemmas) is not None
        ):
            return
        match = self.score(draft)
        if match is None or match.similarity >= self.threshold:
            return
        start, end = trimmed(draft.text, 0, len(draft.text))
        yield Finding(
            start,
            end,
            confidence=confidence_below(match.similarity, self.threshold),
            details=similarity_details(
                match,
                self.threshold,
                remit=remit,
                draft=draft,
                lemmas=lemmas,
            ),
        )
