"""Words several politics modules read the same way: what joins the names of a list, and the
verbs by which a party's or politician's words are reported (or a promise told with its
outcome, which is no report). One definition, so that "<A> and
<B>" or "<X> warns" is one list or one report whichever module asks."""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = [
    "ALIKE_JOINERS",
    "CHOICE_JOINERS",
    "NEUTRAL_SAYING",
    "PROMISE_AND_OUTCOME",
    "SAYING",
    "praised_in",
]

#: Between two names one sentence treats alike: "Cruz and Rubio", "Labour, the Tories",
#: "#A &amp; #B" (scraped posts keep the ampersand escaped), "… as well as …".
ALIKE_JOINERS = r",|&|&amp;|\band\b|\bnor\b|\bplus\b|\bas\s+well\s+as\b"
#: As ``ALIKE_JOINERS``, with "or": a list that may be a choice ("Labour or the Greens").
CHOICE_JOINERS = ALIKE_JOINERS + r"|\bor\b"

#: Verbs that report what a party or politician says without a doubt of the author's.
NEUTRAL_SAYING = (
    r"says?|said|saying|argu(?:e|es|ed|ing)|warn(?:s|ed|ing)?|believ(?:e|es|ed)|"
    r"thinks?|thought|suggest(?:s|ed)?|tweet(?:s|ed)?|tell(?:s|ing)?\s+us|"
    # "told reporters…", not the author's verdict "told the truth", "told lies"
    r"told(?!\s+(?:the\s+|more\s+)?(?:truth|lies|porkies|fibs|whoppers|it\s+(?:straight|like)))|"
    r"point(?:s|ed)?\s+out|estimat(?:e|es|ed)|predict(?:s|ed)?|accus(?:e|es|ed)"
)
#: Every verb of saying, with those that doubt or stress the words ("claims", "insists") or
#: acclaim them ("hailed the deal as a triumph").
SAYING = NEUTRAL_SAYING + r"|claim(?:s|ed|ing)?|insist(?:s|ed|ing)?|hail(?:s|ed)|prais(?:es|ed)"
#: After a verb of saying, a promise and what came of it, in the author's words, not a report
#: of what was said: "<X> said they'd reopen the library and they did", "… and it got worse",
#: "<X> promised a new library and it opened on time".
PROMISE_AND_OUTCOME = (
    r"(?:(?:he|she|they|it)['’]d\s[^.!?]{3,80}?\sand\s|(?:an?|the|to)\s[^.!?]{3,80}?\sand\s"
    r"(?:it|they)\s)"
)


#: Before a phrase of praise in an actor's clause, the actor's fall, which the praise is then
#: for: "<X> losing his seat is no bad thing", "<X> going would be exactly right".
_FALL = re.compile(
    r"\b(?:losing|lose|loses|lost|going|gone|out|resign\w*|quit\w*|sacked|ousted|defeated|"
    r"booted|leaving|stepping\s+down|step\s+down|kicked\s+out|voted\s+out|thrown\s+out|"
    r"downfall|defeat|exit|departure)\b"
)


def praised_in(clause: str, phrases: Iterable[str]) -> bool:
    """Whether ``clause`` (lowered, after an actor) holds one of ``phrases`` of praise for
    the actor, not for their fall before it."""
    for phrase in phrases:
        at = clause.find(phrase)
        if at >= 0 and _FALL.search(clause, 0, at) is None:
            return True
    return False
