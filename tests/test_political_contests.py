"""A contest between two sides gives each its side, whoever they are: the winner of a rout the
author relishes is backed and the loser attacked ("<A> took <B> apart", "<B> got schooled by
<A>", "Only <A> can stop <B>"); a side told to close ranks is backed ("<A> must unite"); a
bare choice ("<A> or <B>?") takes no side, and the side named in answer to it is backed. The
judge had read the verbs of a rout as scorn for whichever side stood nearest, and a call to
unite as a reproach. The sentences are the project's own; every party wins and loses."""

from __future__ import annotations

import pytest

from tests.conftest import (
    PARTIES_AND_POLITICIANS,
    RIVALS,
    Lint,
    bare_name,
    civil_servant_draft,
    sentence_case,
    sides_on,
)
from tests.conftest import politics_heads as heads
from tests.conftest import sides_about as _sides


def _misread(lint: Lint, template: str, *, loser_attacked: bool) -> dict[str, list[str]]:
    """The texts of ``template`` over every pair of rivals where <a> is not backed alone (nor,
    if ``loser_attacked``, <b> attacked alone), with what postlint found in them."""
    wrong = {}
    for a, b in RIVALS:
        text = sentence_case(template.format(a=a, b=b)).replace("? the ", "? The ")
        found = heads(lint, text)
        if _sides(found, a) != {"Supports"} or (loser_attacked and _sides(found, b) != {"Attacks"}):
            wrong[text] = found
    return wrong


@pytest.mark.parametrize(
    "template",
    [
        "{a} will wipe the floor with {b} on Thursday.",
        "{a} took {b} apart in the debate last night.",
        "{a} ran rings round {b} at the hustings.",
        "{b} got absolutely schooled by {a} tonight.",
        "Only {a} can stop {b} round here, so think carefully.",
        "{a} are going to trounce {b} in the by-election.",
        "{a} gave {b} a proper hiding at the count last night.",
        "{a} sent {b} packing in the ward by-election, what a night.",
        "{b} humiliated by {a} in the council vote. Wonderful scenes.",
        "{b} got turfed out of the town hall by {a} and I loved every minute.",
    ],
)
def test_the_winner_of_a_rout_is_backed_and_the_loser_attacked(lint: Lint, template: str) -> None:
    wrong = _misread(lint, template, loser_attacked=True)
    assert not wrong, wrong


@pytest.mark.parametrize(
    "template",
    [
        "{a} must unite now, or they hand the next election away.",
        "{a} need to pull together after a week like this.",
        "{a} members: enough of the infighting, it is time to unite.",
        "{a} or {b} in the county elections? {a}, obviously.",
    ],
)
def test_a_side_told_to_close_ranks_or_chosen_is_backed(lint: Lint, template: str) -> None:
    wrong = _misread(lint, template, loser_attacked=False)
    assert not wrong, wrong


def test_a_leader_to_close_ranks_behind_is_backed(lint: Lint) -> None:
    leaders = ["Keir Starmer", "Kemi Badenoch", "Ed Davey", "Nigel Farage", "John Swinney"]
    wrong = {}
    for leader in leaders:
        text = f"Enough of the leaks. It's time for the whole party to get behind {leader}."
        found = heads(lint, text)
        if _sides(found, leader) != {"Supports"}:
            wrong[text] = found
    assert not wrong, wrong


def test_a_bare_choice_takes_no_side(lint: Lint) -> None:
    wrong = {}
    for a, b in RIVALS:
        for template in (
            "{a} or {b}?",
            "So... {a} vs {b}? Tough call.",
            "{a} or {b} in May, mate?",
        ):
            text = sentence_case(template.format(a=a, b=b))
            if found := heads(lint, text):
                wrong[text] = found
    assert not wrong, wrong


@pytest.mark.parametrize(
    "template",
    [
        # A rout of something not a rival: scorn for the doer, which the judge reads.
        "{a} will destroy the economy within a year.",
        "{a} are going to hammer pensioners again.",
        # Someone else's forecast.
        "My uncle says {a} will crush {b} in May.",
        # A reproach, not a call to close ranks; a description, not a call.
        "{a} need to get their act together.",
        "{a} can't stop the infighting, can they.",
        # "her" a possessive, not the one harmed.
        "{a} smashed her first client presentation today.",
        # A plain win may be a forecast.
        "{a} will beat {b} in May, according to the latest poll.",
    ],
)
def test_no_contest_side_where_the_other_side_is_no_rival(template: str) -> None:
    from postlint._rules.politics.contests import contest_side
    from postlint._rules.politics.mention import Mention

    for a, b in RIVALS:
        text = sentence_case(template.format(a=a, b=b))
        draft = civil_servant_draft(text)
        at = text.index(bare_name(a))
        mention = Mention(at, at + len(bare_name(a)), bare_name(a), "party")
        assert contest_side(draft, mention) is None, text


@pytest.mark.parametrize(
    "frame",
    [
        "{} took that interviewer's gotcha apart in about ten seconds.",
        "{} wiped the floor with the presenter who tried to trip them up.",
        "{} gave the heckler a proper schooling at the hustings.",
    ],
)
@pytest.mark.parametrize("who", PARTIES_AND_POLITICIANS)
def test_a_rout_of_someone_they_faced_backs_them(lint: Lint, frame: str, who: str) -> None:
    """An interviewer, a presenter or a heckler routed: the author relishes the win."""
    assert sides_on(lint, frame, who) == {"Supports"}, frame.format(who)
