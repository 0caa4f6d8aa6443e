"""Whom or what a risky unit's stance is about.

- Support and attack: a campaign hashtag that declares a side ("#NeverTrump", "#Okafor2028")
  takes it; the judge reads the unit once per other political actor in it, with that actor
  marked (``marked_text``: "He'd never beat « Okafor » in a fair fight, so he smears her"),
  and gives the author's stance towards that actor; in a sentence that sets one side against
  another ("<A> fixed the buses, while <B> did nothing"), each actor is read in its own
  clause. Cues the judge under-reads give the side where they stand (``cues.cued_side``:
  thanks, rebutted critics, praise after a name, a call to go). An actor the author neither
  supports nor attacks is no target; a unit that praises one side by attacking another has
  one target each way.
- Verdict: of several issues, the one whose masking weakens the verdict most.
"""

from __future__ import annotations

import functools
import re

from postlint._engine.draft import Draft
from postlint._engine.models import STANCES, marked_text, politics_judge
from postlint._rules.politics.actors import Mention
from postlint._rules.politics.asserted import answered, granted
from postlint._rules.politics.clauses import clause_of, in_their_words
from postlint._rules.politics.contests import contest_side
from postlint._rules.politics.coordination import listed_cue, with_partners
from postlint._rules.politics.cues import cued_side
from postlint._rules.politics.hashtags import backed_by_tag
from postlint._rules.politics.hostility import attacked_by_another
from postlint._rules.politics.tag_runs import uncontested
from postlint._rules.politics.units import Unit

__all__ = [
    "TOWARDS",
    "action_target",
    "candidate_targets",
    "plain_sides",
    "targets",
    "what_the_verdict_is_about",
]

#: At most this many actors of one sentence are read with a mark to find its targets.
_MARKED_ACTORS = 4
#: The judge's probability of a side towards a marked actor that makes it a stance's target.
TOWARDS = 0.5
#: How sure the judge must be of a side towards an actor named in a verdict or a call to
#: action for that side to be reported as well.
PLAINLY = 0.9
_SUPPORT, _ATTACK = STANCES.index("support"), STANCES.index("attack")
#: The actors a side is taken on before a body every side sits in, named beside them.
_PEOPLE = frozenset({"party", "politician", "role", "backed"})
#: Someone a sentence may be about besides the actor it names.
_SOMEONE = re.compile(r"\b(?:he|she|him|her|his|hers|they|them|their|theirs)\b", re.IGNORECASE)
_VERDICT = STANCES.index("verdict")


def candidate_targets(
    draft: Draft, actors: list[Mention], unit: Unit, supporting: bool
) -> list[Mention]:
    """The actors of ``unit`` its stance can be about. Praise of an institution every side
    sits in ("Parliament", "the council") supports no side: the sentence is judged as though
    it named no actor; nor is one the target where it is the place something happens
    ("@JoBrennanMP must explain to Parliament", "a vote in the Senate"), or what a party held
    ("<X> had the council for twenty years"). In a run of tags
    alone, a bare "#TedCruz" beside "#Trump2016" names a topic, not a side the author takes;
    nor does a run backing rivals alike ("#Okafor2028 #Whitfield2028") or naming them ("#A #B")."""
    if supporting:
        actors = [a for a in actors if a.kind != "institution"]
    actors = [a for a in actors if a.kind != "institution" or not _a_place(draft.text, a.start)]
    # "Labour had the council for twenty years and still…": what they held, not whom
    actors = [a for a in actors if a.kind not in _HELD or not _held(draft.text, a, actors)]
    if unit.tags_only:
        actors = [a for a in actors if a.side is not None or not a.text.startswith("#")]
    actors = [a for a in actors if not in_their_words(draft, a, actors)]
    # A run backing or naming rivals alike ("#Okafor2028 #Whitfield2028") names the race.
    name_of = functools.partial(backed_by_tag, draft, or_itself=True)
    backing = uncontested(draft.text, actors, name_of, (unit.start, unit.end), bare=True)
    return [a for a in actors if a in backing]


