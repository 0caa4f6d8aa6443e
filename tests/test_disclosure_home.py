"""A family's "we" is no team's: "We launched the kids' lemonade stand", "We shipped the kids
off to their nan's" need no disclosure; a teacher's "We launched the kids' reading challenge"
is their work and still does. The sentences are the project's own."""

from __future__ import annotations

import pytest

from tests.conftest import EVERY_PARTY, Lint, sentence_case
from tests.conftest import missing_disclosure as missing

EMPLOYERS = [
    ("Kestrel Rail", "conductor"),
    ("Fenwick Building Society", "analyst"),
    ("DVLA", "developer"),
]


@pytest.mark.parametrize(
    "text",
    [
        "We launched the kids' lemonade stand this afternoon. £3.40 profit and sticky fingers.",
        "We shipped the kids off to their nan's for the weekend. Silence!",
        "We finally launched the treehouse today, the dog is not impressed.",
    ],
)
def test_a_familys_we_needs_no_disclosure(lint: Lint, text: str) -> None:
    flagged = {org: found for org, role in EMPLOYERS if (found := missing(lint, text, org, role))}
    assert not flagged, flagged


def test_a_teams_launch_still_needs_one(lint: Lint) -> None:
    text = "We launched the new booking service this morning, months of work."
    quiet = [org for org, role in EMPLOYERS if not missing(lint, text, org, role)]
    assert not quiet, quiet


def test_a_teachers_kids_are_their_work(lint: Lint) -> None:
    text = "We launched the kids' reading challenge in class today, they loved it."
    assert missing(lint, text, "Oakfield Primary School", "teacher"), text


@pytest.mark.parametrize(
    "text",
    [
        "My team absolutely bottled it again. 2-0 up at half time and we lose 3-2 at home.",
        "Spent Saturday morning at the food bank sorting tins. If you've got a spare hour, "
        "they badly need volunteers.",
        "Running the half marathon for the hospice in memory of my uncle. Every quid helps, "
        "link in bio.",
        "British Gas have estimated my bill at 600 pounds for a flat I was away from. "
        "Meter readings submitted.",
        "Proud of my team today. Under-10s, first tackle session, nobody cried (except me).",
        "We launched the kayaks at the lake at dawn. Mist on the water, not a soul around.",
        "Our launch went perfectly this morning! The little dinghy Dad and I restored over "
        "three winters is finally floating.",
        # A side's "we", with no score in it:
        "Two-nil at the break and we bottled it.",
        "We've waited three years for this tour and the label won't even confirm dates. Us "
        "fans deserve better.",
    ],
)
def test_a_match_a_good_cause_and_a_bill_at_home_need_no_disclosure(lint: Lint, text: str) -> None:
    flagged = {org: found for org, role in EMPLOYERS if (found := missing(lint, text, org, role))}
    flagged.update(
        {"nurse": found}
        if (found := missing(lint, text, "Northgate Hospitals NHS Trust", "staff nurse"))
        else {}
    )
    assert not flagged, flagged


#: Civil servants of departments whose work the statements below are not about (a defence
#: analyst's "our military" is on their own field, and read as the rest of their work is).
CIVIL_SERVANTS = [
    ("Department for Transport", "policy adviser"),
    ("Department for Education", "statistician"),
    ("Department for Culture, Media and Sport", "policy adviser"),
    ("Home Office", "caseworker"),
]


@pytest.mark.parametrize(
    "text",
    [
        "The new defence bill will rebuild our military and modernise our capabilities.",
        "We have to secure our southern border before anything else.",
        "This vote is about protecting our national security, nothing more.",
        "We must scrap this tax before it does any more damage to our high streets.",
        "We need a government that puts our pensioners first, not its donors.",
    ],
)
def test_a_nations_we_in_a_political_statement_needs_no_disclosure(lint: Lint, text: str) -> None:
    """A "we" that takes a political side is a nation's or a party's: the politics rules read
    the statement; "you talk about your work" was a second, wrong finding on it."""
    flagged = {
        org: found for org, role in CIVIL_SERVANTS if (found := missing(lint, text, org, role))
    }
    assert not flagged, flagged


def test_a_departments_own_news_in_its_we_still_needs_one(lint: Lint) -> None:
    text = "We've just published our new guidance on step-free access at rail stations."
    assert missing(lint, text, "Department for Transport", "policy adviser"), text


