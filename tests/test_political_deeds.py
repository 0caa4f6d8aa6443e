"""What an actor is said to have done gives the author's side on it, whichever party did it:
a burden lowered or a public good raised is credit ("<X> froze bus fares", "<X> built 5,000
council homes"), a public good lowered or a burden raised is blame ("<X> cut school meals",
"<X> hiked council tax"). A deed promised, denied or done "for the rich" takes no side from
the deed alone. The sentences are the project's own; every actor each way."""

from __future__ import annotations

import pytest

from tests.conftest import (
    EVERY_PARTY,
    PARTIES_AND_POLITICIANS,
    Lint,
    bare_name,
    sentence_case,
    sides_on,
)
from tests.conftest import politics_heads as heads

ACTORS = [
    "Labour",
    "the Conservatives",
    "Reform UK",
    "the Lib Dems",
    "the Greens",
    "the SNP",
    "the Democrats",
    "the Republicans",
    "Governor Hochul",
    "Governor Abbott",
]


@pytest.mark.parametrize(
    ("template", "side"),
    [
        ("{} cut property taxes for every homeowner in the county. Remember that.", "Supports"),
        ("{} froze bus fares for the third year running and nobody noticed.", "Supports"),
        ("{} capped insulin at $35 a month. My dad cried at the pharmacy.", "Supports"),
        ("Say what you like, {} got knife crime down in this city.", "Supports"),
        (
            "{} built 5,000 council homes in four years. That's what delivery looks like.",
            "Supports",
        ),
        ("{} quietly cut school meals for the poorest kids. Shameful.", "Attacks"),
        ("{} have frozen nurses' pay again, and they expect a thank-you.", "Attacks"),
        ("{} hiked council tax by 9% while the bins go uncollected.", "Attacks"),
        ("{} closed the last library on our estate.", "Attacks"),
        # Done to people.
        ("{} have hammered farmers, pensioners and small businesses in one budget.", "Attacks"),
        ("{} stood up for renters when nobody else in that chamber would.", "Supports"),
        ("Look what {} have done to our high street. Heartbreaking.", "Attacks"),
        # Made or made free: "gave us", "brought in", "rebuilt", "signed", "opened".
        ("{} gave us free bus travel for under-22s and nobody talks about it.", "Supports"),
        ("{} rebuilt the swimming pool and froze parking charges.", "Supports"),
        ("{} brought in free school meals for every primary pupil.", "Supports"),
        ("{} gave us the bedroom tax and a decade of food banks.", "Attacks"),
        ("{} introduced higher fares on every bus route in the city.", "Attacks"),
        # Something new got for the people; a wait cut ("the queue", "delays").
        ("{} got us the new crossing outside the school after years of petitions.", "Supports"),
        ("{} cut the queue at the passport office from twelve weeks to three.", "Supports"),
        ("{} got us a new tax on every parking space. Thanks for nothing.", "Attacks"),
    ],
)
def test_a_deed_gives_its_doer_a_side(lint: Lint, template: str, side: str) -> None:
    wrong = {}
    for actor in ACTORS:
        text = sentence_case(template.format(actor))
        found = heads(lint, text)
        if not any(h.startswith(f"{side} ") and bare_name(actor) in h for h in found) or any(
            not h.startswith(f"{side} ") and bare_name(actor) in h for h in found
        ):
            wrong[actor] = found
    assert not wrong, f"{template!r}: {wrong}"


@pytest.mark.parametrize(
    "template",
    [
        # Done for someone the reader may resent: the judge reads who gains, not the deed.
        "{} cut taxes for billionaires and called it growth.",
        # Promised, not done.
        "{} want to cut school meals next year, apparently.",
        # Something neither a burden nor a good.
        "{} cut the ribbon at the new leisure centre this morning.",
        # A record as a date, not a verdict.
        "After fourteen years of {} government, the other side took office in July.",
        # A ribbon cut: a visit reported, whoever built it.
        "{} opened the refurbished swimming pool at 10am.",
        # A law, whose own words decide ("a bill", not an energy bill).
        "{} introduced a bill to ban single-use vapes.",
    ],
)
def test_no_side_from_a_deed_not_plainly_done_to_a_burden_or_a_good(template: str) -> None:
    from postlint._rules.politics.deeds import deed_done
    from postlint._rules.politics.mention import Mention
    from tests.conftest import civil_servant_draft

    for actor in ACTORS:
        text = sentence_case(template.format(actor))
        draft = civil_servant_draft(text)
        at = text.index(bare_name(actor))
        mention = Mention(at, at + len(bare_name(actor)), bare_name(actor), "party")
        assert deed_done(draft, mention) is None, text


