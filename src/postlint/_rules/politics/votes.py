"""Calls to vote for or against a named party or politician: a stance plain from its words,
which the models may under-read or read differently for different parties.

"Vote NZ First on Thursday!", "vote for the Greens" back the party; "Don't #VoteLabour",
"never vote Tory", "vote the Tories out", "put the Liberal Party last" are against it.
"""

from __future__ import annotations

import re

from postlint._engine.draft import Draft
from postlint._rules.politics.mention import Mention

__all__ = ["turned", "vote_call_at", "vote_calls"]

# Not a bare "not": "Why not vote Labour?" backs Labour.
_NEGATION = r"\b(?:don'?t|don’t|do not|never|won'?t|won’t|will never|wouldn'?t)\s+(?:ever\s+)?"
#: "Vote Labour", "vote for the NDP", "don't vote Reform", "never vote Tory": the words just
#: before a listed party or politician (``(?P<neg>…)`` turns the call against it).
_VOTE_BEFORE = re.compile(rf"(?i:(?P<neg>{_NEGATION})?\bvote\s+(?:for\s+)?(?:the\s+)?)$")
_NEGATED = re.compile(rf"(?i:{_NEGATION})$")
#: A preferential ballot's call: "put the Liberal Party last", "put Labor first on your
#: ballot", "preference the Greens number one".
_PUT_BEFORE = re.compile(r"(?i:\b(?:put|preference)\s+(?:the\s+)?)$")
_RANKED_AFTER = re.compile(r"(?i:\s+(?P<rank>last|first|1st|number one|number 1|no\.? ?1|#1)\b)")
_OUT_AFTER = re.compile(r"(?i:\s+out\b)")


def vote_calls(draft: Draft) -> list[Mention]:
    """Calls to vote for or against a party or politician the lexicons name, as campaigns with
    their side: a listed name after "vote" is as plain a call as a listed campaign tag, and is
    read alike for every party (a model's reading of "Vote NZ First" and "Vote Labour" may
    differ; this does not)."""
    text = draft.text
    lowered = text.lower()
    if "vote" not in lowered and "put " not in lowered and "preference" not in lowered:
        return []
    found = []
    for span in draft.spans_labelled("PARTY", "POLITICIAN"):
        called = vote_call_at(text, span.start_char, span.end_char)
        if called is not None:
            start, side = called
            found.append(
                Mention(start, span.end_char, text[start : span.end_char], "campaign", side)
            )
    return found


def turned(text: str, start: int, words: str, side: str | None) -> str | None:
    """A listed call to vote's side, turned by "don't" or "never" just before it
    ("Don't #VoteLabour", "never vote Reform"): the call is against its party then."""
    if side != "support" or not words.lower().lstrip("#").startswith("vote"):
        return side
    return "attack" if _NEGATED.search(text[max(0, start - 30) : start]) else side


def vote_call_at(text: str, start: int, end: int) -> tuple[int, str] | None:
    """Where a call to vote for (``support``) or against (``attack``: "don't vote", "never
    vote", "vote … out", "put … last") the name at ``text[start:end]`` begins, and its side;
    None when the name follows no "vote" (nor a preferential ballot's "put … first")."""
    head = text[max(0, start - 40) : start]
    before = _VOTE_BEFORE.search(head)
    if before is None:
        put, ranked = _PUT_BEFORE.search(head), _RANKED_AFTER.match(text, end)
        if put is None or ranked is None:
            return None
        last = ranked["rank"].lower() == "last"
        return start - len(put.group(0)), "attack" if last else "support"
    if text.startswith(("'s", "’s"), end):
        return None  # "MPs vote Labour's bill through": the bill is voted on
    against = bool(before.group("neg")) or bool(_OUT_AFTER.match(text, end))
    return start - len(before.group(0)), "attack" if against else "support"
