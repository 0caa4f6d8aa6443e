"""Political risk judged by meaning: what word lists missed is caught, every party alike.

The sentences are the project's own, written for these tests (none is in the training corpus:
``test_these_sentences_are_not_training_rows`` checks). Every test runs on both NLP paths.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

import postlint

Lint = Callable[..., postlint.Report]
ROOT = Path(__file__).resolve().parents[1]

CIVIL_SERVANT = {
    "profile": "uk-civil-service",
    "account": {"kind": "personal"},
    "author": {"role": "policy adviser", "organisation": "Department for Education"},
    "rules": {"select": ["politics"]},
}
ENDORSEMENT = "politics.partisan-endorsement"
ATTACK = "politics.partisan-attack"
VERDICT = "politics.policy-verdict"
SOLICITATION = "politics.campaign-solicitation"


SIDES = {ENDORSEMENT, ATTACK}


def politics(lint: Lint, text: str, **overrides: object) -> list[postlint.Diagnostic]:
    config = {**CIVIL_SERVANT, **overrides}
    return [d for d in lint(text, **config).diagnostics if d.rule.startswith("politics.")]


def rules_fired(lint: Lint, text: str) -> set[str]:
    return {d.rule for d in politics(lint, text)}


# -- Even-handed: the same words about any party give the same finding. ------------------------

UK_PARTIES = ["Labour", "the Conservatives", "the Lib Dems", "Reform UK", "the Greens", "the SNP"]
US_SIDES = ["the Democrats", "the Republicans"]
IE_SIDES = ["Fine Gael", "Fianna Fáil", "Sinn Féin"]
CA_AU_NZ_SIDES = ["the NDP", "Australian Labor", "NZ First", "the National Party"]
US_CANDIDATES = ["Harris", "Trump", "Haley", "Newsom"]
EVEN_HANDED = [
    ("Vote {} on Thursday!", ENDORSEMENT),
    ("I'll be backing {} at the election, and so should you.", ENDORSEMENT),
    ("{} have wrecked this country and everyone knows it.", ATTACK),
    ("Never trust {} with the economy again.", ATTACK),
]


@pytest.mark.parametrize(("template", "rule"), EVEN_HANDED)
@pytest.mark.parametrize(
    "sides", [UK_PARTIES, US_SIDES, IE_SIDES, CA_AU_NZ_SIDES], ids=["uk", "us", "ie", "ca-au-nz"]
)
def test_every_party_is_caught_alike(
    lint: Lint, template: str, rule: str, sides: list[str]
) -> None:
    fired = {side: rules_fired(lint, _sentence(template, side)) for side in sides}
    missed = [side for side, rules in fired.items() if rule not in rules]
    assert not missed, f"{template!r}: {rule} missed for {missed} (caught for the others)"


@pytest.mark.parametrize(
    ("template", "rule", "opposite"),
    [
        ("Every time {} opens its mouth it's more lies.", ATTACK, ENDORSEMENT),
        ("{} have let this town down again and again.", ATTACK, ENDORSEMENT),
        ("{} delivered for working families, full stop.", ENDORSEMENT, ATTACK),
    ],
)
def test_one_party_named_is_given_the_same_side_whichever_it_is(
    lint: Lint, template: str, rule: str, opposite: str
) -> None:
    fired = {side: rules_fired(lint, _sentence(template, side)) for side in UK_PARTIES + US_SIDES}
    wrong = [side for side, rules in fired.items() if rule not in rules or opposite in rules]
    assert not wrong, f"{template!r}: not {rule} alone for {wrong}"


@pytest.mark.parametrize(
    "template",
    [
        "{} ran the flimsiest campaign in living memory.",
        "{} gave the most hollow speech I've heard in years.",
        "Honestly, {} are a shambles.",
    ],
)
def test_scorn_for_a_partys_work_attacks_it_whichever_it_is(lint: Lint, template: str) -> None:
    sides = [*UK_PARTIES, *US_SIDES, *US_CANDIDATES]
    fired = {side: rules_fired(lint, _sentence(template, side)) for side in sides}
    wrong = [side for side, rules in fired.items() if rules & SIDES != {ATTACK}]
    assert not wrong, f"{template!r}: not an attack alone for {wrong}"


@pytest.mark.parametrize(
    "template",
    ["{} have let this town down for years.", "{} have once again failed working families."],
)
def test_failing_people_attacks_a_party_whichever_it_is(lint: Lint, template: str) -> None:
    fired = {side: rules_fired(lint, _sentence(template, side)) for side in UK_PARTIES + US_SIDES}
    wrong = [side for side, rules in fired.items() if rules & SIDES != {ATTACK}]
    assert not wrong, f"{template!r}: not an attack alone for {wrong}"


@pytest.mark.parametrize(
    "adjective", ["Labour", "Conservative", "Green", "Tory", "Plaid", "Reform"]
)
def test_a_councillor_is_named_with_their_party_whichever_it_is(adjective: str) -> None:
    from tests.conftest import sided_messages

    text = f"{adjective} councillor Jane Okafor has let this ward down for years."
    messages = sided_messages(text)
    assert any(m.startswith(f"Attacks {adjective} councillor Jane Okafor") for m in messages)


@pytest.mark.parametrize("party", [*UK_PARTIES, *US_SIDES])
def test_no_more_of_a_party_attacks_it_whichever_it_is(lint: Lint, party: str) -> None:
    assert rules_fired(lint, f"No more {party}. Enough is enough.") & SIDES == {ATTACK}


@pytest.mark.parametrize(
    ("text", "scorn"),
    [
        ("Westshire, you elected the dumbest council in the whole country.", True),
        ("What a result for the team 🙄", True),
        ("Westshire, you elected the best council in the whole country.", False),
    ],
)
def test_scorn_in_a_sentence_is_found_so_its_praise_of_no_one_is_sarcasm(
    text: str, scorn: bool
) -> None:
    from postlint._rules.politics.declarations import scorned
    from postlint._rules.politics.units import Unit
    from tests.conftest import civil_servant_draft

    assert scorned(civil_servant_draft(text), Unit(0, len(text), text)) is scorn


@pytest.mark.parametrize(
    "text",
    [
        "Labour inherited the worst economy in decades and fixed it.",
        "The weather this week is a disgrace.",
    ],
)
def test_scorn_for_something_else_is_no_attack_on_the_actor(lint: Lint, text: str) -> None:
    assert ATTACK not in rules_fired(lint, text)


@pytest.mark.parametrize(
    ("clause", "scorned"),
    [
        (" ran the flimsiest campaign in living memory.", True),
        (" delivered the most dishonest budget in memory", True),
        (" are a shambles", True),
        (" beat the worst odds anyone could face.", False),
        (" inherited the worst economy in decades", False),
        (" said the weather is a disgrace", False),
    ],
)
def test_scorn_is_for_the_actors_work_or_the_actor(clause: str, scorned: bool) -> None:
    from postlint._rules.politics.scorn import scorned_work
    from tests.conftest import civil_servant_draft

    assert scorned_work(civil_servant_draft("x"), clause) is scorned


def _sentence(template: str, side: str) -> str:
    text = template.format(side)
    return text[0].upper() + text[1:]


@pytest.mark.parametrize("template", ["Vote {} in November!", "{} is a disgrace and a liar."])
def test_every_candidate_is_caught_alike(lint: Lint, template: str) -> None:
    fired = {name: rules_fired(lint, template.format(name)) for name in US_CANDIDATES}
    assert len({frozenset(rules) for rules in fired.values()}) == 1, fired
    assert all(fired.values()), fired


@pytest.mark.parametrize(
    "tags",
    [
        [
            "#VoteLabour",
            "#VoteConservative",
            "#VoteLibDem",
            "#VoteGreen",
            "#VoteReform",
            "#VoteSNP",
        ],
        ["#VoteBlue", "#VoteRed", "#VoteTrump", "#VoteHillary"],
    ],
    ids=["uk", "us"],
)
def test_every_party_s_campaign_tag_is_caught_alike(lint: Lint, tags: list[str]) -> None:
    """A post whose only stance is its tag: the tag's side decides, for every party."""
    fired = {tag: rules_fired(lint, f"Big day tomorrow, see you all there. {tag}") for tag in tags}
    assert all(ENDORSEMENT in rules for rules in fired.values()), fired


