"""The semantic remit scorer: MiniLM in the default ``cascade`` and in ``hybrid``.

The default install carries the real int8 MiniLM model, which these tests run. The sentences
are invented for these tests.
"""

from __future__ import annotations

from typing import Any

import pytest

import postlint
from postlint._engine.draft import Draft
from postlint._engine.semantic import EXTRA_HINT, load_embedder
from postlint._rules.offtopic.drift import DriftChecker

# A small football remit whose words the test tweets below never use: the lexical scorer
# sees nothing in common with either tweet.
FOOTBALL_REMIT: dict[str, Any] = {
    "kind": "official",
    "remit": ["football club news"],
    "remit_examples": [
        "Match report: a late winner from our captain sealed three points at home.",
        "Tickets for Saturday's cup tie against the league leaders are on sale now.",
        "Our academy graduates made their first team debuts in midweek.",
    ],
}
ON_TOPIC = "Brilliant penalty save by the keeper in stoppage time, what a performance!"
OFF_TOPIC = "Tried a lemon drizzle cake recipe with fresh blueberries, lovely and moist."


def _config(
    scorer: str, account: dict[str, Any] = FOOTBALL_REMIT, **offtopic: Any
) -> postlint.Config:
    return postlint.Config.model_validate(
        {
            "account": account,
            "rules": {"select": ["offtopic.drift"]},
            "offtopic": {"scorer": scorer, **offtopic},
        }
    )


def _drift_similarity(linter: postlint.Linter, text: str) -> float:
    drift = next(c for _, c in linter._checkers if isinstance(c, DriftChecker))
    match = drift.score(Draft(text, linter.nlp(text), linter.config, linter.pack))
    assert match is not None
    return match.similarity


def test_the_default_scorer_is_the_cascade() -> None:
    assert postlint.Config().offtopic.scorer == "cascade"


def test_the_cascade_lets_meaning_decide_what_words_cannot() -> None:
    """Neither tweet shares a word with the remit: the meaning passes the save and flags
    the cake."""
    linter = postlint.Linter(_config("cascade"))
    on_report, off_report = linter.check_many([ON_TOPIC, OFF_TOPIC])
    assert not on_report.diagnostics
    (diagnostic,) = off_report.diagnostics
    assert diagnostic.rule == "offtopic.drift"
    assert "football club news" in diagnostic.message


def test_the_cascade_reads_no_meaning_when_the_words_are_on_the_remit(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import postlint._rules.offtopic.drift as drift

    def never(*_: object) -> None:
        raise AssertionError("the model was asked about a draft its words put on the remit")

    monkeypatch.setattr(drift, "semantic_remit_for", never)
    linter = postlint.Linter(_config("cascade"))
    report = linter.check("Tickets for our cup tie at home on Saturday are on sale now.")
    assert not report.diagnostics


def test_the_cascade_without_the_model_checks_by_words(monkeypatch: pytest.MonkeyPatch) -> None:
    import postlint._rules.offtopic.drift as drift

    monkeypatch.setattr(drift, "semantic_available", lambda: False)
    linter = postlint.Linter(_config("cascade"))
    # Words alone cannot tell the save from the cake: both share nothing with the remit.
    on_report, off_report = linter.check_many([ON_TOPIC, OFF_TOPIC])
    assert [d.rule for d in on_report.diagnostics] == [d.rule for d in off_report.diagnostics]


def test_an_unknown_scorer_is_a_config_error() -> None:
    with pytest.raises(postlint.ConfigError, match="scorer"):
        postlint.Config.from_mapping({"offtopic": {"scorer": "neural"}})


def test_lexical_scorer_cannot_separate_tweets_that_share_no_remit_words() -> None:
    linter = postlint.Linter(_config("lexical"))
    assert _drift_similarity(linter, ON_TOPIC) == _drift_similarity(linter, OFF_TOPIC) == 0.0


def test_hybrid_scores_an_on_topic_tweet_above_an_off_topic_one() -> None:
    linter = postlint.Linter(_config("hybrid"))
    on_topic = _drift_similarity(linter, ON_TOPIC)
    off_topic = _drift_similarity(linter, OFF_TOPIC)
    assert on_topic > off_topic + 0.1


def test_hybrid_drift_fires_on_the_off_topic_draft_only() -> None:
    # The default hybrid threshold is calibrated on blog posts, where a post shares words with
    # its remit; an account of short posts sets a lower one (a tweet sharing no word with the
    # remit gets at most half the hybrid score).
    linter = postlint.Linter(_config("hybrid", drift_threshold=0.2))
    on_report, off_report = linter.check_many([ON_TOPIC, OFF_TOPIC])
    assert not on_report.diagnostics
    (diagnostic,) = off_report.diagnostics
    assert diagnostic.rule == "offtopic.drift"
    assert "football club news" in diagnostic.message


def test_embeddings_are_unit_length_and_closer_for_paraphrases() -> None:
    embedder = load_embedder()
    first, paraphrase, unrelated = embedder.embed(
        [
            "The bridge is closed for repairs this weekend.",
            "Repair work shuts the bridge on Saturday and Sunday.",
            "Our choir sings carols in the town square.",
        ]
    )
    assert abs(float(first @ first) - 1.0) < 1e-4
    assert float(first @ paraphrase) > float(first @ unrelated) + 0.2


def test_the_model_is_loaded_once_per_process() -> None:
    assert load_embedder() is load_embedder()


def test_hybrid_without_the_extra_is_a_clear_pipeline_error(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import postlint._engine.semantic as semantic

    monkeypatch.setattr(semantic, "semantic_available", lambda: False)
    semantic.load_embedder.cache_clear()
    # A remit of its own: the embedded remits are cached per process.
    account = {"kind": "official", "remit": ["bus timetable changes"], "remit_examples": []}
    try:
        with pytest.raises(postlint.PipelineError) as error:
            postlint.Linter(_config("hybrid", account))
    finally:
        semantic.load_embedder.cache_clear()
    assert str(error.value) == EXTRA_HINT
    assert "postlint[semantic]" in str(error.value)
