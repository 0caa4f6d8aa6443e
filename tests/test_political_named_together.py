"""Rivals named together in a report take no side; rivals named together in a verdict on
both are both attacked.

The judge reads two names side by side as a side whatever is said of them ("<A> and <B>
spent the weekend campaigning across Iowa" once read as an attack on both): the sentence is
read again with the list as a plain noun (``politics/named_together``). The sentences are the
project's own, each over every pair of rival parties and a pair of politicians of each
country.
"""

from __future__ import annotations

import pytest

from tests.conftest import POLITICS_OF_A_CIVIL_SERVANT, RIVALS, SIDES, Lint, sentence_case

POLITICIANS = [
    ("Starmer", "Badenoch"),
    ("Farage", "Davey"),
    ("Harris", "Trump"),
    ("Cruz", "Rubio"),
    ("Albanese", "Dutton"),
]
PAIRS = [*RIVALS, *POLITICIANS, *((b, a) for a, b in POLITICIANS)]

REPORTS = [
    "{} and {} spent the weekend campaigning across the county.",
    "{} and {} are both expected to set out their plans for the railways next month.",
    "{} and {} have agreed not to stand against each other in two wards.",
    "Polls show {} and {} level at 31 per cent going into the final week.",
    "{} & {} will both be on the stage at the hustings in the town hall on Thursday night.",
]


@pytest.mark.parametrize("frame", REPORTS)
@pytest.mark.parametrize(("first", "second"), PAIRS)
def test_a_report_naming_rivals_together_takes_no_side(
    lint: Lint, frame: str, first: str, second: str
) -> None:
    text = sentence_case(frame.format(first, second))
    found = lint(text, **POLITICS_OF_A_CIVIL_SERVANT).diagnostics
    assert not [d.message for d in found if d.rule in SIDES], text


VERDICTS_ON_BOTH = [
    "{} and {} have failed this town for twenty years and everyone knows it.",
    "{} and {} are liars who will say anything for a vote.",
]


@pytest.mark.parametrize("frame", VERDICTS_ON_BOTH)
@pytest.mark.parametrize(("first", "second"), PAIRS)
def test_rivals_named_together_in_an_attack_on_both_are_attacked(
    lint: Lint, frame: str, first: str, second: str
) -> None:
    text = sentence_case(frame.format(first, second))
    found = lint(text, **POLITICS_OF_A_CIVIL_SERVANT).diagnostics
    assert {d.rule for d in found} & set(SIDES) == {"politics.partisan-attack"}, text
