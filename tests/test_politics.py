"""The politics family's rules: official position, solicitation, profiles, and the lexicons
the other families read. What the political-risk judgement catches and leaves alone is in
``test_political_risk.py``.

Every test runs on both NLP paths (the ``lint`` fixture). The sentences are the project's own.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest

import postlint
from postlint._pack import RulePack
from tests.conftest import sided_messages

Lint = Callable[..., postlint.Report]

CIVIL_SERVANT = {
    "profile": "uk-civil-service",
    "account": {"kind": "personal"},
    "author": {"role": "policy adviser", "organisation": "Department for Education"},
    "rules": {"select": ["politics"]},
}


def politics(lint: Lint, text: str, **overrides: object) -> list[postlint.Diagnostic]:
    config = {**CIVIL_SERVANT, **overrides}
    return [d for d in lint(text, **config).diagnostics if d.rule.startswith("politics.")]


def rules_fired(lint: Lint, text: str, **overrides: object) -> set[str]:
    return {d.rule for d in politics(lint, text, **overrides)}


def test_official_position_needs_a_role_and_a_stance(lint: Lint) -> None:
    text = "As a DfE policy adviser, I say vote Conservative."
    found = {d.rule: d for d in politics(lint, text)}
    assert "politics.partisan-endorsement" in found
    assert found["politics.official-position"].evidence == "As a DfE policy adviser"
    # The configured organisation named in the draft counts as the office.
    assert "politics.official-position" in rules_fired(
        lint, "Ten years at the Department for Education and the Tories are clowns."
    )
    # A role without political content, or political content without a role: not this rule.
    assert rules_fired(lint, "As a DfE policy adviser, I helped write the new guidance.") == set()
    assert "politics.official-position" not in rules_fired(lint, "Vote Conservative!")


def test_solicitation_needs_a_political_cause(lint: Lint) -> None:
    assert politics(lint, "Please sign the card for Sam's leaving do by Friday.") == []
    assert rules_fired(lint, "Sign Bernie's petition today!") == {"politics.campaign-solicitation"}


@pytest.mark.parametrize(
    "text",
    [
        "Donate to Bernie's campaign today!",
        "Donate to Trump's campaign today!",
        "Chip in £10 for Labour before the deadline.",
        "Chip in £10 for the Conservatives before the deadline.",
    ],
)
def test_a_call_for_money_is_fundraising_for_every_side(lint: Lint, text: str) -> None:
    assert rules_fired(lint, text) == {"politics.fundraising"}


def test_profiles_change_severity_and_guidance(lint: Lint) -> None:
    text = "Vote Labour on Thursday!"
    corporate = politics(lint, text, profile="corporate")
    assert corporate and all(d.severity == "warning" for d in corporate)
    federal = [
        d
        for d in politics(lint, text, profile="us-federal")
        if d.rule == "politics.partisan-endorsement"
    ]
    assert federal and "Hatch Act" in federal[0].guidance
    journalist = [
        d
        for d in politics(lint, text, profile="journalist")
        if d.rule == "politics.partisan-endorsement"
    ]
    assert journalist and "BBC" in journalist[0].guidance


def test_lexicon_spans_are_there_for_other_families(pack: RulePack) -> None:
    """The timing family reads PARTY and POLITICIAN spans; their ids name the country."""
    linter = postlint.Linter(postlint.Config.model_validate(CIVIL_SERVANT))
    doc = linter.nlp("Keir Starmer and the Conservatives met Donald Trump.")
    spans = {(span.text, span.label_, span.id_) for span in doc.spans["postlint"]}
    assert ("Keir Starmer", "POLITICIAN", "uk.starmer") in spans
    assert ("Conservatives", "PARTY", "uk.conservative") in spans
    assert ("Donald Trump", "POLITICIAN", "us.trump") in spans


def test_partisan_tags_say_which_side(pack: RulePack) -> None:
    side = re.compile(r"^(for|against):[a-z]+\.[a-z-]+$")
    for key, lexicon in pack.lexicons.items():
        if not key.startswith("politics/"):
            continue
        for entry in lexicon.entry:
            if entry.label in {"PARTISAN_HASHTAG", "PARTISAN_SLOGAN", "ISSUE_HASHTAG"}:
                assert side.match(entry.id), f"{key}: {entry.label} id {entry.id!r}"
            for phrase in entry.phrases:
                if entry.label.endswith("HASHTAG"):
                    assert phrase.startswith("#") and " " not in phrase, (key, phrase)


@pytest.mark.parametrize(
    "host", ["Harrow Labour", "Harrow Conservatives", "Polk County Republicans", "Polk Democrats"]
)
def test_tickets_to_a_partys_fundraiser_are_fundraising_for_every_side(
    lint: Lint, host: str
) -> None:
    text = f"You're invited! {host}' spring dinner, 12 April, $60/ticket. RSVP below"
    assert "politics.fundraising" in rules_fired(lint, text)


@pytest.mark.parametrize(
    "text",
    [
        "Tickets for the school summer ball are $40 a head, all money to the PTA.",
        "Quiz night at the Red Lion, £5 a head, proceeds to the air ambulance.",
    ],
)
def test_tickets_to_anything_else_are_no_fundraising(lint: Lint, text: str) -> None:
    assert politics(lint, text) == []


@pytest.mark.parametrize("who", ["an independent", "the Green", "the Reform", "the Labour"])
def test_standing_for_election_is_political_activity(lint: Lint, who: str) -> None:
    text = f"I'm standing as {who} candidate for Mill Lane ward in May. Leaflets going out now!"
    assert "politics.campaign-solicitation" in rules_fired(lint, text)


@pytest.mark.parametrize(
    "text",
    [
        "I'm standing for the whole of the 10k this year, no walking.",
        "Running for the bus again, see you all at the office.",
    ],
)
def test_standing_and_running_in_their_other_senses_are_no_candidature(
    lint: Lint, text: str
) -> None:
    assert politics(lint, text) == []


def test_a_sentence_opening_with_a_verb_is_the_authors_campaigning(lint: Lint) -> None:
    text = "Heading to Leeds on Saturday to knock doors for the Home Secretary. Who's in?"
    assert "politics.campaign-solicitation" in rules_fired(lint, text)


@pytest.mark.parametrize(
    ("text", "author"),
    [
        (
            "Nine years as Head of Grants at @ENERGY and I can tell you the Democrats wreck it.",
            {"role": "head of grants"},
        ),
        (
            "Speaking as a Forestry England ranger: the Tories have gutted rural jobs.",
            {"role": "ranger, Forestry England"},
        ),
    ],
)
def test_a_role_claimed_beside_a_stance_is_an_official_position(
    lint: Lint, text: str, author: dict[str, str]
) -> None:
    assert "politics.official-position" in rules_fired(lint, text, author=author)


@pytest.mark.parametrize(
    "text",
    [
        "Her campaign has $2 million in the bank after the summer.",
        "He was at a $1,700 a ticket fundraiser again. How many nurses could go to that?",
        "The Chancellor must keep the pledge to fund rural buses.",
    ],
)
def test_money_reported_or_a_promise_kept_is_no_fundraising(lint: Lint, text: str) -> None:
    assert "politics.fundraising" not in rules_fired(lint, text)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Rwanda bill set to pass tonight 🤮", "Rwanda bill (🤮)"),
        ("The Safeguarding Asylum bill passes tonight 🙄", "Safeguarding Asylum bill (🙄)"),
        ("Brexit day 🙄", "Brexit (🙄)"),
        ("Net zero targets debated in the Commons today 🤡", "Net zero (🤡)"),
    ],
)
def test_an_emoji_of_scorn_beside_an_issue_is_a_verdict(lint: Lint, text: str, target: str) -> None:
    found = [d.message for d in politics(lint, text) if d.rule == "politics.policy-verdict"]
    # The emoji is named where it decided; where the model reads the verdict itself, not.
    name = target.split(" (")[0]
    assert any(f"Takes a side on {name}" in m for m in found), found


@pytest.mark.parametrize(
    "text", ["Tax return deadline tomorrow 🙄", "My train is late again 🙄", "Monday again 🤡"]
)
def test_an_emoji_of_scorn_without_an_issue_is_no_verdict(lint: Lint, text: str) -> None:
    assert politics(lint, text) == []


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("So the Online Safety bill passed. Shameful.", "Online Safety bill"),
        ("This bill is cruel.", "this bill"),
        ("That bill is a disgrace.", "that bill"),
        # "that" after a verb of knowing opens a clause: the issue is named without it.
        (
            "People don't understand that Black Lives Matter is more than a slogan.",
            "Black Lives Matter",
        ),
        ("Most voters have forgotten that Brexit was sold on a bus.", "Brexit"),
    ],
)
def test_a_verdict_names_the_measure_with_its_name(lint: Lint, text: str, target: str) -> None:
    found = [d.message for d in politics(lint, text) if d.rule == "politics.policy-verdict"]
    assert any(m.startswith(f"Takes a side on {target}:") for m in found), found


def test_a_call_to_action_names_its_cause_not_the_body_it_goes_to(lint: Lint) -> None:
    text = "Please sign the petition to scrap the two-child limit before parliament debates it."
    [finding] = [d for d in politics(lint, text) if d.rule == "politics.campaign-solicitation"]
    assert finding.message.startswith("Calls for political action (the two-child limit)")


@pytest.mark.parametrize(
    ("text", "cause"),
    [
        (
            "I'll be at the march against the Rwanda plan on Saturday with my placard.",
            "Rwanda plan",
        ),
        ("Marching against the two-child limit this weekend, join us.", "two-child limit"),
        ("On the picket line outside the Reform UK conference today.", "Reform UK"),
        ("On the picket line outside the Labour conference today.", "Labour"),
    ],
)
def test_marching_for_a_cause_is_campaigning_named_for_the_cause(
    lint: Lint, text: str, cause: str
) -> None:
    found = [d.message for d in politics(lint, text) if d.rule == "politics.campaign-solicitation"]
    assert any(cause in m.split(":")[0] for m in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Had a brilliant time at the Pride march today, so much joy.",
        "Joining the march to raise money for the hospice on Sunday.",
    ],
)
def test_a_march_for_no_political_cause_is_no_campaigning(lint: Lint, text: str) -> None:
    assert politics(lint, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "PLEASE VOTE LUMEN ON SMA!! PLEASE VOTE LUMEN ON SMA!! @lumen_official",
        "Vote for Jade on Love Island tonight, she deserves it!",
        "Everyone vote for Marco on Bake Off, that showstopper was unreal",
        "Our fandom has to vote daily on the voting app, let's win this!",
    ],
)
def test_a_fan_vote_is_no_election(lint: Lint, text: str) -> None:
    assert politics(lint, text) == []


def test_a_fan_word_does_not_hide_a_party(lint: Lint) -> None:
    assert "politics.partisan-endorsement" in rules_fired(
        lint, "Vote Labour: the Grammys of politics!"
    )


@pytest.mark.parametrize(
    "target", ["Labour", "the Tories", "the Greens", "Reform", "the SNP", "the Democrats"]
)
def test_remembering_what_a_party_said_is_the_authors_scorn_not_a_report(target: str) -> None:
    messages = sided_messages(f"Remember when {target} said they'd fix the buses? 🤡🤡")
    name = target.removeprefix("the ")
    assert any(m.startswith("Attacks") and name in m.split(":")[0] for m in messages), messages


@pytest.mark.parametrize(
    "text",
    [
        "Labour said today it would review the cap on bus fares.",
        "The Greens said on Monday that they would publish costings next week.",
    ],
)
def test_what_a_party_said_reported_plainly_stays_quiet(lint: Lint, text: str) -> None:
    assert politics(lint, text) == []


@pytest.mark.parametrize("opening", ["Shoutout to", "Hats off to", "Kudos to", "Props to"])
@pytest.mark.parametrize("who", ["Councillor Dev Mistry", "the Lib Dems", "Senator Reyes"])
def test_praise_opening_with_a_shoutout_supports_whom_it_names(opening: str, who: str) -> None:
    messages = sided_messages(f"{opening} {who}, the only ones who stood up for the library.")
    name = who.removeprefix("the ")
    assert any(m.startswith("Supports") and name in m.split(":")[0] for m in messages), messages


@pytest.mark.parametrize("party", ["Labour", "the Conservatives", "the Greens"])
def test_thanks_with_nothing_to_thank_for_is_no_support(party: str) -> None:
    messages = sided_messages(f"Big thanks to {party}, nothing works any more.")
    assert not any(m.startswith("Supports") for m in messages), messages


@pytest.mark.parametrize(
    "party", ["The Democrats", "The Republicans", "Labour", "The Conservatives", "The Lib Dems"]
)
def test_a_sentence_pointing_back_names_whom_it_praises(party: str) -> None:
    text = f"{party} got the bus franchising bill through today. This is what governing looks like."
    name = party.replace("The ", "the ")  # "Supports the Democrats", as the draft names them
    messages = [m for m in sided_messages(text) if "This is what governing" in m]
    assert messages and all(m.startswith(f"Supports {name}:") for m in messages), messages


def test_a_sentence_pointing_back_takes_the_side_of_a_call_to_vote_before_it() -> None:
    text = "Re-elect Priya Raman for council! She got the library reopened and the bins fixed."
    messages = sided_messages(text)
    assert any(m.startswith("Supports Priya Raman:") for m in messages), messages
    assert not any(m.startswith("Attacks") for m in messages), messages


@pytest.mark.parametrize("party", ["Labour", "The Tories", "The Greens"])
def test_a_sentence_pointing_back_names_no_one_where_the_post_reads_the_other_way(
    party: str,
) -> None:
    # "Vote … out" read as a call for them would contradict the attack before it: the
    # sentence keeps no name rather than look sure of the contradiction.
    text = f"{party} keep voting against the bypass. Vote every last one of them out in May."
    name = party.removeprefix("The ")
    assert not any(m.startswith(f"Supports {name}") for m in sided_messages(text))


@pytest.mark.parametrize(
    "party", ["Labour", "The Conservatives", "The Greens", "Reform", "The SNP"]
)
@pytest.mark.parametrize(
    ("call", "side"),
    [
        ("Give them another four years.", "Supports"),
        ("Re-elect them in May.", "Supports"),
        ("Vote every last one of them out in May.", "Attacks"),
        ("Kick them out in May.", "Attacks"),
    ],
)
def test_a_call_to_vote_by_a_pronoun_takes_its_side_on_whom_the_post_named(
    party: str, call: str, side: str
) -> None:
    text = f"{party} run the council. {call}"
    name = party.removeprefix("The ")
    messages = [m for m in sided_messages(text) if name in m.split(":")[0]]
    assert messages and all(m.startswith(side) for m in messages), sided_messages(text)


@pytest.mark.parametrize("side", ["Yes", "No"])
@pytest.mark.parametrize("measure", ["Prop 22", "Measure K", "Question 3"])
def test_a_ballot_measures_campaign_takes_a_side_either_way(
    lint: Lint, side: str, measure: str
) -> None:
    found = politics(lint, f"Phone banking tonight for {side} on {measure}, pizza provided!")
    assert [d.rule for d in found] == ["politics.campaign-solicitation"], found
    verdicts = politics(lint, f"Vote {side.lower()} on {measure} on Tuesday.")
    assert any(d.message.startswith(f"Takes a side on {measure} (") for d in verdicts), verdicts


@pytest.mark.parametrize(
    "text",
    [
        "The ballot has Prop 22 on it; read the county guide before you vote.",
        "Is the answer yes on question 3? My quiz team says no.",
    ],
)
def test_a_ballot_measure_named_without_a_side_is_quiet(lint: Lint, text: str) -> None:
    assert politics(lint, text) == []
