"""The ``disclosure`` family: does the draft say who the author is, when it has to?

One definition of "a disclosure statement" serves the rules and the evaluation (task D):
:func:`find_disclosure_statements`. Its phrases are data (``rules/disclosure/lexicons``,
marked by the pipeline's span rulers as ``DISC_*``); this module checks their context:
quotations, whose job it is ("my sister works at DfE" is no disclosure), relative clauses
("the people I work for"), and office titles that belong to someone else ("met the Senator
for Ohio"). With a trained pipeline the dependency parse decides who the subject of "work"
is and finds statements the fixed phrases miss; the blank path falls back on word order.

Phrases without wildcards sit in ``rules/disclosure/lexicons`` (the shared span rulers match
them on every draft at almost no cost); token patterns sit in ``rules/disclosure/patterns``
and run here (``postlint._token_patterns``), once per draft and only when a disclosure rule
or task D asks, so that the other families' users do not pay for them.

Three checkers:

* ``disclosure.missing``: work talk without a position statement;
* ``disclosure.disclaimer-only``: "views my own" standing in for a position statement;
* ``disclosure.material-connection``: promotion without "#ad", "I work at X" and the like
  up front.
"""

from __future__ import annotations

import bisect
import functools
import re
import threading
import tomllib
import weakref
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from postlint._errors import RulePackError
from postlint._models import Fix
from postlint._rules._base import Checker, Environment, Finding, Rule
from postlint._rules._draft import Draft
from postlint._rules._pack import LexiconEntry
from postlint._token_patterns import TokenPatternMatcher

if TYPE_CHECKING:
    from spacy.tokens import Span, Token
    from spacy.vocab import Vocab

    from postlint._config import Config
    from postlint._rules._pack import RulePack

__all__ = [
    "DisclaimerOnlyChecker",
    "DisclosureStatement",
    "MaterialConnectionChecker",
    "MissingDisclosureChecker",
    "TextSpan",
    "disclosure_line",
    "find_disclaimers",
    "find_disclosure_statements",
    "find_promotions",
    "find_work_talk",
    "organisation_names",
]

POSITION = "DISC_POSITION"
MATERIAL = "DISC_MATERIAL"
DISCLAIMER = "DISC_DISCLAIMER"
WORK_TALK = "DISC_WORK_TALK"
PROMOTION = "DISC_PROMOTION"

_LISTS = "disclosure/disclosure"
_ORGANISATIONS = "disclosure/organisations"

StatementKind = Literal["position", "material"]


@dataclass(frozen=True, slots=True)
class TextSpan:
    """A stretch of the draft: character offsets, the words, and which pattern found it."""

    start: int
    end: int
    text: str
    how: str
    """The lexicon entry id (``work-at``, ``affiliate``…), ``parse`` or ``organisation``."""


@dataclass(frozen=True, slots=True)
class DisclosureStatement(TextSpan):
    """Words that say who the author is or where they work (``position``), or that the
    post is sponsored, an advert or carries affiliate links (``material``)."""

    kind: StatementKind = "position"

    @property
    def denies_connection(self) -> bool:
        """Whether it says there is no connection ("not sponsored", "I get no money for
        these links"): about the connection, but no disclosure of one."""
        return self.how == "no-connection"


# --- Shared analyses ---------------------------------------------------------------------


