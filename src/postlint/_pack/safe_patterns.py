"""Regular expressions from rule packs are checked for catastrophic backtracking.

Python's ``re`` backtracks: ``(a+)+$`` on thirty ``a`` and a ``b`` takes minutes, and a rule
pack is data a user may have copied from anywhere. spaCy Matcher patterns accept ``REGEX``
predicates on token attributes, so every ``REGEX`` value in a pack (rule ``params``, lexicon
``patterns``) goes through :func:`regex_problems` before it is compiled, and the pack is
refused, naming the file and the field, when one is unsafe.

Refused (each a known ReDoS shape):

- a quantifier over something that itself repeats: ``(a+)+``, ``(\\w*\\s?)*``, ``(a{1,9})+``;
- a quantifier over alternatives that can start with the same character: ``(a|ab)+``,
  ``(\\w|\\d)*``;
- a quantifier over something that can match nothing: ``(a?)*``, ``(\\b)+``;
- a repeat, even a bounded one, around an unbounded quantifier: ``(a.*){9}z`` backtracks
  through n^9 ways to split a run of ``a``;
- a chain of three or more unbounded quantifiers that can match the same characters, with
  nothing between them that only one could match: ``a*a*a*b``, ``.*x.*y.*z``;
- backreferences (``\\1``): matching them is not bounded by any pattern shape;
- patterns longer than ``MAX_PATTERN_LENGTH`` and ones ``re`` cannot compile.

The analysis walks the parse tree of ``re`` itself, so it reads a pattern exactly as the
matcher will. It is conservative: when it cannot tell, it refuses, and says how to rewrite.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence

# The parser ``re`` itself uses (public as sre_parse before Python 3.11).
from re import _constants as sre_constants  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

__all__ = ["MAX_PATTERN_LENGTH", "find_regexes", "regex_problems"]

MAX_PATTERN_LENGTH = 500
#: A repeat whose upper bound exceeds this counts as unbounded: ``(a+){50}`` explodes too.
_LARGE_REPEAT = 10

_REPEATS = {sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT}
_POSSESSIVE = getattr(sre_constants, "POSSESSIVE_REPEAT", None)
_ATOMIC = getattr(sre_constants, "ATOMIC_GROUP", None)
_MAXREPEAT = sre_constants.MAXREPEAT
_ANY_CHAR: None = None
"""A first-character set of ``None`` means "could be any character"."""


def regex_problems(pattern: str) -> list[str]:
    """Why ``pattern`` is unsafe to run on untrusted text; empty when it is safe."""
    if not isinstance(pattern, str):
        return [f"a regular expression must be a string, not {type(pattern).__name__}"]
    if len(pattern) > MAX_PATTERN_LENGTH:
        return [f"longer than {MAX_PATTERN_LENGTH} characters"]
    try:
        parsed = sre_parse.parse(pattern)
    except (re.error, OverflowError, RecursionError) as error:
        return [f"not a valid regular expression: {error}"]
    problems: list[str] = []
    _check(list(parsed), problems, under_large_repeat=False)
    return list(dict.fromkeys(problems))  # each problem once, in order


def find_regexes(value: Any, path: str = "") -> Iterator[tuple[str, Any]]:
    """Every ``REGEX`` predicate in a spaCy pattern structure: (field path, pattern)."""
    if isinstance(value, Mapping):
        for key, item in value.items():
            where = f"{path}.{key}" if path else str(key)
            if isinstance(key, str) and key.upper() == "REGEX":
                yield where, item
            else:
                yield from find_regexes(item, where)
    elif isinstance(value, Sequence) and not isinstance(value, str | bytes):
        for index, item in enumerate(value):
            yield from find_regexes(item, f"{path}[{index}]")


def _is_large(high: int) -> bool:
    return high == _MAXREPEAT or high > _LARGE_REPEAT


def _check(items: list[tuple[Any, Any]], problems: list[str], *, under_large_repeat: bool) -> None:
    if _overlapping_chain(items):
        problems.append(
            "a chain of unbounded quantifiers over the same characters (like a*a*a*b or "
            ".*x.*y.*z): polynomial backtracking of a high degree; use one quantifier (a "
            "token pattern's REGEX already searches anywhere in the token)"
        )
    for op, arg in items:
        if op in _REPEATS or (_POSSESSIVE is not None and op == _POSSESSIVE):
            _, high, body = arg
            body_items = list(body)
            possessive = _POSSESSIVE is not None and op == _POSSESSIVE
            if high >= 2 and not possessive and _unbounded_inside(body_items):
                problems.append(
                    "a repeat around an unbounded quantifier (like (a.*){9}): backtracking "
                    "grows with the length to the power of the repeat; match the parts once"
                )
            if _is_large(high) and not possessive:
                if _repeats_inside(body_items):
                    problems.append(
                        "nested quantifiers (a repeated group that itself repeats, like "
                        "(a+)+): exponential backtracking; repeat the inner part only"
                    )
                if _can_be_empty(body_items):
                    problems.append(
                        "a quantifier over something that can match nothing (like (a?)*)"
                    )
                if _overlapping_branches(body_items):
                    problems.append(
                        "a quantifier over alternatives that can start with the same "
                        "character (like (a|ab)+): exponential backtracking; make the "
                        "alternatives start differently or use a character class"
                    )
            _check(body_items, problems, under_large_repeat=under_large_repeat or _is_large(high))
        elif op == sre_constants.SUBPATTERN:
            _check(list(arg[-1]), problems, under_large_repeat=under_large_repeat)
        elif op == sre_constants.BRANCH:
            for branch in arg[1]:
                _check(list(branch), problems, under_large_repeat=under_large_repeat)
        elif op in (sre_constants.ASSERT, sre_constants.ASSERT_NOT):
            _check(list(arg[1]), problems, under_large_repeat=under_large_repeat)
        elif _ATOMIC is not None and op == _ATOMIC:
            continue  # an atomic group never backtracks into itself
        elif op in (sre_constants.GROUPREF, getattr(sre_constants, "GROUPREF_EXISTS", None)):
            problems.append("backreferences (like \\1) can take exponential time")


def _children(op: Any, arg: Any) -> list[list[tuple[Any, Any]]]:
    if op in _REPEATS or (_POSSESSIVE is not None and op == _POSSESSIVE):
        return [list(arg[2])]
    if op == sre_constants.SUBPATTERN:
        return [list(arg[-1])]
    if op == sre_constants.BRANCH:
        return [list(branch) for branch in arg[1]]
    if op in (sre_constants.ASSERT, sre_constants.ASSERT_NOT):
        return [list(arg[1])]
    return []


def _repeats_inside(items: list[tuple[Any, Any]]) -> bool:
    """Whether anything inside ``items`` can match more than one time in a row."""
    for op, arg in items:
        if (op in _REPEATS or (_POSSESSIVE is not None and op == _POSSESSIVE)) and arg[1] > 1:
            return True
        if any(_repeats_inside(child) for child in _children(op, arg)):
            return True
    return False


def _unbounded_inside(items: list[tuple[Any, Any]]) -> bool:
    """Whether anything inside ``items`` repeats without an upper bound."""
    for op, arg in items:
        if (op in _REPEATS or (_POSSESSIVE is not None and op == _POSSESSIVE)) and (
            arg[1] == _MAXREPEAT
        ):
            return True
        if any(_unbounded_inside(child) for child in _children(op, arg)):
            return True
    return False


#: Unbounded quantifiers over shared characters in one sequence from which backtracking
#: becomes a problem: two (``.*x.*``) are quadratic at worst on a token's few characters.
_CHAIN_LIMIT = 3


def _overlapping_chain(items: list[tuple[Any, Any]]) -> bool:
    """Whether one sequence holds ``_CHAIN_LIMIT`` unbounded quantifiers that can all match
    some same character (each pair overlapping)."""
    sets: list[frozenset[int] | None] = []
    for op, arg in items:
        if op in _REPEATS and arg[1] == _MAXREPEAT:
            sets.append(_first_chars(list(arg[2])))
    if len(sets) < _CHAIN_LIMIT:
        return False
    for index, first in enumerate(sets):
        overlapping = [
            other
            for other in sets[index + 1 :]
            if first is _ANY_CHAR or other is _ANY_CHAR or first & other
        ]
        if len(overlapping) + 1 >= _CHAIN_LIMIT:
            return True
    return False


_ZERO_WIDTH = {sre_constants.AT, sre_constants.ASSERT, sre_constants.ASSERT_NOT}


def _can_be_empty(items: list[tuple[Any, Any]]) -> bool:
    """Whether ``items`` can match the empty string."""
    for op, arg in items:
        if op in _ZERO_WIDTH:
            continue
        if op in _REPEATS or (_POSSESSIVE is not None and op == _POSSESSIVE):
            if arg[0] == 0 or _can_be_empty(list(arg[2])):
                continue
            return False
        if op == sre_constants.SUBPATTERN:
            if _can_be_empty(list(arg[-1])):
                continue
            return False
        if op == sre_constants.BRANCH:
            if any(_can_be_empty(list(branch)) for branch in arg[1]):
                continue
            return False
        return False  # a character, a class, any character: at least one character
    return True


def _overlapping_branches(items: list[tuple[Any, Any]]) -> bool:
    """Whether an alternation directly in ``items`` has two branches that can start alike."""
    for op, arg in items:
        if op == sre_constants.BRANCH:
            firsts = [_first_chars(list(branch)) for branch in arg[1]]
            for index, first in enumerate(firsts):
                for other in firsts[index + 1 :]:
                    if first is _ANY_CHAR or other is _ANY_CHAR or first & other:
                        return True
        elif op == sre_constants.SUBPATTERN and _overlapping_branches(list(arg[-1])):
            return True
    return False


def _first_chars(items: list[tuple[Any, Any]]) -> frozenset[int] | None:
    """Code points a match of ``items`` can start with; ``None`` for "any" or "unknown"."""
    for op, arg in items:
        if op in _ZERO_WIDTH:
            continue
        if op == sre_constants.LITERAL:
            return frozenset({arg})
        if op == sre_constants.IN:
            chars: set[int] = set()
            for item_op, item_arg in arg:
                if item_op == sre_constants.LITERAL:
                    chars.add(item_arg)
                elif item_op == sre_constants.RANGE and item_arg[1] - item_arg[0] < 256:
                    chars.update(range(item_arg[0], item_arg[1] + 1))
                else:
                    return _ANY_CHAR  # categories (\w, \d), negation, wide ranges
            return frozenset(chars)
        if op == sre_constants.SUBPATTERN:
            return _first_chars(list(arg[-1]))
        if op == sre_constants.BRANCH:
            union: set[int] = set()
            for branch in arg[1]:
                first = _first_chars(list(branch))
                if first is _ANY_CHAR:
                    return _ANY_CHAR
                union |= first
            return frozenset(union)
        if op in _REPEATS or (_POSSESSIVE is not None and op == _POSSESSIVE):
            if arg[0] == 0:
                return _ANY_CHAR  # may be skipped: what follows could start the match
            return _first_chars(list(arg[2]))
        return _ANY_CHAR
    return _ANY_CHAR
