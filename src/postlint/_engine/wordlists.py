"""Word lists of the rule pack (one word a line, ``#`` lines are comments), read once per
process: frequency lists, dictionaries, and spaCy's English lemma table."""

from __future__ import annotations

from pathlib import Path

from postlint._engine.memo import Memo

__all__ = ["inflected_forms", "ranked_words", "word_set"]

_ranked: Memo[Path, dict[str, int]] = Memo(max_size=4)
_sets: Memo[Path, frozenset[str]] = Memo(max_size=8)


def _words(path: Path) -> list[str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


def ranked_words(path: Path) -> dict[str, int]:
    """A frequency list (most frequent first): word to rank, 1 for the most frequent."""
    return _ranked.get(path, lambda: {w: rank for rank, w in enumerate(_words(path), start=1)})


def word_set(path: Path) -> frozenset[str]:
    """A list of words, lower-cased."""
    return _sets.get(path, lambda: frozenset(word.lower() for word in _words(path)))


def inflected_forms() -> dict[str, str]:
    """spaCy's English lemma lookup table (inflected forms as keys; ``in`` tests a word):
    the plain dict the blank pipeline's lemmas read, loaded once per process, rather than a
    spaCy ``Lookups`` table of its own (a sixth of a second to build)."""
    from postlint._engine.pipeline import lemma_table

    return lemma_table()
