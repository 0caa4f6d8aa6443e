"""The remit similarity: term weights, terms, vectors and the Remit score."""

from __future__ import annotations

import gzip
import itertools
import math
from collections import Counter
from collections.abc import Iterable
from importlib import resources

import pytest
import spacy
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.language import Language
from spacy.tokens import Token

from postlint._engine.pipeline import get_pipeline
from postlint._engine.similarity import (
    _COHESION_FLOOR,
    _NEAREST_EXAMPLE_SHARE,
    DEFAULT_COHESION,
    Remit,
    RemitMatch,
    content_lemma_by_token,
    content_lemmas,
    content_terms,
    cosine,
    term_vector,
    term_weight,
)
from postlint._pack import RulePack
from tests.conftest import TRAINED_MODEL, trained_pipeline_installed


@pytest.fixture(scope="module")
def nlp(pack: RulePack) -> Language:
    return get_pipeline(None, pack)


def _remit(nlp: Language, topics: list[str], examples: list[str]) -> Remit:
    return Remit(
        topics=[(text, content_terms(nlp(text))) for text in topics],
        examples=[(text, content_terms(nlp(text))) for text in examples],
    )


RAIL_TOPICS = ["Rail services and engineering works", "Driving tests and road safety"]
RAIL_POSTS = [
    "Engineering works close the railway line on Sunday; replacement buses run all day.",
    "Rail services run a Sunday timetable on the bank holiday, with fewer trains late at night.",
    "Book your driving test online; test centres are open six days a week.",
    "Road safety week: slow down near schools and give cyclists room when overtaking.",
]


def test_rare_words_weigh_more_than_common_ones() -> None:
    assert term_weight("timetable") > term_weight("service") > term_weight("time")


def test_a_word_missing_from_the_table_weighs_most() -> None:
    assert term_weight("zzqxunheardofword") > term_weight("timetable")


def test_a_bigram_weighs_more_than_the_mean_of_its_words() -> None:
    mean = (term_weight("driving") + term_weight("test")) / 2
    assert term_weight("driving test") > mean


def test_content_terms_are_lemmas_of_content_words_and_their_bigrams(nlp: Language) -> None:
    terms = content_terms(nlp("The trains were cancelled at the stations."))
    assert "train" in terms and "station" in terms
    assert "the" not in terms and "were" not in terms
    assert "train cancel" in terms or "train cancelled" in terms


def test_hashtags_count_by_their_words(nlp: Language) -> None:
    assert "roadsafety" in content_lemmas(nlp("Join in #RoadSafety week"))


def test_vectors_are_unit_length_and_cosine_is_bounded(nlp: Language) -> None:
    vector = term_vector(content_terms(nlp("Rail replacement buses run between the stations.")))
    assert math.isclose(math.sqrt(sum(v * v for v in vector.values())), 1.0)
    assert math.isclose(cosine(vector, vector), 1.0)
    assert cosine(vector, term_vector(["kitten", "garden"])) == 0.0
    assert term_vector([]) == {}


def test_repeating_a_word_saturates(nlp: Language) -> None:
    once = term_vector(["rail", "kitten"])
    five_times = term_vector(["rail"] * 5 + ["kitten"])
    # Five uses of "rail" outweigh one, but far less than five times as much.
    ratio_once = once["rail"] / once["kitten"]
    ratio_five = five_times["rail"] / five_times["kitten"]
    assert ratio_once < ratio_five < 5 * ratio_once


def test_on_topic_text_scores_higher_and_names_the_nearest_topic(nlp: Language) -> None:
    remit = _remit(nlp, RAIL_TOPICS, RAIL_POSTS)
    on_topic = remit.match(
        content_terms(nlp("Replacement buses run while engineering works close the line."))
    )
    off_topic = remit.match(content_terms(nlp("Feed the sourdough starter and bake the loaf.")))
    driving = remit.match(content_terms(nlp("Driving test centres reopen on Monday.")))
    assert on_topic.similarity > 3 * max(off_topic.similarity, 0.01)
    assert on_topic.nearest_topic == "Rail services and engineering works"
    assert driving.nearest_topic == "Driving tests and road safety"
    assert "replacement" in on_topic.shared_terms
    assert off_topic.shared_terms == ()


def test_cohesion_needs_two_past_posts(nlp: Language) -> None:
    assert _remit(nlp, RAIL_TOPICS, RAIL_POSTS[:1]).cohesion == DEFAULT_COHESION
    assert _remit(nlp, RAIL_TOPICS, RAIL_POSTS).cohesion != DEFAULT_COHESION


