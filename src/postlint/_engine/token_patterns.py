"""Token patterns in spaCy's Matcher syntax, matched without spaCy's Matcher.

spaCy's Matcher walks every token of the Doc for every call, makes a Python ``Token`` for
each, and runs each ``IN`` or ``REGEX`` test as a Python call: for postlint's few dozen
patterns that was a third of the time a draft took (17,720 Matcher calls over the 3,410
evaluation texts, most of them on a few tokens). Here a pattern is compiled once into
steps of plain comparisons on the Doc's attribute arrays (``Doc.to_array``, read once per
Doc and attribute), and it is tried only where it can start:

- *anchored*: one step the pattern cannot skip names its words (``{"LOWER": "work"}``,
  ``{"ORTH": {"IN": [...]}}``) and the steps before it consume a bounded number of tokens, so
  every match starts that many tokens before an occurrence of one of those words;
- otherwise at every token (a pattern made only of flags or regular expressions).

Given the Doc's text (``Columns(doc, text)``), a matcher first rules out what the text
alone rules out, before reading any array: a column's anchor words when none of them is in
the lower-cased text, and a pattern one of whose steps tests a regular expression on the
token text that finds nothing in the whole text (``^#?HB[0-9]+$`` less its ``^`` and ``$``).

Regular expressions run with a time budget (the ``regex`` package, which takes a timeout):
a rule pack is data a user may have copied from anywhere, and a shape the static checks of
``postlint._pack.safe_patterns`` miss must not hang an editor. A matcher call that runs out
of its budget raises :class:`PatternTimeoutError` naming the pattern; the Linter skips that
rule for that draft and says so in ``Report.warnings``.

The matches are spaCy's: every ``(key, start, end)`` for which the tokens ``start:end``
match the pattern, non-empty, each once (spaCy's ``Matcher`` without ``greedy``), as
``tests/test_token_patterns.py`` checks against spaCy on random patterns and texts. What the
compiler does not know (extension attributes, ``FUZZY``, ``MORPH``, set operators other than
``IN``/``NOT_IN``, an operator or value spaCy's schema would refuse) goes to a spaCy
``Matcher``, with spaCy's validation and error messages.
"""

from __future__ import annotations

import functools
import re
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass

# The parser ``re`` itself uses (public as sre_parse before Python 3.11).
from re import _constants as sre_constants  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import TYPE_CHECKING, Any

import regex as regex_engine

if TYPE_CHECKING:
    from spacy.matcher import Matcher
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

__all__ = [
    "REGEX_BUDGET_SECONDS",
    "Columns",
    "Match",
    "PatternTimeoutError",
    "TokenPattern",
    "TokenPatternMatcher",
]

#: All the regular-expression work of one matcher call on one draft (the built-in patterns
#: need a few milliseconds on the longest draft the limits allow).
REGEX_BUDGET_SECONDS = 1.0
#: A text filter only saves work: when it runs out of this, the pattern is tried anyway.
_TEXT_FILTER_BUDGET_SECONDS = 0.05


class PatternTimeoutError(Exception):
    """A pattern's regular expression ran out of the time budget on a draft."""

    def __init__(self, pattern: str) -> None:
        super().__init__(f"the regular expression {pattern!r} ran out of time")
        self.pattern = pattern


class _Deadline(threading.local):
    """When the current matcher call's budget ends (per thread; ``None``: no call)."""

    at: float | None = None


_deadline = _Deadline()


class _TimedRegex:
    """A compiled regular expression that stops at the current deadline.

    Compiled by ``re`` too, for what the compiler reads of it (its parse, its flags), and by
    the ``regex`` package, in its ``re``-compatible mode, to match with a timeout."""

    __slots__ = ("_compiled", "flags", "pattern")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        checked = re.compile(pattern, flags)
        self.pattern = pattern
        self.flags = checked.flags
        self._compiled = regex_engine.compile(pattern, flags | regex_engine.VERSION0)

    def search(self, text: str, budget: float | None = None) -> Any:
        now = time.monotonic()
        ends = _deadline.at if _deadline.at is not None else now + REGEX_BUDGET_SECONDS
        if budget is not None:
            ends = min(ends, now + budget)
        try:
            return self._compiled.search(text, timeout=max(ends - now, 0.000_001))
        except TimeoutError:
            raise PatternTimeoutError(self.pattern) from None


