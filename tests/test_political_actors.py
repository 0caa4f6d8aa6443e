"""Who a political sentence is about: handles and campaign tags read by their words.

The tags and handles are the project's own; every test runs on both NLP paths, and every
party's are read alike.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest

import postlint
from postlint._engine.draft import Draft
from postlint._rules.politics.actors import political_actors_in
from postlint._rules.politics.hashtags import side_of
from postlint._rules.politics.issues import issues_in
from postlint._rules.politics.votes import turned, vote_call_at
from tests.conftest import civil_servant_check, civil_servant_draft, config_for, sided_messages

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
        "@TheGreenParty",
        "@NorthshireGreenParty",
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
        "#BothVotesSNP",
        "#BothVotesPlaid",
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


@pytest.mark.parametrize(
    ("text", "camp"),
    [
        ("Trust the left to wreck the economy again.", "the left"),
        ("The right has captured the party, and the left of it sleeps.", "The right"),
    ],
)
def test_right_and_left_name_camps(draft: MakeDraft, text: str, camp: str) -> None:
    assert camp in actors(draft(text))


@pytest.mark.parametrize(
    "text",
    [
        "Everyone has the right to a safe, warm home.",
        "We will always defend the right to peaceful protest.",
        "You made the right call there, well played.",
        "Keep to the left lane through the roadworks.",
        "The winger on the right side was superb tonight.",
    ],
)
def test_right_and_left_in_their_other_senses_name_no_camp(draft: MakeDraft, text: str) -> None:
    assert actors(draft(text)) == []


@pytest.mark.parametrize(
    ("text", "candidate"),
    [
        (
            "I'll be backing Priya Ramsden as our next Police and Crime Commissioner.",
            "Priya Ramsden",
        ),
        ("Voting for @TomAshworthMP as Metro Mayor on Thursday, easy choice.", "@TomAshworthMP"),
        ("Supporting Sam K. Okafor for Senate, he has earned it.", "Sam K. Okafor"),
        (
            "Proud to be endorsing Dana Whitfield as the next Mayor of Kestrel Bay.",
            "Dana Whitfield",
        ),
    ],
)
def test_the_candidate_backed_is_the_actor_not_the_office_they_seek(
    draft: MakeDraft, text: str, candidate: str
) -> None:
    found = [m for m in political_actors_in(draft(text), 0, len(text)) if m.kind != "entity"]
    assert [m.text for m in found] == [candidate]


@pytest.mark.parametrize(
    ("text", "candidate"),
    [
        ("Proud to have knocked doors for Priya Ramsden back in the day.", "Priya Ramsden"),
        ("Canvassing for Sam Okafor in Ward 4 all weekend, come along.", "Sam Okafor"),
        ("Out on the doors for Dana Whitfield tonight.", "Dana Whitfield"),
    ],
)
def test_the_one_campaigned_for_is_an_actor(draft: MakeDraft, text: str, candidate: str) -> None:
    found = [m for m in political_actors_in(draft(text), 0, len(text)) if m.kind != "entity"]
    assert candidate in [m.text for m in found]


@pytest.mark.parametrize(
    "text",
    [
        "Knocking on doors for the census this week, please fill it in.",
        "Out on the doors with the carol singers tonight.",
    ],
)
def test_knocking_doors_for_no_one_names_no_one(draft: MakeDraft, text: str) -> None:
    assert not [m for m in political_actors_in(draft(text), 0, len(text)) if m.kind != "entity"]


@pytest.mark.parametrize(
    ("text", "office"),
    [
        (
            "Time for the Attorney General to go, four years and nothing to show.",
            "the Attorney General",
        ),
        ("Thanks for the Mayor's visit this morning.", "the Mayor's"),
    ],
)
def test_an_everyday_word_before_an_office_is_no_candidate(
    draft: MakeDraft, text: str, office: str
) -> None:
    assert actors(draft(text)) == [office]


@pytest.mark.parametrize(
    "text",
    [
        "Labor have let rents spiral out of control in Sydney.",
        "Honestly, Labor got the new rail line built on time.",
        "Labor and the Greens voted together on the housing bill.",
    ],
)
def test_labor_capitalised_is_australias_party(draft: MakeDraft, text: str) -> None:
    assert "Labor" in actors(draft(text))


@pytest.mark.parametrize(
    "text",
    [
        "Happy Labor Day weekend, the barbecue is lit!",
        "The Department of Labor publishes the jobs report on Friday.",
        "Labor unions marched downtown for a fair contract.",
        "The Labor Secretary visited the steel plant this morning.",
        "The Ministry of Labour was set up during the First World War.",
        "Bureau of Labor Statistics figures are due out at 8:30.",
        "Farm Wages Rise As Seasonal Labor Grows Scarce Across Ohio",
    ],
)
def test_labor_and_labour_the_word_name_no_party(draft: MakeDraft, text: str) -> None:
    # The trained path's NER may still find "the Department of Labor" as an organisation.
    found = draft(text)
    assert [m.text for m in political_actors_in(found, 0, len(text)) if m.kind == "party"] == []


@pytest.mark.parametrize("party", ["Labour", "Labor", "Reform", "Reform UK", "Greens"])
@pytest.mark.parametrize(
    "frame",
    [
        "Sick of {} and their broken promises.",
        "Scared of {} getting back in power after everything.",
        "Proud of {} tonight, what a campaign.",
    ],
)
def test_a_party_after_a_sentences_first_word_and_of_is_the_party(
    draft: MakeDraft, frame: str, party: str
) -> None:
    """A word opening a sentence is capitalised by its place, not as a title's head: "Sick of
    Labour" names the party, as "the Department of Labor" does not."""
    text = frame.format(party)
    found = draft(text)
    parties = [m.text for m in political_actors_in(found, 0, len(text)) if m.kind == "party"]
    assert parties == [party], (text, parties)


