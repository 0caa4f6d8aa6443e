"""The disclosure family: the shared detector, the three rules, their fixes, on both paths."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

import postlint
from postlint._engine.draft import Draft
from postlint._pack import RulePack
from postlint._rules.disclosure.organisation import disclosure_line, organisation_names
from postlint._rules.disclosure.statements import find_disclosure_statements
from postlint._rules.disclosure.talk import find_promotions, find_work_talk
from postlint._rules.voice import FIRST_PERSON
from tests.conftest import EVERY_PARTY, config_for

CIVIL_SERVANT: dict[str, Any] = {
    "account": {"kind": "personal"},
    "author": {"role": "policy adviser", "organisation": "Department for Transport"},
}
MARKETER: dict[str, Any] = {
    "profile": "corporate",
    "account": {"kind": "personal"},
    "author": {"role": "product marketing manager", "organisation": "Acme Kettles"},
}

Lint = Callable[..., postlint.Report]


def _merge(base: dict[str, Any], extra: dict[str, Any]) -> dict[str, Any]:
    merged = dict(base)
    for key, value in extra.items():
        if isinstance(value, dict) and isinstance(merged.get(key), dict):
            merged[key] = {**merged[key], **value}
        else:
            merged[key] = value
    return merged


@pytest.fixture
def draft(pipeline: str) -> Callable[..., Draft]:
    """``draft(text, **config)``: a Draft on the parametrised NLP path."""

    def build(text: str, **config: Any) -> Draft:
        settings = config_for(pipeline, _merge(CIVIL_SERVANT, config))
        linter = postlint.Linter(settings)
        return Draft(text, linter.nlp(text), settings, linter.pack)

    return build


def _statements(draft: Draft) -> list[str]:
    return [statement.text for statement in find_disclosure_statements(draft)]


def _only(rule: str, report: postlint.Report) -> list[postlint.Diagnostic]:
    return [d for d in report.diagnostics if d.rule == rule]


# --- The detector ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "I work at the Department for Transport and love it.",
        "I'm a data scientist at the Met Office.",
        "As a civil servant, I can't comment on that.",
        "I have happily worked for the Home Office for ten years.",
        "Proudly representing the people of Northshire in Parliament.",
        "Congressman for Ohio's 3rd District. Husband, father, runner.",
        "Official account of the Department for Transport.",
        "Here at DfT we love a timetable.",
        "My team at the Department for Transport is hiring.",
        "Went to the DfT open day (I work there).",
        "As a program analyst at the US Department of Transportation, I see this daily.",
        "As a senior DfT analyst, I can tell you the new timetable works.",
        "As an NHS nurse I see this every day on the ward.",
        "In my role as a data analyst, I built the new dashboard.",
        "I'm on the DfT app team, so I'm biased, but the new app is great.",
        "Conservative Congresswoman from the heart of Northshire.",
        "Senator from the great state of Westland. Dad, coach, hiker.",
        "Representing parts of Ashby, Kelton and Marsh counties.",
        "Rep the North Valley in Congress. First in my family to go to college.",
        "I'm Westland's lone Member of the U.S. House. Mom of three.",
        "Im the councillor for Hyde Park ward, ask me anything about bins.",
        "I am proud to be the MP for Northshire East.",
        "Mum, runner, lawmaker. Views are mine.",
        "Farmer and citizen-legislator.",
        "Follow my official Senate account @SenJoReyes for updates.",
        "The official voice of Westland's House Democrats.",
        "Follow along with Councillor Amy Hale's re-election campaign!",
        "GOPCommittee on Ways and Means, Westland State House.",
        "We at HMRC have been busy with the new self-assessment service.",
        "We're working on a new project at GDS to make forms simpler.",
        "The approach we're taking at DVSA to booking driving tests has changed.",
        "I am the first ‘Data Fellow’ at the Cabinet Office, based in Whitehall.",
        "Proud to work for the Department for Transport.",
        "Lucky to be part of the Met Office forecasting team!",
        "Been at the DVLA six years now and it still surprises me.",
        "Twelve years on the wards with Northgate Hospitals and counting.",
        "My day job is at the Met Office, so this one hurt.",
        "As one of Kestrel Rail's conductors, I can tell you the new trains are better.",
        "I've worked on Kestrel Rail trains since 2014.",
        "Hello, I'm Amara Osei, the Met Office's lead forecaster for the south west.",
        "I'm the DVLA's head of digital, and this one is close to my heart.",
        # offices and seats as congressional and council bios put them
        "Speaker of the Westland Assembly. Grandmother of five.",
        "Governor of Westland. Former teacher.",
        "Senate candidate. Former Navy pilot.",
        "Representative, Northshire's 8th. Proud Kelton native.",
        "Member, House Armed Services Committee.",
        "Fighting for Westland families in the U.S. Senate.",
        "Working for the people of Northshire's 2nd district.",
        "Your voice in Washington for Westland's 1st District.",
        "Tweets from the Senate Majority Leader's office.",
        "This account is run by my campaign.",
        "Proudly representing Northshire's 9th.",
    ],
)
def test_position_statements_are_found(draft: Callable[..., Draft], text: str) -> None:
    found = find_disclosure_statements(draft(text))
    # "so I'm biased" also says there is a tie (a material statement): one position only.
    assert [s.kind for s in found if s.kind == "position"] == ["position"], _statements(draft(text))


@pytest.mark.parametrize(
    "text",
    [
        "My sister works at DfE and loves it.",
        "The people I work with are brilliant.",
        "I work from home on Fridays.",
        "Great to meet the Senator for Ohio today.",
        "Thanks, Senator!",
        "She said “I work at the Treasury” with a grin.",
        "Views my own.",
        "My sister at DfT is hiring.",
        "I met the Senator from the great state of Westland today.",
        "My local rep Jo Bloggs in Congress never answers.",
        "As a proud mum of three, I love the school run.",
        "As a BBC fan I watched every minute.",
        "I'm grateful to the Senator for Ohio for her help.",
        "I'm a big fan of the MP for Northshire East.",
        "I'm meeting the councillor for Hyde Park ward tomorrow.",
        "I'm not the MP for Northshire, whatever the leaflet says.",
        "For my official activities please visit my website.",
        "Senator Reyes's office never wrote back.",
        "Our lawmakers voted for it last night.",
        "I'm Tom, Kestrel's biggest fan since the steam days.",
        "I'm the Mayor's loudest critic on the estate.",
        "Out canvassing for the fantastic County Council candidate, Jo Bloggs!",
        "The Republican presidential nominee spoke in Kelton tonight.",
        "The Governor of Westland signed the bill this morning.",
    ],
)
def test_other_peoples_jobs_quotes_and_disclaimers_are_not_disclosures(
    draft: Callable[..., Draft], text: str
) -> None:
    assert _statements(draft(text)) == []


def test_material_disclosures_are_found_and_denials_are_marked(
    draft: Callable[..., Draft],
) -> None:
    found = find_disclosure_statements(
        draft("Some links below are affiliate links. Not sponsored, just a fan.")
    )
    kinds = [(s.kind, s.denies_connection) for s in found]
    assert ("material", False) in kinds
    assert ("material", True) in kinds


@pytest.mark.parametrize(
    "text",
    [
        "Thanks to Brightwell Tea for the free sample! Lovely smoky blend.",
        "Brightwell sent me this for free, and honestly it is lovely.",
        "Lovely smoky blend, perfect for winter. #BrightwellPartner",
        "Ad: the smoky blend from Brightwell is back for winter.",
        # A sponsor as creators say it.
        "Today's video is brought to you by Brightwell Tea.",
        "Thanks to Brightwell for sponsoring this episode!",
        "Quick word from the sponsor of today's video, Brightwell.",
        "This video's sponsor is Brightwell: 20% off with my code.",
        "Grab the kit with my link below (small kickback to the channel).",
        # Sponsors, gifts, loans and shares of sales as creators word them.
        "Big thanks to our sponsor, Larkspur Bikes, for this week's ride.",
        "This episode is supported by Fenwick Home Insurance.",
        "Partnered with Larkspur Bikes for this one, go and say hi.",
        "We've partnered with @BrightwellTea to bring you three winter recipes.",
        "Both jackets were gifted, but I'd buy the green one again.",
        "The tent was loaned to me for review and goes back on Friday.",
        "Camping kit I swear by (affiliate): stove, mat, headtorch.",
        "Shopping through my links supports the channel at no cost to you.",
        "Sign up with my code and I'll get a referral bonus.",
        "I make a little on every order through the shop link.",
        "These links may earn me a small commission.",
        "I'm a Fenwick Outdoors ambassador, so bear that in mind.",
        "The lens was supplied by Oakfield Optics for this review.",
        "This weekend away was hosted by Visit Northshire.",
        "Join with my link and we both get a free month.",
        "A couple of the jackets were sent to us by the brand.",
        "Commission earned on qualifying purchases via the links below.",
        "Thanks to Larkspur for sending me the new helmet to test.",
        "This is a paid collaboration with Brightwell Tea.",
    ],
)
def test_forms_the_ftc_calls_adequate_are_material_disclosures(
    draft: Callable[..., Draft], text: str
) -> None:
    kinds = [(s.kind, s.denies_connection) for s in find_disclosure_statements(draft(text))]
    assert ("material", False) in kinds, _statements(draft(text))


@pytest.mark.parametrize(
    "text",
    [
        "Thanks to Mum for the lift home tonight.",
        "Free samples at the farmers' market on Saturday!",
        "Proud of our #TeamGB athletes tonight.",
        "Huge thanks to everyone for sponsoring my marathon for the hospice!",
        "The match is brought forward to Friday night.",
        # A funded job, a board's review, a survey's sample, a retirement gift.
        "This post is funded by the research council for two years.",
        "The draft was sent to the board for review last week.",
        "The review sample of 2,000 households was drawn at random.",
        "She was gifted a watch when she retired after thirty years.",
        "Supplies were provided for the testing centres in March.",
        "Access to the service is at no cost to the taxpayer.",
        "Using the new app helps you book appointments faster.",
        "We partnered on the pilot last year and learned a lot.",
        "Huge thanks to my sponsors for the 10k, we raised £600!",
        "The series was funded by a lottery grant, say the credits.",
        "Thanks to Mum for sending me this article about the bypass.",
        "I'm a huge Brightwell fan, always have been.",
    ],
)
def test_thanks_and_free_things_without_a_connection_are_not_disclosures(
    draft: Callable[..., Draft], text: str
) -> None:
    assert _statements(draft(text)) == []


def test_work_talk_includes_the_organisation_by_acronym_but_not_a_sports_team(
    draft: Callable[..., Draft],
) -> None:
    talk = find_work_talk(draft("Long day at DfT. My team won the pub quiz though."))
    assert [span.text for span in talk] == ["DfT"]


def test_organisation_names_cover_lexicon_aliases_acronyms_and_a_distinctive_word(
    pack: RulePack,
) -> None:
    assert {"Department for Transport", "DfT", "DFT"} <= set(
        organisation_names("Department for Transport", pack)
    )
    assert "Acme" in organisation_names("Acme Kettles", pack)
    assert "Example" not in organisation_names("Example Broadcasting", pack)


def test_lower_case_acronym_is_not_the_organisation(draft: Callable[..., Draft]) -> None:
    assert find_work_talk(draft("the dft file format is odd")) == []


def test_promotion_of_the_employer_needs_a_selling_sentence(
    draft: Callable[..., Draft],
) -> None:
    corporate = {"profile": "corporate", "author": {"organisation": "Acme Kettles"}}
    assert find_promotions(draft("Acme is closed on Monday for a bank holiday.", **corporate)) == []
    selling = find_promotions(draft("Loving the new Acme range in my kitchen.", **corporate))
    assert [p.how for p in selling] == ["organisation"]


# --- disclosure.missing -----------------------------------------------------------------------


def test_missing_points_at_the_work_talk_and_offers_a_disclosure_line(lint: Lint) -> None:
    text = "So proud of my team for our new cycling guidance."
    report = lint(text, **CIVIL_SERVANT)
    [diagnostic] = _only("disclosure.missing", report)
    assert diagnostic.evidence == "my team"
    assert "our new cycling guidance" in diagnostic.message
    assert diagnostic.link.startswith("https://www.gov.uk/")
    [fix] = diagnostic.fixes
    assert (fix.start, fix.end) == (0, 0)
    assert fix.replacement == (
        "I work at the Department for Transport as a policy adviser; views my own.\n"
    )


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Sam and I are excited to share that our daughter arrived this morning!",
            marks=pytest.mark.xfail(
                strict=True, reason="the screen reads this birth as work talk (0.99)"
            ),
        ),
        "Thrilled to announce that we got engaged on the beach last night.",
        "Proud to share that my son passed his driving test today.",
    ],
)
def test_announcing_family_news_is_no_work_talk(lint: Lint, text: str) -> None:
    assert _only("disclosure.missing", lint(text, **CIVIL_SERVANT)) == []


def test_announcing_the_teams_guidance_is_work_talk(lint: Lint) -> None:
    text = "Excited to share that our new cycling guidance is out today."
    assert _only("disclosure.missing", lint(text, **CIVIL_SERVANT))


def test_missing_is_quiet_once_the_post_discloses(lint: Lint) -> None:
    report = lint("I work at DfT. So proud of my team for our new guidance.", **CIVIL_SERVANT)
    assert not report.has("disclosure")


def test_an_official_title_beside_a_stance_is_official_position_not_missing(lint: Lint) -> None:
    """The title is a disclosure; what is wrong is the stance beside it."""
    text = "As a senior DfT officer, I can tell you the Tories' rail plans don't add up."
    rules = {d.rule for d in lint(text, **CIVIL_SERVANT).diagnostics}
    assert "politics.official-position" in rules
    assert "disclosure.missing" not in rules


@pytest.mark.parametrize("party", EVERY_PARTY)
def test_the_authors_role_alone_beside_a_stance_is_official_position_not_missing(
    lint: Lint, party: str
) -> None:
    """The configured role without the employer's name says who the author is too."""
    text = f"As a policy adviser, I can tell you {party} have no idea what they're doing."
    rules = {d.rule for d in lint(text, **CIVIL_SERVANT).diagnostics}
    assert "politics.official-position" in rules, party
    assert "disclosure.missing" not in rules, party


