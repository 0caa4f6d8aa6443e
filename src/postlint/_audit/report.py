"""``report.html``: one self-contained page a manager reads. Charts are inline SVG drawn
here, styles are inline, and there is no script: the page opens with no network, and its
Content-Security-Policy forbids it to load anything. Every word from a post is escaped."""

from __future__ import annotations

import datetime as dt
import itertools
from collections import Counter
from collections.abc import Iterable, Sequence
from html import escape
from typing import Any

import postlint
from postlint._audit.summary import AuditSummary, RiskyPost

__all__ = ["SEVERITY_COLOURS", "render_report"]

SEVERITIES = ("error", "warning", "info")
SEVERITY_COLOURS = {"error": "#c62828", "warning": "#e08600", "info": "#1565c0"}
_CHART_WIDTH = 960
_STYLE = "".join(
    (
        'body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;',
        "color:#1b1b1b;background:#f6f7f9}",
        "main{max-width:1040px;margin:0 auto;padding:24px}",
        "h1{font-size:1.7em;margin:.2em 0}",
        "h2{font-size:1.25em;margin:1.6em 0 .5em}",
        "section{background:#fff;border:1px solid #dde1e6;border-radius:8px;padding:16px 20px;",
        "margin:16px 0}",
        ".figures{display:flex;flex-wrap:wrap;gap:12px}",
        ".figure{flex:1 1 150px;background:#f0f3f7;border-radius:6px;padding:10px 14px}",
        ".figure b{display:block;font-size:1.6em}",
        ".legend span{display:inline-block;margin-right:14px}",
        ".legend i{display:inline-block;width:12px;height:12px;margin-right:5px;",
        "vertical-align:-1px}",
        "svg text{font:12px system-ui,sans-serif;fill:#333}",
        "table{border-collapse:collapse;width:100%}",
        "th,td{text-align:left;padding:5px 8px;border-bottom:1px solid #e4e7eb}",
        "td.n,th.n{text-align:right}",
        "article{border-left:4px solid #ccc;padding:6px 12px;margin:14px 0}",
        "article.error{border-color:#c62828}",
        "article.warning{border-color:#e08600}",
        "article.info{border-color:#1565c0}",
        ".meta{color:#555;font-size:.9em}",
        ".post{white-space:pre-wrap;background:#fafafa;padding:8px;border-radius:4px}",
        "mark{padding:0 1px;border-radius:2px}",
        "mark.error{background:#ffcdd2}",
        "mark.warning{background:#ffe0b2}",
        "mark.info{background:#bbdefb}",
        "ul.findings{margin:.4em 0 0 1.2em;padding:0}",
        "code{font-size:.92em}",
    )
)


def render_report(summary: AuditSummary, *, generated: dt.datetime | None = None) -> str:
    generated = generated or dt.datetime.now(dt.UTC)
    parts = [
        "<!doctype html>",
        '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        # Nothing may be fetched: the page must open the same offline as online.
        '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
        "style-src 'unsafe-inline'; img-src data:\">",
        "<title>postlint audit</title>",
        f"<style>{_STYLE}</style></head><body><main>",
        _header(summary, generated),
        _section("by-month", "Findings per month", _month_chart(summary)),
        _section("by-rule", "Findings per rule", _rule_chart(summary)),
        _section("riskiest", "Riskiest posts first", _riskiest(summary.riskiest_first())),
        _section("accounts", "Per account", _accounts(summary)),
        _section("skipped", "Rows skipped", _skipped(summary)),
        "</main></body></html>",
    ]
    return "\n".join(parts)


def _section(anchor: str, title: str, body: str) -> str:
    return f'<section id="{anchor}"><h2>{escape(title)}</h2>{body}</section>'


def _number(value: int) -> str:
    return f"{value:,}"


def _header(summary: AuditSummary, generated: dt.datetime) -> str:
    figures = [
        ("Posts checked", summary.checked),
        ("Findings", summary.findings),
        ("Posts with findings", summary.posts_with_findings),
        ("Rows skipped", summary.skipped),
    ]
    figures += [
        (name, summary.severities[s])
        for s, name in zip(SEVERITIES, ("Errors", "Warnings", "Info"), strict=True)
    ]
    cards = "".join(
        f'<div class="figure" data-figure="{escape(name)}"><b>{_number(value)}</b>'
        f"{escape(name)}</div>"
        for name, value in figures
    )
    sources = ", ".join(f"<code>{escape(source)}</code>" for source in summary.sources)
    without_text = summary.posts - summary.with_text
    return (
        "<header><h1>postlint audit</h1>"
        f'<p class="meta">{_number(summary.posts)} posts read from {sources or "no source"}'
        f" ({_number(without_text)} without text, such as reposts); postlint "
        f"{escape(postlint.__version__)}, {generated:%Y-%m-%d %H:%M} UTC.</p></header>"
        f'<section id="figures"><div class="figures">{cards}</div></section>'
    )


