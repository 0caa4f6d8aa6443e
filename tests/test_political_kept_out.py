"""Keeping a party or politician out, or in power, and the best thing they could do or did:
the side is in the turn of phrase, whoever it is. "Keeping <X> out of my town is the only
thing that matters" had read as support for all 17 names probed, "The best thing <X> could do
is stay out of the way" for 16, "The best thing <X> did was cut bus fares" as an attack on
all 17. The sentences are the project's own, over every party and politicians of three
countries.
"""

from __future__ import annotations

import pytest

from tests.conftest import PARTIES_AND_POLITICIANS, Lint, sides_on

WHO = PARTIES_AND_POLITICIANS

ATTACKS = [
    "Just voted. Keeping {} out of my town is the only thing that matters this time.",
    "Honestly the best thing {} could do is stay out of the way.",
    "The best thing {} ever did was resign.",
]
SUPPORTS = [
    "The best thing {} did was cut bus fares.",
    "Keeping {} in power is the only way to protect the NHS.",
]


@pytest.mark.parametrize("frame", ATTACKS)
@pytest.mark.parametrize("who", WHO)
def test_keeping_them_out_or_wishing_them_gone_attacks_them(
    lint: Lint, frame: str, who: str
) -> None:
    assert sides_on(lint, frame, who) == {"Attacks"}, frame.format(who)


@pytest.mark.parametrize("frame", SUPPORTS)
@pytest.mark.parametrize("who", WHO)
def test_keeping_them_in_or_their_best_deed_supports_them(lint: Lint, frame: str, who: str) -> None:
    assert sides_on(lint, frame, who) == {"Supports"}, frame.format(who)
