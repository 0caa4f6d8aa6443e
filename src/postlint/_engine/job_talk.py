"""The job-talk head: how likely a post is its author's talk about their own job.

MiniLM's cosine between a post and "<role> at <organisation>" says whether the two share a
topic, not whether the post is the author at work: "I have checked 212 prescriptions today
and found one that would have floored someone" is 0.33 from "pharmacist at Northgate
Hospitals NHS Trust" by cosine, under the bar a first-person post must clear, and plainly a
pharmacist's day (the head: 0.54). The head is a logistic regression over the same two
MiniLM vectors (the job's and the post's opening), trained on pairs the project wrote
(``training/disclosure/pairs``: a post with its author's role and employer, labelled whether
it is about that job; the same post beside an unrelated job, labelled not), so it learns
which posts are a given job's, not which share its words. It costs no more than the cosine:
the two vectors are the ones the cosine read, and the head is one product of 1,153 numbers.

``opening`` and ``features`` are what ``training/train.py`` trains with too.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from spacy.lang.en.stop_words import STOP_WORDS

from postlint._engine.semantic import load_embedder

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

    Vector = npt.NDArray[np.float32]

__all__ = ["OPENING_WORDS", "JobTalkHead", "JobTalkReading", "features", "job_text", "opening"]

#: MiniLM reads this many first words of substance of the post (stop words and links left
#: out): the topic is set by then, and one check's budget (15 ms at p95 for a 60-word post)
#: leaves room for about this many (about 5 ms; twelve cost one more on the budget's post;
#: benchmarks/README.md, "Words of substance for MiniLM"). Ten words with their stop words
#: spent half the reading on "I", "the", "to".
OPENING_WORDS = 10
HEAD_FILE = "job-talk-head.npz"


def job_text(role: str, organisation: str) -> str:
    """What MiniLM reads of the author's job."""
    return f"{role} at {organisation}"


def opening(text: str) -> str:
    """The first words of substance of ``text`` (stop words and links left out), or its first
    words when it has none."""
    words = [
        word
        for word in text.split()
        if not word.lower().startswith(("http://", "https://", "www."))
        and "".join(c for c in word.lower() if c.isalnum() or c == "_") not in STOP_WORDS
    ]
    return " ".join(words[:OPENING_WORDS]) or " ".join(text.split()[:OPENING_WORDS])


def features(job: Vector, post: Vector) -> Vector:
    """What the head reads of two unit-length MiniLM vectors (rows of two matrices, or one
    vector each): the post, its product with the job, their distance and their cosine, side
    by side. Not the job alone: it would learn how often each job talks shop in the pairs, not
    what this post says (with authors held out, AUC 0.810 without it, 0.800 with it)."""
    import numpy as np

    product = job * post
    cosine = product.sum(axis=-1, keepdims=True)
    result: Vector = np.concatenate([post, product, np.abs(job - post), cosine], axis=-1)
    return result


@dataclass(frozen=True, slots=True)
class JobTalkReading:
    cosine: float
    """MiniLM's cosine between the job and the post's opening: do they share a topic."""
    probability: float
    """The head's probability that the post is its author's talk about that job."""


class JobTalkHead:
    """The shipped head (``job-talk-head.npz``: ``weight``, ``bias``)."""

    def __init__(self, folder: Path) -> None:
        import numpy as np

        with np.load(folder / HEAD_FILE) as weights:
            self._weight = np.asarray(weights["weight"], dtype=np.float32)
            self._bias = float(weights["bias"])

    def read(self, role: str, organisation: str, text: str) -> JobTalkReading:
        """How near ``text`` is to the job of ``role`` at ``organisation``, and how likely it
        is its author's talk about that job."""
        job, post = load_embedder().embed([job_text(role, organisation), opening(text)])
        logit = float(features(job, post) @ self._weight) + self._bias
        return JobTalkReading(float(job @ post), 1.0 / (1.0 + math.exp(-logit)))
