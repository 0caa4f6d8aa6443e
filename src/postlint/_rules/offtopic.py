"""``offtopic.drift`` and ``offtopic.sentence``: a draft, or one sentence or paragraph of it,
strays from the account's remit.

The remit (``account.remit`` topics and ``account.remit_examples`` past posts) is run through
the Linter's pipeline and prepared once per Linter; scoring a draft is then a few dictionary
look-ups (see ``postlint._similarity``). Greetings, thanks, emergency and cross-government
messages, and drafts too short to judge, are never drift.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import itertools
import re
import threading
import weakref
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from pydantic import BaseModel, ConfigDict, Field

from postlint._rules._base import Checker, Environment, Finding, Rule
from postlint._rules._draft import Draft
from postlint._similarity import (
    Remit,
    RemitMatch,
    content_lemma_by_token,
    content_terms,
    cosine,
)
from postlint._similarity import term_vector as make_vector

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Span

    from postlint._config import Config
    from postlint._rules._pack import RulePack
    from postlint._semantic import SemanticRemit

__all__ = [
    "HYBRID_DRIFT_THRESHOLD",
    "DriftChecker",
    "SentenceChecker",
    "remit_for",
    "semantic_remit_for",
]

_ALWAYS_EXEMPT = ("emergency", "cross_government")
_COURTESY = ("greetings", "thanks")
_LABEL_WORDS = 8
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
#: ``offtopic.drift`` threshold of the hybrid scorer (``offtopic.scorer = "hybrid"``): the
#: best F1 on the task T dev pairs of uk_gov_blog_posts (``benchmarks/task_t.py``: 0.446; the
#: tweets alone would want about 1.0, which would flag most on-topic blog posts).
HYBRID_DRIFT_THRESHOLD = 0.45
#: Share of the semantic similarity in the hybrid score (the rest is lexical). Task T dev
#: AUC, uk_gov / tweets: 0.944 / 0.735 at 0.35, 0.942 / 0.745 at 0.5, 0.938 / 0.748 at 0.65.
_SEMANTIC_SHARE = 0.5


class _Params(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    exempt_lists: list[str] = Field(
        default_factory=lambda: [f"offtopic/exempt.{name}" for name in _ALWAYS_EXEMPT]
    )
    """Word lists whose words make a draft or sentence exempt (``<family>/<file>.<list>``)."""
    courtesy_lists: list[str] = Field(
        default_factory=lambda: [f"offtopic/exempt.{name}" for name in _COURTESY]
    )
    """Greetings and thanks: they exempt a sentence, or a draft of at most
    ``courtesy_max_words`` content words (a long post that opens with "Hello" can still drift)."""
    courtesy_max_words: int = Field(default=15, ge=1)


class DriftParams(_Params):
    threshold: float = Field(ge=0.0)
    """Fires below this relative similarity (calibrated on task T dev; ``offtopic.drift_threshold``
    in the config overrides it)."""
    min_words: int = Field(default=6, ge=1)
    """Drafts with fewer content words are too short to judge."""


class SentenceParams(_Params):
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


@dataclass(frozen=True, slots=True)
class _Exemptions:
    """Single words (matched on lemmas) and phrases (matched on lower-cased text)."""

    words: frozenset[str]
    phrases: re.Pattern[str] | None

    @classmethod
    def from_lists(cls, pack: RulePack, addresses: list[str]) -> _Exemptions:
        entries: set[str] = set()
        for address in addresses:
            entries |= pack.word_list(address)
        words = frozenset(e for e in entries if re.fullmatch(r"[a-z]+", e))
        phrases = sorted(entries - words, key=len, reverse=True)
        pattern = (
            re.compile(r"(?<![\w])(?:" + "|".join(map(re.escape, phrases)) + r")(?![\w])")
            if phrases
            else None
        )
        return cls(words, pattern)

    def first_match(self, text: str, lemmas: list[str]) -> str | None:
        for lemma in lemmas:
            if lemma in self.words:
                return lemma
        if self.phrases is not None and (match := self.phrases.search(text.lower())):
            return match.group(0)
        return None


def _label(text: str) -> str:
    words = text.split()
    return " ".join(words[:_LABEL_WORDS]) + ("…" if len(words) > _LABEL_WORDS else "")


@functools.lru_cache(maxsize=32)
def _cached_remit(nlp: Language, topics: tuple[str, ...], examples: tuple[str, ...]) -> Remit:
    topic_docs = nlp.pipe(topics)
    example_docs = nlp.pipe(examples)
    return Remit(
        topics=[(text, content_terms(doc)) for text, doc in zip(topics, topic_docs, strict=True)],
        examples=[
            (_label(text), content_terms(doc))
            for text, doc in zip(examples, example_docs, strict=True)
        ],
    )


def remit_for(nlp: Language, config: Config) -> Remit | None:
    """The prepared remit of ``config``'s account, or ``None`` when it has none.

    Cached: both offtopic rules, and Linters of configs that differ only elsewhere, share it.
    """
    topics = tuple(t for t in config.account.remit if t.strip())
    examples = tuple(e for e in config.account.remit_examples if e.strip())
    if not topics and not examples:
        return None
    remit = _cached_remit(nlp, topics, examples)
    return None if remit.is_empty else remit


@functools.lru_cache(maxsize=32)
def _cached_semantic_remit(topics: tuple[str, ...], examples: tuple[str, ...]) -> SemanticRemit:
    from postlint._semantic import SemanticRemit, load_embedder

    return SemanticRemit(load_embedder(), topics, examples)


def semantic_remit_for(config: Config) -> SemanticRemit:
    """The embedded remit of ``config``'s account (PipelineError without the semantic extra)."""
    topics = tuple(t for t in config.account.remit if t.strip())
    examples = tuple(e for e in config.account.remit_examples if e.strip())
    return _cached_semantic_remit(topics, examples)


