"""Sides given by a contest between two sides: who beats whom, and who must close ranks.

- A rout the author relishes, done or foretold: "<A> took <B> apart at PMQs", "<A> will wipe
  the floor with <B>", "<A> gave <B> a right pasting", "<B> got schooled by <A>", "<B>
  humiliated by <A> in the by-election": support for the winner, an attack on the loser.
- The one side that can stop another: "Only <A> can stop <B>", "Only <A> can beat the Tories
  here": support for <A>, an attack on <B>.
- A side told to close ranks, and the leader to close them behind: "<A> must unite", "<A>
  members: stop the infighting and get behind <L>": support (``ranks``).
- The side named in answer to a bare choice: "Harris or Trump? Harris, obviously.": support
  (``choices``).

The judge reads the verbs of a rout as scorn for whichever side stands nearest, so that "<A>
will crush <B>" read as an attack on <A> for some pairs and on <B> for others, and a call to
unite as a reproach. Only a rout of a rival counts: its other side is a party, a politician
or, for the verbs of a contest (``politics/stance.rout_verbs``), a pronoun for one ("school
them"); verbs of harm (``rout_harm_verbs``) need the rival named, since "<A> will destroy the
economy" is scorn for <A>, which the judge reads. A contest someone else foretells ("<X> says
he'll crush <B>") is theirs; a plain win ("<A> will beat <B>") may be a forecast: no side.
"""

from __future__ import annotations

import functools
import re

from postlint._engine.draft import Draft
from postlint._rules.politics.actors import actors_of
from postlint._rules.politics.choices import chosen
from postlint._rules.politics.contrasts import contrast_side
from postlint._rules.politics.interlocutors import INTERLOCUTOR
from postlint._rules.politics.mention import Mention, one_of
from postlint._rules.politics.ranks import closing_ranks
from postlint._rules.politics.scorn import SCORNED_KINDS, around

__all__ = ["contest_side"]

_LISTS = "politics/stance"
#: Between a side and its rout: "will", "is going to", "absolutely".
_ON_THE_WAY = (
    r"(?:(?:will|['’]ll|would|['’]d|could|can|is|are|was|were|['’]s|['’]re|going\s+to|gonna|"
    r"about\s+to|set\s+to|sure\s+to|just|absolutely|totally|completely|utterly|literally|"
    r"properly|well\s+and\s+truly|really|simply|easily|comfortably|has|have|had|did|got|get|"
    r"gets|getting|been|being|comprehensively|once\s+again|again)\s++)*+"
)
#: A rout whose loser stands between the verb and its particle: "took <B> apart".
_AROUND_LOSER = [
    (r"take|took|takes|taking|taken|run|ran|runs", r"apart|ragged"),
    (r"tear|tore|tears|tearing|torn|rip|ripped|rips", r"apart|to\s+(?:pieces|shreds|bits)"),
    (r"eat|ate|eats|eaten", r"alive"),
    (r"blow|blew|blown|blows", r"out\s+of\s+the\s+water"),
    (r"leave|left|leaves", r"for\s+dust|in\s+the\s+dust|trailing|standing"),
    (r"send|sent|sends", r"packing"),
    (r"knock|knocked|knocks", r"off\s+(?:their|his|her|its)\s+perch"),
    (
        r"wipe|wiped|wipes|sweep|swept|sweeps|turf|turfed|turfs|kick|kicked|kicks|boot|booted|"
        r"boots|throw|threw|thrown|chuck|chucked",
        r"out|away",
    ),
    (r"put|puts", r"(?:back\s+)?in\s+(?:their|his|her|its)\s+(?:box|place)"),
    (r"had|has|have", r"on\s+toast"),
    (
        r"give|gave|given|gives|giving",
        r"(?:(?:a|an)\s+)?(?:(?:right|proper|real|absolute|"
        r"almighty|total|good|complete)\s+)?(?:pasting|hiding|drubbing|skelping|thrashing|"
        r"hammering|kicking|battering|shellacking|spanking|roasting|bloody\s+nose|going-over|"
        r"doing|lesson|masterclass|schooling)",
    ),
]
#: Each of them compiled once: the verb opening the words after the winner ("… took "), the
#: verb ending the words before the loser ("sent the "), and the particle after the loser.
_SPLIT_ROUTS = [
    (
        re.compile(rf"^\s++{_ON_THE_WAY}(?:{verbs})\s+(?:the\s+)?", re.IGNORECASE),
        re.compile(rf"(?<![\w'’-])(?:{verbs})\s+(?:the\s+)?$"),
        re.compile(rf"\s+(?:{after})\b", re.IGNORECASE),
    )
    for verbs, after in _AROUND_LOSER
]
#: "Only <A> can stop <B>": the one side able to keep another out.
_ONLY_BEFORE = re.compile(r"\bonly\s+(?:the\s+)?$", re.IGNORECASE)
_CAN_STOP = re.compile(
    r"^\s++(?:can|could|will|is\s+able\s+to|are\s+able\s+to)\s+(?:(?:ever|actually|now)\s+)?"
    r"(?:stop|beat|defeat|unseat|keep\s+out|oust|topple|take\s+on)\s+(?:the\s+)?",
    re.IGNORECASE,
)
#: The other side of a rout when it is not named: a pronoun for a rival.
_RIVAL_PRONOUN = re.compile(
    r"(?:them|him|her|the\s+lot\s+of\s+them|the\s+opposition|the\s+rest\s+of\s+them)"
    r"(?=\s*(?:[.,;:!?)]|$)|\s+(?:in|at|on|over|again|by|live|today|tonight|last|this)\b)"
    r"|(?:the\s+)?[A-Z][\w'’-]+",  # or a name no list knows: "<A> steamrollered the Nats"
)
#: A person harmed: "<A> will crush him" (not "them", who may be pensioners; nor "her" of
#: "smashed her first presentation"). After either, the sentence ends or goes on to say where.
_A_PERSON = re.compile(
    r"(?:him|her)"
    + r"(?=\s*(?:[.,;:!?)]|$)|\s+(?:in|at|on|over|again|by|live|today|tonight|last|this)\b)",
    re.IGNORECASE,
)
#: Someone else foretelling the contest: "<X> says he'll crush them", "<X> boasted that…".
_REPORTED = re.compile(
    r"\b(?:says|said|claims|claimed|boasts|boasted|vows|vowed|predicts|predicted|insists|"
    r"insisted|promises|promised|warns|warned|tells|told|reckons|threatens|threatened)\b",
    re.IGNORECASE,
)
_THE = re.compile(r"\bthe\s+$", re.IGNORECASE)
#: How far before a loser its rout's verb and doer may start ("Greens absolutely hammered").
_VERB_REACH = 80


