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


def is_a_call(text: str) -> bool:
    """Whether ``text`` (a unit the judge reads as a call to action) asks anything of a
    reader or tells of campaigning (see the module)."""
    return _CALL.search(_RETWEET.sub(" ", text).strip()) is not None
