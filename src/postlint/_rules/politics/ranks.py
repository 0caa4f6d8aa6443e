"""A side told to close ranks, and the leader it is told to get behind: both backed.

"<A> must unite", "<A> need to pull together", "<A> members, stop the infighting and get
behind the leader", "Democrats, please: stop the circular firing squad", "Time for everyone to
rally round <L>": the author wants <A> to win, and <L> to lead it. The judge reads the
reproach in "stop the infighting" as scorn for <A>, and the leader in it as its target.

Only a call counts: a modal ("must", "need to", "has to", "time to"), or the side addressed at
the sentence's start ("<A>, …", "<A> members: …"); "<A> can't stop the infighting" describes
them, and "<A> need to get their act together" is a reproach, not a call to unite.
"""

from __future__ import annotations

import re

from postlint._rules.politics.scorn import Around

__all__ = ["closing_ranks"]

#: What a side is told to do, to close ranks: unite, stop fighting itself, back its leader.
_UNITE = (
    r"(?:unite|stand\s+together|come\s+together|pull\s+together|stick\s+together|hold\s+together|"
    r"close\s+ranks|stay\s+united|regroup\s+as\s+one|stand\s+shoulder\s+to\s+shoulder|"
    r"(?:get|line\s+up|fall\s+in|unite|rally)\s+(?:behind|round|around)|"
    r"(?:stop|quit|end|cut\s+out|enough\s+of|enough)\s+(?:the\s+|all\s+(?:the|this)\s+|this\s+)?"
    r"(?:infighting|in-fighting|knifing\s+each\s+other|bickering|sniping|squabbling|backbiting|"
    r"briefing\s+against|leaking|circular\s+firing\s+squad|fighting\s+(?:among|amongst)\s+"
    r"(?:yourselves|themselves|ourselves)|airing\s+(?:the|your|their)\s+dirty\s+laundry|"
    r"civil\s+war|plotting))"
)
#: A modal call on the side: "<A> must unite", "<A> need to stop the infighting".
_TOLD = re.compile(
    r"^\s++(?:(?:must|need\s+to|needs\s+to|have\s+to|has\s+to|gotta|got\s+to|have\s+got\s+to|"
    r"['’]ve\s+got\s+to|['’]s\s+got\s+to|should|ought\s+to|better)\s+"
    r"(?:(?:now|all|finally|just|urgently|really|simply|seriously)\s+)?)" + _UNITE + r"\b",
    re.IGNORECASE,
)
#: The side addressed: "<A>,", "<A> members:", "<A> activists —", "the <A> group on the council:".
_ADDRESSED = re.compile(
    r"^\s*+(?:(?:members|activists|grassroots|mps|councillors|group|supporters|friends|folks|"
    r"colleagues|comrades|faithful)\b[^,:;.!?–—-]{0,30})?\s*+[,:–—-]",
    re.IGNORECASE,
)
_CALL_IN = re.compile(
    r"\b(?:(?:please|now|time\s+to|it['’]s\s+time\s+to|let['’]s|just)\s+)?" + _UNITE + r"\b"
    r"|\b(?:unity|discipline\s+and\s+unity|stronger\s+together|we\s+unite\s+or\s+we\s+(?:lose|die))\b",
    re.IGNORECASE,
)
#: The leader a side is told to get behind: "get behind <L>", "rally round <L>", "stand with <L>".
_BEHIND = re.compile(
    r"\b(?:get|line\s+up|fall\s+in|unite|united|rally|close\s+ranks|stand|stick|regroup)"
    r"\s+(?:(?:firmly|squarely|all|together|shoulder\s+to\s+shoulder)\s+)?(?:behind|round|around|"
    r"with)\s+(?:the\s+leader,?\s+|our\s+leader,?\s+)?$",
    re.IGNORECASE,
)


def closing_ranks(at: Around) -> str | None:
    """``support`` when the actor whose sentence is ``at`` is told to close ranks, or is the
    leader to close them behind; else None."""
    if _TOLD.match(at.after):
        return "support"  # "<A> must unite"
    if not at.before.strip(" \t\n\"'“‘(").lower().removeprefix("the").strip():
        addressed = _ADDRESSED.match(at.after)
        if addressed is not None and _CALL_IN.search(at.after, addressed.end()):
            return "support"  # "<A> members: stop the infighting and get behind the leader"
    if _BEHIND.search(at.before) and _CALL_IN.search(at.before):
        return "support"  # "… time to get behind <L>"
    return None