@pytest.mark.parametrize(
    ("text", "issue"),
    [
        ("It cuts carbon and supports local jobs.", None),
        ("They plan to ban protest, and this ban is a disgrace.", "this ban"),
        ("These cuts are cruel and must be reversed.", "these cuts"),
        ("We will reform the way we publish data.", None),
    ],
)
def test_a_measure_named_by_a_verb_is_not_what_a_verdict_is_about(
    draft: MakeDraft, text: str, issue: str | None
) -> None:
    """ "It cuts carbon": "cuts" is what something does, not the cuts a verdict could be on."""
    found = [m.text for m in issues_in(draft(text), 0, len(text))]
    assert found == ([] if issue is None else [issue])


@pytest.mark.parametrize(
    "text",
    [
        "Thank you to everyone working to make Parliament easier to visit for disabled people.",
        "Proud to see Congress lit up in rainbow colours tonight for the anniversary.",
        "Lovely to see the Senedd open its doors to schools again this summer.",
    ],
)
def test_praise_of_an_institution_every_side_sits_in_backs_no_side(text: str) -> None:
    report = civil_servant_check(text)
    assert "politics.partisan-endorsement" not in {d.rule for d in report.diagnostics}


@pytest.mark.parametrize(
    ("tags", "target"),
    [
        ("#cruz #Trump2016 #bush", "Trump"),
        ("#sanders #Hillary2016 #omalley", "Hillary"),
        ("#starmer #Sunak2024 #davey", "Sunak"),
        ("#sunak #Starmer2024 #davey", "Starmer"),
    ],
)
def test_in_a_run_of_tags_the_campaign_tag_decides(tags: str, target: str) -> None:
    """Beside a campaign tag, a bare name tag says what the post is about, not a side: every
    party's tags alike."""
    report = postlint.check(tags, config=config_for("blank", {"profile": "uk-civil-service"}))
    messages = [d.message for d in report.diagnostics if d.rule.startswith("politics.")]
    assert messages and all(message.startswith(f"Supports {target}") for message in messages)


@pytest.mark.parametrize(
    "tags",
    ["#Hillary #Bernie", "#TedCruz #DonaldTrump", "#Starmer #Sunak", "#cdnpoli #peipoli"],
)
def test_a_run_of_tags_without_a_campaign_takes_no_side(tags: str) -> None:
    """Tags alone say what a post is about. (Beside the author's words, the tags are read
    with them: "Great job tonight #TedCruz" is support.)"""
    report = postlint.check(tags, config=config_for("blank", {"profile": "uk-civil-service"}))
    assert not [d for d in report.diagnostics if d.rule.startswith("politics.")]


@pytest.mark.parametrize(
    "party", ["Labour", "the Conservatives", "the Lib Dems", "Reform UK", "the Greens", "the SNP"]
)
def test_canvassing_is_campaigning_for_every_party_alike(party: str) -> None:
    """Named or not, the party is campaigned for: as an action, or as support for it (the
    model's reading of the sentence decides which)."""
    config = config_for("blank", {"profile": "uk-civil-service"})
    text = f"Out door-knocking for {party} in Ward 7 this morning, lovely."
    named = postlint.check(text, config=config)
    rules = {d.rule for d in named.diagnostics}
    assert rules & {"politics.campaign-solicitation", "politics.partisan-endorsement"}
    assert "politics.partisan-attack" not in rules
    unnamed = postlint.check("Out door-knocking in Ward 7 this morning, lovely.", config=config)
    assert "politics.campaign-solicitation" in {d.rule for d in unnamed.diagnostics}


@pytest.mark.parametrize(
    "text",
    [
        "We're canvassing opinion on the new library hours until the end of May.",
        "The delivery driver left the box on the doorstep in the rain.",
        "Knocking on doors for the charity collection raised £300 for the hospice.",
        "Door-knocking with the census team this week: please fill in your form.",
        "Phone banking for the hospice appeal tonight, every pound counts.",
        "Canvassing done for the school PTA raffle, 40 prizes!",
    ],
)
def test_doorsteps_and_consultations_are_no_campaign(text: str) -> None:
    report = civil_servant_check(text)
    assert not [d for d in report.diagnostics if d.rule.startswith("politics.")]


@pytest.mark.parametrize(
    "tag", ["#Budget2021", "#Census2021", "#WorldCup2026", "#Election2024", "#IWD2021", "#GE2024"]
)
def test_a_year_after_everyday_words_is_an_event_not_a_campaign(draft: MakeDraft, tag: str) -> None:
    assert actors(draft(f"So much to read about {tag} today.")) == []


