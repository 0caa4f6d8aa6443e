"""Output formats: ``text`` (for people), ``json`` (versioned), ``sarif`` (2.1.0, code
scanning) and ``github`` (workflow annotations). Each takes the outcomes in input order
and returns the whole output as a string; none touches the terminal.

JSON output, schema version 1 (documented in ``docs/cli.md``; a change to the keys bumps
``JSON_SCHEMA_VERSION``, new keys such as ``warnings`` may be added within it)::

    {"schema_version": 1, "postlint_version": "...",
     "summary": {"drafts", "drafts_with_findings", "findings", "suppressed", "errors",
                 "by_severity": {"error", "warning", "info"}},
     "files": [{"path", "record_line", "profile", "pipeline",
                "diagnostics": [Diagnostic...],
                "suppressed": [{"reason", "directive_line", "diagnostic"}],
                "warnings": [str...]}],
     "errors": [{"path", "message"}]}
"""

from __future__ import annotations

import hashlib
import json
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any
from urllib.parse import quote

from postlint import Diagnostic, LineIndex, Rule, Severity, __version__
from postlint._cli.run import Outcome

__all__ = [
    "FORMATS",
    "JSON_SCHEMA_VERSION",
    "SARIF_SCHEMA",
    "format_github",
    "format_json",
    "format_outcomes",
    "format_sarif",
    "format_text",
]

JSON_SCHEMA_VERSION = 1
SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
INFORMATION_URI = "https://github.com/postlint/postlint"
FORMATS = ("text", "json", "sarif", "github")

Styler = Callable[..., str]


def _plain(text: str, **_: Any) -> str:
    return text


_SEVERITY_STYLE: dict[str, dict[str, Any]] = {
    "error": {"fg": "red", "bold": True},
    "warning": {"fg": "yellow", "bold": True},
    "info": {"fg": "blue", "bold": True},
}


def format_outcomes(
    output_format: str,
    outcomes: Sequence[Outcome],
    rules: Mapping[str, Rule],
    *,
    show_suppressed: bool = False,
    style: Styler = _plain,
) -> str:
    if output_format == "json":
        return format_json(outcomes)
    if output_format == "sarif":
        return format_sarif(outcomes, rules)
    if output_format == "github":
        return format_github(outcomes, show_suppressed=show_suppressed)
    return format_text(outcomes, rules, show_suppressed=show_suppressed, style=style)


# ---------------------------------------------------------------------------------------
# text


def _position(outcome: Outcome, line: int, column: int) -> str:
    if outcome.record_line is not None:  # a JSON Lines record: the file line, then the post's
        return f"{outcome.name} (post {line}:{column})"
    return f"{outcome.name}:{line}:{column}"


def _display_width(char: str) -> int:
    if unicodedata.combining(char):
        return 0
    return 2 if unicodedata.east_asian_width(char) in {"W", "F"} else 1


def _caret_line(line_text: str, start_column: int, end_column: int) -> tuple[str, str]:
    """The source line and a caret line under ``[start_column, end_column)`` that line up
    on a terminal: tabs stay tabs, wide characters (CJK, emoji) get two carets."""
    prefix = "".join(
        "\t" if char == "\t" else " " * _display_width(char)
        for char in line_text[: start_column - 1]
    )
    marked = line_text[start_column - 1 : end_column - 1]
    carets = "^" * max(1, sum(_display_width(char) for char in marked))
    return line_text, prefix + carets


#: Longer source lines are cut to a window around the evidence (posts are long lines).
EXCERPT_WIDTH = 100
_CONTEXT_BEFORE = 30


def _window(line_text: str, start_column: int, end_column: int) -> tuple[str, int, int]:
    """The line cut to about EXCERPT_WIDTH characters around the evidence, with ``…``
    where it was cut, and the evidence's columns in the cut line."""
    if len(line_text) <= EXCERPT_WIDTH:
        return line_text, start_column, end_column
    first = max(0, start_column - 1 - _CONTEXT_BEFORE)
    last = max(first + EXCERPT_WIDTH, min(end_column - 1, first + EXCERPT_WIDTH * 2))
    last = min(last, len(line_text))
    head = "…" if first > 0 else ""
    tail = "…" if last < len(line_text) else ""
    shift = first - len(head)
    return (
        head + line_text[first:last] + tail,
        start_column - shift,
        min(end_column, last + 1) - shift,
    )


