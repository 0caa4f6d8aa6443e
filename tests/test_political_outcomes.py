"""Sides given by what the author expects of a win, by rhetorical questions and comparisons,
and by thanks said through gritted teeth, whoever they are about.

"If <X> get in next May, we're doomed", "<X> made the last government look competent",
"Thanks <X>, my energy bill has doubled 👍": the sentences are the project's own, written for
these tests (and none taken from a probe or an evaluation set); every party, politician and
office alike.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

import postlint
from tests.conftest import POLITICS_OF_A_CIVIL_SERVANT as CIVIL_SERVANT
from tests.test_political_evaluations import ATTACK, ENDORSEMENT, WHOEVER, _opening, sides_taken

Lint = Callable[..., postlint.Report]


def _not_alone(lint: Lint, template: str, side: str) -> list[str]:
    return [w for w in WHOEVER if sides_taken(lint, _opening(template, w)) != {side}]


@pytest.mark.parametrize(
    "template",
    [
        "If {} get in next May, we're doomed. Absolutely doomed.",
        "Honestly if {} win again I'm moving abroad.",
        "Heaven help us if {} take power.",
        "{} are on course to win and frankly it scares me.",
        "Can't wait for {} to lose on Thursday 🎉",
        "So relieved {} lost the by-election last night.",
        "Voted for {} last time round. Never again.",
        "Honestly wish I'd never voted for {}.",
        "{} left the buses in a worse state than they found them. Good riddance.",
    ],
)
def test_dreading_a_win_or_cheering_a_loss_attacks(lint: Lint, template: str) -> None:
    wrong = _not_alone(lint, template, ATTACK)
    assert not wrong, f"{template!r}: not an attack alone for {wrong}"


@pytest.mark.parametrize(
    "template",
    [
        "If {} win on Thursday I'll be celebrating all weekend 🎉",
        "{} are going to win big next time and about time too.",
        "If {} lose on Thursday we're doomed.",
        "Still devastated that {} didn't win in May.",
    ],
)
def test_cheering_a_win_or_dreading_a_loss_supports(lint: Lint, template: str) -> None:
    wrong = _not_alone(lint, template, ENDORSEMENT)
    assert not wrong, f"{template!r}: not support alone for {wrong}"


@pytest.mark.parametrize(
    "template",
    [
        "Who else would you want running the country but {}?",
        "Can we all take a moment to appreciate {} this week?",
        "{} walked into that studio and made the other lot look like amateurs.",
        "Gutted for {} tonight, they deserved that seat.",
        "Funny how people keep underestimating {}. Every single time.",
        "Good luck tonight to our candidate, {} couldn't have picked a better one.",
    ],
)
def test_a_rhetorical_question_or_a_flattering_comparison_supports(
    lint: Lint, template: str
) -> None:
    wrong = _not_alone(lint, template, ENDORSEMENT)
    assert not wrong, f"{template!r}: not support alone for {wrong}"


@pytest.mark.parametrize(
    "template",
    [
        "Even the last lot were better than {}, and that's saying something.",
        "{} made this country a laughing stock on the world stage.",
        "{} made the last government look competent.",
        "Thanks {}, my energy bill has doubled. Cracking work 👍",
        "Well done {}, another record year for hospital waiting lists 👏",
        "Half the shops on Church Street are boarded up now. Nice one, {}, really thriving.",
        "Bus fares up again and the 42 cut to hourly. Well done {}, great job.",
        "Library shut, youth club shut, pool shut. Bravo {}, what a legacy.",
        "My commute's now 40 minutes and nobody apologised. Well done, {}.",
        "The maternity unit closed for good last month. Cheers {}, great work.",
        "Scrapping the night buses to pay for a new logo. Great priorities, {}.",
        "{} is just the last lot with a shinier logo.",
        "Honestly if {} win the by-election I'm moving to Wales.",
        "{} is the sleaziest outfit in British politics and everyone knows it.",
    ],
)
def test_an_unflattering_comparison_or_sarcastic_thanks_attacks(lint: Lint, template: str) -> None:
    wrong = _not_alone(lint, template, ATTACK)
    assert not wrong, f"{template!r}: not an attack alone for {wrong}"


@pytest.mark.parametrize(
    "template",
    [
        "The 42 was cut to hourly last year. Thanks {} for bringing back the half-hourly service.",
        "Our pool was closed in 2019. Nice one {}, it's back open and better than ever.",
    ],
)
def test_thanks_for_a_grievance_put_right_backs_them(lint: Lint, template: str) -> None:
    wrong = _not_alone(lint, template, ENDORSEMENT)
    assert not wrong, f"{template!r}: not support alone for {wrong}"


@pytest.mark.parametrize(
    "text",
    [
        "If the Greens take the council, the bin contract comes up for renewal in May.",
        "Thanks to the Lib Dems for getting the bus fares frozen.",
        "Thanks to Reform UK, the motion on the library passed.",
        "Glad the Greens won 3-1 on Saturday, great game.",
        "So relieved the Reds won the derby, what a match.",
    ],
)
def test_a_win_without_dread_or_joy_and_sincere_thanks_are_not_turned(
    lint: Lint, text: str
) -> None:
    assert ATTACK not in sides_taken(lint, text), text


@pytest.mark.parametrize(
    ("template", "side"),
    [
        (
            "{} gets stick for the ferry delays, but they've been right about the hospital.",
            ENDORSEMENT,
        ),
        ("Say what you like about {}, but they're bang on about rents.", ENDORSEMENT),
        ("{} might be a bit corporate but at least they can read a balance sheet.", ENDORSEMENT),
        ("{}'s dull, sure. After the last few years boring sounds brilliant.", ENDORSEMENT),
        ("{} can be a bit awkward, granted. But they turn up to every meeting.", ENDORSEMENT),
        ("{}'s polished, sure. Still a total shambles on housing though.", ATTACK),
        ("{} may be new but they're already out of their depth.", ATTACK),
        ("{} talk a good game on housing, but they're hopeless on the buses.", ATTACK),
        ("Who on earth was going to sort the library roof if not {}?", ENDORSEMENT),
        ("Which other party has opened more youth clubs round here than {}?", ENDORSEMENT),
        ("Who else could botch a simple bin contract but {}?", ATTACK),
        ("Who else but {} would scrap the night buses and call it progress?", ATTACK),
    ],
)
def test_what_a_sentence_grants_after_but_or_asks_rhetorically_gives_the_side(
    lint: Lint, template: str, side: str
) -> None:
    wrong = [w for w in WHOEVER if sides_taken(lint, _opening(template, w)) != {side}]
    assert not wrong, f"{template!r}: not {side} alone for {wrong}"


@pytest.mark.parametrize("whoever", WHOEVER)
def test_an_emoji_closing_an_earlier_sentence_says_nothing_of_a_later_one(
    lint: Lint, whoever: str
) -> None:
    """ "The boiler broke again 🙃 Anyway, I think <X> …": the 🙃 is the boiler's."""
    text = (
        f"Long week. The boiler broke again 🙃 Anyway, I think {whoever} got the carers plan right."
    )
    assert ATTACK not in sides_taken(lint, text), text


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Labour", "the Tories"),
        ("the SNP", "Labour"),
        ("Reform UK", "the Lib Dems"),
        ("the Greens", "Plaid Cymru"),
        ("the Democrats", "the Republicans"),
    ],
)
def test_actors_listed_together_share_what_is_said_of_them(
    lint: Lint, first: str, second: str
) -> None:
    """ "Both <A> and <B> have failed this town": both attacked, not one of two rivals the
    sentence treats alike; "Thanks to <A> and <B> for…": both thanked."""
    attacked = lint(
        f"Both {first} and {second} have failed this town for decades.", **CIVIL_SERVANT
    )
    thanked = lint(
        f"Thanks to {first} and {second} for backing the library motion.", **CIVIL_SERVANT
    )
    for report, opening in ((attacked, "Attacks "), (thanked, "Supports ")):
        messages = [d.message for d in report.diagnostics]
        for name in (first, second):
            bare = name.removeprefix("the ")
            assert any(m.startswith(opening) and bare in m.split(":")[0] for m in messages), (
                name,
                messages,
            )
