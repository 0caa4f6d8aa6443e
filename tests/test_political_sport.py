"""A party's name that is also a team's colours or a horse's name, in a post about a match or a
race, is the team or the horse: "Up the Greens! What a match", "Reform got beat by a length".
The same names in a post about an election keep their side. The sentences are the project's
own; every name that is both a party's and an everyday word alike."""

from __future__ import annotations

import pytest

from tests.conftest import Lint
from tests.conftest import politics_messages as politics

#: Parties' names that are everyday words too, as a horse or a team may be called.
NAMES = ["Reform", "Labour", "National", "Liberal", "Green", "the Greens"]


@pytest.mark.parametrize(
    "template",
    [
        "Up {0}! What a match that was, and the derby next week.",
        "{0} got beat by a length at Kempton, there goes my tenner.",
        "Had a fiver on {0} in the 3:10. The jockey came off at the second fence 🙈",
        "{0} 2-1 Rovers, and the winner in stoppage time! Get in!",
        "Lovely afternoon at the races, a horse called {0} came in at 20-1.",
    ],
)
def test_a_party_name_in_a_post_about_a_match_or_a_race_is_quiet(lint: Lint, template: str) -> None:
    flagged = {n: m for n in NAMES if (m := politics(lint, template.format(n)))}
    assert not flagged, f"{template!r}: {flagged}"


@pytest.mark.parametrize(
    ("template", "word"),
    [
        ("Up {0}! Polls close at 10, get out and vote.", "Supports"),
        ("{0} got thrashed in the by-election, good riddance.", "Attacks"),
        ("The {0} campaign kick-off in Leeds was a total shambles.", "Attacks"),
    ],
)
def test_the_same_names_in_a_post_about_an_election_keep_their_side(
    lint: Lint, template: str, word: str
) -> None:
    for party in ["the Greens", "Reform UK", "the Lib Dems", "the Conservatives"]:
        messages = politics(lint, template.format(party))
        assert any(m.startswith(word) for m in messages), (template, party, messages)


@pytest.mark.parametrize(
    "text",
    [
        "The Greens sorted out the pitch before Saturday's match, what a side.",
        "Reform kept a clean sheet in the derby, the keeper was unreal.",
    ],
)
def test_a_team_named_like_a_party_doing_well_is_no_support(lint: Lint, text: str) -> None:
    assert not any(m.startswith("Supports") for m in politics(lint, text)), text
