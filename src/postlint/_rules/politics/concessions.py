"""The side a sentence grants an actor after "but": "<X> gets mocked for the slogans, but
he's been right about housing for years", "<X> is catching flak for the bus lanes, but she's
right to hold her nerve": support; "<X> means well, but they're hopeless on the buses": an
attack.

What comes after "but" is what the author holds; the models weigh the flak or the good
intentions before it as much, and read it one way for one name and the other for another.
A pronoun after the "but" must be the one the clause's verdict is about, so the actor stands
before the "but" in the same sentence.
"""

from __future__ import annotations

import re

from postlint._engine.draft import Draft
from postlint._rules.politics.mention import Mention
from postlint._rules.politics.scorn import SCORNED_KINDS, sentence_end

__all__ = ["granted_side"]

_PRONOUN_IS = (
    r"\bbut\b[^.!?;]{0,80}?\b(?:he|she|they|it)\s*(?:['’]s|\s+is|\s+are|['’]re|\s+was|\s+were|"
    r"\s+has|\s+have|['’]ve)\s+(?:(?:been|also|actually|absolutely|completely|totally|utterly|dead|still|"
    r"just|always|so|quite)\s+)*"
)
_GRANTED_PRAISE = re.compile(
    _PRONOUN_IS + r"(?:right\s+(?:to|about|on)|spot\s+on|bang\s+on|correct\s+(?:to|about|on)|"
    r"got\s+(?:it|this|that)\s+right|delivered|a\s+class\s+act|the\s+real\s+deal|the\s+best\b)",
    re.IGNORECASE,
)
_GRANTED_SCORN = re.compile(
    _PRONOUN_IS + r"(?:useless|hopeless|a\s+disgrace|clueless|incompetent|a\s+liability|"
    r"wrong\s+(?:about|on|to)|a\s+joke|out\s+of\s+touch|all\s+talk|a\s+shambles)\b",
    re.IGNORECASE,
)


def granted_side(draft: Draft, actor: Mention) -> str | None:
    """The side a pronoun's verdict after "but" gives ``actor`` (see the module), or None."""
    if actor.kind not in SCORNED_KINDS or draft.is_quoted(actor.start, actor.end):
        return None
    rest = draft.text[actor.end : sentence_end(draft, actor.start)]
    if _GRANTED_PRAISE.search(rest):
        return "support"
    if _GRANTED_SCORN.search(rest):
        return "attack"
    return None
