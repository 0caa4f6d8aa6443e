"""Work talk the sentence screen is sure of needs a disclosure though MiniLM finds its words
far from the job ("Christmas markets open Friday at the station! … we've moved the mulled
wine away from the platforms" from an events officer at a rail company: the event's words,
not the job's); talk about family, a hobby or a quiz team does
not. The sentences are the project's own."""

from __future__ import annotations

import pytest

from tests.conftest import Lint
from tests.conftest import missing_disclosure as missing


@pytest.mark.parametrize(
    ("organisation", "role", "text"),
    [
        pytest.param(
            "Kestrel Rail",
            "events officer",
            "Christmas markets open Friday at the station! 300 stalls, and we've moved the "
            "mulled wine away from the platforms.",
            marks=pytest.mark.xfail(
                strict=True,
                reason="MiniLM puts the market's words 0.12-0.15 from an events officer at a rail "
                "company: under the bar that keeps every department's outsiders under 1%",
            ),
        ),
        (
            "Oakfield Library Service",
            "events officer",
            "Summer reading challenge opens tomorrow at 8. Posters up, stickers stocked, "
            "and we've still got places for the Saturday club.",
        ),
    ],
)
def test_work_talk_the_screen_is_sure_of_needs_a_disclosure(
    lint: Lint, organisation: str, role: str, text: str
) -> None:
    assert missing(lint, text, organisation, role)


@pytest.mark.parametrize(
    "text",
    [
        "We had the best family holiday in Cornwall, the kids loved the beach.",
        "My team won the pub quiz last night, we were unstoppable.",
        "Finally finished the garden shed project, we're painting it green tomorrow.",
    ],
)
def test_talk_of_family_and_hobbies_needs_none(lint: Lint, text: str) -> None:
    for organisation, role in (
        ("Fenwick Building Society", "backend engineer"),
        ("Kestrel Rail", "conductor"),
    ):
        assert not missing(lint, text, organisation, role), (organisation, text)


@pytest.mark.parametrize(
    ("text", "team"),
    [
        ("We've moved the mulled wine away from the platforms.", True),
        ("Our stall is by the ticket office all weekend.", True),
        ("The new album reminds me of being fifteen.", False),
        ("I love our country and our high streets.", False),
        # "US" in capitals is the country, as in the first person of ``voice``.
        ("The US election reminds me of 2016.", False),
    ],
)
def test_the_lower_bar_needs_the_author_to_speak_for_a_team(text: str, team: bool) -> None:
    # The screen is as sure of a stray "me" in a tweet about anything as of a team's day.
    from postlint._rules.disclosure.work_by_meaning import _a_team

    assert _a_team(text) is team