def _legend() -> str:
    items = "".join(
        f'<span><i style="background:{SEVERITY_COLOURS[s]}"></i>{s}</span>' for s in SEVERITIES
    )
    return f'<p class="legend">{items}</p>'


def _months_between(months: Iterable[str]) -> list[str]:
    """Every month from the first to the last, so a quiet month shows as a gap."""
    dated = sorted(m for m in months if m != "undated")
    if not dated:
        return []
    year, month = (int(x) for x in dated[0].split("-"))
    last = dated[-1]
    found = []
    while True:
        current = f"{year:04d}-{month:02d}"
        found.append(current)
        if current >= last or len(found) > 1200:
            return found
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)


def _month_chart(summary: AuditSummary) -> str:
    months = _months_between([*summary.findings_by_month, *summary.posts_by_month])
    if "undated" in summary.findings_by_month:
        months.append("undated")
    if not months:
        return "<p>No dated posts.</p>"
    height, top, bottom, left = 220, 10, 40, 40
    peak = max((sum(summary.findings_by_month[m].values()) for m in months), default=0) or 1
    slot = (_CHART_WIDTH - left) / len(months)
    bar = max(1.0, slot * 0.75)
    scale = (height - top - bottom) / peak
    shapes = [
        f'<line x1="{left}" y1="{height - bottom}" x2="{_CHART_WIDTH}" '
        f'y2="{height - bottom}" stroke="#999"/>',
        f'<text x="{left - 6}" y="{top + 10}" text-anchor="end">{peak}</text>',
        f'<text x="{left - 6}" y="{height - bottom}" text-anchor="end">0</text>',
    ]
    label_every = max(1, round(len(months) / 12))
    for index, month in enumerate(months):
        x = left + index * slot + (slot - bar) / 2
        y = float(height - bottom)
        counts: Counter[str] = summary.findings_by_month.get(month, Counter())
        for severity in SEVERITIES:
            count = counts.get(severity, 0)
            if not count:
                continue
            tall = count * scale
            y -= tall
            shapes.append(
                f'<rect class="bar {severity}" data-month="{month}" x="{x:.1f}" y="{y:.1f}" '
                f'width="{bar:.1f}" height="{tall:.1f}" fill="{SEVERITY_COLOURS[severity]}">'
                f"<title>{month}: {count} {severity}{'s' if count != 1 else ''} "
                f"({summary.posts_by_month.get(month, 0)} posts)</title></rect>"
            )
        if index % label_every == 0:
            shapes.append(
                f'<text x="{x + bar / 2:.1f}" y="{height - bottom + 16}" '
                f'text-anchor="middle">{month}</text>'
            )
    return (
        _legend()
        + f'<svg role="img" aria-label="Findings per month" viewBox="0 0 {_CHART_WIDTH} {height}" '
        f'width="100%" xmlns="http://www.w3.org/2000/svg">{"".join(shapes)}</svg>'
    )


def _rule_chart(summary: AuditSummary) -> str:
    rules = sorted(summary.rules.items(), key=lambda item: (-sum(item[1].values()), item[0]))
    if not rules:
        return "<p>No findings.</p>"
    row, left, right = 26, 260, 60
    height = row * len(rules) + 10
    peak = max(sum(counts.values()) for _, counts in rules)
    scale = (_CHART_WIDTH - left - right) / peak
    shapes = []
    for index, (rule, counts) in enumerate(rules):
        y = 5 + index * row
        x = float(left)
        shapes.append(f'<text x="{left - 8}" y="{y + 16}" text-anchor="end">{escape(rule)}</text>')
        for severity in SEVERITIES:
            count = counts.get(severity, 0)
            if not count:
                continue
            wide = count * scale
            shapes.append(
                f'<rect class="bar {severity}" data-rule="{escape(rule)}" x="{x:.1f}" y="{y + 3}" '
                f'width="{wide:.1f}" height="{row - 8}" fill="{SEVERITY_COLOURS[severity]}">'
                f"<title>{escape(rule)}: {count} {severity}</title></rect>"
            )
            x += wide
        shapes.append(f'<text x="{x + 6:.1f}" y="{y + 16}">{sum(counts.values())}</text>')
    return (
        _legend()
        + f'<svg role="img" aria-label="Findings per rule" viewBox="0 0 {_CHART_WIDTH} {height}" '
        f'width="100%" xmlns="http://www.w3.org/2000/svg">{"".join(shapes)}</svg>'
    )


