"""``postlint rules``, ``postlint explain`` and ``docs/rules.md``, all generated from the
rule pack, so the reference can never drift from the rules that run.

``python -m postlint._cli.rulesdoc > docs/rules.md`` regenerates the reference page (the
tests fail when it is stale; ``POSTLINT_UPDATE_GOLDEN=1`` rewrites it).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from postlint import Example, Rule, RuleCatalog, catalog

__all__ = ["explain_text", "reference_markdown", "rules_json", "rules_table"]


def _profiles_cell(known: RuleCatalog, rule: Rule) -> str:
    return ", ".join(
        name if severity == rule.severity else f"{name} ({severity})"
        for name, severity in known.profiles_running(rule)
    )


def rules_table(known: RuleCatalog | None = None) -> str:
    """A plain-text table: rule, severity, profiles (with their severity where it
    differs), summary."""
    known = known or catalog()
    rows = [
        (rule.id, rule.severity, _profiles_cell(known, rule) or "(none)", rule.summary)
        for _, rule in sorted(known.rules.items())
    ]
    headers = ("RULE", "SEVERITY", "PROFILES", "WHAT IT FLAGS")
    widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(headers[:3])]
    lines = [
        "  ".join(h.ljust(w) for h, w in zip(headers[:3], widths, strict=True)) + "  " + headers[3]
    ]
    for row in rows:
        cells = "  ".join(c.ljust(w) for c, w in zip(row[:3], widths, strict=True))
        lines.append(f"{cells}  {row[3]}")
    lines.append("")
    lines.append(f"{len(rows)} rules. `postlint explain RULE` tells what, why and how to fix.")
    return "\n".join(lines)


def rules_json(known: RuleCatalog | None = None) -> str:
    known = known or catalog()
    return json.dumps(
        [
            {
                "id": rule.id,
                "family": rule.family,
                "severity": rule.severity,
                "profiles": dict(known.profiles_running(rule)),
                "summary": rule.summary,
                "link": rule.guidance["default"].link,
            }
            for _, rule in sorted(known.rules.items())
        ],
        indent=2,
        ensure_ascii=False,
    )


def _paragraph(text: str) -> str:
    return " ".join(text.split())


def _config_text(config: dict[str, Any]) -> str:
    return json.dumps(config, ensure_ascii=False, default=str)


def _example_config(example: Example) -> str:
    """An example's own config, over the rule's examples config shown once above."""
    return f" (with config {_config_text(example.config)})" if example.config else ""


def _examples(rule: Rule, mark_bad: str, mark_good: str) -> Iterable[str]:
    for mark, examples in ((mark_bad, rule.examples.bad), (mark_good, rule.examples.good)):
        for example in examples:
            text = example.text.strip().replace("\n", "\n    ")
            note = f"\n    ({example.note})" if example.note else ""
            yield f"  {mark} {text}{_example_config(example)}{note}"


def explain_text(rule: Rule, known: RuleCatalog | None = None) -> str:
    """What the rule flags, why, what to write instead, the guidance per profile, and its
    examples (each of which is a test)."""
    known = known or catalog()
    lines = [
        f"{rule.id}  ({rule.severity})",
        "",
        "What it flags",
        f"  {_paragraph(rule.summary)}",
        "",
        "Why it matters",
        f"  {_paragraph(rule.why)}",
    ]
    if rule.instead:
        lines += ["", "Instead", f"  {_paragraph(rule.instead)}"]
    lines += ["", "Guidance"]
    for profile, guidance in sorted(rule.guidance.items()):
        lines.append(f"  {profile}: {_paragraph(guidance.clause)}")
        lines.append(f"    {guidance.link}")
    profiles = _profiles_cell(known, rule)
    lines += ["", "Profiles", f"  {profiles or '(none)'}"]
    lines += ["", "Examples (✗ flagged, ✓ not flagged)"]
    if rule.examples.config:
        lines.append(f"  with config {_config_text(rule.examples.config)}")
    lines += list(_examples(rule, "✗", "✓"))
    lines += ["", f"Defined in {rule.source}"]
    return "\n".join(lines)


def reference_markdown(known: RuleCatalog | None = None) -> str:
    """The rules reference page (``docs/rules.md``)."""
    known = known or catalog()
    out = [
        "# Rules reference",
        "",
        "<!-- Generated from the rule pack by `python -m postlint._cli.rulesdoc`: "
        "do not edit by hand. -->",
        "",
        "Every rule, the profiles that run it (with the severity where a profile changes "
        "it), and what it flags. The same text is printed by `postlint rules` and "
        "`postlint explain RULE`; every example below is a test.",
        "",
        "| Rule | Severity | Profiles | What it flags |",
        "| --- | --- | --- | --- |",
    ]
    for rule_id, rule in sorted(known.rules.items()):
        anchor = rule_id.replace(".", "")
        out.append(
            f"| [`{rule_id}`](#{anchor}) | {rule.severity} | "
            f"{_profiles_cell(known, rule) or '(none)'} | {_cell(rule.summary)} |"
        )
    for rule_id, rule in sorted(known.rules.items()):
        out += ["", f"## {rule_id}", "", f"**Severity:** {rule.severity}. "]
        out[-1] += f"**Source:** `{rule.source}`."
        out += ["", f"**What it flags.** {_paragraph(rule.summary)}"]
        out += ["", f"**Why it matters.** {_paragraph(rule.why)}"]
        if rule.instead:
            out += ["", f"**Instead.** {_paragraph(rule.instead)}"]
        out += ["", "**Guidance.**", ""]
        for profile, guidance in sorted(rule.guidance.items()):
            out.append(f"- {profile}: [{_paragraph(guidance.clause)}]({guidance.link})")
        out += ["", "**Examples.**", ""]
        if rule.examples.config:
            out += [f"With config `{_config_text(rule.examples.config)}`:", ""]
        for mark, examples in (("Flagged", rule.examples.bad), ("Not flagged", rule.examples.good)):
            for example in examples:
                note = f" *{example.note}*" if example.note else ""
                config = _example_config(example)
                out.append(f"- {mark}{config}:{note}")
                out.append("")
                out.append("  ```text")
                out.extend(f"  {line}".rstrip() for line in example.text.strip().splitlines())
                out.append("  ```")
                out.append("")
        if out[-1] == "":
            out.pop()
    return "\n".join(out) + "\n"


def _cell(text: str) -> str:
    return _paragraph(text).replace("|", "\\|")


if __name__ == "__main__":  # pragma: no cover
    print(reference_markdown(), end="")
