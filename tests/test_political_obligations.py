"""An office, party or politician told what to do about a policy is a verdict on the policy.

"The Chancellor must keep the uplift" takes a side on the uplift, whoever is asked: the
judge's reading of the name alone once made it support for one office and an attack on
another. Demands about the actor itself (to go, to own up, to win) keep their side. The
sentences are the project's own, each over every office or party.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

import postlint
from tests.conftest import EVERY_PARTY, POLITICS_OF_A_CIVIL_SERVANT, sentence_case

Lint = Callable[..., postlint.Report]

OFFICES = [
    "the Prime Minister",
    "the Chancellor",
    "the Home Secretary",
    "the Health Secretary",
    "the Government",
    "the council",
    "the Mayor",
    "the Governor",
]
DEMANDS = [
    "{} must keep the uplift.",
    "{} needs to freeze fares until the new trains arrive.",
    "Honestly, {} should bring back free school meals in the holidays.",
    "We've waited three winters for this, {} MUST act to fix the damp in our flats.",
    "Enough is enough: {} has to do more for young carers.",
]


@pytest.mark.parametrize("frame", DEMANDS)
@pytest.mark.parametrize("actor", [*OFFICES, *EVERY_PARTY])
def test_a_demand_on_a_policy_is_a_verdict_whoever_is_asked(
    lint: Lint, frame: str, actor: str
) -> None:
    text = sentence_case(frame.format(actor))
    rules = lint(text, **POLITICS_OF_A_CIVIL_SERVANT).rules()
    assert rules == {"politics.policy-verdict"}, (text, rules)


@pytest.mark.parametrize("actor", ["the Chancellor", "the Government", "the Mayor"])
def test_a_verdict_on_what_an_actor_should_do_says_so(lint: Lint, actor: str) -> None:
    """No topic is near enough, and "Takes a side on the Chancellor" would read as a side on
    the person: the verdict is on a policy of theirs."""
    text = sentence_case(f"{actor} must keep the uplift.")
    messages = [d.message for d in lint(text, **POLITICS_OF_A_CIVIL_SERVANT).diagnostics]
    assert messages == [f"Takes a side on a policy of {actor}: “{text}”."], messages


_ABOUT_THE_ACTOR = [
    ("{} must be voted out next May.", "politics.partisan-attack"),
    ("{} need to be kicked out at the next election.", "politics.partisan-attack"),
    ("{} should be ashamed of themselves.", "politics.partisan-attack"),
    ("{} must win this one for all of us.", "politics.partisan-endorsement"),
]
#: None left: "Reform UK must be voted out", which the judge reads as a verdict on reform, is
#: turned by the call to go (``judgement._as_declared``).
_KNOWN_MISREAD: set[tuple[str, str]] = set()


@pytest.mark.parametrize(
    ("frame", "rule", "actor"),
    [
        pytest.param(
            frame,
            rule,
            actor,
            marks=[pytest.mark.xfail(strict=True)] if (frame, actor) in _KNOWN_MISREAD else [],
        )
        for frame, rule in _ABOUT_THE_ACTOR
        for actor in ["the Home Secretary", "the Chancellor", *EVERY_PARTY]
    ],
)
def test_a_demand_about_the_actor_itself_keeps_its_side(
    lint: Lint, frame: str, rule: str, actor: str
) -> None:
    text = sentence_case(frame.format(actor))
    rules = lint(text, **POLITICS_OF_A_CIVIL_SERVANT).rules()
    assert rule in rules and "politics.policy-verdict" not in rules, (text, rules)
