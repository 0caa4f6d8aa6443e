"""A claim about an actor, put in someone else's mouth to be refuted: "Whoever says <X> never
deliver should go and look at Eastleigh", "Anyone who thinks <X> isn't delivering should look
at this quarter's numbers": the author defends the actor, support. Refuting praise attacks:
"Anyone who thinks <X> have fixed the NHS should try getting a GP appointment".

The judge reads the claim refuted ("never deliver") as the author's own, an attack, for
every name.
"""

from __future__ import annotations

import re

from postlint._engine.draft import Draft
from postlint._rules.politics.mention import Mention
from postlint._rules.politics.scorn import SCORNED_KINDS, around

__all__ = ["rebutted_side"]

#: The kinds of a side ``declarations`` declares on an actor, read at the actor's words.
_DECLARED_KINDS = ("scorn", "praise", "endorsed")
#: Before the actor: whoever makes the claim.
_CLAIMANT = re.compile(
    r"(?:^|[\s,.!?])(?:whoever|anyone\s+who|anybody\s+who|those\s+who|people\s+who|"
    r"everyone\s+who|if\s+you\s+(?:think|reckon|believe))\s+(?:still\s+)?(?:says?|thinks?|"
    r"claims?|reckons?|believes?|keeps?\s+saying|tells?\s+you)?\s*(?:that\s+)?(?:the\s+)?$",
    re.IGNORECASE,
)
#: After the actor: the claim, then the refutation ("should look at", "needs to see", "try…").
_REFUTED = re.compile(
    r"^(?P<claim>[^.!?]{1,80}?)\s*(?:,?\s+(?:should|needs?\s+to|ought\s+to|has\s+to|have\s+to|"
    r"must|can|could)\s+|,\s*)(?:go\s+and\s+|come\s+and\s+|just\s+|really\s+)?(?:look|check|"
    r"see|try|visit|read)\b",
    re.IGNORECASE,
)
#: A claim that runs the actor down: "never deliver", "isn't delivering", "are useless".
_RUN_DOWN = re.compile(
    r"n['’]t\b|\b(?:never|not|no\s+longer|nothing|useless|hopeless|clueless|lazy|failed|failing|"
    r"incompetent|a\s+joke|all\s+talk|out\s+of\s+touch|resign|quit|step\s+down|go)\b",
    re.IGNORECASE,
)


def rebutted_side(draft: Draft, actor: Mention) -> str | None:
    """The side of a claim about ``actor`` put in someone else's mouth to be refuted (see the
    module), or None."""
    if actor.kind not in (*SCORNED_KINDS, *_DECLARED_KINDS):
        return None
    at = around(draft, actor)
    if not _CLAIMANT.search(at.before):
        return None
    refuted = _REFUTED.match(at.after)
    if refuted is None:
        return None
    return "support" if _RUN_DOWN.search(refuted["claim"]) else "attack"
