"""Shift talk with its "I" dropped, as diaries and posts write it ("Checked 212 prescriptions
before lunch"), is the author's own voice: read by meaning like "I checked…", for the one
whose trade it is and no one else's; a notice or a passive ("Closed on Sundays", "Delayed by
fog") is nobody's diary. The sentences are the project's own."""

from __future__ import annotations

import pytest

from postlint._rules.voice import diary_voice
from tests.conftest import Lint
from tests.conftest import missing_disclosure as missing

PRESCRIPTIONS = (
    "Checked 212 prescriptions before lunch and caught one that would have floored someone."
)
ARRESTS = "Did three cardiac arrests before midnight. Everyone went in breathing."
OFFERS = "Got three first-time buyers their offers today. One of them cried down the phone."
FREIGHT = (
    "Spent eleven hours in the box and routed forty freight trains through the junction "
    "without a single delay."
)


@pytest.mark.parametrize(
    ("text", "organisation", "role"),
    [
        (PRESCRIPTIONS, "Northgate Hospitals NHS Trust", "pharmacist"),
        (ARRESTS, "Northgate Hospitals NHS Trust", "paramedic"),
        (OFFERS, "Fenwick Building Society", "mortgage adviser"),
        (FREIGHT, "Kestrel Rail", "signaller"),
    ],
)
def test_a_diary_of_the_shift_is_the_authors_job_talk(
    lint: Lint, text: str, organisation: str, role: str
) -> None:
    assert missing(lint, text, organisation, role)


@pytest.mark.parametrize(
    ("text", "organisation", "role"),
    [
        (PRESCRIPTIONS, "Kestrel Rail", "conductor"),
        (ARRESTS, "HM Revenue and Customs", "compliance officer"),
        (OFFERS, "Department for Education", "policy adviser"),
        (
            "Watched the match last night, what a finish. Still buzzing.",
            "Kestrel Rail",
            "signaller",
        ),
        (
            "Finished the half marathon in 1:52 and raised £600 for the hospice. Legs gone.",
            "Northgate Hospitals NHS Trust",
            "pharmacist",
        ),
        (
            "Proud of my daughter today, she passed her driving test first time.",
            "Kestrel Rail",
            "conductor",
        ),
    ],
)
def test_a_diary_of_something_else_is_not_job_talk(
    lint: Lint, text: str, organisation: str, role: str
) -> None:
    assert not missing(lint, text, organisation, role)


@pytest.mark.parametrize(
    "sentence",
    [
        "Caught three babies before sunrise.",
        "Ate lunch at 9pm in the back of the van.",
        "Just handed over 38 patients.",
        "Finally got the keys.",
        "Proud of the whole counter team today.",
        "Knackered.",
    ],
)
def test_a_dropped_i_is_the_authors_voice(sentence: str) -> None:
    assert diary_voice(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Closed on Sundays and bank holidays.",
        "Delayed by fog at Hatton.",
        "Based in Leeds.",
        "Red buses only on this route.",
        "Hundreds queued outside.",
        "United were awful.",
        "Pleased to see the new sanctions.",
        "The library reopened today.",
    ],
)
def test_a_notice_or_a_report_is_not(sentence: str) -> None:
    assert not diary_voice(sentence)
