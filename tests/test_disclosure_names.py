"""The names staff call their organisation by, and where a disclosure must sit to count.

- Two-letter names a body's own staff use ("EA", "OS") and acronyms with a word in capitals
  ("HM Land Registry" -> "HMLR") are the organisation, in work talk and in a disclosure.
- "#Employee" lost in a string of hashtags at the end of a post is no disclosure (the FTC asks
  for one where readers see it); alone at the end of a short post, or said in it, it is.
The sentences are the project's own."""

from __future__ import annotations

import pytest

from postlint._pack import RulePack
from postlint._rules.disclosure.organisation import organisation_names
from tests.conftest import Lint
from tests.conftest import missing_disclosure as missing


@pytest.mark.parametrize(
    ("organisation", "role", "text"),
    [
        (
            "Environment Agency",
            "permitting officer",
            "EA permitting backlog is down by a third since January. Team's been brilliant.",
        ),
        (
            "Ordnance Survey",
            "data scientist",
            "OS height data update shipped this morning, nine months of work in that.",
        ),
        (
            "HM Land Registry",
            "caseworker",
            "HMLR cleared the whole backlog of title changes this week, huge effort from everyone.",
        ),
    ],
)
def test_a_name_the_staff_use_is_the_organisation(
    lint: Lint, organisation: str, role: str, text: str
) -> None:
    assert missing(lint, text, organisation, role), text


@pytest.mark.parametrize(
    ("organisation", "role", "text"),
    [
        (
            "Environment Agency",
            "flood duty officer",
            "Proud EA employee here: our flood teams were out all night across the county.",
        ),
        (
            "HM Land Registry",
            "caseworker",
            "HMLR caseworker here. We cleared the whole backlog of title changes this week.",
        ),
    ],
)
def test_the_same_name_in_a_disclosure_discloses(
    lint: Lint, organisation: str, role: str, text: str
) -> None:
    assert not missing(lint, text, organisation, role), text


def test_a_word_in_capitals_keeps_its_letters_in_the_acronym(pack: RulePack) -> None:
    assert "HMKI" in organisation_names("HM Kestrel Inspectorate", pack)
    assert "UKFA" in organisation_names("UK Fenwick Authority", pack)


LONG_POST = (
    "What a shift. We left the depot forty minutes late after a signal failure, picked up two "
    "hundred extra passengers from a cancelled service, and still had everyone home before "
    "midnight. Fourteen years in and I still love this job, and the crew were magnificent. "
)


def test_a_position_tag_lost_in_a_string_of_hashtags_is_no_disclosure(lint: Lint) -> None:
    tags = "#Rail #Trains #Travel #KestrelRail #Employee #Careers #Teamwork"
    assert missing(lint, LONG_POST + tags, "Kestrel Rail", "train manager")


@pytest.mark.parametrize(
    "text",
    [
        LONG_POST + "#Employee",
        "I work at Kestrel Rail as a train manager. " + LONG_POST + "#Rail #Trains #Employee",
    ],
)
def test_a_position_tag_alone_or_a_disclosure_in_the_post_counts(lint: Lint, text: str) -> None:
    assert not missing(lint, text, "Kestrel Rail", "train manager"), text
