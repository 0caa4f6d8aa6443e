"""A party's position reported without a word of the author's own is no side taken: "The
Greens want a referendum on the incinerator", "Labour and the Conservatives have both promised
more housebuilding". The same report with the author's verdict in it still takes one. The
sentences are the project's own; every party alike."""

from __future__ import annotations

import pytest

from postlint._rules.politics.positions import position_reported
from tests.conftest import EVERY_PARTY, PARTIES_AND_POLITICIANS, Lint, civil_servant_draft
from tests.conftest import politics_messages as politics
from tests.test_political_evaluations import _opening


@pytest.mark.parametrize(
    "template",
    [
        "{} want a referendum on the incinerator.",
        "{} have promised more housebuilding in the county.",
        "{} have published their manifesto for the council elections.",
        "{} are proposing a new bus franchise for the city region.",
    ],
)
def test_a_partys_position_reported_plainly_takes_no_side(lint: Lint, template: str) -> None:
    flagged = {p: politics(lint, _opening(template, p)) for p in EVERY_PARTY}
    assert not any(flagged.values()), {p: m for p, m in flagged.items() if m}


@pytest.mark.parametrize(
    "template",
    [
        "{} say the tax cuts mostly benefit the richest households.",
        "{} argue that the scheme will cost far more than ministers admit.",
        "{} warned that the waiting list could pass eight million by the spring.",
        "{} say the new runway would add 40,000 flights a year.",
        "{} have accused the council of sitting on the report for six months.",
    ],
)
def test_what_a_party_says_reported_plainly_takes_no_side(lint: Lint, template: str) -> None:
    """What a party says, argues or warns, reported as news reports it: the claim and the
    side it takes are the party's, not the author's; the judge had read the same report as
    support for one party and an attack on another, or as an attack on the ministers the
    party's claim names."""
    flagged = {p: politics(lint, _opening(template, p)) for p in EVERY_PARTY}
    assert not any(flagged.values()), {p: m for p, m in flagged.items() if m}


@pytest.mark.parametrize(
    "template",
    [
        "{} want a referendum on the incinerator, which is a disgrace.",
        "{} have promised more housebuilding. Again. 🙄",
        "{} want to wreck the green belt with their housebuilding plans.",
        "We need {} in power to get the bus franchise done.",
        "{} say the tax cuts mostly benefit the richest households, and they are right.",
        "{} say they care about the NHS. Don't believe a word of it.",
    ],
)
def test_the_authors_own_word_in_a_report_still_counts(lint: Lint, template: str) -> None:
    missed = [p for p in EVERY_PARTY if not politics(lint, _opening(template, p))]
    assert not missed, missed


@pytest.mark.parametrize(
    "template",
    [
        "Interesting to see {} and Plaid Cymru both promising more GP appointments.",
        "Worth noting that {} are holding hustings in the town hall next Thursday.",
    ],
)
def test_a_neutral_frame_takes_no_side(lint: Lint, template: str) -> None:
    flagged = {p: politics(lint, _opening(template, p)) for p in EVERY_PARTY}
    assert not any(flagged.values()), {p: m for p, m in flagged.items() if m}


#: Parties' names as they stand before their events ("the Green Party conference").
EVENT_PARTIES = [
    "Labour",
    "Conservative",
    "Lib Dem",
    "Reform UK",
    "Green Party",
    "SNP",
    "Plaid Cymru",
    "Republican",
]


@pytest.mark.parametrize(
    "template",
    [
        "Watching the {} conference tonight with a curry, see what they have to say.",
        "The {} manifesto launch is at 10 tomorrow, will be following along on the radio.",
    ],
)
def test_a_partys_event_named_takes_no_side(lint: Lint, template: str) -> None:
    flagged = {p: politics(lint, _opening(template, p)) for p in EVENT_PARTIES}
    assert not any(flagged.values()), {p: m for p, m in flagged.items() if m}


@pytest.mark.parametrize(
    "template",
    [
        "Watching the {} conference tonight, what a shambles.",
        "The {} conference was an embarrassment from start to finish.",
        "Can't wait for the {} conference tomorrow! 🎉",
    ],
)
def test_a_partys_event_with_the_authors_tone_is_still_read(template: str) -> None:
    # Read by the models, not set aside as a plain mention (whether they then find the
    # cheering is theirs to say).
    texts = [_opening(template, p) for p in EVENT_PARTIES]
    set_aside = [t for t in texts if position_reported(civil_servant_draft(t), 0, len(t))]
    assert not set_aside, set_aside


