"""The platform family: lengths counted as each platform counts, run-together hashtags."""

from __future__ import annotations

import pytest

import postlint
from postlint._rules.platform import post_length


def _length(text: str, **options: object) -> int:
    counted = post_length(
        text,
        [(0, len(text))],
        [],
        url_length=None,
        weighted=bool(options.get("weighted")),
        graphemes=bool(options.get("graphemes")),
    )
    return counted[-1][1] if counted else 0


@pytest.mark.parametrize(
    ("text", "x_length", "bluesky_length"),
    [
        ("plain words", 11, 11),
        ("café", 4, 4),
        ("e\u0301", 1, 1),  # a combining accent is part of its letter
        ("中文", 4, 2),  # CJK weighs double on X
        ("👍🏽", 2, 1),  # skin tone modifier joins the emoji
        ("👩\u200d💻", 2, 1),  # a ZWJ sequence is one emoji
        ("🇬🇧", 4, 1),  # a flag is two regional indicators
        ("a\r\nb", 3, 3),  # CRLF counts once
    ],
)
def test_lengths_as_platforms_count(text: str, x_length: int, bluesky_length: int) -> None:
    assert _length(text, weighted=True) == x_length
    assert _length(text, graphemes=True) == bluesky_length


def test_links_count_23_on_x_and_mastodon_but_as_written_on_bluesky() -> None:
    url = "https://example.org/" + "a" * 300
    text = f"Read this: {url}"
    for platform in ("x", "mastodon"):
        assert not postlint.check(text, config=postlint.Config(platform=platform)).has(
            "platform.too-long"
        )
    assert postlint.check(text, config=postlint.Config(platform="bluesky")).has("platform.too-long")


def test_too_long_evidence_is_what_does_not_fit() -> None:
    text = "a" * 275 + " overflow words"
    (diagnostic,) = [
        d
        for d in postlint.check(text, config=postlint.Config(platform="x")).diagnostics
        if d.rule == "platform.too-long"
    ]
    assert diagnostic.evidence == "flow words"  # 275 + " over" = 280 fit
    assert diagnostic.message == "290 characters: X allows 280; cut 10."


def test_front_matter_and_comments_do_not_count() -> None:
    body = "b" * 270
    text = f"---\nplatform: x\n---\n<!-- a note for the editor that is long enough -->\n{body}"
    assert not postlint.check(text, markup="markdown").has("platform.too-long")


def test_no_platform_no_length_rule() -> None:
    assert not postlint.check("w " * 2000).has("platform.too-long")


@pytest.mark.parametrize(
    ("text", "replacement"),
    [
        ("#civilservicejobs", "#CivilServiceJobs"),
        ("#MENTALHEALTHWEEK", "#MentalHealthWeek"),
        ("#nhsjobsinlondon", "#NhsJobsInLondon"),
        ("#budgetday2026", "#BudgetDay2026"),
        ("#claddingscandal", "#CladdingScandal"),  # an inflected form from the lemma table
    ],
)
def test_run_together_hashtags_get_camel_case(text: str, replacement: str) -> None:
    report = postlint.check(f"Today: {text}")
    (diagnostic,) = [d for d in report.diagnostics if d.rule == "platform.run-together-hashtag"]
    assert diagnostic.evidence == text
    assert diagnostic.fixes[0].replacement == replacement


@pytest.mark.parametrize(
    "text",
    [
        "#CivilServiceJobs",  # already CamelCase
        "#photography",  # one word
        "#manchester",  # a name in the word list
        "#glastonbury",  # a name the word list lacks: not split into made-up parts
        "#plymouth",  # "ply" is too rare a word to be a part
        "#govuk",  # short
        "#civil_service_jobs",  # separated
        "https://example.org/page#civilservicejobs",  # a URL fragment, not a hashtag
    ],
)
def test_hashtags_left_alone(text: str) -> None:
    assert not postlint.check(f"Today: {text}").has("platform.run-together-hashtag")
