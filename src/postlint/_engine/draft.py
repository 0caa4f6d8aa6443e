"""Draft: one text under analysis, with the analyses several rules share, computed once."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from functools import cached_property
from typing import TYPE_CHECKING, Any, TypeVar

from postlint._engine.normalize import NormalizedText
from postlint._engine.pipeline import LEXICON_SPANS_KEY

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from postlint._config import Config
    from postlint._engine.token_patterns import Columns
    from postlint._markup import PreparedText
    from postlint._pack import RulePack

__all__ = ["Draft"]

_Shared = TypeVar("_Shared")
_Key = TypeVar("_Key")

# Quotations are someone else's words: rules about the author's own stance skip them.
_QUOTATION = re.compile(
    r"“[^“”\n]{1,600}”"  # curly double quotes
    r"|(?<![\w\"])\"[^\"\n]{1,600}\"(?![\w\"])"  # straight double quotes
    r"|(?<![\w‘’])‘[^‘’\n]{1,600}’(?!\w)"  # curly single quotes, not apostrophes
    r"|«[^«»\n]{1,600}»"
    r"|^[ \t]*>[^\n]*",  # Markdown block quotes
    re.MULTILINE,
)
#: A character each alternative of ``_QUOTATION`` needs.
_QUOTATION_MARKS = ("“", '"', "‘", "«", ">")


class Draft:
    """The text, its spaCy Doc, the config, and shared analyses (lazily computed)."""

    def __init__(
        self,
        text: str,
        doc: Doc,
        config: Config,
        pack: RulePack,
        markup: PreparedText | None = None,
        normalized: NormalizedText | None = None,
    ) -> None:
        self.text = text
        self.doc = doc
        self.config = config
        self.pack = pack
        self.markup = markup
        """How the draft was prepared (``postlint._markup``): the original text, quoted and
        hidden ranges, URLs, suppression directives, all at offsets of the draft as written.
        ``text`` is ``markup.text`` with its disguises undone (see ``normalized``)."""
        self.normalized = normalized or NormalizedText(text)
        """Where each character of ``text`` is in the draft as written, and which words were
        disguised (``postlint._engine.normalize``)."""
        self._shared: dict[Callable[..., Any], Any] = {}

    def shared(self, build: Callable[[Draft], _Shared]) -> _Shared:
        """``build(self)``, worked out once per draft whichever rule asks first: the one
        place for an analysis several rules read (a family's statements, its spans)."""
        if build in self._shared:
            return self._shared[build]  # type: ignore[no-any-return]
        value = self._shared[build] = build(self)
        return value

    def shared_for(self, build: Callable[[Draft, _Key], _Shared], key: _Key) -> _Shared:
        """``build(self, key)``, worked out once per draft and key whichever rule asks first:
        a reading of one actor several rules ask for (its side in a contest)."""
        read: dict[_Key, _Shared] = self._shared.setdefault(build, {})
        if key not in read:
            read[key] = build(self, key)
        return read[key]

    def from_original(self, offset: int) -> int:
        """The offset in ``text`` of what is at ``offset`` in the draft as written (the
        markup's ranges and directives are given at those)."""
        return self.normalized.from_original(offset)

    def opening(self, line: str) -> tuple[int, str]:
        """Where a line that opens the post goes (after front matter and, in Markdown, a
        leading heading), as an offset in ``text``, and the text to insert there."""
        from postlint._markup import line_break_of, opening_insertion

        written = self.markup.original if self.markup is not None else self.text
        markup = self.markup.markup if self.markup is not None else "plain"
        offset, inserted = opening_insertion(written, markup, line, line_break_of(written))
        return self.from_original(offset), inserted

    def disguise_in(self, start: int, end: int) -> str | None:
        """How the words in ``text[start:end]`` were disguised in the draft, if they were
        ("an invisible character", "look-alike letters from another alphabet", ...)."""
        return self.normalized.disguise_in(start, end)

    def release(self) -> None:
        """Drop the shared analyses once the draft is checked: they hold the draft and its
        Doc, and would otherwise wait for the cycle collector."""
        self._shared.clear()

    # Cached: ``Doc.has_annotation`` scans every token when the answer is no (the blank
    # path), and rules ask once per sentence, which made long drafts quadratic.
    @cached_property
    def has_parse(self) -> bool:
        """Whether a trained parser annotated the Doc (dependency labels available)."""
        return bool(self.doc.has_annotation("DEP"))

    @cached_property
    def has_entities(self) -> bool:
        return bool(self.doc.has_annotation("ENT_IOB"))

    # Per-token strings, read once per draft from the Doc's arrays: iterating the Doc makes
    # a new Token object per token on every pass, and several rules each made that pass.
    @cached_property
    def lowers(self) -> list[str]:
        """``token.lower_`` of every token, in order."""
        return _strings(self._keys[1], self.doc)

    @cached_property
    def lemmas(self) -> list[str]:
        """``token.lemma_`` of every token, in order (``""`` where no lemma is set)."""
        return _strings(self._keys[2], self.doc)

    @cached_property
    def texts(self) -> list[str]:
        """``token.text`` of every token, in order."""
        return _strings(self._keys[0], self.doc)

    @cached_property
    def _keys(self) -> tuple[list[int], list[int], list[int]]:
        """ORTH, LOWER and LEMMA of every token (string hashes), read in one ``to_array``:
        each call costs about as much as reading a 50-token Doc."""
        from spacy.attrs import LEMMA, LOWER, ORTH

        if not len(self.doc):
            return [], [], []
        orth, lower, lemma = self.doc.to_array([ORTH, LOWER, LEMMA]).T.tolist()
        return orth, lower, lemma

    @cached_property
    def columns(self) -> Columns:
        """The Doc's attribute arrays, read once and shared by the rules' token patterns."""
        from spacy.attrs import LEMMA, LOWER, ORTH

        from postlint._engine.token_patterns import Columns

        columns = Columns(self.doc, self.text)
        columns[ORTH], columns[LOWER], columns[LEMMA] = self._keys
        return columns

    @cached_property
    def sentences(self) -> list[Span]:
        return list(self.doc.sents)

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [sentence.start for sentence in self.sentences]

    def sentence_of(self, token_index: int) -> Span:
        """The sentence holding the token. Use it rather than ``Span.sent``, which scans the
        Doc on every call: per span, that made long drafts quadratic (tests/test_limits.py)."""
        index = bisect.bisect_right(self._sentence_starts, token_index) - 1
        return self.sentences[max(index, 0)]

    @cached_property
    def lexicon_spans(self) -> list[Span]:
        """Spans the lexicon rulers marked, in text order (labels such as PARTY, LEADER)."""
        spans = self.doc.spans.get(LEXICON_SPANS_KEY, [])
        return sorted(spans, key=lambda span: (span.start_char, -span.end_char))

    @cached_property
    def _lexicon_labels(self) -> list[str]:
        """``label_`` of each of ``lexicon_spans``, read once (each read is a look-up)."""
        return [span.label_ for span in self.lexicon_spans]

    def spans_labelled(self, *labels: str) -> list[Span]:
        wanted = set(labels)
        return [
            span
            for span, label in zip(self.lexicon_spans, self._lexicon_labels, strict=True)
            if label in wanted
        ]

    @cached_property
    def _quotations(self) -> tuple[list[int], list[int]]:
        text = self.text
        # Every kind of quotation needs one of these characters; most drafts hold none, and
        # finditer would try each alternative at every character to find that out.
        ranges = (
            [(match.start(), match.end()) for match in _QUOTATION.finditer(text)]
            if any(mark in text for mark in _QUOTATION_MARKS)
            else []
        )
        if self.markup is not None:  # block quotes, attributed quotes found by the markup
            ranges.extend(
                (self.from_original(start), self.from_original(end))
                for start, end in self.markup.quoted
            )
        starts: list[int] = []
        ends: list[int] = []
        for start, end in sorted(ranges):  # merged, so that one bisect finds the container
            if ends and start <= ends[-1]:
                ends[-1] = max(ends[-1], end)
            else:
                starts.append(start)
                ends.append(end)
        return starts, ends

    def quotations(self) -> list[tuple[int, int]]:
        """Character ranges of quoted words (quotation marks, block quotes)."""
        starts, ends = self._quotations
        return list(zip(starts, ends, strict=True))

    def is_quoted(self, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` lies inside a quotation."""
        starts, ends = self._quotations
        index = bisect.bisect_right(starts, start) - 1
        return index >= 0 and ends[index] >= end

    def overlaps_quotation(self, start: int, end: int) -> bool:
        """Whether any quotation overlaps ``text[start:end]`` (quotations are sorted and
        do not nest)."""
        starts, ends = self._quotations
        index = bisect.bisect_left(starts, end) - 1
        return index >= 0 and ends[index] > start


# String hashes -> strings, for every Doc of the process: a hash names the same string in
# every spaCy vocabulary, and a dictionary look-up is several times cheaper than spaCy's
# StringStore. Bounded, since a long-running server meets ever new words.
_TEXT_OF: dict[int, str] = {}
_MAX_CACHED_STRINGS = 500_000


def _strings(keys: list[int], doc: Doc) -> list[str]:
    """The strings of ``keys`` (hashes from ``doc``'s vocabulary)."""
    try:
        return list(map(_TEXT_OF.__getitem__, keys))
    except KeyError:
        if len(_TEXT_OF) > _MAX_CACHED_STRINGS:
            _TEXT_OF.clear()
        strings = doc.vocab.strings
        # Built here, not read back from the cache: another thread may clear it meanwhile.
        found: list[str] = []
        for key in keys:
            text = _TEXT_OF.get(key)
            if text is None:
                text = _TEXT_OF[key] = strings[key]
            found.append(text)
        return found
