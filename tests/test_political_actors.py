"""Who a political sentence is about: handles and campaign tags read by their words.

The tags and handles are the project's own; every test runs on both NLP paths, and every
party's are read alike.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

import postlint
from postlint._engine.draft import Draft
from postlint._rules.politics.actors import political_actors_in
from postlint._rules.politics.campaigns import side_of
from tests.conftest import config_for

MakeDraft = Callable[[str], Draft]


@pytest.fixture
def draft(pipeline: str) -> MakeDraft:
    def build(text: str) -> Draft:
        settings = config_for(pipeline, {"profile": "uk-civil-service"})
        linter = postlint.Linter(settings)
        return Draft(text, linter.nlp(text), settings, linter.pack)

    return build


def actors(draft: Draft) -> list[str]:
    return [mention.text for mention in political_actors_in(draft, 0, len(draft.text))]


@pytest.mark.parametrize(
    "handle",
    [
        "@AmaraOkaforMP",
        "@CllrTomBrennan",
        "@LeedsLabour",
        "@LeedsTories",
        "@SenMarisolOrtega",
        "@WelshLibDems",
        "@GreensOfBristol",
        "@ReformUKWigan",
        "@HarrisForTexas",
        "@OhioGOP",
    ],
)
def test_a_handle_that_names_a_party_or_title_is_an_actor(draft: MakeDraft, handle: str) -> None:
    assert actors(draft(f"Great to catch up with {handle} this morning.")) == [handle]


@pytest.mark.parametrize(
    "handle", ["@HarbourFoodBank", "@StAidansYouthClub", "@brislingtonbakes", "@TheLabCafe"]
)
def test_a_handle_of_anyone_else_is_no_political_actor(draft: MakeDraft, handle: str) -> None:
    """Thanking a charity's or a club's account is no partisan support, however warm."""
    assert actors(draft(f"Thank you to {handle} for everything you do, what a team!")) == []


SIDES = {
    "support": [
        "#Labour2029",
        "#VoteTory",
        "#TeamLibDems",
        "#SNP2026",
        "#ImWithHarris",
        "#Trump2028",
        "#BernieOrBust",
        "#VoteOkafor",
        "#Whitfield4Mayor",
        "#greens2029",
    ],
    "attack": [
        "#LabourOut",
        "#NeverTory",
        "#StopReformUK",
        "#DumpTrump",
        "#NoHarris2028",
        "#nevertrump",
        "#hillaryforprison2016",
        "#StarmerForPrison",
        "#SunakMustGo",
        "#ToriesOut",
    ],
}


@pytest.mark.parametrize(
    ("side", "tag"), [(side, tag) for side, tags in SIDES.items() for tag in tags]
)
def test_a_campaign_tag_declares_its_side(draft: MakeDraft, side: str, tag: str) -> None:
    assert side_of(draft(tag).pack, tag) == side


@pytest.mark.parametrize(
    "tag",
    [
        "#PensionReform2026",
        "#HarrisTweed",
        "#LabourMarket",
        "#Euro2028",
        "#GreensLane",
        "#HarrisTweedNotForSale",
        "#TedCruz",
    ],
)
def test_a_name_among_other_words_declares_no_side(draft: MakeDraft, tag: str) -> None:
    assert side_of(draft(tag).pack, tag) is None


def test_the_handle_a_retweet_comes_from_is_its_source_not_its_target(draft: MakeDraft) -> None:
    text = "RT @RepOkafor: .@GovWhitfield is failing this state again."
    assert actors(draft(text)) == ["@GovWhitfield"]
