"""The author as the organisation's customer or a citizen it serves: "<Org> kept me on hold for
an hour", "my <Org> renewal came through", "Checked the <Org> app before the wedding". Naming
one's employer is work talk, but not here: the post is about being served, not about the
author's work, and a disclosure would tell the reader nothing they need.

Both must hold: the sentence screen reads the line as little work talk (below
``WORK_TALK_FROM``, where a listed work phrase is read as hobby talk too, or below half where
the customer's own words say so; "Just published my first <Org> bulletin" reads as little,
so the screen alone is not enough), and the sentence
has a customer's words (something the organisation did to "me" or "my …", a customer's own
thing or errand, or, in a short post, a complaint of a service down or late) and no "we",
"our" or "us" of a team ("<Org> asked us to…"; "our street" is a household's).
A post with such a sentence is not read for work talk by meaning either: the organisation's
name alone brings it near the author's job."""

from __future__ import annotations

import re

from postlint._engine.draft import Draft
from postlint._rules.disclosure.reading import WORK_TALK_FROM, work_talk_at
from postlint._rules.disclosure.spans import TextSpan, sentence_of

__all__ = ["as_a_customer"]

#: Something the organisation did to the author, after its name: "kept me on hold", "blocked
#: my card" ("Gave my first talk about <Org>" is the author's own doing, before it).
_DONE_TO = re.compile(
    r"\b(?:kept|left|put|sent|charged|billed|fined|refunded|blocked|froze|declined|rejected|"
    r"approved|lost|delivered|cancelled|texted|emailed|rang|called|owes?|told)\s+(?:me|my)\b",
    re.IGNORECASE,
)
#: A customer's own thing ("my <Org> renewal", "My card got declined") or errand ("on hold",
#: "checked the app", "a text from …", "Downloaded … from").
_CUSTOMER = re.compile(
    r"\bmy\s+(?:[\w'’-]+\s+){0,4}?(?:card|account|renewal|licen[cs]e|passport|refund|bill|"
    r"parcel|order|delivery|appointment|claim|statement|mortgage|loan|tax\s+return|payment|"
    r"letter|booking|train|flight|house|flat|street|bins?|kids?|son|daughter|mum|dad)\b"
    r"|\b(?:on\s+hold|waited|queued|queuing|checked\s+the|rang|phoned|complained\s+to|"
    r"(?:got|had)\s+an?\s+(?:[\w'’-]+\s+){0,3}from|downloaded|sending\s+\S+\s+my)\b",
    re.IGNORECASE,
)
#: A customer's complaint in a short post: a service down or late ("<Org> app down AGAIN",
#: "Still waiting for my licence", "broadband died again tonight", "supply off since 7am").
_COMPLAINT = re.compile(
    r"\b(?:still\s+waiting|waiting\s+for\s+my|down\s+again|again\s*[😤😡🙄🙃]|"
    r"(?:app|site|website|broadband|wifi|internet|supply|service|signal)\s+(?:is\s+)?(?:down|off|"
    r"died|dead|broken|out)|substitutions|can['’]?t\s+even|rail\s+replacement|"
    r"(?:three|two|four|five|six|\d+)\s+(?:weeks|days|months)\s+(?:now|and\s+counting))|[😤😡]",
    re.IGNORECASE,
)
#: A team's "we", "our" or "us", not a household's ("our street", "our green bin").
_TEAM = re.compile(
    r"\b(?:we|we['’](?:re|ve|ll|d)|ours|us|my\s+team|colleagues|on\s+shift|on\s+call|"
    r"our(?!\s+(?:street|road|house|flat|bins?|green\s+bin|kids|family|village|town|area|"
    r"estate|postcode|lunch|tea|holiday)\b))\b",
    re.IGNORECASE,
)
#: A post this short is one thought: a complaint anywhere in it is the customer's.
_SHORT_POST_WORDS = 40


def as_a_customer(draft: Draft, mention: TextSpan) -> bool:
    """Whether ``mention`` of the author's organisation stands in a sentence about being served
    by it (see the module)."""
    sentence = sentence_of(draft, mention.start)
    if sentence is None:
        return False
    text = draft.text
    words = text[sentence.start_char : sentence.end_char]
    done_to = _DONE_TO.search(text, mention.end, sentence.end_char)
    short = len(text.split()) <= _SHORT_POST_WORDS
    complained = short and not _TEAM.search(text) and _COMPLAINT.search(text) is not None
    served = done_to is not None or _CUSTOMER.search(words) is not None
    if _TEAM.search(words) or not (served or complained):
        return False
    reading = work_talk_at(draft, mention.start)
    # The customer's own words ("my refund from <Org>") outweigh a screen half unsure.
    return reading is not None and reading < (_SERVED_READING if served else WORK_TALK_FROM)


#: Below this probability of work talk, a sentence in a customer's own words is theirs.
_SERVED_READING = 0.5
