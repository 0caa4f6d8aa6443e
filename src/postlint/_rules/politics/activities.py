"""Campaigning the author takes part in: canvassing, leafleting, phone banking, standing for
election, marching or picketing; and tickets to a political fundraiser, offered.

A post about doing it ("Out on the doorstep in Ward 7 this morning") is campaigning whatever
party it is for, and the political-risk model, which reads stances, misses it when the
sentence names no side. The activities are data (``politics/activity``, label
``CAMPAIGN_ACTIVITY``); they count only in the author's own sentences that say the author
does them: a first-person sentence, one that opens with the activity ("Leafleting in the
rain with the team") or with a verb and no subject ("Heading to Erie to knock doors"), that
names something political (a party, politician, office, political @handle, contested issue
or an election word): charities, census takers and PTAs knock on doors and phone round too.
The models must find the sentence political at all as well
(``declarations.LISTED_CAMPAIGN_NEEDS``): "we're canvassing views on the timetable" and "left on
the doorstep" are not campaigns. ``asks_for_money`` tells a call for money
(``politics.fundraising``) from other calls to action.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from postlint._engine.draft import Draft
from postlint._rules.politics.hashtags import NAME_AND_YEAR_TAG, names_an_event
from postlint._rules.politics.mention import ACTOR_LABELS, HANDLE, Mention
from postlint._rules.voice import FIRST_PERSON

__all__ = ["asks_for_money", "campaign_activities"]

_ACTIVITY = "CAMPAIGN_ACTIVITY"
#: Contested issues make an activity political too ("the march against the Rwanda plan").
_ISSUES = ("CONTESTED_ISSUE", "ISSUE_HASHTAG", "ISSUE_SLOGAN")
#: A post this short is one thought: its political words count for every sentence of it.
_SHORT_POST_CHARS = 280
#: At most this many words before the activity, for a sentence that opens with it.
_OPENING_WORDS = 4
_WORD = re.compile(r"[\w'’-]+")


def campaign_activities(draft: Draft, political_handle: Callable[[str], bool]) -> list[Mention]:
    """The campaign activities the author says they take part in, as actions, in a sentence
    (or a short post) with something political in it: a party, politician or office the
    lexicons name, a ``political_handle``, or an election word ("by-election", "ward",
    "polling day"). Charities and census takers knock on doors and phone round too."""
    not_before = draft.pack.word_list("politics/activity.not_campaigning_before")
    found = []
    for span in draft.spans_labelled(_ACTIVITY):
        start, end = span.start_char, span.end_char
        if draft.is_quoted(start, end):
            continue
        after = draft.text[end : end + 40].lower().lstrip()
        if any(after.startswith(words) for words in not_before):
            continue
        sentence = draft.sentence_of(span.start)
        before = _WORD.findall(draft.text[sentence.start_char : start])
        # The author's own: "I", "we", an activity that opens the sentence, or a sentence
        # with no subject that opens with a verb ("Heading to Erie to knock doors…").
        own = (
            FIRST_PERSON.search(sentence.text)
            or len(before) <= _OPENING_WORDS
            or before[0].lower().endswith("ing")
        )
        if own and _political(draft, sentence.start_char, sentence.end_char, political_handle):
            found.append(Mention(start, end, span.text.lower(), "activity", "action"))
    found.extend(_fundraisers(draft, political_handle))
    return found


#: A price per place at an event: "$75/ticket", "£40 a head", "$50 per plate".
_PRICE = re.compile(
    r"[$£€]\s?\d[\d,.]*\s*(?:/|a|an|per|each)?\s*(?:ticket|tickets|plate|head|person|seat|"
    r"table|couple)\b",
    re.IGNORECASE,
)


def _fundraisers(draft: Draft, political_handle: Callable[[str], bool]) -> list[Mention]:
    """Tickets to a fundraiser of something political, offered ("You're invited! Polk County
    Republicans' Lincoln Day Dinner, $75/ticket. RSVP"): an invitation to pay a party or
    candidate, whoever hosts it. Like a cause tag it has no second reading, so it tips models
    that read no politics in it."""
    found: list[Mention] = []
    prices = [m for m in _PRICE.finditer(draft.text) if not draft.is_quoted(m.start(), m.end())]
    if not prices:
        return found
    lowered = draft.text.lower()
    invitations = draft.pack.word_list("politics/activity.invitation_words")
    if not any(_has_phrase(lowered, words) for words in invitations):
        return found  # "a $1700 a ticket fundraiser. How many will go?": reported, not offered
    for match in prices:
        span = draft.doc.char_span(match.start(), match.end(), alignment_mode="expand")
        if span is None:
            continue
        sentence = draft.sentence_of(span.start)
        if _political(draft, sentence.start_char, sentence.end_char, political_handle):
            found.append(
                Mention(match.start(), match.end(), match.group(0), "fundraiser", "action")
            )
    return found


def _political(draft: Draft, start: int, end: int, political_handle: Callable[[str], bool]) -> bool:
    """Whether ``draft.text[start:end]`` (widened to the whole draft when it is short) names a
    party, politician, office, campaign (a candidate's tag too), contested issue or election."""
    if len(draft.text) <= _SHORT_POST_CHARS:
        start, end = 0, len(draft.text)
    if any(start <= s.start_char < end for s in draft.spans_labelled(*ACTOR_LABELS, *_ISSUES)):
        return True
    text = draft.text[start:end]
    if any(political_handle(handle) for handle in HANDLE.findall(text)):
        return True
    # A candidate's tag no list knows: "for #Okafor2028", not "for #Census2021".
    if any(not names_an_event(tag) for tag in NAME_AND_YEAR_TAG.findall(text)):
        return True
    election = draft.pack.word_list("politics/activity.election_words")
    return any(word.lower() in election for word in _WORD.findall(text))


#: An amount asked for: "chip in $5", "donate £10", "give $25".
_ASKED_AMOUNT = re.compile(
    r"\b(?:chip in|chip-in|give|donate|send|contribute|pledge|match)\s+(?:just\s+|only\s+)?"
    r"[$£€]\s?\d",
    re.IGNORECASE,
)


def asks_for_money(draft: Draft, start: int, end: int) -> bool:
    """Whether a call to action in ``draft.text[start:end]`` asks for money: a donation word
    ("donate", "chip in", "fundraiser"), a price per place ("$50 a plate") or an amount asked
    for ("give $25"). An amount alone is no ask ("$1 million in the bank")."""
    text = draft.text[start:end]
    if _ASKED_AMOUNT.search(text) or _PRICE.search(text):
        return True
    lowered = text.lower()
    words = draft.pack.word_list("politics/activity.money_words")
    return any(_has_phrase(lowered, phrase) for phrase in words)


def _has_phrase(text: str, phrase: str) -> bool:
    at = text.find(phrase)
    while at >= 0:
        before = text[at - 1 : at]
        after = text[at + len(phrase) : at + len(phrase) + 1]
        if not (before.isalnum() or after.isalnum()) or phrase.startswith("/"):
            return True
        at = text.find(phrase, at + 1)
    return False
