"""The author as the organisation's customer or a citizen it serves: "<Org> kept me on hold for
an hour", "my <Org> renewal came through", "Checked the <Org> app before the wedding". Naming
one's employer is work talk, but not here: the post is about being served, not about the
author's work, and a disclosure would tell the reader nothing they need.

Both must hold: the sentence screen reads the line as little work talk (below
``WORK_TALK_FROM``, where a listed work phrase is read as hobby talk too; "Just published my
first <Org> bulletin" reads as little, so the screen alone is not enough), and the sentence
has a customer's words (something the organisation did to "me" or "my …", a customer's own
thing or errand) and no "we", "our" or "us", which speak for a team ("<Org> asked us to…").
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
_TEAM = re.compile(r"\b(?:we|we['’](?:re|ve|ll|d)|our|ours|us)\b", re.IGNORECASE)


def as_a_customer(draft: Draft, mention: TextSpan) -> bool:
    """Whether ``mention`` of the author's organisation stands in a sentence about being served
    by it (see the module)."""
    sentence = sentence_of(draft, mention.start)
    if sentence is None:
        return False
    text = draft.text
    words = text[sentence.start_char : sentence.end_char]
    done_to = _DONE_TO.search(text, mention.end, sentence.end_char)
    if _TEAM.search(words) or not (done_to or _CUSTOMER.search(words)):
        return False
    reading = work_talk_at(draft, mention.start)
    return reading is not None and reading < WORK_TALK_FROM