def contest_side(draft: Draft, actor: Mention) -> str | None:
    """The side a contest gives ``actor`` (see the module), or None. Read once per actor of a
    draft: the targets of a sentence and the declared sides both ask."""
    return draft.shared_for(_contest_side, actor)


def _contest_side(draft: Draft, actor: Mention) -> str | None:
    if actor.kind not in SCORNED_KINDS or draft.is_quoted(actor.start, actor.end):
        return None
    actors = actors_of(draft)
    at = around(draft, actor)
    if _REPORTED.search(at.before):
        return None
    after, text = at.after, draft.text
    begins = {a.start: a for a in actors if at.opening <= a.start < at.ending}
    verbs = _verbs(draft)
    rout = verbs["rout"].match(after)
    if rout is not None:
        at_rival = actor.end + rout.end()
        rival = _RIVAL_PRONOUN if rout.group("contest") else _A_PERSON
        faced = rout.group("contest") and INTERLOCUTOR.match(text, at_rival)
        if _named_at(draft, at_rival, begins) or rival.match(text, at_rival) or faced:
            return "support"  # "<A> will wipe the floor with <B>", "<A> schooled them"
    if _loser_between(draft, actor.end, after, begins):
        return "support"  # "<A> took <B> apart", "<A> gave <B> a right pasting"
    by = verbs["routed_by"].match(after)
    if by is not None and _named_at(draft, actor.end + by.end(), begins):
        return "attack"  # "<B> got schooled by <A>"
    if _ONLY_BEFORE.search(at.before) and (stop := _CAN_STOP.match(after)) is not None:
        return "support" if _named_at(draft, actor.end + stop.end(), begins) else None
    if closing_ranks(at):
        return "support"  # "<A> must unite", "<A> members: stop the infighting"
    if chosen(draft, actor, at.before, actors):
        return "support"  # "Harris or Trump? Harris, obviously."
    # "Unlike <B>, we actually fund our police": the side set aside (``contrasts``).
    return _other_side(draft, actor, at.opening, begins) or contrast_side(draft, actor)


