"""Where a draft stops mid-sentence, as GOV.UK summaries and link previews do ("A decade
later, the partnership has …"): the half clause the cut leaves is not the author's words to
judge (the judge reads a dangling "has …" as something ominous); the whole clauses before it
are."""

from __future__ import annotations

import re

__all__ = ["before_the_cut"]

#: A sentence cut off where a summary or a link preview stops: "A decade later, the group has …".
_CUT_OFF = re.compile(r"\s(?:…|\.\.\.)\s*$")
#: The last clause boundary before the cut: what comes after it is half a clause.
_CLAUSE_BOUNDARY = re.compile(r"[,;:]\s|\s[—–-]\s|\s(?:and|but|while|so)\s")


def before_the_cut(text: str, start: int, end: int) -> int:
    """Where the author's words of ``text[start:end]`` end: before the half clause of a
    sentence cut off at the end of the draft (an ellipsis after a space, as summaries and
    previews stop: "Labour wrecked the economy and now they want …" reads up to "economy"),
    else at ``end``."""
    if text[end:].strip() or _CUT_OFF.search(text, start, end) is None:
        return end
    boundaries = list(_CLAUSE_BOUNDARY.finditer(text, start, end))
    return boundaries[-1].start() if boundaries else end