#: Prepositions before a body that make it where something happens, not whom it is about
#: ("at" and "on" are left out: "fury at Westminster", "shame on Congress").
_PLACE = re.compile(
    r"\b(?:to|in|into|before|inside|within|through|across|around|throughout|from)\s+$",
    re.IGNORECASE,
)


def _a_place(text: str, at: int) -> bool:
    return _PLACE.search(text, max(0, at - 12), at) is not None


#: After a party or politician, a verb of holding right before what it held ("had the",
#: "ran", "won control of"), or a list joiner after a body held before ("…, the Senate and").
_HOLDING = re.compile(
    r"\s+(?:had|has|have|held|holds|hold|ran|runs|run|controlled|controls|control|won|lost)\s+"
    r"(?:control\s+of\s+|a\s+majority\s+(?:in|on)\s+)?"
    # other bodies held before it that no list knows: "had the House, the Senate"
    r"(?:(?:the\s+)?(?-i:[A-Z][\w'’-]*)(?:\s+(?-i:[A-Z][\w'’-]*))*\s*(?:,|and|&)\s*)*$",
    re.IGNORECASE,
)
_LISTED_AFTER = re.compile(r"\s*(?:,|and|&|,\s*and)\s*$", re.IGNORECASE)

#: What a party can hold: a body ("the Senate") or an office's seat ("the White House").
_HELD = frozenset({"institution", "role"})


def _held(text: str, body: Mention, actors: list[Mention]) -> bool:
    """Whether ``body`` is what a party or politician just before it held, ran or won
    ("Democrats had the House, the Senate and the White House"), not whom it took on
    ("<X> took the Prime Minister to task")."""
    before = [a for a in actors if a.end <= body.start]
    if not before:
        return False
    last = before[-1]
    if last.kind not in _HELD:
        return _HOLDING.match(text, last.end, body.start) is not None
    return _LISTED_AFTER.match(text, last.end, body.start) is not None and _held(text, last, actors)


def action_target(actors: list[Mention], issues: list[Mention]) -> Mention | None:
    """What a call to action is about: an actor, else an issue, else a body every side sits
    in ("talking on Westminster Hour about…": Westminster is where, not whom); never the
    reader's own representative ("Write to your MP")."""
    # "Write to your MP and tell them to vote it down": the reader's representative is whom
    # the call goes to, not what it is about.
    actors = [a for a in actors if not a.text.lower().startswith("your ")]
    others = [a for a in actors if a.kind != "institution"]
    return next(iter(others or issues or actors), None)


