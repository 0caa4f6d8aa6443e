"""A call to vote turned against its party: "never voting <X> again", "I'm not voting <X>
this time", "Stop voting <X>", and a question that scorns the vote ("Why would anyone still
vote <X>?", "Who in their right mind would vote <X>?"). "Why not vote <X>?" still backs it.
The sentences are the project's own; every party alike."""

from __future__ import annotations

import pytest

from tests.conftest import Lint
from tests.conftest import politics_heads as heads

PARTIES = ["Labour", "Tory", "Conservative", "Lib Dem", "Reform", "Green", "SNP", "Plaid Cymru"]


@pytest.mark.parametrize(
    ("template", "side"),
    [
        ("Never voting {} again after the mess they've made of this town.", "Attacks"),
        ("I'm not voting {} this time, simple as that.", "Attacks"),
        ("Stop voting {} and then moaning about the potholes.", "Attacks"),
        ("No longer voting {}, haven't been for years.", "Attacks"),
        ("Why would anyone still vote {} after this week?", "Attacks"),
        ("Who in their right mind would vote {} after that budget?", "Attacks"),
        ("Why not vote {}? Their plan for buses is the best going.", "Supports"),
        ("Vote {} on Thursday!", "Supports"),
    ],
)
def test_a_call_to_vote_turned_or_scorned_is_against_the_party(
    lint: Lint, template: str, side: str
) -> None:
    wrong = {}
    for party in PARTIES:
        found = heads(lint, template.format(party))
        if not any(h.startswith(side) for h in found) or any(
            not h.startswith(side) and party in h for h in found
        ):
            wrong[party] = found
    assert not wrong, f"{template!r} not {side}: {wrong}"