Match = tuple[int, int, int]
"""(key hash, first token, end token), as spaCy's Matcher returns them."""
TokenPattern = list[dict[str, Any]]

# Attributes whose values are strings (stored as hashes); REGEX reads their text.
_STRING_ATTRS = frozenset(
    {"ORTH", "LOWER", "NORM", "SHAPE", "PREFIX", "SUFFIX", "LEMMA", "POS", "TAG", "DEP", "ENT_TYPE"}
)
# Lexeme flags: a bool in a pattern, 0 or 1 in the Doc's arrays.
_FLAG_ATTRS = frozenset(
    {
        "IS_ALPHA",
        "IS_ASCII",
        "IS_DIGIT",
        "IS_LOWER",
        "IS_UPPER",
        "IS_TITLE",
        "IS_PUNCT",
        "IS_SPACE",
        "IS_STOP",
        "IS_BRACKET",
        "IS_QUOTE",
        "IS_LEFT_PUNCT",
        "IS_RIGHT_PUNCT",
        "IS_CURRENCY",
        "LIKE_NUM",
        "LIKE_URL",
        "LIKE_EMAIL",
    }
)
# The one integer attribute; comparisons (">=", ...) are only compiled for it.
_NUMBER_ATTRS = frozenset({"LENGTH"})
# Lexeme attributes: fixed by a token's text, whatever the pipeline sets later.
_LEXICAL_ATTRS = _FLAG_ATTRS | _NUMBER_ATTRS | {"ORTH", "LOWER", "SHAPE", "PREFIX", "SUFFIX"}
#: Most anchor words of one column looked for in the text before reading the column: each
#: is a substring search of the lower-cased text, and past a few dozen the column is cheaper.
_MOST_ANCHOR_WORDS_SEARCHED = 40
#: Most answers a step remembers (see ``_Step.memo``).
_MEMO_SIZE = 50_000
_COMPARISONS = ("==", "!=", ">=", "<=", ">", "<")
# The repeat operators spaCy's pattern schema accepts: {n}, {n,}, {n,m}, {,m}.
_RANGE = re.compile(r"^\{(\d+)\}$|^\{(\d+),(\d*)\}$|^\{(\d*),(\d+)\}$")

# Parsed regular expression nodes that match characters and look at nothing else.
_CONTEXT_FREE_LEAVES = frozenset(
    {sre_constants.LITERAL, sre_constants.NOT_LITERAL, sre_constants.IN, sre_constants.ANY}
)
_REPEATS = frozenset(
    op
    for op in (
        sre_constants.MAX_REPEAT,
        sre_constants.MIN_REPEAT,
        getattr(sre_constants, "POSSESSIVE_REPEAT", None),
    )
    if op is not None
)
_ATOMIC = getattr(sre_constants, "ATOMIC_GROUP", None)

# Kinds of test a step makes on one attribute of a token.
_EQUALS, _IN, _NOT_IN, _REGEX = 0, 1, 2, 3
_COMPARE = {op: index for index, op in enumerate(_COMPARISONS, start=4)}
#: Stands for spaCy's IS_SENT_START: 1 where a sentence starts, else 0 (as the Matcher reads it).
_SENTENCE_START = -1


@functools.cache
def _spacy_attrs() -> Any:
    """``spacy.attrs``, imported when first needed: importing this module must not import
    spaCy (``postlint --help`` would take a second)."""
    import spacy.attrs

    return spacy.attrs


class _UnsupportedPatternError(Exception):
    """A pattern this compiler leaves to spaCy's Matcher."""


Check = tuple[int, int, Any]
"""(attribute id, kind of test, value or values)."""