def targets(
    draft: Draft,
    unit: Unit,
    actors: list[Mention],
    towards: float = TOWARDS,
    whole: tuple[float, ...] | None = None,
) -> list[tuple[int, Mention]]:
    """The author's stances towards the actors of ``unit``, each actor read with a mark: for
    each direction (support, attack) that some actor receives, the actor that receives it
    most surely, the surer direction first."""
    distinct = list({actor.text.lower(): actor for actor in reversed(actors)}.values())[::-1]
    candidates = distinct[:_MARKED_ACTORS]
    text, begin = unit.text, unit.start
    as_written = draft.text[unit.start : unit.end] == text
    if not as_written:  # a whole post read without its quotations
        marked = [_marked_by_words(text, actor.text) for actor in candidates]
    else:
        clauses = [clause_of(text, a.start - begin) for a in candidates]
        apart = len(set(clauses)) > 1  # actors on both sides of a turn: each in its clause
        marked = [
            marked_text(text[b:stop], a.start - begin - b, a.end - begin - b)
            if apart
            else marked_text(text, a.start - begin, a.end - begin)
            for a, (b, stop) in zip(candidates, clauses, strict=True)
        ]
    best: dict[int, tuple[float, Mention]] = {}
    readings: dict[int, tuple[int, float, float]] = {}  # by id(actor): direction, sureness, bar
    cues: dict[int, tuple[Mention, str | None]] = {}  # by id(actor): the side its words give
    for actor in candidates:
        if actor.side is not None:
            # A campaign hashtag's own side; an actor the judge reads surely takes precedence.
            direction = _SUPPORT if actor.side == "support" else _ATTACK
            best.setdefault(direction, (towards, actor))
    # What a rhetorical question asserts ("Has « X » ever put a foot wrong?": never), read as
    # said, and not averaged with the question's own reading below.
    stated = [
        answered(text, a.start - begin, a.end - begin) if as_written else None for a in candidates
    ]
    marked = [said or m for said, m in zip(stated, marked, strict=True)]
    if as_written and len(candidates) == 1:
        # "Not a Newsom fan at all, but he's been right to…": what the author grants after
        # the concession is their side on the actor conceded about.
        marked = [granted(text, candidates[0].end - begin) or marked[0]]
    read = [
        (actor, text) for actor, text in zip(candidates, marked, strict=True) if actor.side is None
    ]
    judged = politics_judge()([text for _, text in read]) if read else []
    alone = len(candidates) == 1 and not stated[0] and not _SOMEONE.search(text)
    if whole is not None and alone and judged:
        # One actor and no one else the sentence could be about: its reading whole is about
        # the actor too ("Every time Labour opens its mouth it's more lies" reads an attack
        # whole, half support marked); with a "he" or "they" the mark tells who is meant.
        judged = [tuple((a + b) / 2 for a, b in zip(judged[0], whole, strict=True))]
    for (actor, _), probabilities in zip(read, judged, strict=True):
        direction = _SUPPORT if probabilities[_SUPPORT] >= probabilities[_ATTACK] else _ATTACK
        sureness = probabilities[direction]
        cued = (
            cued_side(draft, unit.start, unit.end, actor)
            or contest_side(draft, actor)  # "<A> took <B> apart", "Only <A> can stop <B>"
            or listed_cue(text, actor, cues)
        )
        cues[id(actor)] = (actor, cued)
        if cued is not None:
            # Thanks, critics the author rebuts, a call to go: the words give the side, the
            # judge how surely the sentence takes one.
            direction = _SUPPORT if cued == "support" else _ATTACK
            sureness = probabilities[_SUPPORT] + probabilities[_ATTACK]
        if direction == _SUPPORT and actor.kind == "institution":
            continue  # praising Parliament or the council backs no side
        if actor.kind == "institution" and any(a.kind in _PEOPLE for a in candidates):
            continue  # "<X> skipped the town hall again": the side is on <X>, not the hall
        if direction == _ATTACK and cued is None and attacked_by_another(draft, actor, actors):
            continue  # "Farage's tirade against « Starmer »": his, which the author reports
        # A side given in so many words ("Shame on you, <X>") is plain at the lower bar.
        bar = min(towards, TOWARDS) if cued is not None else towards
        readings[id(actor)] = (direction, sureness, bar)
        if sureness >= bar and sureness > best.get(direction, (0.0, actor))[0]:
            best[direction] = (sureness, actor)
    ranked = sorted(best.items(), key=lambda item: -item[1][0])
    chosen = [(direction, actor) for direction, (_, actor) in ranked]
    return with_partners(draft.text[unit.start : unit.end], chosen, readings, candidates)


def plain_sides(draft: Draft, unit: Unit, actors: list[Mention]) -> list[tuple[int, Mention]]:
    """``targets`` at the bar of ``PLAINLY``."""
    return targets(draft, unit, actors, towards=PLAINLY)


def _marked_by_words(text: str, words: str) -> str:
    at = text.find(words)
    return marked_text(text, at, at + len(words)) if at >= 0 else text


#: At most this many issues of one verdict are masked to find the one it is about.
_MASKED_ISSUES = 4


def what_the_verdict_is_about(
    draft: Draft, unit: Unit, issues: list[Mention], probabilities: tuple[float, ...]
) -> Mention:
    """The issue whose masking lowers the judge's probability of a verdict most."""
    text = draft.text
    if text[unit.start : unit.end] != unit.text:  # a whole post read without its quotations
        return issues[0]
    candidates = issues[:_MASKED_ISSUES]
    masked = [
        text[unit.start : issue.start] + "someone" + text[issue.end : unit.end]
        for issue in candidates
    ]
    weakened = [probabilities[_VERDICT] - p[_VERDICT] for p in politics_judge()(masked)]
    return candidates[max(range(len(candidates)), key=weakened.__getitem__)]
