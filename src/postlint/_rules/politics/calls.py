"""Whether a call to political action is a call: asked of the reader, or campaigning the
author does.

The judge's "action" stance also covers demands made of a government or an official ("The
Chancellor must extend the scheme", "I've urged ministers to publish the report") and
headlines ("Home Secretary to review the role"). Those call on no reader to act: they take a
side on a policy or on the actor, and are read as the judge's next likeliest stance instead
(``judgement``). A call is a sentence that opens with a verb asking something of the reader
("Sign the petition", "Join us", "RETWEET if…"), that speaks to the reader ("your vote",
"if you agree"), that rallies the author's side ("we must beat…", "let's win this"), or that
names a petition, a donation or campaigning ("canvassing", "phone bank", "volunteers").
An invitation to watch, hear or read the author ("You can catch me on the late show", "Listen
here 👇", "Read my piece in the Gazette") asks nothing political of the reader: it is read as
if it were not there, and what the author said there takes a side or not.
"""

from __future__ import annotations

import re

__all__ = ["is_a_call"]

_ASKING_VERBS = (
    "sign|join|vote|register|donate|chip|volunteer|retweet|share|like|follow|call|write|email|"
    "e-mail|text|phone|ring|tell|contact|come|attend|march|rally|pledge|help|support|back|get|"
    "spread|add|stand|speak|demand|lobby|boycott|tweet|elect|re-elect|reelect|defeat|beat|"
    "unseat|fight|stop|save|make|send|show|turn|go|head|find|check|watch|read|listen|"
    "please|don't|never|remember|keep"
)
_CALL = re.compile(
    rf"(?:^|[.!?:;…]\s*|\n\s*|[-–—]\s+)(?:(?:{_ASKING_VERBS})\b)"
    r"|\b(?:you|your|yours|yourself|yourselves|u|ur|everyone|y'all|folks)\b"
    r"|\bjoin\s+us\b|\blet['’]?s\b"
    r"|\bwe\s+(?:must|need\s+to|have\s+to|should|will|can|gotta)\s+"
    r"(?:vote|beat|defeat|win|elect|unseat|stop|fight|organi[sz]e|march|sign|turn\s+out)\b"
    r"|\b(?:petition|sign-?up|rsvp|volunteers?|donat\w+|fundrais\w+|canvass\w*|campaigning|"
    r"door-?knock\w*|leaflet\w*|phone[\s-]?bank\w*|polling\s+day|gotv|hustings)\b",
    re.IGNORECASE,
)
#: A retweet's marker is no imperative ("RT @someone: …").
_RETWEET = re.compile(r"\bRT\s+@\w+:?", re.IGNORECASE)
#: An invitation to the author's own words or appearance: "(you can) catch/hear/see me",
#: "Listen here", "Watch my interview", "Read my piece", "Have a listen", "Tune in at 7pm".
_TO_WATCH_OR_READ = re.compile(
    r"\b(?:icymi\b:?\s*)?(?:(?:you\s+can|you\s+could|you['’]ll\s+be\s+able\s+to)\s+)?"
    r"(?:catch|hear|see|watch)\s+me\b"
    r"|\b(?:have\s+a\s+)?(?:listen|watch|read|look)(?:\s+(?:to|at))?\s+"
    r"(?:here|now|live|again|back|below|in\s+full|my|our|this\s+(?:morning|afternoon|evening)['’]s)\b"
    r"|\bhave\s+a\s+(?:listen|watch|read|look)\b|\btune\s+in\b|\bicymi\b",
    re.IGNORECASE,
)


#: A question that opens with an asking verb asks nothing of the reader: "Call Trump ISIS's
#: big recruiter?" (she did?), "Back the bill? Not a chance." Its other words still may.
_ASKED_BACK = re.compile(
    rf"(?:^|(?<=[.!?…:;])\s*|(?<=\n))(?:{_ASKING_VERBS})\b[^.!?\n]*\?", re.IGNORECASE
)


def is_a_call(text: str) -> bool:
    """Whether ``text`` (a unit the judge reads as a call to action) asks anything of a
    reader or tells of campaigning (see the module)."""
    # A word stands where the invitation was, so that what follows it opens no sentence.
    asked = _TO_WATCH_OR_READ.sub(" that ", _RETWEET.sub(" ", text))
    asked = _ASKED_BACK.sub(lambda m: " that " + m[0].split(None, 1)[-1], asked.strip())
    return _CALL.search(asked.strip()) is not None