@pytest.mark.parametrize(
    "text",
    [
        "first week back without the office series how are we feeling",
        "first weekend without the final season, how are we feeling",
        "Cup final tomorrow, are we ready?? 🏆",
        "New album drops at midnight... how r we coping",
        "Second day of the heatwave and how are we all holding up",
    ],
)
def test_the_audiences_we_in_a_question_to_it_is_no_team(lint: Lint, text: str) -> None:
    """ "How are we feeling" asks the readers, fans of a show or a team; the author speaks
    for no team at work, whichever department they are at."""
    flagged = {
        org: found for org, role in CIVIL_SERVANTS if (found := missing(lint, text, org, role))
    }
    assert not flagged, flagged


#: Departments whose jobs MiniLM puts nearest to a movement's or a nation's "we" (pensions,
#: health, students, defence): each let one of the sentences below through once.
NEAR_TO_POLITICS = [
    ("Department for Transport", "policy adviser"),
    ("HM Treasury", "economist"),
    ("Department of Health and Social Care", "policy adviser"),
    ("Ministry of Defence", "policy adviser"),
    ("Department for Education", "policy adviser"),
    ("Home Office", "policy adviser"),
]


@pytest.mark.parametrize(
    "text",
    [
        "We're capable of making our own decisions about our own bodies, thank you very much.",
        "Enough of being lectured by people who have never lived here. We know what our town "
        "needs.",
        "Stop telling students to just work harder. We are drowning in debt and nobody is "
        "listening.",
        "We've marched for this three years running and we will march again next spring.",
        "Hands off our pensions. We paid in all our working lives and we deserve better than this.",
        "What we have learned from the last decade is that people who feel ignored will vote for "
        "anyone who promises to listen.",
    ],
)
def test_a_movements_we_is_no_team_however_near_the_job(lint: Lint, text: str) -> None:
    """A "we" in a post that takes a political side (in its sentence or the sentence before)
    speaks for a movement, a generation or a nation: the author's team only where it reads
    as plainly near the job as a post the screen does not read as work talk."""
    flagged = {
        org: found for org, role in NEAR_TO_POLITICS if (found := missing(lint, text, org, role))
    }
    assert not flagged, flagged


@pytest.mark.parametrize(
    "text",
    [
        "Out on the doorstep with our brilliant candidate in Hillfield ward today #VoteGreen",
        "Our team knocked on 400 doors this morning for Priya Ramsden #LabourDoorstep",
        "Great morning out with our local team talking to residents about buses and roads "
        "#VoteConservative",
        "We were out in force at the station this morning handing out leaflets #VoteReform",
        "Our volunteers have been phone banking all week, we can do this #VoteSNP",
        "On my way to cast my vote for our outstanding candidate, then back out canvassing with "
        "the team #VoteLibDem",
    ],
)
def test_a_campaigns_we_and_team_are_no_work_talk(lint: Lint, text: str) -> None:
    """A post that campaigns, by a campaign tag or in words of campaigning, speaks for the
    campaign: its "our team" and "our candidate" are the side's, whatever department the
    author works at and however near its words are to the job (the politics rules read the
    campaigning itself)."""
    flagged = {
        org: found for org, role in NEAR_TO_POLITICS if (found := missing(lint, text, org, role))
    }
    assert not flagged, flagged


@pytest.mark.parametrize("party", EVERY_PARTY)
def test_an_attack_beside_a_teams_work_leaves_it_work_talk(lint: Lint, party: str) -> None:
    """Only a campaign makes "my team" a side's: an attack in the same post is the politics
    rules' finding, and the team is still the author's at work."""
    text = (
        "Really proud of my team for getting the new cycling guidance out. Big day. "
        f"{sentence_case(party)} have wrecked this country."
    )
    assert missing(lint, text, "Department for Transport", "policy adviser"), text


def test_canvassing_views_is_a_teams_work(lint: Lint) -> None:
    text = "Our team is canvassing views on the new timetable all week, have your say."
    assert missing(lint, text, "Department for Transport", "policy adviser"), text


@pytest.mark.parametrize(
    "text",
    [
        "We urge every council to back bus franchising before the summer.",
        "We call on ministers to scrap the two-child limit now.",
        "We will keep fighting for fair funding for our rural schools.",
    ],
)
def test_a_campaigns_we_gets_no_lower_bar_for_work_talk(lint: Lint, text: str) -> None:
    """A "we" that urges, calls on or fights for a policy is a campaign's or a party's: the
    political-risk judge reads a stance in it, though the screen reads team talk. Far from
    the author's job (a Treasury economist), it is not their work."""
    assert not missing(lint, text, "HM Treasury", "economist"), text
