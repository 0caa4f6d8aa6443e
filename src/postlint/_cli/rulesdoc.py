"""``postlint rules``, ``postlint explain`` and ``docs/rules.md``, all generated from the
rule pack, so the reference can never drift from the rules that run.

``python -m postlint._cli.rulesdoc > docs/rules.md`` regenerates the reference page (the
tests fail when it is stale; ``POSTLINT_UPDATE_GOLDEN=1`` rewrites it).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Any

from postlint import Config, Example, Rule, RuleCatalog, catalog

__all__ = [
    "explain_text",
    "policies_markdown",
    "reference_markdown",
    "rules_json",
    "rules_table",
]


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
    situations = list(_situations(known, rule))
    if situations:
        lines += [
            "",
            "By the author's situation (author.restriction, author.on_duty, author.permission)",
        ]
        lines += [f"  {line}" for line in situations]
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


def _situations(known: RuleCatalog, rule: Rule) -> Iterable[str]:
    """One line per profile policy row that changes ``rule``'s severity."""
    for name, profile in sorted(known.pack.profiles.items()):
        for row in profile.policy:
            severity = _severity_named(row.severity, rule.id)
            if severity is not None:
                yield f"{name}, {row.situation}: {severity}"


def _severity_named(severities: Mapping[str, str], rule_id: str) -> str | None:
    family = rule_id.partition(".")[0]
    return severities.get(rule_id) or severities.get(family)


def policies_markdown(known: RuleCatalog | None = None) -> str:
    """``docs/policies.md``: per profile, the author's situations, what each changes and the
    clause it cites, and the rule examples that show them (each example is a test)."""
    known = known or catalog()
    out = [
        "# Policies by the author's situation",
        "",
        "<!-- Generated from the rule pack by `python -m postlint._cli.rulesdoc policies`: "
        "do not edit by hand. -->",
        "",
        "The same words are allowed for one author and forbidden for another. A profile says,",
        "per restriction level and situation, which rules run at which severity and which",
        "clause of the guidance a finding cites. Set the situation in the config or a",
        "draft's front matter: `author.restriction` (one of the profile's levels),",
        "`author.on_duty`, `author.permission` (none, local, national, both), `account.kind`,",
        "and an election period's `election_day`. What a draft shares is",
        "`sharing = {kind, text, source}`: a repost, quote or like is judged on the shared",
        "text too, and a party's or candidate's post (`source`) is `politics.partisan-share`.",
        "An author who sets no level gets the profile's strict norm. A new jurisdiction or a",
        "department's own policy is a profile file (`rules/profiles/*.toml`, or a user",
        "pack's), not code.",
    ]
    for name, profile in sorted(known.pack.profiles.items()):
        if not profile.policy:
            continue
        levels = ", ".join(f"`{level}`" for level in profile.levels) or "none"
        out += ["", f"## {name}: {profile.title}", "", f"Levels (`author.restriction`): {levels}."]
        out += ["", "| Situation | Rules changed | Clause |", "| --- | --- | --- |"]
        for row in profile.policy:
            changed = (
                ", ".join(
                    f"`{rule_id}` {severity}" for rule_id, severity in sorted(row.severity.items())
                )
                or "as the profile (the clause cited changes)"
            )
            out.append(
                f"| {_cell(row.situation)} | {changed} | [{_cell(row.clause)}]({row.link}) |"
            )
        shown = list(_situation_examples(known, name))
        if shown:
            out += ["", "Examples (each is a test of its rule):", ""]
            out += shown
    return "\n".join(out) + "\n"


def _situation_examples(known: RuleCatalog, profile: str) -> Iterable[str]:
    """The rule examples whose config puts an author of ``profile`` in a situation."""
    for rule_id, rule in sorted(known.rules.items()):
        base = rule.examples.config
        for mark, examples in (("flagged", rule.examples.bad), ("not flagged", rule.examples.good)):
            for example in examples:
                config = {**base, **example.config}
                author = {**base.get("author", {}), **example.config.get("author", {})}
                if config.get("profile") != profile:
                    continue
                if "restriction" not in author and "on_duty" not in author:
                    continue
                situation = ", ".join(
                    f"{k} = {json.dumps(v)}"
                    for k, v in sorted(author.items())
                    if k in ("restriction", "on_duty")
                )
                shown = mark
                if mark == "flagged":
                    situated = Config.model_validate({**config, "author": author})
                    severity = next(
                        (a.severity for a in known.active(situated) if a.rule.id == rule_id),
                        "off",
                    )
                    shown = f"flagged ({severity})"
                note = f" {example.note}" if example.note else ""
                text = " ".join(example.text.split())
                yield f"- `{rule_id}`, {situation}: {shown}: “{text}”{note}"


def _cell(text: str) -> str:
    return _paragraph(text).replace("|", "\\|")


if __name__ == "__main__":  # pragma: no cover
    import sys

    page = policies_markdown if sys.argv[1:] == ["policies"] else reference_markdown
    print(page(), end="")
