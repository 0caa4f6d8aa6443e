"""The political-risk judgement of a draft, shared by every ``politics.*`` rule.

Each unit the author wrote (``units``) is read by the sentence screen, and those it cannot
call safe by the judge (``postlint._engine.models``): the probability of each stance, none,
support, attack, verdict (a side on a contested policy or issue), action (a call to political
action), whole or with its one actor marked (``marked_risk``). A unit is risky when its
probability of a stance reaches the rule's threshold. Its direction is the likeliest stance;
its target, the actor (``actors``) the stance is about, else the issue it names; a sentence
naming actors is read once per actor, marked (``targets``), rivals it lists together as a
plain noun too (``named_together``). Campaigning is an action.

A short post (``SHORT_POST_WORDS``, more than one unit) is also read whole ("She gets things
done. Thursday…"), reported if no unit is risky. The rule follows the stance, target or not:

=========  =================================  ===========================================
stance     rule                               target in the message
=========  =================================  ===========================================
support    ``politics.partisan-endorsement``  the actor, else "a party or politician"
attack     ``politics.partisan-attack``       the actor, else "a party or politician"
verdict    ``politics.policy-verdict``        the issue, else the actor, else "a contested issue"
action     ``politics.campaign-solicitation`` the actor, else the issue, else "a political cause"
=========  =================================  ===========================================
"""

from __future__ import annotations

import dataclasses

from postlint._engine.draft import Draft
from postlint._engine.models import STANCES, politics_judge, sentence_screen
from postlint._rules.politics.actors import Mention, political_actors_in
from postlint._rules.politics.asserted import stated
from postlint._rules.politics.calls import is_a_call
from postlint._rules.politics.choices import a_bare_choice
from postlint._rules.politics.coordination import each_way
from postlint._rules.politics.cues import cued_side
from postlint._rules.politics.declarations import (
    LISTED_CAMPAIGN_RISK,
    declared_side_decides,
    declared_sides,
    scorned,
    side_declared_on,
    unless_read_against,
)
from postlint._rules.politics.issues import issues_in, issues_outside, on_whoever_governs
from postlint._rules.politics.judged import Judgement, RuleKind, reported
from postlint._rules.politics.labels import a_label
from postlint._rules.politics.lobbying import casework
from postlint._rules.politics.marked_risk import sole_target, surer_when_marked
from postlint._rules.politics.named_together import sides_in_the_words
from postlint._rules.politics.obligations import told_what_to_do
from postlint._rules.politics.other_side import across_the_turn
from postlint._rules.politics.references import resolved
from postlint._rules.politics.someone import turned_by_cues
from postlint._rules.politics.targets import (
    action_target,
    candidate_targets,
    plain_sides,
    targets,
    what_the_verdict_is_about,
)
from postlint._rules.politics.units import Unit, judged_units, whole_post

__all__ = ["Judgement", "RuleKind", "judgements", "reported"]

#: The screen passes a unit to the judge when it gives a stance at least this probability:
#: low, so that the screen loses (almost) no risky sentence (benchmarks/README.md).
SCREEN_THRESHOLD = 0.1
#: A post of at most this many words is read whole as well as sentence by sentence.
SHORT_POST_WORDS = 60


def judgements(draft: Draft) -> list[Judgement]:
    """Every unit of ``draft`` the judge read, with its risk (whatever its level)."""
    return draft.shared(_judge)


