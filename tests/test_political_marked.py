"""A sentence naming one party or politician is read with that actor marked as well as whole,
and the marked reading stands for it where it is surer of a side: the judge read the same
credit as no side at all for some parties ("Whatever you think of <party>, they fixed the
school roof" went unreported for one of nine). The sentences are the project's own."""

from __future__ import annotations

import pytest

from postlint._engine.models import politics_judge
from postlint._rules.politics.marked_risk import surer_when_marked
from postlint._rules.politics.units import judged_units
from tests.conftest import EVERY_PARTY, Lint, bare_name, civil_servant_draft, sentence_case
from tests.conftest import politics_heads as heads


@pytest.mark.parametrize(
    "template",
    [
        "Whatever you think of {}, they fixed the school roof.",
        "Honestly, {} got this one right.",
        "{} have done right by carers this year.",
    ],
)
def test_credit_to_one_party_is_support_for_every_party(lint: Lint, template: str) -> None:
    wrong = {}
    for party in EVERY_PARTY:
        text = sentence_case(template.format(party))
        found = heads(lint, text)
        if not found or any(
            not h.startswith("Supports") or bare_name(party) not in h for h in found
        ):
            wrong[text] = found
    assert not wrong, wrong


def _read(text: str) -> tuple[tuple[float, ...], tuple[float, ...]]:
    """The judge's whole reading of ``text`` (one sentence) and the one that stands for it."""
    draft = civil_servant_draft(text)
    [unit] = judged_units(draft)
    [whole] = politics_judge()([unit.text])
    [(_, standing)] = surer_when_marked(draft, [(unit, whole)])
    return whole, standing


def test_the_marked_reading_stands_where_it_is_surer_of_a_side() -> None:
    whole, standing = _read("The Greens brought the new library in on budget.")
    assert standing != whole
    assert standing[0] < whole[0]  # surer that it takes a stance


@pytest.mark.parametrize(
    "text",
    [
        "Labour and the Greens both turned up to the library opening.",  # two actors
        "The new library opened on budget and on time.",  # no actor
    ],
)
def test_the_whole_reading_stands_for_any_other_sentence(text: str) -> None:
    whole, standing = _read(text)
    assert standing == whole
