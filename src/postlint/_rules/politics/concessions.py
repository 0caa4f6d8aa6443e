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
running", "<X> cops a hard time but can run a meeting": support; "<X> gets a lot of stick and
they've earned every bit of it": an attack.
And what follows a flaw the author grants with a hedge: "<X> might be a bit corporate but at
least the man can read a balance sheet", "<X>'s dull, sure. After the last few years dull
sounds amazing": support, unless what follows scorns.
"""

from __future__ import annotations

import re

from postlint._engine.draft import Draft
from postlint._rules.politics.evaluations import SARCASM
from postlint._rules.politics.mention import Mention, whole_phrases
from postlint._rules.politics.scorn import SCORNED_KINDS, around, sentence_end

__all__ = ["granted_side", "held_side"]

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


#: Just before the actor, the author conceding what follows ("…, and even I'll admit the
#: <X> nailed it", "I have to admit, <X> got the bridge fixed"): grudging praise, as above.
#: Not "I'll say it:" or "I'd say", which open any opinion ("I'd say <X> are finished").
_ADMITTED = re.compile(
    r"(?:^|[\s,.!?…:;])(?:even\s+)?(?:i['’]ll|i\s+will|i\s+(?:have|had)\s+to|i\s+must|"
    r"(?:i\s+)?gotta|i['’]d)\s+(?:admit|concede)(?:\s+(?:it|this|that))?"
    r"\s*[:,—–-]?\s*(?:that\s+)?(?:the\s+)?$",
    re.IGNORECASE,
)


#: Right after the actor, flak they take, then the rest of the sentence.
_FLAK = re.compile(
    r"^\s+(?:gets?|got|getting|takes?|took|taking|is\s+getting|has\s+(?:had|taken)|cops?|"
    r"copped|copping)\s+(?:slagged\s+off|slated|(?:a\s+lot\s+of\s+|loads\s+of\s+|so\s+much\s+|"
    r"some\s+|plenty\s+of\s+)?(?:stick|flak|abuse|grief|hate|criticism|heat|a\s+kicking|"
    r"a\s+hard\s+time|a\s+rough\s+(?:ride|time)|a\s+bad\s+(?:press|rap)|bad\s+press|"
    r"a\s+battering|a\s+pasting|mocked|ridiculed|laughed\s+at|pelters))\b(?P<rest>[^.!?]*)",
    re.IGNORECASE,
)
_BUT = re.compile(r"\bbut\b", re.IGNORECASE)
#: Right after the actor, a flaw granted with a hedge ("might be a bit corporate", "'s not the
#: most exciting", "'s dull, sure."), then "but" or the sentence's end after the shrug.
_HEDGED_FLAW = re.compile(
    r"^(?:\s+(?:might|may|could|can)\s+be|\s*['’](?:s|re)|\s+(?:is|are))\s+"
    r"(?:(?P<hedge>a\s+(?:bit|little|tad)|not\s+(?:the\s+most|exactly))\s+)?"
    r"(?P<flaw>[\w-]+(?:\s+[\w-]+)?)\s*(?:,\s*(?P<shrug>sure|granted|fine|admittedly|i\s+know|"
    r"fair\s+enough)\b\W*|,?\s+but\s+(?P<held>.*))$",
    re.IGNORECASE | re.DOTALL,
)
#: Flaws of manner a supporter grants: "dull", "a bit corporate". Not a standing in the polls
#: or a plight ("might be popular but…", "could be in trouble but…"), which grant nothing.
_FLAWS = re.compile(
    r"^(?:dull|boring|corporate|wooden|awkward|stiff|robotic|geeky|nerdy|posh|grumpy|"
    r"cautious|uncharismatic|unglamorous|old|old-fashioned|beige|bland|marmite|divisive|"
    r"abrasive|blunt|gobby|mouthy|scruffy|cold|aloof|slow|quiet|annoying|odd|weird|"
    r"technocratic|managerial|uninspiring)\b",
    re.IGNORECASE,
)
#: Scorn in more than a word, after a granted flaw: "…but they're already out of their depth".
_SCORNED_AFTER = re.compile(
    r"\b(?:out\s+of\s+(?:their|his|her|its)\s+depth|all\s+talk|a\s+(?:joke|liability|disgrace|"
    r"shambles|mess)|wrong\s+(?:about|on)|haven['’]t\s+a\s+clue|no\s+idea|let\s+\w+\s+down|"
    r"lied|lying|not\s+convinced|not\s+sold|(?:don['’]t|wouldn['’]t)\s+trust)\b",
    re.IGNORECASE,
)
#: After a granted flaw, what the actor at least is or does: "at least the man can read a
#: balance sheet", "at least they're not <Y>". Not "at least I don't live there".
_AT_LEAST_THEY = re.compile(
    r"\s*at\s+least\s+(?:they|he|she|the\s+(?:man|woman|lad|guy|bloke|party))\b", re.I
)
_EARNED = re.compile(r"\b(?:earned|deserved?|deserves|asked\s+for|had\s+it\s+coming)\b", re.I)


def _after_flak(draft: Draft, rest: str) -> str | None:
    """The side of what follows flak an actor takes (see the module)."""
    turn = _BUT.search(rest)
    if turn is not None:
        return held_side(draft, rest[turn.end() :].lower())
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
    if (side := _after_a_hedged_flaw(draft, actor, rest)) is not None:
        return side  # "<X> might be a bit corporate but at least…", "<X>'s dull, sure. …"
    before = around(draft, actor).before
    if (_CONCEDED.search(before) and re.match(r"['’]?s?\s*[,:;–—-]", rest)) or _ADMITTED.search(
        before
    ):
        # "Say what you like about <X>, they've never once missed a surgery"; "Registered
        # <Y> here, and I'll admit it: <X> got the bridge fixed"
        return held_side(draft, rest)
    return None


def held_side(draft: Draft, held: str) -> str:
    """The side of what the author holds after a concession (``held``): an attack where it
    scorns ("…, but this is a new low") or mocks, else grudging praise."""
    scorn = whole_phrases(draft.pack.word_list("politics/stance.scorn_words"))
    return "attack" if scorn.search(held.lower()) or SARCASM.search(held) else "support"


def _after_a_hedged_flaw(draft: Draft, actor: Mention, rest: str) -> str | None:
    """The side of what follows something granted to ``actor`` (see the module): the rest of
    the sentence after "but", or the next sentence after a shrug ("sure."). Scorn there
    attacks whatever was granted ("<X> may be new but they're already out of their depth");
    anything else backs the actor only after a flaw of manner ("<X> might be a bit corporate
    but…"), not after a standing or a plight ("<X> might be popular but I'm not convinced")."""
    granted = _HEDGED_FLAW.match(rest)
    if granted is None:
        return None
    if granted["held"] is not None:
        held = granted["held"]
    else:
        end = sentence_end(draft, actor.start)
        held = draft.text[end : sentence_end(draft, end)] if end < len(draft.text) else ""
    if not held.strip():
        return None
    scorn = whole_phrases(draft.pack.word_list("politics/stance.scorn_words"))
    # "… but at least they're not <Y>, who crashed the economy again": the scorn is for <Y>.
    at_least = _AT_LEAST_THEY.match(held) is not None
    if not at_least and (
        scorn.search(held.lower()) or _SCORNED_AFTER.search(held) or SARCASM.search(held)
    ):
        return "attack"
    # "… but at least the man can read a balance sheet", "… but at least they're not <Y>"
    return "support" if at_least or granted["hedge"] or _FLAWS.match(granted["flaw"]) else None