def _similarity_details(match: RemitMatch, threshold: float) -> dict[str, str]:
    shared = ", ".join(f"“{term}”" for term in match.shared_terms) or "none"
    nearest = (
        f"nearest topic “{match.nearest_topic}”"
        if match.nearest_topic
        else "no remit topic is near"
    )
    return {
        "nearest": nearest,
        "topic": match.nearest_topic,
        "similarity": f"{match.similarity:.2f}",
        "threshold": f"{threshold:.2f}",
        "shared": shared,
    }


def _confidence(similarity: float, threshold: float) -> float:
    """0.5 at the threshold, rising towards 0.95 as the similarity falls to 0."""
    if threshold <= 0:
        return 0.5
    return round(0.5 + 0.45 * max(0.0, min(1.0, (threshold - similarity) / threshold)), 3)


def _paragraphs(
    draft: Draft, sentences: list[tuple[Span, list[str]]]
) -> list[tuple[Span, list[str]]]:
    """Sentences grouped into the draft's paragraphs (blocks between blank lines)."""
    breaks = [match.end() for match in _PARAGRAPH_BREAK.finditer(draft.text)]
    groups: dict[int, list[tuple[Span, list[str]]]] = {}
    for sentence, lemmas in sentences:
        groups.setdefault(bisect.bisect_right(breaks, sentence.start_char), []).append(
            (sentence, lemmas)
        )
    paragraphs: list[tuple[Span, list[str]]] = []
    for members in groups.values():
        span = draft.doc[members[0][0].start : members[-1][0].end]
        paragraphs.append((span, [lemma for _, lemmas in members for lemma in lemmas]))
    return paragraphs


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