def _verbs(draft: Draft) -> dict[str, re.Pattern[str]]:
    words = draft.pack.word_list
    return _rout_patterns(
        words(f"{_LISTS}.rout_verbs"),
        words(f"{_LISTS}.rout_harm_verbs"),
        words(f"{_LISTS}.rout_participles"),
    )


@functools.cache
def _rout_patterns(
    contests: frozenset[str], harms: frozenset[str], participles: frozenset[str]
) -> dict[str, re.Pattern[str]]:
    """The patterns of a rout, built once from the word lists (see the module)."""
    contest, harm, undergone = one_of(contests), one_of(harms), one_of(participles)
    rout = rf"(?:(?P<contest>{contest})|{harm})"
    return {
        "rout": re.compile(rf"^\s++{_ON_THE_WAY}{rout}\s+(?:the\s+)?", re.I),
        "rout_before": re.compile(
            rf"(?P<named>\b[A-Z][\w'’-]*\s+)?(?<![\w'’-])(?i:{_ON_THE_WAY}{rout}\s+(?:the\s+)?)$"
        ),
        # "<B> got turfed out of Surrey Heath by <A>": a few words may stand before "by".
        "routed_by": re.compile(
            rf"^(?:\s*+,)?\s++{_ON_THE_WAY}(?:{undergone})(?:\s+[\w'’-]+){{0,4}}?\s+by\s+(?:the\s+)?",
            re.I,
        ),
    }


def _particles(words: str) -> list[tuple[int, re.Pattern[str]]]:
    """Where the loser of each rout ``words`` open with would stand ("took <B> apart": after
    " took "), and the particle that must follow it."""
    return [
        (took.end(), particle)
        for opens, _, particle in _SPLIT_ROUTS
        if (took := opens.match(words)) is not None
    ]


def _loser_between(draft: Draft, end: int, after: str, begins: dict[int, Mention]) -> bool:
    """Whether a named rival, or one the actor faced (``INTERLOCUTOR``), stands between a verb
    of rout after ``end`` and its particle."""
    for at, particle in _particles(after):
        loser = _named_at(draft, end + at, begins)
        if loser is not None and particle.match(draft.text, loser.end):
            return True
        faced = INTERLOCUTOR.match(draft.text, end + at)  # "took that interviewer's gotcha apart"
        if faced is not None and particle.match(draft.text, faced.end()):
            return True
    return False


def _other_side(
    draft: Draft, actor: Mention, opening: int, begins: dict[int, Mention]
) -> str | None:
    """An attack on ``actor`` when another side of its sentence routs it or can stop it
    ("<A> will crush <B>", "Only <A> can stop <B>"); support when it routs the other
    ("<B> got schooled by <A>": <A>)."""
    text, verbs = draft.text, _verbs(draft)
    for start, winner in begins.items():
        if start >= actor.start:
            break
        between = text[winner.end : actor.start]
        rout = verbs["rout"].match(between)
        if (rout is not None and rout.end() == len(between)) or any(
            at == len(between) and particle.match(text, actor.end)
            for at, particle in _particles(between)
        ):
            return "attack"  # "<A> will crush <B>", "<A> took <B> apart": <B>
        stop = _CAN_STOP.match(between)
        if (
            stop is not None
            and stop.end() == len(between)
            and _ONLY_BEFORE.search(text[opening:start])
        ):
            return "attack"
        by = verbs["routed_by"].match(between)
        if by is not None and by.end() == len(between):
            return "support"  # "<B> got schooled by <A>": the winner, <A>
    if actor.kind != "party":
        return None  # a first name routed may be a colleague's ("Keir from IT")
    # "They absolutely schooled the Tories", "<someone> sent the Tories packing": a contest's
    # loser, whoever won it; by a verb of harm, when a name did it ("Greens hammered <B>").
    # The verb stands just before the loser: a window, not the whole sentence, is searched.
    before = verbs["rout_before"].search(text, max(opening, actor.start - _VERB_REACH), actor.start)
    if before is not None and (before.group("contest") or before.group("named")):
        return "attack"
    before_loser = text[opening : actor.start]
    if any(
        closes.search(before_loser) and particle.match(text, actor.end)
        for _, closes, particle in _SPLIT_ROUTS
    ):
        return "attack"
    return None


def _named_at(draft: Draft, at: int, begins: dict[int, Mention]) -> Mention | None:
    """The actor named at ``at``, or just before it with its "the" ("the Greens")."""
    article = _THE.search(draft.text, max(0, at - 8), at)
    return begins.get(at) or (begins.get(article.start()) if article is not None else None)