class _TextMemo:
    """Which token texts (ORTH hashes) pass a step's tests, remembered: for a step whose
    tests are costly (a regular expression) and read only what a token's text decides
    (lexeme attributes). A Doc's distinct texts are checked against it as sets, in C."""

    __slots__ = ("_lock", "known", "passing")

    def __init__(self) -> None:
        self.known: set[int] = set()
        self.passing: set[int] = set()
        # A Linter may be shared between threads: a clear must not meet another's update.
        self._lock = threading.Lock()

    def learn(self, checks: tuple[Check, ...], columns: Columns) -> set[int]:
        """The Doc's token texts that pass, testing only texts not seen before."""
        texts = columns.unique(_spacy_attrs().ORTH)
        with self._lock:
            new = set(texts - self.known)
            if new:
                if len(self.known) + len(new) > _MEMO_SIZE:
                    self.known.clear()  # a long-running server sees an unbounded vocabulary
                    self.passing.clear()
                    new = set(texts)
                orths = columns.orths()
                for index, orth in enumerate(orths):
                    if orth in new:
                        new.discard(orth)
                        if _holds(checks, columns, index):
                            self.passing.add(orth)
                self.known.update(texts)
            return self.passing & texts


@dataclass(frozen=True, slots=True, eq=False)  # hashed by identity: it holds a memo
class _Step:
    checks: tuple[Check, ...]
    negated: bool
    """spaCy's ``!``: exactly one token that does not match."""
    least: int
    most: int | None
    """``None``: no upper bound (``*``, ``+``, ``{n,}``)."""
    memo: _TextMemo | None

    def holds(self, columns: Columns, index: int) -> bool:
        """Whether the token at ``index`` meets the step's tests (before ``negated``)."""
        if self.memo is None:
            return _holds(self.checks, columns, index)
        return columns.orths()[index] in self.memo.learn(self.checks, columns)

    def places(self, columns: Columns) -> set[int]:
        """Every index whose token meets the step's tests (before ``negated``)."""
        if self.memo is None:
            return {index for index in range(len(columns.orths())) if self.holds(columns, index)}
        passing = self.memo.learn(self.checks, columns)
        if not passing:
            return set()
        return {index for index, orth in enumerate(columns.orths()) if orth in passing}


@dataclass(frozen=True, slots=True, eq=False)  # hashed by identity, as a dict key
class _Compiled:
    key: int
    steps: tuple[_Step, ...]
    anchor_attr: int
    """The column the anchor words are looked up in (LOWER, or LEMMA)."""
    anchor: frozenset[int] | None
    """Values (hashes) of ``anchor_attr`` one of which a token at ``start + offset`` has."""
    offsets: range
    """How many tokens the steps before the anchor step may consume."""
    required: tuple[frozenset[int], ...]
    """Per step that cannot be skipped and names its words: the lower-case forms one of
    which the Doc must hold for the pattern to match at all."""
    anchor_words: frozenset[str]
    """The anchor's words as strings, when ``anchor_attr`` is LOWER (else empty)."""
    text_filters: tuple[_TimedRegex, ...]
    """Per step that cannot be skipped and tests its text with a regular expression: one
    that finds something in any text holding a token that passes (``_substring_filter``)."""


class Columns(dict[int, list[Any]]):
    """A Doc's attribute arrays as Python lists, each read once when first asked for.

    Pass one ``Columns`` to several matchers to share the reads; it must not outlive a change
    to the Doc (a pipeline component setting lemmas, say).
    """

    def __init__(self, doc: Doc, text: str | None = None) -> None:
        super().__init__()
        self.doc = doc
        self.text = text
        """The Doc's text when the caller has it at hand (``Doc.text`` costs a Token per
        token to build): lets a matcher rule patterns out before reading any array."""
        self.strings = doc.vocab.strings
        self._unique: dict[int, frozenset[Any]] = {}
        self._lowered: str | None = None

    def lowered(self) -> str | None:
        """The text lower-cased, when it is known and ``str.lower`` maps it one character at
        a time: then every token's LOWER (``str.lower`` of its text) is in it. CPython lowers
        each character alone but for the capital sigma, which becomes a final sigma by its
        neighbours; a text holding one gets None."""
        if self._lowered is None and self.text is not None and "\u03a3" not in self.text:
            self._lowered = self.text.lower()
        return self._lowered

    def unique(self, attr: int) -> frozenset[Any]:
        """The distinct values of a column."""
        values = self._unique.get(attr)
        if values is None:
            values = self._unique[attr] = frozenset(self[attr])
        return values

    def __missing__(self, attr: int) -> list[Any]:
        if attr == _SENTENCE_START:
            starts = self.doc.to_array(_spacy_attrs().SENT_START).tolist()
            column = [1 if value == 1 else 0 for value in starts]
        else:
            column = self.doc.to_array(attr).tolist()
        self[attr] = column
        return column

    def orths(self) -> list[int]:
        return self[_spacy_attrs().ORTH]


