"""A candidate's campaign tag as the name a sentence ends on, and campaigning for a candidate
whose tag no list knows.

"Yet again, attention seeking behaviour from #Labour2029." names the party by its tag: the
sentence, not the tag's year, says the side (``campaigns.named_in_a_sentence``); it had been
read as support, the tag's own side. "Out leafleting for #Okafor2028" is campaigning, as
"Out leafleting for #Labour2029" already was (``activities``); a tag of an event and a year
("#Census2021") is not a candidate's. The sentences are the project's own.
"""

from __future__ import annotations

import pytest

from tests.conftest import Lint, politics_heads, sides_about

KNOWN_TAGS = [
    ("#Labour2029", "Labour"),
    ("#Trump2024", "Trump"),
    ("#Harris2024", "Harris"),
    ("#Reform2029", "Reform"),
]


@pytest.mark.parametrize(
    "frame",
    [
        "Yet again, attention seeking behaviour from {}.",
        "More spin and broken promises from {}...",
        "Another week, another U-turn by {}.",
    ],
)
@pytest.mark.parametrize(("tag", "name"), KNOWN_TAGS)
def test_a_campaign_tag_ending_a_sentence_is_read_by_the_sentence(
    lint: Lint, frame: str, tag: str, name: str
) -> None:
    heads = politics_heads(lint, frame.format(tag))
    assert sides_about(heads, name) == {"Attacks"}, heads


@pytest.mark.parametrize(("tag", "name"), KNOWN_TAGS)
def test_praise_ending_on_a_campaign_tag_is_still_support(lint: Lint, tag: str, name: str) -> None:
    heads = politics_heads(lint, f"Brilliant speech tonight from {tag}.")
    assert sides_about(heads, name) == {"Supports"}, heads


@pytest.mark.parametrize("tag", ["#Okafor2028", "#Whitfield2028", "#Ramsden2026", "#Ashworth2027"])
@pytest.mark.parametrize(
    "frame",
    [
        "Proud to be knocking on doors for {} today.",
        "Out leafleting in the rain for {} this morning",
    ],
)
def test_campaigning_for_a_candidate_no_list_knows_is_campaigning(
    lint: Lint, frame: str, tag: str
) -> None:
    assert politics_heads(lint, frame.format(tag)), frame.format(tag)


@pytest.mark.parametrize("tag", ["#Census2021", "#Budget2026", "#WorldCup2026", "#IWD2026"])
def test_knocking_on_doors_for_an_event_is_no_campaign(lint: Lint, tag: str) -> None:
    text = f"Proud to be knocking on doors for {tag} today."
    assert not politics_heads(lint, text), text


#: Each party's and politician's name as its tags spell it, with the name a message gives.
TAG_NAMES = [
    ("Labour", "Labour"),
    ("Tory", "Tory"),
    ("LibDem", "LibDem"),
    ("Green", "Green"),
    ("Reform", "Reform"),
    ("SNP", "SNP"),
    ("Plaid", "Plaid"),
    ("GOP", "GOP"),
    ("Dems", "Dems"),
    ("Trump", "Trump"),
    ("Harris", "Harris"),
]


@pytest.mark.parametrize("marker", ["Surge", "Fightback", "Landslide"])
@pytest.mark.parametrize(("tag", "name"), TAG_NAMES)
def test_a_surge_tag_backs_its_party_whichever_party(
    lint: Lint, tag: str, name: str, marker: str
) -> None:
    """ "#GreenSurge" backs the Greens as "#LabourSurge" backs Labour."""
    text = f"Leaflets folded, flask of tea sorted, see you all on Saturday #{tag}{marker}"
    sides = sides_about(politics_heads(lint, text), name)
    assert "Supports" in sides and "Attacks" not in sides, text


@pytest.mark.parametrize("tag", ["#GoGreen", "#GreenTeam", "#GreenWave", "#TeamGreen"])
def test_an_eco_tag_is_no_party(lint: Lint, tag: str) -> None:
    text = f"Recycling bins are back on Tuesday, remember to rinse your tubs {tag}"
    assert politics_heads(lint, text) == [], text
