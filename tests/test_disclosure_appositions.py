"""More ways a post says where its author works: a job by its initials at a named place ("RN at
the Royal Infirmary (<Org>) here."), a job at a named place as the post's whole first sentence
("Conductor with <Org>."), and a named place beside the author's part in it ("<Place>, the
store I manage", "the show I present on <Org> Radio"). Each says who the author is; the same
post without it still needs a disclosure, and the same words about someone else's place are
no introduction. The sentences are the project's own, over several organisations alike."""

from __future__ import annotations

import pytest

from tests.conftest import Lint, missing_for_each
from tests.conftest import missing_disclosure as missing
from tests.test_disclosure_introductions import EMPLOYERS, LOWER_WORK, WORK


@pytest.mark.parametrize(
    "template",
    [
        # A job by its initials, at a site named with the body in brackets, then "here".
        "RN at the Ashby Depot ({org}) here. " + WORK,
        "GP at Riverside ({org}) here. " + WORK,
        # A job at the body as the post's whole first sentence.
        "Senior {role} with {org}. " + WORK,
        "{role} at {org}! " + WORK,
        # A named place and the author's part in it, side by side.
        "Big week at {org}, the team I lead: " + LOWER_WORK,
        "Ashby Depot ({org}), the depot I manage, had a big week. " + WORK,
        "Tomorrow on Breakfast, the show I present on {org} Radio: " + LOWER_WORK,
        "Proud of the team I lead at {org}. " + WORK,
    ],
)
def test_an_introduction_says_who_the_author_is(lint: Lint, template: str) -> None:
    flagged = missing_for_each(lint, template, EMPLOYERS)
    assert not flagged, f"{template!r}: {flagged}"


def test_the_same_post_without_it_still_needs_one(lint: Lint) -> None:
    assert len(missing_for_each(lint, WORK, EMPLOYERS)) == len(EMPLOYERS)


@pytest.mark.parametrize(
    "template",
    [
        "Lunch with {org}. " + WORK,  # not a job
        "Big week at {org}, the team I support every Saturday: " + LOWER_WORK,  # a fan's
        "Tomorrow on Breakfast, the show I listen to on {org} Radio: " + LOWER_WORK,
    ],
)
def test_someone_elses_place_is_no_introduction(lint: Lint, template: str) -> None:
    quiet = set(dict(EMPLOYERS)) - set(missing_for_each(lint, template, EMPLOYERS))
    assert not quiet, f"{template!r}: {sorted(quiet)}"


def test_initials_need_a_named_place_and_here(lint: Lint) -> None:
    """Initials alone, or a place without "here", say nothing of the author's job."""
    assert missing(lint, "BBC at the Riverside Hall tonight. " + WORK, "Kestrel Rail", "conductor")
