"""A rhetorical question asserts its answer, and its side is the answer's: "Isn't it obvious
<X> are the only grown-ups left?" backs them; "Has <X> ever put a foot wrong?" backs them
(never); "Did <X> ever do anything for the North?" attacks them (never either). The judge,
trained on statements, read such questions the other way about for every party alike. The
sentences are the project's own."""

from __future__ import annotations

import pytest

from tests.conftest import EVERY_PARTY, Lint
from tests.conftest import politics_heads as heads


@pytest.mark.parametrize(
    ("template", "side"),
    [
        ("Isn't it obvious that {} are the only ones with a plan for the railways?", "Supports"),
        ("How is it that {} are the only people talking sense about care homes?", "Supports"),
        ("Have {} ever put a foot wrong on the cost of living?", "Supports"),
        ("Have {} ever let this town down when it mattered?", "Supports"),
        ("Did {} ever do anything for the towns up here?", "Attacks"),
        ("Can anyone name one thing {} have got right since they got in?", "Attacks"),
        ("Could you point to a single promise {} have kept?", "Attacks"),
        ("Who's got a better record on the buses than {}? Nobody.", "Supports"),
        ("Is there anyone with more credibility on housing than {} right now?", "Supports"),
        ("Who has a worse record on potholes than {}?", "Attacks"),
        ("Why can't every council be run the way {} run Hexley?", "Supports"),
        ("Isn't it refreshing to see {} standing up for the high street?", "Supports"),
        ("Is it not obvious by now that {} are the only ones with a plan for care?", "Supports"),
        # A question that asks the reader to appreciate asserts what is to be appreciated.
        ("Can we all take a moment to appreciate how hard {} fought for the ferry?", "Supports"),
        ("Can we just appreciate how badly {} have messed up the trains?", "Attacks"),
    ],
)
def test_a_rhetorical_question_takes_the_side_of_its_answer(
    lint: Lint, template: str, side: str
) -> None:
    assert not _misread(lint, template, side), template


@pytest.mark.xfail(
    strict=True,
    reason="the judge reads the credit asserted as no side for one party (issue 14): "
    "'The Conservatives got the new library built on budget.' marked reads support 0.71, "
    "none 0.23; 'the Lib Dems fixed the potholes' reads as an attack",
)
@pytest.mark.parametrize(
    "template",
    [
        "Can we just appreciate that {} got the new library built on budget?",
        "Can we please acknowledge that {} fixed the potholes on our road?",
    ],
)
def test_credit_asked_to_be_appreciated_is_support_for_every_party(
    lint: Lint, template: str
) -> None:
    assert not _misread(lint, template, "Supports"), template


def _misread(lint: Lint, template: str, side: str) -> dict[str, list[str]]:
    """The parties for which ``template`` is not read as ``side`` alone, with what was found."""
    wrong = {}
    for actor in EVERY_PARTY:
        text = template.format(actor)
        found = heads(lint, text[0].upper() + text[1:])
        name = actor.removeprefix("the ")
        if not any(h.startswith(side) and name in h for h in found) or any(
            not h.startswith(side) and name in h for h in found
        ):
            wrong[actor] = found
    return wrong


@pytest.mark.parametrize(
    "text",
    [
        "Has the 38 bus ever been on time?",
        "Isn't it obvious the printer on floor three is broken again?",
        "Can anyone name one thing the new canteen menu has got right?",
        "Wouldn't it be nice to have a summer like the one in 2018?",
        "Can we just appreciate that the caretaker got the boiler fixed before the frost?",
    ],
)
def test_the_same_questions_without_a_political_actor_are_quiet(lint: Lint, text: str) -> None:
    assert heads(lint, text) == [], text


@pytest.mark.parametrize(
    ("template", "side"),
    [
        ("Which other council gives every pensioner a free bus pass? Only {}.", "Supports"),
        ("Who else would botch the bin strike this badly? Only {}.", "Attacks"),
        ("Say what you like, {} at least cost their policies.", "Supports"),
    ],
)
def test_an_answer_to_who_else_and_grudging_praise_take_their_side(
    lint: Lint, template: str, side: str
) -> None:
    wrong = {}
    for actor in EVERY_PARTY:
        found = heads(lint, template.format(actor))
        name = actor.removeprefix("the ")
        if not any(h.startswith(side) and name in h for h in found) or any(
            not h.startswith(side) and name in h for h in found
        ):
            wrong[actor] = found
    assert not wrong, f"{template!r} not {side}: {wrong}"
