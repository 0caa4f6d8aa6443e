"""Sides given by a turn of phrase around a party, politician or office.

- Downfall foretold: "<X> are toast", "<X> are going to get hammered on Thursday 🍿": an
  attack, with glee or without.
- Credit by counterfactual: "If it weren't for <X> we'd have lost the hospital", "Without <X>
  my mum wouldn't have insurance": support, since what would have happened is a loss; "If it
  weren't for <X> we'd still have a library": an attack, since it is a gain.
- "Leave <X> alone": the author defends them; "Go on <X>!", "Go <X>!": cheers them; "Keeping
  <X> out of my town", "The best thing <X> could do is stay out of the way": an attack;
  "Keeping <X> in power…", "The best thing <X> did was cut bus fares": support.
- "<X> > <Y>": the author ranks <X> above.
- "<X> has my vote", "she's got my vote": support; "<X> will never get my vote": an attack.

The judge reads the words of loss in a counterfactual ("lost", "closed") and the verbs of a
rout ("hammered") as scorn for the actor, and gleeful doom as cheering, for some parties and
not others; the word lists (``politics/stance.downfall_after``, ``downfall_verbs``,
``counterfactual_losses``) give the side whoever it is.
"""

from __future__ import annotations

import functools
import re

from postlint._engine.draft import Draft
from postlint._rules.politics.asserted import asked_side
from postlint._rules.politics.commitments import committed_side
from postlint._rules.politics.comparatives import ranked_side
from postlint._rules.politics.concessions import granted_side
from postlint._rules.politics.credit import credited_side
from postlint._rules.politics.deeds import deed_done
from postlint._rules.politics.defeats import defeated
from postlint._rules.politics.dismissals import dismissed_side
from postlint._rules.politics.effects import effect_side
from postlint._rules.politics.faults import faultless_side
from postlint._rules.politics.fears import feared_side
from postlint._rules.politics.mention import Mention, one_of
from postlint._rules.politics.outcomes import (
    compared_side,
    deed_side,
    outcome_side,
    regretted_side,
)
from postlint._rules.politics.scorn import SCORNED_KINDS, around
from postlint._rules.politics.turned import turned_side
from postlint._rules.politics.vindicated import vindicated_side

__all__ = ["implied_side"]

