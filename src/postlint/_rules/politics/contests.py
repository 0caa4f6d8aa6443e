"""Sides given by a contest between two sides: who beats whom, and who must close ranks.

- A rout the author relishes, done or foretold: "<A> took <B> apart at PMQs", "<A> will wipe
  the floor with <B>", "<A> is going to crush them", "<B> got schooled by <A>": support for
  the winner, an attack on the loser.
- The one side that can stop another: "Only <A> can stop <B>", "Only <A> can beat the Tories
  here": support for <A>, an attack on <B>.
- A side told to close ranks: "<A> must unite", "<A> need to pull together", "<A> gotta stand
  together": support (the author wants them to win).
- The side named in answer to a bare choice: "Harris or Trump? Harris, obviously.": support.
  The bare choice itself ("Harris or Trump?", "Starmer v Badenoch?") asks and takes no side
  (``a_bare_choice``): given the question alone, the judge read an attack on both.

The judge reads the verbs of a rout as scorn for whichever side stands nearest, so that "<A>
will crush <B>" read as an attack on <A> for some pairs and on <B> for others, and a call to
unite as a reproach. Only a rout of a rival counts: its other side is a party, a politician
or a pronoun for one ("them", "him"); "<A> will destroy the economy" is scorn for <A>, which
the judge reads. A contest someone else foretells ("<X> says he'll crush <B>") is theirs.
"""

from __future__ import annotations

import re

from postlint._engine.draft import Draft
from postlint._rules.politics.actors import actors_of, political_actors_in
from postlint._rules.politics.mention import Mention
from postlint._rules.politics.scorn import SCORNED_KINDS, around, sentence_start
from postlint._rules.politics.units import Unit

__all__ = ["a_bare_choice", "contest_side"]

