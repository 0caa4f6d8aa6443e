"""The runtimes of postlint's trained models: numpy and onnxruntime, never torch.

Three models ship inside the package (``postlint/models``, rebuilt by ``make train`` from the
project's corpora; see ``training/train.py`` and its manifest):

- :class:`SentenceScreen`: static word vectors and a two-layer convolution, in numpy. Reads
  every sentence in about a tenth of a millisecond and gives two sets of probabilities: the
  political stance (``STANCES``) and disclosure (talks about the author's work; says who the
  author is).
- :class:`PoliticsJudge`: a fine-tuned MiniLM (int8 ONNX): the political stance of a sentence
  read in context, a few milliseconds a sentence; asked only about sentences the screen
  passes. With one actor marked (:func:`marked_text`), the stance towards that actor.
- :class:`~postlint._engine.job_talk.JobTalkHead`: a logistic regression over MiniLM's
  vectors of a post and of the author's job: how likely the post is talk about that job.

The screen and the judge remember what they were asked (a language server checks the same
sentences at every keystroke) in a bounded :class:`~postlint._engine.memo.Memo`.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import partial
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from postlint._engine.job_talk import HEAD_FILE, JobTalkHead
from postlint._engine.memo import Memo
from postlint._errors import PipelineError

if TYPE_CHECKING:
    import numpy as np

__all__ = [
    "CONNECTIONS",
    "STANCES",
    "JobTalkHead",
    "PoliticsJudge",
    "ScreenOutput",
    "SentenceScreen",
    "job_talk_head",
    "marked_text",
    "model_text",
    "models_folder",
    "politics_judge",
    "sentence_screen",
]

#: The political stances the models tell apart, in their output order.
STANCES = ("none", "support", "attack", "verdict", "action")
#: The connections a disclosure states, in the screen's output order (``none``: no
#: disclosure; ``employment``: who the author works for or what they do there; the others
#: are the FTC's material connections).
CONNECTIONS = ("none", "employment", "sponsorship", "gift", "affiliate", "agency")
_URL = re.compile(r"https?://\S+|www\.\S+", re.IGNORECASE)
#: Longest input, in word pieces: a sentence is rarely longer, and cost grows with length.
MAX_TOKENS = 96
#: Threads onnxruntime may use for one sentence (worker processes set 1: one per core).
THREADS_VARIABLE = "POSTLINT_MODEL_THREADS"


def model_text(text: str) -> str:
    """What the models read: links dropped (they carry no stance and cost tokens), white
    space folded. The training script reads its corpora through this same function."""
    return " ".join(_URL.sub(" ", text).split())


#: Around the one actor the judge is asked about ("He'd never beat « Okafor » fairly"): with the
#: actor marked, the judge gives the author's stance towards that actor, not the sentence's.
#: Both marks are single word pieces of MiniLM's vocabulary.
TARGET_MARKS = ("« ", " »")


def marked_text(text: str, start: int, end: int) -> str:
    """``text`` with ``text[start:end]`` (an actor) between the target marks. The training
    script marks its corpora's targets through this same function."""
    return f"{text[:start]}{TARGET_MARKS[0]}{text[start:end]}{TARGET_MARKS[1]}{text[end:]}"


def models_folder() -> Path:
    return Path(str(resources.files("postlint").joinpath("models")))


@dataclass(frozen=True, slots=True)
class ScreenOutput:
    stance: tuple[float, ...]
    """Probabilities of ``STANCES``."""
    work_talk: float
    """Probability that the text talks about the author's own work, employer or a brand they
    have a connection with."""
    identifies: float
    """Probability that it says who the author is or what their connection is."""
    connection: str
    """The likeliest of ``CONNECTIONS`` for a disclosure in it."""


