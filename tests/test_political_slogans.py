"""Slogans with no verb name a side: "<X> on Thursday, folks" asks for a vote without the word
"vote", "Anyone but <X> tomorrow", "Fourteen years of <X> is enough" and "That's <X> for you"
reject <X>, and going to see <X> speak backs them, or scorns them where the outing let the
author down. A report with a verb after the day ("<X> on Thursday announced…") is no slogan; a
word with a contraction before a name ("It's", "Here's") is no first name. The sentences are
the project's own; every party and politician alike."""

from __future__ import annotations

import pytest

from tests.conftest import PARTIES_AND_POLITICIANS, Lint, politics_heads, sides_on

BACKED = [
    "Quick one before the delivery comes in - {} on Thursday, folks.",
    "{} on Thursday, everyone! Don't forget your polling card.",
    "It's {} on the 4th for me.",
    "Came straight from work to see {} in Leeds!! the energy in here 🔥🔥",
    "Went to see {} speak in Bristol tonight. What a crowd!",
    "It's {} all the way for me.",
]
REJECTED = [
    "Anyone but {} tomorrow. Enough is enough.",
    "Fourteen years of {} is enough.",
    "Literally anybody but {} on Thursday.",
    "Went to see {} speak in Bristol tonight. What a waste of an evening.",
    "That's {} for you, always wrong.",
]
REPORTED = [
    "{} on Thursday announced a review of bus fares.",
]


@pytest.mark.parametrize("frame", BACKED)
@pytest.mark.parametrize("who", PARTIES_AND_POLITICIANS)
def test_a_slogan_for_a_side_backs_it(lint: Lint, frame: str, who: str) -> None:
    assert sides_on(lint, frame, who) == {"Supports"}, frame.format(who)


@pytest.mark.parametrize("frame", REJECTED)
@pytest.mark.parametrize("who", PARTIES_AND_POLITICIANS)
def test_a_slogan_against_a_side_attacks_it(lint: Lint, frame: str, who: str) -> None:
    assert sides_on(lint, frame, who) == {"Attacks"}, frame.format(who)


@pytest.mark.parametrize("frame", REPORTED)
@pytest.mark.parametrize("who", PARTIES_AND_POLITICIANS)
def test_a_report_with_a_verb_backs_no_one(lint: Lint, frame: str, who: str) -> None:
    assert "Supports" not in sides_on(lint, frame, who), frame.format(who)


@pytest.mark.parametrize(
    "text",
    [
        "Spurs on Saturday, folks!",
        "Going to see Harris at the cricket tomorrow.",
        "Anything but the replacement bus on Sunday please.",
        "Went to see Hamilton live in London, amazing show!",
    ],
)
def test_a_slogan_for_no_politician_is_quiet(lint: Lint, text: str) -> None:
    assert not politics_heads(lint, text), text


@pytest.mark.parametrize("who", ["Starmer", "Badenoch", "Farage", "Harris", "Trump", "Newsom"])
@pytest.mark.parametrize("frame", ["Here's {} lying again.", "That's {} for you, always wrong."])
def test_a_word_with_a_contraction_is_no_first_name(lint: Lint, frame: str, who: str) -> None:
    """ "Here's Trump" is Trump, not someone called "Here's Trump"."""
    assert sides_on(lint, frame, who) == {"Attacks"}, frame.format(who)
