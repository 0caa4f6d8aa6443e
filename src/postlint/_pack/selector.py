"""Selectors: how a rule id, a family prefix or ``all`` choose rules. The one implementation,
used by profiles, ``rules.select``/``ignore``/``severity`` and suppression comments."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TypeVar

__all__ = ["ALL", "matches_any", "matches_selector", "most_specific", "unknown_name"]

ALL = "all"
_Value = TypeVar("_Value")


def matches_selector(rule_id: str, selector: str) -> bool:
    """``politics`` selects ``politics.*``; an id selects itself; ``all`` selects everything."""
    selector = selector.strip()
    return selector.lower() == ALL or rule_id == selector or rule_id.startswith(selector + ".")


def matches_any(rule_id: str, selectors: Iterable[str]) -> bool:
    return any(matches_selector(rule_id, selector) for selector in selectors)


def most_specific(rule_id: str, by_selector: Mapping[str, _Value]) -> _Value | None:
    """The value of the most specific selector that matches: an id over a family over
    ``all``."""
    best: tuple[int, _Value] | None = None
    for selector, value in by_selector.items():
        if matches_selector(rule_id, selector):
            specificity = 0 if selector.strip().lower() == ALL else len(selector.strip())
            if best is None or specificity > best[0]:
                best = (specificity, value)
    return best[1] if best else None


def unknown_name(kind: str, name: str, known: Iterable[str]) -> str:
    """``unknown profile 'x' (known: a, b); did you mean 'y'?``: one wording for every name a
    config can get wrong."""
    import difflib

    choices = sorted(known)
    close = difflib.get_close_matches(name, choices, n=1, cutoff=0.6)
    hint = f"; did you mean {close[0]!r}?" if close else ""
    return f"unknown {kind} {name!r} (known: {', '.join(choices)}){hint}"
