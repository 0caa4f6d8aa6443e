"""The English word-frequency list ``platform.run-together-hashtag`` splits hashtags with.

Running this module prints the list afresh from spacy-lookups-data:
``python -m postlint._rules.platform.common_words > rules/platform/words/common-words.txt``.
"""

from __future__ import annotations

from pathlib import Path

from postlint._engine.memo import Memo

__all__ = ["common_words", "inflected_forms", "word_list"]

_lists: Memo[Path, dict[str, int]] = Memo(max_size=4)


def common_words(path: Path) -> dict[str, int]:
    """The frequency word list (most frequent first, ``#`` lines are comments): word to
    rank, 1 for the most frequent."""

    def read() -> dict[str, int]:
        lines = path.read_text(encoding="utf-8").splitlines()
        words = [line.strip() for line in lines if line.strip() and not line.startswith("#")]
        return {word: rank for rank, word in enumerate(words, start=1)}

    return _lists.get(path, read)


_sets: Memo[Path, frozenset[str]] = Memo(max_size=8)


def word_list(path: Path) -> frozenset[str]:
    """A list of words, one a line, lower-cased (``#`` lines are comments); read once."""

    def read() -> frozenset[str]:
        lines = path.read_text(encoding="utf-8").splitlines()
        return frozenset(
            line.strip().lower() for line in lines if line.strip() and not line.startswith("#")
        )

    return _sets.get(path, read)


def inflected_forms() -> dict[str, str]:
    """spaCy's English lemma lookup table (inflected forms as keys; ``in`` tests a word):
    the plain dict the blank pipeline's lemmas read, loaded once per process, rather than a
    spaCy ``Lookups`` table of its own (a sixth of a second to build)."""
    from postlint._engine.pipeline import lemma_table

    return lemma_table()


def _print_common_words(count: int = 40_000) -> None:  # pragma: no cover - a data generator
    import gzip
    import json
    from importlib import resources

    data = resources.files("spacy_lookups_data").joinpath("data/en_lexeme_prob.json.gz")
    probabilities: dict[str, float] = json.loads(gzip.decompress(data.read_bytes()))
    ranked = sorted(
        (
            (probability, word)
            for word, probability in probabilities.items()
            if word.isalpha() and word.islower() and word.isascii() and len(word) >= 2
        ),
        reverse=True,
    )
    print(_WORDS_HEADER.format(count=count), end="")
    print("\n".join(word for _, word in ranked[:count]))


_WORDS_HEADER = """\
# The {count:,} most frequent lower-case English words (ASCII letters, 2+ letters), by the
# en lexeme_prob table of spacy-lookups-data 1.0.5 (MIT licence), one a line, most frequent first.
# Used by platform.run-together-hashtag to split #civilservicejobs into words.
# Regenerate:
#   python -m postlint._rules.platform.common_words > rules/platform/words/common-words.txt
"""


if __name__ == "__main__":  # pragma: no cover
    _print_common_words()