class TokenPatternMatcher:
    """Adds patterns under keys like ``spacy.matcher.Matcher`` and returns the same matches,
    sorted, without duplicates."""

    def __init__(self, vocab: Vocab, *, validate: bool = True) -> None:
        self._vocab = vocab
        self._validate = validate
        # anchor column -> value (hash) -> patterns anchored on it, with their offsets
        self._anchored: dict[int, dict[int, list[tuple[_Compiled, range]]]] = {}
        # anchor column -> every anchor word as a string, while all are known and few
        self._anchor_words: dict[int, set[str] | None] = {}
        self._everywhere: list[_Compiled] = []
        self._fallback: Matcher | None = None
        self._count = 0

    def __len__(self) -> int:
        return self._count

    @property
    def uses_fallback(self) -> bool:
        """Whether some pattern went to spaCy's Matcher (for tests and benchmarks)."""
        return self._fallback is not None

    def add(self, key: str, pattern: TokenPattern) -> None:
        try:
            compiled = _compile(self._vocab, self._vocab.strings.add(key), pattern)
        except _UnsupportedPatternError:
            if self._fallback is None:
                from spacy.matcher import Matcher

                self._fallback = Matcher(self._vocab, validate=self._validate)
            self._fallback.add(key, [pattern])
        else:
            if compiled.anchor is None:
                self._everywhere.append(compiled)
            else:
                by_value = self._anchored.setdefault(compiled.anchor_attr, {})
                for value in compiled.anchor:
                    by_value.setdefault(value, []).append((compiled, compiled.offsets))
                words = self._anchor_words.setdefault(compiled.anchor_attr, set())
                if words is not None and compiled.anchor_words:
                    words.update(compiled.anchor_words)
                    if len(words) > _MOST_ANCHOR_WORDS_SEARCHED:
                        self._anchor_words[compiled.anchor_attr] = None
                else:
                    self._anchor_words[compiled.anchor_attr] = None
        self._count += 1

    def __call__(self, doc: Doc, columns: Columns | None = None) -> list[Match]:
        if not len(doc) or not self._count:
            return []
        if _deadline.at is not None:  # called inside another matcher's call: its budget
            return self._matches(doc, columns)
        _deadline.at = time.monotonic() + REGEX_BUDGET_SECONDS
        try:
            return self._matches(doc, columns)
        finally:
            _deadline.at = None

    def _matches(self, doc: Doc, columns: Columns | None) -> list[Match]:
        columns = columns if columns is not None else Columns(doc)
        found: set[Match] = set()
        length = len(doc)
        lowers: frozenset[int] | None = None
        for attr, by_value in self._anchored.items():
            words = self._anchor_words.get(attr)
            if words is not None:
                lowered = columns.lowered()
                if lowered is not None and not any(word in lowered for word in words):
                    continue  # no token's LOWER is an anchor word: skip reading the column
            starts: dict[_Compiled, set[int]] = {}
            for index, value in enumerate(columns[attr]):
                candidates = by_value.get(value)
                if candidates is None:
                    continue
                for compiled, offsets in candidates:
                    places = starts.get(compiled)
                    if places is None:
                        places = starts[compiled] = set()
                    if len(offsets) == 1:
                        places.add(index - offsets[0])
                    else:
                        places.update(index - offset for offset in offsets)
            for compiled, places in starts.items():
                if not _passes_text_filters(compiled, columns.text):
                    continue
                if compiled.required:
                    if lowers is None:
                        lowers = columns.unique(_spacy_attrs().LOWER)
                    if not all(not words.isdisjoint(lowers) for words in compiled.required):
                        continue
                for start in places:
                    if start >= 0:
                        _match_at(compiled, columns, start, length, found)
        for compiled in self._everywhere:
            if not _passes_text_filters(compiled, columns.text):
                continue
            if compiled.required:
                if lowers is None:
                    lowers = columns.unique(_spacy_attrs().LOWER)
                if not all(not words.isdisjoint(lowers) for words in compiled.required):
                    continue
            first = compiled.steps[0]
            if first.least and not first.negated:
                everywhere = first.places(columns)  # where its first step holds
            else:
                everywhere = set(range(length))
            for start in everywhere:
                _match_at(compiled, columns, start, length, found)
        if self._fallback is not None:
            found.update((key, start, end) for key, start, end in self._fallback(doc))
        return sorted(found)