def _excerpt(diagnostic: Diagnostic, lines: LineIndex, style: Styler) -> list[str]:
    line_text = lines.line_text(diagnostic.line)
    end_column = (
        diagnostic.end_column if diagnostic.end_line == diagnostic.line else len(line_text) + 1
    )
    shown, start_column, end_column = _window(line_text, diagnostic.column, end_column)
    source, carets = _caret_line(shown, start_column, end_column)
    gutter = len(str(diagnostic.line))
    bar = style("|", fg="blue", bold=True)
    return [
        f"{' ' * gutter} {bar}",
        f"{style(str(diagnostic.line), fg='blue', bold=True)} {bar} {source}",
        f"{' ' * gutter} {bar} " + style(carets, **_SEVERITY_STYLE.get(diagnostic.severity, {})),
    ]


def format_text(
    outcomes: Sequence[Outcome],
    rules: Mapping[str, Rule],
    *,
    show_suppressed: bool = False,
    style: Styler = _plain,
) -> str:
    """ruff-like: ``path:line:col: severity rule message``, the source line with carets
    under the evidence, then the guidance, what to write instead, and any fix."""
    out: list[str] = []
    for outcome in outcomes:
        report = outcome.report
        if report is None or outcome.text is None:
            continue
        lines = LineIndex(outcome.text)
        for d in report.diagnostics:
            out.append(
                f"{style(_position(outcome, d.line, d.column), bold=True)}: "
                f"{style(d.severity, **_SEVERITY_STYLE[d.severity])} "
                f"{style(d.rule, fg='cyan')} {d.message}"
            )
            out.extend(_excerpt(d, lines, style))
            help_prefix = " " * len(str(d.line)) + " " + style("=", fg="blue", bold=True)
            out.append(f"{help_prefix} guidance: {d.guidance}")
            rule = rules.get(d.rule)
            if rule is not None and rule.instead:
                out.append(f"{help_prefix} instead: {' '.join(rule.instead.split())}")
            for fix in d.fixes:
                out.append(f"{help_prefix} fix: {fix.title}")
            out.append(f"{help_prefix} see: {d.link}")
            out.append("")
        if show_suppressed:
            for suppressed in report.suppressed:
                d = suppressed.diagnostic
                out.append(
                    f"{style(_position(outcome, d.line, d.column), bold=True)}: "
                    f"{style('suppressed', dim=True)} {style(d.rule, fg='cyan')} "
                    f"“{' '.join(d.evidence.split())}”: {suppressed.reason} "
                    f"(postlint-disable on line {suppressed.directive_line})"
                )
        if show_suppressed and report.suppressed:
            out.append("")
    out.append(_summary(outcomes, show_suppressed=show_suppressed))
    return "\n".join(out)


def _counts(outcomes: Sequence[Outcome]) -> dict[str, int]:
    counts = {"drafts": 0, "drafts_with_findings": 0, "findings": 0, "suppressed": 0}
    counts |= {"errors": 0, "error": 0, "warning": 0, "info": 0}
    for outcome in outcomes:
        if outcome.report is None:
            counts["errors"] += 1
            continue
        counts["drafts"] += 1
        counts["drafts_with_findings"] += bool(outcome.report.diagnostics)
        counts["findings"] += len(outcome.report.diagnostics)
        counts["suppressed"] += len(outcome.report.suppressed)
        for d in outcome.report.diagnostics:
            counts[d.severity] += 1
    return counts


def _plural(count: int, word: str) -> str:
    return f"{count:,} {word}{'' if count == 1 else 's'}"


def _summary(outcomes: Sequence[Outcome], *, show_suppressed: bool) -> str:
    counts = _counts(outcomes)
    if counts["findings"]:
        by_severity = ", ".join(
            _plural(counts[s], s) if s != "info" else f"{counts[s]:,} info"
            for s in ("error", "warning", "info")
            if counts[s]
        )
        line = (
            f"Found {_plural(counts['findings'], 'finding')} ({by_severity}) in "
            f"{counts['drafts_with_findings']:,} of {_plural(counts['drafts'], 'draft')}."
        )
    else:
        line = f"No findings in {_plural(counts['drafts'], 'draft')}."
    if counts["suppressed"]:
        line += f" {counts['suppressed']:,} suppressed"
        line += "." if show_suppressed else " (--show-suppressed lists them)."
    if counts["errors"]:
        line += f" {_plural(counts['errors'], 'input')} could not be checked."
    return line


