"""An actor measured against the office in a comment on the sentence before ("<X> called the
nurses greedy on live TV. Is that what we want in a prime minister?": an attack; "<X> sat with
the flood victims for six hours. That's what we want in a leader.": support, the sentence
before read the same way), and menace ("<X> are out to get us"), for every party and
politician alike; the office itself is no target, and the same words about a manager or a
referee take no side. The sentences are the project's own."""

from __future__ import annotations

import pytest

from tests.conftest import PARTIES_AND_POLITICIANS, Lint, politics_heads, sided_heads, sides_on

ATTACKS = [
    "{} called the nurses greedy on live TV. Is that what we want in a prime minister?",
    "{} skipped the flood meeting again. Is this really what you want for a council leader?",
    "Make no mistake, {} are out to get us.",
]
SUPPORTS = [
    "{} sat with the flood victims for six hours. That's what we want in a leader.",
    "{} answered every question at the hustings. This is exactly what we need from our MP.",
    "{} stayed up all night with the flood crews. That's what this town needs.",
]


@pytest.mark.parametrize("frame", ATTACKS)
@pytest.mark.parametrize("who", PARTIES_AND_POLITICIANS)
def test_found_wanting_or_menacing_attacks(lint: Lint, frame: str, who: str) -> None:
    assert sides_on(lint, frame, who) == {"Attacks"}, frame.format(who)


@pytest.mark.parametrize("frame", SUPPORTS)
@pytest.mark.parametrize("who", PARTIES_AND_POLITICIANS)
def test_held_up_as_what_the_office_wants_supports(lint: Lint, frame: str, who: str) -> None:
    assert sides_on(lint, frame, who) == {"Supports"}, frame.format(who)


def test_the_office_measured_against_is_no_target(lint: Lint) -> None:
    text = "Starmer called the nurses greedy on live TV. Is that what we want in a prime minister?"
    heads = politics_heads(lint, text)
    assert not any("prime minister" in h for h in heads), heads


@pytest.mark.parametrize(
    "text",
    [
        "The ref booked our keeper for nothing. Is that what we want in a referee?",
        "Our manager stayed till midnight to help with the move. That's what you want in a boss.",
        "The seagulls on this pier are out to get us, hold on to your chips.",
    ],
)
def test_the_same_words_outside_politics_take_no_side(lint: Lint, text: str) -> None:
    sided = sided_heads(lint, text)
    assert not sided, sided
