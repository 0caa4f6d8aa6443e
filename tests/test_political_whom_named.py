"""Whom a support or attack means, when it names no party or politician the lists know: the
political class as a whole ("Attacks MPs", "Attacks politicians", "Attacks POTUS") and a
person by a given name alone as the sentence's subject ("Supports Fiona"), rather than "a
party or politician". Only the message changes: whether a sentence is reported does not
rest on these words. The sentences are the project's own.
"""

from __future__ import annotations

import pytest

from postlint._rules.politics.someone import class_named, someone_named
from tests.conftest import civil_servant_check, civil_servant_draft, sided_messages

CLASS_SENTENCES = [
    ("MPs haven't the faintest idea what a double shift on a care ward feels like!", "MPs"),
    ("Honestly, politicians only ever turn up when they want your vote.", "politicians"),
    (
        "Senators voting themselves another pay rise while we queue at food banks. Disgrace.",
        "senators",
    ),
    ("POTUS spent the whole week golfing while the state flooded.", "POTUS"),
    (
        "Councillors round here couldn't organise a bin round if their lives depended on it.",
        "councillors",
    ),
]


@pytest.mark.parametrize(("text", "named"), CLASS_SENTENCES)
def test_the_political_class_is_whom_the_message_names(text: str, named: str) -> None:
    draft = civil_servant_draft(text)
    assert class_named(draft, 0, len(text)) == named
    messages = sided_messages(text)
    assert messages, text
    assert all("a party or politician" not in m for m in messages), messages
    assert any(m.split(":")[0].endswith(named) for m in messages), messages


GIVEN_NAME_FRAMES = [
    "{} has done nothing for this ward but line their own pockets, don't vote for them.",
    "{} will make a brilliant councillor, give them your vote on Thursday.",
]


@pytest.mark.parametrize("frame", GIVEN_NAME_FRAMES)
@pytest.mark.parametrize("who", ["Angela", "Colin", "Fiona", "Brian", "Diane"])
def test_a_given_name_alone_as_the_subject_is_whom_the_message_names(frame: str, who: str) -> None:
    text = frame.format(who)
    messages = sided_messages(text)
    assert messages, text
    assert all(m.split(":")[0].endswith(f" {who}") for m in messages), messages


@pytest.mark.parametrize(
    "text",
    [
        "Bill will be a disaster for renters if it passes.",  # the bill, not Bill
        "Mark will be a great day for the campaign.",  # too common a word to be a name alone
        "Will is what this country needs more of.",
    ],
)
def test_a_given_name_common_as_a_word_names_no_one_alone(text: str) -> None:
    assert someone_named(civil_servant_draft(text), 0, len(text)) is None


@pytest.mark.parametrize(
    "text",
    [
        "Politicians from every party visited the new school this morning.",
        "The ministers' briefing is at 10am in the main hall.",
        "Fiona will be at the front desk until five.",
    ],
)
def test_naming_them_reports_nothing_new(text: str) -> None:
    assert not [d for d in civil_servant_check(text).diagnostics if d.rule.startswith("politics")]


@pytest.mark.parametrize(
    "who", ["Martin Fletcher", "Gareth Walsh", "Caroline Dawson", "Simon Porter"]
)
def test_a_name_whose_words_are_common_in_print_is_still_named(who: str) -> None:
    """A given name and a surname that are common in print ("Martin", "Walsh") but not as
    everyday words open a person's name at a sentence's start."""
    text = (
        f"{who} voted to close the library and then turned up for the photo at the "
        "reopening. Shameless."
    )
    messages = sided_messages(text)
    assert messages and all(m.startswith(f"Attacks {who}:") for m in messages), messages
