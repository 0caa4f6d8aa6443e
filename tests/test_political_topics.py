"""A verdict that names no issue is named by the contested topic nearest in meaning.

The sentences are the project's own; each topic is tried from both sides.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

import postlint
from postlint._engine.draft import Draft
from postlint._rules.politics.topics import topic_by_meaning
from tests.conftest import POLITICS_OF_A_CIVIL_SERVANT, civil_servant_draft

Lint = Callable[..., postlint.Report]
CIVIL_SERVANT = {**POLITICS_OF_A_CIVIL_SERVANT, "rules": {"select": ["politics.policy-verdict"]}}


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        (
            "Forgiving student debt would be the fairest thing we could do for a generation.",
            "student loans",
        ),
        (
            "Forgiving student debt would be a slap in the face to everyone who paid theirs off.",
            "student loans",
        ),
        (
            "Nobody who wants a fair asylum process should be called a bigot.",
            "asylum seekers and refugees",
        ),
    ],
)
def test_a_verdict_on_no_named_issue_is_named_by_its_topic(
    lint: Lint, text: str, topic: str
) -> None:
    messages = [d.message for d in lint(text, **CIVIL_SERVANT).diagnostics]
    assert messages and all(
        m.startswith(f"Takes a side on {topic} (by its meaning)") for m in messages
    ), messages


@pytest.mark.parametrize(
    "text",
    [
        "Time we brought in a proper tax on wealth, and I mean a real one.",
        "The wealthy already hand over far more than their share in tax.",
        "Make the millionaires pay more tax and watch how fast the potholes get fixed.",
        "Lowering the top rate of income tax is the best way to grow the economy.",
    ],
)
def test_a_topic_is_named_in_words_that_take_no_side(text: str) -> None:
    """Taxing the wealthy, argued for or against, is not named "tax cuts for the rich": the
    topic's name is the message's target, and a critic's phrase for it puts words in the
    author's mouth (a post for a wealth tax was told it took a side on "tax cuts for the
    rich")."""
    topic = topic_by_meaning(civil_servant_draft(text), 0, len(text))
    assert topic is not None and "tax" in topic, (text, topic)
    assert "rich" not in topic, (text, topic)


@pytest.mark.parametrize(
    "text",
    ["The bus was late again this morning.", "Our choir sang beautifully at the carol service."],
)
def test_words_far_from_every_topic_name_none(text: str) -> None:
    draft: Draft = civil_servant_draft(text)
    assert topic_by_meaning(draft, 0, len(text)) is None


@pytest.mark.parametrize(
    ("text", "named"),
    [
        # The topic as the sentence writes it, not "(by its meaning)" beside its own words.
        (
            "The Government has to rethink its plans for universal credit this winter.",
            "universal credit",
        ),
        ("The council should protect social care from the next round of savings.", "social care"),
        ("Ministers should bring in the death penalty for terrorists.", "death penalty"),
        # A governing body's name is no issue: the topic its verdict is about is named.
        ("This administration needs to let far more asylum seekers in.", "asylum seekers"),
    ],
)
def test_a_verdict_is_named_by_what_it_is_about_not_who_governs(
    lint: Lint, text: str, named: str
) -> None:
    messages = [d.message for d in lint(text, **CIVIL_SERVANT).diagnostics]
    assert messages and all(m.startswith("Takes a side on ") for m in messages), messages
    assert any(named.lower() in m.lower().split("“")[0] for m in messages), messages
    assert not any(m.startswith("Takes a side on the Government") for m in messages), messages


@pytest.mark.parametrize(
    "text",
    [
        "The flag finally came down. Now what will the bigots whine about? #tcot",
        "Statue's gone. What will the snowflakes cry about next? #p2",
    ],
)
def test_a_sides_tag_is_no_topic_of_a_verdict(lint: Lint, text: str) -> None:
    """A movement's tag says whom the post backs: reported as that support, not as a side
    "on #tcot" too."""
    messages = [d.message for d in lint(text, **POLITICS_OF_A_CIVIL_SERVANT).diagnostics]
    assert any(m.startswith("Supports the") for m in messages), messages
    assert not any(m.startswith(("Takes a side on #", "Takes a side on “#")) for m in messages)


def test_a_verdict_on_a_sides_tag_is_that_side_not_a_second_finding() -> None:
    """The judge may read a sentence ending in "#tcot" both as a verdict and as support, on
    the same tag: the verdict names who is backed, so only the support is reported."""
    from postlint._rules.politics.issues import on_whoever_governs
    from postlint._rules.politics.mention import Mention

    text = "Now what will they complain about? #tcot #ChooseLife"
    draft = civil_servant_draft(text)
    at = text.index("#tcot")
    backed = Mention(at, at + 5, "#tcot", "campaign", "support")
    assert on_whoever_governs(draft, backed, backed)
    at = text.index("#ChooseLife")
    judged = Mention(at, at + 11, "#ChooseLife", "campaign", "verdict")
    assert not on_whoever_governs(draft, judged, judged)
