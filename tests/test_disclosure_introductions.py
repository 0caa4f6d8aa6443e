"""Introductions people open a post with, besides "I work at": "<Org> employee here",
"Disclosure: <Org> employee.", "(I fly for <Org>, so I'm biased)", "Eight months into the
graduate scheme at <Org>", "<Role> with <Org> checking in". Each says who the author is; the
same post without it still needs one, and a customer's or a passenger's words are no
introduction. The sentences are the project's own, over several organisations alike."""

from __future__ import annotations

import pytest

from tests.conftest import Lint, missing_for_each
from tests.conftest import missing_disclosure as missing

EMPLOYERS = [
    ("Kestrel Rail", "conductor"),
    ("Fenwick Building Society", "analyst"),
    ("Oakfield Library Service", "developer"),
    ("DVLA", "engineer"),
]
WORK = "Our team shipped the new booking service this morning after months of work."
LOWER_WORK = WORK[0].lower() + WORK[1:]


@pytest.mark.parametrize(
    "template",
    [
        # A word for its staff and "here", the organisation's name or tag before it.
        "{org} employee here, so take this with a pinch of salt: " + WORK,
        "{org} staff here 👋 " + WORK,
        "Disclosure: {org} employee. " + WORK,
        "Disclaimer - {org} staff. " + WORK,
        # A site named before the body in brackets; a civil or public servant.
        "Senior {role} at Ashby Depot ({org}) here. " + WORK,
        "Civil servant at {org} here, posting for myself: " + WORK,
        # A job at a named place, the employer by another of its names.
        "Senior nurse at St Anne's here. " + WORK,
        "Driver with Northern Lines here. " + WORK,
        # A job done for the employer.
        "(I fly for {org}, so I'm biased) but " + LOWER_WORK,
        "I write for {org}, so forgive the plug: " + LOWER_WORK,
        # How far into a job there.
        "Eight months into the graduate scheme at {org} and " + LOWER_WORK,
        "Three weeks into my new job with {org}. " + WORK,
        # Checking in.
        "{role} with {org} checking in: " + LOWER_WORK,
        # Speaking for it, since joining it, what working there means, work in brackets.
        "Posting on behalf of {org}: " + LOWER_WORK,
        "Since joining {org} last year I've learnt loads. " + WORK,
        "Working for {org} means early starts. " + WORK,
        "At work ({org}) today: " + LOWER_WORK,
        # The employer named as such, a place in its family, its scheme.
        "Employer: {org}. " + WORK,
        "{org} employs me, so bear that in mind. " + WORK,
        "Part of the {org} family for ten years now. " + WORK,
        "Proud member of Team {org}. " + WORK,
        "I'm on {org}'s graduate scheme. " + WORK,
        # The role by what it does there.
        "In my role leading {org}'s digital team, I can say " + LOWER_WORK,
    ],
)
def test_an_introduction_says_who_the_author_is(lint: Lint, template: str) -> None:
    flagged = missing_for_each(lint, template, EMPLOYERS)
    assert not flagged, f"{template!r}: {flagged}"


@pytest.mark.parametrize(
    "template",
    [
        "Hospital staff here were so kind last week. " + WORK,
        "I fly with {org} every month. " + WORK,
        "Six months into my mortgage with {org}. " + WORK,
        "Three days into the sale at {org}. " + WORK,
        "Working at {org} must be chaos today. " + WORK,
    ],
)
def test_a_customers_or_a_strangers_words_are_no_introduction(lint: Lint, template: str) -> None:
    quiet = set(dict(EMPLOYERS)) - set(missing_for_each(lint, template, EMPLOYERS))
    assert not quiet, f"{template!r}: {sorted(quiet)}"


@pytest.mark.parametrize(
    ("organisation", "staff"),
    [("Google", "Googler"), ("Microsoft", "Microsoftie"), ("Amazon", "Amazonian")],
)
def test_a_word_for_the_staff_made_from_the_name_says_who_the_author_is(
    lint: Lint, organisation: str, staff: str
) -> None:
    text = f"{staff} here, obviously biased, but " + LOWER_WORK
    assert not missing(lint, text, organisation, "engineer"), text
    assert missing(lint, WORK, organisation, "engineer")