def test_missing_is_quiet_on_official_accounts(lint: Lint) -> None:
    config = _merge(CIVIL_SERVANT, {"account": {"kind": "official"}})
    assert not lint("So proud of my team for our new guidance.", **config).has("disclosure")


def test_a_disclosing_bio_covers_ordinary_posts_but_not_promotion(lint: Lint) -> None:
    config = _merge(
        CIVIL_SERVANT, {"author": {"bio": "Policy adviser at DfT. Cyclist. Views my own."}}
    )
    assert not lint("So proud of my team for our new guidance.", **config).has("disclosure")
    promo = lint("Check out our new app for journeys, available now!", **config)
    [diagnostic] = _only("disclosure.missing", promo)
    assert "bio" in diagnostic.message


def test_a_bio_with_only_a_disclaimer_does_not_disclose(lint: Lint) -> None:
    config = _merge(CIVIL_SERVANT, {"author": {"bio": "Cyclist. Views my own."}})
    assert lint("So proud of my team for our new guidance.", **config).has("disclosure.missing")


def test_someone_elses_job_is_no_disclosure(lint: Lint) -> None:
    report = lint("My sister works at DfT too, and my colleagues know her.", **CIVIL_SERVANT)
    assert report.has("disclosure.missing")


def test_no_fix_without_an_organisation(lint: Lint) -> None:
    report = lint("So proud of my team for our new guidance.", account={"kind": "personal"})
    [diagnostic] = _only("disclosure.missing", report)
    assert diagnostic.fixes == ()


