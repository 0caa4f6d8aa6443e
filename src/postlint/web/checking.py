"""One check for the JSON API: a request in, a response with offsets for the browser out.

Pure apart from postlint itself: no I/O, so the API tests and the browser see the same
findings, offsets and fixes as the language server (same engine, same ``Diagnostic``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from postlint import (
    SEVERITY_ORDER,
    Config,
    ConfigError,
    Diagnostic,
    LineIndex,
    Linter,
    Rule,
    __version__,
    linter_for,
)
from postlint.web.models import (
    CheckRequest,
    CheckResponse,
    FindingOut,
    FixOut,
    LengthOut,
    SuppressedOut,
)
from postlint.web.offsets import Utf16Offsets

__all__ = [
    "SERVER_ONLY_KEYS",
    "SUPPRESSION_TEMPLATE",
    "check_request",
    "config_for_request",
    "server_only_keys_in",
]

SERVER_ONLY_KEYS: tuple[tuple[str, ...], ...] = (
    ("nlp",),
    ("limits",),
    ("rules", "packs"),
    ("account", "remit_examples_file"),
)
"""Settings a request may not choose: a pipeline to load (memory), the size limits, and paths
on the server's disk (rule packs, a file of past posts). The server's own config sets them."""

SUPPRESSION_TEMPLATE = "<!-- postlint-disable-next-line {rule}: {{reason}} -->"
_SURROGATE = re.compile("[\ud800-\udfff]")


def server_only_keys_in(config: Mapping[str, Any]) -> list[str]:
    """The dotted names of the server-only keys ``config`` sets."""
    found: list[str] = []
    for path in SERVER_ONLY_KEYS:
        node: Any = config
        for part in path:
            node = node.get(part) if isinstance(node, Mapping) else None
        if node is not None:
            found.append(".".join(path))
    return found


def config_for_request(base: Config, overrides: Mapping[str, Any]) -> Config:
    """``base`` (the server's config) with a request's config over it.

    Raises ConfigError naming the key when the request sets a server-only key or a bad value.
    """
    refused = server_only_keys_in(overrides)
    if refused:
        raise ConfigError(f"config: {refused[0]}: set by the server, not by a request")
    if not overrides:
        return base
    return base.merged(overrides, source="config")


def check_request(request: CheckRequest, base: Config) -> CheckResponse:
    """Check the request's draft; raises ConfigError or InputError on bad input."""
    config = config_for_request(base, request.config)
    linter = linter_for(config)
    report = linter.check(request.text, markup=request.markup, context=request.context)
    text = _as_checked(request.text)
    units = Utf16Offsets(text)
    threshold = SEVERITY_ORDER.get(request.fail_on)
    findings = [_finding(d, linter, config, text, units, threshold) for d in report.diagnostics]
    blocking = sum(1 for f in findings if f.blocking)
    measured = linter.platform_length(request.text, markup=request.markup, context=request.context)
    length = (
        None
        if measured is None
        else LengthOut(
            platform=measured.platform,
            length=measured.length,
            limit=measured.limit,
            over=measured.limit is not None and measured.length > measured.limit,
        )
    )
    return CheckResponse(
        postlint_version=__version__,
        profile=report.profile,
        pipeline=report.pipeline,
        ready=blocking == 0,
        summary=_summary(blocking, len(findings)),
        findings=findings,
        suppressed=[
            SuppressedOut(
                rule=s.diagnostic.rule,
                message=s.diagnostic.message,
                line=s.diagnostic.line,
                reason=s.reason,
            )
            for s in report.suppressed
        ],
        length=length,
    )


def _as_checked(text: str) -> str:
    """The text whose offsets the report uses: as the core does, each lone surrogate (JSON
    can carry one) becomes U+FFFD, one code point and one UTF-16 unit for one."""
    return _SURROGATE.sub("\ufffd", text) if not text.isascii() else text


def _summary(blocking: int, total: int) -> str:
    if blocking:
        return f"Not ready: {blocking} finding{'s' if blocking != 1 else ''} to resolve"
    if total:
        return f"Ready to post ({total} note{'s' if total != 1 else ''} to consider)"
    return "Ready to post"


def _finding(
    d: Diagnostic,
    linter: Linter,
    config: Config,
    text: str,
    units: Utf16Offsets,
    threshold: int | None,
) -> FindingOut:
    rule: Rule | None = linter.known_rules.get(d.rule)
    return FindingOut(
        rule=d.rule,
        severity=d.severity,
        blocking=threshold is not None and SEVERITY_ORDER[d.severity] >= threshold,
        message=d.message,
        start=d.start,
        end=d.end,
        start_utf16=units.to_utf16(d.start),
        end_utf16=units.to_utf16(d.end),
        line=d.line,
        column=d.column,
        end_line=d.end_line,
        end_column=d.end_column,
        evidence=d.evidence,
        confidence=d.confidence,
        summary=rule.summary if rule else "",
        why=" ".join(rule.why.split()) if rule else "",
        instead=" ".join(rule.instead.split()) if rule else "",
        guidance=d.guidance,
        link=d.link,
        fixes=_fixes(d, config, text, units),
    )


def _fixes(d: Diagnostic, config: Config, text: str, units: Utf16Offsets) -> list[FixOut]:
    """The rule's own fixes, a disclosure line when a disclosure rule offers none (as the
    language server does), and a suppression comment above the finding's line."""

    def fix(kind: Any, title: str, start: int, end: int, replacement: str) -> FixOut:
        return FixOut(
            kind=kind,
            title=title,
            start=start,
            end=end,
            start_utf16=units.to_utf16(start),
            end_utf16=units.to_utf16(end),
            replacement=replacement,
        )

    kind = "disclosure" if d.family == "disclosure" else "rewrite"
    fixes = [
        fix(kind, f.title, f.start, f.end, f.replacement)
        for f in d.fixes
        if 0 <= f.start <= f.end <= len(text)
    ]
    line_break = _line_break_of(text)
    if d.family == "disclosure" and not fixes:
        sentence = config.author.disclosure_line()
        if sentence is not None:
            fixes.append(fix("disclosure", f"Add “{sentence}”", 0, 0, sentence + line_break))
    line_start = LineIndex(text).line_start(d.line)
    comment = SUPPRESSION_TEMPLATE.format(rule=d.rule) + line_break
    fixes.append(
        fix("suppress", f"Suppress {d.rule} here, with a reason", line_start, line_start, comment)
    )
    return fixes


def _line_break_of(text: str) -> str:
    for candidate in ("\r\n", "\n", "\r"):
        if candidate in text:
            return candidate
    return "\n"
