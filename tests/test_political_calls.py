"""A call to political action is asked of the reader; a demand made of an official is a side.

The sentences are the project's own; each runs over several offices or parties alike.
"""

from __future__ import annotations

import pytest

from postlint._rules.politics.calls import is_a_call
from tests.conftest import EVERY_PARTY, civil_servant_check, civil_servant_draft, sided_messages

SOLICITATION = "politics.campaign-solicitation"


def _rules(text: str) -> set[str]:
    return {d.rule for d in civil_servant_check(text).diagnostics}


@pytest.mark.parametrize(
    "office", ["the Secretary of State", "the Mayor", "the council leader", "Senator Reyes"]
)
def test_lobbying_an_official_is_a_side_not_a_call_on_the_reader(office: str) -> None:
    rules = _rules(f"I have written to {office} asking them to intervene before it is too late.")
    assert SOLICITATION not in rules
    assert any(rule.startswith("politics.") for rule in rules), rules


@pytest.mark.parametrize("party", ["Labour", "the Conservatives", "the Greens", "Reform UK"])
def test_asking_the_reader_to_campaign_is_a_call_for_every_party(party: str) -> None:
    text = f"Join us on Saturday and help {party} win this seat. Sign up to volunteer today."
    assert SOLICITATION in _rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "Sign the petition before Friday.",
        "RETWEET if you're voting on Thursday!",
        "Please write to your councillor about the closure.",
        "Great night phone banking with the team.",
        "We must beat them in May.",
        "Let's get this over the line.",
    ],
)
def test_calls_on_the_reader_and_campaigning_are_calls(text: str) -> None:
    assert is_a_call(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Chancellor must extend the scheme to the end of the year.",
        "I have urged ministers to publish the report in full.",
        "RT @someone: ministers should publish the report in full.",
        "Home Secretary to review the commissioner role.",
    ],
)
def test_demands_of_officials_and_headlines_are_no_calls(text: str) -> None:
    assert not is_a_call(text)


@pytest.mark.parametrize(
    "text",
    [
        "ICYMI: you can catch me on Sunday's show talking about the sleaze. Listen here 👇",
        "Watch my interview from last night on the bus cuts.",
        "Have a listen to this morning's phone-in, from about ten minutes in.",
        "Tune in at 7pm, I'll be on the radio talking about the housing crisis.",
        "Read my piece in the Gazette on why the ring road plan is wrong.",
        "You can hear me on the late show tonight, talking about potholes.",
    ],
)
def test_an_invitation_to_watch_or_read_the_author_is_no_call(text: str) -> None:
    """Watching, reading or hearing what the author said is no political action asked of the
    reader: what was said takes a side or not (a politician's tweet that pointed to their
    radio interview on a party's sleaze was reported as a call to action for the party)."""
    assert not is_a_call(text)


@pytest.mark.parametrize(
    "text",
    [
        "Watch this, then sign the petition to save the library.",
        "Listen to the people and vote them out on Thursday.",
        "Read the leaflet and share it with your neighbours.",
    ],
)
def test_an_invitation_with_a_call_in_it_is_a_call(text: str) -> None:
    assert is_a_call(text)


@pytest.mark.parametrize("party", EVERY_PARTY)
def test_pointing_to_an_interview_about_a_party_asks_no_action(party: str) -> None:
    text = (
        "You can catch me on tonight's politics show talking about the cronyism and "
        f"sleaze engulfing {party}. Listen here 👇"
    )
    assert SOLICITATION not in _rules(text)


def _declared(text: str) -> list[str]:
    from postlint._rules.politics.declared_issues import declared_verdicts

    return [m.text for m in declared_verdicts(civil_servant_draft(text))]


@pytest.mark.parametrize(
    ("text", "issue"),
    [
        ("I'm against abortion and I always will be. Argue all you like.", "abortion"),
        ("Im totally for abortion rights, end of.", "abortion"),
        ("We are firmly in favour of the death penalty for this.", "death penalty"),
        ("I am opposed to the death penalty in every case.", "death penalty"),
        ("I fully support net zero, whatever the cost.", "net zero"),
        ("I reject net zero and the whole agenda.", "net zero"),
        ("I'm pro Brexit and proud of it.", "Brexit"),
        ("I'm anti Brexit, always have been.", "Brexit"),
    ],
)
def test_a_side_declared_on_an_issue_is_a_verdict_whichever_side(text: str, issue: str) -> None:
    [declared] = _declared(text)
    assert issue in declared
    assert "politics.policy-verdict" in _rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "I'm for a cup of tea and an early night.",
        "I'm against parking on the pavement outside the school.",
        "She said “I'm against abortion” in the debate.",
        "I support Brentford, win or lose, and Brexit never comes into it.",
    ],
)
def test_no_issue_right_after_the_declaration_declares_nothing(text: str) -> None:
    assert _declared(text) == []


