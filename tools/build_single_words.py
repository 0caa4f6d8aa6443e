"""Build ``rules/platform/words/single-words.txt``: the English words (and names) of 8 letters
or more that are ONE word, from the Hunspell dictionaries of the npm packages
``dictionary-en`` and ``dictionary-en-gb`` (wooorm/dictionaries, SCOWL-based, MIT AND BSD).

``platform.run-together-hashtag`` leaves a hashtag alone when it is one of these
(``#heatwave``, ``#floodplain``, ``#Northampton``): a single word is not run together.

    cd /tmp && npm pack dictionary-en@4.0.0 dictionary-en-gb@3.0.0
    python tools/build_single_words.py /tmp/dictionary-en-4.0.0.tgz \\
        /tmp/dictionary-en-gb-3.0.0.tgz > rules/platform/words/single-words.txt
"""

from __future__ import annotations

import sys
import tarfile

MIN_LETTERS = 8
HEADER = """\
# English words and names of {min} letters or more that are one word (compounds such as
# heatwave, floodplain, wastewater; places such as Northampton), lower-cased, with plurals.
# From the Hunspell dictionaries dictionary-en 4.0.0 and dictionary-en-gb 3.0.0 (npm;
# wooorm/dictionaries, derived from SCOWL; licence MIT AND BSD, see the packages).
# Used by platform.run-together-hashtag: a hashtag that is one of these is not run together.
# Regenerate: tools/build_single_words.py (see its docstring).
"""


def words_of(archive: str) -> set[str]:
    with tarfile.open(archive) as tar:
        member = tar.extractfile("package/index.dic")
        assert member is not None
        lines = member.read().decode("utf-8").splitlines()[1:]  # the first line is a count
    found: set[str] = set()
    for line in lines:
        root, _, flags = line.partition("/")
        if not root.isalpha() or not root.isascii():
            continue
        forms = {root}
        if "S" in flags:  # the plural flag
            forms.add(root + ("es" if root.endswith(("s", "x", "z", "ch", "sh")) else "s"))
        found.update(form.lower() for form in forms if len(form) >= MIN_LETTERS)
    return found


def main(archives: list[str]) -> None:
    words: set[str] = set()
    for archive in archives:
        words |= words_of(archive)
    print(HEADER.format(min=MIN_LETTERS), end="")
    print("\n".join(sorted(words)))


if __name__ == "__main__":
    main(sys.argv[1:])
