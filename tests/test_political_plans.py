"""A plan said to stand out credits its party ("Only <X> has a serious plan for energy", "<X>
are the only party with a real plan for housing", "<X> turned this town around"); substance
denied blames it ("<X>'s got vibes", "<X> have a wish list"). The sentences are the project's
own; every party alike, each way round."""

from __future__ import annotations

import pytest

from tests.conftest import Lint, bare_name, sentence_case
from tests.conftest import politics_heads as heads

PAIRS = [
    ("Labour", "the Conservatives"),
    ("the Greens", "Reform UK"),
    ("the SNP", "the Lib Dems"),
    ("the Democrats", "the Republicans"),
    ("Sinn Féin", "Fianna Fáil"),
]
BOTH_WAYS = [*PAIRS, *((b, a) for a, b in PAIRS)]


@pytest.mark.parametrize(
    "template",
    [
        "Only {} has a serious plan for energy bills. {} have got vibes.",
        "{} are the only party with a real plan for housing; {} have a wish list.",
    ],
)
def test_a_plan_credits_one_party_and_its_absence_blames_the_other(
    lint: Lint, template: str
) -> None:
    wrong = {}
    for a, b in BOTH_WAYS:
        found = heads(lint, sentence_case(template.format(a, sentence_case(b))))
        right = any(h.startswith("Supports ") and bare_name(a) in h for h in found) and any(
            h.startswith("Attacks ") and bare_name(b) in h for h in found
        )
        turned = any(h.startswith("Attacks ") and bare_name(a) in h for h in found)
        if not right or turned:
            wrong[(a, b)] = found
    assert not wrong, f"{template!r}: {wrong}"


@pytest.mark.parametrize(
    "template",
    [
        "{} have turned this town around. The high street is alive again.",
        "Honestly {} are the only ones talking sense on the cost of living.",
        "{} tell it like it is, and the Westminster bubble can't stand it.",
    ],
)
def test_praise_of_what_a_party_offers(lint: Lint, template: str) -> None:
    wrong = {}
    for actor, _ in BOTH_WAYS:
        found = heads(lint, sentence_case(template.format(actor)))
        if not any(h.startswith("Supports ") and bare_name(actor) in h for h in found) or any(
            h.startswith("Attacks ") and bare_name(actor) in h for h in found
        ):
            wrong[actor] = found
    assert not wrong, f"{template!r}: {wrong}"


def test_critics_the_author_rebuts_back_the_one_they_criticise(lint: Lint) -> None:
    wrong = {}
    for actor, _ in BOTH_WAYS:
        for template in (
            "People call {} a one-issue party, which is nonsense.",
            "The media have been trying to bring down {} for years and they're still standing.",
            "Every week there's a fresh pile-on against {}. Leave them alone.",
            "Record jobs numbers, and people still ask what {} have done for them? Look around.",
        ):
            found = heads(lint, template.format(actor))
            if not any(h.startswith("Supports ") and bare_name(actor) in h for h in found):
                wrong[template.format(actor)] = found
    assert not wrong, wrong


def test_a_position_reported_with_mockery_is_the_authors(lint: Lint) -> None:
    # "<X> want a referendum on the incinerator" is a report; hyperbole makes it the author's.
    wrong = {}
    for actor, _ in BOTH_WAYS:
        found = heads(
            lint, sentence_case(f"{actor} want to ban everything except their own smugness.")
        )
        if not any(h.startswith("Attacks ") and bare_name(actor) in h for h in found):
            wrong[actor] = found
        if reported := heads(lint, sentence_case(f"{actor} want a referendum on the incinerator.")):
            wrong[f"{actor} (report)"] = reported
    assert not wrong, wrong
