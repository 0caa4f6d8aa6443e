"""Task S: the author's situation, scenario by scenario, against the authorities' verdicts.

Each scenario (``benchmarks/data/scenarios.jsonl``, the project's own, written from the rules
in ``../shared/POLICIES.md`` by sessions that never ran postlint on them) is one author in one
situation posting one draft, with the verdict the authority's rule gives: the Hatch Act as the
Office of Special Counsel reads it, the Civil Service Management Code and pre-election
guidance, the LGA's pre-election guidance for councils, the BBC's and the New York Times'
social media rules, the FTC Endorsement Guides. The facts are in the authorities' terms
(``restriction``, ``on_duty``, ``in_workplace``, ``account_kind``, ``post_kind``, ``election``
…); :func:`config_for` says how each becomes postlint's config, and names the facts postlint
cannot take (those scenarios are run with the rest and counted apart).

postlint's verdict is ``violation`` when a finding of the rules the authorities are about
(``politics``, ``timing``, ``disclosure``, ``offtopic``) is a warning or an error; findings
given as information do not stop a post. Figures: agreement over all scenarios and per
authority, violations caught, allowed posts let through.

    python benchmarks/evaluate.py --tasks S
    python benchmarks/task_s.py --errors          # the scenarios postlint disagrees on
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _data import TRAINED_MODEL

TITLE = "the author's situation: the project's scenarios against the authorities' verdicts"
DATA = Path(__file__).resolve().parent / "data"
#: ``dev`` scenarios are read to find what postlint gets wrong; ``holdout`` ones, written apart
#: by a session that saw neither the dev set nor postlint, only to measure.
SPLITS = {"dev": DATA / "scenarios.jsonl", "holdout": DATA / "scenarios-holdout.jsonl"}
JUDGED_FAMILIES = ("politics.", "timing.", "disclosure.", "offtopic.")
STOPPING = {"error", "warning"}

PROFILES = {
    "hatch": "us-federal",
    "uk-civil-service": "uk-civil-service",
    "uk-council": "uk-local-government",
    "newsroom": "journalist",
    "ftc": "corporate",
}
# The authorities' levels in each profile's own words; None: the profile has no such level.
LEVELS: dict[str, str | None] = {
    "less_restricted": "less-restricted",
    "further_restricted": "further-restricted",
    "on_duty_exempt": "on-duty-exempt",
    "not_covered": None,
    "politically_free": "politically-free",
    "intermediate": "intermediate",
    "politically_restricted": "restricted",
    "politically_restricted_post": "politically-restricted",
    "unrestricted": "unrestricted",
    "news_current_affairs": "news",
    "factual_journalism": "news",
    "senior_leadership": "news",
    "flagship_presenter": "presenter",
    "other_staff": "non-news",
    "employee": "employee",
    "spokesperson": "spokesperson",
}
# Levels a profile needs no word for: an agency's staff and an influencer are judged on the
# connections they have (``author.connections``), as any corporate author.
NO_LEVEL = {"agency_staff", "influencer"}
ACCOUNTS = {
    "personal": "personal",
    "official": "official",
    "staff_run": "official",
    "partnership": "official",
    # OSC (2017): a personal account full of official indicia counts as an official one.
    "personal_official_indicia": "official",
}
SHARING_KINDS = {
    "original": "post",
    "repost": "repost",
    "quote": "quote",
    "reply": "reply",
    "like": "like",
}
SOURCES = {
    "party": "party",
    "candidate": "candidate",
    "partisan_group": "campaign",
    "official": "official",
    "other": "other",
}
# Facts that only say something the scenario's other facts or text already carry.
CARRIED = {"outlet", "election", "date"}


def scenarios(split: str = "dev") -> list[dict[str, Any]]:
    with SPLITS[split].open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def config_for(row: dict[str, Any]) -> tuple[dict[str, Any], list[str]]:
    """postlint's config for a scenario, and the facts it cannot express."""
    facts: dict[str, Any] = row.get("facts", {})
    authority = row["authority"]
    author: dict[str, Any] = {}
    config: dict[str, Any] = {"profile": PROFILES[authority], "date": row["date"]}
    lacking: list[str] = []
    for key, value in facts.items():
        if key == "restriction":
            if value in NO_LEVEL:
                continue
            level = LEVELS.get(value)
            if level is None:
                lacking.append(f"restriction={value}")
            else:
                author["restriction"] = level
        elif key in ("on_duty", "in_workplace"):
            author["on_duty"] = bool(author.get("on_duty")) or bool(value)
        elif key == "account_kind":
            kind = ACCOUNTS.get(value)
            if kind is None:
                lacking.append(f"account_kind={value}")
            else:
                config.setdefault("account", {})["kind"] = kind
        elif key == "post_kind":
            sharing = SHARING_KINDS.get(value)
            if sharing is None:
                lacking.append(f"post_kind={value}")
                sharing = "repost"
            config["sharing"] = {"kind": sharing, "text": facts.get("shared_text", "")}
            if facts.get("shared_source") in SOURCES:
                config["sharing"]["source"] = SOURCES[facts["shared_source"]]
        elif key in ("shared_text", "shared_source"):
            continue
        elif key == "permission":
            author["permission"] = value
        elif key == "partisan_profile_picture":
            author["partisan_picture"] = bool(value)
        elif key == "employer":
            author["organisation"] = value
        elif key == "role":
            author["role"] = value
        elif key in ("clients", "relationship"):
            if isinstance(value, list):
                brands = value
            else:
                brands = [brand for brand, tie in value.items() if tie != "none"]
                employers = [brand for brand, tie in value.items() if tie == "employee"]
                if employers and "employer" not in facts:
                    author["organisation"] = employers[0]
            employer = author.get("organisation", facts.get("employer"))
            others = [brand for brand in brands if brand != employer]
            author["connections"] = sorted({*author.get("connections", ()), *others})
        elif key == "disclosure_location":
            # Where the author's connection is said besides the draft: the bio (which the
            # FTC finds inadequate, and the Civil Service enough for a personal account).
            if value == "bio":
                author["disclosed_in_bio"] = True
        elif key == "controversial_topics":
            continue  # joins the election period below
        elif key in CARRIED:
            continue
        else:
            lacking.append(f"{key}={value}")
    election = facts.get("election")
    if election:
        config["election_periods"] = [_period(election, facts.get("controversial_topics", []))]
    if author:
        config["author"] = author
    return config, lacking


