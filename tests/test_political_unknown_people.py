"""Someone no list knows, named where the judge reads a side, is read by the same turns of
phrase as a politician the lists know: work done is credit, a dismissal or scornful thanks
an attack, whoever they are. The judge had read "<name> sorted out the bin collections…" as
an attack on every name; "Thanks <name> for showing your true colours" named no one, since
"Thanks" was read as the start of the name. The names and sentences are the project's own.
"""

from __future__ import annotations

import pytest

from postlint._rules.politics.someone import someone_named
from tests.conftest import civil_servant_draft, sided_messages, sides_about

#: People no lexicon lists, of several origins.
UNKNOWN_PEOPLE = [
    "Dana Whitfield",
    "Tomasz Nowak",
    "Priya Ramsden",
    "Gethin Pryce",
    "Kwame Mensah",
    "Siobhan Kelly",
]

SIDED_FRAMES = [
    (
        "{} sorted out the bin collections in a month after years of excuses from the council.",
        "Supports",
    ),
    ("Who cares what {} thinks about the bypass, he voted to close the library.", "Attacks"),
    ("Thanks {} for showing your true colours on the housing vote.", "Attacks"),
    ("What a surprise, {} u-turned on the bus cuts again.", "Attacks"),
    ("The best thing {} could do for this ward is resign.", "Attacks"),
]


@pytest.mark.parametrize(("frame", "side"), SIDED_FRAMES)
@pytest.mark.parametrize("who", UNKNOWN_PEOPLE)
def test_someone_no_list_knows_takes_the_frames_side(frame: str, side: str, who: str) -> None:
    """On the default path (the trained pipeline's NER may take another word of the sentence
    for the target: "the bin collections")."""
    text = frame.format(who)
    heads = [message.split(":", 1)[0] for message in sided_messages(text)]
    assert sides_about(heads, who) == {side}, text


@pytest.mark.parametrize("who", UNKNOWN_PEOPLE)
def test_a_greeting_before_a_name_is_no_part_of_it(who: str) -> None:
    text = f"Thanks {who} for the update on the housing vote."
    assert someone_named(civil_servant_draft(text), 0, len(text)) == who


CALLED_FRAMES = [
    ("{} is the only politician under 40 who has actually moved the needle on rent.", "Supports"),
    ("{} was the best councillor this ward ever had. Miss her.", "Supports"),
    ("{} is the worst MP this town has had in living memory.", "Attacks"),
]


@pytest.mark.parametrize(("frame", "side"), CALLED_FRAMES)
@pytest.mark.parametrize("who", UNKNOWN_PEOPLE)
def test_someone_the_sentence_calls_a_politician_is_named(frame: str, side: str, who: str) -> None:
    """ "<name> is the only politician who…": the sentence says who they are."""
    text = frame.format(who)
    heads = [message.split(":", 1)[0] for message in sided_messages(text)]
    assert sides_about(heads, who) == {side}, text


@pytest.mark.parametrize(
    "text",
    [
        "Priya Ramsden was the best teacher this school ever had. Miss her.",
        "Jake Morrow is the only goalkeeper who can save a penalty.",
        "Sam Okafor is a candidate for the Oakfield half marathon this year.",
    ],
)
def test_someone_called_anything_else_is_no_politician(text: str) -> None:
    assert not sided_messages(text)


#: A quotation the author endorses, given to someone no list knows.
ENDORSED_QUOTATIONS = [
    '"This town deserves buses that turn up, not another consultation." — {}. Every. Single. Word.',
    '"Fourteen years of cuts have left our libraries in ruins." — {}. Couldn\'t agree more.',
]
#: ... where the quotation names whom it attacks.
ENDORSED_ATTACKS = [
    '"This government has run our hospitals into the ground." — {}. Every. Single. Word.',
    '"The council has wasted millions on consultants while the potholes grow." — {}. Spot on.',
]


def _heads(text: str) -> list[str]:
    return [message.split(":", 1)[0] for message in sided_messages(text)]


@pytest.mark.parametrize("frame", ENDORSED_QUOTATIONS)
@pytest.mark.parametrize("who", UNKNOWN_PEOPLE)
def test_someone_whose_words_the_author_endorses_is_backed(frame: str, who: str) -> None:
    """The quotation's complaint is the speaker's, and the author speaks with them: a side
    taken with the speaker, not an attack on them."""
    text = frame.format(who)
    assert sides_about(_heads(text), who) == {"Supports"}, (text, _heads(text))


@pytest.mark.parametrize("frame", ENDORSED_ATTACKS)
@pytest.mark.parametrize("who", UNKNOWN_PEOPLE)
def test_the_speaker_of_an_endorsed_attack_is_not_its_target(frame: str, who: str) -> None:
    text = frame.format(who)
    heads = _heads(text)
    assert heads and "Attacks" not in sides_about(heads, who), (text, heads)
