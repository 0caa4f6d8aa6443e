"""Sides a draft declares in so many words, whatever the models read: the lexicons' campaign
tags and slogans (``campaigns``), emojis beside an actor (``emojis``), praise just before one
(``praise``), a showing called good or bad in a word (``evaluations``), and a side on a
contested issue the author declares (below). ``judgement`` reads them all as listed
campaigns.

A side on a contested issue the author declares in so many words:

"I'm against abortion and I stand by it", "We are firmly in favour of the death penalty",
"I fully support net zero": the words say the author's position outright, whatever else the
sentence does, and the judge under-reads some of them (a declaration followed by an argument
reads to it as half none, half verdict). A first-person declaration ("I'm for / against / pro
/ anti / opposed to / in favour of", "I support / oppose / back / reject / stand with") with a
contested issue (``issues_in``) right after it declares a verdict on that issue, as a listed
campaign does (``judgement``), for any issue and either side alike. Someone else's position
("Most people are against…", "She is opposed to…") is a report, and left to the judge.
"""

from __future__ import annotations

import re

from postlint._engine.draft import Draft
from postlint._engine.models import STANCES
from postlint._rules.politics.actors import actors_of
from postlint._rules.politics.agreement import agreed_speakers
from postlint._rules.politics.campaigns import listed_campaigns, named_in_a_sentence
from postlint._rules.politics.cheers import cheered_actors
from postlint._rules.politics.clauses import in_their_words
from postlint._rules.politics.contests import contest_side
from postlint._rules.politics.coordination import shared_sides
from postlint._rules.politics.copular import copular_verdicts
from postlint._rules.politics.cues import plain_call, sarcastic
from postlint._rules.politics.declared_issues import declared_verdicts
from postlint._rules.politics.emojis import emoji_sides
from postlint._rules.politics.evaluations import evaluated_side
from postlint._rules.politics.grievances import worse_off
from postlint._rules.politics.hashtags import campaign_name, shape_name, side_of_shape
from postlint._rules.politics.implied import implied_side
from postlint._rules.politics.mention import Mention
from postlint._rules.politics.own_acts import own_acts
from postlint._rules.politics.praise import endorsed_speakers, praised_actors
from postlint._rules.politics.questions import question_verdicts
from postlint._rules.politics.rebuttals import rebutted_side
from postlint._rules.politics.scorn import SCORNED_KINDS, clause_after, contrasted, scorned_work
from postlint._rules.politics.slogans import slogan_sides
from postlint._rules.politics.units import Unit

__all__ = [
    "LISTED_CAMPAIGN_NEEDS",
    "LISTED_CAMPAIGN_RISK",
    "declared_side_decides",
    "declared_sides",
    "scorned",
    "scorned_actors",
    "side_declared_on",
    "unless_read_against",
]

#: A unit holding a campaign hashtag or slogan the lexicons list with its side is at least
#: this risky: the lists are curated, unambiguous evidence that the model under-reads in a
#: post whose other words are neutral ("Big day tomorrow. #VoteLabour").
LISTED_CAMPAIGN_RISK = 0.95
#: ... but it only tips models that see some political content: when both the judge and the
#: screen give a risk below this, they read the words as no politics at all ("trying to
#: #resist the biscuits"), and a list entry must not overrule them; a campaign with no such
#: second reading (``cues.plain_call``: ``#ScrapNetZero``, ``#VoteGreen``) always tips (the
#: screen reads a hashtag's words from static vectors the judge's pieces miss).
LISTED_CAMPAIGN_NEEDS = 0.25
#: The judge's support and attack closer than this: a listed campaign's side decides.
_UNSURE_DIRECTION = 0.2
_SUPPORT, _ATTACK = STANCES.index("support"), STANCES.index("attack")


def declared_sides(draft: Draft) -> list[Mention]:
    """Every side ``draft`` declares in so many words (see the module), worked out once."""
    return draft.shared(_declared_sides)


def _declared_sides(draft: Draft) -> list[Mention]:
    found = [
        *listed_campaigns(draft),
        *emoji_sides(draft),
        *declared_verdicts(draft),
        *copular_verdicts(draft),
        *question_verdicts(draft),
        *praised_actors(draft),
        *endorsed_speakers(draft),
        *agreed_speakers(draft),
        *cheered_actors(draft),
        *slogan_sides(draft),
        *own_acts(draft),
        *scorned_actors(draft),
        *evaluated_actors(draft),
    ]
    # "If you think <X> are useless, try…": the scorn is the claim refuted, not the author's
    found = [m for m in found if rebutted_side(draft, m) in (None, m.side)]
    return found + shared_sides(draft.text, found, actors_of(draft))  # "Both A and B failed…"


def declared_side_decides(
    unit: Unit,
    declared: list[Mention],
    probabilities: tuple[float, ...],
    screen_risk: float,
    stance: str,
    actors: list[Mention],
) -> bool:
    """Whether the first side ``unit`` declares (``declared``, not empty) is its judgement,
    rather than the judge's reading (``probabilities``, whose likeliest stance is ``stance``):
    when the models see some politics in it (``LISTED_CAMPAIGN_NEEDS``), or it is a plain
    call; and the judge is less sure than the lists (``LISTED_CAMPAIGN_RISK``), or unsure
    which way the unit goes, or reads a side on no one named beside a cause's tag ("Proud to
    march with them. #DefendThePolice"), or the unit is tags alone ("#BlackLivesMatter"), or
    an emoji gives the side ("Amazing job 🙄"), or it endorses what an actor said ("This from
    @CllrOkafor 👇 spot on", which the judge reads as a complaint) or scorns them, or it asks
    readers to lobby their representative about a policy (the call is the lobbying's)."""
    risk = 1.0 - probabilities[0]
    first = declared[0]
    if max(risk, screen_risk) < LISTED_CAMPAIGN_NEEDS and not any(map(plain_call, declared)):
        return False
    sided = stance in ("support", "attack")
    unsure = abs(probabilities[_SUPPORT] - probabilities[_ATTACK]) < _UNSURE_DIRECTION
    return (
        risk < LISTED_CAMPAIGN_RISK
        or (sided and (unsure or (first.side == "verdict" and not actors)))
        or unit.tags_only
        or (first.kind == "emoji" and first.side != "verdict")
        or first.kind in ("endorsed", "scorn", "lobbying")
    )