class SentenceScreen:
    """The sentence screen (see the module), from ``sentence-screen.npz``."""

    def __init__(self, folder: Path) -> None:
        import numpy as np
        from tokenizers import Tokenizer

        with np.load(folder / "sentence-screen.npz") as weights:
            w = {name: np.asarray(weights[name], dtype=np.float32) for name in weights.files}
        self._np = np
        self._embedding = w["embedding.weight"]
        # Convolutions as matrices over three neighbouring vectors (see _convolve).
        self._conv1 = (_as_matrix(w["conv1.weight"]), w["conv1.bias"])
        self._conv2 = (_as_matrix(w["conv2.weight"]), w["conv2.bias"])
        self._stance = (w["stance.weight"].T.copy(), w["stance.bias"])
        self._disclosure = (w["disclosure.weight"].T.copy(), w["disclosure.bias"])
        self._connection = (w["connection.weight"].T.copy(), w["connection.bias"])
        self._tokenizer = Tokenizer.from_file(str(folder / "sentence-screen-tokenizer.json"))
        self._tokenizer.no_padding()
        self._tokenizer.no_truncation()
        self._gap = np.zeros((2, self._embedding.shape[1]), dtype=np.float32)
        self._memo: Memo[str, ScreenOutput] = Memo(max_size=50_000)

    def __call__(self, texts: Sequence[str]) -> list[ScreenOutput]:
        known: dict[str, ScreenOutput | None] = {text: self._memo.peek(text) for text in texts}
        new = [text for text, output in known.items() if output is None]
        if new:
            with _one_blas_thread():
                for text, output in zip(new, self._batch(new), strict=True):
                    known[text] = self._memo.put(text, output)
        return [found for text in texts if (found := known[text]) is not None]

    def _batch(self, texts: list[str]) -> list[ScreenOutput]:
        """Every text in one pass: the texts' vectors end to end, two zero rows between
        them (a width-3 convolution then never mixes two texts), pooled text by text."""
        np = self._np
        pieces: list[Any] = []
        bounds: list[tuple[int, int]] = []
        position = 0
        for text in texts:
            ids = self._tokenizer.encode(model_text(text), add_special_tokens=False).ids
            vectors = self._embedding[ids[:MAX_TOKENS] or [0]]
            pieces.extend([vectors, self._gap])
            bounds.append((position, position + len(vectors)))
            position += len(vectors) + len(self._gap)
        x = np.concatenate(pieces)
        real = np.zeros((len(x), 1), dtype=np.float32)  # 1 on a text's rows, 0 on a gap's
        for start, end in bounds:
            real[start:end] = 1.0
        # Gap rows are zeroed after each layer too, as padding is zero when a text is alone.
        h = np.maximum(_convolve(np, x, *self._conv1), 0.0) * real
        h = (np.maximum(_convolve(np, h, *self._conv2), 0.0) + h) * real
        pooled = np.stack(
            [np.concatenate([h[start:end].max(0), h[start:end].mean(0)]) for start, end in bounds]
        )
        stance = pooled @ self._stance[0] + self._stance[1]
        stance = np.exp(stance - stance.max(1, keepdims=True))
        stance /= stance.sum(1, keepdims=True)
        disclosure = 1.0 / (1.0 + np.exp(-(pooled @ self._disclosure[0] + self._disclosure[1])))
        connection = (pooled @ self._connection[0] + self._connection[1]).argmax(1)
        return [
            ScreenOutput(tuple(map(float, s)), float(d[0]), float(d[1]), CONNECTIONS[int(c)])
            for s, d, c in zip(stance, disclosure, connection, strict=True)
        ]


def _as_matrix(weight: np.ndarray) -> np.ndarray:
    """A ``Conv1d`` weight (out, in, 3) as a matrix over three stacked neighbours (3*in, out)."""
    out_channels, in_channels, width = weight.shape
    return weight.transpose(2, 1, 0).reshape(width * in_channels, out_channels).copy()


def _convolve(np: Any, x: np.ndarray, matrix: np.ndarray, bias: np.ndarray) -> np.ndarray:
    """A width-3 convolution with zero padding, as one matrix product."""
    padded = np.pad(x, ((1, 1), (0, 0)))
    stacked = np.concatenate([padded[:-2], padded[1:-1], padded[2:]], axis=1)
    return stacked @ matrix + bias  # type: ignore[no-any-return]


