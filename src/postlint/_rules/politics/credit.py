"""Credit weighed against what an actor is due: "<X> doesn't get half the credit they
deserve", "<X> never gets the credit for the bus deal", "<X> is massively underrated":
support; "<X> gets far more credit than they deserve", "<X> is wildly overrated": an attack.

The judge reads the "doesn't" of credit withheld as scorn for the actor, and "underrated"
one way for one name and the other for another; the author's side is in the weighing.
"""

from __future__ import annotations

import re

__all__ = ["credited_side"]

#: Right after the actor, credit they go without: "doesn't get half the credit", "never gets
#: enough thanks", "gets none of the credit", "is so underrated".
_UNDERRATED = re.compile(
    r"^\s*(?:(?:still|just|really|honestly|genuinely|seriously)\s+)?(?:"
    r"(?:does(?:n['’]t|\s+not)|do(?:n['’]t|\s+not)|never|rarely|seldom|hardly\s+ever)\s+"
    r"(?:gets?|receives?)\s+(?:(?:half|a\s+fraction\s+of|nearly|anywhere\s+near|enough|"
    r"the|any|much|all|of)\s+)*(?:credit|praise|recognition|thanks)"
    r"|(?:gets?|receives?)\s+(?:none|little|nothing|zero)\s+(?:of\s+the\s+)?"
    r"(?:credit|praise|recognition|thanks)"
    r"|(?:is|are|['’]s|['’]re)\s+(?:(?:so|massively|criminally|hugely|seriously|really|very|"
    r"totally|vastly|still|the\s+most)\s+)*(?:underrated|under-rated|underappreciated|"
    r"under-appreciated|undervalued))\b",
    re.IGNORECASE,
)
#: Right after the actor, credit beyond their due: "gets far more credit than they deserve",
#: "is wildly overrated".
_OVERRATED = re.compile(
    r"^\s*(?:(?:still|just|really|honestly|genuinely|seriously)\s+)?(?:"
    r"(?:gets?|receives?|got)\s+(?:(?:far|way|much|a\s+lot|so\s+much)\s+)?(?:more|too\s+much)\s+"
    r"(?:credit|praise)\s+than\s+(?:they|he|she|it)\s+(?:deserves?|earned|merits?|[’']s\s+earned)"
    r"|(?:is|are|['’]s|['’]re)\s+(?:(?:so|massively|wildly|hugely|seriously|really|very|"
    r"totally|vastly|the\s+most)\s+)*(?:overrated|over-rated|overhyped|over-hyped))\b",
    re.IGNORECASE,
)


def credited_side(after: str) -> str | None:
    """The side the credit weighed in ``after`` (the words after an actor, in its sentence)
    gives the actor (see the module), or None."""
    if _UNDERRATED.match(after):
        return "support"
    if _OVERRATED.match(after):
        return "attack"
    return None
