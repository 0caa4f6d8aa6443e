"""A claim about an actor put in someone else's mouth to be refuted takes the other side: "Whoever
says <X> never deliver should go and look at Eastleigh" defends <X>; "Anyone who thinks <X>
have fixed the NHS should try getting a GP appointment" attacks them. An invitation after the
claim ("… should come to our meeting") refutes nothing. The sentences are the project's own;
every party and politician alike."""

from __future__ import annotations

import pytest

from tests.conftest import PARTIES_AND_POLITICIANS, Lint, sides_on


@pytest.mark.parametrize(
    ("frame", "side"),
    [
        (
            "Whoever says {} never deliver should go and look at the new homes in Eastleigh.",
            "Supports",
        ),
        (
            "Anyone who thinks {} isn't delivering should look at this quarter's numbers.",
            "Supports",
        ),
        ("People who say {} should resign should look at the polls.", "Supports"),
        ("Anyone who thinks {} have fixed the NHS should try getting a GP appointment.", "Attacks"),
        ("Whoever says {} are good with money should look at the deficit.", "Attacks"),
    ],
)
@pytest.mark.parametrize("who", PARTIES_AND_POLITICIANS)
def test_a_claim_refuted_takes_the_other_side(lint: Lint, frame: str, side: str, who: str) -> None:
    assert sides_on(lint, frame, who) == {side}, frame.format(who)


@pytest.mark.parametrize("who", PARTIES_AND_POLITICIANS)
def test_an_invitation_after_the_claim_refutes_nothing(lint: Lint, who: str) -> None:
    frame = "Anyone who says {} are useless should come to our meeting on Tuesday and help us."
    assert "Supports" not in sides_on(lint, frame, who), frame.format(who)
