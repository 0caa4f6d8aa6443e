"""The politics family: what each rule flags, and the traps that must stay quiet.

Every test runs on both NLP paths (the ``lint`` fixture). The sentences are the project's own.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest

import postlint
from postlint._pack import RulePack

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


TRAPS = [
    "Polls open 7am to 10pm on Thursday. Bring photo ID.",
    "Labour market statistics are out: vacancies fell again this quarter!",
    "We used a conservative estimate of the costs, and I think that was right.",
    "Reform of the planning system starts in April. We're excited to share the guidance!",
    "Our green spaces strategy is out today, great news for parks!",
    "She studied liberal arts before joining the department.",
    "The minister said the bill was a disgrace to the previous government.",
    "“The Tories have wrecked this country,” the opposition leader told the conference.",
    "The Secretary of State visited our Leeds office today and met the team.",
    "Rishi Sunak visited a primary school in Leeds this morning.",
    "The Prime Minister opened the new hospital wing today!",
    "From today, Universal Credit claimants can report changes online.",
    "Our new flexible working policy is fair, simple and clear.",
    "This scheme is a great way to get into teaching. Apply now!",
    "Labour Party conference starts in Liverpool on Sunday.",
    "Please donate to the staff charity appeal for the local hospice!",
    "I love my job and my brilliant team.",
    "You are the trump card in this game, honestly.",
    "The Democratic Republic of the Congo signed the agreement.",
    "The minister Rishi Sunak just visited our office!",
    "Keir Starmer opened the new depot today. We loved showing him round!",
    "I woke up early to finish the consultation summary.",
    "President Biden signed the bill into law on Tuesday, the White House said.",
]


@pytest.mark.parametrize("text", TRAPS)
def test_traps_stay_quiet(lint: Lint, text: str) -> None:
    assert politics(lint, text) == []


@pytest.mark.parametrize(
    ("text", "rule", "evidence"),
    [
        ("Vote Labour on Thursday!", "politics.partisan-endorsement", "Vote Labour"),
        (
            "I'm voting Conservative next week.",
            "politics.partisan-endorsement",
            "voting Conservative",
        ),
        ("Four more years. #MAGA", "politics.partisan-endorsement", "#MAGA"),
        ("Bernie for president!", "politics.partisan-endorsement", "Bernie for president"),
        (
            "Kemi Badenoch would make a brilliant leader.",
            "politics.partisan-endorsement",
            "brilliant",
        ),
        ("Farage is a liar and everyone knows it.", "politics.partisan-attack", "liar"),
        ("The Tories have wrecked this country.", "politics.partisan-attack", "wrecked"),
        ("Enough is enough. #ToriesOut", "politics.partisan-attack", "#ToriesOut"),
        ("I would never vote for Trump.", "politics.partisan-attack", "vote for Trump"),
        ("This bill is cruel.", "politics.policy-verdict", "bill is cruel"),
        ("Abortion is murder.", "politics.policy-verdict", "murder"),
        ("Marching today. #StopBrexit", "politics.policy-verdict", "#StopBrexit"),
        (
            "Please sign the petition to scrap the two-child limit.",
            "politics.campaign-solicitation",
            "sign the petition",
        ),
        (
            "Chip in a tenner and help us beat the Tories in Swindon.",
            "politics.campaign-solicitation",
            "Chip in",
        ),
    ],
)
def test_each_rule_fires_with_its_evidence(lint: Lint, text: str, rule: str, evidence: str) -> None:
    found = [d for d in politics(lint, text) if d.rule == rule]
    assert found, f"{rule} missed {text!r}"
    assert evidence in found[0].evidence
    assert found[0].guidance and found[0].link.startswith("https://")
    assert 0.0 < found[0].confidence <= 1.0


def test_campaign_hashtags_are_read_by_their_parts(lint: Lint) -> None:
    """Tags no lexicon lists still show their side: a name plus a for/against marker."""
    assert rules_fired(lint, "Nobody asked for this. #DumpHillary") == {"politics.partisan-attack"}
    assert rules_fired(lint, "See you at the rally #Bernie4Prez") == {
        "politics.partisan-endorsement"
    }
    assert rules_fired(lint, "Photos from our trip to #TrumpTower in the rain") == set()


def test_reported_and_quoted_stances_are_someone_elses(lint: Lint) -> None:
    assert politics(lint, "The senator said Trump was a liar.") == []
    assert politics(lint, "Her placard read “Abortion is murder”.") == []
    # The same words in the author's own voice are flagged.
    assert rules_fired(lint, "Trump is a liar.") == {"politics.partisan-attack"}


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
    assert rules_fired(lint, "Donate to Bernie's campaign today!") == {
        "politics.campaign-solicitation"
    }


def test_personal_comment_on_a_politician_is_flagged_but_news_is_not(lint: Lint) -> None:
    assert rules_fired(lint, "Honestly I think Starmer should just go, seriously.")
    assert politics(lint, "Starmer will visit Glasgow on Tuesday, his office confirmed.") == []


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


def test_message_names_the_reason(lint: Lint) -> None:
    (finding,) = [
        d for d in politics(lint, "Nigel Farage is a dangerous clown.") if d.rule.endswith("attack")
    ]
    assert "Farage" in finding.message
    assert finding.line == 1 and finding.column == 1


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
    ("text", "rule", "evidence"),
    [
        ("I'm pro-life and I always will be.", "politics.policy-verdict", "I'm pro-life"),
        ("As a proud socialist I won't stay quiet.", "politics.policy-verdict", "As a proud"),
        ("We are Republicans, always have been.", "politics.partisan-endorsement", "We are"),
    ],
)
def test_a_claimed_political_identity_is_a_stance(
    lint: Lint, text: str, rule: str, evidence: str
) -> None:
    found = [d for d in politics(lint, text) if d.rule == rule]
    assert found and found[0].evidence.startswith(evidence)


@pytest.mark.parametrize(
    "text",
    [
        "The figures rest on a conservative estimate of demand.",
        "As a liberal arts graduate, I loved the course.",
        "The survey asked whether people were pro-life or pro-choice.",
        "I'm a conservative estimate kind of person when it comes to budgets.",
    ],
)
def test_identity_words_that_claim_nothing_stay_quiet(lint: Lint, text: str) -> None:
    assert politics(lint, text) == []


def test_abortion_stance_without_the_word_abortion(lint: Lint) -> None:
    assert rules_fired(lint, "Her body, her choice. End of story.") == {"politics.policy-verdict"}
    assert rules_fired(lint, "Every unborn child is precious to God.") == {
        "politics.policy-verdict"
    }
    # The same body words in a factual health sentence are no stance.
    assert politics(lint, "Our midwives care for her body and her baby through pregnancy.") == []


def test_condemning_phrase_a_few_words_after_the_measure(lint: Lint) -> None:
    assert rules_fired(lint, "The government is quietly taking away your right to protest.") == {
        "politics.policy-verdict"
    }
    assert rules_fired(lint, "This bill is nothing but a power grab.") == {
        "politics.policy-verdict"
    }
    # An official account saying what a measure removes is explaining it.
    assert politics(lint, "The new law is designed to take away the need for paper forms.") == []


def test_campaign_hashtags_of_verb_and_contested_object(lint: Lint) -> None:
    assert rules_fired(lint, "Out on the march today #BanAssaultWeapons") == {
        "politics.policy-verdict"
    }
    assert rules_fired(lint, "Enough is enough. #EndTheDeathPenalty") == {"politics.policy-verdict"}
    # A public-health campaign tag names no contested object.
    assert politics(lint, "Stay at home, protect the NHS. #ProtectTheNHS #SaveLives") == []
    assert politics(lint, "Great turnout at the fair #KeepItLocal") == []


def test_name_forms_and_capitalised_words_that_are_not_speakers(lint: Lint) -> None:
    # Any case of a name that is no common word; "the Donald" for the candidate.
    assert rules_fired(lint, "honestly hillary is a liar") == {"politics.partisan-attack"}
    assert rules_fired(lint, "The Donald is a total fraud.") == {"politics.partisan-attack"}
    # "That's why said…" has no speaker: the comparison of two rivals is the author's.
    assert rules_fired(lint, "That's why said the plan from Hillary is better than Bernie's.")
    # Identical spans from two lexicon entries are still one mention.
    assert rules_fired(lint, "Hillary is a liar.") == {"politics.partisan-attack"}


def test_a_closing_tag_names_whom_the_post_is_about(lint: Lint) -> None:
    assert rules_fired(lint, "He is a total disaster for this country. #Trump") == {
        "politics.partisan-attack"
    }
    # The direction comes from the hand-written phrase ("has my vote"), not from "no".
    assert rules_fired(lint, "She has my vote, no question. #HillaryClinton") == {
        "politics.partisan-endorsement"
    }
    # Party tags are often common words, and a celebrity is not a politician.
    assert (
        politics(lint, "Loved meeting the apprentices today, what a brilliant bunch! #Labour") == []
    )
    assert politics(lint, "She was brilliant on stage tonight, what a voice! #Adele") == []


@pytest.mark.parametrize(
    "text",
    [
        "A fetus is not a person. Get your laws off our bodies.",
        "If you don't like abortions, don't have one.",
        "Life begins in the womb. Nothing changes that.",
        "We will not go back to coat hangers and back alleys.",
    ],
)
def test_abortion_verdicts_in_the_debate_s_own_words(lint: Lint, text: str) -> None:
    assert rules_fired(lint, text) == {"politics.policy-verdict"}


@pytest.mark.parametrize(
    "text",
    [
        "Life begins at 40!",
        "It's a baby girl! Welcome to the world.",
        "A company is not a person in this sense.",
        "We will not go back to the old paper forms.",
        "Planned Parenthood provides women's health services in 50 states.",
    ],
)
def test_the_same_words_off_the_issue_stay_quiet(lint: Lint, text: str) -> None:
    assert politics(lint, text) == []


def test_a_name_stays_the_subject_of_the_he_or_she_sentences_after_it(lint: Lint) -> None:
    text = "Hillary spoke in Ohio today. She talked for an hour. She is a total fraud, honestly."
    assert rules_fired(lint, text) == {"politics.partisan-attack"}
    # A sentence about something else ends the subject.
    text = "Hillary spoke in Ohio today. The hall was full. What a fraud, honestly."
    assert politics(lint, text) == []


def test_delight_at_politics_in_general_takes_no_side(lint: Lint) -> None:
    assert politics(lint, "Honestly, what an amazing turnout, everyone came out to vote!!") == []
    assert politics(lint, "Register to vote by 18 June! Don't miss out!!") == []
    # A sour verdict on it, or praise of someone's campaign, does.
    assert rules_fired(lint, "This election is a total joke, honestly!!")
    assert rules_fired(lint, "Huge respect to him for his campaign, truly brilliant!!")


def test_a_dated_news_report_is_no_personal_comment(lint: Lint) -> None:
    report = (
        "A leading economist on Tuesday rejected attempts by a loyal ally of Senator Ted Cruz"
        " to twist her evidence into an attack on striking nurses."
    )
    assert politics(lint, report) == []
    # The author's own voice on a weekday is still the author's.
    assert rules_fired(lint, "Honestly, on Friday Trump was shocking, just terrible!!") == {
        "politics.partisan-attack"
    }


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("No woman should be forced to carry a pregnancy.", "politics.policy-verdict"),
        ("Abortion should be safe, legal and rare.", "politics.policy-verdict"),
        ("I will always fight for the unborn.", "politics.policy-verdict"),
        ("Hillary knew about it all and did nothing.", "politics.partisan-attack"),
        ("If Trump wins I'm moving to Canada.", "politics.partisan-attack"),
        ("Hillary has done more for women than anyone.", "politics.partisan-endorsement"),
    ],
)
def test_stances_in_everyday_campaign_talk(lint: Lint, text: str, rule: str) -> None:
    assert rules_fired(lint, text) == {rule}


def test_everyday_words_without_a_target_stay_quiet(lint: Lint) -> None:
    assert politics(lint, "The council did nothing wrong, the inquiry found.") == []
    assert politics(lint, "We fight for every pupil's right to a good school.") == []


def test_a_cheer_before_a_name_endorses(lint: Lint) -> None:
    assert rules_fired(lint, "What a night. Go Bernie!") == {"politics.partisan-endorsement"}
    assert rules_fired(lint, "Ready for Hillary!") == {"politics.partisan-endorsement"}
    # "go" inside a sentence, or before a word that is no name, cheers nobody.
    assert politics(lint, "The minister will go Monday. Go Labour market reforms!") == []
    assert politics(lint, "Sunak will go to Leeds on Monday.") == []


def test_attack_and_praise_phrases_of_campaign_talk(lint: Lint) -> None:
    assert rules_fired(lint, "Hillary Clinton belongs behind bars.") == {"politics.partisan-attack"}
    assert rules_fired(lint, "Why would anyone trust Hillary after this?") == {
        "politics.partisan-attack"
    }
    assert rules_fired(lint, "Unlike the rest, Trump can't be bought.") == {
        "politics.partisan-endorsement"
    }


def test_body_and_funding_arguments_on_abortion(lint: Lint) -> None:
    assert rules_fired(lint, "Women are people, not walking wombs.") == {"politics.policy-verdict"}
    assert rules_fired(lint, "Defunding Planned Parenthood would hurt millions of women.") == {
        "politics.policy-verdict"
    }
    # News of a vote or of funding decisions is no verdict.
    assert (
        politics(lint, "The state legislature voted on Tuesday to defund Planned Parenthood.") == []
    )
    assert (
        politics(lint, "Planned Parenthood clinics were defunded in three states last year.") == []
    )
