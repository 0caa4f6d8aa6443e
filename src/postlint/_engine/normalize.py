"""A normalised view of a draft: the words a reader reads, whatever disguise they wear.

People who want a word past a filter write it so that a reader still reads it: an invisible
character inside it (``Lab\u200bour``), a soft hyphen, letters of another alphabet that look
Latin (Cyrillic ``Lаbour``), full-width or mathematical letters (``Ｌａｂｏｕｒ``), spaced-out
letters (``L a b o u r``), digits or symbols for letters (``T0ries``, ``Rep*blicans``).
:func:`normalize` undoes each, and remembers where every character came from, so that every
finding is still reported at its place in the draft as written, and says that the words
were disguised.

What is undone, and why it stays safe on ordinary text:

- format characters (Unicode category Cf: zero-width spaces and joiners, soft hyphens,
  directional marks) inside a word are dropped; they are invisible;
- a letter or digit whose NFKC form is one other character (full-width, styled, circled) is
  replaced by it;
- inside a word that mixes Latin letters with letters of another script, the letters that
  Unicode's confusables data (``confusable_homoglyphs``, MIT) gives a Latin look-alike are
  replaced by it: a whole word in Cyrillic or Greek is left alone;
- digits and ``@ $ *`` inside a word of letters are read as letters only when the result is
  a name the rule pack knows (``T0ries`` is ``Tories``; ``B2B`` and ``4G`` stay);
- three or more single letters separated by single spaces, dots or hyphens are joined only
  when the result is a word the rule pack knows (``L a b o u r``; not ``I a m``);
- the middle of a run of more than 200 blanks is dropped (a gap no phrase spans; it kept the
  rules' patterns from taking minutes over it).
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from postlint._engine.memo import Memo

if TYPE_CHECKING:
    from postlint._pack import RulePack

__all__ = ["Disguise", "NormalizedText", "known_words_of", "normalize"]

KnownWord = Callable[[str], bool]

INVISIBLE = "an invisible character"
SOFT_HYPHEN = "a soft hyphen"
LOOK_ALIKE = "look-alike letters from another alphabet"
STYLED = "full-width or styled letters"
SPACED = "spaced-out letters"
LEET = "digits or symbols in place of letters"

_SOFT_HYPHEN = "\u00ad"
_LEET = str.maketrans(
    {"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s"}
)
# Quick tests that rule a disguise out before any character is looked at one by one.
_MAYBE_LEET = re.compile(r"[^\W\d_][0-9@$*]|[0-9@$*][^\W\d_]")
_SPACED = re.compile(r"(?<![\w.\-])(?:[^\W\d_][ .\-]){2,}[^\W\d_](?![\w])")
_WORD = re.compile(r"[\w@$*]+")


@dataclass(frozen=True, slots=True)
class Disguise:
    """Where a disguise was undone, in the normalised text, and what it was."""

    start: int
    end: int
    kind: str


@dataclass(frozen=True, slots=True)
class NormalizedText:
    """The normalised text and, for each of its characters, where it starts in the original
    (``starts`` has one more entry: the original's length). ``None``: nothing changed."""

    text: str
    starts: tuple[int, ...] | None = None
    disguises: tuple[Disguise, ...] = ()

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """The original span of ``text[start:end]``."""
        if self.starts is None:
            return start, end
        start = max(0, min(start, len(self.text)))
        end = max(start, min(end, len(self.text)))
        if end == start:
            return self.starts[start], self.starts[start]
        # Just past the last character, not where the next one starts: an invisible
        # character dropped after a word stays outside its evidence.
        return self.starts[start], self.starts[end - 1] + 1

    def from_original(self, offset: int) -> int:
        """The offset in ``text`` of the character at ``offset`` in the original (or of the
        next kept character, when that one was dropped)."""
        if self.starts is None:
            return offset
        return bisect.bisect_left(self.starts, offset, 0, len(self.text))

    def disguise_in(self, start: int, end: int) -> str | None:
        """The kind of disguise undone within ``text[start:end]``, if any."""
        for disguise in self.disguises:
            if disguise.start < end and start < disguise.end:
                return disguise.kind
        return None


def normalize(text: str, known_name: KnownWord, known_word: KnownWord) -> NormalizedText:
    """``text`` with its disguises undone (see the module). ``known_name`` says whether a
    lower-cased word is a name the rule pack knows (parties, politicians, campaigns): only
    those are read through digits and symbols. ``known_word`` says whether it is any word
    the pack knows (names and common words): spaced-out letters join into those."""
    plain_ascii = text.isascii()
    blanks = _long_blank_middles(text)
    if plain_ascii and not blanks and not _MAYBE_LEET.search(text) and not _SPACED.search(text):
        return NormalizedText(text)
    chars: list[str] = []
    starts: list[int] = []
    disguised: list[tuple[int, int, str]] = []  # in normalised offsets
    run_end, run_inside = -1, False  # the current run of format characters
    blank = 0  # the next long run of blanks whose middle is dropped
    for index, char in enumerate(text):
        while blank < len(blanks) and index >= blanks[blank][1]:
            blank += 1
        if blank < len(blanks) and blanks[blank][0] <= index:
            continue
        if not plain_ascii and unicodedata.category(char) == "Cf":
            if index >= run_end:  # a new run: where it ends, and whether a word holds it
                run_end = index
                while run_end < len(text) and unicodedata.category(text[run_end]) == "Cf":
                    run_end += 1
                run_inside = (
                    index > 0 and run_end < len(text) and text[index - 1].isalnum()
                ) and text[run_end].isalnum()
            if run_inside:
                kind = SOFT_HYPHEN if char == _SOFT_HYPHEN else INVISIBLE
                disguised.append((len(chars) - 1, len(chars) + 1, kind))
                continue
        if not plain_ascii and not char.isascii() and char.isalpha():
            folded = unicodedata.normalize("NFKC", char)
            if len(folded) == 1 and folded != char and folded.isascii():
                disguised.append((len(chars), len(chars) + 1, STYLED))
                char = folded
        chars.append(char)
        starts.append(index)
    starts.append(len(text))
    if not plain_ascii:
        _undo_look_alikes(chars, disguised)
    _undo_leet(chars, known_name, disguised)
    joined = "".join(chars)
    joined, starts, disguised = _join_spaced(joined, starts, known_word, disguised)
    if joined == text:
        return NormalizedText(text)
    return NormalizedText(joined, tuple(starts), _by_word(joined, disguised))


#: Blanks kept at each end of a long run: a reader sees a gap, and no rule reads further
#: into it. The rules' patterns take time in the square of a run's length where two of their
#: parts may each take its blanks ("\\s+…\\s*"); a run of 20,000 blanks between two words
#: (the HTML of 5,000 nested tags blanks to one) took minutes, a run this short takes nothing.
_BLANKS_KEPT = 100
_LONG_BLANKS = re.compile(rf"\s{{{2 * _BLANKS_KEPT + 1},}}")


def _long_blank_middles(text: str) -> list[tuple[int, int]]:
    """The middles of ``text``'s long runs of blanks, to drop (see ``_BLANKS_KEPT``)."""
    return [
        (run.start() + _BLANKS_KEPT, run.end() - _BLANKS_KEPT)
        for run in _LONG_BLANKS.finditer(text)
    ]


def _by_word(text: str, disguised: list[tuple[int, int, str]]) -> tuple[Disguise, ...]:
    """One disguise per word and kind, spanning the whole word (a styled word has one entry
    per letter, an invisible run one per character): words found once, then looked up."""
    if not disguised:
        return ()
    spans = [(m.start(), m.end()) for m in re.finditer(r"[^\W_]+", text)]
    word_starts = [start for start, _ in spans]
    found: dict[Disguise, None] = {}
    for start, end, kind in disguised:
        start, end = max(0, start), min(len(text), max(end, start + 1))
        index = bisect.bisect_right(word_starts, start) - 1
        if index >= 0 and spans[index][1] >= start:
            start = spans[index][0]
            # The word may run on past the disguise (an invisible character mid-word).
            following = bisect.bisect_right(word_starts, end) - 1
            end = max(end, spans[following][1]) if following >= index else end
        found.setdefault(Disguise(start, end, kind))
    return tuple(found)


def _undo_look_alikes(chars: list[str], disguised: list[tuple[int, int, str]]) -> None:
    """In a word that mixes Latin with another script, Latin look-alikes become Latin."""
    index = 0
    while index < len(chars):
        if not chars[index].isalpha():
            index += 1
            continue
        end = index
        while end < len(chars) and chars[end].isalpha():
            end += 1
        word = chars[index:end]
        latin = any(c.isascii() for c in word)
        foreign = [i for i, c in enumerate(word) if not c.isascii()]
        if latin and foreign:
            table = _latin_look_alikes()
            for offset in foreign:
                replacement = table.get(word[offset])
                if replacement is not None:
                    chars[index + offset] = replacement
                    disguised.append((index + offset, index + offset + 1, LOOK_ALIKE))
        index = end


def _undo_leet(
    chars: list[str], known_word: KnownWord, disguised: list[tuple[int, int, str]]
) -> None:
    text = "".join(chars)
    if not _MAYBE_LEET.search(text):
        return
    for match in _WORD.finditer(text):
        word = match.group(0)
        if not (any(c.isalpha() for c in word) and any(c in "0134579@$*" for c in word)):
            continue
        if word.isdigit() or not any(c.isalpha() for c in word[:1] + word[-1:]):
            continue  # numbers, and tokens such as 2024 or £5m, are not words in disguise
        read = _read_leet(word, known_word)
        if read is None:
            continue
        for offset, letter in enumerate(read):
            if chars[match.start() + offset] != letter:
                chars[match.start() + offset] = letter
        disguised.append((match.start(), match.end(), LEET))


def _read_leet(word: str, known_word: KnownWord) -> str | None:
    """``word`` with digits and symbols read as letters, if that is a known word (case kept
    for the letters that were letters)."""
    if "*" in word:
        return None if len(word) < 4 else _read_masked(word, known_word)
    read = word.translate(_LEET)
    if known_word(read.lower()):
        return "".join(r if w.isalpha() else r.lower() for w, r in zip(word, read, strict=True))
    # "1" reads as "l" as often as "i" (P1aid, 1abour).
    read_l = word.replace("1", "l").translate(_LEET)
    if read_l != read and known_word(read_l.lower()):
        return read_l
    return None


_MASKED_CANDIDATES = "aeiouy"


def _read_masked(word: str, known_word: KnownWord) -> str | None:
    """``Rep*blicans``: one masked letter, a vowel most often, read as the known word."""
    if word.count("*") != 1:
        return None
    for letter in _MASKED_CANDIDATES:
        read = word.replace("*", letter)
        if known_word(read.lower()):
            return read
    return None


def _join_spaced(
    text: str,
    starts: list[int],
    known_word: KnownWord,
    disguised: list[tuple[int, int, str]],
) -> tuple[str, list[int], list[tuple[int, int, str]]]:
    """``L a b o u r`` -> ``Labour`` when the joined word is known; offsets follow."""
    matches = [m for m in _SPACED.finditer(text) if known_word(_letters(m.group(0)).lower())]
    if not matches:
        return text, starts, disguised
    out: list[str] = []
    out_starts: list[int] = []
    shift: list[tuple[int, int]] = []  # (normalised offset where a removal starts, removed)
    position = 0
    for match in matches:
        out.append(text[position : match.start()])
        out_starts.extend(starts[position : match.start()])
        kept = [i for i in range(match.start(), match.end()) if text[i].isalpha()]
        new_start = len("".join(out))
        out.append("".join(text[i] for i in kept))
        out_starts.extend(starts[i] for i in kept)
        disguised.append((new_start, new_start + len(kept), SPACED))
        shift.append((match.end(), match.end() - match.start() - len(kept)))
        position = match.end()
    out.append(text[position:])
    out_starts.extend(starts[position:])
    # Disguises found before the join move with the text.
    moved = [
        (s - _removed_before(shift, s), e - _removed_before(shift, e), k) for s, e, k in disguised
    ]
    return "".join(out), out_starts, moved


def _removed_before(shift: list[tuple[int, int]], offset: int) -> int:
    return sum(removed for at, removed in shift if at <= offset)


def _letters(text: str) -> str:
    return "".join(c for c in text if c.isalpha())


_look_alikes: Memo[str, dict[str, str]] = Memo(max_size=1)


def _latin_look_alikes() -> dict[str, str]:
    """Non-ASCII letters that Unicode's confusables data gives an ASCII look-alike, mapped
    to it (read from ``confusable_homoglyphs`` once, when a draft first needs it)."""

    def build() -> dict[str, str]:
        import json
        from importlib import resources

        data = json.loads(
            resources.files("confusable_homoglyphs").joinpath("confusables.json").read_text("utf-8")
        )
        table: dict[str, str] = {}
        for char, entries in data.items():
            for entry in entries:
                other = entry["c"]
                single = len(char) == 1 and len(other) == 1  # not ligatures ("ﬁ" is "fi")
                if not single:
                    continue
                if char.isascii() and char.isalpha() and not other.isascii():
                    table.setdefault(other, char)
                elif not char.isascii() and other.isascii() and other.isalpha():
                    table.setdefault(char, other)
        return table

    return _look_alikes.get("latin", build)


_known: Memo[RulePack, tuple[frozenset[str], frozenset[str]]] = Memo(max_size=8)


def known_words_of(pack: RulePack) -> tuple[KnownWord, KnownWord]:
    """``(known_name, known_word)`` for :func:`normalize` from a rule pack: the words of its
    lexicons' phrases (parties, politicians, campaigns, titles), and those with the English
    forms of spaCy's lemma table of four letters or more."""

    def build() -> tuple[frozenset[str], frozenset[str]]:
        from postlint._engine.wordlists import inflected_forms

        names = frozenset(
            word
            for entry in pack.lexicon_entries()
            for phrase in entry.phrases
            for word in re.findall(r"[^\W\d_]{3,}", phrase.lower().lstrip("#"))
        )
        words = names | frozenset(w for w in inflected_forms() if len(w) >= 4 and w.isalpha())
        return names, words

    names, words = _known.get(pack, build)  # packs are hashed by identity
    return names.__contains__, words.__contains__