def _judge(draft: Draft) -> list[Judgement]:
    campaigns = declared_sides(draft)

    def listed_in(u: Unit) -> list[Mention]:
        # An emoji's side on the actor before its verdict on the issue ("<X> on the wealth
        # tax 🙄": an attack on <X>), which the first side declared decides.
        listed = [c for c in campaigns if u.start <= c.start and c.end <= u.end]
        return sorted(listed, key=lambda c: c.kind == "emoji" and c.side == "verdict")

    # A link's label or a heading says nothing ("Anna Ruiz - https://…"), unless it declares a
    # side by a campaign ("Vote Ruiz: https://…"); nor does a bare choice ("Harris or Trump?").
    said = [u for u in judged_units(draft) if not a_label(u.text) or listed_in(u)]
    # Pointing readers to their MP for help with their own case asks nothing political.
    said = [u for u in said if listed_in(u) or not casework(u.text)]
    units = [u for u in said if not a_bare_choice(draft, u)]
    # A short post is read whole with its choice: "Labour or Reform? Neither, both useless."
    whole = whole_post(draft, said, SHORT_POST_WORDS)
    candidates = units if whole is None else [*units, whole]
    if not candidates:
        return []
    screened = sentence_screen()([unit.text for unit in candidates])
    screen_risk = {id(u): 1.0 - s.stance[0] for u, s in zip(candidates, screened, strict=True)}
    listed = {id(u): listed_in(u) for u in candidates}
    # Tags alone take a side only by a campaign tag: "#Hillary #Bernie" says what a post is about.
    risky = {id(u) for u in candidates if screen_risk[id(u)] >= SCREEN_THRESHOLD}
    passed = [u for u in candidates if listed[id(u)] or (id(u) in risky and not u.tags_only)]
    if not passed:
        return []
    # A rhetorical question is read as the statement it asserts ("Isn't it obvious X…?").
    # With its one actor marked where that is surer of a side (``marked_risk``).
    read = surer_when_marked(
        draft, list(zip(passed, politics_judge()([stated(u.text) for u in passed]), strict=True))
    )
    if len(units) < len(said) and all(p[0] > 1 - _TARGETS_FROM for u, p in read if u is not whole):
        read = [(u, p) for u, p in read if u is not whole]  # "Starmer or Sunak? Tough call."
    found = [
        _as_declared(draft, dataclasses.replace(found, whole_post=unit is whole))
        for unit, probabilities in read
        for found in _judgements_of(
            draft, unit, probabilities, screen_risk[id(unit)], listed[id(unit)]
        )
    ]
    # "X did it. This is governing.": on X; "<A> and <B> campaigned in Iowa": on neither.
    return sides_in_the_words(draft, turned_by_cues(draft, resolved(draft, found)))


def _as_declared(draft: Draft, found: Judgement) -> Judgement:
    """``found`` turned to the side the post declares on its target by a campaign tag or a
    call to vote: "Only the Greens talk sense on buses. #VoteGreen" backs the Greens,
    whatever the judge reads in the sentence alone."""
    side = side_declared_on(draft, found.target) if found.target else None
    if found.stance == "support" and found.target is None and scorned(draft, found.unit):
        side = "attack"  # "Truly the party of communities 🙄": sarcasm, not praise
    target, unit = found.target, found.unit
    if found.stance == "verdict" and target is not None and target.kind in _NAMED:
        # A verdict on a party or politician itself, not on a policy, is a side where the
        # words give one: "Reform UK must be voted out" (the judge reads "Reform" as reform).
        cued = cued_side(draft, unit.start, unit.end, target)
        if cued is not None:
            return dataclasses.replace(found, stance=cued, rule=_LISTED_RULES[cued])
    if side is None or found.stance not in ("support", "attack") or side == found.stance:
        return found
    return dataclasses.replace(found, stance=side, rule=_LISTED_RULES[side])


#: The kinds of actor a verdict may be on only by mistake: a party's or a person's name.
_NAMED = frozenset({"party", "politician"})
#: Below this risk no threshold reports a unit: its first actor stands as its target.
_TARGETS_FROM = 0.5
_SUPPORT, _ATTACK = STANCES.index("support"), STANCES.index("attack")
_VERDICT, _ACTION = STANCES.index("verdict"), STANCES.index("action")
_SIDED_RULES: dict[int, RuleKind] = {_SUPPORT: "endorsement", _ATTACK: "attack"}
_LISTED_RULES: dict[str, RuleKind] = {
    "support": "endorsement",
    "attack": "attack",
    "verdict": "verdict",
    "action": "solicitation",
}