@pytest.mark.parametrize("tag", ["#Okafor2028", "#DanaWhitfield2026", "#Brennan2027"])
def test_a_year_after_a_name_is_a_campaign(draft: MakeDraft, tag: str) -> None:
    assert actors(draft(f"So much to read about {tag} today.")) == [tag]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Cllr Nia Haworth voted to shut the library.", "Cllr Nia Haworth"),
        ("Our county commissioner Ray Delacroix never calls back.", "commissioner Ray Delacroix"),
        (
            "Thanks to council leader Imran Sheikh for the new crossing.",
            "council leader Imran Sheikh",
        ),
        ("Councilwoman Jo Abernathy should resign.", "Councilwoman Jo Abernathy"),
        ("The Mayor Says Yes to the bus lanes", "The Mayor"),
        # A surname that is an everyday word, where the capitals end: the whole name.
        ("Rep. Dale King voted against the bridge again.", "Rep. Dale King"),
        ("Cllr Ann Green never answers her email.", "Cllr Ann Green"),
        ("Thanks to council leader Tom Young for the new crossing.", "council leader Tom Young"),
        ("Senator Mia Long should resign.", "Senator Mia Long"),
        ("Mayor Ortega Says Yes To Bus Lanes", "Mayor Ortega"),
        ("Commissioner Pat O'Donnell never answers our letters.", "Commissioner Pat O'Donnell"),
        ("Cllr Niamh O’Hara should resign.", "Cllr Niamh O’Hara"),
    ],
)
def test_a_role_takes_the_name_after_it(draft: MakeDraft, text: str, actor: str) -> None:
    assert actor in actors(draft(text))


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Democratic Councilman Ray Okoro should resign.", "Democratic Councilman Ray Okoro"),
        ("Republican Councilman Ray Okoro should resign.", "Republican Councilman Ray Okoro"),
        ("Labour's council leader Imran Sheikh froze the tax.", "council leader Imran Sheikh"),
        ("Tory Cllr Nia Haworth voted to shut the library.", "Tory Cllr Nia Haworth"),
        ("Labour Cllr Nia Haworth voted to shut the library.", "Labour Cllr Nia Haworth"),
    ],
)
def test_a_party_before_a_politician_names_the_politician(
    draft: MakeDraft, text: str, actor: str
) -> None:
    assert any(actor in found for found in actors(draft(text)))


@pytest.mark.parametrize(
    "text",
    ["Vote YES on Measure K.", "Vote NO on Proposition 9.", "Vote Now!", "Welcome back Priya!"],
)
def test_an_answer_a_time_or_a_welcome_backs_no_one(draft: MakeDraft, text: str) -> None:
    assert [m for m in actors(draft(text)) if m.lower() in {"yes", "no", "now", "priya"}] == []


@pytest.mark.parametrize("text", ["Diversion via the A34: plan ahead.", "Plan your journey now."])
def test_a_measure_word_used_as_a_verb_is_no_issue(draft: MakeDraft, text: str) -> None:
    d = draft(text)
    assert issues_in(d, 0, len(d.text)) == []


@pytest.mark.parametrize("tag", ["#resist", "#Resist"])
def test_a_campaign_tag_used_as_a_verb_does_not_decide(tag: str) -> None:
    config = {"profile": "uk-civil-service", "rules": {"select": ["politics"]}}
    text = f"{tag} the urge to grab a second donut at the all-hands. I did not resist 🍩"
    assert list(postlint.check(text, config=config).diagnostics) == []


@pytest.mark.parametrize(
    ("text", "name", "side"),
    [
        ("Vote NZ First on Thursday!", "NZ First", "support"),
        ("Please vote for the Greens.", "Greens", "support"),
        ("Don't vote Reform.", "Reform", "attack"),
        ("Never ever vote Tory.", "Tory", "attack"),
        ("Time to vote the Tories out.", "Tories", "attack"),
        ("MPs vote Labour's bill through.", "Labour", None),
        ("Why not vote Labour this time?", "Labour", "support"),
        ("Labour won the vote.", "Labour", None),
    ],
)
def test_a_call_to_vote_says_its_side(text: str, name: str, side: str | None) -> None:
    start = text.index(name)
    called = vote_call_at(text, start, start + len(name))
    assert (called[1] if called else None) == side


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("#VoteLabour tomorrow", "support"),
        ("Don't #VoteLabour", "attack"),
        ("Never #VoteReform", "attack"),
    ],
)
def test_a_listed_call_to_vote_is_turned_by_a_negation(text: str, side: str) -> None:
    start = text.index("#")
    assert turned(text, start, text[start:].split()[0], "support") == side


@pytest.mark.parametrize("tag", ["#Trump2016", "#Hillary2016", "#Okafor2028", "#Whitfield2026"])
def test_a_campaign_tag_that_is_the_subject_of_a_reporting_verb_names_the_person(
    draft: MakeDraft, tag: str
) -> None:
    d = draft(f"{tag} says he will fix it. We'll see.")
    [mention] = [m for m in political_actors_in(d, 0, len(d.text)) if m.text == tag]
    assert mention.side is None


_NAME_AND_YEAR_TAGS = [
    "#Labour2029",
    "#Reform2029",
    "#Conservatives2029",
    "#Greens2029",
    "#Trump2024",
]


@pytest.mark.parametrize(
    "tag",
    [
        *_NAME_AND_YEAR_TAGS,
        "#Harris2024",
        "#SNP2026",
    ],
)
def test_a_campaign_tag_used_as_a_name_in_an_attack_is_attacked(tag: str) -> None:
    messages = sided_messages(f"Every time {tag} opens its mouth it's more lies.")
    assert messages and all(m.startswith("Attacks ") for m in messages), messages


@pytest.mark.parametrize("tag", _NAME_AND_YEAR_TAGS)
def test_a_campaign_tag_used_as_a_name_in_praise_or_after_a_post_still_backs(tag: str) -> None:
    for text in (f"So proud of {tag} today", f"Proud to stand with the team. {tag}"):
        messages = sided_messages(text)
        assert messages and all(m.startswith("Supports ") for m in messages), (text, messages)


@pytest.mark.parametrize(
    ("named", "tag"),
    [
        ("the Greens", "#VoteGreen"),
        ("Labour", "#VoteLabour"),
        ("Reform", "#VoteReform"),
        ("the Conservatives", "#VoteConservative"),
        ("the Lib Dems", "#VoteLibDem"),
        ("Sheriff Moreno", "#Moreno4Sheriff"),
    ],
)
def test_a_sentence_about_whom_the_post_campaigns_for_takes_the_campaigns_side(
    named: str, tag: str
) -> None:
    text = f"Only {named} are serious about fixing dentistry round here. {tag}"
    messages = sided_messages(text)
    name = named.removeprefix("the ")
    assert any(m.startswith("Supports") for m in messages), messages
    assert not any(m.startswith("Attacks") and name in m for m in messages), messages


