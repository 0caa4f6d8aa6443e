"""A party written without "the" or in lower case ("Greens want…", "labour promised…",
"National's tax cuts", "our Conservative councillors"), in a sentence the judge reads as a
support or an attack naming no one the lists know, is whom the message names, not "a party
or politician". Every party of three countries alike; the sentences are the project's own.
"""

from __future__ import annotations

import pytest

from tests.conftest import PARTIES_AND_POLITICIANS, Lint, sides_on

#: Parties as people write them in a hurry, and the name the message should carry.
PARTY_FORMS = [
    "Greens",
    "labour",
    "tories",
    "Reform",
    "Democrats",
    "Republicans",
    "Liberals",
]

FRAMES = [
    "{} want to ban my wood burner now 🤡🤡🤡",
    "{} actually delivered on the minimum wage rise, fair play to them.",
    "{} promised change and all I've seen is my energy bill go up. never again",
    "{}'s tax cuts for landlords were paid for by cutting school lunches. Disgraceful.",
]


@pytest.mark.parametrize("frame", FRAMES)
@pytest.mark.parametrize("party", PARTY_FORMS)
def test_a_party_written_bare_is_named_in_the_message(lint: Lint, frame: str, party: str) -> None:
    text = frame.format(party)
    heads = [
        d.message.split(":")[0]
        for d in lint(text).diagnostics
        if d.rule in ("politics.partisan-attack", "politics.partisan-endorsement")
    ]
    assert heads, text
    # as the lexicons write it: "labour" is named "Labour" (test_political_names_as_written)
    assert all(party.lower() in head.lower() for head in heads), (text, heads)


@pytest.mark.parametrize("party", ["National", "Nationals", "Coalition"])
def test_a_party_that_is_an_everyday_word_is_named_by_its_capital(lint: Lint, party: str) -> None:
    text = FRAMES[3].format(party)
    heads = [
        d.message.split(":")[0] for d in lint(text).diagnostics if d.rule.startswith("politics.")
    ]
    assert heads and all(party in head for head in heads), (text, heads)


@pytest.mark.parametrize("party", ["Conservative", "Labour", "Green", "Democratic", "Republican"])
def test_thanks_to_a_partys_councillors_names_them(lint: Lint, party: str) -> None:
    text = f"Big thank you to our {party} councillors for freezing council tax again this year."
    heads = [
        d.message.split(":")[0]
        for d in lint(text).diagnostics
        if d.rule == "politics.partisan-endorsement"
    ]
    assert heads and all(party in head for head in heads), (text, heads)


@pytest.mark.parametrize(
    "party", ["Liberal Party", "Green Party", "Labor Party", "Conservative Party"]
)
@pytest.mark.parametrize(("rank", "side"), [("last", "Attacks"), ("first", "Supports")])
def test_a_preferential_ballots_call_takes_its_side_for_every_party(
    lint: Lint, party: str, rank: str, side: str
) -> None:
    text = f"Enrolled and ready: put the {party} {rank} on Saturday."
    heads = [
        d.message.split(":")[0] for d in lint(text).diagnostics if d.rule.startswith("politics.")
    ]
    assert heads and all(head.startswith(side) and party in head for head in heads), (text, heads)


MOCKING_VOTE_CALLS = [
    ("Vote {} if you want your council tax raised again lol", "Attacks"),
    ("Vote {} if you like chaos.", "Attacks"),
    ("Vote {} if you want the library shut and the buses cut.", "Attacks"),
    ("Vote {} if you want cleaner rivers and a proper bus service.", "Supports"),
    ("Vote {} if you want more nurses on the wards.", "Supports"),
]


@pytest.mark.parametrize(("frame", "side"), MOCKING_VOTE_CALLS)
@pytest.mark.parametrize("who", PARTIES_AND_POLITICIANS)
def test_a_vote_call_that_promises_a_harm_mocks_the_party(
    lint: Lint, frame: str, side: str, who: str
) -> None:
    """ "Vote <X> if you want your taxes raised again": against <X>, whoever <X> is."""
    assert sides_on(lint, frame, who) == {side}, frame.format(who)


@pytest.mark.parametrize(
    "party",
    ["Labour", "Conservative", "Tory", "Green", "Liberal", "Reform", "SNP", "Democrat", "GOP"],
)
@pytest.mark.parametrize(
    ("frame", "side"),
    [
        ("The {}-run council has closed the library again. Shameful.", "Attacks"),
        ("Credit where it's due, the {}-led county council gritted the back roads.", "Supports"),
    ],
)
def test_the_party_running_a_council_is_named(
    lint: Lint, party: str, frame: str, side: str
) -> None:
    text = frame.format(party)
    heads = [
        d.message.split(":")[0]
        for d in lint(text).diagnostics
        if d.rule in ("politics.partisan-attack", "politics.partisan-endorsement")
    ]
    assert heads and all(h.startswith(side) and party in h for h in heads), (text, heads)