def test_a_remit_of_topics_alone_still_scores(nlp: Language) -> None:
    remit = _remit(nlp, RAIL_TOPICS, [])
    assert not remit.is_empty
    match = remit.match(content_terms(nlp("Engineering works on the rail line this weekend.")))
    assert match.similarity > 0
    assert match.nearest_topic == "Rail services and engineering works"


def test_a_broad_remit_is_judged_against_its_own_cohesion(nlp: Language) -> None:
    """The same raw closeness counts for more against a remit whose posts share few words."""
    narrow = _remit(nlp, ["Driving tests"], [f"Book your driving test {w}." for w in "abc"])
    broad = _remit(nlp, ["Driving tests"], RAIL_POSTS)
    assert narrow.cohesion > broad.cohesion


def test_cohesion_equals_the_left_out_closeness_computed_the_slow_way(nlp: Language) -> None:
    remit = _remit(nlp, RAIL_TOPICS, RAIL_POSTS)
    topic_terms = [term for topic in RAIL_TOPICS for term in content_terms(nlp(topic))] * 2
    post_terms = [content_terms(nlp(post)) for post in RAIL_POSTS]
    closeness = []
    for index, terms in enumerate(post_terms):
        rest = topic_terms + [t for i, other in enumerate(post_terms) if i != index for t in other]
        nearest = max(
            cosine(term_vector(terms), term_vector(other))
            for i, other in enumerate(post_terms)
            if i != index
        )
        closeness.append(cosine(term_vector(terms), term_vector(rest)) + 0.5 * nearest)
    assert math.isclose(remit.cohesion, sum(closeness) / len(closeness), rel_tol=1e-9)


def _token_content_lemma(token: Token) -> str | None:
    """The rule as first written, on a spaCy Token: what the cached rule must give."""
    text = token.text.lstrip("#")
    if len(text) < 2 or not text.isalpha() or token.is_stop:
        return None
    lemma = (token.lemma_ or token.lower_).lower()
    if not lemma.isalpha() or token.vocab[lemma].is_stop:
        lemma = token.lower_.lstrip("#")
    return lemma


@pytest.fixture(scope="module", params=["blank", "trained"])
def any_nlp(request: pytest.FixtureRequest, pack: RulePack) -> Language:
    if request.param == "trained" and not trained_pipeline_installed():
        pytest.skip(f"{TRAINED_MODEL} is not installed (make test installs it)")
    return get_pipeline(TRAINED_MODEL if request.param == "trained" else None, pack)


_WORDS = [
    "The", "THE", "the", "Was", "was", "being", "Being", "is", "Is", "does", "n't", "don't",
    "I", "a", "A", "trains", "Trains", "TRAINS", "ran", "running", "better", "best", "mice",
    "#RoadSafety", "#roadsafety", "#2026", "#a", "#", "NHS", "nhs", "U.K.", "café", "naïve",
    "co-operate", "self", "Ourselves", "whom", "more", "Most", "said", "saw", "left", "Left",
    "leaves", "felt", "meeting", "meetings", "lives", "'s", "’s", "we're", "12", "1st", "🚆",
    "stations", "upon", "hence", "Hence", "nobody", "bus", "buses", "axes", "media", "data",
]  # fmt: skip


@settings(max_examples=60, deadline=None)
@given(words=st.lists(st.sampled_from(_WORDS), min_size=1, max_size=30))
def test_content_lemmas_by_token_follow_the_token_rule(any_nlp: Language, words: list[str]) -> None:
    """Read from the Doc's arrays and cached by word: the same as asking each Token, on
    the trained path too, whose lemmatizer gives one text different lemmas."""
    doc = any_nlp(" ".join(words))
    expected = [_token_content_lemma(token) for token in doc]
    assert content_lemma_by_token(doc) == expected
    assert content_lemmas(doc) == [lemma for lemma in expected if lemma is not None]


def test_each_vocab_has_its_own_stop_words() -> None:
    """The cache is per vocab: a word one pipeline stops is still content in another."""
    stopping, plain = spacy.blank("en"), spacy.blank("en")
    stopping.vocab["timetable"].is_stop = True
    stopping.vocab["departure"].is_stop = True  # a lemma that is a stop word: keep the text
    found = {}
    for name, nlp in (("stopping", stopping), ("plain", plain)):
        doc = nlp("timetable departures")
        doc[1].lemma_ = "departure"
        found[name] = content_lemma_by_token(doc)
    assert found == {"stopping": [None, "departures"], "plain": ["timetable", "departure"]}