def test_a_neutral_frame_with_the_authors_tone_still_counts(lint: Lint) -> None:
    template = "Interesting to see {} finally admitting they got it wrong on buses."
    missed = [p for p in EVERY_PARTY if not politics(lint, _opening(template, p))]
    assert not missed, missed


#: Rivals named together: parties and politicians of three countries.
RIVALS = [
    ("Labour", "the Conservatives"),
    ("the Lib Dems", "Reform UK"),
    ("the Greens", "the SNP"),
    ("the Democrats", "the Republicans"),
    ("Starmer", "Badenoch"),
    ("Harris", "Trump"),
    ("Albanese", "Dutton"),
]


@pytest.mark.parametrize(
    "template",
    [
        "{} and {} sparred over the cost of living in the first televised debate.",
        "{} and {} traded barbs over childcare funding at the hustings.",
        "{} and {} went head to head on housing in front of a studio audience.",
    ],
)
@pytest.mark.parametrize(("first", "second"), RIVALS)
def test_rivals_contest_reported_plainly_takes_no_side(
    lint: Lint, template: str, first: str, second: str
) -> None:
    text = template.format(first, second)
    assert not politics(lint, text[0].upper() + text[1:]), text


@pytest.mark.parametrize(
    "template",
    [
        "{} and {} sparred over the cost of living again. Embarrassing for both. 🙄",
        "I watched {} and {} trade barbs all night and neither deserves my vote.",
    ],
)
@pytest.mark.parametrize(("first", "second"), RIVALS)
def test_rivals_contest_with_the_authors_tone_is_still_read(
    template: str, first: str, second: str
) -> None:
    text = template.format(first, second)
    text = text[0].upper() + text[1:]
    assert not position_reported(civil_servant_draft(text), 0, len(text)), text


@pytest.mark.parametrize(
    "template",
    [
        "{} has been an MP since 2015.",
        "{} has been in government since 2010.",
        "{} served as party leader from 2016 to 2020.",
        "{} has sat on the council for twelve years.",
    ],
)
def test_a_politicians_time_in_office_stated_plainly_takes_no_side(
    lint: Lint, template: str
) -> None:
    who = ["Starmer", "Badenoch", "Farage", "Ed Davey", "Harris", "Trump", "Newsom", "Dutton"]
    flagged = {w: politics(lint, template.format(w)) for w in who}
    assert not any(flagged.values()), {w: m for w, m in flagged.items() if m}


@pytest.mark.parametrize(
    "text",
    [
        "Starmer has been in office since 2024 and my bills have doubled.",
        "Farage has been an MP since 2024. What a shambles. 🙄",
        "Harris has been a disaster since 2021.",
        # headlines of what a politician did
        "Starmer visits the town he abandoned years ago.",
        "Badenoch tours the hospital they cut to the bone.",
        "Farage hits back at critics with more lies.",
        "Harris unveils yet another pointless transport plan.",
        "Trump responds to the verdict. What a shambles. 🙄",
    ],
)
def test_a_report_with_the_authors_word_is_still_read(text: str) -> None:
    draft = civil_servant_draft(text)
    first = draft.sentences[0]
    assert not position_reported(draft, first.start_char, first.end_char), text


@pytest.mark.parametrize(
    "template",
    [
        "{} hits back at critics over the housing plan.",
        "{} responds to a challenge for a one-on-one debate.",
        "{} dons a hard hat to tour the new rail depot.",
        "{} sets out plans for social care in a speech in Leeds.",
        "{} to unveil a transport plan on Monday.",
        "{} defended the bus franchise at a meeting in Salford.",
    ],
)
def test_a_headline_of_what_a_politician_did_takes_no_side(lint: Lint, template: str) -> None:
    flagged = {w: politics(lint, _opening(template, w)) for w in PARTIES_AND_POLITICIANS}
    assert not any(flagged.values()), {w: m for w, m in flagged.items() if m}
