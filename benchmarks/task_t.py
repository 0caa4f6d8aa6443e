"""Task T of ``../shared/data/TASKS.md``: off-topic drift against an account's remit.

Per case: does an ``offtopic.*`` rule fire (the positive class is "off the remit"), and the
``offtopic.drift`` similarity of the draft to the remit (ROC AUC, lower = more off-topic).

- ``uk_gov_blog_posts``: a draft is a post's title and summary. On-topic case: the remit is
  the post's blog (its title and ``blog_remit`` as topics, its other posts as past posts,
  the post itself left out). Off-topic case: the same draft against the blog of another
  department (a fixed random pairing of blogs, seed 13, among blogs that share no
  department). Blogs with a single post have no past posts to leave in and are skipped.
- ``tweet_topics_en``: for each topic with at least 15 dev posts (except "Diaries & Daily
  Life", no account's remit), the remit is the topic's name and 5 of its dev posts (seed 13);
  every other post with the topic is on-topic, every post sharing no topic with it is off.

A case counts as flagged when ``offtopic.drift`` or ``offtopic.sentence`` fires: the
information note ``offtopic.thin-remit`` says drift was not judged, which is no judgement that
the post is off-topic.

The official-account run (``<split>:official:<variant>``): each GOV.UK post as its own blog's
draft, against its blog's title and remit line alone (``line-only``), and with the blog's
other posts as past posts (``with-posts``, the on-topic half of the pairs above); every case
is on-topic, so ``flagged`` is the share of an account's own posts flagged as off-remit, and
``thin_noted`` the share that got the thin-remit note instead.

``<split>:tweets:<topic>`` gives the tweet figures of each topic's remit alone. Thresholds
come from the rule files (calibrated on dev); ``best_threshold`` reports the
dev-optimal threshold of the uk_gov_blog_posts split it is printed for, for re-calibration.
Run: ``python benchmarks/evaluate.py --tasks T`` (the default scorer, ``cascade``);
``--offtopic-scorer lexical`` or ``hybrid`` scores another way. ``ms_per_post`` is the whole
offtopic run per case.
"""

from __future__ import annotations

import random
import time
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from _data import SPLITS, BinaryMetrics, load_rows, roc_auc

TITLE = "off-topic drift against the account's remit"
SEED = 13
TWEET_REMIT_POSTS = 5
TWEET_MIN_DEV_POSTS = 15
TWEET_SKIPPED_TOPICS = frozenset({"Diaries & Daily Life"})
#: The rules whose finding says a post is off the remit.
JUDGING_RULES = frozenset({"offtopic.drift", "offtopic.sentence"})
#: ``offtopic.scorer`` for the run (``evaluate.py --offtopic-scorer``).
SCORER = "cascade"


@dataclass(frozen=True)
class Case:
    source: str
    split: str
    text: str
    topics: tuple[str, ...]
    examples: tuple[str, ...]
    off_topic: bool


def _blog_post(row: dict[str, Any]) -> str:
    return f"{row['title']}\n\n{row['text']}"


def uk_gov_cases() -> list[Case]:
    rows = load_rows("uk_gov_blog_posts.jsonl")
    blogs: dict[str, list[int]] = defaultdict(list)
    for index, row in enumerate(rows):
        blogs[row["blog_url"]].append(index)
    urls = sorted(blogs)
    rng = random.Random(SEED)
    partner: dict[str, str] = {}
    for url in urls:
        departments = set(rows[blogs[url][0]]["departments"])
        others = [
            other
            for other in urls
            if other != url and not departments & set(rows[blogs[other][0]]["departments"])
        ]
        partner[url] = rng.choice(others)

    def remit(url: str, leave_out: int) -> tuple[tuple[str, ...], tuple[str, ...]]:
        first = rows[blogs[url][0]]
        examples = tuple(_blog_post(rows[i]) for i in blogs[url] if i != leave_out)
        return (first["blog_title"], first["blog_remit"]), examples

    cases: list[Case] = []
    for url in urls:
        if len(blogs[url]) < 2:
            continue
        for index in blogs[url]:
            row = rows[index]
            text = _blog_post(row)
            for remit_url, off_topic in ((url, False), (partner[url], True)):
                topics, examples = remit(remit_url, index)
                cases.append(
                    Case("uk_gov_blog_posts", row["split_hint"], text, topics, examples, off_topic)
                )
    return cases