def _passes_text_filters(compiled: _Compiled, text: str | None) -> bool:
    """False when the text rules the pattern out (see ``_Compiled.text_filters``)."""
    if text is None:
        return True
    try:
        return all(
            text_filter.search(text, _TEXT_FILTER_BUDGET_SECONDS) is not None
            for text_filter in compiled.text_filters
        )
    except PatternTimeoutError:
        return True  # the filter could not rule the pattern out in time: try the tokens


def _match_at(
    compiled: _Compiled, columns: Columns, start: int, length: int, found: set[Match]
) -> None:
    """Add every match of ``compiled`` that starts at ``start``."""
    positions = {start}
    for step in compiled.steps:
        following: set[int] = set()
        least, most, negated = step.least, step.most, step.negated
        for position in positions:
            if least == 0:
                following.add(position)
            limit = length if most is None else min(length, position + most)
            index = position
            while index < limit and step.holds(columns, index) is not negated:
                index += 1
                if index - position >= least:
                    following.add(index)
        if not following:
            return
        positions = following
    key = compiled.key
    found.update((key, start, end) for end in positions if end > start)


def _holds(checks: tuple[Check, ...], columns: Columns, index: int) -> bool:
    for attr, kind, expected in checks:
        value = columns[attr][index]
        if kind == _EQUALS:
            if value != expected:
                return False
        elif kind == _IN:
            if value not in expected:
                return False
        elif kind == _NOT_IN:
            if value in expected:
                return False
        elif kind == _REGEX:
            if expected.search(columns.strings[value]) is None:
                return False
        elif not _compare(kind, value, expected):
            return False
    return True


def _compare(kind: int, value: int, expected: int) -> bool:
    if kind == _COMPARE["=="]:
        return value == expected
    if kind == _COMPARE["!="]:
        return value != expected
    if kind == _COMPARE[">="]:
        return value >= expected
    if kind == _COMPARE["<="]:
        return value <= expected
    if kind == _COMPARE[">"]:
        return value > expected
    return value < expected


# --- Compiling ---------------------------------------------------------------------------


def _compile(vocab: Vocab, key: int, pattern: TokenPattern) -> _Compiled:
    if not isinstance(pattern, list) or not pattern:
        raise _UnsupportedPatternError
    steps: list[_Step] = []
    anchor_words: list[tuple[str, frozenset[str]] | None] = []
    for spec in pattern:
        if not isinstance(spec, dict):
            raise _UnsupportedPatternError
        least, most, negated = _quantity(spec.get("OP", spec.get("op")))
        checks: list[Check] = []
        lexical = True
        for name, value in spec.items():
            if not isinstance(name, str):
                raise _UnsupportedPatternError
            if name.upper() == "OP":
                continue
            checks.extend(_checks(vocab, name.upper(), value))
            lexical = lexical and ("ORTH" if name.upper() == "TEXT" else name.upper()) in (
                _LEXICAL_ATTRS
            )
        costly = any(kind == _REGEX for _, kind, _ in checks)
        memo = _TextMemo() if costly and lexical else None
        steps.append(_Step(tuple(checks), negated, least, most, memo))
        anchor_words.append(None if negated or least == 0 else _fixed_words(spec))
    from spacy.attrs import LEMMA, LOWER, ORTH

    # The candidates for the anchor: steps that name their words and that every match
    # reaches a bounded number of tokens after its start.
    candidates: list[tuple[int, str, frozenset[str], range]] = []
    consumed_least, consumed_most = 0, 0
    for index, (step, fixed) in enumerate(zip(steps, anchor_words, strict=True)):
        if fixed is not None:
            candidates.append((index, *fixed, range(consumed_least, consumed_most + 1)))
        if step.most is None:
            break  # the distance to any later step would be unbounded
        consumed_least += step.least
        consumed_most += step.most
    anchor_attr, anchor, offsets, anchor_step = LOWER, None, range(0), -1
    if candidates:
        # Words that are not stop words ("chancellor", not "the") occur in fewer drafts,
        # so the pattern is tried at fewer places; then the fewest words, then the first.
        index, column, words, offsets = min(
            candidates,
            key=lambda c: (any(vocab[word].is_stop for word in c[2]), len(c[2]), c[0]),
        )
        anchor_attr = LEMMA if column == "LEMMA" else LOWER
        anchor = frozenset(vocab.strings.add(word) for word in words)
        anchor_step = index
    # The other steps' words, which a Doc must hold for the pattern to match at all (the
    # anchor's are known to be there when the pattern is tried).
    required = tuple(
        frozenset(vocab.strings.add(word) for word in fixed[1])
        for index, fixed in enumerate(anchor_words)
        if fixed is not None and fixed[0] == "LOWER" and index != anchor_step
    )
    lower_anchor_words: frozenset[str] = frozenset()
    if anchor_step >= 0 and anchor_attr == LOWER:
        anchor_fixed = anchor_words[anchor_step]
        lower_anchor_words = anchor_fixed[1] if anchor_fixed is not None else frozenset()
    text_filters = tuple(
        dict.fromkeys(
            text_filter
            for step in steps
            if step.least and not step.negated
            for attr, kind, expected in step.checks
            if kind == _REGEX
            and attr == ORTH
            and (text_filter := _substring_filter(expected)) is not None
        )
    )
    return _Compiled(
        key, tuple(steps), anchor_attr, anchor, offsets, required, lower_anchor_words, text_filters
    )


