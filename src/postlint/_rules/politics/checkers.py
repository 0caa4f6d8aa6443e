"""``politics.partisan-endorsement``, ``politics.partisan-attack``, ``politics.policy-verdict``,
``politics.campaign-solicitation`` and ``politics.fundraising``: each reports the risky units
of its kind that the shared judgement found (see ``judgement``). A call to action that asks
for money is fundraising, which the guidance treats apart (the Hatch Act lets a less
restricted employee canvass off duty, never solicit a contribution)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Literal

from pydantic import Field

from postlint._engine.draft import Draft
from postlint._rules.base import Checker, Finding, RuleParams
from postlint._rules.politics.activities import asks_for_money
from postlint._rules.politics.actors import political_actors_in
from postlint._rules.politics.agreement import agreement
from postlint._rules.politics.context import about_politics
from postlint._rules.politics.cues import with_its_name
from postlint._rules.politics.hashtags import campaign_name, shape_name
from postlint._rules.politics.issues import issues_in, names_who_governs
from postlint._rules.politics.judgement import Judgement, RuleKind, judgements, reported
from postlint._rules.politics.lobbying import lobbied_cause
from postlint._rules.politics.mention import Mention
from postlint._rules.politics.party_named import party_named
from postlint._rules.politics.shown import (
    as_the_lexicons_write,
    mid_sentence,
    vote_for_whom,
    with_its_article,
)
from postlint._rules.politics.someone import class_named, someone_named
from postlint._rules.politics.targets import action_target
from postlint._rules.politics.topics import NEAR_A_TOPIC, NEAR_IN_PLACE_OF_AN_ACTOR, nearest_topic
from postlint._rules.politics.units import Unit

__all__ = ["JudgementChecker", "JudgementParams", "disguise_note"]


class JudgementParams(RuleParams):
    kind: RuleKind | Literal["fundraising"]
    """Which judgements this rule reports."""
    threshold: float = Field(ge=0.0, le=1.0)
    """The judge's probability of a stance from which a unit is reported (calibrated on the
    benchmark's dev split: benchmarks/README.md, "The political-risk model")."""
    untargeted_threshold: float = Field(ge=0.0, le=1.0)
    """The same for a unit that names no political actor or issue: higher, since a stance
    on nothing postlint can point at must be surer to be worth a reader's time."""
    no_target: str = "a contested issue"
    """What the message calls the target when the sentence names none."""


#: What a target's message puts in brackets after the name: the emoji or tag it read.
_IN_BRACKETS = re.compile(r"\s*\([^()]*\)\s*$")


class JudgementChecker(Checker[JudgementParams]):
    Params = JudgementParams

    def find(self, draft: Draft) -> Iterator[Finding]:
        params = self.params
        found = reported(judgements(draft), params.threshold, params.untargeted_threshold)
        named = {j.rule for j in found if j.target is not None}
        told: set[tuple[int, int, str]] = set()
        for judgement in found:
            unit = judgement.unit
            kind: RuleKind | Literal["fundraising"] = judgement.rule
            if kind == "solicitation" and asks_for_money(draft, unit.start, unit.end):
                kind = "fundraising"
            if kind != params.kind or not _about_someone_political(draft, judgement, named):
                continue
            target = mid_sentence(_target(draft, judgement, params.no_target, kind))
            # Once per sentence and whom it is about: an emoji's side and the judge's on the
            # same name ("Supports Starmer (🔥)", "Supports Starmer") are one finding.
            key = (unit.start, unit.end, _IN_BRACKETS.sub("", target).removeprefix("the "))
            if key in told:
                continue
            told.add(key)
            yield Finding(
                unit.start,
                unit.end,
                confidence=judgement.risk,
                details={
                    "target": target,
                    "disguised": disguise_note(draft, unit.start, unit.end),
                    "quoted": " (the quotation you endorse)" if unit.endorsed_quote else "",
                },
            )


def _about_someone_political(draft: Draft, judgement: Judgement, named: set[RuleKind]) -> bool:
    """Whether a support or attack is about someone the reader can check: a target, an
    actor named beside it, someone's name or handle in its sentence, or (naming no one) a
    post about politics at all (``context``) whose same side names no one else already: in
    "Don't vote for X. Care about corruption? Vote Y" the question is the attack on X, told
    once (``named``: the rules whose sides in the post have a target)."""
    if judgement.rule not in ("endorsement", "attack"):
        return True
    if judgement.target is not None or judgement.names_actor:
        return True
    unit = judgement.unit
    if someone_named(draft, unit.start, unit.end, given=False) is not None:
        return True
    return judgement.rule not in named and about_politics(draft)


def _topic(draft: Draft, unit: Unit, near: float = NEAR_A_TOPIC) -> str | None:
    """The contested topic of a verdict that names no issue, read by its meaning: as the
    sentence writes it ("universal credit" in "…plans for universal credit") if at least
    ``NEAR_A_TOPIC``, else said to be read, if ``near`` enough."""
    found = nearest_topic(draft, unit.start, unit.end)
    if found is None or found[1] < NEAR_A_TOPIC:
        return None
    topic, closeness = found
    at = unit.text.lower().find(topic.lower())
    if at >= 0:
        return unit.text[at : at + len(topic)]
    return f"{topic} (by its meaning)" if closeness >= near else None


