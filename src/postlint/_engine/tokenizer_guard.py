"""A guard around spaCy's tokenizer against long runs of characters without a space.

spaCy strips prefixes and suffixes off a whitespace-free run one at a time, copying the rest
of the run each time, and caches only whole runs: a run of punctuation, brackets or emoji
costs time quadratic in its length (measured: 8,000 "😀" or "#" took 9 to 17 s, 50,000 ">"
never finished). A pasted draft can hold such a run, and an editor must not freeze on it.

Runs longer than ``MAX_RUN`` characters are tokenized in pieces of at most that length, glued
without spaces, so the Doc's text, and so every offset, is exactly the draft's. Nothing a rule
looks for is that long without a space; only a word straddling a piece boundary inside such a
run is split.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["DOC_TEXT_KEY", "MAX_RUN", "BoundedRunTokenizer"]

#: ``doc.user_data`` key of the text the Doc was made from (``Doc.text`` builds it again
#: from a Token per token): the lexicon component rules patterns out by it.
DOC_TEXT_KEY = "postlint.text"

#: Longest whitespace-free run handed to spaCy's tokenizer in one piece. Time grows with it
#: (100,000 emoji: 3.7 s at 100, 10.6 s at 300); most shared links are shorter.
MAX_RUN = 128
_LONG_RUN = re.compile(rf"\S{{{MAX_RUN + 1},}}")


class BoundedRunTokenizer:
    """Wraps a spaCy tokenizer (``nlp.tokenizer = BoundedRunTokenizer(nlp.tokenizer)``)."""

    def __init__(self, tokenizer: Any) -> None:
        self.tokenizer = tokenizer
        self.vocab = tokenizer.vocab

    def __call__(self, text: str) -> Doc:
        if len(text) <= MAX_RUN or _LONG_RUN.search(text) is None:
            doc: Doc = self.tokenizer(text)
            doc.user_data[DOC_TEXT_KEY] = text
            return doc
        from spacy.tokens import Doc

        words: list[str] = []
        spaces: list[bool] = []
        done = 0
        for run in _LONG_RUN.finditer(text):
            self._add(text[done : run.start()], words, spaces)
            for start in range(run.start(), run.end(), MAX_RUN):
                self._add(text[start : min(start + MAX_RUN, run.end())], words, spaces)
            done = run.end()
        self._add(text[done:], words, spaces)
        pieced = Doc(self.vocab, words=words, spaces=spaces)
        pieced.user_data[DOC_TEXT_KEY] = text
        return pieced

    def _add(self, segment: str, words: list[str], spaces: list[bool]) -> None:
        if segment:
            for token in self.tokenizer(segment):
                words.append(token.text)
                spaces.append(bool(token.whitespace_))

    def pipe(self, texts: Iterable[str], batch_size: int = 1000) -> Iterator[Doc]:
        for text in texts:
            yield self(text)

    def __getattr__(self, name: str) -> Any:
        # Everything else (rules, special cases, serialisation) is the wrapped tokenizer's.
        return getattr(self.tokenizer, name)