# ---------------------------------------------------------------------------------------
# json


def format_json(outcomes: Sequence[Outcome]) -> str:
    counts = _counts(outcomes)
    document = {
        "schema_version": JSON_SCHEMA_VERSION,
        "postlint_version": __version__,
        "summary": {
            "drafts": counts["drafts"],
            "drafts_with_findings": counts["drafts_with_findings"],
            "findings": counts["findings"],
            "suppressed": counts["suppressed"],
            "errors": counts["errors"],
            "by_severity": {s: counts[s] for s in ("error", "warning", "info")},
        },
        "files": [
            {
                "path": outcome.name,
                "record_line": outcome.record_line,
                "profile": outcome.report.profile,
                "pipeline": outcome.report.pipeline,
                "diagnostics": [d.model_dump(mode="json") for d in outcome.report.diagnostics],
                "suppressed": [s.model_dump(mode="json") for s in outcome.report.suppressed],
                "warnings": list(outcome.report.warnings),
            }
            for outcome in outcomes
            if outcome.report is not None
        ],
        "errors": [
            {"path": outcome.name, "message": outcome.error}
            for outcome in outcomes
            if outcome.report is None
        ],
    }
    return json.dumps(document, indent=2, ensure_ascii=False)


# ---------------------------------------------------------------------------------------
# sarif

_SARIF_LEVEL: dict[str, str] = {"error": "error", "warning": "warning", "info": "note"}


def _artifact(outcome: Outcome) -> dict[str, str]:
    path = outcome.name.rsplit(":", 1)[0] if outcome.record_line is not None else outcome.name
    if path == "-":
        return {"uri": "stdin"}
    as_path = Path(path)
    if as_path.is_absolute():
        return {"uri": as_path.as_uri()}
    # A URI reference: spaces and the like percent-encoded, as SARIF's schema requires.
    return {"uri": quote(as_path.as_posix(), safe="/"), "uriBaseId": "%SRCROOT%"}


def _region(outcome: Outcome, d: Diagnostic) -> dict[str, Any]:
    if outcome.record_line is not None:  # the record's line in the archive
        return {"startLine": outcome.record_line, "snippet": {"text": d.evidence}}
    return {
        "startLine": d.line,
        "startColumn": d.column,
        "endLine": d.end_line,
        "endColumn": d.end_column,
        "snippet": {"text": d.evidence},
    }


def _fingerprint(outcome: Outcome, d: Diagnostic) -> str:
    """Stable across edits elsewhere in the file: the rule, the path and the evidence."""
    key = "\0".join((d.rule, _artifact(outcome)["uri"], " ".join(d.evidence.split())))
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]


def _sarif_result(
    outcome: Outcome,
    d: Diagnostic,
    rule_index: Mapping[str, int],
    suppression: tuple[str, int] | None = None,
) -> dict[str, Any]:
    result: dict[str, Any] = {
        "ruleId": d.rule,
        "level": _SARIF_LEVEL[d.severity],
        "message": {"text": f"{d.message} Guidance: {d.guidance}"},
        "locations": [
            {
                "physicalLocation": {
                    "artifactLocation": _artifact(outcome),
                    "region": _region(outcome, d),
                }
            }
        ],
        "partialFingerprints": {"postlintEvidence/v1": _fingerprint(outcome, d)},
        "properties": {"confidence": d.confidence, "guidance": d.guidance, "link": d.link},
    }
    if d.rule in rule_index:
        result["ruleIndex"] = rule_index[d.rule]
    if suppression is not None:
        result["suppressions"] = [{"kind": "inSource", "justification": suppression[0]}]
    return result