# --- disclosure.disclaimer-only ----------------------------------------------------------------


def test_disclaimer_only_fixes_the_disclaimer_into_a_disclosure(lint: Lint) -> None:
    text = "Our new consultation opens today. Views my own."
    [diagnostic] = _only("disclosure.disclaimer-only", lint(text, **CIVIL_SERVANT))
    assert diagnostic.evidence == "Views my own"
    [fix] = diagnostic.fixes
    assert text[fix.start : fix.end] == "Views my own"
    assert fix.replacement.startswith("I work at the Department for Transport")


def test_disclaimer_on_a_personal_post_is_left_alone(lint: Lint) -> None:
    report = lint("Lovely walk by the river today. Views my own.", **CIVIL_SERVANT)
    assert not report.has("disclosure")


# --- disclosure.material-connection ------------------------------------------------------------


def test_promotion_without_disclosure_gets_an_ad_label_fix(lint: Lint) -> None:
    text = "Use my code SUNNY10 for 10% off these trainers!"
    [diagnostic] = _only("disclosure.material-connection", lint(text, **MARKETER))
    assert diagnostic.severity == "error"
    assert diagnostic.fixes[0].replacement == "#ad "


def test_promoting_the_employer_suggests_saying_so(lint: Lint) -> None:
    text = "Loving the new Acme range in my kitchen, grab yours!"
    [diagnostic] = _only("disclosure.material-connection", lint(text, **MARKETER))
    assert diagnostic.fixes[0].replacement.startswith("I work at Acme Kettles")


