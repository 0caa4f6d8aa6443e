"""Shift talk far from the job's words is the job's talk for the one whose job it is, and no
one else's (the job-talk head, ``postlint._engine.job_talk``: MiniLM's cosine alone put
these posts too far from "<role> at <organisation>"). The sentences are the project's own,
not in the training pairs."""

from __future__ import annotations

import pytest

from tests.conftest import Lint
from tests.conftest import missing_disclosure as missing

PHARMACY = (
    "I have checked 212 prescriptions today and found one that would have floored someone. "
    "That's the job."
)
AMBULANCE = (
    "I've done three cardiac arrests on this shift and it's not even midnight. "
    "Everyone went in breathing."
)
CORRIDORS = (
    "I did 19 miles of corridor on my shift today, pushed two beds and a man who told me "
    "his whole life story."
)


@pytest.mark.parametrize(
    ("text", "organisation", "role"),
    [
        (PHARMACY, "Northgate Hospitals NHS Trust", "pharmacist"),
        (AMBULANCE, "Northgate Hospitals NHS Trust", "paramedic"),
    ],
)
def test_shift_talk_is_the_job_talk_of_its_trade(
    lint: Lint, text: str, organisation: str, role: str
) -> None:
    assert missing(lint, text, organisation, role)


@pytest.mark.parametrize(
    ("text", "organisation", "role"),
    [
        (PHARMACY, "HM Revenue and Customs", "compliance officer"),
        (PHARMACY, "Fenwick Building Society", "mortgage adviser"),
        (AMBULANCE, "Department for Education", "policy adviser"),
        (AMBULANCE, "Kestrel Rail", "conductor"),
        # (The first head read 0.50 for a transport adviser: "miles" is the department's word.)
        (CORRIDORS, "Department for Transport", "policy adviser"),
    ],
)
def test_someone_elses_shift_talk_is_not_the_authors_job_talk(
    lint: Lint, text: str, organisation: str, role: str
) -> None:
    assert not missing(lint, text, organisation, role)
