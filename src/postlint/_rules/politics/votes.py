"""Calls to vote for or against a named party or politician: a stance plain from its words,
which the models may under-read or read differently for different parties.

"Vote NZ First on Thursday!", "vote for the Greens" back the party; "Don't #VoteLabour",
"never vote Tory", "vote the Tories out", "put the Liberal Party last" are against it.
"""

from __future__ import annotations

import re

from postlint._engine.draft import Draft
from postlint._rules.politics.mention import Mention, whole_phrases

__all__ = ["mocked", "turned", "vote_call_at", "vote_calls", "vote_side_at"]

# "not" after anything but "why": "Why not vote Labour?" backs Labour.
_NEGATION = (
    r"\b(?:don'?t|don’t|do not|never|won'?t|won’t|will never|wouldn'?t|(?<!why\s)not|"
    r"no\s+longer|stop|stopped)\s+(?:ever\s+)?"
)
#: A question that scorns a vote ("Why would anyone still vote…", "Who in their right mind
#: would vote…"): it asks what no one should do.
_SCORNED = (
    r"\b(?:(?:why|how)\s+(?:on\s+earth\s+|the\s+hell\s+)?(?:would|does|do|did|could|can|"
    r"should|is|are)\s+(?:anyone|anybody|you|people|folk|they)|who\s+(?:on\s+earth\s+|"
    r"in\s+their\s+right\s+mind\s+|seriously\s+|honestly\s+)?(?:would|will|could|still|"
    r"actually))\s+(?:still\s+|ever\s+|even\s+|actually\s+|seriously\s+)?"
)
#: "Vote Labour", "vote for the NDP", "don't vote Reform", "never voting Tory again", "Why
#: would anyone vote Reform?": the words just before a listed party or politician
#: (``(?P<neg>…)`` and ``(?P<scorned>…)`` turn the call against it). A plain "voting <X>"
#: is no call ("Anyone voting <X> …"), the judge reads it; turned, it is one.
_VOTE_BEFORE = re.compile(
    rf"(?i:(?:(?P<neg>{_NEGATION})|(?P<scorned>{_SCORNED}))?\b(?P<verb>vote|voting)\s+"
    r"(?:for\s+)?(?:the\s+)?)$"
)
_TURNED = re.compile(rf"(?i:{_NEGATION}|{_SCORNED})$")
#: People said to be voting for a party: a description of its voters, not a call.
_VOTERS = re.compile(
    r"\b(?:anyone|anybody|people|those|everyone|folk|voters)\s+(?:still\s+)?$", re.I
)
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
        called = vote_side_at(draft, span.start_char, span.end_char)
        if called is not None:
            start, side = called
            found.append(
                Mention(start, span.end_char, text[start : span.end_char], "campaign", side)
            )
    return found


def turned(text: str, start: int, words: str, side: str | None) -> str | None:
    """A listed call to vote's side, turned by "don't" or "never" just before it, or by a
    question that scorns it ("Don't #VoteLabour", "never voting Reform again", "Who in their
    right mind would vote Conservative?"): the call is against its party then. After the
    people said to do it ("Anyone voting Reform …") it is no call: None, for the judge."""
    if side != "support" or not words.lower().lstrip("#").startswith(("vote", "voting")):
        return side
    head = text[max(0, start - 50) : start]
    if words.lower().startswith("voting") and _VOTERS.search(head):
        return None  # "Anyone voting Reform needs their head examined": the judge reads it
    return "attack" if _TURNED.search(head) else side


def vote_side_at(draft: Draft, start: int, end: int) -> tuple[int, str] | None:
    """``vote_call_at`` in ``draft``, a call for the name turned against it where it mocks
    (``mocked``: "Vote <X> if you want your taxes raised again")."""
    called = vote_call_at(draft.text, start, end)
    if called is not None and called[1] == "support" and mocked(draft, end):
        return called[0], "attack"
    return called


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
    against = bool(before.group("neg") or before.group("scorned")) or bool(
        _OUT_AFTER.match(text, end)
    )
    if before.group("verb").lower() == "voting" and not against:
        return None  # "Anyone voting Reform…": the judge reads the rest
    return start - len(before.group(0)), "attack" if against else "support"


#: After a call to vote, what it would bring, said to the reader: "Vote <X> if you want your
#: taxes raised again", "Vote <X> if you like chaos".
_IF_YOU_WANT = re.compile(
    r"(?:\s+[\w'’-]+){0,2}?[\s,]*(?:if|when|cos|because)\s+you\s+(?:want|like|love|fancy|"
    r"enjoy|miss|prefer|"
    r"need)\s+(?P<wish>[^.!?\n]{1,120})",
    re.IGNORECASE,
)
#: Words that make what the vote would bring a harm, or the call a joke.
_MOCKERY = re.compile(
    r"\b(?:again|lol|lmao|chaos|misery|disaster|mess|shambles|sold\s+off|food\s+banks?|"
    r"strikes|decline|ruin\w*|wreck\w*|broke|poorer|worse)\b|😂|🤣|🤡|🙄|💀",
    re.IGNORECASE,
)
_UP = re.compile(r"\b(?:rais\w*|up|hik\w*|higher|more|doubl\w*|tripl\w*|soar\w*|rocket\w*)\b")
_DOWN = re.compile(
    r"\b(?:cut|cuts|closed?|shut|sold|gone|privatised|privatized|scrapp\w*|fewer|less|lower|"
    r"axed|slashed)\b"
)


def mocked(draft: Draft, end: int) -> bool:
    """Whether the words after a call to vote, which ends at ``end``, say what it would bring
    is a harm ("Vote <X> if you want your taxes raised again", "… if you like chaos", "… if you
    want your library shut"): the call mocks, against <X>. "Vote <X> if you want cleaner
    rivers" stays a call for <X>."""
    wish = _IF_YOU_WANT.match(draft.text, end)
    if wish is None:
        return False
    words = wish.group("wish").lower()
    if _MOCKERY.search(words):
        return True
    lists = "politics/stance"
    if whole_phrases(draft.pack.word_list(f"{lists}.scorn_words")).search(words):
        return True
    burden = whole_phrases(draft.pack.word_list(f"{lists}.burdens")).search(words)
    good = whole_phrases(draft.pack.word_list(f"{lists}.public_goods")).search(words)
    return bool((burden and _UP.search(words)) or (good and _DOWN.search(words)))