def test_a_late_disclosure_is_raised_with_lower_confidence(lint: Lint) -> None:
    text = (
        "Use my code SUNNY10 for 10% off!\n\nI wear them every day and love them: to work, to"
        " the gym, on the school run and on long walks at the weekend. The soles have lasted a"
        " whole year, more than any pair before them.\n\n#ad"
    )
    [diagnostic] = _only("disclosure.material-connection", lint(text, **MARKETER))
    assert "after" in diagnostic.message
    assert diagnostic.confidence < 0.8


def test_a_short_post_may_disclose_at_its_end_but_not_among_hashtags(lint: Lint) -> None:
    assert not lint("Use my code SUNNY10 for 10% off these trainers! #ad", **MARKETER).has(
        "disclosure.material-connection"
    )
    buried = "Use my code SUNNY10 for 10% off!\n#running #fitness #ad #trainers"
    [diagnostic] = _only("disclosure.material-connection", lint(buried, **MARKETER))
    assert "hashtags" in diagnostic.message


def test_a_client_or_sponsor_is_a_connection_like_the_employer(lint: Lint) -> None:
    agency = {
        **MARKETER,
        "author": {"organisation": "Northlight PR", "connections": ["Brightwater Kettles"]},
    }
    text = "Brightwater Kettles just launched a travel kettle. Grab one before Friday!"
    assert lint(text, **agency).has("disclosure.material-connection")
    assert not lint(text, **MARKETER).has("disclosure.material-connection")


def test_saying_not_sponsored_is_not_a_disclosure(lint: Lint) -> None:
    text = "Not sponsored! Use my code SUNNY10 for 10% off these trainers."
    assert lint(text, **MARKETER).has("disclosure.material-connection")


def test_material_connection_is_corporate_only(lint: Lint) -> None:
    text = "Use my code SUNNY10 for 10% off these trainers!"
    assert not lint(text, **CIVIL_SERVANT).has("disclosure.material-connection")


def test_disclosure_line_needs_an_organisation() -> None:
    assert disclosure_line(postlint.Config()) is None
    config = postlint.Config.model_validate({"author": {"organisation": "Acme Kettles"}})
    assert disclosure_line(config, promotional=True) == "I work at Acme Kettles. #ad"


def test_promotion_of_the_employer_is_raised_once_on_corporate(lint: Lint) -> None:
    text = "Loving the new Acme kettle range in my kitchen! Use code KETTLE20 for 20% off."
    fired = {rule for rule in lint(text, **MARKETER).rules() if rule.startswith("disclosure.")}
    assert fired == {"disclosure.material-connection"}


# --- The pattern data ---------------------------------------------------------------------------


def test_every_disclosure_pattern_is_compiled_and_matches_what_spacy_matches(
    pack: RulePack,
) -> None:
    from spacy.matcher import Matcher

    from postlint._rules.disclosure.spans import _build_matchers

    nlp = postlint.Linter().nlp
    matchers = _build_matchers(nlp.vocab, pack)
    assert not matchers.tokens.uses_fallback
    assert 0 < matchers.fixed_count < len(matchers.token_keys)
    reference = Matcher(nlp.vocab)
    for entry in pack.pattern_entries("disclosure"):
        assert entry.label.startswith("DISC_"), entry.label
        reference.add(f"{entry.label}|{entry.id}", entry.patterns)
    doc = nlp(
        "I work at the Department for Transport as a policy adviser. Views my own. "
        "Some links are affiliate links and I get a small commission. Not sponsored. "
        "I'm proud to serve as Senator for Ohio. My team at DfE ships it. #ad"
    )
    ours = {
        (matchers.token_keys[key][1], matchers.token_keys[key][2], start, end)
        for key, start, end in matchers.tokens(doc)
    }
    theirs = {
        (*nlp.vocab.strings[key].split("|"), start, end) for key, start, end in reference(doc)
    }
    assert ours == theirs
    assert len(ours) > 5


def test_fixed_word_patterns_come_first_in_the_pattern_order() -> None:
    from postlint._rules.disclosure.spans import _only_fixed_words

    assert _only_fixed_words([{"LOWER": "my"}, {"LOWER": {"IN": ["new"]}, "OP": "?"}])
    assert not _only_fixed_words(
        [{"LOWER": "i"}, {"OP": "{0,3}"}, {"LOWER": {"IN": ["work", "serve"]}}]
    )
    assert not _only_fixed_words([{"LOWER": "i"}, {"IS_TITLE": True}])
    many = [{"LOWER": {"IN": [f"w{i}" for i in range(80)]}}] * 2
    assert not _only_fixed_words(many)  # more word sequences than a phrase list held


def test_work_grows_linearly_on_drafts_dense_with_disclosure_phrases() -> None:
    """Regression: nested-span filtering compared every span with every kept span, which was
    quadratic on long drafts full of matches. Counted in function calls, not time."""
    import cProfile
    import pstats

    config = config_for("blank", {**MARKETER, "author": {**MARKETER["author"], "bio": "Cook."}})
    linter = postlint.Linter(config)
    unit = (
        "Proud of my team at work. Met the Senator for Ohio today. The people I work for at "
        "Acme are great. Views my own. Use code SAVE10 for 10% off! Congressman. "
        "Some links are affiliate links. "
    )

    def calls(repeats: int) -> int:
        text = unit * repeats
        draft = Draft(text, linter.nlp(text), config, linter.pack)
        profile = cProfile.Profile()
        profile.enable()
        for _, checker in linter._checkers:
            list(checker.find(draft))
        profile.disable()
        return int(pstats.Stats(profile).total_calls)  # type: ignore[attr-defined]

    calls(5)  # warm caches (matchers, word lists) outside the count
    assert calls(400) / calls(100) < 5.5