class DriftChecker(Checker):
    """The whole draft is far from the remit."""

    Params = DriftParams

    def __init__(self, rule: Rule, env: Environment) -> None:
        super().__init__(rule, env)
        params: DriftParams = self.params
        overrides = env.config.offtopic
        default = HYBRID_DRIFT_THRESHOLD if overrides.scorer == "hybrid" else params.threshold
        self.threshold = (
            overrides.drift_threshold if overrides.drift_threshold is not None else default
        )
        self.min_words = overrides.min_words or params.min_words
        self.remit = remit_for(env.nlp, env.config)
        self.semantic = (
            semantic_remit_for(env.config)
            if overrides.scorer == "hybrid" and self.remit is not None
            else None
        )
        self.exemptions = _Exemptions.from_lists(env.pack, params.exempt_lists)
        self.courtesy = _Exemptions.from_lists(env.pack, params.courtesy_lists)

    def score(self, draft: Draft) -> RemitMatch | None:
        """The draft's match to the remit (``None`` without a remit); for benchmarks too."""
        if self.remit is None:
            return None
        match = _draft_match(draft, self.remit)
        if self.semantic is None:
            return match
        semantic, topic = self.semantic.similarity(draft.text)
        # Both scales are about 1 for a typical past post of the remit.
        return dataclasses.replace(
            match,
            similarity=(1 - _SEMANTIC_SHARE) * match.similarity + _SEMANTIC_SHARE * semantic,
            nearest_topic=topic or match.nearest_topic,
        )

    def find(self, draft: Draft) -> Iterator[Finding]:
        if self.remit is None:
            return
        lemmas = _draft_lemmas(draft)
        if len(lemmas) < self.min_words:
            return
        if self.exemptions.first_match(draft.text, lemmas) is not None:
            return
        params: DriftParams = self.params
        if (
            len(lemmas) <= params.courtesy_max_words
            and self.courtesy.first_match(draft.text, lemmas) is not None
        ):
            return
        match = self.score(draft)
        if match is None or match.similarity >= self.threshold:
            return
        start, end = _trimmed(draft.text, 0, len(draft.text))
        yield Finding(
            start,
            end,
            confidence=_confidence(match.similarity, self.threshold),
            details=_similarity_details(match, self.threshold),
        )


@dataclass(slots=True)
class _DraftWords:
    """A draft's content words, worked out once: drift, its score and the sentence rule
    each made their own passes over the Doc's tokens before."""

    by_token: list[str | None]
    """Each token's content lemma (``None`` for none)."""
    lemmas: list[str]
    """``content_lemmas(draft.doc)``."""
    matches: dict[Remit, RemitMatch] = dataclasses.field(default_factory=dict)
    """The whole draft's lexical match to each remit that scored it (drift and the sentence
    rule both ask)."""


_draft_words: weakref.WeakKeyDictionary[Draft, _DraftWords] = weakref.WeakKeyDictionary()
_draft_words_lock = threading.Lock()


def _words(draft: Draft) -> _DraftWords:
    with _draft_words_lock:
        words = _draft_words.get(draft)
    if words is None:
        # From the Doc's arrays and a cache by word: a Token object per token, and a vocab
        # look-up per lemma, cost more than all the rest of both rules.
        by_token = content_lemma_by_token(draft.doc)
        words = _DraftWords(by_token, [lemma for lemma in by_token if lemma is not None])
        with _draft_words_lock:
            words = _draft_words.setdefault(draft, words)
    return words


def _draft_lemmas(draft: Draft, start: int = 0, end: int | None = None) -> list[str]:
    """``content_lemmas(draft.doc[start:end])``, from the per-draft cache (shared: never
    change the list returned)."""
    words = _words(draft)
    if start == 0 and end is None:
        return words.lemmas
    return [lemma for lemma in words.by_token[start:end] if lemma is not None]


def _terms(lemmas: list[str]) -> list[str]:
    """What ``content_terms`` gives for the tokens whose content lemmas are ``lemmas``."""
    return lemmas + [f"{a} {b}" for a, b in itertools.pairwise(lemmas)]