def _substring_filter(regex: _TimedRegex) -> _TimedRegex | None:
    """A regular expression that finds a match in every text holding a substring in which
    ``regex`` finds one, or None when there is no such simple one.

    That is ``regex`` less a ``^`` that starts it and a ``$`` that ends it, when nothing else
    in it looks at what surrounds a match (anchors, ``\\b``, lookarounds, backreferences,
    flags set inside): a token's text is a slice of the Doc's text, so a token text in
    which ``^#?HB[0-9]+$`` finds a match is in a text in which ``#?HB[0-9]+`` finds one,
    and a text with no match holds no such token.
    """
    if regex.flags & re.VERBOSE:
        return None
    try:
        items = list(sre_parse.parse(regex.pattern, regex.flags))
    except (re.error, RecursionError):
        return None
    pattern = regex.pattern
    if items and items[0] == (sre_constants.AT, sre_constants.AT_BEGINNING):
        if not pattern.startswith("^"):
            return None
        items, pattern = items[1:], pattern[1:]
    if items and items[-1] == (sre_constants.AT, sre_constants.AT_END):
        if not pattern.endswith("$"):
            return None
        items, pattern = items[:-1], pattern[:-1]
    if not items or not _looks_only_inside(items):
        return None
    try:
        return _TimedRegex(pattern, regex.flags)
    except (re.error, regex_engine.error):
        return None


def _looks_only_inside(items: Sequence[tuple[Any, Any]]) -> bool:
    """Whether a parsed expression's matches depend on nothing around them."""
    for opcode, argument in items:
        if opcode in _CONTEXT_FREE_LEAVES:
            continue
        if opcode == sre_constants.BRANCH:
            if not all(_looks_only_inside(list(branch)) for branch in argument[1]):
                return False
        elif opcode == sre_constants.SUBPATTERN:
            _group, add_flags, del_flags, body = argument
            if add_flags or del_flags or not _looks_only_inside(list(body)):
                return False
        elif opcode in _REPEATS:
            if not _looks_only_inside(list(argument[2])):
                return False
        elif opcode == _ATOMIC:
            if not _looks_only_inside(list(argument)):
                return False
        else:
            return False  # AT (anchors, \\b), ASSERT, ASSERT_NOT, GROUPREF, ...
    return True


def _quantity(op: object) -> tuple[int, int | None, bool]:
    """(fewest, most, negated) tokens for spaCy's ``OP``."""
    if op is None:
        return 1, 1, False
    if op == "!":
        return 1, 1, True
    if op == "?":
        return 0, 1, False
    if op == "*":
        return 0, None, False
    if op == "+":
        return 1, None, False
    repeat = _RANGE.match(op) if isinstance(op, str) else None
    if repeat is None:
        raise _UnsupportedPatternError  # spaCy's validation says what is wrong with it
    exact, low, high_or_open, no_low, high = repeat.groups()
    least: int
    most: int | None
    if exact is not None:
        least, most = int(exact), int(exact)
    elif low is not None:
        least, most = int(low), int(high_or_open) if high_or_open else None
    else:
        least, most = int(no_low or 0), int(high)
    if most is not None and (most < least or most == 0):
        raise _UnsupportedPatternError
    return least, most, False