class _Analysis:
    """The disclosure family's analyses of one draft, computed once and shared by the
    three checkers (and by task D through the public functions)."""

    def __init__(self, draft: Draft) -> None:
        # Weak: the analysis is the value of a WeakKeyDictionary keyed by this draft, and a
        # strong reference from value to key kept every draft and its Doc alive for good.
        self._draft = weakref.ref(draft)
        self._spans: list[Span] | None = None
        self._statements: list[DisclosureStatement] | None = None
        self._work_talk: list[TextSpan] | None = None

    @property
    def draft(self) -> Draft:
        draft = self._draft()
        if draft is None:  # the analysis is only reached through its live draft
            raise RuntimeError("disclosure analysis outlived its draft")
        return draft

    @functools.cached_property
    def sentence_starts(self) -> frozenset[int]:
        """Token indices that start a sentence. Asked once: ``Token.is_sent_start`` scans the
        Doc on every call, which over many spans of a long draft would be quadratic."""
        return frozenset(sentence.start for sentence in self.draft.sentences)

    @functools.cached_property
    def sentence_offsets(self) -> list[int]:
        """Character offsets where the sentences start, for binary search."""
        return [sentence.start_char for sentence in self.draft.sentences]

    def spans(self, *labels: str) -> list[Span]:
        """The family's spans with these labels: lexicon phrases and pattern matches."""
        if self._spans is None:
            self._spans = [
                *self.draft.spans_labelled(POSITION, MATERIAL, DISCLAIMER, WORK_TALK, PROMOTION),
                *_pattern_spans(self.draft),
            ]
        wanted = set(labels)
        return [span for span in self._spans if span.label_ in wanted]

    @property
    def statements(self) -> list[DisclosureStatement]:
        if self._statements is None:
            self._statements = _disclosure_statements(self.draft)
        return self._statements

    @property
    def work_talk(self) -> list[TextSpan]:
        if self._work_talk is None:
            self._work_talk = _work_talk(self.draft)
        return self._work_talk


# One analysis per Draft, dropped with it. A Linter may be shared between threads.
_analyses: weakref.WeakKeyDictionary[Draft, _Analysis] = weakref.WeakKeyDictionary()
_analyses_lock = threading.Lock()


def _analysis(draft: Draft) -> _Analysis:
    with _analyses_lock:
        analysis = _analyses.get(draft)
        if analysis is None:
            analysis = _analyses[draft] = _Analysis(draft)
        return analysis


def find_disclosure_statements(draft: Draft) -> list[DisclosureStatement]:
    """Every disclosure statement in ``draft``, in text order (the shared definition)."""
    return list(_analysis(draft).statements)


def find_work_talk(draft: Draft) -> list[TextSpan]:
    """Where the author talks about their own work or names their organisation."""
    return list(_analysis(draft).work_talk)


def find_disclaimers(draft: Draft) -> list[TextSpan]:
    """Disclaimers ("views my own", "RTs are not endorsements"), outside quotations."""
    return [
        _text_span(span)
        for span in _longest(_analysis(draft).spans(DISCLAIMER))
        if not draft.is_quoted(span.start_char, span.end_char)
    ]


def find_promotions(draft: Draft) -> list[TextSpan]:
    """Offers and calls to buy, and mentions of the author's organisation in a sentence
    that sells ("Acme's new kettle is out now")."""
    found = [
        _text_span(span)
        for span in _longest(_analysis(draft).spans(PROMOTION))
        if not draft.is_quoted(span.start_char, span.end_char)
    ]
    selling = draft.pack.word_list(f"{_LISTS}.promotion_words")
    for mention in _organisation_mentions(draft):
        sentence = _sentence_of(draft, mention.start)
        words = {token.lower_ for token in sentence} if sentence is not None else set()
        if words & selling:
            found.append(mention)
    return sorted(found, key=lambda span: (span.start, -span.end))


# --- Token patterns ------------------------------------------------------------------------

_PATTERNS_FOLDER = ("disclosure", "patterns")
# Patterns of fixed words with at most this many word sequences were once expanded into a
# PhraseMatcher; their matches keep that place (see ``_only_fixed_words``).
_MAX_EXPANSION = 5000