def test_a_cut_to_something_unpolitical_takes_no_side(lint: Lint) -> None:
    # A barber, a chef and a colleague called like a party's leader are not a party.
    for text in (
        "Our barber cut prices for students this week, worth a visit.",
        "The café froze its prices all winter, bless them.",
    ):
        assert heads(lint, text) == [], text


def test_a_record_summed_up_as_failure_blames_the_party(lint: Lint) -> None:
    # The parties as people name a time in office ("years of Tory rule").
    parties = ["Labour", "Tory", "Reform", "Lib Dem", "Green Party", "SNP", "Democrat", "GOP"]
    wrong = {}
    for party in parties:
        for template in (
            "Fourteen years of {} rule and my local library is a vape shop. Cheers.",
            "Five long years of {} misrule, and counting.",
        ):
            text = template.format(party)
            found = heads(lint, text)
            if not any(h.startswith("Attacks ") and party.split()[0] in h for h in found):
                wrong[text] = found
    assert not wrong, wrong


def test_what_an_actor_has_done_answered_nothing_is_an_attack(lint: Lint) -> None:
    wrong = {}
    for actor in ACTORS[:8]:
        text = sentence_case(
            f"People ask what {actor} have done for the North. The answer is nothing."
        )
        found = heads(lint, text)
        if not any(h.startswith("Attacks ") and bare_name(actor) in h for h in found) or any(
            h.startswith("Supports ") and bare_name(actor) in h for h in found
        ):
            wrong[text] = found
    assert not wrong, wrong


@pytest.mark.parametrize(
    ("template", "side"),
    [
        ("{} kept the maternity unit open when everyone said it would close.", "support"),
        ("{} reopened the library after two years of campaigning.", "support"),
        ("{} rescued the swimming pool from closure.", "support"),
        ("{} kept the council tax rise at 5% this year.", None),
    ],
)
def test_a_public_good_kept_open_or_reopened_is_credit(template: str, side: str | None) -> None:
    """The deed's side, whoever did it: keeping a maternity unit open, reopening a library,
    rescuing a pool are a public good kept or given back; keeping a rise is no deed of either
    kind. (Whether it is reported is the judge's reading of the sentence.)"""
    from postlint._rules.politics.deeds import deed_done
    from postlint._rules.politics.mention import Mention
    from tests.conftest import civil_servant_draft

    for actor in ACTORS:
        text = sentence_case(template.format(actor))
        draft = civil_servant_draft(text)
        at = text.index(bare_name(actor))
        mention = Mention(at, at + len(bare_name(actor)), bare_name(actor), "party")
        assert deed_done(draft, mention) == side, text


WORK_DONE = [
    "{} sorted out the school transport mess before the autumn term.",
    "Credit where due, {} fixed the street lights on our estate.",
    "{} got the footbridge reopened in under a year.",
    "{} showed up for the flood-hit families when it mattered.",
    "{} had a clear plan for the hospital and delivered it.",
    "{} pushed the new youth centre through when everyone said it couldn't be done. Legend.",
]
WORK_UNSURE = [
    "Has {} sorted out the school transport mess yet?",
    "Whether {} fixed the street lights or the contractor did is anyone's guess.",
]
WORK_RIGGED = [
    "{} fixed the selection so their favourite won.",
    "{} got their mates the cleaning contracts sorted.",
]


@pytest.mark.parametrize("frame", WORK_DONE)
@pytest.mark.parametrize("who", PARTIES_AND_POLITICIANS)
def test_work_done_whatever_it_was_done_to_is_credit(lint: Lint, frame: str, who: str) -> None:
    assert sides_on(lint, frame, who) == {"Supports"}, frame.format(who)


@pytest.mark.parametrize("frame", WORK_UNSURE)
@pytest.mark.parametrize("who", PARTIES_AND_POLITICIANS)
def test_work_asked_about_or_supposed_is_no_credit(lint: Lint, frame: str, who: str) -> None:
    assert "Supports" not in sides_on(lint, frame, who), frame.format(who)


@pytest.mark.parametrize("frame", WORK_RIGGED)
@pytest.mark.parametrize("who", PARTIES_AND_POLITICIANS)
def test_a_rigged_result_or_a_favour_to_friends_is_blame(lint: Lint, frame: str, who: str) -> None:
    assert sides_on(lint, frame, who) == {"Attacks"}, frame.format(who)


