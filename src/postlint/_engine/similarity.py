"""How close a text is to an account's remit: weighted lexical similarity, no model weights.

Chosen by measurement against static and transformer embeddings (``benchmarks/README.md``,
"Remit scorer"), it wins on quality for the cost of microseconds and a 270 KB table:

- **Terms** are lower-cased lemmas of content words plus adjacent-lemma bigrams, so "railway
  station" counts once as words and once as a phrase.
- **Weights** are BM25-style: term frequency saturates (``(k+1)·tf / (k+tf)``), times an inverse
  Zipf frequency from ``wordfreq`` (``data/idf_en.tsv.gz``; its licence: ``IDF_LICENCE.md``).
  Vectors are L2-normalised, which normalises for length.
- **A remit** is its topic descriptions (weighted double: the account's own title words) and
  its past posts. A text's raw closeness is the cosine to the remit's centroid plus half the
  cosine to its nearest past post.
- **Calibration**: a broad remit (a blog about "the Civil Service") has past posts that share
  few words with one another, a narrow one (driving tests) many. The raw closeness is divided
  by the remit's own cohesion (the same closeness of each past post to the rest, left out in
  turn) plus a floor, so one threshold serves broad and narrow remits alike.
"""

from __future__ import annotations

import functools
import gzip
import itertools
import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from importlib import resources
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token
    from spacy.vocab import Vocab

__all__ = [
    "Remit",
    "RemitMatch",
    "TermVector",
    "content_lemma_by_token",
    "content_lemmas",
    "content_terms",
    "cosine",
    "term_vector",
    "term_weight",
    "zipf_frequency",
]

#: BM25 saturation constant: a term's 2nd use adds 5/7 of its first, its 10th still adds a
#: little. This and the constants below were tuned on the remit benchmark's dev split (the
#: figures are in benchmarks/README.md, "Remit scorer constants").
_SATURATION = 5.0
#: Weight of a bigram relative to the mean weight of its two words: a shared phrase
#: ("driving test") is better evidence than its two words apart.
_BIGRAM_WEIGHT = 1.5
#: Inverse Zipf frequency is ``_ZIPF_CEILING - zipf``; words not in the table get the
#: weight of the rarest word in it plus this margin.
_ZIPF_CEILING = 8.0
_UNSEEN_MARGIN = 0.5
#: Topic descriptions count this many times in the centroid: an account's own words for
#: its remit are strong evidence.
_TOPIC_REPEAT = 2
_NEAREST_EXAMPLE_SHARE = 0.5
#: Added to the cohesion so a remit whose examples share nothing cannot divide by ~0.
_COHESION_FLOOR = 0.15
#: Cohesion assumed when a remit has fewer than two past posts (the median cohesion of the
#: benchmark's dev remits).
DEFAULT_COHESION = 0.13

#: The cohesion is a mean: past posts beyond this many (evenly spaced) add little to it but
#: time, since each is compared with every other.
_COHESION_SAMPLE = 200

TermVector = Mapping[str, float]


@functools.cache
def _word_weights() -> tuple[dict[str, float], float]:
    """Each word's inverse frequency, and that of a word the table lacks: worked out once
    as the table loads, so a weight is one look-up and needs no cache of its own (one that
    every batch of new bigrams flushed cost more than all the rest of a match)."""
    table = resources.files("postlint").joinpath("data", "idf_en.tsv.gz").read_bytes()
    # Split at tabs and line breaks at once: a Python loop over its 57,000 lines took half
    # as long again, at the first check of every process.
    text = gzip.decompress(table).decode("utf-8").rstrip("\n")
    fields = text.replace("\n", "\t").split("\t")
    words, zipfs = fields[0::2], list(map(float, fields[1::2]))
    unseen = max(0.0, _ZIPF_CEILING - (min(zipfs) - _UNSEEN_MARGIN))
    # A term with a space is a bigram and never looked up whole (term_vector relies on it).
    weights = {
        word: max(0.0, _ZIPF_CEILING - zipf)
        for word, zipf in zip(words, zipfs, strict=True)
        if " " not in word
    }
    return weights, unseen


def zipf_frequency(word: str) -> float:
    """How common a lower-case word is (wordfreq's Zipf scale: "the" 7.7, "budget" 4.8,
    "okafor" 2.6; below the table's rarest for a word it lacks)."""
    weights, unseen = _word_weights()
    return _ZIPF_CEILING - weights.get(word, unseen)