CAMPAIGN_TAGS_BY_SIDE = [
    (
        ENDORSEMENT,
        ["#Labour2029", "#Tories2029", "#LibDems2029", "#SNP2026", "#Reform2029", "#Greens2029"],
    ),
    (ENDORSEMENT, ["#Trump2028", "#Harris2028", "#Newsom2028", "#TeamDemocrats", "#GOP2026"]),
    (ATTACK, ["#LabourOut", "#ToriesOut", "#LibDemsOut", "#SNPOut", "#ReformOut", "#GreensOut"]),
    (ATTACK, ["#NeverTrump", "#NeverHarris", "#StopNewsom", "#DumpDemocrats", "#GOPOut"]),
]


@pytest.mark.parametrize(("rule", "tags"), CAMPAIGN_TAGS_BY_SIDE)
def test_a_campaign_tag_takes_its_own_side_for_every_party(
    lint: Lint, rule: str, tags: list[str]
) -> None:
    """A tag made of a name and a marker declares a side whatever the sentence it ends says
    (an attack on someone unnamed, praise of a speech): listed or not, for every party."""
    for sentence in (
        "Honestly that debate performance was a joke from start to finish {}",
        "What a speech tonight, I was properly moved {}",
    ):
        for tag in tags:
            found = politics(lint, sentence.format(tag))
            assert [(d.rule, tag in d.message) for d in found] == [(rule, True)], (tag, found)