def highlight(text: str, findings: Sequence[dict[str, Any]]) -> str:
    """The post as HTML with each finding's evidence marked; where findings overlap, the
    most severe one colours the overlap and every one of them is named in its title."""
    spans = [
        (int(f["start"]), int(f["end"]), f)
        for f in findings
        if f.get("start") is not None
        and f.get("end") is not None
        and int(f["end"]) > int(f["start"])
    ]
    cuts = sorted({0, len(text), *(s for s, _, _ in spans), *(e for _, e, _ in spans)})
    out = []
    for begin, end in itertools.pairwise(cuts):
        piece = escape(text[begin:end])
        covering = [f for s, e, f in spans if s <= begin and end <= e]
        if not covering:
            out.append(piece)
            continue
        worst = min(covering, key=lambda f: SEVERITIES.index(str(f["severity"])))
        title = "; ".join(f"{f['rule']}: {f['message']}" for f in covering)
        out.append(f'<mark class="{worst["severity"]}" title="{escape(title)}">{piece}</mark>')
    return "".join(out)


def _riskiest(posts: Sequence[RiskyPost]) -> str:
    if not posts:
        return "<p>No post has a finding.</p>"
    out = []
    for rank, post in enumerate(posts, start=1):
        fields = post.fields
        worst = min((str(f["severity"]) for f in post.findings), key=SEVERITIES.index)
        link = (
            f' · <a href="{escape(str(fields["url"]))}">open the post</a>'
            if fields.get("url")
            else ""
        )
        meta = " · ".join(
            escape(str(value))
            for value in (
                fields.get("date") or "undated",
                fields.get("account"),
                fields.get("kind"),
            )
            if value
        )
        items = "".join(
            f'<li><span style="color:{SEVERITY_COLOURS[str(f["severity"])]}">'
            f"{escape(str(f['severity']))}</span> "
            f"<code>{escape(str(f['rule']))}</code> {escape(str(f['message']))} "
            f"(confidence {float(f['confidence']):.2f})</li>"
            for f in post.findings
        )
        out.append(
            f'<article class="{worst}" data-rank="{rank}"><p class="meta">#{rank} · {meta}{link} · '
            f"<code>{escape(str(fields.get('location')))}</code> · risk {post.score:.2f}</p>"
            f'<div class="post">{highlight(str(fields.get("text") or ""), post.findings)}</div>'
            f'<ul class="findings">{items}</ul></article>'
        )
    return "".join(out)


def _accounts(summary: AuditSummary) -> str:
    rows = sorted(
        summary.accounts.items(),
        key=lambda item: (-item[1].posts_with_findings, -item[1].posts, item[0]),
    )
    if not rows:
        return "<p>No posts.</p>"
    head = (
        "<tr><th>Account</th><th class=n>Posts checked</th><th class=n>With findings</th>"
        "<th class=n>Share</th><th class=n>Errors</th><th class=n>Warnings</th>"
        "<th class=n>Info</th></tr>"
    )
    body = "".join(
        f"<tr><td>{escape(name or '(none)')}</td><td class=n>{_number(f.posts)}</td>"
        f"<td class=n>{_number(f.posts_with_findings)}</td>"
        f"<td class=n>{(f.posts_with_findings / f.posts if f.posts else 0):.1%}</td>"
        + "".join(f"<td class=n>{_number(f.severities[s])}</td>" for s in SEVERITIES)
        + "</tr>"
        for name, f in rows
    )
    return f"<table>{head}{body}</table>"


def _skipped(summary: AuditSummary) -> str:
    if not summary.skipped:
        return "<p>None: every row was read.</p>"
    shown = "".join(
        f"<li><code>{escape(location)}</code>: {escape(reason)}</li>"
        for location, reason in summary.skipped_shown
    )
    more = summary.skipped - len(summary.skipped_shown)
    tail = f"<p>… and {_number(more)} more in <code>skipped.jsonl</code>.</p>" if more > 0 else ""
    return (
        f"<p>{_number(summary.skipped)} rows could not be read or checked (all in "
        f"<code>skipped.jsonl</code>).</p><ul>{shown}</ul>{tail}"
    )
