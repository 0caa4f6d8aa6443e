"""The author's word on what a party or politician says gives the side, whoever it is: "<X>
say the cuts help the richest, and they're right" backs <X>; "<X> say they care about the
NHS. Don't believe a word of it" attacks them. The judge read the same agreement as support
for some parties and an attack on others, and a plain report with "Spot on." after it as no
politics at all. The report alone takes no side (``test_political_positions``). The
sentences are the project's own, over every party and politicians of three countries.
"""

from __future__ import annotations

import pytest

from tests.conftest import EVERY_PARTY, Lint, politics_heads, sentence_case, sides_on

SPEAKERS = [*EVERY_PARTY, "Starmer", "Farage", "Harris", "Trump", "Albanese"]

AGREED = [
    "{} say the tax cuts mostly benefit the richest households, and they are absolutely right.",
    "{} have said all along that the scheme would cost more. Spot on.",
    "{} rightly say the waiting list is the longest it has ever been.",
    "{} argue that the new runway would be a mistake, which is true.",
    "{} praised the ward staff for getting through the winter. Spot on.",
]
DISBELIEVED = [
    "{} say they care about the NHS. Don't believe a word of it.",
    "{} falsely claim the waiting list is falling.",
    "{} keep telling us the economy is booming. Yeah right.",
    "{} said the new bypass was a triumph, what a joke.",
    "{} hailed the deal as the best in a generation. Laughable.",
    "{} say the trains are running better than ever, as if anyone believes that.",
]


@pytest.mark.parametrize("frame", AGREED)
@pytest.mark.parametrize("speaker", SPEAKERS)
def test_agreeing_with_what_they_say_supports_them(lint: Lint, frame: str, speaker: str) -> None:
    assert sides_on(lint, frame, speaker) == {"Supports"}, frame.format(speaker)


@pytest.mark.parametrize("frame", DISBELIEVED)
@pytest.mark.parametrize("speaker", SPEAKERS)
def test_disbelieving_what_they_say_attacks_them(lint: Lint, frame: str, speaker: str) -> None:
    assert sides_on(lint, frame, speaker) == {"Attacks"}, frame.format(speaker)


@pytest.mark.parametrize(
    "frame",
    [
        "{} say they're right to oppose the new runway.",
        "{} said it looked as if the talks would fail.",
    ],
)
@pytest.mark.parametrize("speaker", EVERY_PARTY)
def test_their_own_words_of_being_right_are_no_agreement(
    lint: Lint, frame: str, speaker: str
) -> None:
    text = sentence_case(frame.format(speaker))
    assert not politics_heads(lint, text), text


@pytest.mark.parametrize(
    ("frame", "head"),
    [
        (
            "{} have said all along that the scheme would cost more. Spot on.",
            "Supports {} (“Spot on”)",
        ),
        (
            "{} say they care about the NHS. Don't believe a word of it.",
            "Attacks {} (“Don't believe a word”)",
        ),
        (
            "{} rightly say the waiting list is the longest it has ever been.",
            "Supports {} (“rightly”)",
        ),
    ],
)
@pytest.mark.parametrize("speaker", ["Labour", "the Greens", "Farage"])
def test_the_message_quotes_the_authors_word(
    lint: Lint, frame: str, head: str, speaker: str
) -> None:
    """The reported words are the speaker's; the message shows the words that take the side."""
    heads = politics_heads(lint, sentence_case(frame.format(speaker)))
    assert heads == [head.format(speaker)], heads
