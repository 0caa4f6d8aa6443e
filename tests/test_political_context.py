"""A support or attack that names no one is reported only in a post about politics.

The sentences are the project's own; the gate is the same for every party (its words are in
``political_words``, and any actor the lexicons or roles find counts).
"""

from __future__ import annotations

import pytest

import postlint
from postlint._engine.draft import Draft
from postlint._rules.politics.context import about_politics
from tests.conftest import (
    SIDES,
    civil_servant_check,
    civil_servant_draft,
    config_for,
    sided_messages,
)


@pytest.mark.parametrize(
    "text",
    [
        # A name in capitals between ornaments reads to the judge as a candidate's: it is a
        # shop's, a planner brand's or a friend's.
        "♡ MOLLY BRENNAN ♡",
        "✿ KATIE DALTON ✿",
    ],
)
def test_praise_of_no_one_political_in_a_post_without_politics_is_quiet(text: str) -> None:
    assert not about_politics(civil_servant_draft(text))
    assert sided_messages(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "♡ MOLLY BRENNAN FOR MAYOR ♡",
        "✿ KATIE DALTON, our next councillor ✿",
    ],
)
def test_the_same_praise_with_a_word_of_politics_is_reported(text: str) -> None:
    assert about_politics(civil_servant_draft(text))
    assert sided_messages(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Labour's housing target, again 🤡",
        "The Tories' housing target, again 🤡",
        "Reform UK's housing target, again 🤡",
        "The Lib Dems' housing target, again 🤡",
        "The Greens' housing target, again 🤡",
        "The SNP's housing target, again 🤡",
        "The Governor's big announcement 👏",
        "Another tariff tantrum from the top. Cool cool cool.",
    ],
)
def test_a_post_naming_any_party_or_word_of_politics_is_about_politics(text: str) -> None:
    assert about_politics(civil_servant_draft(text))


@pytest.mark.parametrize(
    "text",
    [
        "What a save in the ninety-first minute, the keeper is a legend.",
        "Fed the cat, walked the dog, now for a cup of tea.",
        "Those paramedics didn't think twice. Heroes, the lot of them.",
    ],
)
def test_sport_pets_and_everyday_heroes_are_not_about_politics(text: str) -> None:
    assert not about_politics(civil_servant_draft(text))


def _actors(text: str) -> list[str]:
    from postlint._rules.politics.actors import political_actors_in

    return [m.text for m in political_actors_in(civil_servant_draft(text), 0, len(text))]


@pytest.mark.parametrize(
    "text",
    [
        "Calvin Harris closed the festival and the crowd went wild.",
        "Haley Bennett was brilliant in that film.",
        "Ivanka Trump's shoe line is in the sale.",
        "Our vet, Priya Sunak, saw the dog today.",
        # One sense per post: the surname alone is the person named in full beside it.
        "Calvin Harris dropped a new single. Harris has done it again 🔥",
        "Great knock from Bennett today, Haley Bennett's brother is some player.",
        "Sunak the vet was brilliant with our cat. Thanks, Priya Sunak!",
    ],
)
def test_someone_else_with_a_politicians_name_is_no_political_actor(text: str) -> None:
    assert _actors(text) == []


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Senator Harris asked the first question.", "Harris"),
        ("Crooked Hillary strikes again.", "Hillary"),
        ("Mr Sunak said nothing new.", "Sunak"),
        ("Loved Haley's answer on the debt.", "Haley"),
        ("Harris is in Ohio today.", "Harris"),
        ("Harris was brilliant tonight. Kamala Harris for president!", "Harris"),
    ],
)
def test_a_politician_after_a_title_or_epithet_is_still_the_politician(
    text: str, actor: str
) -> None:
    assert any(actor in found for found in _actors(text)), _actors(text)


def test_a_named_entity_alone_needs_the_surer_reading_on_the_trained_path() -> None:
    # The trained pipeline's entities are anyone: a manager's name is no political actor, so
    # praise of him needs the judge's untargeted certainty; a party leader's does not.
    config = config_for("trained", {"profile": "uk-civil-service"})
    manager = "Jurgen Klopp is the best thing to happen to this city."
    assert not [d for d in postlint.check(manager, config=config).diagnostics if d.rule in SIDES]
    leader = "Keir Starmer is the best thing to happen to this city."
    assert [d for d in postlint.check(leader, config=config).diagnostics if d.rule in SIDES]


@pytest.mark.parametrize(
    "text",
    [
        "Support TechCorner by buying through our links, it keeps the lights on.",
        "Support Ana Ruiz on Patreon for early videos.",
        "Please support Bakewell's small business this Christmas.",
    ],
)
def test_supporting_a_shop_or_a_channel_backs_no_one(text: str) -> None:
    assert _actors(text) == []