def term_weight(term: str) -> float:
    """Inverse frequency of a lemma (or the mean of a bigram's two words)."""
    weights, unseen = _word_weights()
    first, space, second = term.partition(" ")
    if not space:
        return weights.get(term, unseen)
    if " " not in second:  # a bigram (content_terms makes no longer terms): no recursion
        return _BIGRAM_WEIGHT * (weights.get(first, unseen) + weights.get(second, unseen)) / 2
    return _BIGRAM_WEIGHT * (term_weight(first) + term_weight(second)) / 2


def content_lemmas(tokens: Iterable[Token]) -> list[str]:
    """Lower-cased lemmas of the alphabetic, non-stop words (hashtags count by their words)."""
    lemmas: list[str] = []
    for token in tokens:
        lemma = _content_lemma_cache(token.vocab)[token.orth, token.lemma]
        if lemma is not None:
            lemmas.append(lemma)
    return lemmas


def content_lemma_by_token(doc: Doc) -> list[str | None]:
    """Each token's content lemma (``None`` when it has none), as ``content_lemmas`` gives
    it for the token alone; read from the Doc's arrays, with no Token object per token."""
    from spacy.attrs import LEMMA, ORTH

    ids = doc.to_array([ORTH, LEMMA])
    pairs = zip(ids[:, 0].tolist(), ids[:, 1].tolist(), strict=True)
    return list(map(_content_lemma_cache(doc.vocab).__getitem__, pairs))


class _ContentLemmas(dict[tuple[int, int], "str | None"]):
    """A token's content lemma by the ids of its text and lemma, worked out on first sight.

    Nothing else decides it: the stop flags read are those of the lexemes of the text and
    of the lemma (``Token.is_stop`` is its lexeme's flag) and ``lower_`` is the text's
    lexeme's too, all fixed once a pipeline is built. The lemma is part of the key, since
    a trained lemmatizer gives one text different lemmas by its part of speech. Keyed by
    ids, not strings, so that a hit needs no string from the vocab. Each vocab has its own
    cache, as each has its own stop words.
    """

    def __init__(self, vocab: Vocab) -> None:
        super().__init__()
        self.vocab = vocab

    def __missing__(self, key: tuple[int, int]) -> str | None:
        if len(self) >= _CONTENT_LEMMA_CACHE_SIZE:
            self.clear()  # a server linting for weeks sees ever new words: start afresh
        orth, lemma_id = key
        lexeme = self.vocab[orth]
        text = lexeme.orth_
        bare = text.lstrip("#")
        if len(bare) < 2 or not bare.isalpha() or lexeme.is_stop:
            found = None
        else:
            lower = lexeme.lower_
            found = (self.vocab.strings[lemma_id] or lower).lower()
            if not found.isalpha() or self._is_stop(found):
                found = lower.lstrip("#")
        self[key] = found
        return found

    def _is_stop(self, text: str) -> bool:
        """``vocab[text].is_stop``, without making a lexeme for a lemma the vocab lacks:
        the flag such a lexeme would get is the vocab's stop-word getter's answer, and
        making thousands of lexemes (each a dozen Python attribute functions) was most of
        this cache's first-sight cost."""
        if text in self.vocab:
            return bool(self.vocab[text].is_stop)
        from spacy.attrs import IS_STOP

        getters: dict[int, Any] = getattr(self.vocab, "lex_attr_getters", None) or {}
        getter = getters.get(IS_STOP)
        return bool(getter(text)) if getter is not None else bool(self.vocab[text].is_stop)


#: Distinct (text, lemma) pairs kept per vocab: the 3,410 evaluation texts have about
#: 28,000, at some 250 bytes each; 200,000 is about 50 MB.
_CONTENT_LEMMA_CACHE_SIZE = 200_000


# Vocabs cannot be weakly referenced; the pipelines that own them are cached for the life of
# the process anyway, and a few at most are in use.
@functools.lru_cache(maxsize=8)
def _content_lemma_cache(vocab: Vocab) -> _ContentLemmas:
    return _ContentLemmas(vocab)


def content_terms(tokens: Doc | Span | Iterable[Token]) -> list[str]:
    """Content lemmas and the bigrams of adjacent content lemmas."""
    lemmas = content_lemmas(tokens)
    return lemmas + [f"{a} {b}" for a, b in itertools.pairwise(lemmas)]