@pytest.mark.parametrize(
    ("text", "promoted"),
    [
        ("Took the Acme X2 on a long flight. Best headphones out there.", True),
        ("Acme's new kettle is out now.", True),
        ("Big week at Acme! And on a personal note: Dana Whitfield would be brilliant.", False),
        ("Acme's office is shut for snow today.", False),
    ],
)
def test_an_employee_praising_the_employers_product_endorses_it(text: str, promoted: bool) -> None:
    config = {
        "profile": "corporate",
        "account": {"kind": "personal"},
        "author": {"organisation": "Acme"},
        "rules": {"select": ["disclosure.material-connection"]},
    }
    found = [d.rule for d in postlint.check(text, config=config).diagnostics]
    assert found == (["disclosure.material-connection"] if promoted else [])


# --- The author's organisation in a description of the author -----------------------------

#: Authors of the self-description tests: an organisation and a role each.
KESTREL = {"organisation": "Kestrel Rail", "role": "senior conductor"}
OAKFIELD = {"organisation": "Oakfield Library Service", "role": "children's librarian"}
FENWICK = {"organisation": "Fenwick Building Society", "role": "mortgage adviser"}
DFT = {"organisation": "Department for Transport", "role": "policy adviser"}


@pytest.mark.parametrize(
    ("author", "text"),
    [
        (KESTREL, "Handy hint from a conductor at Kestrel: the quiet coach is always coach A."),
        (KESTREL, "As a Kestrel conductor I promise we hate the delays more than you do."),
        (KESTREL, "ok I'm a Kestrel employee so take this with salt, but the new trains are lush"),
        (KESTREL, "Conductor at Kestrel Rail here - yes, the 07:12 is back from Monday."),
        (KESTREL, "Kestrel conductor here: tickets bought on the app work on every route."),
        (OAKFIELD, "Speaking as an Oakfield librarian: the summer reading challenge is free."),
        (
            OAKFIELD,
            "Someone who is literally a librarian at Oakfield says: renew online, it's easy.",
        ),
        (DFT, "I'm a DfT analyst, so no, the timetable did not change on a whim."),
        (
            DFT,
            "A tip from someone who is actually a DfT analyst: the new timetable is on our site.",
        ),
        (FENWICK, "Proud Fenwick employee! Our new five-year fix launched today."),
        (FENWICK, "Mortgage adviser at Fenwick, so I know: our new five-year fix is the one."),
        (FENWICK, "Full disclosure: Fenwick pays my salary. Our new five-year fix is out."),
        (FENWICK, "Fenwick's new five-year fix launched today (I work for them)."),
        (FENWICK, "Work at Fenwick, views mine: our new five-year fix is out today."),
        (KESTREL, "#KestrelStaff here: our new trains start on the Didcot line on Monday."),
        (
            OAKFIELD,
            "Speaking as someone who works for the library service, we are not closing branches.",
        ),
        (
            {"organisation": "Larchmont PR", "role": "account executive"},
            "AD: Ridgeway Insurance asked me to share their winter driving checklist. Tyres first!",
        ),
        (
            OAKFIELD,
            "Thanks to everyone who came to story time. See you next week! "
            "— Maya Chen, Children's Librarian, Oakfield Library Service",
        ),
        (
            KESTREL,
            "New timetable is out on Sunday. Any questions, ask below. "
            "Ben (Senior Conductor, Kestrel Rail)",
        ),
        # Descriptions without "I'm", in brackets, between emojis, signed in lower case.
        (KESTREL, "Senior conductor at Kestrel Rail. Our Sunday timetable starts this week."),
        (OAKFIELD, "Children's librarian, Oakfield Library Service. Our story hour is back."),
        (FENWICK, "[Mortgage adviser, Fenwick] our new five-year fix is out today."),
        (
            FENWICK,
            "Our branch stays open till 7 from Monday and my team can't wait. "
            "(Mortgage adviser, Fenwick Building Society)",
        ),
        (KESTREL, "🚆 Kestrel Rail conductor 🚆 our new uniforms arrived today, very comfy."),
        (OAKFIELD, "📚 Librarian @ Oakfield Library Service 📚 our maker space opens upstairs!"),
        (
            KESTREL,
            "Our Sunday timetable starts this week and my crew can't wait. "
            "— Ben, senior conductor, Kestrel Rail",
        ),
        (
            FENWICK,
            "Our branch garden is finally open, come and see it.\n"
            "~ Ana (mortgage adviser @ Fenwick Building Society)",
        ),
        # Statements without "I" or with it after a time.
        (KESTREL, "I work on the Kestrel Rail app. My team shipped seat reservations this week."),
        (
            FENWICK,
            "Employee of Fenwick Building Society. Our team halved mortgage waits this year.",
        ),
        (
            OAKFIELD,
            "Joined Oakfield Library Service as a librarian in spring, our new branch opens.",
        ),
        (
            KESTREL,
            "Last year I joined Kestrel Rail as a conductor and our team won a safety award.",
        ),
        (FENWICK, "On the Fenwick team here. We've just launched a new savings app."),
        (FENWICK, "Works at Fenwick, views my own. Our new five-year fix is out today."),
        (
            {"organisation": "Quill & Ember", "role": "bookseller"},
            "Our shop team restocked every shelf this weekend. Come in! #QuillAndEmberStaff",
        ),
        # "#employee", the FTC's own example, beside the brand's tag.
        (
            FENWICK,
            "Our new regular saver pays 5% from today, go and have a look! #employee #Fenwick",
        ),
        # Sign-offs: the organisation before the role, a bar for a comma, "@" for "at", a
        # disclaimer after the description.
        (
            KESTREL,
            "Our Sunday timetable starts this week.\n— Priya, Kestrel Rail conductor, views my own",
        ),
        (
            {"organisation": "DVLA", "role": "contact centre adviser"},
            "Licences go out on time every week. — Sam, DVLA contact centre adviser, views my own",
        ),
        (
            FENWICK,
            "Our branch stays open late on Thursdays now.\n"
            "Tom | Mortgage Adviser, Fenwick Building Society",
        ),
        (KESTREL, "Our new trains run from Monday.\n~ Dan (conductor @ Kestrel, personal account)"),
        (
            {"organisation": "Quill & Ember", "role": "web developer"},
            "Senior backend dev @ Quill & Ember. We shipped the new basket page today.",
        ),
        # A name before the role, a title of something, a link that is itself the job.
        (
            KESTREL,
            "Hi all, I'm Ruth, senior conductor on Kestrel Rail's Didcot line. Our new "
            "timetable starts Monday.",
        ),
        (
            OAKFIELD,
            "Hello! I'm Maya Chen and I'm the head of children's services at Oakfield "
            "Library Service. Our summer reading challenge opens today.",
        ),
        (
            DFT,
            "I'm Dev Patel, deputy director of buses at the Department for Transport. Our "
            "new fares guidance is out today.",
        ),
        (
            FENWICK,
            "I'm the manager running Fenwick's Leeds branch, and my team has just "
            "launched evening appointments.",
        ),
        (
            KESTREL,
            "I'm a delivery lead heading up Kestrel Rail's new ticketing project. We've "
            "just shipped the first release.",
        ),
        (
            OAKFIELD,
            "I'm one of the librarians working on Oakfield Library Service's new "
            "catalogue. We've just launched it.",
        ),
        (
            FENWICK,
            "I'm the new chief executive of Fenwick Building Society. Our first branch "
            "reopening is on Friday.",
        ),
        (
            DFT,
            "I'm the Department for Transport's chief statistician, and our new road "
            "safety figures are out today.",
        ),
        (
            KESTREL,
            "I'm the one responsible for Kestrel Rail's timetable, so blame me: our new "
            "Sunday service starts this week.",
        ),
    ],
)
def test_the_organisation_in_a_description_of_the_author_is_a_disclosure(
    lint: Lint, author: dict[str, str], text: str
) -> None:
    report = lint(text, **_merge(CIVIL_SERVANT, {"author": author}))
    assert not _only("disclosure.missing", report), report.diagnostics


