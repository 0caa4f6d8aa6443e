"""A party's, politician's or office's showing evaluated in so many words.

"Embarrassing from the Home Secretary this morning", "Woeful answers from <X> at PMQs", "Very
impressive stuff from <X> on apprenticeships", "<X> did a cracking job on the school
repairs", "<X>'s handling of the summit was world class": British political talk passes
judgement on a showing by one word of praise or scorn (``politics/stance.praise_words``,
``scorn_words``) in three shapes, a sentence that opens with the word (perhaps with a
``showings`` noun after it) then "from" or "by" and the actor, the actor said to have done "a
<word> job", or the actor's showing said to be the word. The word gives the side. The models
read the rest of the sentence instead (a programme, a radio slot) and some names more than
others: "Pathetic
from <X> at PMQs" read as support for one leader, "Embarrassing from <X>" as no stance at all
for twelve of thirteen.

Scorn declares an attack, as a campaign tag declares a side (``declarations``); praise
declares support unless said with sarcasm ("Brilliant from <X>, another fare rise and still no
night buses"), and gives the side where the judge reads another (``cues.cued_side``).
"""

from __future__ import annotations

import functools
import re

from postlint._engine.draft import Draft
from postlint._rules.politics.mention import Mention, one_of
from postlint._rules.politics.scorn import SCORNED_KINDS, around

__all__ = ["SAID_NO_ONE", "SARCASM", "evaluated_side"]

_LISTS = "politics/stance"
#: A complaint after praise makes it sarcasm ("Fantastic work from the Mayor, another
#: fare rise and still no night buses").
SARCASM = re.compile(
    r"\b(?:another(?!\s+(?:term|go|chance|mandate|four\s+years|five\s+years|win|victory))|again|"
    r"still\s+(?:no|not|waiting)|nothing|not\s+a\s+single|u-?turn|"
    r"shambles|disaster|chaos|mess|cuts?|hikes?|rises?|failed|failing|"
    r"said\s+no\s*(?:one|body)\s+ever)\b|🙄|🤡|🤦"
)
#: Praise turned round at its end: "…, said nobody ever", "… said no one, ever".
SAID_NO_ONE = re.compile(r"\bsaid\s+no\s*(?:one|body)\s*,?\s+ever\b", re.IGNORECASE)
#: A word of feeling that may open the sentence before the evaluation ("Honestly, pathetic
#: from…").
_INTERJECTION = (
    r"(?:(?:honestly|frankly|genuinely|wow|god|christ|jeez|blimey|well|ok|okay|oof|ugh|"
    r"oh\s+dear|oh\s+my|gosh|yikes|seriously)\s*[,!.…:-]*\s+)?"
)
#: Words that may stand before the word of evaluation ("What a", "Another", "Such a").
_LEAD = r"(?:(?:what|such|quite)\s+an?\s+|another\s+|an?\s+|some\s+|more\s+)?"
_INTENSIFIERS = (
    r"(?:(?:absolutely|truly|utterly|really|so|just|genuinely|frankly|quite|pretty|very|"
    r"deeply|incredibly|seriously|totally|thoroughly|typically|frankly|bloody|hugely|"
    r"properly|most)\s+)*"
)
#: Words between "from" and the actor that change nothing ("from the Chancellor").
_FILLERS = r"(?:(?:the|our|my|your|their|his|her)\s+)*"
#: Words between the actor and "a <word> job" ("have once again done").
_AUXILIARIES = (
    r"(?:'s\s+|'ve\s+)?(?:(?:has|have|had|is|are|was|were|been|just|once|again|really|honestly|"
    r"genuinely|actually|absolutely|always|consistently)\s+)*"
)


def evaluated_side(draft: Draft, actor: Mention) -> str | None:
    """The side a word of evaluation gives ``actor`` (see the module): ``support``,
    ``attack`` or None."""
    if actor.kind not in SCORNED_KINDS or draft.is_quoted(actor.start, actor.end):
        return None
    opener, job, possessed = _patterns(
        draft.pack.word_list(f"{_LISTS}.praise_words"),
        draft.pack.word_list(f"{_LISTS}.scorn_words"),
        draft.pack.word_list(f"{_LISTS}.showings"),
    )
    at = around(draft, actor)
    # The actor's sentence only, lowered: a long draft asks for each of its actors.
    before = " ".join(_lowered(at.before).split()) + " "
    after = _lowered(at.after)
    found = (
        opener.match(re.sub(r"^[^\w]+", "", before)) or job.match(after) or possessed.match(after)
    )
    if found is None:
        return None
    word = " ".join(found.group("word").split())
    if word in draft.pack.word_list(f"{_LISTS}.scorn_words"):
        return "attack"
    sentence = _lowered(draft.text[at.opening : at.ending])
    if SAID_NO_ONE.search(after):
        return "attack"  # "Stellar work from <X> on the waiting lists, said nobody ever"
    if SARCASM.search(after) or any(
        emoji in sentence for emoji in draft.pack.word_list(f"{_LISTS}.verdict_emojis")
    ):
        return None  # "Brilliant from the Mayor, another fare rise"
    return "support"


def _lowered(words: str) -> str:
    return words.lower().replace("’", "'")


@functools.cache
def _patterns(
    praise: frozenset[str], scorn: frozenset[str], showings: frozenset[str]
) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The opening, the "a <word> job" and the "<X>'s <showing> was <word>" patterns, built
    once per word lists."""

    words, showing = one_of(praise | scorn), one_of(showings)
    opener = re.compile(
        rf"^{_INTERJECTION}{_LEAD}{_INTENSIFIERS}(?P<word>{words})"
        rf"(?:\s*(?:,|and|&)\s*{_INTENSIFIERS}(?:{words}))?(?:\s+(?:{showing})){{0,2}}"
        rf"\s+(?:from|by)\s+{_FILLERS}$"
    )
    job = re.compile(
        rf"^\s*{_AUXILIARIES}(?:did|done|doing|does|do)\s+(?:such\s+)?an?\s+{_INTENSIFIERS}"
        rf"(?P<word>{words})\s+job\b"
    )
    possessed = re.compile(
        rf"^'s?\s+(?:[\w-]+\s+){{0,2}}?(?:{showing})(?:\s+(?:of|on|at|in|to|over)\s+"
        rf"(?:[\w'-]+\s+){{0,5}}?)?\s*(?:was|is|were|are|has\s+been|have\s+been)\s+"
        rf"{_INTENSIFIERS}(?P<word>{words})\b"
    )
    return opener, job, possessed
