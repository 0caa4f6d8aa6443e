"""Sides given by a turn of phrase, whoever's: downfall foretold, credit by counterfactual,
"leave <X> alone", "<X> has my vote", "<X> > <Y>", a snake beside a name; and politicians'
surnames written in lower case.

The sentences are the project's own, written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

import postlint
from postlint._rules.politics.actors import political_actors_in
from postlint._rules.politics.questions import question_verdicts
from tests.conftest import POLITICS_OF_A_CIVIL_SERVANT as CIVIL_SERVANT
from tests.conftest import civil_servant_draft

Lint = Callable[..., postlint.Report]
ENDORSEMENT = "politics.partisan-endorsement"
ATTACK = "politics.partisan-attack"
PARTIES = [
    "Labour",
    "The Conservatives",
    "The Lib Dems",
    "Reform UK",
    "The Greens",
    "The SNP",
    "The Democrats",
    "The Republicans",
]
PEOPLE = ["Keir Starmer", "Kemi Badenoch", "Nigel Farage", "Kamala Harris", "Donald Trump"]


def sides(lint: Lint, text: str) -> set[str]:
    return {d.rule for d in lint(text, **CIVIL_SERVANT).diagnostics} & {ENDORSEMENT, ATTACK}


@pytest.mark.parametrize(
    ("template", "side"),
    [
        ("{} are toast at the next election, mark my words 😂", ATTACK),
        ("{} are going to get absolutely battered in May.", ATTACK),
        ("If it weren't for {} our swimming pool would have closed years ago.", ENDORSEMENT),
        ("Without {} my gran wouldn't have a bus pass.", ENDORSEMENT),
        ("If it wasn't for {} we'd still have a post office in the village.", ATTACK),
        ("{} have my vote on Thursday, no question.", ENDORSEMENT),
        ("{} will never get my vote after that.", ATTACK),
        ("If {} stand again they've got my whole household behind them.", ENDORSEMENT),
    ],
)
def test_a_turn_of_phrase_gives_the_side_for_every_party(
    lint: Lint, template: str, side: str
) -> None:
    wrong = [p for p in PARTIES if sides(lint, template.format(p)) != {side}]
    assert not wrong, f"{template!r}: not {side} alone for {wrong}"


@pytest.mark.parametrize(
    ("template", "side"),
    [
        ("Leave {} alone, honestly, the abuse is relentless.", ENDORSEMENT),
        ("{} > the rest of them put together.", ENDORSEMENT),
        ("{} 🐍🐍🐍", ATTACK),
    ],
)
def test_a_turn_of_phrase_gives_the_side_for_every_politician(
    lint: Lint, template: str, side: str
) -> None:
    wrong = [p for p in PEOPLE if side not in sides(lint, template.format(p))]
    assert not wrong, f"{template!r}: not {side} for {wrong}"


@pytest.mark.parametrize(
    "text",
    [
        "If it weren't for the rain we'd have won the match.",
        "The toast was burnt again this morning.",
        "Leave the dog alone, he's sleeping.",
        "Come on you Greens! What a cup run this has been.",
        "Chocolate > vanilla, fight me.",
    ],
)
def test_the_same_turns_without_a_political_actor_are_quiet(lint: Lint, text: str) -> None:
    assert sides(lint, text) == set(), text


@pytest.mark.parametrize(
    "name", ["starmer", "farage", "badenoch", "biden", "obama", "trudeau", "albanese"]
)
def test_a_surname_no_word_shares_is_a_politician_in_lower_case(name: str) -> None:
    text = f"honestly {name} has been a let down this year"
    draft = civil_servant_draft(text)
    assert [m.text for m in political_actors_in(draft, 0, len(text))] == [name]


@pytest.mark.parametrize(
    "text",
    [
        "Who on earth thought scrapping the free school bus pass was a good idea?",
        "who thought putting VAT on swimming lessons was sensible",
        "Why would anyone think a parking levy on every hospital car park is fair?",
        "Which genius decided closing the maternity ward at night was a good idea?",
    ],
)
def test_a_verdict_put_as_a_question_on_a_public_measure_is_a_verdict(
    lint: Lint, text: str
) -> None:
    rules = {d.rule for d in lint(text, **CIVIL_SERVANT).diagnostics}
    assert "politics.policy-verdict" in rules, text


@pytest.mark.parametrize(
    "text",
    [
        "Who thought closing the office kitchen on Fridays was a good idea?",
        "Who decided cutting the cake before the speeches was a good idea?",
        "who thought pineapple on pizza was a good idea?",
    ],
)
def test_the_same_question_about_no_public_measure_is_quiet(lint: Lint, text: str) -> None:
    assert not [d.rule for d in lint(text, **CIVIL_SERVANT).diagnostics], text


@pytest.mark.parametrize(
    "text",
    [
        "Who on earth thought scrapping the free school bus pass was a good idea?",
        "Long week. Who on earth thought scrapping the free school bus pass was a good idea?",
        "Great turnout tonight.\nWho thought scrapping the free school bus pass was sensible?",
    ],
)
def test_a_question_verdict_is_read_in_any_sentence_of_a_draft(text: str) -> None:
    found = question_verdicts(civil_servant_draft(text))
    assert [m.text for m in found] == ["scrapping the free school bus pass"]