def _target(draft: Draft, judgement: Judgement, no_target: str, kind: str) -> str:
    """The target as the message names it: a slogan, hashtag or handle in quotation marks
    ("Supports “Vote Green”"), a campaign tag after the name it holds ("Attacks Trump
    (“#NeverTrump”)"), a name or an issue as written. Money is asked for someone: the
    actor the unit names ("Asks for money for Polk County Republicans"), not the price."""
    target = judgement.target
    unit = judgement.unit
    if target is not None and target.kind == "lobbying":
        # "Calls for political action (the winter fuel cut)": the cause, not "your MP"
        issues = issues_in(draft, unit.start, unit.end)
        cause = issues[0].text if issues else lobbied_cause(target.text)
        return mid_sentence(" ".join((cause or no_target).split()))
    if target is not None and target.kind in ("activity", "fundraiser"):
        # Campaigning is for someone or something: "Calls for political action (the Rwanda
        # plan)", "Asks for money for Republicans"; the activity itself when it names none.
        actors = political_actors_in(draft, unit.start, unit.end)
        about = action_target(actors, issues_in(draft, unit.start, unit.end))
        target = about if about is not None or kind == "fundraising" else target
    if target is not None and target.kind == "emoji" and kind in ("endorsement", "attack"):
        # "Attacks the President (🙄)": the emoji's side, on whom its sentence names.
        actors = political_actors_in(draft, unit.start, unit.end)
        actor = next((a for a in actors if a.kind != "institution"), None)
        named = actor.text if actor is not None else None
        name = campaign_name(draft.pack, named) if named and named.startswith("#") else None
        if name is None and actor is not None:
            named = with_its_article(draft.text, actor, actor.text)  # "the Greens (🔥)"
        shown = f"{name} (“{named}”)" if name else " ".join((named or no_target).split())
        return f"{shown} ({target.text})"  # "Supports Bernie (“#BernieSanders”) (🔥)"
    if target is not None and target.kind == "emoji":  # "Takes a side on the Rwanda bill (🤮)"
        issues = issues_in(draft, unit.start, unit.end)
        if not issues:
            return f"{no_target} ({target.text})"
        issue = issues[0]
        return f"{with_its_name(draft.text, issue.start, issue.end, issue.text)} ({target.text})"
    if target is None and kind in ("endorsement", "attack") and not judgement.names_actor:
        named = (
            someone_named(draft, unit.start, unit.end)
            or party_named(draft, unit.start, unit.end)
            or class_named(draft, unit.start, unit.end)
        )
        if named is not None:
            return as_the_lexicons_write(draft.pack, named)  # "labour": Labour
    if target is not None and target.kind in ("endorsed", "scorn") and kind != "verdict":
        agreed = agreement(draft, target)  # "Supports Labour (“Spot on”)"
        if agreed is not None:
            return f"{with_its_article(draft.text, target, target.text)} (“{agreed[1]}”)"
    if target is None and kind == "verdict":
        return _topic(draft, unit) or no_target
    if target is None:
        return no_target
    words = " ".join(target.text.split())
    if judgement.rule == "verdict":
        measure = re.match(r"(?i)(?:yes|no) on (.+)", words)  # "Measure K (“yes on Measure K”)"
        if measure is not None:
            return f"{measure.group(1)} (“{words}”)"
        named = words if target.kind != "issue" else None
        named = named or with_its_name(draft.text, target.start, target.end, words)
        if names_who_governs(draft, target) and target.kind == "campaign":
            return _topic(draft, unit) or no_target  # a side's tag names no topic: "#tcot"
        if names_who_governs(draft, target):
            # "The Chancellor must keep the uplift": the uplift's topic where it is near
            # enough, else the actor's policy ("Takes a side on a policy of the Chancellor").
            shown = mid_sentence(re.sub(r"(?<=\w)['’]s?$", "", named))  # "the Governor's"
            return _topic(draft, unit, NEAR_IN_PLACE_OF_AN_ACTOR) or f"a policy of {shown}"
        return named
    # "Attacks Trump (“#NeverTrump”)"; a call to action already puts its target in brackets.
    sided = judgement.rule in ("endorsement", "attack")
    tag = sided and words.startswith("#")
    name = (campaign_name(draft.pack, words) or shape_name(words)) if tag else None
    name = name or (_movement(draft, target) if sided else None)
    if name is None and target.kind == "campaign" and not tag:
        # "Supports Starmer (“Vote for Starmer”)", "Supports Green (“vote green”)": the name
        # the slogan backs, as the lexicons write it.
        inside = political_actors_in(draft, target.start, target.end)
        backed = next((a.text for a in inside if a.kind in ("party", "politician")), None)
        if backed is not None and backed.startswith("#"):
            backed = campaign_name(draft.pack, backed) or backed.lstrip("#")
        name = as_the_lexicons_write(draft.pack, backed) if backed else None
        name = name or vote_for_whom(draft.pack, words)
    if name is not None:
        return f"{name} (“{words}”)"
    quoted = target.kind == "campaign" or words.startswith(("#", "@"))
    if quoted:
        return f"“{words}”"
    return with_its_article(draft.text, target, as_the_lexicons_write(draft.pack, words))


def _movement(draft: Draft, target: Mention) -> str | None:
    """The movement a listed movement tag stands for ("#ccot": "the conservative movement"),
    from its lexicon entry's id ("for:us.conservative-movement")."""
    for span in draft.spans_labelled("PARTISAN_HASHTAG"):
        if span.start_char == target.start and span.id_.endswith("-movement"):
            return "the " + span.id_.rpartition(".")[2].replace("-", " ")
    return None


def disguise_note(draft: Draft, start: int, end: int) -> str:
    """ "; the words are disguised with an invisible character" when they were."""
    kind = draft.disguise_in(start, end)
    return f"; the words are disguised with {kind}" if kind else ""