@pytest.mark.parametrize(
    ("author", "text"),
    [
        (KESTREL, "My brother, a conductor at Kestrel, says the new trains are lush. We'll see."),
        (KESTREL, "Waited an hour in the queue at Kestrel Rail's ticket office this morning."),
        (OAKFIELD, "Oakfield prices for room hire went up again here, our book club is moving."),
        (KESTREL, "Kestrel Rail have cancelled my train again. Signed, a very cross commuter"),
        (KESTREL, "Day out by train #travel #rail #summer #views #kestrelstaff"),
        (FENWICK, "Fenwick staff were brilliant today, our new account was sorted in minutes."),
        (FENWICK, "Work at Fenwick is piling up, says my sister."),
        (FENWICK, "Queue at Fenwick, forty minutes. Our street deserves better."),
        (FENWICK, "As a nurse, Fenwick has been brilliant with my mortgage."),
        (FENWICK, "I work on Saturdays, so Fenwick's late opening suits me."),
        (KESTREL, "Our Sunday timetable starts this week. — Ben, my neighbour, rides Kestrel Rail"),
        # The organisation doing the hiring is not the author describing themselves.
        (FENWICK, "Fenwick is hiring mortgage advisers! Great place to work."),
        (KESTREL, "I'm sure Kestrel is recruiting conductors again this spring."),
        (OAKFIELD, "Oakfield are looking for volunteer readers, sign up at the desk."),
        # Someone else's title, a customer's praise, a name with no job after it.
        (
            KESTREL,
            "Kestrel Rail's chief executive, Jo Bloggs, sets out the plans for next year.",
        ),
        (FENWICK, "I'm sure Fenwick's staff will sort it out for you tomorrow."),
        (OAKFIELD, "I'm Sam, proud Oakfield user. Our book club meets on Thursdays."),
        (FENWICK, "I'm Ana and I'm fuming: Fenwick's branch was shut again."),
        (KESTREL, "I'm a big fan of Kestrel Rail's new trains, they are so quiet."),
    ],
)
def test_the_organisation_beside_someone_elses_job_or_a_customer_is_no_disclosure(
    draft: Callable[..., Draft], author: dict[str, str], text: str
) -> None:
    assert not find_disclosure_statements(draft(text, author=author)), text


# --- Work talk by meaning ------------------------------------------------------------------

#: Authors of the work-talk tests, in different trades.
DVLA = {"organisation": "Driver and Vehicle Licensing Agency", "role": "contact centre adviser"}
WARD = {"organisation": "Northgate Hospitals NHS Trust", "role": "staff nurse"}
RAIL = {"organisation": "Kestrel Rail", "role": "senior conductor"}
MORTGAGES = {"organisation": "Fenwick Building Society", "role": "mortgage adviser"}