def side_declared_on(draft: Draft, actor: Mention) -> str | None:
    """The side the post declares on the party or politician ``actor`` names, by a campaign
    tag or a call to vote that names it ("#VoteGreen" on "the Greens", "Vote Reform" on
    "Reform UK"); None when none does, or they disagree."""
    name = _name_words(actor.text)
    sides = {
        side
        for named, named_sides in draft.shared(_named_sides).items()
        if _same_name(named, name)
        for side in named_sides
    }
    return sides.pop() if len(sides) == 1 else None


def _named_sides(draft: Draft) -> dict[str, set[str]]:
    """The names the post's campaign tags and calls to vote take a side on (once per draft:
    each sided sentence looks its target up), and the sides."""
    shapes = [  # "#Moreno4Sheriff": a side by its shape, on a name no lexicon knows
        Mention(m.start(), m.end(), m.group(0), "campaign", side_of_shape(m.group(0)))
        for m in re.finditer(r"#\w+", draft.text)
    ]
    found: dict[str, set[str]] = {}
    for side in [*declared_sides(draft), *shapes]:
        if side.side not in ("support", "attack") or side.kind != "campaign":
            continue
        named = campaign_name(draft.pack, side.text) or shape_name(side.text)
        if named is not None and not named_in_a_sentence(draft, side.start, side.end):
            found.setdefault(_name_words(named), set()).add(side.side)
    return found


def scorned(draft: Draft, unit: Unit) -> bool:
    """Whether ``unit`` holds an emoji of scorn (``politics/stance.verdict_emojis``: 🙄 🤡 …)
    or a superlative of scorn (``scorn_superlatives``: "you elected the dumbest…"), which
    makes any praise in it sarcasm."""
    lists = "politics/stance"
    words = draft.text[unit.start : unit.end]
    if any(emoji in words for emoji in draft.pack.word_list(f"{lists}.verdict_emojis")):
        return True
    lowered = f" {words.lower()} "
    return any(f" {w} " in lowered for w in draft.pack.word_list(f"{lists}.scorn_superlatives"))


def _name_words(text: str) -> str:
    """A name as compared: lower case, without "the", a possessive or a plural "s"."""
    words = re.sub(r"^the\s+|['’]s?$", "", text.lower().lstrip("#@").strip())
    return words.removesuffix("s")


def _same_name(a: str, b: str) -> bool:
    return bool(a) and bool(b) and (a in b or b in a)


def scorned_actors(draft: Draft) -> list[Mention]:
    """The actors of ``draft`` their clause scorns ("ran the flimsiest campaign", "is a
    disgrace": ``scorn``), each as a mention of kind ``scorn`` with the side ``attack``."""
    lowered = draft.text.lower().replace("’", "'")  # the same length: offsets hold
    found = []
    actors = actors_of(draft)
    for actor in actors:
        if actor.kind not in SCORNED_KINDS or draft.is_quoted(actor.start, actor.end):
            continue
        if contrasted(draft, actor) or not scorned_work(
            draft, clause_after(draft, lowered, actor.end)
        ):
            continue  # "Unlike <X>, <Y> ran the flimsiest campaign": <Y>'s, not <X>'s
        if not in_their_words(draft, actor, actors):  # "Whenever <A> says <B> wrecked…"
            found.append(Mention(actor.start, actor.end, actor.text, "scorn", "attack"))
    return found


def evaluated_actors(draft: Draft) -> list[Mention]:
    """The actors of ``draft`` a word of evaluation, a turn of phrase or a contest gives a side
    ("Embarrassing from <X>": ``evaluations``; "<X> are toast": ``implied``; "<X> took <Y>
    apart": ``contests``), each as a mention
    of kind ``scorn`` (attack), ``praise`` or ``endorsed`` (support)."""
    found = []
    for actor in actors_of(draft):
        evaluated, implied = evaluated_side(draft, actor), implied_side(draft, actor)
        side = evaluated or implied or contest_side(draft, actor)
        if side is None:
            continue
        # Praise in a word may be sarcasm, which the judge's reading of an attack catches;
        # credit by counterfactual or a vote given is read as an attack for its words of loss.
        kind = "scorn" if side == "attack" else "praise" if evaluated else "endorsed"
        found.append(Mention(actor.start, actor.end, actor.text, kind, side))
    return found


def unless_read_against(draft: Draft, declared: list[Mention]) -> list[Mention]:
    """The sides of ``declared`` that stand in a sentence the judge reads as an attack: not
    praise (sarcasm: "Fantastic work from X, another broken promise"), nor a campaign tag
    used as a name ("Every time #Labour2029 opens its mouth…"), whose side the sentence
    gives."""
    plain = not sarcastic(draft) and not worse_off(draft.text)
    return [
        side
        for side in declared
        if (side.kind != "praise" or plain) and not named_in_a_sentence(draft, side.start, side.end)
    ]