@pytest.mark.parametrize("party", ["Labour", "the Conservatives", "the Greens", "Reform UK"])
def test_supporting_a_party_by_voting_backs_it(party: str) -> None:
    # An endorsement or a call to vote (the judge reads some as one, some as the other).
    report = civil_servant_check(f"Support {party} by voting on Thursday!")
    named = party.removeprefix("the ")
    assert any(named in d.message for d in report.diagnostics if d.rule.startswith("politics."))


def test_a_cameras_megapixels_are_no_mp() -> None:
    assert not about_politics(
        civil_servant_draft("Rear camera 13.0MP with flash, front camera 5.0MP.")
    )


@pytest.mark.parametrize(
    "party", ["Labour", "The Conservatives", "The Lib Dems", "Reform UK", "The Greens", "The SNP"]
)
def test_doing_the_right_thing_is_never_an_attack_for_any_party(party: str) -> None:
    text = f"{party} did the right thing scrapping the tax on pensions, whatever the critics say."
    assert not [m for m in sided_messages(text) if m.startswith("Attacks")], sided_messages(text)


@pytest.mark.parametrize("party", ["Labour", "the Conservatives", "the Lib Dems", "Reform UK"])
def test_a_side_on_no_one_beside_the_same_side_on_someone_is_told_once(party: str) -> None:
    # The question is the pitch for the party the post backs by name: one endorsement.
    text = f"Never trust {party} again. Want honest politicians for once? Vote Green."
    messages = sided_messages(text)
    assert not [m for m in messages if "a party or politician" in m], messages
    assert [m for m in messages if m.startswith("Supports")], messages


@pytest.mark.parametrize(
    "office", ["the Government", "the Mayor", "the Health Secretary", "the council leader"]
)
def test_scrutiny_the_author_gives_is_never_support(office: str) -> None:
    text = f"Advice for people leaving prison matters now. Yesterday I grilled {office} on it."
    assert not [m for m in sided_messages(text) if m.startswith("Supports")], sided_messages(text)


def test_anybody_after_vote_is_no_one_backed() -> None:
    assert "ANYBODY" not in " ".join(_actors("Will vote for ANYBODY against them, mark my words."))


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("The housing minister should resign.", "housing minister"),
        ("Our shadow health secretary has no plan at all.", "shadow health secretary"),
        ("The Labour transport minister must explain the delays.", "transport minister"),
        ("The Tory schools minister must explain the delays.", "schools minister"),
        ("The Green energy minister must explain the delays.", "energy minister"),
        ("Mayor's new fares are a joke.", "Mayor"),
    ],
)
def test_a_minister_by_their_brief_is_a_political_actor(text: str, role: str) -> None:
    assert any(role in found for found in _actors(text)), _actors(text)


@pytest.mark.parametrize(
    "text",
    [
        "The permanent secretary opened the new office today.",
        "Our club secretary has done a brilliant job this season.",
        "The press secretary sent the schedule round.",
        "Mayor Street is closed for resurfacing.",
        "Governor Road is flooded again this morning.",
    ],
)
def test_secretaries_who_are_no_politicians_are_no_actors(text: str) -> None:
    assert _actors(text) == [], _actors(text)


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("Ministers should resign over this.", "Attacks ministers:"),
        ("The Liberal housing minister should resign.", "Attacks the Liberal housing minister:"),
        ("Governor's budget is a disgrace.", "Attacks the Governor:"),
        ("The council leader is a disgrace.", "Attacks the council leader:"),
        ("Honestly the health secretary should resign.", "Attacks the health secretary:"),
        ("Vote for Starmer on Thursday!", "Supports Starmer (“Vote for Starmer”):"),
        # A party with the article the draft gives it, where its name is a plural or letters.
        ("Honestly the Tories have wrecked the bus network.", "Attacks the Tories:"),
        ("So proud of the SNP for saving the ferry.", "Supports the SNP:"),
        ("Labour have wrecked the bus network.", "Attacks Labour:"),
        # "his" read as the one named before, as the possessive named him.
        (
            "The trouble isn't the Chancellor's diary. It's his total lack of morals.",
            "Attacks the Chancellor:",
        ),
    ],
)
def test_a_target_reads_as_it_would_mid_sentence(text: str, named: str) -> None:
    assert any(m.startswith(named) for m in sided_messages(text)), sided_messages(text)


def test_that_before_a_plural_office_is_a_clause_not_its_article() -> None:
    messages = sided_messages("Unbelievable that ministers are once again cutting school meals.")
    assert any(m.startswith("Attacks ministers:") for m in messages), messages