@pytest.mark.parametrize(
    "text",
    [
        "Our consultation on the changes to state pension age closes on Friday. #PensionReform2026",
        "Picked up a lovely jacket at the mill shop on the way home #HarrisTweed2026",
        "Thanks to everyone who came to the Greens Lane street party! #Summer2026",
    ],
)
def test_a_name_inside_other_words_is_no_campaign_tag(lint: Lint, text: str) -> None:
    assert not politics(lint, text), text


@pytest.mark.parametrize(
    "pair",
    [
        ("#AbolishTheDeathPenalty", "#KeepTheDeathPenalty"),
        ("#ScrapNetZero", "#ProtectNetZero"),
        ("#ScrapTheRwandaPlan", "#SaveTheRwandaPlan"),
        ("#DefundThePolice", "#DefendThePolice"),
        ("#ScrapULEZ", "#SaveULEZ"),
        ("#AbolishTheMonarchy", "#DefendTheMonarchy"),
    ],
    ids=lambda pair: pair[0],
)
def test_a_cause_tag_is_a_verdict_for_either_side(lint: Lint, pair: tuple[str, str]) -> None:
    """A tag of a campaign verb and a contested object backs a cause, listed or not."""
    for tag in pair:
        for sentence in ("Proud to march with them this weekend. {}", "Lovely morning for it {}"):
            found = politics(lint, sentence.format(tag))
            assert [(d.rule, tag in d.message) for d in found] == [(VERDICT, True)], (tag, found)


def test_unknown_candidates_and_handles_count(lint: Lint) -> None:
    """Names no list holds are political actors when the sentence makes them one."""
    for text in (
        "Re-elect Marisol Ekwueme for Ward 7 on Tuesday, she gets things done!",
        "Vote @TomaszBrennanMP to get the bypass built!",
        "Proud to back Councillor Ifeoma Hale again this May.",
    ):
        assert ENDORSEMENT in rules_fired(lint, text) or SOLICITATION in rules_fired(lint, text), (
            text
        )


# -- Roles, sarcasm, slogans and hashtags outside any list. ------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The Home Secretary should resign. Today.",
        "Great work from the Treasury team as usual 🙄 another stealth tax nobody voted for.",
        "Our council leader has run this town into the ground.",
        "The Education Secretary must reverse the cuts to school budgets.",
        "Absolutely shameful that ministers are once again cutting support for carers.",
        "Knocking doors in Halifax all morning 🌹 #LabourDoorstep",
        "Out on the march this morning. #BanAssaultWeapons",  # a cause tag no list holds
    ],
)
def test_risk_said_without_a_listed_word_is_caught(lint: Lint, text: str) -> None:
    assert politics(lint, text), text


# -- Disguised names read as the words they hide; the message says so. -------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Vote Lab\u200bour on Thursday!",
        "Vote L\u0430bour on Thursday!",  # a Cyrillic a
        "Vote L a b o u r on Thursday!",
        "Vote Con\u00adservative on Thursday!",
        "\uff36\uff4f\uff54\uff45 \uff2c\uff41\uff42\uff4f\uff55\uff52 on Thursday!",  # full width
    ],
)
def test_disguised_endorsements_are_caught_and_said_to_be_disguised(lint: Lint, text: str) -> None:
    found = [d for d in politics(lint, text) if d.rule == ENDORSEMENT]
    assert found, repr(text)
    assert 0 <= found[0].start < found[0].end <= len(text)


def test_the_message_says_when_the_words_were_disguised(lint: Lint) -> None:
    (finding,) = [
        d for d in politics(lint, "Vote Lab\u200bour on Thursday!") if d.rule == ENDORSEMENT
    ]
    assert "disguised" in finding.message
    assert "Labour" in finding.message


