"""An actor measured against the office, in a comment on the sentence before: "<X> called
the nurses greedy on live TV. Is that what we want in a prime minister?": an attack on <X>;
"<X> sat with the flood victims for six hours. That's what we want in a leader.": support.

The office in the comment is a yardstick, not its target ("Supports the prime minister" read
the question as praise of the office); the comment is on the one actor the sentence before
names (``references``), and the frame gives the side: asked, the author doubts it; said,
the author holds it.
"""

from __future__ import annotations

import re

__all__ = ["yardstick_side"]

#: Who may want something of an office: "we", "you", "Americans", "the country".
_WHO = (
    r"(?:we|you|they|people|voters|folk|folks|anyone|anybody|the\s+country|the\s+nation|"
    r"the\s+public|[A-Z][a-z]+(?:ans|ers|ish|ians|s))"
)
#: A place or a body an actor is measured against: "That's what the country needs", "Is that
#: what this town deserves?".
_PLACE = (
    r"(?:the|this|our|my|your)\s+(?:country|nation|city|town|county|borough|region|state|"
    r"province|party|council|ward|constituency|area|community)"
)
_OFFICE = (
    r"(?:a|an|our|the|your)\s+(?:[\w-]+\s+){0,2}?(?:president|prime\s+minister|pm|leader|mayor|"
    r"mp|councillor|councilor|senator|governor|premier|minister|chancellor|first\s+minister|"
    r"representative|congressman|congresswoman|candidate|government|party|council)"
)
#: Asked: "Is that what we want in a prime minister?", "Is this really what you want for a
#: council leader?", "Is that what we want for this town?".
_ASKED = re.compile(
    rf"\b(?:is|isn['’]t|is\s+not)\s+(?:this|that|it)\s+(?:(?:really|honestly|seriously|"
    rf"actually|truly)\s+)?what\s+{_WHO}\s+(?:really\s+)?(?:want|need|deserve|expect)s?\s+"
    rf"(?:(?:in|for|from|as|of)\s+{_OFFICE}|for\s+{_PLACE})\s*\?",
    re.IGNORECASE,
)
#: Said: "That's what we want in a leader.", "This is exactly what we need from our MP.",
#: "That's what the country needs."
_HELD = re.compile(
    rf"^\W*(?:that|this)(?:['’]s|\s+is)\s+(?:(?:exactly|precisely|just|surely)\s+)?what\s+"
    rf"(?:{_WHO}\s+(?:want|need|deserve|expect)s?\s+(?:in|for|from|as|of)\s+{_OFFICE}\b"
    rf"|{_PLACE}\s+(?:needs|deserves|wants)\b)",
    re.IGNORECASE,
)


def yardstick_side(sentence: str) -> str | None:
    """The side a comment measuring someone against an office gives (see the module)."""
    if _ASKED.search(sentence):
        return "attack"
    if _HELD.search(sentence):
        return "support"
    return None
