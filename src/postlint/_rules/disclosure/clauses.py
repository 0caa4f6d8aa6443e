"""Whose words a position phrase is: the author's own, in a main clause ("Last year I joined
Kestrel Rail"), not the people "I work for" in a relative clause, nor a title after words that
make it another's ("met the Senator for Ohio")."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

__all__ = ["in_relative_clause", "previous_word", "said_of_oneself", "words_before"]


#: "I'm" or "I am" this many words before a title makes it the author's.
_SELF_REACH = 7
_I_AM = frozenset({"'m", "’m", "am", "m"})
#: Words between "I'm" and a title that make it another's ("I'm grateful to the Senator for
#: Ohio", "I'm meeting the MP for Leeds").
_TO_ANOTHER = frozenset(
    {
        "to",
        "with",
        "for",
        "from",
        "by",
        "at",
        "on",
        "about",
        "after",
        "like",
        "than",
        "and",
        "of",
        "fan",
        "behind",
        "backing",
        "supporting",
        "voting",
        "meeting",
        "seeing",
        "joining",
        "calling",
        "writing",
        "asking",
        "thanking",
        "not",
        "no",
        "never",
    }
)


def said_of_oneself(title: Token, sentence_starts: frozenset[int]) -> bool:
    """Whether a title follows "I'm" or "I am" in its clause, with only a description of the
    office between ("I'm the MP for Leeds", "I'm Westland's only Member of the U.S.
    House", "I'm proud to be the Senator for Ohio"): the author's own."""
    words = words_before(title, _SELF_REACH, sentence_starts)
    for at, word in enumerate(words):
        said = word.lower_ in {"im", "i'm", "i’m"} or (
            word.lower_ in _I_AM and at + 1 < len(words) and words[at + 1].lower_ == "i"
        )
        if said:
            between = [w.lower_ for w in reversed(words[:at])]
            text = " ".join(between).replace("to be", "")
            return not any(w in _TO_ANOTHER for w in text.split())
    return False


#: Words after which "I" opens a main clause, not a relative one ("Last year I joined…",
#: "and I work at…").
_BEFORE_A_MAIN_CLAUSE = frozenset(
    {"year", "week", "month", "ago", "today", "yesterday", "and", "but", "so", "then", "now"}
)


def in_relative_clause(span: Span, sentence_starts: frozenset[int]) -> bool:
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
    before = previous_word(subject, sentence_starts)
    return (
        before is not None
        and before.is_alpha
        and before.lower_ not in _BEFORE_A_MAIN_CLAUSE
        and before.is_lower
        and before.lower_ not in _CLAUSE_OPENERS
    )


# Words after which "I work for" opens a main clause, not a relative one: "For transparency I
# work at …", "For the record I work for …".
_CLAUSE_OPENERS = frozenset(
    {"and", "but", "so", "because", "since", "now", "also", "where", "yes", "hi", "hello"}
    | {"transparency", "record", "context", "clarity", "reference", "honesty", "disclosure"}
    | {"fairness", "background", "info"}
)


def previous_word(token: Token, sentence_starts: frozenset[int]) -> Token | None:
    """The token before ``token`` in its sentence, or None at a sentence start."""
    if token.i == 0 or token.i in sentence_starts:
        return None
    previous = token.doc[token.i - 1]
    return None if previous.is_space or previous.is_punct else previous


def words_before(token: Token, count: int, sentence_starts: frozenset[int]) -> list[Token]:
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
