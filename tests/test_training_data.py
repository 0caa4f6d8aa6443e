"""The training corpora are the project's own: valid, and never a copy or a paraphrase of the
evaluation data (which is for evaluation only)."""

from __future__ import annotations

import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"
sys.path.insert(0, str(ROOT / "training"))

from corpus import load, load_pairs, problems  # noqa: E402

#: The batches the models learn from (the job-talk pairs among them), and the candidate
#: batches written but not yet trained in (``training/<corpus>/candidates/``): all must be
#: valid and the project's own.
BATCHES = (
    sorted((ROOT / "training").glob("*/batches/*.jsonl"))
    + sorted((ROOT / "training").glob("*/pairs/*.jsonl"))
    + sorted((ROOT / "training").glob("*/candidates/*.jsonl"))
    + sorted((ROOT / "training").glob("*/candidates/pairs/*.jsonl"))
)
#: Two texts sharing this many words in a row share a passage.
SHARED_RUN = 7
#: A training text whose words overlap an evaluation text's this much is a paraphrase of it.
MAX_WORD_OVERLAP = 0.6
_WORD = re.compile(r"[a-z0-9']+")


@pytest.mark.parametrize(
    "batch", BATCHES, ids=lambda p: f"{p.parent.parent.name}/{p.parent.name}/{p.stem}"
)
def test_every_batch_is_valid(batch: Path) -> None:
    assert problems(batch) == []


def test_the_corpora_are_large_and_balanced() -> None:
    politics = load("politics")
    assert len(politics) >= 4000
    labels = Counter(row["label"] for row in politics)
    assert 0.4 <= labels["risky"] / len(politics) <= 0.6
    disclosure = load("disclosure")
    assert len(disclosure) >= 1500
    assert 0.4 <= sum(row["work_talk"] for row in disclosure) / len(disclosure) <= 0.6
    pairs = load_pairs()
    assert len(pairs) >= 600
    assert 0.4 <= sum(row["about_job"] for row in pairs) / len(pairs) <= 0.6
    assert len({(row["role"], row["org"]) for row in pairs}) >= 200


def _words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def _evaluation_texts() -> list[str]:
    texts: list[str] = []
    for path in sorted(DATA.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").split("\n"):
            if line.strip():
                row = json.loads(line)
                texts.extend(
                    str(row[field]) for field in ("text", "bio", "title") if row.get(field)
                )
    return texts


@pytest.mark.skipif(not DATA.is_dir(), reason="no evaluation data beside the project")
def test_no_training_text_copies_or_paraphrases_the_evaluation_data() -> None:
    evaluation = [_words(text) for text in _evaluation_texts()]
    runs = {
        tuple(words[i : i + SHARED_RUN])
        for words in evaluation
        for i in range(len(words) - SHARED_RUN + 1)
    }
    # Words in many evaluation texts say nothing about a paraphrase: index the rarer ones.
    frequency = Counter(word for words in evaluation for word in set(words))
    index: dict[str, list[int]] = defaultdict(list)
    for number, words in enumerate(evaluation):
        for word in set(words):
            if frequency[word] <= 50:
                index[word].append(number)
    offending: list[str] = []
    candidate_rows = [
        json.loads(line)
        for path in sorted((ROOT / "training").glob("*/candidates/**/*.jsonl"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    for rows in (load("politics"), load("disclosure"), load_pairs(), candidate_rows):
        for row in rows:
            words = _words(row["text"])
            if any(
                tuple(words[i : i + SHARED_RUN]) in runs for i in range(len(words) - SHARED_RUN + 1)
            ):
                offending.append(f"shares a passage: {row['text'][:80]!r}")
                continue
            if len(set(words)) < 6:
                continue
            candidates = Counter(n for word in set(words) for n in index.get(word, ()))
            for number, _ in candidates.most_common(5):
                other = set(evaluation[number])
                overlap = len(set(words) & other) / len(set(words) | other)
                if overlap >= MAX_WORD_OVERLAP:
                    offending.append(f"paraphrases an evaluation text: {row['text'][:80]!r}")
                    break
    assert not offending, "\n".join(offending[:20])
