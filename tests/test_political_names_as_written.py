"""A party or politician typed all in lower or upper case is named in the message as the
lexicons write it ("Attacks SNP", not "Attacks snp"; "Supports Green (“vote green”)", not
"Supports “vote green”"), so that every side's message reads alike however the draft was
typed. The sentences are the project's own."""

from __future__ import annotations

import pytest

from tests.conftest import sided_messages

TYPED_AND_WRITTEN = [
    ("labour", "Labour"),
    ("tories", "Tories"),
    ("lib dems", "Lib Dems"),
    ("the greens", "Greens"),
    ("snp", "SNP"),
    ("plaid cymru", "Plaid Cymru"),
    ("the dup", "DUP"),
    ("sinn féin", "Sinn Féin"),
    ("democrats", "Democrats"),
    ("republicans", "Republicans"),
    ("THE CONSERVATIVES", "Conservatives"),
    ("LABOUR", "Labour"),
]


POLITICIANS_TYPED_AND_WRITTEN = [("starmer", "Starmer"), ("TRUMP", "Trump"), ("farage", "Farage")]


@pytest.mark.parametrize(
    ("typed", "written", "verb"),
    [(t, w, "have") for t, w in TYPED_AND_WRITTEN]
    + [(t, w, "has") for t, w in POLITICIANS_TYPED_AND_WRITTEN],
)
def test_a_party_or_politician_typed_in_one_case_is_named_as_written(
    typed: str, written: str, verb: str
) -> None:
    text = f"{typed} {verb} wrecked this country and everyone knows it"
    heads = [m.split(":")[0] for m in sided_messages(text)]
    assert heads, text
    assert all(written in head for head in heads), heads


@pytest.mark.parametrize(
    ("call", "written"),
    [
        ("vote labour", "Labour"),
        ("vote green", "Green"),
        ("VOTE REFORM", "Reform"),
        ("vote Conservative", "Conservative"),
        ("voting snp", "SNP"),
    ],
)
def test_a_call_to_vote_names_the_party_it_backs(call: str, written: str) -> None:
    text = f"{call} on thursday, every vote counts"
    heads = [m.split(":")[0] for m in sided_messages(text)]
    assert heads, text
    assert all(head.startswith(f"Supports {written}") for head in heads), heads
