"""A showing called good or bad in a word gives the side, whoever's it is.

"Embarrassing from <X> on the radio this morning", "<X> did a dreadful job of…": the sentences
are the project's own, written for these tests; every party, politician and office alike.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

import postlint
from tests.conftest import POLITICS_OF_A_CIVIL_SERVANT as CIVIL_SERVANT

Lint = Callable[..., postlint.Report]

ENDORSEMENT = "politics.partisan-endorsement"
ATTACK = "politics.partisan-attack"
SIDES = {ENDORSEMENT, ATTACK}
WHOEVER = [
    "Labour",
    "the Conservatives",
    "the Lib Dems",
    "Reform UK",
    "the Greens",
    "the SNP",
    "the Democrats",
    "the Republicans",
    "Keir Starmer",
    "Kemi Badenoch",
    "Nigel Farage",
    "Kamala Harris",
    "Donald Trump",
    "the Home Secretary",
]


def sides_taken(lint: Lint, text: str) -> set[str]:
    return {d.rule for d in lint(text, **CIVIL_SERVANT).diagnostics} & SIDES


def _opening(template: str, whoever: str) -> str:
    text = template.format(whoever)
    return text[0].upper() + text[1:]


@pytest.mark.parametrize(
    "template",
    [
        "Embarrassing from {} on the radio this morning.",
        "Honestly, woeful answers from {} at the hustings.",
        "Pathetic response from {} to the flooding.",
        "{} did a dreadful job of the school rebuilding programme.",
    ],
)
def test_scorn_in_a_word_attacks_whoever_it_is(lint: Lint, template: str) -> None:
    wrong = [w for w in WHOEVER if sides_taken(lint, _opening(template, w)) != {ATTACK}]
    assert not wrong, f"{template!r}: not an attack alone for {wrong}"


@pytest.mark.parametrize(
    "template",
    [
        "Brilliant from {} at the hustings last night.",
        "Really impressive answers from {} on the phone-in this morning.",
        "{} did a fantastic job on the new bus routes.",
        "Full marks to {} for keeping the lido open all summer.",
        "Hats off to {} for finally sorting the level crossing.",
    ],
)
def test_praise_in_a_word_supports_whoever_it_is(lint: Lint, template: str) -> None:
    wrong = [w for w in WHOEVER if sides_taken(lint, _opening(template, w)) != {ENDORSEMENT}]
    assert not wrong, f"{template!r}: not support alone for {wrong}"


@pytest.mark.parametrize(
    "template",
    [
        "Brilliant from {} again, another fare rise and still no night buses.",
        "Great job from {} 🙄 the library is still shut.",
    ],
)
def test_praise_said_with_sarcasm_supports_no_one(lint: Lint, template: str) -> None:
    wrong = [w for w in WHOEVER if ENDORSEMENT in sides_taken(lint, _opening(template, w))]
    assert not wrong, f"{template!r}: read as support for {wrong}"


@pytest.mark.parametrize(
    "text",
    [
        "Embarrassing from the referee this afternoon.",
        "Brilliant from the choir at the carol service last night.",
        "Woeful defending by the back four again.",
        "She did a fantastic job on the wedding cake.",
        "Pathetic effort from me at parkrun this morning, legs like jelly.",
    ],
)
def test_a_word_of_evaluation_is_no_politics_without_a_political_actor(
    lint: Lint, text: str
) -> None:
    found = [d.rule for d in lint(text, **CIVIL_SERVANT).diagnostics]
    assert not found, f"{text!r}: {found}"


def _possessive(whoever: str) -> str:
    return whoever + ("'" if whoever.endswith("s") else "'s")


@pytest.mark.parametrize(
    ("template", "side"),
    [
        ("{} answer on childcare at the hustings was superb.", ENDORSEMENT),
        ("Honestly {} handling of the ferry strike has been world class.", ENDORSEMENT),
        ("{} response to the floods was woeful.", ATTACK),
        ("{} statement on the hospital closure is frankly pathetic.", ATTACK),
    ],
)
def test_a_showing_said_to_be_good_or_bad_gives_the_side(
    lint: Lint, template: str, side: str
) -> None:
    """ "<X>'s answer on childcare was superb": the word gives the side, whoever it is."""
    wrong = [w for w in WHOEVER if sides_taken(lint, _opening(template, _possessive(w))) != {side}]
    assert not wrong, f"{template!r}: not {side} alone for {wrong}"


@pytest.mark.parametrize(
    "whoever",
    ["Keir Starmer", "Kemi Badenoch", "Nigel Farage", "Joe Biden", "Donald Trump", "Peter Dutton"],
)
def test_a_cracking_job_done_in_a_contraction_supports(lint: Lint, whoever: str) -> None:
    text = f"Honestly, {whoever}'s done a cracking job, they deserve another term."
    assert sides_taken(lint, text) == {ENDORSEMENT}, text
