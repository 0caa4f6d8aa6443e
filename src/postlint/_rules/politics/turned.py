"""The author won over by an actor or lost by them: "<X> won me over with the childcare
plan", "I've come round to <X>": support; "I've completely gone off <X>", "<X> has lost my
vote": an attack.

The judge reads "lost my vote" as a vote given and "gone off" as nothing at all; the turn is
the author's, whoever it is.
"""

from __future__ import annotations

import re

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


def turned_side(before: str, after: str) -> str | None:
    """The side the author's turn gives an actor (see the module), from the words of its
    sentence ``before`` and ``after`` it, or None."""
    found = _AFTER.match(after) or _BEFORE.search(before)
    if found is None:
        return None
    return "support" if found.group("won") else "attack"
