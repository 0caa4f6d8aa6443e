"""A commitment the author credits: "<X> are committed to solving problems for you and your
family", "<X> is working hard to bring jobs back to the valley", "<X> have been fighting for
the Riverside pool for years": support, for every politician alike (a party "committed to"
something states its position, reported: ``positions``). The judge read "committed" and
"working hard" as scorn for some names and praise for others.

What they are committed to decides: a thing, not a deed ("<X> is committed to a second
referendum"), is a position reported, no side; a policy whose worth is the question ("…
committed to scrapping net zero", "… to cutting taxes") is the judge's to read; a harm in
words that say so ("<X> seem committed to wrecking the high street", "… to selling off the
port") attacks them; a word of sarcasm in the post (``evaluations.SARCASM``: "🙄", "again",
"another") leaves it to the judge.
"""

from __future__ import annotations

import re

from postlint._engine.draft import Draft
from postlint._rules.politics.evaluations import SARCASM
from postlint._rules.politics.mention import Mention

__all__ = ["committed_side"]

#: After the actor: a commitment, then the first word of what it is to.
_COMMITTED = re.compile(
    r"\s+(?:is|are|remains?|seems?|has\s+been|have\s+been|was|were|stays?|'s|'re|’s|’re)\s+"
    r"(?:(?:fully|totally|absolutely|completely|so|really|genuinely|still|always|deeply|"
    r"100%)\s+)?"
    r"(?:(?P<to>(?:committed|dedicated)\s+to)|(?:working|fighting|campaigning)\s+"
    r"(?:so\s+)?(?:hard|tirelessly|flat\s+out|day\s+and\s+night|every\s+day)\s+(?:to|for)|"
    r"(?:been\s+)?fighting\s+for)\s+(?P<next>[\w'’-]+(?:\s+[\w'’-]+)?)",
    re.IGNORECASE,
)
#: A commitment to a thing, not to doing something: a position ("committed to a referendum",
#: "committed to the two-child limit") that a report states as plainly as a fan.
_A_POSITION = re.compile(r"^(?:a|an|the|this|that|their|its|his|her|our)\b", re.IGNORECASE)
#: What no one credits a commitment to, in words that say so: wrecking, selling off, rigging.
_HARM = re.compile(
    r"^(?:sell\w*\s+off|selling\s+off|wreck\w*|destroy\w*|dismantl\w+|gut|gutting|"
    r"trash\w*|ruin\w*|punish\w*|undermin\w+|rig\w*|silenc\w+|strip\w*|asset[- ]strip\w*)\b",
    re.IGNORECASE,
)
#: A policy whose worth is the question ("committed to scrapping net zero", "to cutting
#: taxes", "to ending the two-child limit"): whose side a commitment to it takes is the
#: judge's to read, not a credit.
_CONTESTED = re.compile(
    r"^(?:cut\w*|scrap\w*|slash\w*|ax\w*|clos\w*|privatis\w+|privatiz\w+|abolish\w*|"
    r"rais\w*|hik\w*|deport\w*|ban\w*|end\w*|leav\w*|quit\w*|repeal\w*|reduc\w*|"
    r"increas\w*|lower\w*|bring\w*\s+back|bringing|stop\w*|tax\w*)\b",
    re.IGNORECASE,
)


def committed_side(draft: Draft, actor: Mention) -> str | None:
    """``support`` where the author credits ``actor`` with a commitment, ``attack`` where the
    commitment is to a harm, else None (see the module)."""
    found = _COMMITTED.match(draft.text, actor.end)
    if found is None or (found.group("to") and _A_POSITION.match(found.group("next"))):
        return None  # "<X> is committed to a second referendum": a position, reported
    following = found.group("next")
    if SARCASM.search(draft.text) or _CONTESTED.match(following):
        return None
    return "attack" if _HARM.match(following) else "support"