def term_vector(terms: Iterable[str]) -> dict[str, float]:
    """Saturated, frequency-weighted, unit-length vector of ``terms`` (empty for none)."""
    weights = _term_weights(terms)
    norm = _norm(weights.values())
    if not norm:
        return {}
    return {term: value / norm for term, value in weights.items()}


def _term_weights(terms: Iterable[str]) -> dict[str, float]:
    """``term_vector`` before it is normalised, in the order the terms first occur."""
    counts = Counter(terms)
    words = _word_weights()[0]  # of single words only: a term found there is a word
    weights: dict[str, float] = {}
    for term, count in counts.items():
        weight = words.get(term)
        if weight is None:
            weight = term_weight(term)
        # As _weighted, without a call per term.
        weights[term] = (_SATURATION + 1) * count / (_SATURATION + count) * weight
    return weights


def _norm(weights: Iterable[float]) -> float:
    return math.sqrt(sum(weight * weight for weight in weights))


def _weighted(count: int, term: str) -> float:
    """BM25-saturated frequency times the term's weight (0 for a count of 0)."""
    return (_SATURATION + 1) * count / (_SATURATION + count) * term_weight(term)


def cosine(first: TermVector, second: TermVector) -> float:
    if len(first) > len(second):
        first, second = second, first
    return sum(value * second.get(term, 0.0) for term, value in first.items())


def _shared_cosine(shared: TermVector, size: int, other: TermVector) -> float:
    """``cosine(vector, other)`` for a vector of ``size`` terms whose terms in ``other`` are
    all in ``shared`` (with their values, in the vector's order): ``cosine`` walks the
    shorter vector, and so does this, only skipping the terms that would add 0."""
    if size <= len(other):
        return sum((value * other[term] for term, value in shared.items() if term in other), 0.0)
    return sum((value * shared[term] for term, value in other.items() if term in shared), 0.0)


@dataclass(frozen=True, slots=True)
class RemitMatch:
    """How close a text is to a remit, and which part of the remit is nearest."""

    similarity: float
    """Closeness calibrated by the remit's own cohesion (0 = shares no weighted word)."""
    raw: float
    """Centroid cosine plus half the nearest-post cosine, before calibration."""
    nearest_topic: str
    """The remit topic (or the start of the past post) nearest to the text; empty when the
    text shares no weighted word with any of them."""
    shared_terms: tuple[str, ...]
    """The text's terms that the remit also uses, heaviest first (evidence)."""


@dataclass(frozen=True, slots=True)
class _Part:
    label: str
    terms: tuple[str, ...]
    vector: TermVector


