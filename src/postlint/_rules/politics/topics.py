"""The contested topic a verdict is about, by meaning, when it names no issue.

More than half of the verdicts postlint reports on real posts name no issue the lexicons
know ("Forgiving student debt would be the fairest thing we could do", "Nobody who wants a fair
asylum process should be called a bigot"), and the message could only say "Takes a side on a
contested issue". MiniLM (the embeddings
of the remit scorer) compares the sentence with a list of contested topics
(``politics/stance.contested_topics``); the nearest names the target when it is near enough
(``NEAR_A_TOPIC``), and the message says it was read by meaning. Nothing is reported or
dropped by it: only the name changes.
"""

from __future__ import annotations

from postlint._engine.draft import Draft
from postlint._engine.semantic import load_embedder, semantic_available

__all__ = ["NEAR_A_TOPIC", "NEAR_IN_PLACE_OF_AN_ACTOR", "nearest_topic", "topic_by_meaning"]

#: MiniLM's cosine between a verdict's sentence and a topic from which the topic names it:
#: chosen by reading the verdicts without an issue on 1,500 evaluation texts (at 0.45 and above
#: every topic named was right; between 0.40 and 0.45 three of eight were not: a complaint of
#: "no benefits" named welfare; benchmarks/README.md, "Topics by meaning").
NEAR_A_TOPIC = 0.45
#: The nearness at which a topic names a verdict in place of the actor told what to do ("The
#: Government has to bring back the £20 uplift" is 0.48 from "NHS funding": the governing
#: words pull the sentence towards every topic a government pays for).
NEAR_IN_PLACE_OF_AN_ACTOR = 0.55


def topic_by_meaning(
    draft: Draft,
    start: int,
    end: int,
    lists: tuple[str, ...] = ("contested_topics",),
    near: float = NEAR_A_TOPIC,
) -> str | None:
    """The contested topic nearest in meaning to ``draft.text[start:end]``, if ``near`` enough
    (of the ``politics/stance`` word ``lists``)."""
    found = nearest_topic(draft, start, end, lists)
    return found[0] if found is not None and found[1] >= near else None


def nearest_topic(
    draft: Draft, start: int, end: int, lists: tuple[str, ...] = ("contested_topics",)
) -> tuple[str, float] | None:
    """The contested topic nearest in meaning to ``draft.text[start:end]`` and MiniLM's cosine
    to it, however far (None without the embeddings, topics or words)."""
    stance = draft.pack.lexicons["politics/stance"].lists
    topics = [topic for name in lists for topic in stance[name]]
    words = " ".join(draft.text[start:end].split())
    if not topics or not words or not semantic_available():
        return None
    vectors = load_embedder().embed([words, *topics])
    closeness = vectors[1:] @ vectors[0]
    nearest = int(closeness.argmax())
    return topics[nearest], float(closeness[nearest])