@pytest.mark.parametrize(
    ("tag", "side"),
    [
        ("#VoteOkafor", "Supports Okafor"),
        ("#DanaWhitfield4Mayor", "Supports DanaWhitfield"),
        ("#Kowalski4Sheriff", "Supports Kowalski"),
        ("#KowalskiMustGo", "Attacks Kowalski"),
    ],
)
def test_a_campaign_shape_with_any_name_takes_its_side(tag: str, side: str) -> None:
    assert any(m.startswith(side) for m in sided_messages(f"Big day tomorrow {tag}"))


@pytest.mark.parametrize(
    "tag",
    ["#VoteForChange", "#VoteEarly", "#VoteNow", "#BackTheTeam", "#NeverForgotten", "#BurnOut"],
)
def test_a_campaign_shape_around_everyday_words_backs_no_one(tag: str) -> None:
    assert sided_messages(f"Big day tomorrow {tag}") == []


@pytest.mark.parametrize(
    "tags",
    [
        "#Trump2016 #Hillary2016 #libertarian",
        "#Okafor2028 #Whitfield2028",
        "#Labour2024 #Tory2024",
        # Both wings' community tags: a post tagged to reach both audiences backs neither.
        "#tcot #p2",
        "#UniteBlue #ccot",
    ],
)
def test_a_run_of_tags_backing_rivals_alike_backs_neither(draft: MakeDraft, tags: str) -> None:
    from postlint._rules.politics.campaigns import listed_campaigns

    d = draft(f"Big debate tonight. {tags}")
    assert [m.text for m in listed_campaigns(d) if m.side in ("support", "attack")] == []


@pytest.mark.parametrize(
    "tags",
    [
        "#Okafor2028 #Whitfield2028 #Reyes2028",
        "#Okafor2028 #Whitfield2028",
        "#Labour2029 #Reform2029",
    ],
)
def test_a_sentence_before_a_run_backing_rivals_names_none_of_them(tags: str) -> None:
    messages = sided_messages(f"Then you'd finally hear from the folk who do the work. {tags}")
    messages += sided_messages(f"Big debate tonight and I cannot wait {tags}")
    named = [tag.lstrip("#").rstrip("0123456789") for tag in tags.split()]
    targets = [m.split(":")[0] for m in messages]  # "Supports Labour (“#Labour2029”)"
    assert not any(name in t for t in targets for name in named), messages


@pytest.mark.parametrize("tags", ["#Starmer #Badenoch", "#Trump #Harris", "#Farage #Polanski"])
def test_a_run_of_rivals_names_ending_a_post_names_none_of_them(tags: str) -> None:
    """Bare name tags of rivals after a sentence say what the post is about: the sentence's
    side, if any, is not on whichever of them the judge leans to."""
    texts = [
        f"What I want from a debate is how they'll pay for it, not just what they promise. {tags}",
        f"Everyone should watch the whole thing before making their mind up {tags}",
    ]
    named = [tag.lstrip("#") for tag in tags.split()]
    for text in texts:
        targets = [m.split(":")[0] for m in sided_messages(text)]
        assert not any(name in t for t in targets for name in named), (text, targets)


@pytest.mark.parametrize(
    ("first", "second"), [("Starmer", "Badenoch"), ("Harris", "Trump"), ("Swinney", "Sarwar")]
)
def test_a_side_taken_before_a_run_of_rivals_names_is_still_reported(
    first: str, second: str
) -> None:
    """The run names who the sentence is about, if not which of them: the side is reported
    at the bar of a sentence that names someone, with neither name as its target."""
    text = f"Either of them would make a decent leader, honestly. #{first} #{second}"
    messages = sided_messages(text)
    assert any(m.startswith("Supports") for m in messages), messages
    assert not any(first in m.split(":")[0] or second in m.split(":")[0] for m in messages)


@pytest.mark.parametrize(("first", "second"), [("Starmer", "Reeves"), ("Trump", "Vance")])
def test_a_run_of_names_the_sentence_goes_on_about_is_read(first: str, second: str) -> None:
    text = f"Watching #{first} #{second} do a brilliant job on the budget tonight."
    targets = [m.split(":")[0] for m in sided_messages(text)]
    assert any(first in t or second in t for t in targets), targets


@pytest.mark.parametrize(
    ("tags", "movement"),
    [("#tcot #ccot", "the conservative movement"), ("#p2 #UniteBlue", "the progressive movement")],
)
def test_a_run_of_one_wing_still_backs_its_movement(tags: str, movement: str) -> None:
    messages = sided_messages(f"Proud of everyone who turned out to canvass today {tags}")
    assert any(m.startswith(f"Supports {movement}") for m in messages), messages


def test_a_run_that_agrees_still_backs_its_party() -> None:
    messages = sided_messages("Proud to be out for the team tonight #Labour2029 #LabourDoorstep")
    assert any(m.startswith("Supports Labour") for m in messages), messages


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Peace was close, but the Okonjo government keeps stalling.", "the Okonjo government"),
        (
            "The Whitfield administration has let renters down again.",
            "The Whitfield administration",
        ),
        ("Reyes's government cannot fix this by itself.", "Reyes's government"),
        ("Honestly the govt has no idea what it is doing.", "the govt"),
        ("New estates, no GP surgery, and govt's reforms make it worse.", "govt"),
        ("Did you see the PM's speech last night?", "the PM"),
        ("Council member Andre Wallace got us the new crossing.", "Council member Andre Wallace"),
        ("Thanks to our State Rep. Luis Carrasco for the funding.", "State Rep. Luis Carrasco"),
        ("Cr Bronwyn Tait pushed the dog park through council.", "Cr Bronwyn Tait"),
    ],
)
def test_a_government_by_its_leader_or_short_name_is_an_actor(
    draft: MakeDraft, text: str, actor: str
) -> None:
    assert actor.lower() in [found.lower() for found in actors(draft(text))]