def _sarif_rule(rule: Rule) -> dict[str, Any]:
    why = " ".join(rule.why.split())
    guidance = rule.guidance["default"]
    return {
        "id": rule.id,
        "name": "".join(part.capitalize() for part in rule.name.split("-")),
        "shortDescription": {"text": rule.summary},
        "fullDescription": {"text": why},
        "helpUri": guidance.link,
        "help": {
            "text": f"{why} Instead: {' '.join(rule.instead.split())}",
            "markdown": f"{why}\n\n**Instead:** {' '.join(rule.instead.split())}\n\n"
            f"**Guidance:** [{guidance.clause}]({guidance.link})",
        },
        "defaultConfiguration": {"level": _SARIF_LEVEL[rule.severity]},
        "properties": {"tags": [rule.family]},
    }


def format_sarif(outcomes: Sequence[Outcome], rules: Mapping[str, Rule]) -> str:
    """SARIF 2.1.0: one run; every rule of the pack in ``tool.driver.rules``; suppressed
    findings as results with an ``inSource`` suppression; unreadable inputs as
    ``toolExecutionNotifications``."""
    rule_ids = sorted(rules)
    rule_index = {rule_id: index for index, rule_id in enumerate(rule_ids)}
    results: list[dict[str, Any]] = []
    notifications: list[dict[str, Any]] = []
    for outcome in outcomes:
        if outcome.report is None:
            notifications.append(
                {
                    "level": "error",
                    "message": {"text": f"{outcome.name}: {outcome.error}"},
                    "locations": [{"physicalLocation": {"artifactLocation": _artifact(outcome)}}],
                }
            )
            continue
        notifications.extend(
            {
                "level": "warning",
                "message": {"text": f"{outcome.name}: {warning}"},
                "locations": [{"physicalLocation": {"artifactLocation": _artifact(outcome)}}],
            }
            for warning in outcome.report.warnings
        )
        results.extend(_sarif_result(outcome, d, rule_index) for d in outcome.report.diagnostics)
        results.extend(
            _sarif_result(outcome, s.diagnostic, rule_index, (s.reason, s.directive_line))
            for s in outcome.report.suppressed
        )
    document = {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "postlint",
                        "version": __version__,
                        "semanticVersion": __version__,
                        "informationUri": INFORMATION_URI,
                        "rules": [_sarif_rule(rules[rule_id]) for rule_id in rule_ids],
                    }
                },
                "columnKind": "unicodeCodePoints",
                "invocations": [
                    {
                        "executionSuccessful": not any(
                            n["level"] == "error" for n in notifications
                        ),
                        "toolExecutionNotifications": notifications,
                    }
                ],
                "results": results,
            }
        ],
    }
    return json.dumps(document, indent=2, ensure_ascii=False)


# ---------------------------------------------------------------------------------------
# github

_GITHUB_COMMAND: dict[Severity, str] = {"error": "error", "warning": "warning", "info": "notice"}


def _escape_data(value: str) -> str:
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(value: str) -> str:
    return _escape_data(value).replace(":", "%3A").replace(",", "%2C")


def format_github(outcomes: Sequence[Outcome], *, show_suppressed: bool = False) -> str:
    """GitHub Actions workflow commands: ``::error file=..,line=..::message``; info
    findings are notices; unreadable inputs are errors on the file."""
    out: list[str] = []
    for outcome in outcomes:
        file_path = outcome.name.rsplit(":", 1)[0] if outcome.record_line else outcome.name
        if outcome.report is None:
            out.append(
                f"::error file={_escape_property(file_path)},title=postlint::"
                f"{_escape_data(outcome.error or 'cannot be checked')}"
            )
            continue
        for d in outcome.report.diagnostics:
            if outcome.record_line is not None:
                where = f"line={outcome.record_line}"
            else:
                where = (
                    f"line={d.line},col={d.column},endLine={d.end_line},endColumn={d.end_column}"
                )
            out.append(
                f"::{_GITHUB_COMMAND[d.severity]} file={_escape_property(file_path)},{where},"
                f"title={_escape_property(d.rule)}::"
                f"{_escape_data(f'{d.message} Guidance: {d.guidance} ({d.link})')}"
            )
        if show_suppressed:
            for s in outcome.report.suppressed:
                out.append(
                    f"::notice file={_escape_property(file_path)},line={s.diagnostic.line},"
                    f"title={_escape_property('suppressed ' + s.diagnostic.rule)}::"
                    f"{_escape_data(s.reason)}"
                )
    return "\n".join(out)
