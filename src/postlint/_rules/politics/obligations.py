"""An actor told what to do about a policy: a verdict on the policy, not a side on the actor.

"The Chancellor must keep the uplift", "Ministers should scrap the two-child limit", "The
council needs to fund the buses": the judge reads the name as much as the demand, and gave one
office support and another attack for the same words (marked, "« The Prime Minister » must keep
the uplift" 0.91 support, "« The Home Secretary » must…" 0.66 attack). The house decision
(``training/politics/GUIDELINES.md``) makes such a demand a verdict on the policy. Only demands
opening with a policy's verb count (``policy_demands``: keep, scrap, fund, bring back...): a
demand about the actor itself ("must resign", "should apologise", "needs to call it a day",
"must win") keeps the side the judge or the cues give it.
"""

from __future__ import annotations

import re

from postlint._engine.draft import Draft
from postlint._rules.politics.mention import Mention
from postlint._rules.politics.units import Unit

__all__ = ["told_what_to_do"]

_DEMAND = re.compile(
    r"\s*,?\s+(?:(?:really|now|urgently|simply|just|immediately|also|then)\s+)?"
    r"(?:must(?:\s+not|n't)?|should(?:\s+not|n't)?|ought\s+to|needs?\s+to|ha(?:s|ve)\s+(?:got\s+)?to"
    r"|cannot\s+be\s+allowed\s+to)\s+(?:(?:now|urgently|immediately|finally|also)\s+)?",
    re.IGNORECASE,
)
#: Words before the actor that still leave it the demand's subject ("So the Chancellor must…").
_LEAD_WORDS = 3


def told_what_to_do(draft: Draft, unit: Unit, actors: list[Mention]) -> bool:
    """Whether ``unit`` opens by telling one of ``actors`` what to do about a policy: "The
    Chancellor must keep the uplift", "Congress has to pass the bill"."""
    text = draft.text
    verbs = draft.pack.word_list("politics/stance.policy_demands")
    for actor in actors:
        # The words before it in its clause ("We've waited long enough, Congress must act").
        clause = re.split(r"[,;:—–]\s", text[unit.start : actor.start])[-1]
        lead = re.sub(r"[#@]\w+|[^\w\s']", " ", clause).split()
        demand = _DEMAND.match(text, actor.end, unit.end)
        if demand is None or len(lead) > _LEAD_WORDS:
            continue
        done = " ".join(text[demand.end() : unit.end].lower().replace("’", "'").split()) + " "
        if any(done.startswith(f"{verb} ") for verb in verbs):
            return True
    return False