@pytest.mark.parametrize(
    "text", ["The CR Smith report is out today.", "Turn left at Cr Street and park."]
)
def test_cr_of_another_kind_is_no_councillor(draft: MakeDraft, text: str) -> None:
    assert not actors(draft(text))


@pytest.mark.parametrize(
    "text",
    [
        "Local Government Association members met in Leeds.",
        "Does government need a new digital strategy?",
        "Open Government data is now published weekly.",
        "Welsh Government officials joined the workshop.",
    ],
)
def test_a_kind_or_level_of_government_is_no_leader(draft: MakeDraft, text: str) -> None:
    # (The trained path's named entities may still find an organisation: not a role.)
    found = draft(text)
    roles = [m for m in political_actors_in(found, 0, len(found.text)) if m.kind == "role"]
    assert not roles


@pytest.mark.parametrize(
    "text",
    [
        "A lovely evening showing her support for Oakfield Hospice and its volunteers.",
        "Great to be back for Christmas with the whole Leeds team.",
        "Thanks for your support for Macmillan this year, everyone.",
        "Our support for Ukraine's farmers continues through the winter.",
        "Congratulations to Tom Ashworth for Judge's Choice at the county show!",
    ],
)
def test_support_as_a_noun_backs_no_one(draft: MakeDraft, text: str) -> None:
    assert not [m for m in political_actors_in(draft(text), 0, len(text)) if m.kind == "backed"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Vote for Dana Whitfield on Thursday.", "Dana Whitfield"),
        ("Please support Tomasz Nowak in Ward 3.", "Tomasz Nowak"),
        ("Back Priya Raman for Mayor!", "Priya Raman"),
        # local offices, where most candidates stand
        ("Dale Brennan for County Commissioner! Yard signs available.", "Dale Brennan"),
        ("Kwame Mensah for School Board. He'll answer your emails.", "Kwame Mensah"),
        ("My vote's going to Jo Hartley for Ward 3, easy choice.", "Jo Hartley"),
        ("Siobhan Kelly for District Attorney.", "Siobhan Kelly"),
    ],
)
def test_a_call_to_back_someone_names_them(draft: MakeDraft, text: str, name: str) -> None:
    assert name in actors(draft(text))


@pytest.mark.parametrize(
    "text",
    [
        "@JoBrennanMP must explain to Parliament why the clinics promised in May never opened.",
        "@CllrOkafor has to answer to the council for the failed bin contract. A shambles.",
        "@SenReyes owes everyone who testified before the Senate an apology.",
    ],
)
def test_a_body_where_something_happens_is_not_whom_the_stance_is_about(text: str) -> None:
    report = civil_servant_check(text)
    messages = [d.message for d in report.diagnostics if d.rule == "politics.partisan-attack"]
    assert messages, report.diagnostics
    for message in messages:
        assert not re.match(r"Attacks (the )?(Parliament|council|Senate)\b", message), message


@pytest.mark.parametrize(
    ("party", "bodies"),
    [
        ("Labour", "the council"),
        ("The Tories", "Parliament and Downing Street"),
        ("The Democrats", "the House, the Senate and the White House"),
        ("The Republicans", "the House, the Senate and the White House"),
        ("Reform UK", "the county council"),
    ],
)
def test_what_a_party_held_is_not_whom_the_attack_is_on(party: str, bodies: str) -> None:
    text = f"{party} had {bodies} for years and still couldn't fix social care."
    heads = [m.split(":", 1)[0] for m in sided_messages(text)]
    assert heads == [f"Attacks {party.replace('The ', 'the ')}"], heads


def test_an_attack_on_an_account_postlint_does_not_know_names_the_account() -> None:
    text = "@DrewHalloran must explain why the clinics promised in May never opened. Shameful."
    report = civil_servant_check(text)
    attacks = [d.message for d in report.diagnostics if d.rule == "politics.partisan-attack"]
    assert attacks and attacks[0].startswith("Attacks “@DrewHalloran”"), attacks


@pytest.mark.parametrize(
    "name",
    [
        "kemi badenoch",
        "keir starmer",
        "ed davey",
        "nigel farage",
        "zack polanski",
        "donald trump",
        "kamala harris",
        "pierre poilievre",
        "mark carney",
        "the lib dems",
        "plaid cymru",
        "reform uk",
        "the democrats",
        "the republicans",
        "fine gael",
    ],
)
def test_a_full_name_in_lower_case_is_an_actor_for_every_side(draft: MakeDraft, name: str) -> None:
    found = actors(draft(f"honestly {name} had a shocking week, again"))
    assert any(name.removeprefix("the ") in actor.lower() for actor in found), found


@pytest.mark.parametrize(
    "text",
    [
        "the labour market is tight this winter",
        "a national party of ramblers met in the hall",
        "reform of the planning rules is overdue",
        "we ate the greens from the allotment",
    ],
)
def test_a_homonym_in_lower_case_is_no_actor(draft: MakeDraft, text: str) -> None:
    assert actors(draft(text)) == []


@pytest.mark.parametrize(
    ("text", "named"),
    [
        (
            "Tamsin Okonkwo let the bus depot close and then blamed the unions. Shameful.",
            "Tamsin Okonkwo",
        ),
        (
            "Dariusz Kowalczyk has been a disaster for this borough and must go.",
            "Dariusz Kowalczyk",
        ),
    ],
)
def test_an_attack_on_a_person_postlint_does_not_know_names_them(text: str, named: str) -> None:
    report = civil_servant_check(text)
    attacks = [d.message for d in report.diagnostics if d.rule == "politics.partisan-attack"]
    assert attacks and attacks[0].startswith(f"Attacks {named}:"), attacks


