"""How a remit match reads in an ``offtopic`` message, in words a reader can check against the
screen: what the draft is about (its heaviest words the remit does not use), what the
account's remit is (its topics as configured), and the nearest part of the remit. The
similarity figures stay in the details (and the confidence), not in the sentence.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from postlint._engine.similarity import (
    Remit,
    RemitMatch,
    content_lemma_by_token,
    term_weight,
    zipf_frequency,
)

if TYPE_CHECKING:
    from postlint._engine.draft import Draft

__all__ = [
    "ABOUT_WORDS",
    "distinct_figures",
    "proper_names",
    "remit_summary",
    "similarity_details",
    "written_forms",
]

#: The draft's words a message names as what it is about.
ABOUT_WORDS = 3
#: A capitalised word this rare opening a sentence is a name ("Liza", "Wakehurst").
_NAME_ZIPF = 3.0
#: The remit topics a message lists, and the words it shows of each.
_SHOWN_TOPICS = 3
_TOPIC_WORDS = 10


def similarity_details(
    match: RemitMatch,
    threshold: float,
    *,
    remit: Remit,
    draft: Draft,
    lemmas: Sequence[str],
) -> dict[str, str]:
    """The message's fields for ``lemmas`` of ``draft`` (the whole draft's, or a sentence's):
    ``about`` (“sourdough”, “starter” and “dough”; its proper names left out), ``remit`` (the
    account's topics), ``nearest`` ("; nearest: “Bus routes and fares”" or nothing), and the
    figures (``similarity``, ``threshold``) for SARIF properties and ``--format json``."""
    similarity, shown_threshold = distinct_figures(match.similarity, threshold)
    nearest = f"; nearest: “{match.nearest_topic}”" if match.nearest_topic else ""
    return {
        "about": about_words(lemmas, remit, proper_names(draft), written_forms(draft))
        or "other things",
        "remit": remit_summary(draft.config.account.remit),
        "nearest": nearest,
        "topic": match.nearest_topic,
        "similarity": similarity,
        "threshold": shown_threshold,
    }


#: An adverb's or past tense's weight among the words a post is about, against a noun's.
_HOW_WORD_SHARE = 0.3
#: Past tenses without "-ed" ("We saw…", "held in London").
_PASTS = frozenset(
    (  # noqa: SIM905 - a word list reads best as words
        "saw held made took got went came told found gave left kept brought thought felt knew "
        "began ran won lost paid sent built met led spent wrote spoke chose grew"
    ).split()
)


def about_words(
    lemmas: Sequence[str],
    remit: Remit,
    names: frozenset[str] = frozenset(),
    written: Mapping[str, str] | None = None,
) -> str:
    """The draft's heaviest content words that the remit never uses, as a short list; the
    draft's proper names (``names``: "Liza", "Wakehurst") only when nothing else is left,
    since a name says who or where, not what a post is about. Each word is shown as the
    draft first wrote it (``written``: "data", not the lemma "datum")."""
    counts = Counter(lemma for lemma in lemmas if lemma not in remit.centroid and len(lemma) > 2)
    if any(lemma not in names for lemma in counts):
        counts = Counter({lemma: n for lemma, n in counts.items() if lemma not in names})
    forms = written or {}

    def weight(lemma: str) -> float:
        # Adverbs and past tenses say how, not what: "importantly", "fairly", "showed".
        form = forms.get(lemma, lemma)
        how = form.endswith("ly") or (form.endswith("ed") and form != lemma) or form in _PASTS
        return counts[lemma] * term_weight(lemma) * (_HOW_WORD_SHARE if how else 1.0)

    ranked = sorted(counts, key=lambda lemma: (-weight(lemma), lemma))
    shown = [forms.get(lemma, lemma) for lemma in ranked[:ABOUT_WORDS]]
    return _listed([f"“{word}”" for word in shown])


def written_forms(draft: Draft) -> Mapping[str, str]:
    """Each content lemma of ``draft`` with the lower-cased word that first carries it."""
    return draft.shared(_written_forms)


def _written_forms(draft: Draft) -> dict[str, str]:
    forms: dict[str, str] = {}
    for token, lemma in zip(draft.doc, content_lemma_by_token(draft.doc), strict=True):
        if lemma is not None:
            forms.setdefault(lemma, token.lower_)
    return forms


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


def proper_names(draft: Draft) -> frozenset[str]:
    """The lower-cased words the draft writes capitalised everywhere but at a sentence's
    start ("Wakehurst Place", "an Unmanned Aerial Vehicle"), and a sentence's first word
    that is rare or begins one of them ("Liza Pawlowska, a member…"): names. Worked out
    once per draft, for whichever offtopic rule asks first."""
    return draft.shared(_proper_names)


def _proper_names(draft: Draft) -> frozenset[str]:
    doc = draft.doc
    sentence_starts = {sentence.start for sentence in draft.sentences}
    capitalised: set[str] = set()
    plain: set[str] = set()
    openers = []
    for token in doc:
        if not token.is_alpha:
            continue
        if token.i in sentence_starts:
            openers.append(token)
            continue
        (capitalised if token.text[:1].isupper() else plain).add(token.lower_)
    names = capitalised - plain
    for token in openers:
        following = doc[token.i + 1] if token.i + 1 < len(doc) else None
        begins_a_name = following is not None and following.lower_ in names
        if token.is_title and (begins_a_name or zipf_frequency(token.lower_) < _NAME_ZIPF):
            names.add(token.lower_)
    return frozenset(names | {token.lemma_.lower() for token in doc if token.lower_ in names})
