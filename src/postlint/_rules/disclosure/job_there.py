"""The author's job at the organisation said in the sentence that names it, in the forms that
name no person noun: "I train baristas for Quill & Ember", "I build the app at Kestrel Rail",
"what I actually do at Fenwick", "why I took the gardening job at Oakfield Library Service",
"Lifeguarding for Kestrel Rail means days like this, and I'm still shaking", "PSA from someone
who investigates it for the DVLA", "buying cheese for Quill & Ember is my actual job", "yes
Fenwick pays me", "I'm on Fenwick's brand team".

The organisation is the configured one (``organisation``), so the shapes may be looser than
the fixed phrases that name any employer; a customer's verbs ("I shop at", "I bank with",
"Flying with …") are no job.
"""

from __future__ import annotations

import re

from postlint._rules.voice import FIRST_PERSON

__all__ = ["job_there"]

#: What a customer, a visitor or a student does at an organisation: no job there.
_CUSTOMERS = (
    r"(?:shop|shopped|shopping|bank|banked|banking|buy|bought|buying|eat|ate|eating|order|"
    r"ordered|ordering|fly|flew|flying|stay|stayed|staying|pay|paid|paying|queue|queued|"
    r"queuing|queueing|wait|waited|waiting|call|called|calling|ring|rang|phone|phoned|"
    r"complain|complained|complaining|spend|spent|spending|go|went|going|get|got|getting|"
    r"have|had|love|loved|hate|hated|use|used|using|switch|switched|switching|move|moved|"
    r"sign|signed|apply|applied|applying|study|studied|studying|live|lived|swim|play|played|"
    r"meet|met|see|saw|watch|watched|visit|visited|visiting|book|booked|booking|travel|"
    r"travelled|traveled|travelling|stop|stopped|park|parked|return|returned|was|am|were|be|"
    r"been|can|could|will|would|should|must|need|needed|want|wanted|try|tried|ask|asked|"
    r"thank|thanked|left|think|thought|know|knew|find|found|lost|heard|read|like|liked|miss|"
    r"missed|renew|renewed|collect|collected|picked|sat|stood|don['’]t|didn['’]t)"
)
_UP_TO_PREPOSITION = r"(?:\s+[\w'’-]+){0,3}?\s+(?:at|for|with)\s+(?:the\s+)?$"
#: Before the name: "I <a verb of work> … at/for", "someone who <verb>s … for".
_DOER = re.compile(
    rf"(?:\bI\s+(?:(?:also|actually|currently|now|still|just|really)\s+)?|\bsomeone\s+who\s+)"
    rf"(?!{_CUSTOMERS}\b)[a-z]+{_UP_TO_PREPOSITION}",
    re.IGNORECASE,
)
#: Right before the name, the author's own firm: "I co-founded <Org>", "I run <Org>".
_FOUNDER = re.compile(
    r"\bI\s+(?:(?:also|actually|proudly)\s+)?(?:co-?founded|founded|own|co-own|run|started|"
    r"set\s+up)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
#: Before the name, the author's job: "why I took the gardening job at …", "My day job is
#: advising at …".
_JOB = re.compile(
    r"\b(?:my|the|a|this)\s+(?:[\w-]+\s+){0,2}job\s+(?:is\s+[a-z]+ing\s+)?(?:at|with|for)\s+"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)
#: The author on the organisation's team: "I'm on Fenwick's brand team", "I'm part of the
#: Kestrel Rail data squad".
_ON_TEAM_BEFORE = re.compile(r"\bI(?:['’]m|\s+am)\s+(?:on|part\s+of|in)\s+(?:the\s+)?$")
_ON_TEAM_AFTER = re.compile(r"(?:['’]s)?(?:\s+[\w-]+){0,2}\s+(?:team|squad|unit|department|crew)\b")
#: Opening the sentence, work done for the name: "Lifeguarding for the RNLI means…".
_WORKING = re.compile(
    rf"^\W*(?!{_CUSTOMERS}\b)[A-Za-z]+ing(?:\s+[\w'’-]+){{0,2}}?\s+(?:at|for|with)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
#: After the name: "… pays me", "… is my actual job", "… is my employer".
_AFTER = re.compile(
    r"(?:['’]s)?\s+(?:(?:pays|paid|pay)\s+(?:me|my\s+(?:salary|wages|wage|bills|mortgage))|"
    r"(?:is|was|['’]s)\s+my\s+(?:actual\s+|real\s+|day\s+|full-?time\s+|proper\s+)?"
    r"(?:job|employer|day\s+job|work|workplace))\b",
    re.IGNORECASE,
)


def job_there(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Where the sentence holding the organisation's name at ``text[start:end]`` says the
    author works there (see the module), or None."""
    opening = max(text.rfind(mark, 0, start) for mark in (".", "!", "?", "\n", ":")) + 1
    head = text[opening:start]
    founder = _FOUNDER.search(head)
    if founder is not None:
        return opening + founder.start(), end
    doer = _DOER.search(head)
    if doer is not None:
        return opening + doer.start(), end
    job = _JOB.search(head)
    if job is not None and FIRST_PERSON.search(head):
        return opening + job.start(), end
    on_team = _ON_TEAM_BEFORE.search(head)
    if on_team is not None and (team := _ON_TEAM_AFTER.match(text, end)) is not None:
        return opening + on_team.start(), team.end()
    working = _WORKING.match(head)
    if working is not None and _first_person_after(text, end):
        return opening + len(head) - len(head.lstrip(" \t\n\"'“‘(")), end
    after = _AFTER.match(text, end)
    if after is not None:
        return start, after.end()
    return None


def _first_person_after(text: str, end: int) -> bool:
    """Whether the author speaks of themselves after ``end`` in its sentence ("Lifeguarding
    for the RNLI means days like this, and I'm still shaking")."""
    closing = min((at for mark in ".!?\n" if (at := text.find(mark, end)) >= 0), default=len(text))
    return FIRST_PERSON.search(text, end, closing) is not None
