"""Pure conversions: positions in each encoding, diagnostic data, settings, generated text."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from lsprotocol import types

import postlint
from postlint.lsp.convert import (
    DocumentPositions,
    apply_change,
    code_units,
    diagnostic_data,
    offsets_from_data,
    suppression_comment,
    to_lsp_diagnostic,
)
from postlint.lsp.settings import DEFAULT_DEBOUNCE_MS, parse_settings
from tests.lsp._client import apply_edits

UTF8, UTF16, UTF32 = "utf-8", "utf-16", "utf-32"


@pytest.mark.parametrize(
    ("encoding", "character"),
    # "a🎉é\u0301" before the target: 1 + 🎉 + é + combining acute.
    [(UTF8, 1 + 4 + 2 + 2), (UTF16, 1 + 2 + 1 + 1), (UTF32, 1 + 1 + 1 + 1)],
)
def test_emoji_and_combining_marks_count_in_the_negotiated_unit(
    encoding: str, character: int
) -> None:
    text = "first\na\U0001f389\u00e9\u0301Vote"
    positions = DocumentPositions(text, encoding)
    offset = text.index("Vote")
    assert positions.position(offset) == types.Position(line=1, character=character)
    assert positions.offset(types.Position(line=1, character=character)) == offset


@pytest.mark.parametrize("separator", ["\u2028", "\u2029", "\x0c", "\x85", "\x1e"])
def test_only_lsp_line_breaks_start_lines(separator: str) -> None:
    text = f"one{separator}two\r\nthree\rfour"
    positions = DocumentPositions(text, UTF16)
    assert positions.position(text.index("two")) == types.Position(line=0, character=4)
    assert positions.position(text.index("three")) == types.Position(line=1, character=0)
    assert positions.position(text.index("four")) == types.Position(line=2, character=0)


def test_positions_out_of_range_are_clamped_not_raised() -> None:
    text = "ab\U0001f600\ncd"
    positions = DocumentPositions(text, UTF16)
    assert positions.offset(types.Position(line=9, character=0)) == len(text)
    assert positions.offset(types.Position(line=0, character=99)) == 3
    # Character 3 is the middle of the surrogate pair: round down to the emoji's start.
    assert positions.offset(types.Position(line=0, character=3)) == 2
    assert positions.position(999) == positions.end() == types.Position(line=1, character=2)


@given(st.text(alphabet=st.characters(exclude_categories=["Cs"]), max_size=40), st.data())
def test_offset_position_round_trip(text: str, data: st.DataObject) -> None:
    offset = data.draw(st.integers(min_value=0, max_value=len(text)))
    if 0 < offset < len(text) and text[offset - 1] == "\r" and text[offset] == "\n":
        offset -= 1  # between \r and \n is not a position any editor can express
    for encoding in (UTF8, UTF16, UTF32):
        positions = DocumentPositions(text, encoding)
        assert positions.offset(positions.position(offset)) == offset


def test_code_units() -> None:
    assert [code_units("\U0001f389é", e) for e in (UTF8, UTF16, UTF32)] == [6, 3, 2]


def _diagnostic(text: str, evidence: str) -> postlint.Diagnostic:
    start = text.index(evidence)
    return postlint.Diagnostic(
        rule="politics.partisan-endorsement",
        severity="warning",
        message="Partisan endorsement.",
        start=start,
        end=start + len(evidence),
        line=1,
        column=start + 1,
        end_line=1,
        end_column=start + len(evidence) + 1,
        evidence=evidence,
        confidence=0.9,
        guidance="Be impartial.",
        link="https://example.org/code",
    )


def test_lsp_diagnostic_carries_code_link_severity_and_true_offsets() -> None:
    text = "\U0001f389 Vote Labour"
    diagnostic = _diagnostic(text, "Vote Labour")
    lsp = to_lsp_diagnostic(diagnostic, DocumentPositions(text, UTF8), version=7)
    assert lsp.range.start == types.Position(line=0, character=5)
    assert (lsp.code, lsp.source) == ("politics.partisan-endorsement", "postlint")
    assert lsp.severity == types.DiagnosticSeverity.Warning
    assert lsp.code_description == types.CodeDescription(href="https://example.org/code")
    assert offsets_from_data(lsp.data) == ("politics.partisan-endorsement", 2, 13, 7)


@pytest.mark.parametrize(
    "data",
    [
        None,
        "junk",
        {},
        {"rule": "x", "start": "2", "end": 4},
        {"rule": "x", "start": 5, "end": 4},
        {"rule": "x", "start": True, "end": 4},
        {"rule": "x", "start": 1, "end": 4, "version": -1},
    ],
)
def test_malformed_data_is_ignored(data: object) -> None:
    assert offsets_from_data(data) is None


def test_data_round_trips_through_json() -> None:
    import json

    data = diagnostic_data(_diagnostic("Vote Labour", "Vote Labour"), None)
    assert offsets_from_data(json.loads(json.dumps(data))) == (
        "politics.partisan-endorsement",
        0,
        11,
        None,
    )


def test_disclosure_line_uses_what_the_author_configured() -> None:
    # The server's code action and the disclosure rules' fixes share one builder.
    from postlint._rules.disclosure.organisation import disclosure_line

    def line(role: str | None, organisation: str | None) -> str | None:
        return disclosure_line(postlint.Config(author={"role": role, "organisation": organisation}))

    assert (
        line("economist", "HM Treasury") == "I work at HM Treasury as an economist; views my own."
    )
    assert line(None, "DfT") == "I work at DfT; views my own."
    assert line("press officer", " ") is None  # never guess where


def test_suppression_comment_is_the_core_syntax() -> None:
    from postlint._markup import find_suppression, prepare

    rule = "politics.partisan-endorsement"
    text = suppression_comment(rule, "quoting the campaign's slogan") + "\nVote Labour!"
    prepared = prepare(text, "markdown")
    assert find_suppression(prepared.suppressions, rule, 2) is not None
    # The quick fix's placeholder is for the user to replace: as it stands it silences nothing.
    placeholder = prepare(suppression_comment(rule) + "\nVote Labour!", "markdown")
    assert find_suppression(placeholder.suppressions, rule, 2) is None


def test_settings_keep_valid_keys_and_report_bad_ones() -> None:
    settings = parse_settings(
        {
            "profile": "no-such-profile",
            "author": {"role": "analyst", "organisation": None},
            "debounceMs": 40,
            "rules": {"ignore": ["timing"]},
        }
    )
    assert settings.overrides == {"author": {"role": "analyst"}, "rules": {"ignore": ["timing"]}}
    assert settings.debounce_ms == 40
    assert len(settings.warnings) == 1 and "profile" in settings.warnings[0]
    config = settings.config_over(postlint.Config(author={"organisation": "DfT"}))
    assert (config.author.role, config.author.organisation) == ("analyst", "DfT")


@pytest.mark.parametrize("raw", [None, [], "x", {"debounceMs": "fast"}, {"debounceMs": -5}])
def test_junk_settings_fall_back_to_defaults(raw: object) -> None:
    settings = parse_settings(raw)
    assert settings.debounce_ms == DEFAULT_DEBOUNCE_MS
    assert settings.overrides == {}
    assert settings.config_over(postlint.Config()) == postlint.Config()


# Posts pasted from phones: emoji, combining marks, U+2028 and other non-LSP breaks, CRLF.
_TRICKY = st.lists(
    st.sampled_from(
        [
            "a",
            "b",
            " ",
            "\n",
            "\r",
            "\r\n",
            "\u2028",
            "\x0c",
            "\u00e9",
            "\u0301",
            "\U0001f389",
            "\u5b57",
        ]
    ),
    max_size=30,
).map("".join)


@given(_TRICKY, _TRICKY, st.sampled_from([UTF8, UTF16, UTF32]), st.data())
def test_an_incremental_change_lands_where_the_client_meant(
    text: str, inserted: str, encoding: str, data: st.DataObject
) -> None:
    """Against the test client's own offset arithmetic (a separate implementation)."""
    positions = DocumentPositions(text, encoding)
    first = data.draw(st.integers(0, len(text)))
    last = data.draw(st.integers(first, len(text)))
    if text[first - 1 : first + 1] == "\r\n" or text[last - 1 : last + 1] == "\r\n":
        return  # an editor never puts a position between CR and LF
    edit = types.TextEdit(positions.range(first, last), inserted)
    change = types.TextDocumentContentChangePartial(range=edit.range, text=inserted)
    assert apply_change(text, change, encoding) == apply_edits(text, [edit], encoding)
    assert apply_change(text, change, encoding) == text[:first] + inserted + text[last:]


def test_a_whole_document_change_replaces_the_text() -> None:
    change = types.TextDocumentContentChangeWholeDocument(text="new\u2028text")
    assert apply_change("old", change, UTF16) == "new\u2028text"