@pytest.mark.parametrize(
    "who",
    ["@SamOkaforMP", "@CllrHale", "the Chancellor", "the Mayor", "Labour", "the Conservatives"],
)
def test_praise_of_a_politicians_work_supports_them_whoever_they_are(who: str) -> None:
    text = f"Fantastic work by {who} and the volunteers at the community garden today."
    assert any(m.startswith("Supports") for m in sided_messages(text)), sided_messages(text)


@pytest.mark.parametrize(
    "text",
    [
        "Fantastic work by Sarah and the team at the food bank today.",
        "So proud of my daughter, she passed her driving test!",
        "Brilliant speech from the best man, not a dry eye in the house.",
    ],
)
def test_praise_of_anyone_else_takes_no_side(text: str) -> None:
    assert sided_messages(text) == []


@pytest.mark.parametrize("who", ["the Mayor", "the Chancellor", "@SamOkaforMP"])
def test_praise_followed_by_a_complaint_is_sarcasm_not_support(who: str) -> None:
    text = f"Fantastic work from {who}, another fare rise and still no night buses out here."
    assert not [m for m in sided_messages(text) if m.startswith("Supports")], sided_messages(text)


@pytest.mark.parametrize(
    ("rule", "words", "kind", "counts"),
    [
        ("verdict", "the Government", "issue", False),  # a measure that is who governs
        ("verdict", "this administration", "issue", False),
        ("verdict", "the Mayor", "role", True),
        ("verdict", "the council", "institution", False),
        ("verdict", "this bill", "issue", True),
        ("verdict", "the Rwanda plan", "issue", True),
        ("attack", "the Government", "role", True),
        ("endorsement", "the Mayor", "role", True),
        ("endorsement", "Jurgen Klopp", "entity", False),
    ],
)
def test_a_verdict_on_no_more_than_the_government_needs_the_surer_reading(
    rule: str, words: str, kind: str, counts: bool
) -> None:
    from postlint._rules.politics.judgement import Judgement
    from postlint._rules.politics.mention import Mention
    from postlint._rules.politics.units import Unit

    stance = {"verdict": "verdict", "attack": "attack", "endorsement": "support"}[rule]
    text = f"{words} is something"
    judgement = Judgement(
        Unit(0, len(text), text),
        0.95,
        stance,
        rule,
        Mention(0, len(words), words, kind),
    )
    assert judgement.reaches(0.88, 0.98) is counts


@pytest.mark.parametrize(
    "text",
    [
        "Call Okafor the town's worst councillor? She did, on live radio.",
        "Back the bill? Not a chance, and here's why.",
        "HERE WE GO AGAIN. Call the Mayor a liar? No, just wrong.",
        "Support the new scheme? Some of us remember the last one.",
    ],
)
def test_a_question_opening_with_an_asking_verb_asks_nothing(text: str) -> None:
    assert not is_a_call(text)


@pytest.mark.parametrize(
    "text",
    ["Call your MP today!", "Why not sign the petition?", "Can you write to your councillor?"],
)
def test_a_call_or_a_question_to_the_reader_is_still_a_call(text: str) -> None:
    assert is_a_call(text)


@pytest.mark.parametrize(
    "text",
    [
        "Enrol, turn up and vote the lot of them out.",
        "Vote the bastards out on Saturday.",
        "Time to vote this shower out.",
        "Get registered and vote them all out in May.",
    ],
)
def test_a_call_to_vote_whoever_governs_out_is_a_call(text: str) -> None:
    rules = {d.rule for d in civil_servant_check(text).diagnostics}
    assert "politics.campaign-solicitation" in rules, text


@pytest.mark.parametrize(
    "text",
    [
        "The results are in and tactical voting made little difference, the study found.",
        "They voted them out of the pub quiz league for cheating.",
    ],
)
def test_votes_reported_or_out_of_a_quiz_are_no_call(text: str) -> None:
    rules = {d.rule for d in civil_servant_check(text).diagnostics}
    assert "politics.campaign-solicitation" not in rules, text