@pytest.mark.parametrize(
    "tag",
    ["#VoteLabour", "#VoteConservative", "#VoteLibDem", "#VoteGreen", "#VoteReform", "#VoteSNP"],
)
def test_a_vote_tag_after_neutral_words_backs_its_party_for_every_party(tag: str) -> None:
    # The models read "voted this morning" as no politics; a #Vote<party> tag means nothing else.
    text = f"Voted with my heart and my head this morning 🌍 {tag}"
    report = civil_servant_check(text)
    assert "politics.partisan-endorsement" in {d.rule for d in report.diagnostics}, tag


EMOJI_SIDES = ["Labour", "the Conservatives", "the Lib Dems", "Reform UK", "the Greens", "the SNP"]


@pytest.mark.parametrize("party", EMOJI_SIDES)
def test_scorn_emojis_beside_a_party_attack_it_for_every_party(party: str) -> None:
    text = f"{party[0].upper()}{party[1:]} on the news again this morning 🙄🙄"
    report = civil_servant_check(text)
    attacks = [d.message for d in report.diagnostics if d.rule == "politics.partisan-attack"]
    assert attacks and "(🙄)" in attacks[0], report.diagnostics


@pytest.mark.parametrize("party", [*EMOJI_SIDES, "the Democrats", "the Republicans"])
def test_scorn_closing_a_short_post_makes_its_praise_sarcasm_for_every_party(party: str) -> None:
    text = f"Superb work, {party}. Another hospital closed. Truly the party of the NHS 🙄"
    messages = sided_messages(text)
    name = party.removeprefix("the ")
    assert any(m.startswith("Attacks") and name in m for m in messages), messages
    assert not any(m.startswith("Supports") for m in messages), messages


def test_scorn_in_a_long_post_stays_with_its_own_sentence() -> None:
    text = (
        "Superb work from the Greens on the new cycle lanes, which the whole street has wanted "
        "for years and which the school run has needed for longer. The consultation drew more "
        "replies than any before it, and the design changed because of them. Parking, on the "
        "other hand, is still a nightmare on Mondays 🙄"
    )
    assert not any(m.startswith("Attacks") for m in sided_messages(text))


@pytest.mark.parametrize(
    "speaker", [*EMOJI_SIDES, "the Democrats", "the Republicans", "@JDVance", "@SenWarren"]
)
def test_endorsing_what_a_party_said_supports_it_for_every_party(speaker: str) -> None:
    for text in (
        f"This from {speaker} on rail fares 👇 100% correct.",
        f"Every word of this from {speaker} on the cost of living is right.",
    ):
        messages = sided_messages(text)
        assert messages and all(m.startswith("Supports") for m in messages), (text, messages)


@pytest.mark.parametrize(
    "text",
    [
        "This from Labour on rail fares is not 100% correct, to put it mildly.",
        "This from Reform on rail fares 👇 100% correct 🙄",
        "This from my nan on rail fares 👇 100% correct.",
    ],
)
def test_endorsing_no_one_or_not_at_all_supports_no_one(text: str) -> None:
    assert not any(m.startswith("Supports") for m in sided_messages(text))


@pytest.mark.parametrize("party", EMOJI_SIDES)
def test_praise_emojis_beside_a_party_support_it_for_every_party(party: str) -> None:
    text = f"{party[0].upper()}{party[1:]} at the hustings last night 🔥💯"
    report = civil_servant_check(text)
    rules = {d.rule for d in report.diagnostics}
    assert "politics.partisan-endorsement" in rules and "politics.partisan-attack" not in rules


@pytest.mark.parametrize(
    "text",
    [
        "Tomasz Wilk in the derby last night 🔥🔥 what a goal",  # a footballer, no actor
        "Our new timetable app launched today 🔥💯",
        "The council's new bins arrived this morning 💪",  # a body every side sits in
    ],
)
def test_praise_emojis_without_a_political_actor_take_no_side(text: str) -> None:
    report = civil_servant_check(text)
    assert "politics.partisan-endorsement" not in {d.rule for d in report.diagnostics}


@pytest.mark.parametrize("party", EMOJI_SIDES)
@pytest.mark.parametrize(
    "template",
    [
        "Huge thanks to {} for fighting to keep our library open, the only party that listens.",
        "Everyone slagging off {} this week should look at what they did for carers.",
        "The pile-on against {} over the rail plan is just lazy.",
    ],
)
def test_thanks_and_rebutted_critics_back_the_party_for_every_party(
    template: str, party: str
) -> None:
    text = template.format(party)
    sided = sided_messages(text)
    name = party.removeprefix("the ")
    assert sided and all(not (m.startswith("Attacks") and name in m) for m in sided), sided
    assert any(m.startswith("Supports") and name in m for m in sided), sided


@pytest.mark.parametrize(
    "text",
    [
        "Thanks for nothing, Tories. Another tax rise for working families.",
        "Thanks Labour, great job on the energy bills 🙄",
    ],
)
def test_sarcastic_thanks_is_no_support(text: str) -> None:
    report = civil_servant_check(text)
    assert "politics.partisan-endorsement" not in {d.rule for d in report.diagnostics}


@pytest.mark.parametrize("party", EMOJI_SIDES)
@pytest.mark.parametrize(
    "template",
    [
        "{} should stand down over the contracts scandal, and everyone knows it.",
        "Honestly {} has to go. Four years of broken promises.",
        "Nothing delivered on the high street. Time to go, {}.",
    ],
)
def test_a_call_to_go_attacks_the_party_for_every_party(template: str, party: str) -> None:
    text = template.format(party)
    text = text[0].upper() + text[1:]
    sided = sided_messages(text)
    name = party.removeprefix("the ")
    assert any(m.startswith("Attacks") and name in m for m in sided), sided
    assert not any(m.startswith("Supports") and name in m for m in sided), sided


