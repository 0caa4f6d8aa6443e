"""Ranking one actor above another backs the one and attacks the other, whichever parties
they are: "<A> would run the buses far better than <B>"; "<A> were poor but <B> are even
worse" attacks <B>; "<A> is twice the leader <B> is". A result reported ("<A> did better
than expected") or an idiom ("knows better than to") ranks no one. The sentences are the
project's own; every pair both ways round."""

from __future__ import annotations

import pytest

from tests.conftest import (
    PARTIES_AND_POLITICIANS,
    Lint,
    bare_name,
    sentence_case,
    sides_about,
    sides_on,
)
from tests.conftest import politics_heads as heads

PAIRS = [
    ("Labour", "Reform UK"),
    ("the Conservatives", "the Greens"),
    ("the Lib Dems", "the SNP"),
    ("Plaid Cymru", "the Conservatives"),
    ("the Democrats", "the Republicans"),
]
BOTH_WAYS = [*PAIRS, *((b, a) for a, b in PAIRS)]


@pytest.mark.parametrize(
    ("template", "first", "second"),
    [
        ("{} would run the buses far better than {} ever could.", "Supports", "Attacks"),
        ("{} are much more honest than {}, and it isn't close.", "Supports", "Attacks"),
        ("{} have outworked {} on every single issue this term.", "Supports", "Attacks"),
        (
            "{} have a far better plan for social care than {} ever wrote down.",
            "Supports",
            "Attacks",
        ),
    ],
)
def test_a_ranking_backs_one_and_attacks_the_other(
    lint: Lint, template: str, first: str, second: str
) -> None:
    wrong = {}
    for a, b in BOTH_WAYS:
        found = heads(lint, sentence_case(template.format(a, b)))
        if not any(h.startswith(f"{first} ") and bare_name(a) in h for h in found) or not any(
            h.startswith(f"{second} ") and bare_name(b) in h for h in found
        ):
            wrong[(a, b)] = found
    assert not wrong, f"{template!r}: {wrong}"


@pytest.mark.parametrize(
    ("template", "side"),
    [
        ("Wouldn't the county be far better off if {} got a proper go at running it?", "Supports"),
        ("The whole town would be much safer with {} in charge of the council.", "Supports"),
        ("We would all be better off without {}, honestly.", "Attacks"),
    ],
)
def test_better_off_with_or_without_an_actor(lint: Lint, template: str, side: str) -> None:
    wrong = {}
    for actor, _ in PAIRS:
        found = heads(lint, sentence_case(template.format(actor)))
        if not any(h.startswith(f"{side} ") and bare_name(actor) in h for h in found) or any(
            not h.startswith(side) for h in found
        ):
            wrong[actor] = found
    assert not wrong, f"{template!r}: {wrong}"


def test_the_one_ranked_below_is_attacked(lint: Lint) -> None:
    wrong = {}
    for a, b in BOTH_WAYS:
        found = heads(lint, sentence_case(f"{a} were poor, but {b} are somehow even worse."))
        if not any(h.startswith("Attacks ") and bare_name(b) in h for h in found) or any(
            h.startswith("Supports") for h in found
        ):
            wrong[(a, b)] = found
    assert not wrong, wrong


@pytest.mark.parametrize(
    "template",
    [
        "{} are polling better than {} in the north, according to the weekend's survey.",
    ],
)
def test_a_result_reported_backs_no_one(lint: Lint, template: str) -> None:
    backed = {}
    for a, b in BOTH_WAYS:
        found = heads(lint, sentence_case(template.format(a, b)))
        if any(h.startswith("Supports") for h in found):
            backed[(a, b)] = found
    assert not backed, f"{template!r}: {backed}"


UNMATCHED_PRAISE = [
    "Nobody campaigned harder for the new school than {}.",
    "No one has done more for carers in this county than {}.",
    "No other party cares more about the high street than {}.",
    # a regard no one has more of than the author
    "No one trusts {} more than I do.",
    "Nobody admires {} more than me, honestly.",
]
UNMATCHED_BLAME = [
    "Nobody has done more harm to the railways than {}.",
    "No one has let pensioners down more than {}.",
]


@pytest.mark.parametrize("frame", UNMATCHED_PRAISE)
@pytest.mark.parametrize("who", PARTIES_AND_POLITICIANS)
def test_no_one_matching_them_in_a_deed_backs_them(lint: Lint, frame: str, who: str) -> None:
    assert sides_on(lint, frame, who) == {"Supports"}, frame.format(who)


