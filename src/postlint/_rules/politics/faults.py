"""Praise by a fault denied: "<X> took every question the press threw at her and never once
flinched", "<X> didn't dodge a single question", "<X> has never lied to us", "<X> conceded
with no sulking and no excuses" (``fault_nouns``), and "the only one who isn't afraid to say
it" (``comparatives``). The judge reads the fault's word ("dodge", "lied", "afraid") as
scorn for the actor, for every party alike; a fault is a word of ``politics/stance.faults``,
and the denial must come before it in the actor's own clause (not "X said the minister
never lied").
"""

from __future__ import annotations

import re

from postlint._engine.draft import Draft
from postlint._rules.politics.evaluations import SARCASM
from postlint._rules.politics.mention import Mention, one_of
from postlint._rules.politics.scorn import SCORNED_KINDS, around

__all__ = ["faultless_side", "without_fault"]

#: A denial before a fault: "never", "doesn't", "isn't", "won't" (with "ever", "once" after).
_DENIED = (
    r"(?:never|not|(?:is|are|was|were|does|do|did|will|wo|would|has|have|had|ca|could)n['’]?t)"
    r"\s+(?:(?:ever|once|even|just|be|been|get|got|going\s+to|gonna)\s+)*"
)
#: After the actor, the denial opens its clause ("<X> has never lied"), or follows the
#: actor's first deed ("<X> took every question and never once flinched").
_OWN_CLAUSE = (
    r"^\s*(?:(?:has|have|had|will|would|does|do|did|is|are|was|were|just|honestly|literally|"
    r"really)\s+)*"
    r"(?:[^.!?;:\n]{0,80}?\b(?:and|but|yet)\s+)?"
)

#: In the actor's clause, a fault done without: "conceded that night with no sulking",
#: "handled it without the usual theatrics", "raised £4k with zero fanfare".
_SPARED = (
    r"^[^.!?;:\n]{0,80}?\b(?:with\s+(?:no|zero)|without\s+(?:any\s+|the\s+usual\s+|all\s+the\s+)?"
    r")\s*"
)


def without_fault(draft: Draft, deed: str) -> bool:
    """Whether ``deed`` opens by denying the actor a fault: "doesn't dodge a straight
    question", "isn't afraid to say it", "never lied to us"."""
    return re.match(rf"{_DENIED}(?:{_faults(draft)})", deed, re.IGNORECASE) is not None


def faultless_side(draft: Draft, actor: Mention) -> str | None:
    """``support`` where the actor's clause denies them a fault (see the module), or None."""
    if actor.kind not in SCORNED_KINDS or draft.is_quoted(actor.start, actor.end):
        return None
    after = around(draft, actor).after
    if re.match(r"\s*['’]s\b", after) or SARCASM.search(after) or "?" in after:
        # "<X>'s aide never lied"; "<X> never u-turned, again" (sarcasm); "Is there anything
        # <X> won't u-turn on?" (a question whose answer is no)
        return None
    denied = re.match(rf"{_OWN_CLAUSE}{_DENIED}(?:{_faults(draft)})", after, re.IGNORECASE)
    nouns = one_of(draft.pack.word_list("politics/stance.fault_nouns"))
    spared = re.match(rf"{_SPARED}(?:{nouns})\b", after, re.IGNORECASE)
    return "support" if denied is not None or spared is not None else None


def _faults(draft: Draft) -> str:
    return "|".join(sorted(draft.pack.word_list("politics/stance.faults")))