class _PatternFile(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    description: str
    updated: str | None = None
    entry: list[LexiconEntry]


@functools.cache
def _pattern_entries(root: str) -> tuple[LexiconEntry, ...]:
    """The entries of ``rules/disclosure/patterns/*.toml``, validated (errors name the file)."""
    from pathlib import Path

    entries: list[LexiconEntry] = []
    for path in sorted(Path(root).joinpath(*_PATTERNS_FOLDER).glob("*.toml")):
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
            entries.extend(_PatternFile.model_validate(data).entry)
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
            raise RulePackError(f"{path}: cannot load: {error}") from None
        except ValidationError as error:
            problems = "; ".join(
                f"{'.'.join(str(part) for part in problem['loc'])}: {problem['msg']}"
                for problem in error.errors()
            )
            raise RulePackError(f"{path}: {problems}") from None
    return tuple(entries)


@dataclass(frozen=True, slots=True)
class _Matchers:
    vocab: Vocab
    tokens: TokenPatternMatcher
    token_keys: dict[int, tuple[int, str, str]]
    """A pattern's key (hash) -> its place among the patterns, its label and entry id."""
    fixed_count: int
    """The first this many patterns are of fixed words (see ``_only_fixed_words``)."""


_matchers: dict[tuple[int, int], _Matchers] = {}
_matchers_lock = threading.Lock()


def _only_fixed_words(pattern: list[dict[str, Any]]) -> bool:
    """Whether every token of ``pattern`` is a fixed lower-case word or a list of them
    (optionally ``OP = "?"``), and there are at most ``_MAX_EXPANSION`` word sequences. Such
    patterns were run by a PhraseMatcher, whose matches came before the other patterns', in
    text order; they still do (ties in ``_longest`` keep the first)."""
    sequences = 1
    for token in pattern:
        if set(token) - {"LOWER", "OP"} or token.get("OP") not in (None, "?"):
            return False
        value = token.get("LOWER")
        if isinstance(value, str):
            choices = 1
        elif isinstance(value, dict) and set(value) == {"IN"}:
            choices = len(value["IN"])
        else:
            return False
        sequences *= choices + (token.get("OP") == "?")
    return sequences <= _MAX_EXPANSION


def _matchers_for(vocab: Vocab, root: str) -> _Matchers:
    """The family's matchers for ``vocab``, built once (the entry keeps the vocab alive, so
    its id is not reused while cached)."""
    key = (id(vocab), hash(root))
    with _matchers_lock:
        cached = _matchers.get(key)
        if cached is not None and cached.vocab is vocab:
            return cached
        tokens = TokenPatternMatcher(vocab, validate=True)
        token_keys: dict[int, tuple[int, str, str]] = {}
        entries = _pattern_entries(root)
        in_order = [
            (entry, pattern)
            for fixed_first in (True, False)
            for entry in entries
            for pattern in entry.patterns
            if _only_fixed_words(pattern) == fixed_first
        ]
        for place, (entry, pattern) in enumerate(in_order):
            # One key per pattern, so that matches keep the patterns' order.
            pattern_key = f"{entry.label}|{entry.id}|{place}"
            token_keys[vocab.strings.add(pattern_key)] = (place, entry.label, entry.id)
            tokens.add(pattern_key, pattern)
        fixed_count = sum(_only_fixed_words(pattern) for _, pattern in in_order)
        built = _matchers[key] = _Matchers(vocab, tokens, token_keys, fixed_count)
        return built


def _pattern_spans(draft: Draft) -> list[Span]:
    from spacy.tokens import Span

    doc = draft.doc
    matchers = _matchers_for(doc.vocab, str(draft.pack.root))
    # Patterns of fixed words first, in text order, then every other pattern's, pattern by
    # pattern: the spans' order must not depend on hashing, since ties in ``_longest`` keep
    # the first.
    keys = matchers.token_keys

    def order(match: tuple[int, int, int]) -> tuple[int, int, int]:
        place = keys[match[0]][0]
        fixed = place < matchers.fixed_count
        return (0, match[1], match[2]) if fixed else (place, match[1], match[2])

    spans: list[Span] = []
    for match_id, start, end in sorted(matchers.tokens(doc, draft.columns), key=order):
        _, label, entry_id = keys[match_id]
        spans.append(Span(doc, start, end, label=label, span_id=entry_id))
    return spans


# --- Disclosure statements ---------------------------------------------------------------


def _disclosure_statements(draft: Draft) -> list[DisclosureStatement]:
    not_an_employer = draft.pack.word_list(f"{_LISTS}.not_an_employer")
    not_the_author = draft.pack.word_list(f"{_LISTS}.not_the_author")
    found: list[DisclosureStatement] = []
    for span in _longest(_analysis(draft).spans(POSITION, MATERIAL)):
        if draft.is_quoted(span.start_char, span.end_char):
            continue
        if span.label_ == POSITION and not _is_own_position(
            draft, span, not_an_employer, not_the_author
        ):
            continue
        kind: StatementKind = "position" if span.label_ == POSITION else "material"
        found.append(
            DisclosureStatement(
                span.start_char, span.end_char, span.text, span.id_ or span.label_, kind
            )
        )
    found.extend(_at_the_organisation(draft))
    if draft.has_parse:
        covered = [(s.start, s.end) for s in found]
        for statement in _parsed_position_statements(draft, not_an_employer):
            if not any(s <= statement.start < e for s, e in covered):
                found.append(statement)
    return sorted(found, key=lambda s: (s.start, -s.end))


# Words before the author's organisation that place the author inside it: "I'm at DfT",
# "here at DfT we …", "my team at DfT", "my colleagues in the Home Office".
_INSIDE_BEFORE = (
    ("i", "'m", "at"),
    ("i", "’m", "at"),
    ("i", "am", "at"),
    ("i", "'m", "with"),
    ("i", "’m", "with"),
    ("i", "am", "with"),
    ("here", "at"),
    ("we", "at"),
    ("us", "at"),
    ("team", "at"),
    ("team", "in"),
    ("colleagues", "at"),
    ("colleagues", "in"),
)


def _at_the_organisation(draft: Draft) -> Iterator[DisclosureStatement]:
    """The configured organisation named where the words before it put the author inside
    it (see ``_INSIDE_BEFORE``); "my sister at DfT" does not."""
    longest = max(len(phrase) for phrase in _INSIDE_BEFORE)
    for mention in _organisation_mentions(draft):
        before = draft.doc.char_span(0, mention.start, alignment_mode="contract")
        if before is None:
            continue
        # The last few words before the name, nearest last, skipping "the".
        words: list[Token] = []
        for token in reversed(before):
            if token.is_space or token.lower_ == "the":
                continue
            words.insert(0, token)
            if len(words) == longest:
                break
        lowers = tuple(token.lower_ for token in words)
        for phrase in _INSIDE_BEFORE:
            if lowers[-len(phrase) :] == phrase:
                start = words[-len(phrase)].idx
                yield DisclosureStatement(
                    start, mention.end, draft.text[start : mention.end], "organisation"
                )
                break


def _is_own_position(
    draft: Draft,
    span: Span,
    not_an_employer: frozenset[str],
    not_the_author: frozenset[str],
) -> bool:
    """Whether a position phrase states the author's own, current position."""
    doc = span.doc
    how = span.id_
    starts = _analysis(draft).sentence_starts
    if how == "work-at":
        following = doc[span.end] if span.end < len(doc) else None
        if following is None or following.lower_ in not_an_employer or following.is_punct:
            return False
        return not _in_relative_clause(span, starts)
    # Titles are somebody's: only the author's when nothing before them makes them
    # another person's ("met the Senator for Ohio", "our MP for Leeds").
    if how in {"office-holder", "office-title"} and any(
        word.lower_ in not_the_author for word in _words_before(span[0], 2, starts)
    ):
        return False
    if how == "office-title":
        # A bare title is a self-description only as an item of a list ("Connecticut
        # Congressman.", "Wife & Mother, Congresswoman, Attorney"), not before a name
        # ("Senator Smith said").
        following = doc[span.end] if span.end < len(doc) else None
        return following is None or following.is_punct or following.is_space
    return True


def _in_relative_clause(span: Span, sentence_starts: frozenset[int]) -> bool:
    """Whether "I work for" sits in a relative clause ("the people I work for"): such a
    sentence is about what the author thinks of the place, and does not name it."""
    subject = span[0]
    if subject.lower_ != "i":
        return False
    # The token's own label, not Doc.has_annotation, which scans the whole Doc when there
    # is no parse: asked per "I", it made long drafts quadratic (tests/test_limits.py).
    if subject.has_dep():
        verb = subject.head
        return verb.dep_ in {"relcl", "acl"} and verb.head.pos_ != "PROPN"
    before = _previous_word(subject, sentence_starts)
    return (
        before is not None
        and before.is_alpha
        and before.is_lower
        and before.lower_ not in _CLAUSE_OPENERS
    )


# Words after which "I work for" opens a main clause, not a relative one.
_CLAUSE_OPENERS = frozenset(
    {"and", "but", "so", "because", "since", "now", "also", "where", "yes", "hi", "hello"}
)


def _previous_word(token: Token, sentence_starts: frozenset[int]) -> Token | None:
    """The token before ``token`` in its sentence, or None at a sentence start."""
    if token.i == 0 or token.i in sentence_starts:
        return None
    previous = token.doc[token.i - 1]
    return None if previous.is_space or previous.is_punct else previous


def _words_before(token: Token, count: int, sentence_starts: frozenset[int]) -> list[Token]:
    """Up to ``count`` words before ``token`` in its sentence, skipping punctuation
    ("Thanks, Senator!" -> ["Thanks"])."""
    words: list[Token] = []
    index = token.i
    while index > 0 and len(words) < count and index not in sentence_starts:
        index -= 1
        previous = token.doc[index]
        if not (previous.is_punct or previous.is_space):
            words.append(previous)
    return words


_WORK_VERBS = frozenset({"work", "serve"})
_EMPLOYER_PREPOSITIONS = frozenset({"at", "for", "with", "in"})


def _parsed_position_statements(
    draft: Draft, not_an_employer: frozenset[str]
) -> Iterator[DisclosureStatement]:
    """With a parse: "I have happily worked for the Home Office for ten years", "I'm now
    head of data at DfE": the subject is the author and the object names an employer."""
    for token in draft.doc:
        if token.lemma_ not in _WORK_VERBS and token.lemma_ != "be":
            continue
        subjects = [child for child in token.children if child.dep_ in {"nsubj", "nsubjpass"}]
        if not any(subject.lower_ == "i" for subject in subjects):
            continue
        if token.dep_ in {"relcl", "acl"} or any(c.dep_ == "neg" for c in token.children):
            continue
        if token.lemma_ == "be":
            # "I am head of digital at DfE": an attribute noun with an employer after it.
            attributes = [c for c in token.children if c.dep_ == "attr" and c.pos_ == "NOUN"]
            heads = attributes
        else:
            heads = [token]
        for head in heads:
            for prep in head.children:
                if prep.dep_ != "prep" or prep.lower_ not in _EMPLOYER_PREPOSITIONS:
                    continue
                objects = [c for c in prep.children if c.dep_ == "pobj"]
                if not objects or objects[0].lower_ in not_an_employer:
                    continue
                if not any(t.pos_ == "PROPN" or t.ent_type_ == "ORG" for t in objects[0].subtree):
                    continue
                subject = next(s for s in subjects if s.lower_ == "i")
                start = min(subject.idx, token.idx)
                end = max(t.idx + len(t.text) for t in objects[0].subtree)
                if draft.is_quoted(start, end):
                    continue
                yield DisclosureStatement(
                    start, end, draft.text[start:end], "parse", kind="position"
                )


# --- Work talk and the author's organisation -----------------------------------------------


def _work_talk(draft: Draft) -> list[TextSpan]:
    personal = draft.pack.word_list(f"{_LISTS}.personal_context")
    found: list[TextSpan] = []
    for span in _longest(_analysis(draft).spans(WORK_TALK)):
        if draft.is_quoted(span.start_char, span.end_char):
            continue
        # "My team won the derby": a sports team. Read the sentence around it.
        if span[-1].lower_ in {"team", "teams"} and any(
            token.lower_ in personal for token in _sentence_of(draft, span.start_char) or span
        ):
            continue
        found.append(_text_span(span))
    found.extend(_organisation_mentions(draft))
    return sorted(found, key=lambda s: (s.start, -s.end))


def _organisation_mentions(draft: Draft) -> list[TextSpan]:
    pattern = _organisation_pattern(draft.config, draft.pack)
    if pattern is None:
        return []
    return [
        TextSpan(match.start(), match.end(), match.group(0), "organisation")
        for match in pattern.finditer(draft.text)
        if not draft.is_quoted(match.start(), match.end())
    ]


_GENERIC_FIRST_WORDS = frozenset(
    {
        "department",
        "ministry",
        "office",
        "hm",
        "his",
        "her",
        "majesty's",
        "us",
        "u.s.",
        "uk",
        "the",
        "national",
        "royal",
        "federal",
        "united",
        "state",
        "city",
        "county",
        "example",
        "new",
        "general",
        "global",
        "first",
        "great",
    }
)
_FUNCTION_WORDS = frozenset({"for", "of", "and", "the", "&", "on", "in"})


def organisation_names(organisation: str, pack: RulePack) -> list[str]:
    """The names the author's organisation goes by: the configured name, the names of a
    matching list in ``rules/disclosure/lexicons/organisations.toml``, its acronym
    ("Department for Transport" -> "DfT") and its distinctive first word ("Acme")."""
    organisation = " ".join(organisation.split())
    names = {organisation}
    if organisation.lower().startswith("the "):
        names.add(organisation[4:])
    wanted = {name.lower() for name in names}
    lexicon = pack.lexicons.get(_ORGANISATIONS)
    if lexicon is not None:
        for aliases in lexicon.lists.values():
            if wanted & {alias.lower() for alias in aliases}:
                names.update(aliases)
    words = re.findall(r"[\w'’.&]+", organisation)
    if len(words) >= 2:
        acronym = "".join(
            word[0].lower() if word.lower() in _FUNCTION_WORDS else word[0].upper()
            for word in words
            if word != "&"
        )
        capitals = sum(1 for letter in acronym if letter.isupper())
        if len(acronym) >= 3 and capitals >= 2:
            names.update({acronym, acronym.upper()})
        first = words[0]
        if len(first) >= 4 and first.lower() not in _GENERIC_FIRST_WORDS and first[0].isupper():
            names.add(first)
    return sorted(names, key=lambda name: (-len(name), name))


@functools.lru_cache(maxsize=64)
def _organisation_regex(names: tuple[str, ...]) -> re.Pattern[str] | None:
    parts: list[str] = []
    for name in names:
        escaped = re.escape(name).replace(r"\ ", r"\s+")
        if len(name) <= 4 or name.isupper() or (name[0].isupper() and " " not in name):
            # Short names, acronyms and single words only in their exact case: "DfT", not
            # "dft"; "Acme", not "acme".
            parts.append(rf"(?-i:{escaped})")
        else:
            parts.append(escaped)
    if not parts:
        return None
    # Not inside a handle, hashtag, address or a longer word.
    return re.compile(rf"(?<![\w@#/.])(?:{'|'.join(parts)})(?![\w])", re.IGNORECASE)


# (organisation, id(pack)) -> (pack, pattern): the names depend on the config and the pack
# only, and working them out (every alias list of the lexicon) per draft cost more than the
# search. The entry keeps its pack alive, so the id is not reused while cached.
_organisation_patterns: dict[tuple[str, int], tuple[RulePack, re.Pattern[str] | None]] = {}
_MAX_ORGANISATION_PATTERNS = 64


def _organisation_pattern(config: Config, pack: RulePack) -> re.Pattern[str] | None:
    organisation = config.author.organisation
    if not organisation or not organisation.strip():
        return None
    key = (organisation, id(pack))
    cached = _organisation_patterns.get(key)
    if cached is not None and cached[0] is pack:
        return cached[1]
    pattern = _organisation_regex(tuple(organisation_names(organisation, pack)))
    if len(_organisation_patterns) >= _MAX_ORGANISATION_PATTERNS:
        _organisation_patterns.clear()
    _organisation_patterns[key] = (pack, pattern)
    return pattern


# --- Helpers -----------------------------------------------------------------------------------


def _text_span(span: Span) -> TextSpan:
    return TextSpan(span.start_char, span.end_char, span.text, span.id_ or span.label_)


def _longest(spans: Sequence[Span]) -> list[Span]:
    """Drop spans that lie inside a longer span of the same label (the rulers keep every
    overlapping match: "affiliate links" inside "amazon affiliate links")."""
    ordered = sorted(spans, key=lambda s: (s.start_char, -s.end_char))
    kept: list[Span] = []
    # In this order every kept span starts at or before the current one, so the current
    # one lies inside a kept one exactly when it ends by the furthest end of its label.
    furthest_end: dict[str, int] = {}
    for span in ordered:
        if span.end_char <= furthest_end.get(span.label_, -1):
            continue
        furthest_end[span.label_] = span.end_char
        kept.append(span)
    return kept


def _sentence_of(draft: Draft, offset: int) -> Span | None:
    """The sentence holding character ``offset`` (a binary search over the draft's
    sentences, which are computed once, rather than ``Span.sent`` per call)."""
    index = bisect.bisect_right(_analysis(draft).sentence_offsets, offset) - 1
    return draft.sentences[index] if index >= 0 else None


def _with_article(organisation: str) -> str:
    """The name as it reads after "I work at": "the Department for Transport", "Acme"."""
    lower = organisation.lower()
    needs_article = lower.split(" ", 1)[0] in {"department", "ministry", "office", "cabinet"}
    if (needs_article or " of " in lower or " for " in lower) and not lower.startswith("the "):
        return f"the {organisation}"
    return organisation


def disclosure_line(config: Config, *, promotional: bool = False) -> str | None:
    """A disclosure sentence from ``author.role`` and ``author.organisation``, e.g. "I work
    at the Department for Transport as a policy adviser; views my own." (None without an
    organisation: postlint will not guess where someone works)."""
    organisation = (config.author.organisation or "").strip()
    role = (config.author.role or "").strip()
    if not organisation:
        return None
    line = f"I work at {_with_article(organisation)}"
    if role:
        article = "an" if role[:1].lower() in "aeiou" else "a"
        line += f" as {article} {role}"
    return line + (". #ad" if promotional else "; views my own.")


# --- The checkers ------------------------------------------------------------------------------


class _DisclosureParams(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    confidence: float = Field(default=0.8, ge=0.0, le=1.0)
    """Confidence of a finding with one piece of evidence; more evidence raises it."""


class _DisclosureChecker(Checker):
    """Shared set-up: whether the account's bio already discloses the author's position
    (decided once per Linter, with the same detector as drafts)."""

    Params = _DisclosureParams

    def __init__(self, rule: Rule, env: Environment) -> None:
        super().__init__(rule, env)
        author = env.config.author
        self.bio_discloses = author.disclosed_in_bio or (
            bool(author.bio and author.bio.strip()) and _bio_discloses(author.bio or "", env)
        )


def _bio_discloses(bio: str, env: Environment) -> bool:
    """A bio discloses when it states a position, or (being a self-description) names the
    author's organisation: "Policy adviser, DfT. Views my own." does."""
    doc = env.nlp(bio)
    draft = Draft(bio, doc, env.config, env.pack)
    if any(s.kind == "position" for s in find_disclosure_statements(draft)):
        return True
    return bool(_organisation_mentions(draft))


class MissingDisclosureChecker(_DisclosureChecker):
    """``disclosure.missing``: the author talks about their work and never says who they are."""

    def __init__(self, rule: Rule, env: Environment) -> None:
        super().__init__(rule, env)
        from postlint._core import active_rules

        # Where disclosure.material-connection runs, it already raises a promotional post
        # that discloses nothing; raising "missing" on the same words would say it twice.
        self.material_rule_runs = any(
            active.rule.id == "disclosure.material-connection"
            for active in active_rules(env.pack, env.config)
        )

    def find(self, draft: Draft) -> Iterator[Finding]:
        config = draft.config
        if config.account.kind == "official":
            return
        analysis = _analysis(draft)
        work = analysis.work_talk
        if not work:
            return
        if any(s.kind == "position" for s in analysis.statements):
            return
        promotional = bool(find_promotions(draft))
        if self.bio_discloses and not promotional:
            return
        if promotional and self.material_rule_runs and not analysis.statements:
            return
        first = work[0]
        others = sorted({w.text for w in work[1:] if w.text.lower() != first.text.lower()})
        confidence = min(0.95, self.params.confidence + 0.05 * len(others))
        line = disclosure_line(config)
        fixes = (
            (Fix(title="Add a disclosure line", start=0, end=0, replacement=line + "\n"),)
            if line
            else ()
        )
        yield Finding(
            first.start,
            first.end,
            confidence=confidence,
            details={
                "also": (" (also: " + ", ".join(f"“{o}”" for o in others[:3]) + ")")
                if others
                else "",
                "bio_note": " The bio's disclosure does not cover a promotional post."
                if promotional and self.bio_discloses
                else "",
            },
            fixes=fixes,
        )


class DisclaimerOnlyChecker(_DisclosureChecker):
    """``disclosure.disclaimer-only``: "views my own" in place of a position statement."""

    def find(self, draft: Draft) -> Iterator[Finding]:
        config = draft.config
        if config.account.kind == "official" or self.bio_discloses:
            return
        disclaimers = find_disclaimers(draft)
        if not disclaimers:
            return
        analysis = _analysis(draft)
        if any(s.kind == "position" for s in analysis.statements):
            return
        if not analysis.work_talk and not _only_identity(draft, disclaimers):
            # A disclaimer on a post about the weekend shields nothing, but there is
            # nothing it needed to shield either: stay quiet.
            return
        line = disclosure_line(config)
        for disclaimer in disclaimers[:1]:
            fixes = (
                (
                    Fix(
                        title="Say where you work",
                        start=disclaimer.start,
                        end=disclaimer.end,
                        replacement=line.rstrip("."),
                    ),
                )
                if line
                else ()
            )
            yield Finding(
                disclaimer.start,
                disclaimer.end,
                confidence=self.params.confidence,
                details={
                    "reason": "the post talks about your work"
                    if analysis.work_talk
                    else "it is the only thing the draft says about you"
                },
                fixes=fixes,
            )


_STRIPPED = re.compile(r"https?://\S+|[@#]\w+|[^\w\s]")


def _only_identity(draft: Draft, disclaimers: Iterable[TextSpan]) -> bool:
    """Whether the draft says nothing but the disclaimer (a bio such as "Views my own.
    RTs are not endorsements.")."""
    text = draft.text
    for disclaimer in sorted(disclaimers, key=lambda d: d.start, reverse=True):
        text = text[: disclaimer.start] + " " + text[disclaimer.end :]
    return len(_STRIPPED.sub(" ", text).split()) <= 2


class MaterialConnectionChecker(_DisclosureChecker):
    """``disclosure.material-connection``: promotion without a disclosure up front."""

    def find(self, draft: Draft) -> Iterator[Finding]:
        config = draft.config
        if config.account.kind == "official":
            return
        promotions = find_promotions(draft)
        if not promotions:
            return
        first = promotions[0]
        sentence = _sentence_of(draft, first.start)
        up_front_until = max(first.end, sentence.end_char if sentence is not None else first.end)
        disclosures = [s for s in _analysis(draft).statements if not s.denies_connection]
        if any(s.start < up_front_until for s in disclosures):
            return
        employer = any(p.how == "organisation" for p in promotions)
        line = disclosure_line(config, promotional=True) if employer else "#ad"
        fixes = (
            (Fix(title="Disclose the connection up front", start=0, end=0, replacement=f"{line} "),)
            if line
            else ()
        )
        late = [s for s in disclosures if s.start >= up_front_until]
        yield Finding(
            first.start,
            first.end,
            confidence=0.6 if late else self.params.confidence,
            details={
                "where": f"; the disclosure “{late[0].text}” comes only after it: move it up front"
                if late
                else ""
            },
            fixes=fixes,
        )