def _table_weight(word: str) -> float:
    """A word's weight read straight from the table, as ``term_weight`` defines it."""
    path = resources.files("postlint").joinpath("data", "idf_en.tsv.gz")
    with gzip.open(str(path), "rt", encoding="utf-8") as handle:
        zipfs = dict(line.rstrip("\n").split("\t") for line in handle)
    zipf = float(zipfs[word]) if word in zipfs else min(map(float, zipfs.values())) - 0.5
    return max(0.0, 8.0 - zipf)


def test_weights_are_those_of_the_table() -> None:
    for word in ("the", "rail", "timetable", "zzqxunheardofword"):
        assert term_weight(word) == _table_weight(word)
    bigram = 1.5 * (term_weight("rail") + term_weight("timetable")) / 2
    assert term_weight("rail timetable") == bigram
    trigram = 1.5 * (term_weight("rail") + term_weight("timetable change")) / 2
    assert term_weight("rail timetable change") == trigram


def _plain_vector(terms: Iterable[str]) -> dict[str, float]:
    counts = Counter(terms)
    raw = {term: 6.0 * count / (5.0 + count) * term_weight(term) for term, count in counts.items()}
    norm = math.sqrt(sum(value * value for value in raw.values()))
    return {term: value / norm for term, value in raw.items()} if norm else {}


@given(terms=st.lists(st.sampled_from(["rail", "bus", "zzqx", "rail bus", "the", "a b c"])))
def test_term_vectors_are_the_saturated_weights_normalised(terms: list[str]) -> None:
    vector = term_vector(terms)
    assert vector == _plain_vector(terms)
    assert list(vector) == list(dict.fromkeys(terms))  # the order sums run in


def _whole_vector_match(remit: Remit, terms: list[str]) -> RemitMatch:
    """``Remit.match`` as first written, with cosines of whole vectors: what the version
    that looks only at the terms the remit shares must equal, to the last bit."""
    vector = term_vector(terms)
    centroid = cosine(vector, remit.centroid)
    nearest = 0.0
    for example in remit.examples:
        dot = 0.0
        for term, value in vector.items():
            if term in example.vector:
                dot += value * example.vector[term]
        nearest = max(nearest, dot)
    if not remit.examples:
        nearest = max((cosine(vector, topic.vector) for topic in remit.topics), default=0.0)
    raw = centroid + _NEAREST_EXAMPLE_SHARE * nearest
    shared = sorted(
        (term for term in vector if term in remit.centroid and " " not in term),
        key=lambda term: -vector[term] * remit.centroid[term],
    )
    parts = remit.topics or remit.examples
    best = max(
        [(cosine(vector, part.vector), part.label) for part in parts],
        default=(0.0, ""),
        key=lambda pair: pair[0],
    )
    return RemitMatch(
        similarity=raw / (remit.cohesion + _COHESION_FLOOR),
        raw=raw,
        nearest_topic=best[1] if best[0] > 0 else "",
        shared_terms=tuple(shared[:5]),
    )


_REMIT_WORDS = ["rail", "bus", "timetable", "station", "the", "zzqx", "kitten", "fare"]
_LEMMA_LISTS = st.lists(st.sampled_from(_REMIT_WORDS), max_size=14)


def _with_bigrams(lemmas: list[str]) -> list[str]:
    return lemmas + [f"{a} {b}" for a, b in itertools.pairwise(lemmas)]


@settings(max_examples=300)
@given(
    topics=st.lists(_LEMMA_LISTS, max_size=3),
    examples=st.lists(_LEMMA_LISTS, max_size=4),
    lemmas=_LEMMA_LISTS,
)
def test_a_match_is_that_of_the_whole_vectors(
    topics: list[list[str]], examples: list[list[str]], lemmas: list[str]
) -> None:
    """From terms or from lemmas (no string per bigram), to the bit."""
    remit = Remit(
        topics=[(f"topic {i}", _with_bigrams(t)) for i, t in enumerate(topics)],
        examples=[(f"post {i}", _with_bigrams(t)) for i, t in enumerate(examples)],
    )
    expected = _whole_vector_match(remit, _with_bigrams(lemmas))
    assert remit.match(_with_bigrams(lemmas)) == expected
    assert remit.match_lemmas(lemmas) == expected