@pytest.mark.parametrize("frame", UNMATCHED_BLAME)
@pytest.mark.parametrize("who", PARTIES_AND_POLITICIANS)
def test_no_one_matching_them_in_harm_attacks_them(lint: Lint, frame: str, who: str) -> None:
    assert sides_on(lint, frame, who) == {"Attacks"}, frame.format(who)


@pytest.mark.parametrize("who", PARTIES_AND_POLITICIANS)
def test_no_one_matching_them_in_a_feeling_is_no_support(lint: Lint, who: str) -> None:
    frame = "Nobody was more surprised than {} when the count finished."
    assert "Supports" not in sides_on(lint, frame, who), frame.format(who)


@pytest.mark.parametrize(
    "frame",
    [
        "{} are the only lot who've bothered to knock on our door in ten years.",
        "To be fair {} is the only one who actually answered my emails about the flooding.",
        "{} were the only party that turned up to the residents' meeting.",
        "{} is the only one in Westminster who noticed that rents in Leeds have doubled.",
        "{}'s the only lot round here that bothered to fix the footbridge.",
        "{} is the only guy in Washington who still answers his own phone.",
    ],
)
@pytest.mark.parametrize("who", PARTIES_AND_POLITICIANS)
def test_the_only_one_who_did_a_good_turn_is_backed(lint: Lint, frame: str, who: str) -> None:
    assert sides_on(lint, frame, who) == {"Supports"}, frame.format(who)


@pytest.mark.parametrize(
    "frame",
    [
        "{} is the only one in Westminster who thinks this budget adds up.",
        "{} is the only guy in Washington who never answers his phone.",
        "{} are the only party that wants to close the library.",
        "{} is the only candidate who refused to debate.",
    ],
)
@pytest.mark.parametrize("who", PARTIES_AND_POLITICIANS)
def test_the_only_one_who_did_harm_or_holds_out_is_attacked(
    lint: Lint, frame: str, who: str
) -> None:
    assert sides_on(lint, frame, who) == {"Attacks"}, frame.format(who)


@pytest.mark.parametrize(
    "frame",
    [
        "{} is the only one who isn't afraid to say what half the country is thinking.",
        "Say what you like, {} is the only lot who doesn't dodge a straight question.",
        "{} are the only party that won't take money from the gambling firms.",
        "{} was the only one on that panel who never talked down to the audience.",
        "{} is the only one who hasn't flip-flopped on the hospital.",
        "{} were the only ones who didn't cave when the developers came knocking.",
    ],
)
@pytest.mark.parametrize("who", PARTIES_AND_POLITICIANS)
def test_the_only_one_without_a_fault_is_backed(lint: Lint, frame: str, who: str) -> None:
    """A reproach denied is praise: "the only one who never lies" backs them, where "the
    only one who never answers" (a good turn denied) attacks them."""
    assert sides_on(lint, frame, who) == {"Supports"}, frame.format(who)


@pytest.mark.parametrize(
    "text",
    [
        "Finally, a Transport Secretary who actually takes the bus to work.",
        "At last, a Health Secretary who genuinely listens to nurses.",
    ],
)
def test_relief_at_last_at_an_office_holder_backs_them(text: str) -> None:
    from tests.conftest import sided_messages

    messages = sided_messages(text)
    assert messages and all(m.startswith("Supports") for m in messages), messages


@pytest.mark.parametrize(("first", "second"), BOTH_WAYS)
def test_at_least_not_the_other_lot_is_no_attack_on_the_first(
    lint: Lint, first: str, second: str
) -> None:
    """ "<A> might be untested but at least they're not <B>, who crashed the economy again":
    the scorn after "at least" is for <B>."""
    text = sentence_case(
        f"{first} might be untested but at least they're not {second}, who crashed the "
        "economy and somehow got handed the keys again."
    )
    assert "Attacks" not in sides_about(heads(lint, text), first), text


ONLY_THEY_CAN = [
    "{} is the only one who can fix this mess.",
    "{} are the only ones who can sort this mess out.",
    "Only {} can clean up this mess.",
    "Only {} will stand up to the water companies.",
]


@pytest.mark.parametrize("frame", ONLY_THEY_CAN)
@pytest.mark.parametrize("who", PARTIES_AND_POLITICIANS)
def test_the_only_one_who_can_put_a_mess_right_is_backed(lint: Lint, frame: str, who: str) -> None:
    assert sides_on(lint, frame, who) == {"Supports"}, frame.format(who)


@pytest.mark.parametrize("who", PARTIES_AND_POLITICIANS)
def test_only_they_could_make_such_a_mess_attacks(lint: Lint, who: str) -> None:
    frame = "Only {} could make such a mess of the railways."
    assert sides_on(lint, frame, who) == {"Attacks"}, frame.format(who)