@pytest.mark.parametrize(
    "text",
    [
        "Labour needs to go further on housing, say the charities.",
        "The Greens must go to Leeds next week for the hustings.",
    ],
)
def test_going_further_or_somewhere_is_no_call_to_go(draft: MakeDraft, text: str) -> None:
    from postlint._rules.politics.cues import cued_side

    found = draft(text)
    actor = political_actors_in(found, 0, len(text))[0]
    assert cued_side(found, 0, len(text), actor) is None


@pytest.mark.parametrize("party", EMOJI_SIDES)
@pytest.mark.parametrize(
    "template",
    [
        "{} putting dentistry at the top of the list is exactly right.",
        "{} got it right on the rail fares, whatever the papers say.",
    ],
)
def test_praise_after_a_party_supports_it_for_every_party(template: str, party: str) -> None:
    text = template.format(party)
    text = text[0].upper() + text[1:]
    sided = sided_messages(text)
    name = party.removeprefix("the ")
    assert any(m.startswith("Supports") and name in m for m in sided), sided
    assert not any(m.startswith("Attacks") and name in m for m in sided), sided


def test_praise_in_another_clause_is_not_about_the_first_actor(draft: MakeDraft) -> None:
    from postlint._rules.politics.cues import cued_side

    text = "Labour cut the bus routes while the Greens got it right on fares."
    found = draft(text)
    labour, greens = political_actors_in(found, 0, len(text))[:2]
    # The praise is the Greens'; Labour's own clause blames it (a public good cut).
    assert cued_side(found, 0, len(text), labour) == "attack"
    assert cued_side(found, 0, len(text), greens) == "support"


@pytest.mark.parametrize(
    "text",
    [
        "Thanks to the Tories, my rent has doubled in three years.",
        "Thanks to Labour's cuts, the library in Eastfield is closing.",
        "Prices are up again thanks to the SNP and their new levy.",
    ],
)
def test_thanks_to_as_because_of_is_no_support(text: str) -> None:
    report = civil_servant_check(text)
    assert "politics.partisan-endorsement" not in {d.rule for d in report.diagnostics}


def test_an_everyday_word_opening_a_sentence_is_no_part_of_a_name() -> None:
    from postlint._rules.politics.someone import someone_named

    for text in [
        "Steady Eddie. Nobody panic about the polls.",
        "Court Ruling Shocks The Whole Nation Tonight.",
        "Mark Time on the parade ground, they said.",
        "Frank Discussion at the council tonight.",
    ]:
        assert someone_named(civil_servant_draft(text), 0, len(text)) is None, text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Eric Adams should have resigned the day he was charged.", "Eric Adams"),
        ("Mark Drakeford got the free prescriptions right.", "Mark Drakeford"),
        ("Honestly, Bill Haslam did more for the state than anyone.", "Bill Haslam"),
        ("John Fetterman has more backbone than most of his party.", "John Fetterman"),
    ],
)
def test_a_common_given_name_opens_a_persons_name(text: str, name: str) -> None:
    from postlint._rules.politics.someone import someone_named

    draft = civil_servant_draft(text)
    assert someone_named(draft, 0, len(text)) == name
    # Whether a finding is reported at all does not rest on a common given name: a sports
    # star's would make a race report a politics finding.
    assert someone_named(draft, 0, len(text), given=False) != name


@pytest.mark.parametrize(
    "party", ["Fine Gael", "Fianna Fáil", "Sinn Féin", "the Australian Greens", "One Nation party"]
)
@pytest.mark.parametrize(("rank", "side"), [("last", "attack"), ("first", "support")])
def test_a_preferential_ballot_call_takes_its_side_for_every_party(
    draft: MakeDraft, party: str, rank: str, side: str
) -> None:
    text = f"Whatever you do on Saturday, put {party} {rank} on the ballot."
    at = text.index(party.removeprefix("the "))
    called = vote_call_at(text, at, at + len(party.removeprefix("the ")))
    assert called is not None and called[1] == side, (text, called)


def test_putting_the_kettle_on_first_is_no_ballot(draft: MakeDraft) -> None:
    text = "Put the kettle on first, then we talk about the Greens."
    at = text.index("Greens")
    assert vote_call_at(text, at, at + len("Greens")) is None


def test_a_target_that_opened_a_sentence_reads_mid_sentence_in_the_message() -> None:
    text = "The Mayor is a disgrace and must go."
    report = civil_servant_check(text)
    attacks = [d.message for d in report.diagnostics if d.rule == "politics.partisan-attack"]
    assert attacks and attacks[0].startswith("Attacks the Mayor:"), attacks


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Labour", "the Conservatives"),
        ("the Conservatives", "Labour"),
        ("the Lib Dems", "Reform UK"),
        ("Reform UK", "the Greens"),
        ("the Greens", "the SNP"),
        ("the SNP", "the Lib Dems"),
    ],
)
def test_a_contrast_backs_one_side_and_attacks_the_other_for_every_pair(
    first: str, second: str
) -> None:
    text = f"Round here {first} fixed the buses, while {second} did nothing but complain for years."
    report = civil_servant_check(text)
    messages = [d.message for d in report.diagnostics]
    supported, attacked = first.removeprefix("the "), second.removeprefix("the ")
    assert any(m.startswith("Supports") and supported in m.split(":")[0] for m in messages)
    assert any(m.startswith("Attacks") and attacked in m.split(":")[0] for m in messages)