def _judgements_of(
    draft: Draft,
    unit: Unit,
    probabilities: tuple[float, ...],
    screen_risk: float,
    listed: list[Mention],
) -> list[Judgement]:
    """The judgements of one unit; ``listed`` are the listed campaigns in it."""
    risk = 1.0 - probabilities[0]
    if probabilities[_ATTACK] > probabilities[_SUPPORT]:  # "Fantastic work from X, another…"
        listed = unless_read_against(draft, listed)
    stance_index = max(range(1, len(STANCES)), key=probabilities.__getitem__)
    if stance_index == _ACTION and not is_a_call(unit.text):  # "The Chancellor must…"
        stance_index = max((_SUPPORT, _ATTACK, _VERDICT), key=probabilities.__getitem__)
    found_actors = political_actors_in(draft, unit.start, unit.end)
    demand = stance_index != _ACTION and told_what_to_do(draft, unit, found_actors)
    stance_index = _VERDICT if demand else stance_index  # "The Chancellor must keep the uplift"
    if listed and declared_side_decides(
        unit, listed, probabilities, screen_risk, STANCES[stance_index], found_actors
    ):
        # "Both A and B have failed…": both; "A's twice the leader B is": one each way.
        alike = each_way(draft.text, listed)
        sure = max(risk, LISTED_CAMPAIGN_RISK)
        found = [_listed_judgement(unit, m, sure) for m in alike]
        # "<A> fixed the buses, while <B> did nothing": <B> read in its own clause too, as
        # surely political as the side declared against it
        across = across_the_turn(draft, unit, found_actors, listed) if risk >= _TARGETS_FROM else []
        return found + [Judgement(unit, sure, STANCES[d], _SIDED_RULES[d], a) for d, a in across]
    actors = candidate_targets(draft, found_actors, unit, supporting=stance_index == _SUPPORT)
    if stance_index == _VERDICT:
        issues = issues_outside(draft, unit, actors)
        if len({i.text.lower() for i in issues}) > 1:  # "As a policy adviser, … this bill is cruel"
            issues = [what_the_verdict_is_about(draft, unit, issues, probabilities)]
        causes = [campaign for campaign in listed if campaign.side == "verdict"]
        target = next((found[0] for found in (issues, causes, actors) if found), None)
        sided = [] if demand else _sided(draft, unit, actors, risk)
        if not causes and any(on_whoever_governs(draft, target, j.target) for j in sided):
            return sided  # "Gove is a liability.", "Why won't the Government act?": no verdict too
        return [Judgement(unit, risk, "verdict", "verdict", target), *sided]
    if stance_index == _ACTION:
        rule, target = _rule_and_target(draft, unit, "action", actors)
        return [Judgement(unit, risk, "action", rule, target), *_sided(draft, unit, actors, risk)]
    if stance_index not in (_SUPPORT, _ATTACK) or not actors or risk < _TARGETS_FROM:
        rule, target = _rule_and_target(draft, unit, STANCES[stance_index], actors)
        tags = any(a.text.startswith("#") for a in found_actors)  # "…do a good job. #A #B"
        return [Judgement(unit, risk, STANCES[stance_index], rule, target, names_actor=tags)]
    sides = targets(draft, unit, actors, whole=probabilities)
    if not sides and (sole := sole_target(draft, actors)) is not None:
        # One actor, its marked reading unsure ("Vote « Whitfield » on Tuesday."): it is the one
        sides = [(stance_index, sole)]
    found = [
        Judgement(unit, risk, STANCES[direction], _SIDED_RULES[direction], target)
        for direction, target in sides
    ]
    if not sides:
        # The sentence's stance is towards someone it does not name ("He'd never beat Okafor
        # or Reyes fairly, so he smears them": the attack is on "he").
        rule = _SIDED_RULES[stance_index]
        found.append(Judgement(unit, risk, STANCES[stance_index], rule, None, names_actor=True))
    return found


def _sided(draft: Draft, unit: Unit, actors: list[Mention], risk: float) -> list[Judgement]:
    """The side a verdict or call also plainly takes on an actor it names, reported too."""
    sides = plain_sides(draft, unit, actors) if actors and risk >= _TARGETS_FROM else []
    return [Judgement(unit, risk, STANCES[d], _SIDED_RULES[d], a) for d, a in sides]


def _listed_judgement(unit: Unit, campaign: Mention, risk: float) -> Judgement:
    """The stance a listed campaign declares: its side, a verdict, or a call to action."""
    stance = campaign.side if campaign.side in _LISTED_RULES else "attack"
    return Judgement(unit, risk, stance, _LISTED_RULES[stance], campaign)


def _rule_and_target(
    draft: Draft, unit: Unit, stance: str, actors: list[Mention]
) -> tuple[RuleKind, Mention | None]:
    """The rule and target of a support, attack or action (not a verdict)."""
    if stance in ("support", "attack"):
        return ("endorsement" if stance == "support" else "attack"), next(iter(actors), None)
    return "solicitation", action_target(actors, issues_in(draft, unit.start, unit.end))