def _period(election: dict[str, Any], controversial: list[str]) -> dict[str, Any]:
    polling = dt.date.fromisoformat(election["polling_day"])
    start = election.get("start") or (polling - dt.timedelta(days=42)).isoformat()
    period: dict[str, Any] = {
        "name": f"{election.get('kind', 'an')} election".strip(),
        "start": start,
        "end": polling.isoformat(),
        "election_day": polling.isoformat(),
    }
    if controversial:
        period["controversial"] = controversial
    return period


def verdict(diagnostics: list[Any]) -> str:
    stopping = [
        d for d in diagnostics if d.rule.startswith(JUDGED_FAMILIES) and d.severity in STOPPING
    ]
    return "violation" if stopping else "allowed"


def outcomes(
    model: str | None, split: str = "dev"
) -> list[tuple[dict[str, Any], str, list[str], list[str]]]:
    """Per scenario: the row, postlint's verdict, its findings (rule, severity, message) and
    the facts it could not take."""
    import postlint

    found = []
    for row in scenarios(split):
        mapping, lacking = config_for(row)
        mapping["nlp"] = {"model": model}
        report = postlint.check(row["text"], config=mapping)
        shown = [f"{d.rule} {d.severity}: {d.message}" for d in report.diagnostics]
        found.append((row, verdict(list(report.diagnostics)), shown, lacking))
    return found


def _figures(pairs: list[tuple[str, str]]) -> dict[str, float | int]:
    """Agreement over (authority's verdict, postlint's) pairs."""
    violations = [got for want, got in pairs if want == "violation"]
    allowed = [got for want, got in pairs if want == "allowed"]
    agree = sum(want == got for want, got in pairs)
    return {
        "n": len(pairs),
        "agreement": round(agree / len(pairs), 4) if pairs else 0.0,
        "violations_caught": round(violations.count("violation") / len(violations), 4)
        if violations
        else 0.0,
        "allowed_passed": round(allowed.count("allowed") / len(allowed), 4) if allowed else 0.0,
    }


def evaluate(model: str | None) -> dict[str, dict[str, float | int]]:
    figures: dict[str, dict[str, float | int]] = {}
    for split, path in SPLITS.items():
        if not path.is_file():
            continue
        found = outcomes(model, split)
        figures[split] = _figures([(row["verdict"], got) for row, got, _, _ in found])
        expressible = [(row["verdict"], got) for row, got, _, lacking in found if not lacking]
        figures[f"{split}:facts postlint takes"] = _figures(expressible)
        by_authority: dict[str, list[tuple[str, str]]] = defaultdict(list)
        for row, got, _, _ in found:
            by_authority[row["authority"]].append((row["verdict"], got))
        for authority, pairs in sorted(by_authority.items()):
            figures[f"{split}:{authority}"] = _figures(pairs)
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Task S: figures, or the disagreements.")
    parser.add_argument("--pipeline", choices=("blank", "trained"), default="blank")
    parser.add_argument("--errors", action="store_true", help="print dev's disagreements")
    parser.add_argument("--authority", help="only this authority's scenarios (with --errors)")
    args = parser.parse_args(argv)
    model = TRAINED_MODEL if args.pipeline == "trained" else None
    if not args.errors:
        for key, figures in evaluate(model).items():
            print(key, figures)
        return 0
    for row, got, shown, lacking in outcomes(model):
        if got == row["verdict"] or (args.authority and row["authority"] != args.authority):
            continue
        facts = json.dumps(row.get("facts", {}), ensure_ascii=False)
        print(f"{row['id']} [{row['clause']}] want {row['verdict']}, got {got}")
        print(f"   facts {facts[:300]}")
        if lacking:
            print(f"   postlint lacks: {', '.join(lacking)}")
        print(f"   text: {row['text'][:300]}")
        print(f"   why: {row['why']}")
        for line in shown:
            print(f"      -> {line[:160]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