@pytest.mark.parametrize(
    "text",
    [
        "The Labour market is tighter than it has been for years.",
        "Labour Day weekend plans: garden centre and nothing else.",
        "The Welfare Reform Act changed how the benefit is paid.",
        "Reform of the planning system came up at the team meeting.",
        "Scottish Greens? No, the Green belt consultation closes on Friday.",
    ],
)
def test_a_partys_name_used_as_the_everyday_word_is_no_party(draft: MakeDraft, text: str) -> None:
    found = draft(text)
    parties = [m.text for m in political_actors_in(found, 0, len(text)) if m.kind == "party"]
    assert not any(p in ("Labour", "Reform", "Green") for p in parties), parties


@pytest.mark.parametrize(
    "text",
    [
        "The Labour market is tighter than it has been for years.",
        "Plaid shirts are back in the shops this autumn.",
        "A plaid scarf and a flask of tea: ready for the match.",
    ],
)
def test_a_cloth_or_a_market_is_no_party(draft: MakeDraft, text: str) -> None:
    found = draft(text)
    assert not [m for m in political_actors_in(found, 0, len(text)) if m.kind == "party"]


@pytest.mark.parametrize(
    "party", ["Reform", "Labour", "Scottish Labour", "Reform UK", "Plaid", "Plaid Cymru"]
)
def test_a_party_named_as_people_write_it_is_the_party(draft: MakeDraft, party: str) -> None:
    text = f"Honestly {party} have let this town down again."
    assert any(m.kind == "party" for m in political_actors_in(draft(text), 0, len(text)))


#: A leader of each party, by surname alone as people write it: every party's alike.
LEADERS_BY_SURNAME = [
    "Starmer",
    "Badenoch",
    "Davey",
    "Farage",
    "Swinney",
    "Polanski",
    "Sunak",
    "Reeves",
    "Trump",
    "Harris",
    "Vance",
    "Jeffries",
    "Whitmer",
    "Buttigieg",
]


@pytest.mark.parametrize("surname", LEADERS_BY_SURNAME)
def test_a_leader_named_by_surname_alone_is_an_actor(draft: MakeDraft, surname: str) -> None:
    text = f"Honestly {surname} has had a shocking week."
    assert surname in actors(draft(text))


@pytest.mark.parametrize("surname", ["Swinney", "Davey", "Badenoch", "Jeffries", "Trump"])
def test_a_surname_attack_names_the_leader(surname: str) -> None:
    messages = sided_messages(f"{surname} is a liability and should go.")
    assert any(m.startswith(f"Attacks {surname}:") for m in messages), messages
    assert not any(m.startswith("Takes a side on") for m in messages), messages


@pytest.mark.parametrize("party", ["Labour", "Labor"])
def test_a_partys_council_is_the_party(draft: MakeDraft, party: str) -> None:
    text = f"Thank you to the {party} council for fixing the potholes on Mill Lane at last."
    assert party in actors(draft(text))


@pytest.mark.parametrize(
    ("text", "party"),
    [
        ("I voted Greens and I'd do it again, they take the river sewage seriously.", True),
        ("Honestly Greens got my vote in the locals, best councillors we've had.", True),
        ("Greens are so expensive at the market this week.", False),
        ("Greens from the allotment tonight, the slugs got the rest.", False),
    ],
)
def test_greens_alone_is_the_party_inside_a_sentence_not_opening_one(
    draft: MakeDraft, text: str, party: bool
) -> None:
    found = draft(text)
    names = [a.text for a in political_actors_in(found, 0, len(text))]
    assert ("Greens" in names) is party, names


@pytest.mark.parametrize(
    "tag",
    [
        "#Starmer",
        "#Badenoch",
        "#Farage",
        "#Polanski",
        "#Davey",
        "#Swinney",
        "#Harris",
        "#Trump",
        "#Walz",
        "#Vance",
        "#Tories",
        "#Labour",
        "#LibDems",
        "#SNP",
        "#GOP",
        "#Democrats",
    ],
)
def test_a_bare_name_tag_is_its_party_or_politician_whoever_it_names(
    draft: MakeDraft, tag: str
) -> None:
    """ "… #Trump" was read as naming Trump while "… #Starmer" or "… #Harris" named no one."""
    assert actors(draft(f"Watching the debate tonight {tag}")) == [tag]


@pytest.mark.parametrize("tag", ["#reform", "#plaid", "#greens", "#truss"])
def test_a_bare_tag_that_is_an_everyday_word_names_no_one(draft: MakeDraft, tag: str) -> None:
    assert actors(draft(f"Lovely autumn look this week {tag}")) == []


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("Brilliant rally tonight #Trump2024 #Vance", ("Trump", "Vance")),
        ("Great speech tonight #Starmer #Labour", ("Starmer", "Labour")),
        ("Proud to be out for the team tonight #Labour2029 #Starmer", ("Labour", "Starmer")),
    ],
)
def test_a_run_of_a_campaign_and_its_own_names_still_names_whom_it_backs(
    text: str, named: tuple[str, ...]
) -> None:
    """A campaign tag beside a bare name, or a politician beside a party, are no rivals."""
    targets = [m.split(":")[0] for m in sided_messages(text)]
    assert any(name in t for t in targets for name in named), targets


@pytest.mark.parametrize(
    "text",
    [
        "Really pleased the new bridge will bring govt investment to the valley.",
        "We welcome the government grant for the library roof.",
        "The government website is down again, can't renew my licence.",
    ],
)
def test_government_as_a_modifier_is_no_actor(draft: MakeDraft, text: str) -> None:
    assert actors(draft(text)) == []


@pytest.mark.parametrize(
    "text", ["The government must act on damp homes now.", "This government is a shambles."]
)
def test_government_as_a_subject_is_an_actor(draft: MakeDraft, text: str) -> None:
    assert actors(draft(text)) != []
