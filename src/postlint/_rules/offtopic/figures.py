"""How a remit match reads in an ``offtopic`` message, in words a reader can check against the
screen: what the draft is about (its heaviest words the remit does not use), what the
account's remit is (its topics as configured), and the nearest part of the remit. The
similarity figures stay in the details (and the confidence), not in the sentence.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from postlint._engine.similarity import Remit, RemitMatch, term_weight

__all__ = ["ABOUT_WORDS", "distinct_figures", "remit_summary", "similarity_details"]

#: The draft's words a message names as what it is about.
ABOUT_WORDS = 3
#: The remit topics a message lists, and the words it shows of each.
_SHOWN_TOPICS = 3
_TOPIC_WORDS = 10


def similarity_details(
    match: RemitMatch,
    threshold: float,
    *,
    remit: Remit,
    topics: Sequence[str],
    lemmas: Sequence[str],
) -> dict[str, str]:
    """The message's fields: ``about`` (“sourdough”, “starter” and “dough”), ``remit`` (the
    account's topics), ``nearest`` ("; nearest: “Bus routes and fares”" or nothing), and the
    figures (``similarity``, ``threshold``) for SARIF properties and ``--format json``."""
    similarity, shown_threshold = distinct_figures(match.similarity, threshold)
    nearest = f"; nearest: “{match.nearest_topic}”" if match.nearest_topic else ""
    return {
        "about": about_words(lemmas, remit) or "other things",
        "remit": remit_summary(topics),
        "nearest": nearest,
        "topic": match.nearest_topic,
        "similarity": similarity,
        "threshold": shown_threshold,
    }


def about_words(lemmas: Sequence[str], remit: Remit) -> str:
    """The draft's heaviest content words that the remit never uses, as a short list."""
    counts = Counter(lemma for lemma in lemmas if lemma not in remit.centroid and len(lemma) > 2)
    ranked = sorted(counts, key=lambda lemma: (-counts[lemma] * term_weight(lemma), lemma))
    return _listed([f"“{word}”" for word in ranked[:ABOUT_WORDS]])


def remit_summary(topics: Sequence[str]) -> str:
    """The account's remit as its topics say it ("rail services; road safety; bus fares")."""
    shown = [_shortened(topic) for topic in topics if topic.strip()][:_SHOWN_TOPICS]
    if not shown:
        return "what its past posts are about"
    more = "; …" if len([t for t in topics if t.strip()]) > _SHOWN_TOPICS else ""
    return "; ".join(shown) + more


def _shortened(topic: str) -> str:
    words = topic.split()
    return " ".join(words[:_TOPIC_WORDS]) + ("…" if len(words) > _TOPIC_WORDS else "")


def _listed(items: list[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def distinct_figures(value: float, threshold: float) -> tuple[str, str]:
    """``value`` and ``threshold`` with two decimals, or as many more as it takes for them to
    agree with the decision ("0.1496" and "0.15", never "0.15" and "0.15" for a draft that
    was flagged for being below it)."""
    for places in range(2, 7):
        shown, shown_threshold = f"{value:.{places}f}", f"{threshold:.{places}f}"
        if (float(shown) < float(shown_threshold)) == (value < threshold):
            return shown, shown_threshold
    return f"{value:.6f}", f"{threshold:.6f}"
