"""Fear of a party or politician coming to power is an attack on them, whoever they are:
"The thought of <X> in government keeps me up at night" had read as support for every one.
Hope in the same words is not ("The prospect of <X> in government excites me"), nor is a
fear told away ("Don't worry about <X> winning, they've got this"). The sentences are the
project's own, over every party and politicians of three countries.
"""

from __future__ import annotations

import pytest

from tests.conftest import PARTIES_AND_POLITICIANS, Lint, sides_on

WHO = PARTIES_AND_POLITICIANS

FEARS = [
    "The thought of {} in government keeps me up at night.",
    "We can finally stop worrying about {} winning the nomination.",
    "Honestly terrified of {} winning the next election.",
    "Scared of {} getting back in power after everything.",
]
HOPES = [
    "The prospect of {} in government excites me more than anything.",
    "Don't worry about {} winning, they've got this in the bag.",
]


@pytest.mark.parametrize("frame", FEARS)
@pytest.mark.parametrize("who", WHO)
def test_fearing_them_in_power_attacks_them(lint: Lint, frame: str, who: str) -> None:
    assert sides_on(lint, frame, who) == {"Attacks"}, frame.format(who)


@pytest.mark.parametrize("frame", HOPES)
@pytest.mark.parametrize("who", WHO)
def test_hoping_for_them_in_power_is_no_attack(lint: Lint, frame: str, who: str) -> None:
    assert "Attacks" not in sides_on(lint, frame, who), frame.format(who)
