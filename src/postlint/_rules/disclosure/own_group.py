"""The author's organisation named as the group the author speaks for: "At Kestrel Rail, we've
been flat out…", "Our engineers at Kestrel Rail worked through the night", "Kestrel Rail's
digital team has been busy: here's what we shipped", "We're the DfT's data team", "Me and the
rest of the Oakfield Library crew…", "From the Kestrel Rail team at Hatton:", "Another
twelve-hour shift at Northgate done".

Readers learn where the author works from these as surely as from "I work at…", and a finding
that says "you don't say you work at Kestrel Rail" beside "At Kestrel Rail, we…" contradicts
what is on screen. The organisation is the configured one (``organisation``), so a "we" near
its name may count; a customer's "we" is kept out where the words say so ("Thanks to the
Kestrel Rail team, we got home"), and "our friends at Kestrel Rail" is a partner.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from postlint._engine.draft import Draft
from postlint._rules.disclosure.organisation import organisation_mentions
from postlint._rules.disclosure.spans import DisclosureStatement

__all__ = ["own_group_statements"]

#: Where a sentence starts, for the words around a mention.
_SENTENCE_END = re.compile(r"[.!?\n]")
#: "At Kestrel Rail, we…", "At the DVLA we're…": the organisation opening its sentence as the
#: place "we" work (the name then at most a comma before "we" or "our").
_AT_OPENING = re.compile(r"[\s\W]*(?:here\s+)?at\s+(?:the\s+)?$", re.IGNORECASE)
_WE_NEXT = re.compile(r"(?:\s*,)?\s*(?:we|we['’](?:re|ve|ll|d)|our)\b", re.IGNORECASE)
#: "Our engineers at", "our whole team in": the author's own people at the organisation, not
#: a partner's ("our friends at", "our partners at") or a customer's ("our account with").
_OURS_AT = re.compile(
    r"\bour\s+(?!(?:friends?|partners?|pals?|mates?|neighbou?rs?|hosts?|sponsors?|customers?|"
    r"clients?|members?|suppliers?|contacts?|counterparts?|allies|supporters?|fans?|account|"
    r"accounts|bank|local)\b)[a-z'’-]+(?:\s+[a-z'’-]+)?\s+(?:at|in)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
#: A shift or a round of duty at the organisation: "Another twelve-hour shift on the wards at
#: Northgate done", "night shift at Kestrel Rail", "on call for Oakfield council".
#: The shift opens its sentence, the author's own ("Another…", "My night shift…", "Twelve-hour
#: shift…"), not someone else's ("the nurse on shift at Northgate was lovely", "my son's shift").
_SHIFT_AT = re.compile(
    r"^[\s\W]*(?:(?:another|my|our|a|first|last|long|night|day|early|late|double|weekend|"
    r"[\w]+-hour|\d+\s*hr?s?)\s+){0,3}(?:shifts?|rota|on\s+call|on\s+duty|clocked\s+(?:in|off))"
    r"(?:\s+[\w'’-]+){0,3}?\s+(?:at|for|with|in)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
#: A group of the organisation's staff after its name: "Kestrel Rail's digital team", "the
#: DfT data team", "the Oakfield Library crew".
_GROUP_AFTER = re.compile(
    r"(?:['’]s)?(?:\s+[\w'’&-]+){0,3}?\s+(?:team|teams|crew|staff|squad|unit|directorate|office)"
    r"\b",
    re.IGNORECASE,
)
#: Before such a group, the author placing themselves in it: "We're the", "me and the rest of
#: the", "I'm one of the".
_MEMBER_BEFORE = re.compile(
    r"\b(?:we['’]re|we\s+are|(?:me|i)\s+and\s+the\s+rest\s+of|the\s+rest\s+of|i['’]m\s+one\s+of|"
    r"one\s+of)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
#: A post signed from the group, opening its sentence: "From the Kestrel Rail team at Hatton:"
#: (a customer's "from" is further in: "Got a letter from the Kestrel Rail team").
_SIGNED_FROM = re.compile(
    r"[\s\W]*(?:a\s+(?:message|note|word|update)\s+)?from\s+(?:all\s+of\s+)?(?:us\s+(?:at|in)\s+)?"
    r"(?:the\s+)?",
    re.IGNORECASE,
)
#: A customer's or a visitor's words before the group: the "we" after it is theirs ("Thanks to
#: the Kestrel Rail team, we got home", "We met the Fenwick team and we…").
_NOT_THE_GROUPS = re.compile(
    r"\b(?:thanks?|thank\s+you|shout\s*-?\s*out|cheers|kudos|props|well\s+done|met|meet|"
    r"meeting|visited|visit|saw|called|rang|emailed|asked|told|with|from|by|against|about|"
    r"complain\w*|praise\w*)\b",
    re.IGNORECASE,
)
#: The group saying what "we" did after it, in its sentence: "Kestrel Rail's digital team has
#: been busy: here's what we shipped", "what the DfT content team worked on, and what we plan",
#: "The DfT data team (that's us!)". Not any "we" or "our": a customer's "Fenwick staff were
#: brilliant, our account was sorted in minutes" is about the staff, not by them.
_WE_LATER = re.compile(
    r"\(\s*that['’]s\s+us\b|\b(?:here['’]s\s+|and\s+)?what\s+we\b", re.IGNORECASE
)


def own_group_statements(
    draft: Draft, besides: Sequence[DisclosureStatement] = ()
) -> Iterator[DisclosureStatement]:
    """Where the draft names the author's organisation as the group they speak for, but where
    a statement found already (``besides``) covers it."""
    text = draft.text
    for mention in organisation_mentions(draft):
        found = _group_statement(text, mention.start, mention.end)
        if found is None:
            continue
        start, end = found
        if draft.is_quoted(start, end):
            continue
        if not any(s.start < end and start < s.end for s in besides):
            yield DisclosureStatement(start, end, text[start:end], "own-group")


def _group_statement(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The words around the organisation's name at ``start:end`` that make it the author's
    group, as (start, end) of the statement."""
    # (a search back from the name, not a scan from the draft's start: a long draft has many)
    sentence_start = max(text.rfind(mark, 0, start) for mark in ".!?\n") + 1
    following = _SENTENCE_END.search(text, end)
    sentence_end = following.start() if following is not None else len(text)
    head = text[sentence_start:start]
    at = _AT_OPENING.fullmatch(head)
    we = _WE_NEXT.match(text, end)
    if at is not None and we is not None:
        opening = re.search(r"\w", head)
        return sentence_start + (opening.start() if opening else 0), we.end()
    ours = _OURS_AT.search(head) or _SHIFT_AT.match(head)
    if ours is not None:
        return sentence_start + ours.start(), end
    group = _GROUP_AFTER.match(text, end)
    if group is None:
        return None
    signed = _SIGNED_FROM.fullmatch(head)
    if signed is not None:
        return sentence_start + len(head) - len(head.lstrip()), group.end()
    if _NOT_THE_GROUPS.search(head):
        return None
    member = _MEMBER_BEFORE.search(head)
    if member is not None:
        return sentence_start + member.start(), group.end()
    if _WE_LATER.search(text, group.end(), sentence_end) is not None:
        return start, group.end()
    return None