def _attr_id(name: str) -> int:
    from spacy.attrs import IDS

    if name == "IS_SENT_START":
        return _SENTENCE_START
    return int(IDS[name])


def _checks(vocab: Vocab, name: str, value: object) -> list[Check]:
    name = "ORTH" if name == "TEXT" else name
    if name == "IS_SENT_START":
        if not isinstance(value, bool):
            raise _UnsupportedPatternError
        return [(_SENTENCE_START, _EQUALS, int(value))]
    if name in _FLAG_ATTRS:
        if not isinstance(value, bool):
            raise _UnsupportedPatternError
        return [(_attr_id(name), _EQUALS, int(value))]
    if name in _NUMBER_ATTRS:
        return _number_checks(_attr_id(name), value)
    if name not in _STRING_ATTRS:
        raise _UnsupportedPatternError
    attr = _attr_id(name)
    if isinstance(value, str):
        return [(attr, _EQUALS, vocab.strings.add(value))]
    if not isinstance(value, dict) or not value:
        raise _UnsupportedPatternError
    checks: list[Check] = []
    for predicate, operand in value.items():
        predicate = predicate.upper() if isinstance(predicate, str) else predicate
        if predicate in ("IN", "NOT_IN"):
            if not isinstance(operand, list) or not all(isinstance(v, str) for v in operand):
                raise _UnsupportedPatternError
            from spacy.strings import get_string_id

            hashes = frozenset(get_string_id(word) for word in operand)
            checks.append((attr, _IN if predicate == "IN" else _NOT_IN, hashes))
        elif predicate == "REGEX":
            if not isinstance(operand, str):
                raise _UnsupportedPatternError
            checks.append((attr, _REGEX, _TimedRegex(operand)))
        else:
            raise _UnsupportedPatternError
    return checks


def _number_checks(attr: int, value: object) -> list[Check]:
    if isinstance(value, int) and not isinstance(value, bool):
        return [(attr, _EQUALS, value)]
    if not isinstance(value, dict) or not value:
        raise _UnsupportedPatternError
    checks: list[Check] = []
    for predicate, operand in value.items():
        if isinstance(operand, bool):
            raise _UnsupportedPatternError
        if predicate in ("IN", "NOT_IN"):
            if not isinstance(operand, list) or not all(
                isinstance(v, int) and not isinstance(v, bool) for v in operand
            ):
                raise _UnsupportedPatternError
            checks.append((attr, _IN if predicate == "IN" else _NOT_IN, frozenset(operand)))
        elif predicate in _COMPARE and isinstance(operand, int):
            checks.append((attr, _COMPARE[predicate], operand))
        else:
            raise _UnsupportedPatternError
    return checks


def _fixed_words(spec: dict[str, Any]) -> tuple[str, frozenset[str]] | None:
    """A column and the values one of which a token matching ``spec`` has there, when
    ``spec`` names them: ``LOWER`` (lower-cased words of LOWER, ORTH or TEXT) or ``LEMMA``."""
    for name in ("LOWER", "ORTH", "TEXT", "LEMMA"):
        value = spec.get(name)
        words: list[str] | None = None
        if isinstance(value, str):
            words = [value]
        elif isinstance(value, dict) and isinstance(value.get("IN"), list):
            words = value["IN"]
        if words and all(isinstance(word, str) for word in words):
            if name == "LEMMA":
                return "LEMMA", frozenset(words)
            # spaCy's LOWER is ``str.lower`` of the text: an ORTH word fixes it too.
            return "LOWER", frozenset(word.lower() for word in words)
    return None


def max_tokens(pattern: Sequence[dict[str, Any]]) -> int | None:
    """The most tokens ``pattern`` can match, or ``None`` when unbounded (``*``, ``+``)."""
    total = 0
    for spec in pattern:
        try:
            _, most, _ = _quantity(spec.get("OP"))
        except _UnsupportedPatternError:
            return None
        if most is None:
            return None
        total += most
    return total