#: "Views my own" in a post: the author's own sign that it is near their job.
@pytest.mark.parametrize(
    ("author", "text"),
    [
        (
            DVLA,
            "Ninety calls today and every third one about the same renewal letter. Views my own.",
        ),
        (
            {"organisation": "Department for Education", "role": "policy adviser"},
            "Three rounds of comments on one paragraph of a consultation today. Views my own.",
        ),
        (
            MORTGAGES,
            "Helped a couple remortgage off a horrible rate today, best part of the week. "
            "Views my own.",
        ),
    ],
)
def test_work_talk_beside_views_my_own_needs_a_disclosure(
    lint: Lint, author: dict[str, str], text: str
) -> None:
    report = lint(text, **_merge(CIVIL_SERVANT, {"author": author}))
    assert _only("disclosure.missing", report), report.diagnostics


@pytest.mark.parametrize(
    ("author", "text"),
    [
        (DVLA, "Our allotment has produced exactly four tomatoes this year. Views my own."),
        (WARD, "Finally finished the jigsaw Mum gave me at Christmas. Views my own."),
        (RAIL, "Best fish and chips in Whitby, no contest. Opinions my own."),
        (MORTGAGES, "The cat has claimed the new sofa, as predicted. Views my own."),
    ],
)
def test_home_talk_beside_views_my_own_needs_none(
    lint: Lint, author: dict[str, str], text: str
) -> None:
    report = lint(text, **_merge(CIVIL_SERVANT, {"author": author}))
    assert not _only("disclosure.missing", report), report.diagnostics


@pytest.mark.parametrize(
    ("author", "text"),
    [
        (
            DVLA,
            "We're hiring contact centre advisers in Swansea, from £24k. "
            "Message me if you want to know what the job is really like.",
        ),
        (
            WARD,
            "Band 5s: we've got four posts on our surgical ward and a proper preceptorship. "
            "Come and see us before you apply.",
        ),
        (WARD, "Flu jabs for staff are in our canteen all week, no appointment needed."),
        (
            # Its first ten words are all stop words: MiniLM reads the words of substance.
            MORTGAGES,
            "It is not every day that I get to hand over the keys to a first-time buyer "
            "whose mortgage I arranged, but today was one of those days.",
        ),
        pytest.param(
            DVLA,
            "From next week you can change the address on your licence entirely online.",
            marks=pytest.mark.xfail(strict=True, reason="MiniLM finds it too far from the job"),
        ),
        pytest.param(
            WARD,
            "Twelve-hour shift done, every bed on the ward full and not one cup of tea. Home.",
            marks=pytest.mark.xfail(
                strict=True, reason="no first person; the screen reads no work"
            ),
        ),
    ],
)
def test_talk_about_the_authors_job_without_its_words_needs_a_disclosure(
    lint: Lint, author: dict[str, str], text: str
) -> None:
    report = lint(text, **_merge(CIVIL_SERVANT, {"author": author}))
    [finding] = _only("disclosure.missing", report)
    assert finding.message.startswith("You talk about your work (“"), finding.message


@pytest.mark.parametrize(
    ("author", "text"),
    [
        (DVLA, "Finally finished painting the garden fence. Two coats and a sore back, worth it."),
        (WARD, "Our under-9s won the cup on penalties, what a day for the little ones!"),
        (
            RAIL,
            "New video is up: unboxing the mechanical keyboard I've wanted for a year. Subscribe!",
        ),
        (
            DVLA,
            "We were flat out at the school fair all afternoon, the cake stall sold out by two.",
        ),
        # "Our" and "us" of everyone, about the author's field but not their own work.
        (
            RAIL,
            "Trains carry millions of commuters every day and take lorries off our busy roads.",
        ),
        (
            WARD,
            "A consultant from a children's charity tells us how much our green spaces do for "
            "a poorly child's recovery.",
        ),
        (
            WARD,
            "Winter is coming and our hospitals will be full again unless people get the jab.",
        ),
        (
            RAIL,
            "Easy to forget the timetable apps we use every day are only as good as the data.",
        ),
        (RAIL, "What ten years of rail strikes have taught us about working from home."),
    ],
)
def test_someone_elses_work_or_a_hobby_needs_no_disclosure(
    lint: Lint, author: dict[str, str], text: str
) -> None:
    assert not _only("disclosure.missing", lint(text, **_merge(CIVIL_SERVANT, {"author": author})))


@pytest.mark.parametrize(
    "closing",
    ["Senior conductor at Kestrel Rail, views my own.", "Kestrel Rail conductor here."],
)
def test_a_short_post_may_say_who_the_author_is_at_its_end(lint: Lint, closing: str) -> None:
    text = f"Our new timetable starts on Monday and the 07:12 gets two extra carriages. {closing}"
    assert not _only("disclosure.missing", lint(text, **_merge(CIVIL_SERVANT, {"author": RAIL})))


def test_a_closing_description_of_someone_else_is_no_disclosure(lint: Lint) -> None:
    text = (
        "Our new timetable starts on Monday and the 07:12 gets two extra carriages. "
        "Thanks to my brother, senior conductor at Kestrel Rail."
    )
    assert _only("disclosure.missing", lint(text, **_merge(CIVIL_SERVANT, {"author": RAIL})))


def test_work_talk_by_meaning_points_at_the_authors_words_not_a_retweet(lint: Lint) -> None:
    text = (
        "We got every patient seen on the ward today, proud of us.\n"
        "RT @NorthgateNHS: Our new surgical ward opens on Monday, come and see us."
    )
    [finding] = _only("disclosure.missing", lint(text, **_merge(CIVIL_SERVANT, {"author": WARD})))
    assert text[finding.start : finding.end].startswith("We got every patient"), finding


