"""The platform family: lengths counted as each platform counts, run-together hashtags."""

from __future__ import annotations

import bisect
import itertools
import re
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import postlint
from postlint._rules.platform.length import PostLength, post_length


def _length(text: str, **options: object) -> int:
    return post_length(
        text,
        [(0, len(text))],
        [],
        url_length=None,
        weighted=bool(options.get("weighted")),
        graphemes=bool(options.get("graphemes")),
        limit=len(text) * 2,
    ).length


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


def _reference_length(
    text: str,
    published: list[tuple[int, int]],
    urls: list[tuple[int, int]],
    *,
    url_length: int | None,
    weighted: bool,
    graphemes: bool,
    limit: int,
) -> PostLength:
    """The same count, one character at a time and written out plainly: what the fast path
    in ``post_length`` (runs of plain characters counted by their length) must equal."""

    def heavy(char: str) -> bool:
        code = ord(char)
        light = ((0x0000, 0x10FF), (0x2000, 0x200D), (0x2010, 0x201F), (0x2032, 0x2037))
        return not any(low <= code <= high for low, high in light)

    def joins(char: str) -> bool:
        code = ord(char)
        return (
            unicodedata.category(char) in {"Mn", "Me"}
            or 0xFE00 <= code <= 0xFE0F
            or 0x1F3FB <= code <= 0x1F3FF
            or 0xE0020 <= code <= 0xE007F
        )

    def regional(char: str) -> bool:
        return bool(char) and 0x1F1E6 <= ord(char) <= 0x1F1FF

    url_starts = [start for start, _ in urls]
    running: list[tuple[int, int]] = []  # (offset after, length so far) per counted unit
    total = 0
    previous = ""
    for range_start, range_end in published:
        offset = range_start
        while offset < range_end:
            index = bisect.bisect_right(url_starts, offset) - 1
            if url_length is not None and index >= 0 and urls[index][0] == offset:
                total += url_length
                offset = max(offset + 1, min(urls[index][1], range_end))
                running.append((offset, total))
                previous = ""
                continue
            char = text[offset]
            offset += 1
            if char == "\r":
                continue
            if weighted or graphemes:
                if char == "\u200d" or joins(char) or previous == "\u200d":
                    previous = char
                    continue
                if graphemes and regional(char) and regional(previous):
                    previous = ""
                    continue
            total += 2 if weighted and heavy(char) else 1
            previous = char
            running.append((offset, total))
    over = [i for i, (_, length) in enumerate(running) if length > limit]
    if not over:
        return PostLength(total, None)
    return PostLength(total, running[over[0] - 1][0] if over[0] else published[0][0])


_PIECES = [
    "a",
    "word ",
    "Ünïcödé ",
    "café",
    "\r\n",
    "\r",
    "\n",
    "e\u0301",  # a combining accent
    "\u0301",  # a combining accent with nothing before it
    "\u20dd",  # an enclosing mark
    "\u200d",  # a joiner on its own
    "\u200b",
    "“quoted” — ‘text’… ′",
    "中文",
    "日本語",
    "한국어",
    "שלום",
    "مرحبا",
    "привет ",
    "हिन्दी",  # Devanagari: light on X, with combining vowel signs
    "👍",
    "👍🏽",  # a skin tone
    "👩\u200d💻",  # a joined pair
    "👨\u200d👩\u200d👧",  # a family
    "❤\ufe0f",  # a variation selector
    "🇬🇧",  # a flag: two regional indicators
    "🇬",  # half a flag
    "🏴\U000e0067\U000e0062\U000e0073\U000e0063\U000e0074\U000e007f",  # a tag flag
    "https://example.org/a/long/path",
    "http://x.y",
]

_TEXTS = st.lists(st.sampled_from(_PIECES) | st.text(max_size=3), max_size=40).map("".join)


@st.composite
def _drafts(draw: st.DrawFn) -> tuple[str, list[tuple[int, int]], list[tuple[int, int]]]:
    """A text, ranges of it that are published (in order, maybe touching) and links (sorted,
    maybe overlapping, ending past a range, or starting inside a hidden part)."""
    text = draw(_TEXTS)
    cuts = sorted(draw(st.lists(st.integers(0, len(text)), max_size=6)))
    bounds = [0, *cuts, len(text)]
    published = [
        (start, end)
        for start, end in itertools.pairwise(bounds)
        if start < end and draw(st.booleans())
    ]
    urls = [(match.start(), match.end()) for match in re.finditer(r"https?://\S+", text)]
    urls += draw(
        st.lists(
            st.tuples(st.integers(0, len(text)), st.integers(0, 40)).map(
                lambda pair: (pair[0], pair[0] + pair[1])
            ),
            max_size=3,
        )
    )
    return text, published, sorted(urls)


@settings(max_examples=1000)
@given(
    draft=_drafts(),
    platform=st.sampled_from(["x", "bluesky", "mastodon", "linkedin", "both"]),
    limit=st.integers(0, 120),
)
def test_post_length_counts_as_one_character_at_a_time(
    draft: tuple[str, list[tuple[int, int]], list[tuple[int, int]]], platform: str, limit: int
) -> None:
    text, published, urls = draft
    url_length = 23 if platform in {"x", "mastodon", "both"} else None
    weighted = platform in {"x", "both"}
    graphemes = platform in {"bluesky", "both"}
    expected = _reference_length(
        text,
        published,
        urls,
        url_length=url_length,
        weighted=weighted,
        graphemes=graphemes,
        limit=limit,
    )
    assert expected == post_length(
        text,
        published,
        urls,
        url_length=url_length,
        weighted=weighted,
        graphemes=graphemes,
        limit=limit,
    )


@pytest.mark.parametrize(
    ("text", "platform", "length", "limit"),
    [
        ("Bus times from Monday 🚌", "x", 24, 280),  # the emoji weighs 2 on X
        ("Bus times from Monday 🚌", "bluesky", 23, 300),
        ("See https://example.org/a/very/long/path/to/the/timetable now", "x", 31, 280),
        ("A long report, on a blog.", "blog", 25, None),
    ],
)
def test_platform_length_counts_as_the_rule_counts(
    text: str, platform: str, length: int, limit: int | None
) -> None:
    linter = postlint.linter_for(postlint.Config(platform=platform))  # type: ignore[arg-type]
    measured = linter.platform_length(text)
    assert measured == postlint.PlatformLength(platform=platform, length=length, limit=limit)


def test_platform_length_agrees_with_too_long_at_the_limit() -> None:
    linter = postlint.linter_for(postlint.Config(platform="x"))
    for text in ("a" * 280, "a" * 281, "🚌" * 140, "🚌" * 140 + "a"):
        measured = linter.platform_length(text)
        assert measured is not None and measured.limit == 280
        over = linter.check(text).has("platform.too-long")
        assert over == (measured.length > 280), (text, measured)


def test_platform_length_follows_the_context_and_front_matter() -> None:
    linter = postlint.linter_for(postlint.Config())
    assert linter.platform_length("Hello") is None
    by_context = linter.platform_length("Hello", context={"platform": "mastodon"})
    assert by_context is not None and (by_context.platform, by_context.limit) == ("mastodon", 500)
    front = "---\nplatform: x\n---\nHello"
    by_front = linter.platform_length(front, markup="markdown")
    assert by_front is not None and (by_front.platform, by_front.length) == ("x", 5)
