"""Build ``idf_en.tsv.gz``, the term weights of postlint's remit similarity (a build step).

    pip install wordfreq==3.1.1
    python tools/build_idf.py

Weights are inverse Zipf frequencies (``8 - zipf``) of the most frequent English words in
the ``wordfreq`` package (data: CC BY-SA 4.0, Robyn Speer and contributors; see
``IDF_LICENCE.md``). Only lower-case alphabetic words are kept; a word missing from the table
is rarer than any word in it. The table is derived from public word frequencies, never from
the evaluation data.
"""

from __future__ import annotations

import gzip
import importlib
import re
from pathlib import Path
from typing import Any

__all__ = ["TABLE_PATH", "build"]

TABLE_PATH = Path(__file__).with_name("idf_en.tsv.gz")
_WORD = re.compile(r"[a-z]+")
_WORDS = 60_000


def build(path: Path = TABLE_PATH, words: int = _WORDS) -> int:
    """Write the table; returns the number of words in it."""
    # A build-time tool, not a dependency of postlint: imported by name on purpose.
    wordfreq: Any = importlib.import_module("wordfreq")

    rows: list[str] = []
    for word in wordfreq.top_n_list("en", words):
        if _WORD.fullmatch(word):
            zipf = wordfreq.zipf_frequency(word, "en")
            rows.append(f"{word}\t{zipf:.2f}")
    # mtime=0: the same wordfreq release always builds a byte-identical file.
    with path.open("wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as handle:
        handle.write(("\n".join(rows) + "\n").encode("utf-8"))
    return len(rows)


if __name__ == "__main__":
    print(f"{build()} words written to {TABLE_PATH}")
