"""The project's own drafts for measuring: the direction of political findings (task R,
``benchmarks/data/direction.jsonl`` and ``direction-b.jsonl``), the blind drafts of task C
(``drafts-c-politics.jsonl``, ``drafts-c-disclosure.jsonl``) and the scenarios of task S:
well formed, and even across sides, regions and splits."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DRAFT_SETS = ("direction.jsonl", "direction-b.jsonl")
KEYS = {"text", "target", "direction", "target_words", "kind", "region"}


def _rows(name: str) -> list[dict[str, object]]:
    with (ROOT / "benchmarks" / "data" / name).open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


@pytest.mark.parametrize("name", DRAFT_SETS)
def test_every_draft_is_well_formed(name: str) -> None:
    rows = _rows(name)
    assert len(rows) >= 200
    for row in rows:
        assert set(row) == KEYS, row
        assert row["direction"] in {"support", "attack"}, row
        assert row["region"] in {"uk", "us", "other"}, row
        words = row["target_words"]
        assert isinstance(words, list) and words, row
        target = str(row["target"]).lower()
        assert all(isinstance(w, str) and w == w.lower() and w in target for w in words), row
        assert target in str(row["text"]).lower(), row


@pytest.mark.parametrize("name", DRAFT_SETS)
def test_support_and_attack_are_even_in_every_region(name: str) -> None:
    counts = Counter((str(row["region"]), str(row["direction"])) for row in _rows(name))
    for region in ("uk", "us", "other"):
        assert counts[(region, "support")] == counts[(region, "attack")], counts


SCENARIOS = {
    "dev": ROOT / "benchmarks" / "data" / "scenarios.jsonl",
    "holdout": ROOT / "benchmarks" / "data" / "scenarios-holdout.jsonl",
}
_AUTHORITIES = {"hatch", "uk-civil-service", "uk-council", "newsroom", "ftc"}


@pytest.mark.parametrize("split", sorted(SCENARIOS))
def test_every_scenario_is_well_formed_and_its_facts_are_known(split: str) -> None:
    import sys

    sys.path.insert(0, str(ROOT / "benchmarks"))
    import postlint
    from task_s import config_for

    with SCENARIOS[split].open(encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle if line.strip()]
    assert len(rows) >= 100
    assert len({row["id"] for row in rows}) == len(rows)
    for row in rows:
        assert row["authority"] in _AUTHORITIES, row["id"]
        assert row["verdict"] in {"allowed", "violation"}, row["id"]
        assert isinstance(row["text"], str) and row["why"], row["id"]
        mapping, _ = config_for(row)
        postlint.Config.from_mapping(mapping)  # a ConfigError names the scenario's problem
    verdicts = Counter(str(row["verdict"]) for row in rows)
    assert abs(verdicts["allowed"] - verdicts["violation"]) <= len(rows) // 10, verdicts


BLIND_POLITICS = ROOT / "benchmarks" / "data" / "drafts-c-politics.jsonl"
BLIND_DISCLOSURE = ROOT / "benchmarks" / "data" / "drafts-c-disclosure.jsonl"


def test_the_blind_political_drafts_are_well_formed_and_even() -> None:
    rows = _rows(BLIND_POLITICS.name)
    assert len(rows) >= 300
    for row in rows:
        assert row["split"] in {"dev", "holdout"} and row["region"] in {"uk", "us", "other"}, row
        assert row["direction"] in {"support", "attack", "verdict", "call", None}, row
        assert bool(row["risky"]) == (row["direction"] is not None), row
        if row["direction"] in ("support", "attack"):
            assert row["target"], row
    counts = Counter((row["split"], bool(row["risky"])) for row in rows)
    assert counts[("dev", True)] == counts[("holdout", True)], counts
    sides = Counter(row["direction"] for row in rows)
    assert sides["support"] == sides["attack"], sides


def test_the_blind_disclosure_drafts_are_well_formed_and_even() -> None:
    rows = _rows(BLIND_DISCLOSURE.name)
    assert len(rows) >= 300
    labels = {"needs-disclosure", "discloses", "not-about-work"}
    for row in rows:
        assert row["label"] in labels and row["split"] in {"dev", "holdout"}, row
        assert row["author"]["organisation"] and row["author"]["role"], row
    counts = Counter((row["split"], row["label"]) for row in rows)
    assert len({counts[(split, label)] for split in ("dev", "holdout") for label in labels}) == 1


@pytest.mark.parametrize(
    ("name", "disclosure_name"),
    [
        ("probes-21-politics-a.jsonl", "probes-21-disclosure.jsonl"),
        ("probes-21-politics-b.jsonl", "probes-21-disclosure.jsonl"),
        ("probes-21-politics-c.jsonl", "probes-21-disclosure.jsonl"),
        ("probes-22-politics-d.jsonl", "probes-22-disclosure.jsonl"),
        ("probes-23-politics-e.jsonl", "probes-23-disclosure.jsonl"),
        ("probes-24-politics-f.jsonl", "probes-23-disclosure.jsonl"),
        ("probes-25-politics-g.jsonl", "probes-25-disclosure.jsonl"),
        ("probes-26-politics-i.jsonl", "probes-26-disclosure.jsonl"),
        ("probes-26-politics-k.jsonl", "probes-26-disclosure-l.jsonl"),
    ],
)
def test_the_probe_sets_are_well_formed(name: str, disclosure_name: str) -> None:
    """``benchmarks/probe_sets.py``: each risky support or attack names its target as its
    text writes it; safe drafts have no direction."""
    rows = _rows(name)
    assert len(rows) >= 150
    for row in rows:
        assert {"text", "risky", "target", "direction", "shape"} <= set(row), row
        if not row["risky"]:
            assert row["direction"] is None, row
        elif row["direction"] in ("support", "attack"):
            assert row["target"] and str(row["target"]) in str(row["text"]), row
    disclosure = _rows(disclosure_name)
    labels = Counter(str(row["label"]) for row in disclosure)
    assert set(labels) == {"needs-disclosure", "discloses", "not-about-work"}, labels
