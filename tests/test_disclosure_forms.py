"""Disclosures in forms people use besides "I work at": "Day job: <Org>", "<Org> conductor by
trade", "<Org> analyst hat on:", "(<Org> dev, for the avoidance of doubt)". Each counts; the
same post without it still needs one. The sentences are the project's own, over several
organisations alike. A customer's verbs ("I bank with <Org>") are no disclosure."""

from __future__ import annotations

import pytest

from tests.conftest import Lint, missing_for_each
from tests.conftest import missing_disclosure as missing

EMPLOYERS = [
    ("Kestrel Rail", "conductor"),
    ("Fenwick Building Society", "analyst"),
    ("Oakfield Library Service", "developer"),
    ("DVLA", "developer"),
]
WORK = "Our team shipped the new booking service this morning after months of work."


@pytest.mark.parametrize(
    "template",
    [
        "Day job: {org}. " + WORK,
        "My day job is at {org}. " + WORK,
        "{org} {role} by trade, so take this with a pinch of salt. " + WORK,
        "{org} {role} hat on: " + WORK,
        WORK + " ({org} {role}, for the avoidance of doubt)",
        # A job done for the employer, a promotion, a new start, a tenure, a stage of a job.
        "I answer phones at {org}. " + WORK,
        "Delighted to share that I've been promoted to Senior {role} at {org}. " + WORK,
        "Proud to have joined {org} this month as a {role}. " + WORK,
        "Twenty years working for {org} and still learning. " + WORK,
        "Twenty years driving trains for {org} and the new fleet is the best yet. " + WORK,
        "Six months into my graduate scheme at {org}. " + WORK,
        "I'm Dana, a {role} at {org}. " + WORK,
        # The job said without a person noun, in the sentence that names the employer.
        "I train new starters for {org}, so I'm biased. " + WORK,
        "For the record, answering complaints for {org} is my actual job. " + WORK,
        "Work news, and yes {org} pays me. " + WORK,
        "My day job is advising at {org}. " + WORK,
        "{org} {role} for fourteen years. " + WORK,
        "Everyone asks what I actually do at {org}. " + WORK,
        "Confession from a {org} {role}: I still get lost in the car park. " + WORK,
        "Senior {role} ({org}) with a public service announcement: " + WORK,
        "Opinions my own, but for transparency I work at {org}. " + WORK,
        "{role} with {org} in Leeds, posting off the clock: " + WORK,
        "Senior {role} at {org} (yes, the day job) answering the question I get weekly. " + WORK,
        "Bias alert, {org} {role} speaking: " + WORK,
        "I co-founded {org}, so I'm biased. " + WORK,
        "{org} colleague here 👋 " + WORK,
        "{org}, where I work, is on a roll. " + WORK,
        "Shoutout to {org} (my employer, full disclosure). " + WORK,
        "On the {org} front desk this week (my actual job, not a scam!). " + WORK,
        WORK + " Yes, {org} is my day job.",
        "Work post: {org} pays my wages. " + WORK,
        "Wearing my work hat ({role} at {org}): " + WORK,
        # Opening the post as a headline would: how long in, a place after the name, then
        # the author's own news.
        "Second year {role} at {org} Derby and today " + WORK[0].lower() + WORK[1:],
        "{role} with {org} on Holy Island and we just shipped the new booking service.",
        "20-year {role} at {org}. " + WORK,
    ],
)
def test_an_unusual_but_plain_disclosure_counts(lint: Lint, template: str) -> None:
    flagged = missing_for_each(lint, template, EMPLOYERS)
    assert not flagged, f"{template!r}: {flagged}"


def test_the_same_work_talk_without_it_needs_one(lint: Lint) -> None:
    quiet = [org for org, role in EMPLOYERS if not missing(lint, WORK, org, role)]
    assert not quiet, quiet


@pytest.mark.parametrize(
    "text",
    [
        "I bank with {org} and their app is fine. " + WORK,
        "Ten years shopping at {org}. " + WORK,
        "I shop at {org} every week. " + WORK,
        "Queuing at {org} again and I am losing the will. " + WORK,
    ],
)
def test_a_customers_words_are_no_disclosure(lint: Lint, text: str) -> None:
    quiet = [org for org, role in EMPLOYERS if not missing(lint, text.format(org=org), org, role)]
    assert not quiet, quiet


@pytest.mark.parametrize(
    ("organisation", "name"),
    [
        # A national body without its country, or by its acronym.
        ("US Food and Drug Administration", "the FDA"),
        ("US Census Bureau", "the Census Bureau"),
        ("UK Health Security Agency", "the UKHSA"),
        # A firm without its legal form, a body without its kind, "&" for "and".
        ("Irwin & Rhodes LLP", "Irwin & Rhodes"),
        ("Kestrel Rail plc", "Kestrel Rail"),
        ("Quill & Ember Limited", "Quill & Ember"),
        ("Oakfield Fire and Rescue Service", "Oakfield Fire & Rescue"),
        ("Northgate Hospitals NHS Foundation Trust", "Northgate Hospitals"),
    ],
)
def test_a_body_goes_by_the_names_its_staff_use(lint: Lint, organisation: str, name: str) -> None:
    text = f"Field officer at {name}, answering the question my family asks every year. " + WORK
    assert not missing(lint, text, organisation, "field officer"), text
    assert missing(lint, WORK, organisation, "field officer")


def test_a_sign_off_with_a_place_in_brackets_discloses(lint: Lint) -> None:
    text = WORK + " — Gareth Price, Operational Support Grade, Kestrel Rail (Leeds depot)"
    assert not missing(lint, text, "Kestrel Rail", "operational support grade")


def test_a_sign_off_with_a_place_after_the_name_discloses(lint: Lint) -> None:
    text = WORK + " — Head Gardener, Oakfield Parks Trust Westgate"
    assert not missing(lint, text, "Oakfield Parks Trust", "head gardener")


def test_a_body_configured_with_its_country_in_brackets_goes_by_its_acronym(lint: Lint) -> None:
    text = "Ranger with ORR on Holy Island and we just shipped the new booking service."
    assert not missing(lint, text, "Office of Rail Regulation (UK)", "ranger")
    assert missing(lint, WORK, "Office of Rail Regulation (UK)", "ranger")


@pytest.mark.parametrize(
    "template",
    [
        # The configured role in the author's own words, however it is typed, with the
        # employer in lower case or not named: the role says who the author is.
        "im a {role} at {lower_org} lol. " + WORK,
        "i'm a {role} and " + WORK[0].lower() + WORK[1:],
        "As a senior {role}, I can tell you this: " + WORK,
        "speaking as a {role}: " + WORK,
    ],
)
def test_the_authors_own_role_in_their_own_words_counts(lint: Lint, template: str) -> None:
    flagged = missing_for_each(lint, template, EMPLOYERS)
    assert not flagged, f"{template!r}: {flagged}"


@pytest.mark.parametrize(
    "template",
    [
        "My brother is a {role} at {lower_org}. " + WORK,
        "Jobs such as a {role} are hard to fill. " + WORK,
        "I used to work as a {role} years ago. " + WORK,
        "{org} is not my employer, for the record. " + WORK,
    ],
)
def test_someone_elses_or_a_past_role_is_no_disclosure(lint: Lint, template: str) -> None:
    quiet = set(dict(EMPLOYERS)) - set(missing_for_each(lint, template, EMPLOYERS))
    assert not quiet, f"{template!r}: {sorted(quiet)}"