@pytest.mark.parametrize(
    "frame",
    [
        "The way {} stood by the miners that winter was something else.",
        "{} spoke up for carers when nobody else in the chamber would.",
    ],
)
@pytest.mark.parametrize("who", PARTIES_AND_POLITICIANS)
def test_standing_by_people_is_credit(lint: Lint, frame: str, who: str) -> None:
    assert sides_on(lint, frame, who) == {"Supports"}, frame.format(who)


@pytest.mark.parametrize(
    ("frame", "side"),
    [
        ("{} made sure every carer got the cost-of-living payment.", "Supports"),
        ("{} made sure no pensioner in the county went cold this winter.", "Supports"),
        ("{} made sure the poorest tenants paid the most.", "Attacks"),
        ("{} made sure nobody could read the contracts before the vote.", "Attacks"),
        ("{} made sure their donors got the land.", "Attacks"),
    ],
)
@pytest.mark.parametrize("who", PARTIES_AND_POLITICIANS)
def test_what_they_made_sure_of_gives_the_side(lint: Lint, frame: str, side: str, who: str) -> None:
    assert sides_on(lint, frame, who) == {side}, frame.format(who)


@pytest.mark.parametrize("actor", ["Labour", "Reform", "Trump", "Harris", "Albanese"])
def test_a_bodys_work_in_a_plain_report_is_no_credit(actor: str) -> None:
    """ "… after the <X> administration expanded the school meals scheme": a body's work
    reported, as "The Chancellor froze fuel duty" is."""
    from tests.conftest import sided_messages

    text = (
        f"Officials said on Friday the {actor} administration expanded the school meals scheme"
        " to another 40 districts."
    )
    assert not any(m.startswith("Supports") for m in sided_messages(text)), text


VOTED_FOR_A_DEED = [
    ("{} voted to keep the library open.", "Supports"),
    ("{} voted to keep the library open. That's leadership.", "Supports"),
    ("{} voted to protect the bus routes.", "Supports"),
    ("{} voted to fund more nurses.", "Supports"),
    ("{} voted to close the library. Disgraceful.", "Attacks"),
    ("{} voted to cut the bus routes.", "Attacks"),
    ("{} voted to scrap free school meals.", "Attacks"),
]


@pytest.mark.parametrize(("frame", "side"), VOTED_FOR_A_DEED)
@pytest.mark.parametrize("who", PARTIES_AND_POLITICIANS)
def test_a_vote_for_a_deed_is_read_as_the_deed(lint: Lint, frame: str, side: str, who: str) -> None:
    """A vote record is the deed voted for: "<X> voted to keep the library open" is credit,
    whoever <X> is (the judge read every such vote as an attack)."""
    assert sides_on(lint, frame, who) == {side}, frame.format(who)


#: Praise by denying the opposite, and the same words about the actor's fall.
LITOTES = [
    ("{} asking where every penny of the budget goes isn't a bad thing.", "Supports"),
    ("{} pushing the rail franchise back into public hands is no bad thing.", "Supports"),
    ("{} losing their seats at the next election would be no bad thing.", "Attacks"),
]


@pytest.mark.parametrize(("frame", "side"), LITOTES)
@pytest.mark.parametrize("who", PARTIES_AND_POLITICIANS)
def test_praise_by_denying_the_opposite_is_for_the_deed_not_the_fall(
    lint: Lint, frame: str, side: str, who: str
) -> None:
    assert sides_on(lint, frame, who) == {side}, frame.format(who)


@pytest.mark.parametrize("who", EVERY_PARTY)
@pytest.mark.parametrize(
    ("frame", "side"),
    [
        ("{} on our county council froze parking charges and fixed the library roof.", "Supports"),
        ("{} on our council closed the library and the youth club.", "Attacks"),
        ("{} running the city council cut the bus subsidy to the villages.", "Attacks"),
    ],
)
def test_a_deed_of_a_party_where_it_sits_takes_the_deeds_side(
    lint: Lint, frame: str, side: str, who: str
) -> None:
    """The party named with where it sits ("on our county council") is still the deed's doer."""
    assert sides_on(lint, frame, who) == {side}, frame.format(who)


@pytest.mark.parametrize(
    "frame",
    [
        "{} destroyed the economy in four years.",
        "{} took the country apart in four years.",
        "{} ran the NHS into the ground.",
        "{} have crashed the economy again.",
    ],
)
@pytest.mark.parametrize("who", PARTIES_AND_POLITICIANS)
def test_ruin_of_the_country_attacks_whoever_did_it(lint: Lint, frame: str, who: str) -> None:
    """The judge read "<X> destroyed the economy" as support for the Conservatives, the
    Greens and the Democrats, and "<X> took the country apart" for Badenoch and Harris."""
    assert sides_on(lint, frame, who) == {"Attacks"}, frame.format(who)
