"""Turns of phrase that dismiss a party, politician or office, blame them, or thank them in
scorn.

- Dismissal: "Who cares what <X> thinks", "Nobody listens to <X> any more", "I couldn't care
  less what <X> has to say", "Don't believe a word from <X>", "Nobody takes <X> seriously":
  an attack, however mild the rest of the sentence.
- Thanks for a revelation: "Thank you, <X>, for showing us who you really are", "Thanks <X>
  for showing your true colours", "… for proving my point", "… for reminding us why we can't
  trust you": sarcasm, an attack.
- Blame: "The problem isn't the budget, it's <X>", "The real problem here is <X>", "<X> is
  the problem, not the solution": an attack.
- Mockery: "Every time <X> opens their mouth…", "<X> couldn't run a bath", "<X> had their
  chance": an attack; and a scoff as the next sentence: "<X> telling us what working people
  want. Righto.", "… Big brain stuff.", "… Good luck with that.".

The judge read the dismissal as no side for most names and the thanks as support for all
(the words of thanks outweigh what is thanked for).
"""

from __future__ import annotations

import re

from postlint._engine.draft import Draft
from postlint._rules.politics.mention import Mention
from postlint._rules.politics.scorn import SCORNED_KINDS, around, next_sentence

__all__ = ["dismissed_side"]

#: Just before the actor, a dismissal of what they say or of them.
_DISMISSED = re.compile(
    r"(?:^|[\s,.!?…])(?:"
    r"who\s+(?:even\s+|really\s+|actually\s+)?(?:cares|gives\s+a\s+(?:damn|toss|hoot|"
    r"monkey['’]?s|shit|fuck|flying\s+fuck))\s+(?:what|about|if|whether)"
    r"|(?:couldn['’]?t|could\s+not|can['’]?t|cannot)\s+care\s+less\s+(?:what|about)"
    r"|(?:don['’]?t|do\s+not)\s+care\s+(?:what|about)"
    r"|(?:nobody|no\s*-?\s*one)\s+(?:even\s+|really\s+|actually\s+|ever\s+)?"
    r"(?:listens\s+to|cares\s+(?:what|about)|believes|trusts)"
    r"|who\s+(?:even\s+|actually\s+|still\s+)?(?:listens\s+to|believes|trusts)"
    r"|why\s+would\s+(?:anyone|anybody|you)\s+(?:ever\s+)?(?:listen\s+to|believe|trust)"
    r"|(?:don['’]?t|do\s+not|never|stop)\s+(?:listen(?:ing)?\s+to|believ(?:e|ing)|trust(?:ing)?)"
    r")\s+(?:(?:a\s+(?:single\s+)?word|anything|a\s+thing)\s+(?:(?:from|of)\s+)?)?(?:the\s+)?$",
    re.IGNORECASE,
)
#: Just before the actor, the problem named: "The real problem is", "The problem isn't the
#: budget, it's", "It's not the money that's the problem, it's".
_PROBLEM_BEFORE = re.compile(
    r"\b(?:(?:the\s+)?(?:problem|trouble|(?:real|whole|only|actual|main|biggest|root|"
    r"underlying)\s+(?:problem|issue|trouble))(?:\s+here|\s+in\s+this\s+country)?\s+(?:is|was|has\s+"
    r"(?:always\s+)?been|remains)|(?:problem|issue)\s+(?:isn['’]?t|is\s+not|wasn['’]?t)\s+"
    r"[^.!?]{1,60}?[,;–—-]\s*(?:it['’]?s|it\s+is|it\s+was)|that['’]?s\s+the\s+(?:real\s+)?"
    r"(?:problem|issue)\s*[,;.–—-]+\s*(?:it['’]?s|it\s+is))\s+(?:the\s+)?$",
    re.IGNORECASE,
)
#: Just after the actor, the actor said to be the problem: "<X> is the problem".
_PROBLEM_AFTER = re.compile(
    r"^['’]?s?\s*(?:is|are|was|were|has\s+(?:always\s+)?been|have\s+(?:always\s+)?been)\s+"
    r"(?:the\s+)?(?:problem|(?:real|whole|main|biggest|root|actual)\s+(?:problem|issue))\b"
    r"(?!\s+solv)",
    re.IGNORECASE,
)
#: Just after the actor, mockery of their competence or their time: "couldn't run a bath",
#: "couldn't organise a piss-up in a brewery", "had their chance".
_MOCKED = re.compile(
    r"^\s+(?:(?:couldn['’]?t|could\s+not|can['’]?t|cannot)\s+(?:even\s+)?(?:run|organi[sz]e)\s+"
    r"(?:a\s+)?(?:bath|piss-?up|booze-?up|whelk\s+stall|tap|raffle|bake\s+sale|chip\s+shop|"
    r"corner\s+shop|lemonade\s+stand|car\s+boot|school\s+disco|tombola)"
    r"|(?:had|has\s+had|have\s+had|['’]ve\s+had|['’]s\s+had)\s+(?:his|her|their|its)\s+"
    r"(?:chance|chances|shot|go|turn)\b(?!\s+(?:at|to|in|on)\b))",
    re.IGNORECASE,
)
#: Just after the actor, a predecessor made to look good by them: "<X> makes the last guy
#: look like Churchill".
_OUTSHONE = re.compile(
    r"^\s+(?:makes?|made|making|has\s+made|have\s+made)\s+(?:the\s+|his\s+|her\s+|their\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?:look|seem)\s+(?:like\s+)?(?:churchill|lincoln|a\s+genius|a\s+saint|"
    r"a\s+statesman|competent|good|great|brilliant|a\s+safe\s+pair\s+of\s+hands)\b",
    re.IGNORECASE,
)
#: Around the actor, whatever they say mocked: "Every time <X> opens their mouth…".
_EVERY_TIME = re.compile(r"\b(?:every\s+time|whenever|each\s+time)\s+(?:the\s+)?$", re.I)
_MOUTH = re.compile(r"^\s+opens?\s+(?:his|her|their|its)\s+mouths?\b", re.IGNORECASE)
#: Just before the actor, a refusal to take them seriously, which "seriously" after it ends.
_NOT_TAKEN = re.compile(
    r"(?:^|[\s,.!?…])(?:(?:nobody|no\s*-?\s*one)\s+(?:\w+\s+)?takes|(?:who|how\s+can\s+anyone|"
    r"why\s+would\s+anyone)\s+(?:still\s+|even\s+)?takes?|(?:can['’]?t|cannot|never)\s+take)"
    r"\s+(?:the\s+)?$",
    re.IGNORECASE,
)
#: After the actor, a comparison that ranks them first ("No one trusts <X> more than I do").
_RANKED = re.compile(r"\s+(?:more|better|as\s+much)\b[^.!?]{0,40}?\b(?:than|as)\b", re.IGNORECASE)
#: Thanks just before the actor ("Thank you, ", "Thanks ", "Cheers ").
_THANKS = re.compile(
    r"(?:^|[\s,.!?…])(?:thanks?(?:\s+(?:you|so\s+much))?|thank\s+u|cheers|ty)\s*[,!]?\s*"
    r"(?:(?:the|our|my|dear)\s+)?$",
    re.IGNORECASE,
)
#: What the actor is thanked for: showing what they are ("… for showing us who you really
#: are", "… for proving my point").
_REVEALED = re.compile(
    r"\W*(?:for|4)\s+(?:[\w'’]+\s+){0,4}?(?:"
    r"who\s+(?:you|they|he|she)\s+(?:really|truly)\s+(?:are|is)"
    r"|(?:your|their|his|her)\s+true\s+colou?rs"
    r"|where\s+(?:your|their|his|her)\s+(?:real\s+|true\s+)?loyalt(?:y|ies)\s+lies?"
    r"|proving\s+(?:my|our|the)\s+point|proving\s+(?:me|us)\s+right"
    r"|why\s+(?:we|nobody|no\s+one|people|voters)\s+(?:can['’]?t|cannot|don['’]?t|do\s+not|"
    r"never|shouldn['’]?t|should\s+never)\s+(?:ever\s+)?trust"
    r"|what\s+(?:you|they|he|she)\s+really\s+think\s+of)",
    re.IGNORECASE,
)


