"""Print ``rules/platform/words/common-words.txt`` afresh from spacy-lookups-data:

python tools/build_common_words.py > rules/platform/words/common-words.txt
"""

from __future__ import annotations


def _print_common_words(count: int = 40_000) -> None:
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
# Regenerate: python tools/build_common_words.py > rules/platform/words/common-words.txt
"""


if __name__ == "__main__":  # pragma: no cover
    _print_common_words()
