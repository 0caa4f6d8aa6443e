"""A sentence that opens by setting a side aside ("Unlike <A>, we actually fund our police")
attacks that side and backs the side the rest opens with; when the rest scorns its side
instead ("Unlike <A>, <B> have no plan at all"), the side set aside is the one backed. The
judge had read the praise in such sentences as praise for the side set aside ("Supports
Labour" on "Unlike Labour, we actually fund our police"), and the form on a department's
account, an attack on the opposition by contrast, went unreported. The sentences are the
project's own; every party is set aside and every party opens the rest."""

from __future__ import annotations

import pytest

from tests.conftest import EVERY_PARTY, RIVALS, Lint, sentence_case
from tests.conftest import politics_heads as heads
from tests.conftest import sides_about as _sides


@pytest.mark.parametrize(
    "template",
    [
        "Unlike {a}, we actually fund our police.",
        "Unlike {a}, who left our prisons at breaking point, this government is building "
        "14,000 new prison places by 2031.",
        "But unlike {a}, our councillors answer every email within a week.",
        "Compared with {a}, this lot have been a breath of fresh air on the buses.",
    ],
)
def test_the_side_set_aside_is_attacked(lint: Lint, template: str) -> None:
    wrong = {}
    for party in EVERY_PARTY:
        text = sentence_case(template.format(a=party))
        found = heads(lint, text)
        if _sides(found, party) != {"Attacks"}:
            wrong[text] = found
    assert not wrong, wrong


@pytest.mark.parametrize(
    ("template", "side_set_aside", "side_after"),
    [
        ("Unlike {a}, {b} have a real plan for the railways.", "Attacks", "Supports"),
        (
            "Unlike {a}, {b} actually turned up to the hustings and answered every question.",
            "Attacks",
            "Supports",
        ),
        # A rest that scorns its side backs the side set aside.
        ("Unlike {a}, {b} have no plan at all and never have.", "Supports", "Attacks"),
        ("Unlike {a}, {b} are an absolute shambles on housing.", "Supports", "Attacks"),
    ],
)
def test_each_side_of_a_contrast_gets_its_side(
    lint: Lint, template: str, side_set_aside: str, side_after: str
) -> None:
    wrong = {}
    for a, b in RIVALS:
        text = sentence_case(template.format(a=a, b=b))
        found = heads(lint, text)
        if _sides(found, a) != {side_set_aside} or _sides(found, b) != {side_after}:
            wrong[text] = found
    assert not wrong, wrong


@pytest.mark.parametrize(
    "text",
    [
        "Unlike my sister, I can't stand Marmite.",
        "Unlike last year's update, this one keeps your settings.",
        "Unlike Arsenal, we actually defended for ninety minutes.",
        "Compared with the old library, the new one has twice the seats.",
    ],
)
def test_a_contrast_with_no_side_set_aside_is_quiet(lint: Lint, text: str) -> None:
    assert not heads(lint, text)