def dismissed_side(draft: Draft, actor: Mention) -> str | None:
    """``attack`` where ``actor`` is dismissed or thanked in scorn (see the module), else
    None."""
    if actor.kind not in SCORNED_KINDS:
        return None
    at = around(draft, actor)
    if _DISMISSED.search(at.before) and not _RANKED.match(at.after):
        return "attack"  # "Who cares what <X> thinks", "Nobody listens to <X> any more"
    if _NOT_TAKEN.search(at.before) and re.match(r"['’]?s?\s+seriously\b", at.after, re.I):
        return "attack"  # "Nobody takes <X> seriously"
    if _THANKS.search(at.before) and _REVEALED.match(at.after):
        return "attack"  # "Thanks <X> for showing your true colours"
    if _PROBLEM_BEFORE.search(at.before) or _PROBLEM_AFTER.match(at.after):
        return "attack"  # "The real problem here is <X>", "<X> is the problem"
    if _MOCKED.match(at.after) or _OUTSHONE.match(at.after):
        return "attack"  # "<X> couldn't run a bath", "<X> makes the last guy look like Churchill"
    if _EVERY_TIME.search(at.before) and _MOUTH.match(at.after):
        return "attack"  # "Every time <X> opens their mouth"
    if _SCOFF.fullmatch(next_sentence(draft, at.ending)):
        return "attack"  # "<X> telling us what working people want. Righto."
    return None


#: A sentence that is only a scoff at the one before it.
_SCOFF = re.compile(
    r"\W*(?:righto|right-o|riiight|ri+ght\s+then|sure,?\s+jan|big\s+brain\s+"
    r"(?:stuff|move|energy|time)|galaxy\s+brain(?:\s+stuff)?|(?:4|5|6)d\s+chess|good\s+luck\s+"
    r"with\s+that|yeah,?\s+right|as\s+if|pull\s+the\s+other\s+one|tell\s+(?:that|it)\s+to\s+"
    r"the\s+marines|whatever\s+you\s+say|if\s+you\s+say\s+so)[\W_]*",
    re.IGNORECASE,
)