def tweet_topic_cases() -> list[Case]:
    rows = load_rows("tweet_topics_en.jsonl")
    dev_counts: dict[str, int] = defaultdict(int)
    for row in rows:
        if row["split_hint"] == "dev":
            for topic in row["topics"]:
                dev_counts[topic] += 1
    remit_topics = sorted(
        topic
        for topic, count in dev_counts.items()
        if count >= TWEET_MIN_DEV_POSTS and topic not in TWEET_SKIPPED_TOPICS
    )
    rng = random.Random(SEED)
    cases: list[Case] = []
    for topic in remit_topics:
        dev_posts = [
            i for i, r in enumerate(rows) if r["split_hint"] == "dev" and topic in r["topics"]
        ]
        chosen = set(rng.sample(dev_posts, TWEET_REMIT_POSTS))
        examples = tuple(rows[i]["text"] for i in sorted(chosen))
        for index, row in enumerate(rows):
            if index in chosen:
                continue
            if topic in row["topics"]:
                off_topic = False
            elif len(row["topics"]) and not set(row["topics"]) & {topic}:
                off_topic = True
            else:
                continue
            cases.append(
                Case(
                    "tweet_topics_en", row["split_hint"], row["text"], (topic,), examples, off_topic
                )
            )
    return cases


def official_account_cases() -> list[Case]:
    """Every GOV.UK post against its own blog's title and remit line alone (the past posts
    of the on-topic pairs are the ``with-posts`` variant)."""
    rows = load_rows("uk_gov_blog_posts.jsonl")
    return [
        Case(
            "line-only",
            row["split_hint"],
            _blog_post(row),
            (row["blog_title"], row["blog_remit"]),
            (),
            False,
        )
        for row in rows
    ]


def _official_figures(
    scored: list[tuple[Case, bool, float]], thin: list[bool] | None = None
) -> dict[str, float | int]:
    flagged = sum(fired for _, fired, _ in scored)
    figures: dict[str, float | int] = {
        "n": len(scored),
        "flagged": round(flagged / len(scored), 4) if scored else 0.0,
    }
    if thin is not None:
        figures["thin_noted"] = round(sum(thin) / len(thin), 4) if thin else 0.0
    return figures


def score_cases(
    cases: list[Case], model: str | None, scorer: str = "cascade"
) -> Iterator[tuple[Case, bool, float]]:
    """(case, did an offtopic rule fire, drift similarity) through the public Linter."""
    import postlint
    from postlint._engine.draft import Draft
    from postlint._rules.offtopic.drift import DriftChecker

    by_remit: dict[tuple[tuple[str, ...], tuple[str, ...]], list[Case]] = defaultdict(list)
    for case in cases:
        by_remit[(case.topics, case.examples)].append(case)
    for (topics, examples), group in by_remit.items():
        config = postlint.Config.model_validate(
            {
                "profile": "uk-civil-service",
                "account": {"kind": "official", "remit": topics, "remit_examples": examples},
                "rules": {"select": ["offtopic"]},
                "nlp": {"model": model},
                "offtopic": {"scorer": scorer},
            }
        )
        linter = postlint.Linter(config)
        drift = next(c for _, c in linter._checkers if isinstance(c, DriftChecker))
        texts = [case.text for case in group]
        reports = linter.check_many(texts)
        # The similarity itself is not in a report when no rule fires: score it directly.
        docs = linter.nlp.pipe(texts)
        for case, report, doc in zip(group, reports, docs, strict=True):
            match = drift.score(Draft(case.text, doc, linter.config, linter.pack))
            similarity = match.similarity if match is not None else 0.0
            yield case, any(d.rule in JUDGING_RULES for d in report.diagnostics), similarity