def _draft_match(draft: Draft, remit: Remit) -> RemitMatch:
    """``remit.match(content_terms(draft.doc))``, from the per-draft cache."""
    words = _words(draft)
    match = words.matches.get(remit)
    if match is None:
        match = words.matches.setdefault(remit, remit.match_lemmas(words.lemmas))
    return match


class SentenceChecker(Checker):
    """One sentence drifts inside an otherwise on-topic draft."""

    Params = SentenceParams

    def __init__(self, rule: Rule, env: Environment) -> None:
        super().__init__(rule, env)
        params: SentenceParams = self.params
        overrides = env.config.offtopic
        self.threshold = (
            overrides.sentence_threshold
            if overrides.sentence_threshold is not None
            else params.threshold
        )
        self.remit = remit_for(env.nlp, env.config)
        self.exemptions = _Exemptions.from_lists(
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
        params: SentenceParams = self.params
        if self.aside_words.isdisjoint(_draft_lemmas(draft)):
            return  # only a unit holding a private-life word is judged (see _judge)
        # Each sentence's lemmas are computed once: judging every sentence against the rest by
        # recomputing the rest was quadratic (a 40 KB draft took over a minute; regression
        # test in tests/test_limits.py).
        analysed = [
            (s, lemmas) for s in draft.sentences if (lemmas := _draft_lemmas(draft, s.start, s.end))
        ]
        if len(analysed) < 2:
            return
        if self.remit is not None:
            whole = _draft_match(draft, self.remit)
            if whole.similarity < self.draft_threshold:
                return
        total_words = sum(len(lemmas) for _, lemmas in analysed)
        aside_sentences = self._count_asides(analysed)
        unit = "sentence"
        if aside_sentences > 1:
            # Several private-life sentences may still be one aside paragraph.
            paragraphs = _paragraphs(draft, analysed)
            if len(paragraphs) >= 2:
                analysed, unit = paragraphs, "paragraph"
                aside_sentences = self._count_asides(analysed)
        if aside_sentences != 1:
            return  # an aside is the one unit that holds a private-life word (see _judge)
        for index in range(len(analysed)):
            finding = self._judge(
                draft, index, analysed, total_words, aside_sentences, unit, params
            )
            if finding is not None:
                yield finding

    def _count_asides(self, units: list[tuple[Span, list[str]]]) -> int:
        return sum(1 for _, lemmas in units if any(lemma in self.aside_words for lemma in lemmas))

    def _judge(
        self,
        draft: Draft,
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
        # Sharing no words with the rest is common in any list of facts, and in titles
        # (measured: 28 false alarms on 194 on-topic dev posts of task T): only a private-life
        # aside counts, and only when the rest of the draft is not about private life too.
        # Checked before the comparison with the rest, so at most one sentence pays for it.
        aside = next((lemma for lemma in lemmas if lemma in self.aside_words), None)
        if aside is None or aside_sentences > 1:
            return None
        # A unit's content lemmas are those of its tokens, so its terms are theirs with the
        # bigrams between them (those of a paragraph run across its sentences, as before).
        terms = _terms(lemmas)
        rest_terms = [
            term
            for i, (_, unit_lemmas) in enumerate(analysed)
            if i != index
            for term in _terms(unit_lemmas)
        ]
        if cosine(make_vector(terms), make_vector(rest_terms)) > params.max_rest_similarity:
            return None
        start, end = _trimmed(draft.text, sentence.start_char, sentence.end_char)
        if self.remit is None:
            return Finding(
                start,
                end,
                confidence=0.6,
                message=params.message_without_remit.format(aside=aside, unit=unit),
            )
        match = self.remit.match_lemmas(lemmas)
        if match.similarity >= self.threshold:
            return None
        details = _similarity_details(match, self.threshold)
        details["aside"] = f" (“{aside}”)"
        details["unit"] = unit
        return Finding(
            start,
            end,
            confidence=_confidence(match.similarity, self.threshold),
            details=details,
        )
