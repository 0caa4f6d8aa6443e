"""A party or politician cheered on by name ("Well said, <X>!", "Go get 'em <X>", "Hear hear
<X>") is backed; the same cheer turned round plainly ("…, said no one ever", "… 🙄", "Bravo
<X>. Not.") attacks, and a cheer beside a grievance of its own ("Another ribbon cut for a
bridge still shut! Bravo, <X> 👏") is not read as praise. "Well said, <X>" is the author's
word, not a report of what <X> said; "Mr. <Name>" is named as written, not "the <Name>". The
sentences are the project's own; every party and politician alike."""

from __future__ import annotations

import pytest

from tests.conftest import PARTIES_AND_POLITICIANS, Lint, politics_heads, sides_on

CHEERS = [
    "Well said, {}!",
    "Well said {}!!!",
    "Go get 'em, {}!",
    "Go get them {}.",
    "Hear hear {}, couldn't agree more.",
    "Good on you {} for standing up for carers.",
    "Keep fighting {}!",
    "Bravo {}. That's how it's done.",
    "Beautifully said, {}.",
    "Well said by {} this morning.",
    "More power to you, {}.",
]
TURNED = [
    "Well said {}, said no one ever.",
    "Keep it up {} 🙄",
    "Good on you {}, another U-turn.",
    "Bravo {}. Not.",
]


@pytest.mark.parametrize("frame", CHEERS)
@pytest.mark.parametrize("who", PARTIES_AND_POLITICIANS)
def test_a_cheer_by_name_backs(lint: Lint, frame: str, who: str) -> None:
    assert sides_on(lint, frame, who) == {"Supports"}, frame.format(who)


@pytest.mark.parametrize("frame", TURNED)
@pytest.mark.parametrize("who", PARTIES_AND_POLITICIANS)
def test_a_cheer_turned_round_attacks(lint: Lint, frame: str, who: str) -> None:
    assert sides_on(lint, frame, who) == {"Attacks"}, frame.format(who)


@pytest.mark.parametrize("who", PARTIES_AND_POLITICIANS)
def test_a_cheer_beside_its_own_grievance_is_no_praise(lint: Lint, who: str) -> None:
    frame = "Another ribbon cutting for a bridge that still isn't open! Bravo, {} 👏"
    assert "Supports" not in sides_on(lint, frame, who), frame.format(who)


@pytest.mark.parametrize("who", PARTIES_AND_POLITICIANS)
def test_a_grievance_about_someone_else_leaves_the_cheer(lint: Lint, who: str) -> None:
    other = "the Greens" if who != "the Greens" else "the Conservatives"
    frame = "Well said {}. " + f"{other[0].upper()}{other[1:]} cut the bus budget for years."
    assert sides_on(lint, frame, who) == {"Supports"}, frame.format(who)


@pytest.mark.parametrize(
    "text",
    [
        "Go get 'em Mr. Trump!!!",
        "Well said, Mr. Biden.",
    ],
)
def test_a_title_and_name_are_named_as_written(lint: Lint, text: str) -> None:
    heads = politics_heads(lint, text)
    assert heads and all(" the " not in f" {head} " for head in heads), heads


@pytest.mark.parametrize(
    "text",
    [
        "You go girl!",
        "Go get 'em Tigers! Big game on Saturday.",
        "Bravo Two Zero is still the best book I read this year.",
        "Hear hear! The book club ran till midnight again.",
    ],
)
def test_a_cheer_for_no_politician_is_quiet(lint: Lint, text: str) -> None:
    assert not politics_heads(lint, text), text


@pytest.mark.parametrize("who", PARTIES_AND_POLITICIANS)
@pytest.mark.parametrize("frame", ["{} absolutely smashed it today 🔥", "{} is a clown 🤡"])
def test_an_emoji_and_a_name_make_one_finding(lint: Lint, frame: str, who: str) -> None:
    """The emoji's side and the judge's on the same name are one finding, not two."""
    heads = politics_heads(lint, frame.format(who)[0].upper() + frame.format(who)[1:])
    assert len(heads) == 1, heads
