"""What both ``offtopic`` rules share: the account's prepared remit, the draft's content
words (worked out once per draft) and exemptions. How a similarity reads in a message is in
``figures``.

The remit (``account.remit`` topics and ``account.remit_examples`` past posts) is run through
the Linter's pipeline and prepared once per remit; scoring a draft is then a few dictionary
look-ups (see ``postlint._engine.similarity``). Greetings, thanks, emergency and
cross-government messages, and drafts too short to judge, are never drift.
"""

from __future__ import annotations

import bisect
import dataclasses
import itertools
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from pydantic import Field

from postlint._engine.draft import Draft
from postlint._engine.memo import Memo
from postlint._engine.similarity import Remit, RemitMatch, content_lemma_by_token, content_terms
from postlint._rules.base import RuleParams

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Span

    from postlint._config import Config
    from postlint._engine.semantic import SemanticRemit
    from postlint._pack import RulePack

__all__ = [
    "Exemptions",
    "OfftopicParams",
    "confidence_below",
    "draft_lemmas",
    "draft_match",
    "is_thin",
    "paragraphs",
    "remit_for",
    "semantic_remit_for",
    "terms_of",
    "trimmed",
]

_ALWAYS_EXEMPT = ("emergency", "cross_government")
_COURTESY = ("greetings", "thanks")
_LABEL_WORDS = 8
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")


class OfftopicParams(RuleParams):
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


@dataclass(frozen=True, slots=True)
class Exemptions:
    """Single words (matched on lemmas) and phrases (matched on lower-cased text)."""

    words: frozenset[str]
    phrases: re.Pattern[str] | None

    @classmethod
    def from_lists(cls, pack: RulePack, addresses: list[str]) -> Exemptions:
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


_remits: Memo[tuple[Language, tuple[str, ...], tuple[str, ...]], Remit] = Memo(max_size=32)


def _prepared_remit(nlp: Language, topics: tuple[str, ...], examples: tuple[str, ...]) -> Remit:
    topic_docs = nlp.pipe(topics)
    example_docs = nlp.pipe(examples)
    return Remit(
        topics=[(text, content_terms(doc)) for text, doc in zip(topics, topic_docs, strict=True)],
        examples=[
            (_label(text), content_terms(doc))
            for text, doc in zip(examples, example_docs, strict=True)
        ],
    )


def _remit_texts(config: Config) -> tuple[tuple[str, ...], tuple[str, ...]]:
    topics = tuple(t for t in config.account.remit if t.strip())
    examples = tuple(e for e in config.account.remit_examples if e.strip())
    return topics, examples


def remit_for(nlp: Language, config: Config) -> Remit | None:
    """The prepared remit of ``config``'s account, or ``None`` when it has none.

    Prepared once per remit: both offtopic rules, and configs that differ only elsewhere
    (a draft's front matter, say), share it.
    """
    topics, examples = _remit_texts(config)
    if not topics and not examples:
        return None
    remit = _remits.get((nlp, topics, examples), lambda: _prepared_remit(nlp, topics, examples))
    return None if remit.is_empty else remit


#: A remit with fewer past posts than this, and fewer distinct content words than
#: ``THIN_REMIT_WORDS`` in all, is too thin to judge drift against: a strap-line alone
#: ("Science and research at the agency") shares no word with most of the account's own
#: posts, and guessing flagged 41% of a GOV.UK blog's posts (issue 15). ``offtopic.drift``
#: stays silent and ``offtopic.thin-remit`` says why, once.
THIN_REMIT_POSTS = 3
THIN_REMIT_WORDS = 25


def is_thin(remit: Remit) -> bool:
    """Whether ``remit`` says too little to judge drift against (see ``THIN_REMIT_POSTS``)."""
    words = sum(1 for term in remit.centroid if " " not in term)
    return len(remit.examples) < THIN_REMIT_POSTS and words < THIN_REMIT_WORDS


_semantic_remits: Memo[tuple[tuple[str, ...], tuple[str, ...]], SemanticRemit] = Memo(max_size=32)


def semantic_remit_for(config: Config) -> SemanticRemit:
    """The embedded remit of ``config``'s account (PipelineError without the semantic extra)."""

    def build() -> SemanticRemit:
        from postlint._engine.semantic import SemanticRemit, load_embedder

        return SemanticRemit(load_embedder(), *texts)

    texts = _remit_texts(config)
    return _semantic_remits.get(texts, build)


def confidence_below(similarity: float, threshold: float) -> float:
    """0.5 at the threshold, rising towards 0.95 as the similarity falls to 0."""
    if threshold <= 0:
        return 0.5
    return round(0.5 + 0.45 * max(0.0, min(1.0, (threshold - similarity) / threshold)), 3)


def paragraphs(
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


def trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


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


def _draft_words(draft: Draft) -> _DraftWords:
    # From the Doc's arrays and a cache by word: a Token object per token, and a vocab
    # look-up per lemma, cost more than all the rest of both rules.
    by_token = content_lemma_by_token(draft.doc)
    return _DraftWords(by_token, [lemma for lemma in by_token if lemma is not None])


def _words(draft: Draft) -> _DraftWords:
    return draft.shared(_draft_words)


def draft_lemmas(draft: Draft, start: int = 0, end: int | None = None) -> list[str]:
    """``content_lemmas(draft.doc[start:end])``, from the per-draft cache (shared: never
    change the list returned)."""
    words = _words(draft)
    if start == 0 and end is None:
        return words.lemmas
    return [lemma for lemma in words.by_token[start:end] if lemma is not None]


def terms_of(lemmas: list[str]) -> list[str]:
    """What ``content_terms`` gives for the tokens whose content lemmas are ``lemmas``."""
    return lemmas + [f"{a} {b}" for a, b in itertools.pairwise(lemmas)]


def draft_match(draft: Draft, remit: Remit) -> RemitMatch:
    """``remit.match(content_terms(draft.doc))``, from the per-draft cache."""
    words = _words(draft)
    match = words.matches.get(remit)
    if match is None:
        match = words.matches.setdefault(remit, remit.match_lemmas(words.lemmas))
    return match