def test_digits_inside_a_name_are_read_as_letters(lint: Lint) -> None:
    assert ATTACK in rules_fired(lint, "Never trust the T0ries with the NHS.")


# -- Direction and target. ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "rule", "target"),
    [
        ("Kemi Badenoch would make a brilliant prime minister.", ENDORSEMENT, "Badenoch"),
        ("He was on fire in the debate tonight, a good man. Go Bernie!", ENDORSEMENT, "Bernie"),
        ("Farage is a liar and everyone knows it.", ATTACK, "Farage"),
        ("I would never vote for Trump.", ATTACK, "Trump"),
        ("The Foreign Secretary must go.", ATTACK, "Foreign Secretary"),
    ],
)
def test_direction_and_target_come_from_the_sentence(
    lint: Lint, text: str, rule: str, target: str
) -> None:
    found = politics(lint, text)
    assert rule in {d.rule for d in found}, [(d.rule, d.message) for d in found]
    (finding,) = [d for d in found if d.rule == rule]
    head = finding.message.split(":", 1)[0]
    assert target in head, finding.message


def test_messages_carry_no_internal_tags(lint: Lint) -> None:
    for text in ("Vote Labour on Thursday!", "This bill is cruel.", "Trump is a liar."):
        for finding in politics(lint, text):
            assert "(emotive" not in finding.message and "(rated)" not in finding.message
            assert not any(tag in finding.message for tag in ("PARTY", "POLITICIAN", "_"))


# -- Shares and quotes. -------------------------------------------------------------------------


def test_endorsing_a_quotation_makes_it_the_author_s_words(lint: Lint) -> None:
    quote = "> The Conservatives have wrecked our schools and they know it."
    endorsed = politics(lint, f"So true 👇\n\n{quote}\n")
    assert endorsed and "quotation you endorse" in endorsed[0].message
    # The same quotation reported, or quoted without a word of the author's, is not theirs.
    assert politics(lint, f"Interesting exchange at PMQs today.\n\n{quote}\n") == []


def test_reported_speech_is_someone_else_s(lint: Lint) -> None:
    assert (
        politics(lint, "The opposition leader said the Chancellor had wrecked the economy.") == []
    )
    assert politics(lint, "“Vote for change,” read the banner outside the conference.") == []


@pytest.mark.parametrize(
    "opening", ["Calls are growing for", "There have been renewed calls for", "There are calls for"]
)
def test_a_debate_reported_is_not_joined(opening: str) -> None:
    from postlint._rules.politics.speech import speech_reported

    assert speech_reported(f"{opening} the wealth tax to be scrapped before the next budget.")
    assert not speech_reported("We must scrap the wealth tax before the next budget.")


# -- Traps: everyday words that share a politician's or a party's name. -------------------------

TRAPS = [
    "Our cat Boris knocked the Christmas tree over again.",
    "Their winger on the right was unplayable tonight, what a cross for the second goal!",
    "Trying hard to #resist the biscuits in the office kitchen this week 🍪",
    "Labour market statistics are out: vacancies fell again this quarter.",
    "Polls open 7am to 10pm on Thursday. Bring photo ID.",
    "The Secretary of State visited our Leeds office today and met the apprentices.",
    "We took a conservative estimate of demand and planned for a green, liberal arts campus.",
    "You are the trump card in this quiz team, honestly.",
    "Please donate to the staff charity appeal for the local hospice!",
    "From April, Universal Credit claimants can report changes online.",
    "Congratulations to everyone elected on Thursday. I look forward to working with all of you.",
    "Reform of the planning system starts in April. We're excited to share the guidance!",
    "Our green spaces strategy is out today, great news for parks!",
    "She studied liberal arts before joining the department.",
    "Rishi Sunak visited a primary school in Leeds this morning.",
    "The Prime Minister opened the new hospital wing today!",
    "This scheme is a great way to get into teaching. Apply now!",
    "Labour Party conference starts in Liverpool on Sunday.",
    "I love my job and my brilliant team.",
    "The Democratic Republic of the Congo signed the agreement.",
    "Keir Starmer opened the new depot today. We loved showing him round!",
    "President Biden signed the bill into law on Tuesday, the White House said.",
    "Register to vote by 18 June! Don't miss out!!",
]


@pytest.mark.parametrize("text", TRAPS)
def test_traps_stay_quiet(lint: Lint, text: str) -> None:
    assert politics(lint, text) == [], text