class Remit:
    """An account's remit: topic descriptions and past posts, prepared once for scoring."""

    def __init__(
        self,
        topics: Sequence[tuple[str, Sequence[str]]],
        examples: Sequence[tuple[str, Sequence[str]]],
    ) -> None:
        """``topics`` and ``examples`` (past posts): (a label to show, the text's terms)."""
        self.topics = tuple(_Part(label, tuple(t), term_vector(t)) for label, t in topics if t)
        self.examples = tuple(_Part(label, tuple(t), term_vector(t)) for label, t in examples if t)
        topic_terms = Counter[str]()
        for topic in self.topics:
            for _ in range(_TOPIC_REPEAT):
                topic_terms.update(topic.terms)
        example_terms = Counter[str]()
        for example in self.examples:
            example_terms.update(example.terms)
        self._counts = topic_terms + example_terms
        # Unnormalised centroid weights and their squared norm, kept so the cohesion can take
        # one past post out of the centroid in time proportional to that post's length.
        self._weights = {term: _weighted(count, term) for term, count in self._counts.items()}
        self._norm_squared = sum(weight * weight for weight in self._weights.values())
        norm = math.sqrt(self._norm_squared)
        self.centroid: TermVector = (
            {term: weight / norm for term, weight in self._weights.items()} if norm else {}
        )
        # Inverted index of the past posts: the nearest post costs the postings of the text's
        # terms, not one cosine per past post (a file may hold thousands).
        postings: dict[str, list[tuple[int, float]]] = defaultdict(list)
        for index, example in enumerate(self.examples):
            for term, value in example.vector.items():
                postings[term].append((index, value))
        self._postings = dict(postings)
        self.cohesion = self._cohesion()
        self._centroid_bigrams = frozenset(
            (first, second)
            for first, space, second in (term.partition(" ") for term in self.centroid)
            if space and " " not in second
        )

    @property
    def is_empty(self) -> bool:
        return not self.centroid

    def _cohesion(self) -> float:
        """Mean raw closeness of each past post to the rest of the remit (left out in turn)."""
        if len(self.examples) < 2:
            return DEFAULT_COHESION
        closeness: list[float] = []
        step = max(1, len(self.examples) // _COHESION_SAMPLE)
        for index in range(0, len(self.examples), step)[:_COHESION_SAMPLE]:
            example = self.examples[index]
            left_out = Counter(example.terms)
            dot = 0.0
            norm_squared = self._norm_squared
            for term, value in example.vector.items():
                weight = _weighted(self._counts[term] - left_out[term], term)
                norm_squared += weight * weight - self._weights[term] ** 2
                dot += value * weight
            centroid = dot / math.sqrt(norm_squared) if norm_squared > 1e-12 else 0.0
            nearest = self._nearest_example(example.vector, leave_out=index)
            closeness.append(centroid + _NEAREST_EXAMPLE_SHARE * nearest)
        return sum(closeness) / len(closeness)

    def _nearest_example(self, vector: TermVector, leave_out: int = -1) -> float:
        dots: dict[int, float] = defaultdict(float)
        for term, value in vector.items():
            for index, weight in self._postings.get(term, ()):
                dots[index] += value * weight
        dots.pop(leave_out, None)
        return max(dots.values(), default=0.0)

    def match(self, terms: Sequence[str]) -> RemitMatch:
        weights = _term_weights(terms)
        shared = {term: weight for term, weight in weights.items() if term in self.centroid}
        return self._match(_norm(weights.values()), len(weights), shared)

    def match_lemmas(self, lemmas: Sequence[str]) -> RemitMatch:
        """``match(content_terms(...))`` from the content lemmas (words without spaces):
        the same floats, without making and hashing a string for every bigram."""
        words, unseen = _word_weights()
        weights: list[float] = []  # of every term, for the norm
        shared: dict[str, float] = {}
        # In the order of content_terms: each lemma where it first occurs, then each bigram.
        for lemma, count in Counter(lemmas).items():
            weight = (_SATURATION + 1) * count / (_SATURATION + count) * words.get(lemma, unseen)
            weights.append(weight)
            if lemma in self.centroid:
                shared[lemma] = weight
        for pair, count in Counter(itertools.pairwise(lemmas)).items():
            bigram = _BIGRAM_WEIGHT * (words.get(pair[0], unseen) + words.get(pair[1], unseen)) / 2
            weight = (_SATURATION + 1) * count / (_SATURATION + count) * bigram
            weights.append(weight)
            if pair in self._centroid_bigrams:
                shared[f"{pair[0]} {pair[1]}"] = weight
        return self._match(_norm(weights), len(weights), shared)

    def _match(self, norm: float, size: int, shared_weights: dict[str, float]) -> RemitMatch:
        """The match of a text of ``size`` terms whose vector has norm ``norm``, from the
        unnormalised weights of its terms the remit also uses (in the text's order).

        Closeness to any part of the remit comes only from the terms they share, so only
        those are normalised and walked; each cosine adds the same products in the same
        order as one of whole vectors would, less the products that are 0: the same float.
        """
        if not norm:
            size, shared_weights = 0, {}  # term_vector makes no vector of norm 0
        shared = {term: weight / norm for term, weight in shared_weights.items()}
        centroid = _shared_cosine(shared, size, self.centroid)
        nearest = self._nearest_example(shared)  # the past posts use only centroid terms
        if not self.examples:
            nearest = max(
                (_shared_cosine(shared, size, t.vector) for t in self.topics), default=0.0
            )
        raw = centroid + _NEAREST_EXAMPLE_SHARE * nearest
        similarity = raw / (self.cohesion + _COHESION_FLOOR)
        shared_terms = sorted(
            (term for term in shared if " " not in term),
            key=lambda term: -shared[term] * self.centroid[term],
        )
        return RemitMatch(
            similarity=similarity,
            raw=raw,
            nearest_topic=self._nearest_topic(shared, size),
            shared_terms=tuple(shared_terms[:5]),
        )

    def _nearest_topic(self, shared: TermVector, size: int) -> str:
        parts = self.topics or self.examples
        scored = [(_shared_cosine(shared, size, part.vector), part.label) for part in parts]
        best = max(scored, default=(0.0, ""), key=lambda pair: pair[0])
        return best[1] if best[0] > 0 else ""