@pytest.mark.parametrize(
    ("tag", "movement"),
    [("#tcot", "the conservative movement"), ("#p2", "the progressive movement")],
)
def test_a_movement_tag_is_named_by_its_movement(tag: str, movement: str) -> None:
    messages = sided_messages(f"Proud to stand with everyone fighting for this country. {tag}")
    assert any(m.startswith(f"Supports {movement} (“{tag}”)") for m in messages), messages


@pytest.mark.parametrize(
    ("text", "named"),
    [
        (
            "Mr. President, diplomacy is more than threats and bluster. Keep your cool.",
            "the President",
        ),
        ("President Okafor has wrecked this economy and everyone knows it.", "President Okafor"),
        ("Chancellor Brandt has wrecked this economy and everyone knows it.", "Chancellor Brandt"),
    ],
)
def test_an_office_addressed_or_before_a_name_is_the_target(text: str, named: str) -> None:
    messages = sided_messages(text)
    assert any(m.startswith(f"Attacks {named}") for m in messages), messages


@pytest.mark.parametrize("tag", ["#Bidenomics", "#Trumponomics", "#Starmergeddon", "#Sunakered"])
def test_a_hashtag_made_of_a_politicians_name_is_about_politics(tag: str) -> None:
    assert about_politics(civil_servant_draft(f"Feeling good about this one 😎 {tag}"))


def test_a_candidates_post_liked_is_about_politics_whatever_its_words() -> None:
    text = "Proud to stand with working families every single day. Let's win this in November."
    assert not about_politics(civil_servant_draft(text))
    settings = config_for(
        "blank",
        {"profile": "us-federal", "sharing": {"kind": "like", "source": "candidate"}},
    )
    linter = postlint.Linter(settings)
    assert about_politics(Draft(text, linter.nlp(text), settings, linter.pack))


def test_that_before_an_office_with_its_article_is_a_clause() -> None:
    text = "We must all remember that the President is still a liar and under investigation."
    assert any(m.startswith("Attacks the President:") for m in sided_messages(text)), (
        sided_messages(text)
    )


@pytest.mark.parametrize(
    ("text", "named"),
    [
        (
            "When a Government won't fix the potholes, drivers pay for it.",
            "a policy of the Government",
        ),
        (
            "Millions were fined for not buying an #Obamacare plan. Unacceptable overreach.",
            "the plan",
        ),
    ],
)
def test_a_measure_named_without_its_article_reads_with_one(text: str, named: str) -> None:
    report = civil_servant_check(text)
    verdicts = [d.message for d in report.diagnostics if d.rule == "politics.policy-verdict"]
    assert any(m.startswith(f"Takes a side on {named}:") for m in verdicts), verdicts


@pytest.mark.parametrize("party", ["Labour", "the Conservatives", "Reform UK", "the Greens"])
def test_a_quotation_followed_by_its_source_is_reported_not_said(party: str) -> None:
    for text in (
        f"“Vote {party},” read the banner outside the conference hall.",
        f"“{party} have let this country down,” said the candidate on the radio.",
    ):
        assert sided_messages(text) == [], text


@pytest.mark.parametrize("party", ["Labour", "the Conservatives", "Reform UK", "the Greens"])
def test_the_authors_own_quoted_words_are_still_read(party: str) -> None:
    messages = sided_messages(f"“{party} have let this country down,” I told the canvasser.")
    assert any(m.startswith("Attacks ") for m in messages), messages


@pytest.mark.parametrize("party", ["Labour", "the Conservatives", "Reform UK", "the Greens"])
def test_what_a_concession_grants_is_the_side_for_every_party(party: str) -> None:
    for text in (
        f"Not a fan of {party} at all, but they've been right to fight for the flood money.",
        f"I'm no fan of {party}, but on insulating homes they're spot on.",
    ):
        messages = sided_messages(text)
        assert not any(m.startswith("Attacks") for m in messages), (text, messages)
        assert any(m.startswith("Supports") for m in messages), (text, messages)


@pytest.mark.parametrize(
    ("speaker", "spoken_of"),
    [("Badenoch", "Labour"), ("Starmer", "the Conservatives"), ("Farage", "the Greens")],
)
def test_whom_a_politician_is_reported_to_attack_is_not_the_authors_target(
    speaker: str, spoken_of: str
) -> None:
    text = f"Every time {speaker} says {spoken_of} wrecked the economy I want to scream."
    targets = [m.split(":")[0] for m in sided_messages(text)]
    assert any(speaker in t for t in targets), targets
    assert not any(spoken_of.removeprefix("the ") in t for t in targets), targets