# -- What the model still gets wrong, tracked: each of these fails today (strict), so a model
# that gets one right fails the test until it moves to the lists above. ----------------------

KNOWN_MISSES = [
    "One lot wastes your money on pet projects, the other lot actually delivers.",
]
KNOWN_FALSE_ALARMS = [
    "Our new flexible working policy is fair, simple and clear.",  # an employer's own policy
    "Stay at home, protect the NHS. #ProtectTheNHS",  # a public-health campaign
]
#: Caught, but as the wrong side (the rule that should fire).
KNOWN_WRONG_DIRECTION = [
    ("Honestly can't wait for Hillary to be president.", "politics.partisan-endorsement"),
]
#: Known misses of the first model that the targeted judge catches: kept, so that a model
#: that loses them again fails here.
ONCE_MISSED = [
    "Chip in a fiver tonight and help us beat the Tories in Swindon.",
    # Sarcasm with no cue word, caught by its scorn emoji beside the office (``emojis``).
    "Yet another masterclass in competence from the Chancellor 🙄",
    "We are Republicans through and through in this house.",
]
ONCE_FALSE_ALARMS = [
    "The new law is designed to take away the need for paper forms.",
]


@pytest.mark.parametrize("text", ONCE_MISSED)
def test_once_missed_now_caught(lint: Lint, text: str) -> None:
    assert politics(lint, text), text


@pytest.mark.parametrize("text", ONCE_FALSE_ALARMS)
def test_once_false_alarms_now_quiet(lint: Lint, text: str) -> None:
    assert politics(lint, text) == [], text


@pytest.mark.xfail(strict=True, reason="a known wrong direction of the model (issue 14)")
@pytest.mark.parametrize(("text", "rule"), KNOWN_WRONG_DIRECTION)
def test_known_wrong_direction(lint: Lint, text: str, rule: str) -> None:
    assert rules_fired(lint, text) == {rule}, text


@pytest.mark.xfail(strict=True, reason="a known miss of the political-risk model (issue 14)")
@pytest.mark.parametrize("text", KNOWN_MISSES)
def test_known_misses(lint: Lint, text: str) -> None:
    assert politics(lint, text), text


@pytest.mark.xfail(strict=True, reason="a known false alarm of the model (issue 14)")
@pytest.mark.parametrize("text", KNOWN_FALSE_ALARMS)
def test_known_false_alarms(lint: Lint, text: str) -> None:
    assert politics(lint, text) == [], text


@pytest.mark.xfail(
    strict=True, reason="praise in plain words reads as an attack for some parties (issue 14)"
)
def test_plain_praise_reads_as_support_for_every_party(lint: Lint) -> None:
    # "<party> have kept their promises on the economy" was this test until a cue for
    # promises kept (``praise_after``) read it right for every party; the judge's plain
    # praise is still read as an attack on some (benchmarks/direction_parity.py --set c).
    template = "{} have been a godsend for renters this year."
    fired = {side: rules_fired(lint, _sentence(template, side)) for side in UK_PARTIES}
    assert all(rules == {ENDORSEMENT} for rules in fired.values()), fired


def test_these_sentences_are_not_training_rows() -> None:
    """A test sentence that is also a training row would test memory, not judgement."""
    rows = {
        " ".join(json.loads(line)["text"].split()).lower()
        for path in (ROOT / "training" / "politics" / "batches").glob("*.jsonl")
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    }
    source = Path(__file__).read_text(encoding="utf-8")
    mine = [
        t
        for t in [*TRAPS, *ONCE_MISSED, *ONCE_FALSE_ALARMS, *(t for t, _ in KNOWN_WRONG_DIRECTION)]
        if " ".join(t.split()).lower() in rows
    ]
    assert not mine
    assert not [row for row in rows if len(row) > 30 and row in source.lower()]


@pytest.mark.parametrize(
    "sides", [UK_PARTIES, US_SIDES, IE_SIDES, CA_AU_NZ_SIDES], ids=["uk", "us", "ie", "ca-au-nz"]
)
@pytest.mark.parametrize("template", ["Don't vote {} on Thursday.", "Never vote {}, ever."])
def test_a_call_not_to_vote_for_a_party_attacks_it_for_every_party(
    lint: Lint, template: str, sides: list[str]
) -> None:
    for side in sides:
        found = politics(lint, template.format(side))
        assert found, f"{template!r}: nothing for {side}"
        assert all(d.rule != ENDORSEMENT for d in found), (side, [d.message for d in found])
        assert any(d.rule == ATTACK for d in found), (side, [d.message for d in found])