_LISTS = "politics/stance"
#: Before an actor, a counterfactual of its absence.
_COUNTERFACTUAL = re.compile(
    r"(?:^|[\s,(])(?:if\s+(?:it\s+)?(?:weren'?t|wasn'?t|were\s+not|was\s+not|hadn'?t\s+been|"
    r"had\s+not\s+been)\s+for|if\s+not\s+for|were\s+it\s+not\s+for|but\s+for|without)"
    r"\s+(?:(?:our|the|my|local|brilliant)\s+)*$",
    re.IGNORECASE,
)
#: What would have happened: "we'd have", "would be", "wouldn't have".
_WOULD = re.compile(r"\b(?:would(?:n['’]?t)?|['’]d|would['’]ve)\b", re.IGNORECASE)
#: A gain in what would have happened: the actor took it away.
_GAIN = re.compile(
    r"\b(?:still\s+have|still\s+be\s+(?:open|running|here|going|working)|be\s+better\s+off|"
    r"be\s+fine|be\s+thriving|have\s+kept)\b",
    re.IGNORECASE,
)
_NEGATED_WOULD = re.compile(r"\bwould(?:n['’]?t|\s+not)\s+(?:have|be)\b", re.IGNORECASE)
_BE = r"(?:are|is|['’]re|['’]s|will\s+be|gonna\s+be|are\s+gonna\s+be)"
#: The author's vote given to the actor, or refused: "she's got my vote", "they'll never get
#: my vote".
_MY_VOTE = re.compile(
    r"\b(?P<never>never|won['’]?t|will\s+not|not)?\s*(?:(?:ever|again|also)\s+)?"
    r"(?:gets?|got|has|have|['’]s\s+got|['’]ve\s+got|['’]ll\s+(?:get|have)|will\s+(?:get|have)|"
    r"(?:is|are)\s+getting)\s+my\s+(?:vote|votes|support|backing|(?:whole\s+|entire\s+)?"
    r"(?:household|family|street|vote)\s+behind)\b",
    re.IGNORECASE,
)
#: Grudging praise after the actor: "<X> at least cost their policies", "<X> are at least
#: honest about it" (not "<X> could at least apologise": no modal before it).
_AT_LEAST = re.compile(r"\s+(?:(?:are|is|have|has|do|does|did)\s+)?at\s+least\b", re.I)
#: The answer to a question of who else ("Which other government…? Only the SNP.").
_ONLY = re.compile(r"\W*only\s+(?:the\s+)?", re.IGNORECASE)
_ASKED_WHO_ELSE = re.compile(
    r"\b(?:which|what)\s+other\b[^?]*\?\s*$|\bwho\s+else\b[^?]*\?\s*$", re.IGNORECASE
)
#: Keeping the actor out: "keeping <X> out of my town", "whatever it takes to keep <X> out".
_KEPT = re.compile(r"\b(?:keep|keeps|keeping|kept)\s+(?:the\s+)?$", re.IGNORECASE)
#: Where the actor is kept: out, or in power.
_KEPT_WHERE = re.compile(
    r"\s+(out\b|in\s+(?:power|office|government|charge|no\.?\s*10|downing\s+street)\b)",
    re.IGNORECASE,
)
#: The best thing the actor could do is to go ("The best thing <X> could do is stay out of
#: the way", "…for this country is resign"; group 1), or the best thing they did (group 2:
#: "The best thing <X> did was cut bus fares").
_BEST_THING = re.compile(r"\b(?:best|kindest|only\s+decent)\s+thing\s+(?:the\s+)?$", re.I)
_GONE = (
    r"(?:stay\s+out|get\s+out|go\b|resign|quit|step\s+(?:aside|down)|disappear|nothing|"
    r"shut\s+up|keep\s+quiet|leave|disband|fold|retire|stand\s+down)"
)
_BEST_DONE = re.compile(
    rf"\s+(?:(?:could|can|should|would|might)\s+(?:ever\s+|possibly\s+|now\s+)?do\b"
    rf"[^.!?]{{0,40}}?\bis\s+(?:to\s+)?({_GONE})"
    rf"|(?:ever\s+)?(?:did|has\s+done|have\s+done|achieved)\b[^.!?]{{0,30}}?\bwas\s+"
    rf"(?:to\s+)?(?:{_GONE}|(\w+)))",
    re.IGNORECASE,
)
#: A cheer just before the actor, at the sentence's start ("Go on Nige!", "Go Kemi!").
_CHEER = re.compile(r"^\W*(?:go\s+on|go|come\s+on\s+then)\s+(?:the\s+)?$", re.IGNORECASE)
#: Mock surprise opening the sentence: "What a surprise, <X> u-turned again" (not "who would
#: have thought it", as often said in delight).
_MOCK_SURPRISE = re.compile(
    r"^\W*(?:oh\s+)?(?:what\s+a\s+(?:surprise|shock|shocker)|surprise,?\s+surprise|"
    r"shock,?\s+horror|who\s+could\s+have\s+guessed|colou?r\s+me\s+shocked)\W*(?:the\s+)?$",
    re.IGNORECASE,
)
#: Their absence asked after: "Has anyone actually seen <X> since polling day?", "Where is
#: <X> when you need them?" (not "Has anyone seen <X>'s speech?", "Where is <X> speaking?").
_ABSENT_BEFORE = re.compile(
    r"\b(?:(?:has|have)\s+any(?:one|body)\s+(?:actually\s+|even\s+|else\s+)?seen|"
    r"where\s+(?:on\s+earth\s+)?(?:is|are|was|were|has|have))\s+(?:the\s+|our\s+)?$",
    re.IGNORECASE,
)
_ABSENT_AFTER = re.compile(
    r"^(?!['’]s)\s*(?:(?:been\s+)?(?:in|at|around|on)\s+[^?]{0,60}?\s+(?:since|lately|recently|"
    r"for\s+(?:weeks|months|years))\b|since\b|lately\b|recently\b|been\s+hiding\b|hiding\b|"
    r"(?:been\s+)?when\s+(?:you|we)\s+need\b|(?:been\s+)?these\s+days\b|[?!]+\s*$|[?!]+\s)",
    re.IGNORECASE,
)
_GOING_TO = r"(?:are|is|['’]re|['’]s)\s+(?:going\s+to|gonna|about\s+to|set\s+to|sure\s+to)\s+get"


def implied_side(draft: Draft, actor: Mention) -> str | None:
    """The side a turn of phrase gives ``actor`` (see the module), or None. Read once per
    actor of a draft: the cues and the declared sides both ask."""
    return draft.shared_for(_implied_side, actor)


