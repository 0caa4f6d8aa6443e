"""Someone a politician faces in public: an interviewer, a presenter, a journalist, a heckler,
a chief executive before a committee. "<X> took that interviewer's gotcha apart", "<X> wiped
the floor with the presenter": the author relishes the politician's win, support
(``contests``), where the judge read the rout's verbs as scorn for the politician.
"""

from __future__ import annotations

import re

__all__ = ["INTERLOCUTOR"]

#: The one faced, with what of theirs was routed ("that interviewer's gotcha").
INTERLOCUTOR = re.compile(
    r"(?:(?:that|the|this|a|an|their|his|her|every)\s+)?(?:[\w-]+\s+)?"
    r"(?:interviewers?|presenters?|hosts?|journalists?|reporters?|anchors?|hecklers?|ceos?|"
    r"chief\s+executives?|questioners?|pundits?|commentators?|panell?ists?)\b"
    r"(?:['’]s?(?:\s+[\w-]+){1,2}?)?",
    re.IGNORECASE,
)