def best_threshold(scored: list[tuple[Case, bool, float]]) -> float:
    """The drift threshold with the best F1 (off-topic = similarity below it)."""
    candidates = sorted({round(score, 3) for _, _, score in scored})
    best = (0.0, 0.0)
    for threshold in candidates:
        metrics = BinaryMetrics.from_pairs(
            (case.off_topic, score < threshold) for case, _, score in scored
        )
        best = max(best, (metrics.f1, threshold))
    return best[1]


def _figures(scored: list[tuple[Case, bool, float]]) -> dict[str, float | int]:
    metrics = BinaryMetrics.from_pairs((case.off_topic, fired) for case, fired, _ in scored)
    figures: dict[str, float | int] = dict(metrics.as_dict())
    # AUC of "off-topic" against the negated similarity: higher = more off-topic.
    figures["auc"] = round(
        roc_auc([-score for _, _, score in scored], [case.off_topic for case, _, _ in scored]), 4
    )
    return figures


def evaluate(model: str | None) -> dict[str, dict[str, float | int]]:
    cases = uk_gov_cases() + tweet_topic_cases()
    started = time.perf_counter()
    scored = list(score_cases(cases, model, SCORER))
    # Linting and scoring each case (remits embedded once per remit, texts cached): the cost
    # per post of the whole offtopic run, not of the scorer alone.
    ms_per_post = round(1000 * (time.perf_counter() - started) / max(1, len(cases)), 2)
    results: dict[str, dict[str, float | int]] = {"all": {"ms_per_post": ms_per_post}}
    for split in SPLITS:
        in_split = [item for item in scored if item[0].split == split]
        results[split] = _figures(in_split)
        for source in ("uk_gov_blog_posts", "tweet_topics_en"):
            subset = [item for item in in_split if item[0].source == source]
            figures = _figures(subset)
            if source == "uk_gov_blog_posts" and split == "dev":
                figures["best_threshold"] = best_threshold(subset)
            results[f"{split}:{source}"] = figures
        # The tweet pairs are noisy and their topics differ in kind (issue 15): each alone.
        tweets = [item for item in in_split if item[0].source == "tweet_topics_en"]
        for topic in sorted({item[0].topics[0] for item in tweets}):
            of_topic = [item for item in tweets if item[0].topics[0] == topic]
            results[f"{split}:tweets:{topic}"] = _figures(of_topic)
    official = official_account_cases()
    line_only = list(score_cases(official, model, SCORER))
    thin = _thin_noted(official, model)
    for split in SPLITS:
        chosen = [i for i, item in enumerate(line_only) if item[0].split == split]
        results[f"{split}:official:line-only"] = _official_figures(
            [line_only[i] for i in chosen], [thin[i] for i in chosen]
        )
        with_posts = [
            item
            for item in scored
            if item[0].split == split
            and item[0].source == "uk_gov_blog_posts"
            and not item[0].off_topic
        ]
        results[f"{split}:official:with-posts"] = _official_figures(with_posts)
    return results


def _thin_noted(cases: list[Case], model: str | None) -> list[bool]:
    """Per case, whether ``offtopic.thin-remit`` noted its remit as too thin."""
    import postlint

    noted: list[bool] = []
    for case in cases:
        config = postlint.Config.model_validate(
            {
                "profile": "uk-civil-service",
                "account": {"kind": "official", "remit": case.topics},
                "rules": {"select": ["offtopic.thin-remit"]},
                "nlp": {"model": model},
            }
        )
        report = postlint.check(case.text, config=config)
        noted.append(any(d.rule == "offtopic.thin-remit" for d in report.diagnostics))
    return noted