#: Between the winner and its rout: "will", "is going to", "absolutely".
_ON_THE_WAY = (
    r"(?:(?:will|['’]ll|would|['’]d|could|can|is|are|was|were|['’]s|['’]re|going\s+to|gonna|"
    r"about\s+to|set\s+to|sure\s+to|just|absolutely|totally|completely|utterly|literally|"
    r"properly|well\s+and\s+truly|really|simply|easily|comfortably|has|have|had|did)\s+)*"
)
#: Verbs of a contest won: their other side is a rival, named or not ("school them").
_CONTEST_VERBS = (
    r"trounc(?:e|es|ed|ing)|thrash(?:es|ed|ing)?|rout(?:s|ed|ing)?|school(?:s|ed|ing)?|"
    r"own(?:s|ed)|outclass(?:es|ed|ing)?|outsmart(?:s|ed|ing)?|eviscerat(?:e|es|ed|ing)|"
    r"annihilat(?:e|es|ed|ing)|steamroll(?:s|ed|ing|er|ers|ered|ering)?|"
    r"(?:wipe|wiped|wipes|wiping|mop|mopped|mops|mopping)\s+the\s+floor\s+with|"
    r"(?:run|ran|runs|running)\s+rings\s+(?:round|around)|"
    r"(?:walk|walked|walks|walking)\s+all\s+over|(?:made|make|makes|making)\s+mincemeat\s+of|"
    r"(?:dunk|dunked|dunks|dunking)\s+on"
)
#: Verbs of harm that are a rout only when a rival is named ("crush the Tories", not "crush
#: them", who may be pensioners).
_HARM_VERBS = (
    r"crush(?:es|ed|ing)?|demolish(?:es|ed|ing)?|destroy(?:s|ed|ing)?|obliterat(?:e|es|ed|ing)|"
    r"flatten(?:s|ed|ing)?|humiliat(?:e|es|ed|ing)|smash(?:es|ed|ing)?|bur(?:y|ies|ied|ying)|"
    r"hammer(?:s|ed|ing)?|batter(?:s|ed|ing)?|dismantl(?:e|es|ed|ing)"
)
_ROUT = re.compile(
    rf"^\s+{_ON_THE_WAY}(?:(?P<contest>{_CONTEST_VERBS})|{_HARM_VERBS})\s+(?:the\s+)?",
    re.IGNORECASE,
)
#: "took <B> apart", "will eat <B> alive": the loser between the verb and its particle.
_APART_BEFORE = re.compile(
    rf"^\s+{_ON_THE_WAY}(?:take|took|takes|taking|taken|tear|tore|tears|tearing|torn|rip|"
    r"ripped|rips|eat|ate|eats|eating|eaten)\s+(?:the\s+)?",
    re.IGNORECASE,
)
_APART_AFTER = re.compile(r"^\s+(?:apart|to\s+pieces|to\s+shreds|alive)\b", re.IGNORECASE)
_PARTICIPLES = (
    r"trounced|thrashed|routed|schooled|owned|outclassed|outsmarted|eviscerated|annihilated|"
    r"steamroll(?:er)?ed|crushed|demolished|destroyed|obliterated|flattened|humiliated|smashed|"
    r"buried|hammered|battered|dismantled|taken\s+apart|torn\s+apart|eaten\s+alive"
)
#: The loser first: "<B> got schooled by <A>", "<B> were absolutely destroyed by <A>".
_ROUTED_BY = re.compile(
    r"^\s+(?:(?:got|get|gets|getting|was|were|is|are|been|being|has|have|had|just|"
    r"absolutely|totally|completely|utterly|literally|properly|well\s+and\s+truly|"
    rf"comprehensively)\s+)+(?:{_PARTICIPLES})\s+by\s+(?:the\s+)?",
    re.IGNORECASE,
)
#: "Only <A> can stop <B>": the one side able to keep another out.
_ONLY_BEFORE = re.compile(r"\bonly\s+(?:the\s+)?$", re.IGNORECASE)
_CAN_STOP = re.compile(
    r"^\s+(?:can|could|will|is\s+able\s+to|are\s+able\s+to)\s+(?:(?:ever|actually|now)\s+)?"
    r"(?:stop|beat|defeat|unseat|keep\s+out|oust|topple|take\s+on)\s+(?:the\s+)?",
    re.IGNORECASE,
)
#: A side told to close ranks (not "get their act together", which is a reproach).
_CLOSE_RANKS = re.compile(
    r"^\s+(?:must|need\s+to|needs\s+to|have\s+to|has\s+to|gotta|got\s+to|have\s+got\s+to|"
    r"should|ought\s+to|better)\s+(?:(?:now|all|finally|just|urgently|really)\s+)?"
    r"(?:unite|stand\s+together|come\s+together|pull\s+together|stick\s+together|"
    r"close\s+ranks|stay\s+united|get\s+behind|rally\s+(?:behind|round|around))\b",
    re.IGNORECASE,
)
#: The other side of a rout when it is not named: a pronoun for a rival.
_RIVAL_PRONOUN = re.compile(
    r"(?:them|him|her|the\s+lot\s+of\s+them|the\s+opposition|the\s+rest\s+of\s+them)\b",
    re.IGNORECASE,
)
#: Someone else foretelling the contest: "<X> says he'll crush them", "<X> boasted that…".
_REPORTED = re.compile(
    r"\b(?:says|said|claims|claimed|boasts|boasted|vows|vowed|predicts|predicted|insists|"
    r"insisted|promises|promised|warns|warned|tells|told|reckons|threatens|threatened)\b",
    re.IGNORECASE,
)


def contest_side(draft: Draft, actor: Mention) -> str | None:
    """The side a contest gives ``actor`` (see the module), or None."""
    if actor.kind not in SCORNED_KINDS or draft.is_quoted(actor.start, actor.end):
        return None
    actors = actors_of(draft)
    at = around(draft, actor)
    if _REPORTED.search(at.before):
        return None
    after = at.after
    begins = {a.start: a for a in actors if at.opening <= a.start < at.ending}
    if (
        (rout := _ROUT.match(after)) is not None
        and _rival_at(draft, actor.end + rout.end(), begins, rout.group("contest") is not None)
    ) or (
        (took := _APART_BEFORE.match(after)) is not None
        and (loser := _named_at(draft, actor.end + took.end(), begins)) is not None
        and _APART_AFTER.match(draft.text[loser.end : at.ending])
    ):
        return "support"  # "<A> will crush <B>", "<A> took <B> apart"
    if (by := _ROUTED_BY.match(after)) is not None and _named_at(
        draft, actor.end + by.end(), begins
    ):
        return "attack"  # "<B> got schooled by <A>"
    if _ONLY_BEFORE.search(at.before) and (stop := _CAN_STOP.match(after)) is not None:
        return "support" if _rival_at(draft, actor.end + stop.end(), begins, True) else None
    if _CLOSE_RANKS.match(after):
        return "support"  # "<A> must unite"
    if _ANSWER.match(after) and _OPENING.fullmatch(at.before) and _chosen(draft, actor, actors):
        return "support"  # "Harris or Trump? Harris, obviously."
    return _losing_side(draft, actor, at.opening, begins)