@pytest.mark.parametrize(
    ("text", "first_person"),
    [
        ("Tell us what you think of the new timetable.", True),
        ("Us lot on the early turn deserve a medal.", True),
        ("The US and the UK signed the rail deal today.", False),
        ("Made in the USA, sold in the UK.", False),
    ],
)
def test_the_us_in_capitals_is_the_country_not_the_author(text: str, first_person: bool) -> None:
    assert bool(FIRST_PERSON.search(text)) is first_person


@pytest.mark.parametrize(
    ("organisation", "text"),
    [
        ("Leeds City Council", "Great gig in Leeds last night, the band were unreal."),
        ("Cornwall Council", "Cornwall was gorgeous this weekend, sea swim every morning."),
        ("Bristol Water", "Best smash burger in Bristol, the fries were perfect too."),
        ("Manchester University NHS Foundation Trust", "Ran the Great Manchester Run today!"),
        ("Northern Trains", "Saw the Northern Lights from the moor last night, unreal."),
        ("Yorkshire Building Society", "Yorkshire puddings done right, my nan would approve."),
    ],
)
def test_a_place_or_a_longer_name_sharing_the_organisations_first_word_is_not_it(
    lint: Lint, organisation: str, text: str
) -> None:
    """An organisation goes by its distinctive first word ("Fenwick"), not by a place name
    ("Leeds") or an ordinary word inside another name ("the Northern Lights")."""
    author = {"organisation": organisation, "role": "officer"}
    report = lint(text, **_merge(CIVIL_SERVANT, {"author": author}))
    assert not _only("disclosure.missing", report), report.diagnostics


@pytest.mark.parametrize(
    ("organisation", "text"),
    [
        ("Leeds City Council", "Leeds City Council's new bin app is brilliant, download it today."),
        ("Fenwick Building Society", "Fenwick's new five-year fix is the best on the market."),
        ("Northern Trains", "Northern have new trains on the coast line, try them this summer."),
    ],
)
def test_the_organisation_by_its_full_or_distinctive_name_is_still_work_talk(
    lint: Lint, organisation: str, text: str
) -> None:
    author = {"organisation": organisation, "role": "officer"}
    report = lint(text, **_merge(CIVIL_SERVANT, {"author": author}))
    assert _only("disclosure.missing", report), text


@pytest.mark.parametrize(
    ("organisation", "text", "fires"),
    [
        (
            "Department for Work and Pensions",
            "Been flat out on the new Universal Credit journal launch all week. Worth it.",
            True,
        ),
        ("HM Revenue and Customs", "Making Tax Digital goes live for landlords on Monday!", True),
        ("Met Office", "Up since 4am for the storm. Red warning areas, please don't travel.", True),
        # Another body's service is not the author's work.
        (
            "Department for Education",
            "Making Tax Digital goes live for landlords on Monday!",
            False,
        ),
        ("Met Office", "Been flat out on the new Universal Credit journal launch all week.", False),
        # Where the author works, named by its service.
        (
            "Department for Work and Pensions",
            "I work at a Jobcentre, and Universal Credit claims are up again this month.",
            False,
        ),
    ],
)
def test_a_service_the_authors_body_runs_is_talk_about_their_work(
    lint: Lint, organisation: str, text: str, fires: bool
) -> None:
    author = {"organisation": organisation, "role": "officer"}
    report = lint(text, **_merge(CIVIL_SERVANT, {"author": author}))
    assert bool(_only("disclosure.missing", report)) == fires, report.diagnostics


#: The author heading a post with who they are, around the configured organisation's name.
KESTREL_DRIVER: dict[str, Any] = {
    "author": {"role": "train driver", "organisation": "Kestrel Rail"},
}


@pytest.mark.parametrize(
    "text",
    [
        "Driver with Kestrel Rail. Six runs to the coast today and not one red signal.",
        "TM at Kestrel Rail here: the 07:12 is cancelled, sorry all.",
        "Train driver, Kestrel Rail. Back in the cab at 5am tomorrow.",
        "Kestrel Rail control room here (I run the night desk): expect delays past Hatton.",
        "I work on the timetable recast at Kestrel Rail, so ask me anything about May.",
        "Been driving for Kestrel Rail for eleven years and the sunrise still gets me.",
        "Nine years a guard at Kestrel Rail and I've never seen a queue like it.",
        "A day in the life of a Kestrel Rail driver: three coffees, two sheep on the line.",
        "Wearing my work hat (driver at Kestrel Rail): the 07:12 is cancelled, sorry all.",
    ],
)
def test_a_post_headed_with_who_the_author_is_discloses(
    draft: Callable[..., Draft], text: str
) -> None:
    found = find_disclosure_statements(draft(text, **KESTREL_DRIVER))
    assert [s.kind for s in found if s.kind == "position"], _statements(
        draft(text, **KESTREL_DRIVER)
    )


@pytest.mark.parametrize(
    "text",
    [
        "Thanks, Kestrel Rail, for the replacement bus that never came.",
        "My brother at Kestrel Rail says the new trains are quieter.",
        "Stuck on a Kestrel Rail train outside Hatton for an hour again.",
        "Fed up with Kestrel Rail. Three cancellations this week.",
        "Great day out (thanks Kestrel Rail) and the train was on time for once.",
        "My sister (a guard at Kestrel Rail) says the new trains are quieter.",
    ],
)
def test_addressing_or_riding_with_the_organisation_discloses_nothing(
    draft: Callable[..., Draft], text: str
) -> None:
    found = find_disclosure_statements(draft(text, **KESTREL_DRIVER))
    assert not [s for s in found if s.kind == "position"], _statements(
        draft(text, **KESTREL_DRIVER)
    )
