"""Dismissing a party or politician, blaming them, or thanking them in scorn, attacks them,
whoever they are: "Who cares what <X> thinks", "Nobody listens to <X> any more", "The real
problem here is <X>", "Thanks <X> for showing your true colours". The judge read the
dismissal as no side for most names and the thanks as support for every one. Thanks for a
tour or a demonstration, and dismissal of no party, take no side. The sentences are the
project's own.
"""

from __future__ import annotations

import pytest

from tests.conftest import PARTIES_AND_POLITICIANS, Lint, sided_messages, sides_on

DISMISSALS = [
    "Who cares what {} says anymore.",
    "Honestly, nobody listens to {} any more.",
    "I couldn't care less what {} has to say about it.",
    "Don't believe a word {} says about the NHS.",
    "Nobody takes {} seriously after that interview.",
    "Who still believes {} after last year?",
]
BLAME = [
    "The problem isn't the budget, it's {}.",
    "It's not the money that's the problem, it's {}.",
    "The real problem here is {}.",
    "{} is the problem, not the solution.",
]
MOCKERY = [
    "Every time {} opens their mouth the pound drops another cent.",
    "Honestly {} couldn't run a bath, never mind the railways.",
    "{} had their chance and blew it.",
    "{} makes the last lot look like Churchill.",
    "{} said they'd fix the buses and they did nothing of the sort.",
    "{} telling us what working people want. Righto.",
    "{} promising to fix the NHS by Christmas. Good luck with that.",
    "{} think a fourth runway will cut emissions. Big brain stuff.",
]
SCORNFUL_THANKS = [
    "Thank you, {}, for showing us who you really are.",
    "Thanks {} for showing your true colours.",
    "Cheers {} for reminding us why we can't trust you.",
    "Thanks {} for once again proving my point about the buses.",
]


@pytest.mark.parametrize("who", PARTIES_AND_POLITICIANS)
@pytest.mark.parametrize("frame", DISMISSALS + BLAME + MOCKERY + SCORNFUL_THANKS)
def test_dismissal_or_scornful_thanks_attacks_them(lint: Lint, frame: str, who: str) -> None:
    assert sides_on(lint, frame, who) == {"Attacks"}, frame.format(who)


@pytest.mark.parametrize("who", PARTIES_AND_POLITICIANS)
@pytest.mark.parametrize(
    "frame",
    [
        "Thanks {} for showing us round the new depot this morning.",
        "No one trusts {} more than I do.",
    ],
)
def test_thanks_for_a_tour_or_trust_ranked_first_is_no_attack(
    lint: Lint, frame: str, who: str
) -> None:
    assert "Attacks" not in sides_on(lint, frame, who), frame.format(who)


@pytest.mark.parametrize(
    "text",
    [
        "Who cares what the weather says, we're going to the beach.",
        "Nobody listens to my dad's jokes any more.",
        "Thanks for showing your true colours, Rovers, what a comeback!",
        "Nobody takes the 8.15 seriously, it's always late.",
        "Who cares what the critics say, the film is brilliant.",
        "The issue is the bus timetable, which the depot sets.",
        "The problem with the 8.15 is it never comes.",
        "My problem is my landlord, not the neighbours.",
        "I had my chance at the bakery job and blew it.",
        "Every time my dad opens his mouth at Christmas we groan.",
        "My brother reckons he'll run a marathon next month. Righto.",
        "The boss wants the report by Friday. Good luck with that.",
    ],
)
def test_dismissing_no_party_takes_no_side(text: str) -> None:
    assert sided_messages(text) == []


@pytest.mark.parametrize("who", PARTIES_AND_POLITICIANS)
@pytest.mark.parametrize(
    ("frame", "side"),
    [
        # a concession before the actor, then grudging praise or scorn
        ("Say what you like about {}, they've never once missed a surgery here.", "Supports"),
        ("Whatever you think of {}, the new cycle lane is brilliant.", "Supports"),
        ("Say what you want about {}, they're hopeless on the buses.", "Attacks"),
        # the author's own party said first, then conceded ("I'll admit…"): the other's
        (
            "Registered voter of the other lot, and even I'll admit {} got the bridge fixed.",
            "Supports",
        ),
        ("Gotta admit, {} ran a good campaign round here.", "Supports"),
        ("I have to admit {} sorted the bin collections in a month.", "Supports"),
        ("I'll admit {} have been useless on the buses.", "Attacks"),
        # flak the actor takes, then the author's word on it
        (
            "{} gets slagged off constantly but kept the buses running through the strikes.",
            "Supports",
        ),
        ("{} takes a lot of stick online but the new clinic opened on time.", "Supports"),
        ("{} gets a lot of stick and honestly they've earned every bit of it.", "Attacks"),
        # a one-word verdict after a deed
        (
            "{} voted against the new crossing for two years, then cut the ribbon. Shameless.",
            "Attacks",
        ),
    ],
)
def test_a_concession_or_a_one_word_verdict_gives_the_side(
    lint: Lint, frame: str, side: str, who: str
) -> None:
    assert sides_on(lint, frame, who) == {side}, frame.format(who)
