"""The author as their organisation's customer, or a citizen it serves, is not talking about
their work: "<Org> kept me on hold for an hour", "my <Org> renewal came through". Naming the
employer there needs no disclosure; the same names in the author's work talk still do. The
sentences are the project's own, over several organisations alike."""

from __future__ import annotations

import pytest

from tests.conftest import Lint
from tests.conftest import missing_disclosure as missing

#: Organisations, as an author's config names them, with a job there.
EMPLOYERS = [
    ("DVLA", "casework officer"),
    ("Kestrel Rail", "conductor"),
    ("Fenwick Building Society", "savings product manager"),
    ("Oakfield Library Service", "library assistant"),
    ("Northgate Hospitals NHS Trust", "staff nurse"),
]


@pytest.mark.parametrize(
    "template",
    [
        "{} kept me on hold for forty minutes this morning. The music is still in my head.",
        "{} cancelled my booking without a word, so that's Saturday sorted then.",
        "Finally got a letter from {} about the refund. Only took six weeks.",
        "Rang {} three times today and waited on hold every time. Gave up and had a biscuit.",
        "My {} card stopped working in the middle of the big shop. Mortifying.",
        "{} app down again 😤 Can't even check a thing.",
        "Still waiting for my refund from {}. Three weeks and counting.",
    ],
)
def test_the_author_served_by_their_organisation_needs_no_disclosure(
    lint: Lint, template: str
) -> None:
    flagged = {
        org: found
        for org, role in EMPLOYERS
        if (found := missing(lint, template.format(org), org, role))
    }
    assert not flagged, f"{template!r}: {flagged}"


@pytest.mark.parametrize(
    "template",
    [
        "{} kept us busy all week: we cleared the whole backlog by Friday.",
        "{} shipped the new booking system today and we are all shattered. Worth it.",
        "{} app down again and my team has been on call all night fixing it 😤",
    ],
)
def test_the_same_names_in_the_authors_work_talk_still_need_one(lint: Lint, template: str) -> None:
    quiet = [org for org, role in EMPLOYERS if not missing(lint, template.format(org), org, role)]
    assert not quiet, f"{template!r}: no finding for {quiet}"
