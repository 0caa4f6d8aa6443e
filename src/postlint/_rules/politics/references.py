"""A comment on the sentence before: "Democrats passed paid family leave. This is what
governing looks like." The second sentence names no one, but points back ("this", "they",
"she") to the one party or politician the first names, or is a verdict too short to be about
anything else ("Disgraceful."): its support or attack is about them.

The comment's side is the judge's reading of it, unless the post declares its side on that
actor by a cue (a call to vote or a campaign tag: ``declarations``; a call to vote naming them
in the sentence before), which decides. Where the sentence before reads the actor the other
way and no cue decides, one of the two readings is wrong, and the comment names no one rather
than look sure of it. A call to vote by a pronoun ("Give her another four years", "Vote every
last one of them out") is the surest sign of a side a post gives: it decides the comment and
turns the sentence before's other reading of the actor too.
"""

from __future__ import annotations

import dataclasses
import re
from typing import TYPE_CHECKING

from postlint._engine.draft import Draft
from postlint._rules.politics.actors import actors_of
from postlint._rules.politics.declarations import declared_sides, side_declared_on
from postlint._rules.politics.mention import Mention
from postlint._rules.politics.yardstick import yardstick_side

if TYPE_CHECKING:
    from postlint._rules.politics.judgement import Judgement, RuleKind

__all__ = ["resolved"]

#: Words that point back to someone named before ("This is what governing looks like",
#: "Proud of every one of them", "She's earned it").
_BACK_REFERENCE = re.compile(
    r"\b(?:this|that|it|they|them|their|theirs|he|him|his|she|her|hers)\b", re.IGNORECASE
)
#: A comment of at most this many words is about the sentence before it ("Disgraceful.",
#: "About time too.").
_SHORT_COMMENT_WORDS = 3
_SIDES = ("support", "attack")


def resolved(draft: Draft, found: list[Judgement]) -> list[Judgement]:
    """``found`` with each untargeted support or attack (or call to vote by a pronoun) that
    comments on the sentence before given that sentence's actor, as the module says."""
    result = list(found)
    for index, judgement in enumerate(found):
        measured = yardstick_side(judgement.unit.text)
        if measured is not None and not judgement.whole_post:
            # "Is that what we want in a prime minister?": on whom the sentence before names
            actor = _referred_to(draft, judgement)
            if actor is not None:  # … and what the sentence before did, which it measures
                result[index] = _sided_as(judgement, measured, actor)
                result = [_turned(before, judgement, actor, measured) for before in result]
            continue
        if judgement.target is not None or judgement.names_actor or judgement.whole_post:
            continue
        called = _pronoun_call(judgement.unit.text)
        if judgement.stance not in _SIDES and called is None:
            continue
        actor = _referred_to(draft, judgement)
        if actor is None:
            continue
        if called is not None:  # "Give him another four years.": the call decides the post
            result[index] = _sided_as(judgement, called, actor)
            result = [_turned(before, judgement, actor, called) for before in result]
            continue
        declared = side_declared_on(draft, actor) or _cued_before(draft, result, judgement, actor)
        if declared is None and _read_the_other_way(result, judgement, actor):
            continue  # one of the two readings is wrong: naming them would look sure of it
        result[index] = _sided_as(judgement, declared or judgement.stance, actor)
    return result


def _name(actor: Mention) -> str:
    """An actor's words, spaced alike, to tell two mentions of the same name."""
    return " ".join(actor.text.split())


#: A call to vote for or against someone named before, by a pronoun: "Give him another four
#: years", "Four more years!", "Re-elect her", "Vote every last one of them out".
_CALL_FOR = re.compile(
    r"\b(?:give\s+(?:him|her|them)\s+(?:another|\w+\s+more)\s+\w+\s+years?"
    r"|(?:two|three|four|five|\d)\s+more\s+years|re-?elect\s+(?:him|her|them)"
    r"|(?:vote|keep|put)\s+(?:him|her|them)\s+(?:back\s+)?in(?!\w))",
    re.IGNORECASE,
)
_CALL_AGAINST = re.compile(
    r"\b(?:vote|kick|boot|throw|turf)\s+(?:him|her|them|(?:every\s+)?(?:last\s+)?"
    r"(?:one|all|each|every\s+one)\s+of\s+them)\s+out\b",
    re.IGNORECASE,
)


def _pronoun_call(text: str) -> str | None:
    """The side of a call to vote by a pronoun in ``text``, if it has one (and only one)."""
    sides = {
        side
        for side, call in (("support", _CALL_FOR), ("attack", _CALL_AGAINST))
        if call.search(text)
    }
    return sides.pop() if len(sides) == 1 else None


def _sided_as(judgement: Judgement, side: str, actor: Mention) -> Judgement:
    rule: RuleKind = "endorsement" if side == "support" else "attack"
    return dataclasses.replace(judgement, stance=side, rule=rule, target=actor)


def _turned(before: Judgement, call: Judgement, actor: Mention, side: str) -> Judgement:
    """A reading of ``actor`` before the call, turned to the call's side."""
    if before.stance not in _SIDES or before.target is None or before.whole_post:
        return before
    if before.unit.end > call.unit.start or before.stance == side:
        return before
    if _name(before.target) != _name(actor):
        return before
    return _sided_as(before, side, actor)


def _read_the_other_way(found: list[Judgement], comment: Judgement, actor: Mention) -> bool:
    """Whether a sentence before the comment is read as taking the other side on ``actor``."""
    return any(
        before.stance in _SIDES
        and before.stance != comment.stance
        and before.target is not None
        and _name(before.target) == _name(actor)
        and before.unit.end <= comment.unit.start
        and not before.whole_post
        for before in found
    )


def _cued_before(
    draft: Draft, found: list[Judgement], comment: Judgement, actor: Mention
) -> str | None:
    """The side a sentence before the comment takes on ``actor`` by a cue: a call to vote
    naming it, or one the post declares (a campaign tag, praise or scorn by its words:
    ``declared_sides``): "Re-elect Priya Raman! She got the library reopened" backs her, whatever
    the judge reads in the second sentence."""
    cues = [c for c in declared_sides(draft) if c.side in _SIDES]
    for before in found:
        if before.unit.end > comment.unit.start or before.target is None:
            continue
        if _name(before.target) != _name(actor) or before.stance not in _SIDES:
            continue
        if before.target.kind == "backed":  # named in a call to vote: "Re-elect Dana…"
            return before.stance
        if any(before.unit.start <= c.start and c.end <= before.unit.end for c in cues):
            return before.stance
    return None


def _referred_to(draft: Draft, judgement: Judgement) -> Mention | None:
    """The one party or politician the sentence before the judgement's unit names, when the
    unit points back to it or is a short verdict."""
    unit = judgement.unit
    words = unit.text.split()
    if not _BACK_REFERENCE.search(unit.text) and len(words) > _SHORT_COMMENT_WORDS:
        return None
    before = [s for s in draft.sentences if s.end_char <= unit.start]
    if not before:
        return None
    previous = before[-1].start_char
    named = [
        actor
        for actor in actors_of(draft)
        if previous <= actor.start
        and actor.end <= unit.start
        and actor.kind in ("party", "politician", "role", "backed", "entity")
    ]
    if len({_name(actor) for actor in named}) != 1:
        return None
    return named[0]
