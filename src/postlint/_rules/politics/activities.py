"""Campaigning the author takes part in: canvassing, leafleting, phone banking.

A post about doing it ("Out on the doorstep in Ward 7 this morning") is campaigning whatever
party it is for, and the political-risk model, which reads stances, misses it when the
sentence names no side. The activities are data (``politics/activity``, label
``CAMPAIGN_ACTIVITY``); they count only in the author's own sentences that say the author
does them: a first-person sentence, or one that opens with the activity ("Leafleting in the
rain with the team"). Whether the sentence is political at all stays the models' call
(``judgement.LISTED_CAMPAIGN_NEEDS``): "we're canvassing views on the timetable" and "left on
the doorstep" are not campaigns.
"""

from __future__ import annotations

import re

from postlint._engine.draft import Draft
from postlint._rules.politics.mention import Mention

__all__ = ["campaign_activities"]

_ACTIVITY = "CAMPAIGN_ACTIVITY"
#: At most this many words before the activity, for a sentence that opens with it.
_OPENING_WORDS = 4
_FIRST_PERSON = re.compile(r"\b(?:i|i'm|i’m|i've|i’ve|me|my|we|we're|we’re|our|us)\b", re.I)
_WORD = re.compile(r"[\w'’-]+")


def campaign_activities(draft: Draft) -> list[Mention]:
    """The campaign activities the author says they take part in, as actions."""
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
        before = draft.text[sentence.start_char : start]
        if _FIRST_PERSON.search(sentence.text) or len(_WORD.findall(before)) <= _OPENING_WORDS:
            found.append(Mention(start, end, span.text.lower(), "activity", "action"))
    return found
