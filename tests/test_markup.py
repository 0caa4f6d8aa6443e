"""Markup preparation: what is masked, what is quoted, front matter, suppression comments;
and how the core applies them (``check(..., markup=...)``)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import postlint
from postlint._markup import find_suppression, markup_for_path, prepare
from tests.conftest import config_for

MARKDOWN_POST = """\
---
title: Rail update
platform: x
date: 2026-05-01 09:30
---
# Timetable **changes**

Read [the plan](https://example.gov.uk/plan) or https://example.gov.uk/faq.

```
vote labour
```

Inline `vote labour` code.
"""


def test_prepared_text_keeps_length_and_line_breaks() -> None:
    prepared = prepare(MARKDOWN_POST, "markdown")
    assert len(prepared.text) == len(MARKDOWN_POST)
    assert [i for i, c in enumerate(prepared.text) if c == "\n"] == [
        i for i, c in enumerate(MARKDOWN_POST) if c == "\n"
    ]


def test_markdown_masks_code_urls_link_syntax_and_front_matter() -> None:
    prepared = prepare(MARKDOWN_POST, "markdown")
    assert "vote labour" not in prepared.text.lower()
    assert "https://" not in prepared.text
    assert "title" not in prepared.text
    assert "the plan" in prepared.text  # link text is the author's words
    assert "Timetable" in prepared.text and "**" not in prepared.text
    urls = [MARKDOWN_POST[s:e] for s, e in prepared.urls]
    assert urls == ["https://example.gov.uk/plan", "https://example.gov.uk/faq"]


def test_front_matter_overrides_only_known_keys_and_date_from_datetime() -> None:
    prepared = prepare(MARKDOWN_POST, "markdown")
    assert dict(prepared.overrides) == {"platform": "x", "date": "2026-05-01"}
    timestamp = prepare("---\ndate: 2026-05-01 09:30:00\n---\nHi", "markdown")
    assert timestamp.overrides["date"] == dt.date(2026, 5, 1)
    assert prepared.hidden[0][0] == 0


@pytest.mark.parametrize(
    "front_matter",
    [
        "---\nplatform: [x\n---\nHello.\n",  # broken YAML
        "---\ntitle: Hi\n- a list\n---\nHello.\n",  # not a mapping
        "---\nplatform: !!python/object/apply:os.system ['true']\n---\nHello.\n",  # unsafe
    ],
)
def test_bad_front_matter_is_a_config_error(front_matter: str) -> None:
    with pytest.raises(postlint.ConfigError, match="front matter"):
        prepare(front_matter, "markdown")


@pytest.mark.parametrize("markup", ["plain", "markdown"])
def test_rule_lines_around_text_are_not_front_matter(markup: str) -> None:
    text = "---\nBREAKING: trains\n are back\n---\nMore soon."
    text_only = "---\nBREAKING\n---\nMore soon."
    assert prepare(text_only, markup).overrides == {}  # type: ignore[arg-type]
    assert "BREAKING" in prepare(text_only, markup).text  # type: ignore[arg-type]
    assert prepare(text, markup).overrides == {}  # type: ignore[arg-type]
    if markup == "plain":
        assert prepare(text, markup).text == text
        assert prepare("---\nplatform: [x\n---\nHi", markup).text.startswith("---")


def test_invalid_front_matter_value_names_the_key() -> None:
    with pytest.raises(postlint.ConfigError, match=r"front matter: platform"):
        postlint.check("---\nplatform: myspace\n---\nHello.\n", markup="markdown")


def test_block_quotes_lazy_lines_attributions_and_said_are_quoted() -> None:
    text = (
        "> first quoted line\nlazy continuation\n\n"
        "A paragraph someone else wrote.\n— Jane Smith\n\n"
        "The minister said: we will act.\n\nMy own words."
    )
    prepared = prepare(text, "markdown")
    quoted = [text[s:e] for s, e in prepared.quoted]
    assert quoted == [
        "> first quoted line\nlazy continuation",
        "A paragraph someone else wrote.",
        "we will act.",
    ]
    assert ">" not in prepared.text


@pytest.mark.parametrize(
    "text",
    [
        "As I said: the plan is wrong.",
        "We have always said: the plan is wrong.",
        "My own last paragraph about the plan.\n— Sam",  # a signature, not an attribution
    ],
)
def test_the_authors_own_words_are_not_quoted(text: str) -> None:
    assert prepare(text, "markdown").quoted == ()


def test_list_continuation_is_not_an_indented_code_block() -> None:
    text = "- first item\n\n    more about the first item\n\n    code after a paragraph\n"
    prepared = prepare(text, "markdown")
    assert "more about the first item" in prepared.text


def test_indented_code_after_a_paragraph_is_masked() -> None:
    text = "Some text.\n\n    vote labour\n\nMore text."
    assert "vote" not in prepare(text, "markdown").text


def test_html_masks_tags_scripts_code_and_decodes_entities_in_place() -> None:
    text = "<p>Rail &amp; bus</p><script>var a = 'vote labour';</script><code>x()</code>"
    prepared = prepare(text, "html")
    assert "vote" not in prepared.text and "<" not in prepared.text and "x()" not in prepared.text
    assert "Rail &     bus" in prepared.text
    assert prepared.text[0] == "\n"  # a block tag ends a sentence


def test_html_blockquote_and_q_are_quoted() -> None:
    text = "<p>They wrote <q>vote for us</q>.</p><blockquote>Back the plan</blockquote>"
    prepared = prepare(text, "html")
    assert [text[s:e] for s, e in prepared.quoted] == ["vote for us", "Back the plan"]


def test_plain_text_keeps_urls_and_quotes_as_written() -> None:
    text = "See https://example.org and\n> not a block quote in plain text"
    prepared = prepare(text, "plain")
    assert prepared.text == text and prepared.quoted == ()


def test_suppression_next_line_requires_reason_and_skips_blank_lines() -> None:
    text = (
        "<!-- postlint-disable-next-line politics, platform.too-long: quoting a reader -->\n"
        "\n"
        "Line three.\n"
        "<!-- postlint-disable-next-line politics -->\n"
        "Line five."
    )
    first, second = prepare(text).suppressions
    assert first.selectors == ("politics", "platform.too-long")
    assert first.reason == "quoting a reader"
    assert (first.first_line, first.last_line) == (3, 3)
    assert first.covers("politics.partisan-endorsement", 3)
    assert not first.covers("politics.partisan-endorsement", 4)
    assert not first.covers("disclosure.missing", 3)
    assert second.problem is not None and not second.covers("politics.policy-verdict", 5)


def test_a_directive_inside_a_markdown_code_block_is_an_example() -> None:
    text = "How to silence a rule:\n\n```\n<!-- postlint-disable politics -->\n```\nVote Labour!"
    assert prepare(text, "markdown").suppressions == ()
    assert len(prepare(text, "plain").suppressions) == 1


def test_disable_runs_to_the_matching_enable() -> None:
    text = (
        "one\n<!-- postlint-disable politics: a quoted manifesto -->\nthree\nfour\n"
        "<!-- postlint-enable politics -->\nsix"
    )
    (directive,) = prepare(text).suppressions
    assert (directive.first_line, directive.last_line) == (2, 4)
    assert find_suppression([directive], "politics.x", 3) is directive
    assert find_suppression([directive], "politics.x", 6) is None


@pytest.mark.parametrize(
    ("name", "markup"),
    [("a.md", "markdown"), ("b.HTML", "html"), ("c.txt", "plain"), ("notes", "plain")],
)
def test_markup_for_path(name: str, markup: str) -> None:
    assert markup_for_path(name) == markup


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.sampled_from([*"ab #>*_`[]()<>!-:\n\r/.&;\t\"'~=", "http://", "<!--", "-->"]),
        max_size=60,
    ).map("".join),
    st.sampled_from(["plain", "markdown", "html"]),
)
def test_any_text_keeps_its_offsets(text: str, markup: str) -> None:
    try:
        prepared = prepare(text, markup)  # type: ignore[arg-type]
    except postlint.ConfigError:
        return  # text that starts with broken front matter
    assert len(prepared.text) == len(text)
    for original, masked in zip(text, prepared.text, strict=True):
        assert masked == original or masked in " \n&" or original in "&;"


@pytest.mark.parametrize(
    "unit",
    ["<!-- postlint-disable x ", "[a ", "`a ", "[a](", "    code\n\n", "<a ", "&amp;", "> a\n"],
)
def test_pathological_markup_stays_linear(unit: str) -> None:
    """Unclosed comments, brackets and backticks once made the patterns quadratic (4 s for
    2,000 unclosed directives). Not timed (no timed tests): a regression shows as a slow
    test; the offsets must hold whatever the input."""
    text = unit * 4000
    for markup in ("markdown", "html"):
        assert len(prepare(text, markup).text) == len(text)  # type: ignore[arg-type]


# -- through the core ------------------------------------------------------------------


@pytest.mark.parametrize(
    "wrapped",
    [
        "```\n{line}\n```",
        "Inline `{line}` code.",
        "> {line}\n— a reader",
        "A reader wrote:\n\n> {line}",
        "{line}\n— a reader's comment\n\nWe publish every comment.",
    ],
)
def test_markdown_code_and_quotes_do_not_raise_politics(pipeline: str, wrapped: str) -> None:
    config = config_for(pipeline, {})
    line = "Vote Labour on Thursday!"
    assert postlint.check(line, config=config).has("politics")  # the control
    text = wrapped.format(line=line)
    assert not postlint.check(text, config=config, markup="markdown").has("politics")


def test_suppressed_findings_move_to_report_suppressed() -> None:
    text = (
        "<!-- postlint-disable-next-line politics.partisan-endorsement: the campaign's name -->\n"
        "Vote Labour was the campaign we reported on.\n"
        "Vote Labour again on Thursday!"
    )
    report = postlint.check(text)
    assert [d.line for d in report.diagnostics if d.rule == "politics.partisan-endorsement"] == [3]
    (suppressed,) = report.suppressed
    assert suppressed.diagnostic.line == 2 and suppressed.reason == "the campaign's name"
    assert suppressed.directive_line == 1


def test_directive_without_reason_suppresses_nothing_and_is_reported() -> None:
    text = "<!-- postlint-disable-next-line politics -->\nVote Labour!"
    report = postlint.check(text)
    assert report.has("politics.partisan-endorsement")
    assert report.has("suppression.invalid-directive")
    assert not report.suppressed


def test_front_matter_platform_applies_to_the_draft_only() -> None:
    long_post = "Word " * 70  # 350 characters
    with_x = postlint.check(f"---\nplatform: x\n---\n{long_post}", markup="markdown")
    assert with_x.has("platform.too-long")
    assert not postlint.check(long_post, markup="markdown").has("platform.too-long")


def test_evidence_comes_from_the_draft_as_written() -> None:
    text = "**Vote Labour** today"
    (diagnostic,) = [
        d for d in postlint.check(text, markup="markdown").diagnostics if d.family == "politics"
    ]
    assert diagnostic.evidence == text[diagnostic.start : diagnostic.end]
    assert diagnostic.column == diagnostic.start + 1


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab \n“”\"‘’«»>'", max_size=40))
def test_a_drafts_quotations_are_those_the_quotation_expression_finds(text: str) -> None:
    # Draft skips the expression on drafts without a quotation mark: the same ranges.
    from postlint._engine.draft import _QUOTATION, Draft

    linter = postlint.Linter(config_for("blank"))
    draft = Draft(text, linter.nlp(text), linter.config, linter.pack)
    expected: list[tuple[int, int]] = []
    for match in _QUOTATION.finditer(text):
        if expected and match.start() <= expected[-1][1]:
            expected[-1] = (expected[-1][0], max(expected[-1][1], match.end()))
        else:
            expected.append((match.start(), match.end()))
    assert draft.quotations() == expected
