"""The author's organisation named as the group they speak for ("At <Org>, we…", "Our engineers
at <Org>…", "<Org>'s digital team has been busy: here's what we shipped", "As <Org>'s head of
accessibility, I…") says where the author works: "you don't say you work at <Org>" beside it
contradicts the screen. A role at a named body in forms that name any employer ("In my new
role as …", "I'm the DVLA digital lead", "Having been with <Org> since the spring", "As Head of
Digital at <Org>") counts too. A customer's, a visitor's or a partner's words beside the name
are no disclosure. The sentences are the project's own, over several organisations alike."""

from __future__ import annotations

import pytest

from tests.conftest import Lint, missing_for_each
from tests.conftest import missing_disclosure as missing

EMPLOYERS = [
    ("Kestrel Rail", "conductor"),
    ("Fenwick Building Society", "analyst"),
    ("Oakfield Borough Council", "planning officer"),
    ("Department for Transport", "policy adviser"),
]
WORK = "We shipped the new booking service this morning after months of work."


@pytest.mark.parametrize(
    "template",
    [
        "At {org}, we've been flat out on the new timetable launch this week. " + WORK,
        "At {org} we're rolling out new ticket machines this month. " + WORK,
        "Our engineers at {org} worked through the night to fix the points. " + WORK,
        "Our whole team in {org} has been on this since March. " + WORK,
        "{org}'s digital team has been busy: here's what we shipped this month.",
        "Busy month for the {org} content team, and what we plan next is even bigger.",
        "Me and the rest of the {org} crew have been busy getting the new service ready. " + WORK,
        "We're the {org} data team, and this month we shipped three new dashboards.",
        "As {org}'s longest-serving {role}, I've seen every kind of delay. " + WORK,
        "In my new role as senior {role} I'll be looking after the launch. " + WORK,
        "In my current role as a {role}, I see this every day. " + WORK,
        "From the {org} team at Hatton: sorry for this morning's delays. " + WORK,
        "Another twelve-hour shift at {org} done. " + WORK,
        "Night shift for {org} done, forty trains through the depot. " + WORK,
    ],
)
def test_the_organisation_as_the_authors_group_discloses(lint: Lint, template: str) -> None:
    flagged = missing_for_each(lint, template, EMPLOYERS)
    assert not flagged, f"{template!r}: {flagged}"


@pytest.mark.parametrize(
    "text",
    [
        "Hi, I'm the DVLA digital lead, and this is what my team built this spring. " + WORK,
        "Having been with Fenwick Building Society since the spring, I've learnt a lot. " + WORK,
        "As Head of Digital at Northgate Hospitals, I get asked about the app a lot. " + WORK,
        "As Chair of Governors at Oakfield Primary School, I see the budget up close. " + WORK,
        # Any body named as the place "we" work, whichever it is.
        "At the Northgate Hospitals NHS Trust, we've been testing the new app. " + WORK,
        "At the Office of the Rail Regulator (ORR) we read every complaint. " + WORK,
        "Here at DVLA we've redesigned the renewal letters. " + WORK,
        "At Oakfield Library Service, our volunteers run the reading groups. " + WORK,
        "From all of us at the Fenwick Foundation, thank you. " + WORK,
        "Rule number one for us at Kestrel Rail Services is to start with passengers. " + WORK,
        "Hello, I'm Priya and I'm the programme manager leading the DVLA's data team. " + WORK,
        "I'm a senior nurse running Northgate's flu clinics this winter. " + WORK,
        # A role, what it is for, then the body: the position is stated whatever comes between.
        "My name is Tom and I'm the content manager for the records project at the Oakfield"
        " Borough Council. " + WORK,
        "I'm a data analyst on the flood team in the Environment Agency. " + WORK,
        "I'm one of the lead designers for the new app at Kestrel Rail. " + WORK,
    ],
)
def test_a_role_at_any_named_body_discloses(lint: Lint, text: str) -> None:
    flagged = [org for org, role in EMPLOYERS if missing(lint, text, org, role)]
    assert not flagged, flagged


@pytest.mark.parametrize(
    "template",
    [
        # A customer, a visitor, a partner: the "we" is not the organisation's staff.
        "Thanks to the {org} team, we got home safe last night. " + WORK,
        "Shout out to the {org} crew who helped us with the pushchair. " + WORK,
        "Our friends at {org} sent us a lovely card. " + WORK,
        "We met the {org} team yesterday and we talked about accessibility. " + WORK,
        "At the station we waited an hour for {org} to answer. " + WORK,
        # A past role, or someone else's.
        "In my old role as a {role} I saw this every day. " + WORK,
        "My sister is {org}'s longest-serving {role}. " + WORK,
        # Someone else's shift, a letter from the organisation.
        "The {role} on shift at {org} was lovely to my mum. " + WORK,
        "Got a letter from the {org} team about my refund. " + WORK,
        # An occasion or a place opening the sentence is not an employer.
        "As Christmas at {org} approaches, we've been planning the extra trains. " + WORK,
        "At Christmas, we went to see the lights. " + WORK,
        "At Whitby we had chips on the harbour wall. " + WORK,
        "Thanks for having us at the Harbour Museum last week. " + WORK,
        "At the Kestrel Valley Arms, we had the best Sunday roast. " + WORK,
        # No role named before the body: a part in a photo or a show.
        "I'm the one in the blue hat in the photo at the {org} open day. " + WORK,
    ],
)
def test_a_customers_or_partners_words_are_no_disclosure(lint: Lint, template: str) -> None:
    quiet = [
        org
        for org, role in EMPLOYERS
        if not missing(lint, template.format(org=org, role=role), org, role)
    ]
    assert not quiet, f"{template!r}: {quiet}"


def test_the_same_work_talk_without_it_needs_one(lint: Lint) -> None:
    quiet = [org for org, role in EMPLOYERS if not missing(lint, WORK, org, role)]
    assert not quiet, quiet
