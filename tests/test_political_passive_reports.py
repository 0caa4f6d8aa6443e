"""Others' acclaim or blame reported in the passive, with who gave it ("<X> was ridiculed by
the media for…", "<X> has been praised by union leaders", "<X> was widely mocked on social
media"), is a report, not the author's side, for every party and politician alike; the
author's word on it, in it or in the next sentence ("… Spot on.", "… Deservedly.", "<X> was
rightly mocked…"), makes it the author's again. The sentences are the project's own."""

from __future__ import annotations

import pytest

from tests.conftest import PARTIES_AND_POLITICIANS, Lint, sides_on

REPORTS = [
    "{} was ridiculed by the media for a slow response to the storm.",
    "{} has been criticised by opposition MPs for the delay to the inquiry.",
    "{} were accused by campaigners of ignoring the flood report.",
    "{} was widely mocked on social media for the remark about trains.",
    "{} has been praised by union leaders for the pay deal.",
    "{} was heckled by protesters outside the conference centre on Monday.",
]


@pytest.mark.parametrize("frame", REPORTS)
@pytest.mark.parametrize("who", PARTIES_AND_POLITICIANS)
def test_acclaim_or_blame_reported_in_the_passive_is_no_side(
    lint: Lint, frame: str, who: str
) -> None:
    assert sides_on(lint, frame, who) == set(), frame.format(who)


@pytest.mark.parametrize(
    ("frame", "side"),
    [
        ("{} were slammed by the spending watchdog today. Spot on.", "Attacks"),
        ("{} were slammed by the spending watchdog today. About time someone said it.", "Attacks"),
        ("{} has been praised by the nurses' union for the deal. Deservedly.", "Supports"),
        ("{} was rightly mocked by everyone for the answer on trains.", "Attacks"),
        ("{} were unfairly criticised by the papers for the housing plan.", "Supports"),
        ("{} were slammed by critics after the rally. Total nonsense.", "Supports"),
    ],
)
@pytest.mark.parametrize("who", ["Labour", "the Conservatives", "Reform UK", "the Greens"])
def test_the_authors_word_on_the_report_makes_it_theirs(
    lint: Lint, frame: str, side: str, who: str
) -> None:
    assert sides_on(lint, frame, who) == {side}, frame.format(who)


@pytest.mark.parametrize("who", ["Labour", "the Conservatives", "Reform UK", "the Greens"])
def test_a_clause_of_the_authors_after_the_report_is_read(lint: Lint, who: str) -> None:
    frame = "{} have been attacked by every paper for years and they still top the polls."
    assert sides_on(lint, frame, who), frame.format(who)


@pytest.mark.parametrize("who", ["Labour", "the Conservatives", "Reform UK", "the Greens"])
def test_only_the_next_sentences_opening_words_nod_at_the_report(lint: Lint, who: str) -> None:
    frame = "{} were criticised by the watchdog today. Good analysis in it, worth a read."
    assert sides_on(lint, frame, who) == set(), frame.format(who)
