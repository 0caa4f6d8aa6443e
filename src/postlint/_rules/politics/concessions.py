"""The side a sentence grants an actor after "but": "<X> gets mocked for the slogans, but
he's been right about housing for years", "<X> is catching flak for the bus lanes, but she's
right to hold her nerve": support; "<X> means well, but they're hopeless on the buses": an
attack.

What comes after "but" is what the author holds; the models weigh the flak or the good
intentions before it as much, and read it one way for one name and the other for another.
A pronoun after the "but" must be the one the clause's verdict is about, so the actor stands
before the "but" in the same sentence.

So does what follows a concession made before the actor: "Say what you like about <X>, they've
never once missed a surgery", "Whatever you think of <X>, the new school is brilliant":
grudging praise, support, unless the words after it scorn ("…, they're hopeless": an attack).
And what follows flak the actor takes: "<X> gets slagged off constantly but kept the buses
running": support; "<X> gets a lot of stick and they've earned every bit of it": an attack.
"""

from __future__ import annotations

import re

from postlint._engine.draft import Draft
from postlint._rules.politics.evaluations import SARCASM
from postlint._rules.politics.mention import Mention, whole_phrases
from postlint._rules.politics.scorn import SCORNED_KINDS, around, sentence_end

__all__ = ["granted_side"]

_PRONOUN_IS = (
    r"\bbut\b[^.!?;]{0,80}?\b(?:he|she|they|it)\s*(?:['’]s|\s+is|\s+are|['’]re|\s+was|\s+were|"
    r"\s+has|\s+have|['’]ve)\s+(?:(?:been|also|actually|absolutely|completely|totally|utterly|dead|still|"
    r"just|always|so|quite)\s+)*"
)
_GRANTED_PRAISE = re.compile(
    _PRONOUN_IS + r"(?:right\s+(?:to|about|on)|spot\s+on|bang\s+on|correct\s+(?:to|about|on)|"
    r"got\s+(?:it|this|that)\s+right|delivered|a\s+class\s+act|the\s+real\s+deal|the\s+best\b)",
    re.IGNORECASE,
)
_GRANTED_SCORN = re.compile(
    _PRONOUN_IS + r"(?:useless|hopeless|a\s+disgrace|clueless|incompetent|a\s+liability|"
    r"wrong\s+(?:about|on|to)|a\s+joke|out\s+of\s+touch|all\s+talk|a\s+shambles)\b",
    re.IGNORECASE,
)


#: Before the actor, a concession that what follows is praise despite it.
_CONCEDED = re.compile(
    r"(?:^|[\s,.!?…])(?:say\s+what\s+you\s+(?:want|like|will)\s+about|whatever\s+you\s+"
    r"(?:think|say)\s+(?:of|about)|love\s+(?:him|her|them|it)\s+or\s+(?:hate|loathe)\s+"
    r"(?:him|her|them|it)\W*)\s*(?:the\s+)?$",
    re.IGNORECASE,
)


#: Right after the actor, flak they take, then the rest of the sentence.
_FLAK = re.compile(
    r"^\s+(?:gets?|got|getting|takes?|took|taking|is\s+getting|has\s+(?:had|taken))\s+(?:"
    r"slagged\s+off|(?:a\s+lot\s+of\s+|loads\s+of\s+|so\s+much\s+|some\s+|plenty\s+of\s+)?"
    r"(?:stick|flak|abuse|grief|hate|criticism|a\s+kicking|a\s+hard\s+time|a\s+bad\s+press|"
    r"bad\s+press|mocked|ridiculed|laughed\s+at|pelters))\b(?P<rest>[^.!?]*)",
    re.IGNORECASE,
)
_BUT = re.compile(r"\bbut\b", re.IGNORECASE)
_EARNED = re.compile(r"\b(?:earned|deserved?|deserves|asked\s+for|had\s+it\s+coming)\b", re.I)


def _after_flak(draft: Draft, rest: str) -> str | None:
    """The side of what follows flak an actor takes (see the module)."""
    turn = _BUT.search(rest)
    if turn is not None:
        held = rest[turn.end() :].lower()
        scorn = whole_phrases(draft.pack.word_list("politics/stance.scorn_words"))
        return "attack" if scorn.search(held) or SARCASM.search(held) else "support"
    return "attack" if _EARNED.search(rest) else None


def granted_side(draft: Draft, actor: Mention) -> str | None:
    """The side a pronoun's verdict after "but" gives ``actor`` (see the module), or None."""
    if actor.kind not in SCORNED_KINDS or draft.is_quoted(actor.start, actor.end):
        return None
    rest = draft.text[actor.end : sentence_end(draft, actor.start)]
    if _GRANTED_PRAISE.search(rest):
        return "support"
    if _GRANTED_SCORN.search(rest):
        return "attack"
    flak = _FLAK.match(rest)
    if flak is not None and (side := _after_flak(draft, flak.group("rest"))) is not None:
        return side  # "<X> gets slagged off constantly but kept the buses running"
    if _CONCEDED.search(around(draft, actor).before) and re.match(r"['’]?s?\s*[,:;–—-]", rest):
        # "Say what you like about <X>, they've never once missed a surgery"
        scorn = whole_phrases(draft.pack.word_list("politics/stance.scorn_words"))
        return "attack" if scorn.search(rest.lower()) or SARCASM.search(rest) else "support"
    return None