def _implied_side(draft: Draft, actor: Mention) -> str | None:
    if actor.kind not in SCORNED_KINDS or draft.is_quoted(actor.start, actor.end):
        return None
    text = draft.text
    at = around(draft, actor)
    opening, before, after = at.opening, at.before, at.after
    downfall = _downfall(
        draft.pack.word_list(f"{_LISTS}.downfall_after"),
        draft.pack.word_list(f"{_LISTS}.downfall_verbs"),
    )
    if downfall.match(after) or dismissed_side(draft, actor) or defeated(draft, after):
        return "attack"  # "<X> are toast", "Who cares what <X> thinks", "<X> got hammered"
    ranked = re.match(r"\s*>+(?!=)\s*", after)
    if ranked is not None and _below(draft, actor.end + ranked.end(), after[ranked.end() :]):
        return "support"  # "Albanese > Dutton", "<X> > the rest of them"
    vote = _MY_VOTE.search(after)
    if vote is not None:
        return "attack" if vote.group("never") else "support"  # "…she's got my vote"
    if _AT_LEAST.match(after):
        return "support"  # "<X> at least cost their policies"
    asked = _ASKED_WHO_ELSE.search(text, max(0, opening - 200), opening)
    if asked is not None and _ONLY.fullmatch(before):
        return deed_side(asked.group(0))  # "Which other government gives…? Only <X>."
    if _MOCK_SURPRISE.search(before):
        return "attack"  # "What a surprise, <X> u-turned again", "Surprise surprise, <X>…"
    if _ABSENT_BEFORE.search(before) and _ABSENT_AFTER.match(after):
        return "attack"  # "Has anyone actually seen <X> since polling day?"
    if _CHEER.search(before) and re.match(r"\s*(?:!|,\s*(?:show|give|you|get)\b)", after):
        return "support"  # "Go on Nige!", "Go Kemi!", "Go on Keir, show them!"
    if re.search(r"\bleave\s+(?:poor\s+)?$", before, re.IGNORECASE) and re.match(
        r"\s+alone\b", after, re.IGNORECASE
    ):
        return "support"  # "Leave Angela Rayner alone, she's…"
    if _KEPT.search(before) and (kept := _KEPT_WHERE.match(after)):
        # "Keeping <X> out of my town is all that matters"; "Keeping <X> in power is…"
        return "attack" if kept.group(1).lower() == "out" else "support"
    if _BEST_THING.search(before) and (best := _BEST_DONE.match(after)):
        # "The best thing <X> could do is stay out of the way": gone; "The best thing <X> did
        # was cut bus fares": a deed.
        return "attack" if best.group(1) else "support" if best.group(2) else None
    if _COUNTERFACTUAL.search(before) and (countered := _counterfactual(draft, after)):
        return countered  # "Without <X> we'd have lost the hospital"
    return (
        outcome_side(draft, actor)
        # "Has <X> ever put a foot wrong?", "Who's got a better record than <X>?": a question
        # whose answer is no one, before a ranking's plain reading of "better than <X>"
        or asked_side(text[opening : at.ending], *_within(actor, opening))
        or compared_side(draft, actor)
        or ranked_side(draft, actor)
        or regretted_side(draft, actor)
        or granted_side(draft, actor)
        or credited_side(after)  # "<X> doesn't get half the credit they deserve"
        or turned_side(before, after)  # "<X> won me over", "I've gone off <X>"
        or effect_side(after)  # "<X>'s bus franchising has made my commute better"
        or vindicated_side(draft, actor)  # "Turns out <X> was right all along"
        or deed_done(draft, actor)
        or committed_side(draft, actor)  # "<X> are committed to solving problems for you"
        or feared_side(draft, actor)  # "The thought of <X> in government keeps me up at night"
        or faultless_side(draft, actor)  # "<X> took every question and never once flinched"
    )


def _within(actor: Mention, opening: int) -> tuple[int, int]:
    """Where ``actor`` stands in its sentence, which opens at ``opening``."""
    return actor.start - opening, actor.end - opening


#: Whom a ranking puts below the actor, when no party or politician: "the rest", "everyone".
_THE_REST = re.compile(
    r"(?:the\s+rest|the\s+lot|the\s+others?|every|all\b|any\b|anyone|anybody|them\s+all)",
    re.IGNORECASE,
)


def _below(draft: Draft, at: int, words: str) -> bool:
    """Whether what a ranking puts below the actor, at ``at`` (``words`` on), is a party or
    politician or everyone else: not "The Left > It's only a law if…", a heading's arrow."""
    if _THE_REST.match(words):
        return True
    return any(
        at <= span.start_char <= at + 2 for span in draft.spans_labelled("PARTY", "POLITICIAN")
    )


def _counterfactual(draft: Draft, after: str) -> str | None:
    """The side of "If it weren't for <X>" by what would have happened after it."""
    would = _WOULD.search(after)
    if would is None:
        return None
    consequence = after[would.start() :]
    if _GAIN.search(consequence):
        return "attack"  # "…we'd still have a library"
    losses = draft.pack.word_list(f"{_LISTS}.counterfactual_losses")
    words = re.findall(r"[\w'’]+(?:\s+down)?", consequence.lower())
    if _NEGATED_WOULD.search(consequence) or any(word in losses for word in words):
        return "support"  # "…we'd have lost the hospital", "…wouldn't have insurance"
    return None


@functools.cache
def _downfall(after: frozenset[str], verbs: frozenset[str]) -> re.Pattern[str]:
    return re.compile(
        rf"\s*(?:{_BE}\s+(?:so\s+|totally\s+|completely\s+|absolutely\s+)?(?:{one_of(after)})\b"
        rf"|{_GOING_TO}\s+(?:absolutely\s+|completely\s+|totally\s+|so\s+)?(?:{one_of(verbs)})\b)",
        re.IGNORECASE,
    )
