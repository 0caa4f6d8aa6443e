"""The author won over by an actor or lost by them: "<X> won me over with the childcare
plan", "I've come round to <X>": support; "I've completely gone off <X>", "<X> has lost my
vote": an attack.

The judge reads "lost my vote" as a vote given and "gone off" as nothing at all; the turn is
the author's, whoever it is.
"""

from __future__ import annotations

import re

from postlint._engine.draft import Draft
from postlint._rules.politics.mention import Mention
from postlint._rules.politics.scorn import SCORNED_KINDS, around

__all__ = ["turned_side"]

#: Right after the actor: the author won over, or lost.
_AFTER = re.compile(
    r"^\s*(?:(?:has|have|had|really|totally|completely|finally|properly|just|now)\s+)*(?:"
    r"(?P<won>won\s+me\s+(?:over|round|around))"
    r"|lost\s+(?:me|my\s+(?:vote|support|trust))"
    r")\b",
    re.IGNORECASE,
)
#: Right before the actor: the author's own turn towards, or away.
_BEFORE = re.compile(
    r"\bi(?:['’]ve|\s+have)?\s+(?:(?:really|totally|completely|finally|properly|slowly|actually|"
    r"genuinely|kind\s+of|kinda)\s+)*(?:(?P<won>come\s+(?:round|around)\s+to|been\s+won\s+over\s+"
    r"by)|gone\s+off|given\s+up\s+on|lost\s+(?:all\s+)?(?:faith|patience)\s+(?:in|with))\s+"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)


def turned_side(draft: Draft, actor: Mention) -> str | None:
    """The side the author's turn gives ``actor`` (see the module), or None."""
    if actor.kind not in SCORNED_KINDS or draft.is_quoted(actor.start, actor.end):
        return None
    at = around(draft, actor)
    for pattern, words in ((_AFTER, at.after), (_BEFORE, at.before)):
        found = (pattern.match if pattern is _AFTER else pattern.search)(words)
        if found is not None:
            return "support" if found.group("won") else "attack"
    return None