#: What may follow a side named in answer: "Harris, obviously.", "Harris!", "Harris every time".
_ANSWER = re.compile(
    r"\s*(?:[,!.]|$)|\s+(?:obviously|every\s+time|all\s+the\s+way|any\s+day|for\s+me|of\s+"
    r"course|easily|no\s+contest|hands\s+down|100%)\b",
    re.IGNORECASE,
)
#: Before a side named in answer, at its sentence's start: quotes, a bracket, "the".
_OPENING = re.compile(r"[\s\"'“‘(]*(?:the\s+)?", re.IGNORECASE)


def _chosen(draft: Draft, actor: Mention, actors: list[Mention]) -> bool:
    """Whether ``actor``, opening its sentence, is one of the sides of a bare choice just
    before it."""
    opening = sentence_start(draft, actor.start)
    if opening == 0:
        return False
    asked = sentence_start(draft, opening - 1)
    sides = [a for a in actors if asked <= a.start and a.end <= opening]
    question = draft.text[asked:opening]
    spans = [(a.start - asked, a.end - asked) for a in sides]
    return _only_names(question, spans) and actor.text.lower() in {a.text.lower() for a in sides}


def _rival_at(draft: Draft, at: int, begins: dict[int, Mention], unnamed: bool) -> bool:
    """Whether a rival stands at ``at``: a political actor, or (if ``unnamed`` may be) a
    pronoun for one."""
    named = _named_at(draft, at, begins) is not None
    return named or (unnamed and _RIVAL_PRONOUN.match(draft.text, at) is not None)


def _named_at(draft: Draft, at: int, begins: dict[int, Mention]) -> Mention | None:
    """The actor named at ``at``, or just before it with its "the" ("the Greens")."""
    article = _THE.search(draft.text, max(0, at - 8), at)
    return begins.get(at) or (begins.get(article.start()) if article is not None else None)


_THE = re.compile(r"\bthe\s+$", re.IGNORECASE)


def _losing_side(
    draft: Draft, actor: Mention, opening: int, begins: dict[int, Mention]
) -> str | None:
    """An attack on ``actor`` when another actor of its sentence routs it or can stop it
    ("<A> will crush <B>", "Only <A> can stop <B>"); support when it routs the other
    ("<B> got schooled by <A>": <A>)."""
    text = draft.text
    for start, winner in begins.items():
        if start >= actor.start:
            break
        after = text[winner.end : actor.start]
        rout = _ROUT.match(after) or _APART_BEFORE.match(after)
        if rout is not None and rout.end() == len(after):
            if _APART_BEFORE.match(after) and not _APART_AFTER.match(text[actor.end :]):
                continue
            return "attack"
        stop = _CAN_STOP.match(after)
        if (
            stop is not None
            and stop.end() == len(after)
            and _ONLY_BEFORE.search(text[opening:start])
        ):
            return "attack"
        by = _ROUTED_BY.match(after)
        if by is not None and by.end() == len(after):
            return "support"  # "<B> got schooled by <A>": the winner, <A>
    return None


#: What a bare choice between sides may hold besides their names.
_CHOICE_WORDS = frozenset("or vs versus v then so and the".split())  # noqa: SIM905
_WORD_OR_TAG = re.compile(r"[#@]?\w[\w'’.-]*")


def a_bare_choice(draft: Draft, unit: Unit) -> bool:
    """Whether ``unit`` is only a question between the sides it names: "Harris or Trump?",
    "So... Starmer vs Badenoch?"."""
    if "?" not in unit.text or draft.text[unit.start : unit.end] != unit.text:
        return False
    names = political_actors_in(draft, unit.start, unit.end)
    return _only_names(unit.text, [(m.start - unit.start, m.end - unit.start) for m in names])


def _only_names(text: str, names: list[tuple[int, int]]) -> bool:
    """Whether ``text`` is a question of the names at ``names`` (spans within it) alone."""
    if len(names) < 2 or not text.rstrip().endswith("?"):
        return False
    rest = list(text)
    for start, end in names:
        rest[start:end] = " " * (end - start)
    words = _WORD_OR_TAG.findall("".join(rest))
    return bool(words) and all(w.lower().rstrip(".") in _CHOICE_WORDS for w in words)
