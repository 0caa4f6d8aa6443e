"""Properties of ``check()`` on any string, found with hypothesis.

Drafts mix random Unicode with the characters pasted posts really carry (control characters,
lone surrogates, right-to-left and zero-width marks, U+2028, emoji sequences, CRLF) and with
words that make rules fire, so the offsets checked are those of real findings.
"""

from __future__ import annotations

import concurrent.futures
import functools

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import postlint
from postlint._text import LineIndex
from tests.conftest import config_for

settings.register_profile(
    "postlint",
    max_examples=100,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
settings.load_profile("postlint")

_AWKWARD = [
    "\ud800",  # lone high surrogate (a JSON "\ud800" decodes to this)
    "\udfff",  # lone low surrogate
    "\ud83d\ude00",  # a surrogate pair as two code points, as from UTF-16 mis-decoding
    "\x00",
    "\x07",
    "\x1b[31m",
    "\x7f",
    "\u200b",  # zero-width space
    "\u200d",  # zero-width joiner
    "\u200e",  # left-to-right mark
    "\u200f",  # right-to-left mark
    "\u202e",  # right-to-left override
    "\u2066",  # left-to-right isolate
    "\u2028",  # line separator
    "\u2029",  # paragraph separator
    "\ufeff",  # byte-order mark
    "\ufffd",
    "\r",
    "\n",
    "\r\n",
    "\t",
    "\x0b",
    "\x0c",
    "\x85",
    "👨\u200d👩\u200d👧",  # family: emoji joined by ZWJ
    "🇬🇧",  # flag: regional indicator pair
    "👍🏽",  # emoji with a skin-tone modifier
    "e\u0301",  # combining accent
    "שלום",
    "مرحبا",
    "\U0010ffff",
]
_WORDS = [
    "Vote Labour",
    "#VoteLabour",
    "Tories",
    "Keir Starmer",
    "sign the petition",
    "I work at the Department for Transport",
    "my cat",
    "rail timetable",
    "“a quote”",
    '"quoted"',
    "> quoted line",
    "<!-- postlint-disable politics -->",
    "http://example.org/x",
    ".",
    "!",
    " ",
]
_PIECE = st.one_of(
    st.sampled_from(_AWKWARD),
    st.sampled_from(_WORDS),
    st.text(max_size=8),
    st.characters(codec=None, categories=["Cs", "Cc", "Cf", "Zl", "Zp", "So", "Mn"]),
)
drafts = st.lists(_PIECE, max_size=30).map("".join)


@functools.cache
def _linter(pipeline: str) -> postlint.Linter:
    return postlint.Linter(
        config_for(
            pipeline,
            {
                "author": {"role": "press officer", "organisation": "Department for Transport"},
                "account": {"remit": ["rail services and timetables"]},
            },
        )
    )


def _assert_well_formed(text: str, report: postlint.Report) -> None:
    # Surrogates are replaced one for one (see Linter._validate), so positions are the same.
    clean = "".join("\ufffd" if "\ud800" <= ch <= "\udfff" else ch for ch in text)
    lines = LineIndex(clean)
    for found in (*report.diagnostics, *(s.diagnostic for s in report.suppressed)):
        assert 0 <= found.start <= found.end <= len(text)
        assert found.evidence == clean[found.start : found.end]
        assert (found.line, found.column) == lines.position(found.start)
        assert (found.end_line, found.end_column) == lines.position(found.end)
        assert lines.offset(found.line, found.column) == found.start
        for offset in (found.start, found.end):
            # Never between the two halves of a CRLF line break.
            assert not (0 < offset < len(clean) and clean[offset - 1 : offset + 1] == "\r\n")
        assert found.evidence.encode("utf-8")  # printable as UTF-8: no surrogates left
        assert found.message.encode("utf-8")
        for fix in found.fixes:
            assert 0 <= fix.start <= fix.end <= len(text)
            assert fix.replacement.encode("utf-8")


@pytest.mark.parametrize("pipeline", ["blank", "trained"])
@given(text=drafts)
def test_check_never_raises_and_positions_agree(pipeline: str, text: str) -> None:
    report = _linter(pipeline).check(text)
    _assert_well_formed(text, report)
    report.model_dump_json()  # serialisable, as the CLI and the server will need


@given(text=drafts)
def test_markdown_and_html_preparation_keep_positions(text: str) -> None:
    for markup in ("markdown", "html"):
        report = _linter("blank").check(text, markup=markup)  # type: ignore[arg-type]
        _assert_well_formed(text, report)


@given(text=drafts)
def test_results_are_deterministic(text: str) -> None:
    linter = _linter("blank")
    assert linter.check(text) == linter.check(text)
    assert postlint.check(text, config=linter.config) == linter.check(text)


@given(texts=st.lists(drafts, min_size=1, max_size=5))
def test_results_do_not_depend_on_order_or_batching(texts: list[str]) -> None:
    linter = _linter("blank")
    one_by_one = [linter.check(text) for text in texts]
    assert linter.check_many(texts) == one_by_one
    assert linter.check_many(texts[::-1], batch_size=2) == one_by_one[::-1]


@pytest.mark.parametrize("pipeline", ["blank", "trained"])
def test_one_linter_shared_by_threads_gives_the_sequential_results(pipeline: str) -> None:
    linter = _linter(pipeline)
    texts = [
        f"{opening} Vote Labour on Thursday! I love my cat. #VoteLabour {index}"
        for index, opening in enumerate(
            ["Hello.", "The rail timetable changes on Sunday.", "Keir Starmer said so.", ""] * 10
        )
    ]
    expected = [linter.check(text) for text in texts]
    with concurrent.futures.ThreadPoolExecutor(max_workers=8) as pool:
        singles = list(pool.map(linter.check, texts))
        batches = list(pool.map(lambda t: linter.check_many([t, t])[1], texts))
    assert singles == expected
    assert batches == expected


def test_module_check_from_threads_builds_one_linter_per_config() -> None:
    config = postlint.Config(profile="journalist")
    with concurrent.futures.ThreadPoolExecutor(max_workers=6) as pool:
        reports = list(pool.map(lambda _: postlint.check("Vote Labour!", config=config), range(12)))
    assert all(report == reports[0] for report in reports)
