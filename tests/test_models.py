"""The shipped models: the files ``make train`` wrote, for the corpora in the repository, and
runtimes that give the same answers however they are asked."""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

import pytest

from postlint._engine.models import (
    STANCES,
    SentenceScreen,
    job_talk_head,
    model_text,
    models_folder,
    politics_judge,
    sentence_screen,
)

ROOT = Path(__file__).resolve().parents[1]
MANIFEST = json.loads((models_folder() / "manifest.json").read_text(encoding="utf-8"))


def test_every_shipped_file_is_the_one_the_manifest_records() -> None:
    for name, digest in MANIFEST["files"].items():
        assert hashlib.sha256((models_folder() / name).read_bytes()).hexdigest() == digest, name
    assert {"sentence-screen.npz", "politics-judge.onnx", "job-talk-head.npz"} <= set(
        MANIFEST["files"]
    )


def test_the_models_were_trained_on_the_corpora_in_the_repository() -> None:
    """A corpus edited after training fails here: run make train and commit its output."""
    sys.path.insert(0, str(ROOT / "training"))
    from train import corpus_hash

    assert MANIFEST["corpus_sha256"] == corpus_hash()
    assert MANIFEST["stances"] == list(STANCES)


def test_the_job_talk_head_was_trained_on_the_pairs_in_the_repository() -> None:
    """Pairs edited after training fail here: run ``python training/train.py --only job-talk``."""
    sys.path.insert(0, str(ROOT / "training"))
    from train import pairs_hash

    assert MANIFEST["job_talk"]["pairs_sha256"] == pairs_hash()


def test_the_job_talk_head_reads_whose_job_a_post_is_about() -> None:
    """The same shift talk is a nurse's job talk, not a tax inspector's; a post about the
    weekend's football is neither's. (Own sentences, not in the pairs.)"""
    head = job_talk_head()
    shift = "Back-to-back nights on the ward, two admissions at 4am and the drugs round ran late"
    nurse = head.read("staff nurse", "Northgate Hospitals NHS Trust", shift)
    inspector = head.read("tax inspector", "HM Revenue and Customs", shift)
    football = head.read(
        "staff nurse", "Northgate Hospitals NHS Trust", "Two-nil at the break and we bottled it"
    )
    assert nurse.probability > max(inspector.probability, football.probability) + 0.1
    assert max(inspector.probability, football.probability) < 0.25
    assert -1.0 <= nurse.cosine <= 1.0


def test_the_screen_gives_the_same_answer_alone_and_in_a_batch() -> None:
    texts = [
        "Vote Labour on Thursday!",
        "Lovely walk with the dog this morning.",
        "The Chancellor must keep the uplift.",
        "x",
    ]
    together = SentenceScreen(models_folder())(texts)
    alone = SentenceScreen(models_folder())
    for text, output in zip(texts, together, strict=True):
        [single] = alone([text])
        assert single.stance == pytest.approx(output.stance, abs=1e-6)
        assert sum(output.stance) == pytest.approx(1.0, abs=1e-4)


def test_the_judge_gives_probabilities_of_every_stance() -> None:
    [probabilities] = politics_judge()(["Vote Labour on Thursday!"])
    assert len(probabilities) == len(STANCES)
    assert sum(probabilities) == pytest.approx(1.0, abs=1e-4)
    assert probabilities[0] < 0.5  # the judge reads the plainest endorsement as a stance


def test_the_judges_integer_products_are_exact_on_every_processor() -> None:
    """Signed weights times unsigned activations saturate on processors without VNNI (AVX2)
    and not on those with it, so the judge read the same sentence differently on two
    machines ("Time to vote this shower out." was a call on one and nothing on the other).
    Every weight of an integer product is stored unsigned, which no processor saturates."""
    import onnx

    model = onnx.load(str(models_folder() / "politics-judge.onnx"))
    types = {tensor.name: tensor.data_type for tensor in model.graph.initializer}
    products = [node for node in model.graph.node if node.op_type == "MatMulInteger"]
    assert products
    for node in products:
        for weight in (node.input[1], node.input[3]):
            assert types[weight] == onnx.TensorProto.UINT8, (node.name, weight)


def test_links_are_not_read() -> None:
    assert model_text("Read this https://t.co/Ab3x9 now\n\n ok") == "Read this now ok"
    assert sentence_screen()(["https://example.org/a"]) == sentence_screen()([""])


def test_the_recorded_safe_actors_are_spans_of_safe_rows() -> None:
    """What the judge marks in safe rows is recorded (``train.py --record-safe-actors``), not
    read from the actor finder of the day of training: every entry a safe row's, inside it."""
    sys.path.insert(0, str(ROOT / "training"))
    from corpus import load
    from train import SAFE_ACTORS, text_key

    recorded = json.loads(SAFE_ACTORS.read_text(encoding="utf-8"))
    safe = {
        text_key(row["text"]): row["text"] for row in load("politics") if row["stance"] == "none"
    }
    assert recorded and set(recorded) <= set(safe)
    for key, spans in recorded.items():
        assert all(0 <= start < end <= len(safe[key]) for start, end in spans), safe[key]