class PoliticsJudge:
    """The political-risk judge (see the module), from ``politics-judge.onnx``."""

    def __init__(self, folder: Path) -> None:
        import numpy as np
        import onnxruntime
        from tokenizers import Tokenizer

        options = onnxruntime.SessionOptions()
        options.intra_op_num_threads = _threads()
        options.inter_op_num_threads = 1
        options.add_session_config_entry("session.intra_op.allow_spinning", "0")
        self._session = onnxruntime.InferenceSession(
            str(folder / "politics-judge.onnx"), options, providers=["CPUExecutionProvider"]
        )
        self._tokenizer = Tokenizer.from_str(_minilm_tokenizer_json())
        self._tokenizer.enable_truncation(MAX_TOKENS)
        self._tokenizer.no_padding()
        self._np = np
        self._memo: Memo[str, tuple[float, ...]] = Memo(max_size=50_000)

    def __call__(self, texts: Sequence[str]) -> list[tuple[float, ...]]:
        return [self._memo.get(text, partial(self._one, text)) for text in texts]

    def _one(self, text: str) -> tuple[float, ...]:
        # One sentence at a time: sentences batched together are padded to the longest, which
        # cost more than it saved (measured in benchmarks/README.md, "The political-risk model").
        np = self._np
        encoded = self._tokenizer.encode(model_text(text) or ".")
        feed = {
            "input_ids": np.array([encoded.ids], dtype=np.int64),
            "attention_mask": np.array([encoded.attention_mask], dtype=np.int64),
        }
        (probabilities,) = self._session.run(None, feed)
        return tuple(float(p) for p in probabilities[0])


_blas: Memo[str, Any] = Memo(max_size=1)


@contextlib.contextmanager
def _one_blas_thread() -> Iterator[None]:
    """One BLAS thread for the screen's small products: OpenBLAS hands a product this size
    to several threads and waits for them, which made a sentence 100 times slower when the
    other core was busy (benchmarks/README.md). For the screen's calls only: the process's
    own setting is left as it was."""
    from threadpoolctl import ThreadpoolController

    controller = _blas.get("controller", ThreadpoolController)
    with controller.limit(limits=1, user_api="blas"):
        yield


def _threads() -> int:
    configured = os.environ.get(THREADS_VARIABLE)
    if configured and configured.isdigit() and int(configured) > 0:
        return int(configured)
    return min(2, os.cpu_count() or 1)


def _minilm_tokenizer_json() -> str:
    import gzip

    data = resources.files("postlint").joinpath("data", "minilm_tokenizer.json.gz").read_bytes()
    return gzip.decompress(data).decode("utf-8")


_loaded: Memo[str, Any] = Memo(max_size=4)


def _checked(folder: Path, names: Sequence[str]) -> None:
    """The shipped files are the ones the manifest names (a clear error if the install is
    incomplete or a file was swapped)."""
    try:
        manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as error:
        raise PipelineError(f"postlint's models are missing or broken ({error})") from None
    for name in names:
        path = folder / name
        if not path.is_file() or manifest.get("files", {}).get(name) != _sha256(path):
            raise PipelineError(f"postlint's model file {name} is missing or not the one shipped")


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def sentence_screen() -> SentenceScreen:
    """The shipped sentence screen, loaded once per process."""

    def build() -> SentenceScreen:
        folder = models_folder()
        _checked(folder, ["sentence-screen.npz", "sentence-screen-tokenizer.json"])
        return SentenceScreen(folder)

    screen: SentenceScreen = _loaded.get("screen", build)
    return screen


def politics_judge() -> PoliticsJudge:
    """The shipped political-risk judge, loaded once per process."""

    def build() -> PoliticsJudge:
        folder = models_folder()
        _checked(folder, ["politics-judge.onnx"])
        return PoliticsJudge(folder)

    judge: PoliticsJudge = _loaded.get("judge", build)
    return judge


def job_talk_head() -> JobTalkHead:
    """The shipped job-talk head, loaded once per process."""

    def build() -> JobTalkHead:
        folder = models_folder()
        _checked(folder, [HEAD_FILE])
        return JobTalkHead(folder)

    head: JobTalkHead = _loaded.get("job-talk", build)
    return head
