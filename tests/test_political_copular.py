"""A verdict said of a contested measure in one strong word: "Scrapping the winter fuel
payment was cruel", "Low traffic neighbourhoods are a con". The sentences are the project's
own, written for these tests; the measures span every side's causes alike."""

from __future__ import annotations

from collections.abc import Callable

import pytest

import postlint
from tests.conftest import POLITICS_OF_A_CIVIL_SERVANT as CIVIL_SERVANT

Lint = Callable[..., postlint.Report]

VERDICT = "politics.policy-verdict"


def verdicts(lint: Lint, text: str) -> list[str]:
    return [d.message for d in lint(text, **CIVIL_SERVANT).diagnostics if d.rule == VERDICT]


@pytest.mark.parametrize(
    "text",
    [
        # Causes of the left and of the right, alike.
        "Scrapping the winter fuel payment for pensioners was cruel, plain and simple.",
        "the benefit cap is a disgrace tbh",
        "Charging VAT on school fees is nothing but the politics of envy.",
        "Net zero by 2050 is a con and everyone knows it.",
        "Rent controls are long overdue in this city.",
        "The new asylum rules are barbaric.",
        "Mandatory digital ID cards would be a dystopian nightmare.",
        "Cutting the foreign aid budget is indefensible.",
        "A wealth tax on the top one per cent is a no-brainer.",
        "Fracking in the Dales is madness.",
        "The 20mph limit has been a disaster for this town.",
        "The congestion charge is a total rip-off.",
        "First past the post is a broken relic and everyone in Westminster knows it.",
        "The triple lock is bankrupting the young to keep the old happy.",
        "Low traffic neighbourhoods have wrecked this city.",
        "Scrapping the two-child limit has been a complete failure, say what you like.",
        "Austerity has wrecked our public services.",
        "Universal credit has been a complete failure for disabled people.",
    ],
)
def test_a_contested_measure_called_good_or_bad_in_a_word_is_a_verdict(
    lint: Lint, text: str
) -> None:
    assert verdicts(lint, text), text


@pytest.mark.parametrize(
    "text",
    [
        "My commute this morning was a nightmare.",
        "The new coffee machine on the third floor is a joke.",
        "Parking at the retail park is a nightmare on Saturdays.",
        "This heatwave is madness, stay hydrated everyone.",
        "The ending of that film was cruel, I'm still not over it.",
        "Honestly the queue at the post office was a disgrace today.",
        "It is a disgrace that my parcel is still lost.",
        "The new coffee machine is a disaster.",
        "The rain has ruined the school fete.",
        "The storm has destroyed the pier.",
        "The parade was a disaster, it rained the whole time.",
        "The old lighthouse is a relic of another age.",
    ],
)
def test_an_everyday_thing_called_bad_is_no_verdict(lint: Lint, text: str) -> None:
    assert not verdicts(lint, text), verdicts(lint, text)
