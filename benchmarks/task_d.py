"""Task D of ``../shared/data/TASKS.md``: is a disclosure statement present, per text?

The detector is postlint's one definition of a disclosure statement,
``postlint._rules.disclosure.find_disclosure_statements`` (the rules use it too). A text is
predicted positive when it holds at least one statement.

* ``youtube_affiliate_disclosure``: video descriptions; the label is ``disclosure_present``
  (affiliate, sponsorship and channel-support disclosures).
* ``us_congress_accounts_bio_and_post_2017``, field ``bio``: no labels, so the expected
  label is :func:`bio_states_position`, a heuristic documented there and hand-checked.
* ``disclosure.missing`` on the posts (``text``) of ``office`` accounts, with the account's
  bio in ``author.bio``: how often it fires, against how often it fires without the bio and
  how often the post talks about the author's work at all.

    python benchmarks/evaluate.py --tasks D
    python benchmarks/task_d.py --errors [--pipeline trained] [--source bio]   # dev mistakes
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _data import SPLITS, TRAINED_MODEL, BinaryMetrics, Case, load_rows

TITLE = "disclosure present"

YOUTUBE = "youtube_affiliate_disclosure"
CONGRESS = "us_congress_accounts_bio_and_post_2017"

# --- The expected label of a bio -------------------------------------------------------------
#
# A bio "states the position" when it names the holder's office or seat, or says whose
# account it is: an office title (Congressman, Senator, Rep., Member of Congress, Chair,
# Ranking Member, Whip, candidate…), "representing/serving … district/state/people/House",
# or "official/campaign/political … account/page/feed", "… for Congress", a committee,
# caucus or press office. A bio that only describes the person ("Husband, father, Marine"),
# their values ("I fight for the Constitution"), or says "personal account" does not.
#
# Hand-check (dev split only, all 184 bios read): the heuristic marks 16 negative. Of those,
# 8 are empty bios and 6 are plainly no position ("Follow my campaign!", "A Proven Leader for
# Indiana", "I fight for the Constitution, …", a personal-account bio that points to "my
# official activities" without naming them, a values statement, "As independent as
# Oregon…"); 2 are arguable ("the people I represent" without saying what office, "House
# Dems fighting to combat #climatechange…"). 50 randomly drawn positives (seed 1) all state
# an office, a seat or whose account it is. The regexes were fixed on that reading before the
# detector was evaluated against them, and are independent of postlint's lexicons.
_BIO_TITLE = re.compile(
    r"\b(?:congress(?:wo)?m[ae]n(?:-elect)?|senators?|sen\.|rep\.?|representatives?"
    r"|member of (?:the )?(?:u\.?s\.? )?(?:congress|house|senate)|speaker|whip"
    r"|chair(?:m[ae]n|wom[ae]n)?|chaired by|ranking member|candidate|lawmaker|legislator)(?!\w)",
    re.IGNORECASE,
)
_BIO_REPRESENTS = re.compile(
    r"\b(represent(?:s|ing|ation)?|serv(?:e|es|ing)|on behalf of)\b"
    r"(?:[^.|\n]|\.(?=\S)|(?<=\bU\.S)\.){0,80}"
    r"\b(district|state|county|counties|congress|house|senate|people|#?[A-Z]{2}-?\d{1,2})",
    re.IGNORECASE,
)
_BIO_ACCOUNT = re.compile(
    r"\b(official|campaign|political)\b[^.|\n]{0,40}\b(account|page|feed|twitter)\b"
    r"|\bfor (?:congress|senate)\b|(committee|caucus|press office|office of)",
    re.IGNORECASE,
)


def bio_states_position(bio: str | None) -> bool:
    """The expected label of a Congress account's bio (see the comment above)."""
    return bool(
        bio and (_BIO_TITLE.search(bio) or _BIO_REPRESENTS.search(bio) or _BIO_ACCOUNT.search(bio))
    )


def cases() -> Iterator[Case]:
    """The labelled texts of the detector part of task D."""
    for row in load_rows(f"{YOUTUBE}.jsonl"):
        yield Case(YOUTUBE, row["split_hint"], row["text"], bool(row["disclosure_present"]))
    for row in load_rows(f"{CONGRESS}.jsonl"):
        bio = row.get("bio") or ""
        yield Case(f"{CONGRESS}:bio", row["split_hint"], bio, bio_states_position(bio))


def _detector(model: str | None) -> Any:
    """A function text list -> predictions, on the pipeline of ``model``."""
    import postlint
    from postlint._engine.draft import Draft
    from postlint._rules.disclosure.statements import find_disclosure_statements

    config = postlint.Config.model_validate({"nlp": {"model": model}})
    linter = postlint.Linter(config)

    def detect(texts: list[str]) -> list[list[str]]:
        found: list[list[str]] = []
        for text, doc in zip(texts, linter.nlp.pipe(texts, batch_size=64), strict=True):
            draft = Draft(text, doc, config, linter.pack)
            found.append([s.text for s in find_disclosure_statements(draft)])
        return found

    return detect


def _missing_rule_on_office_posts(model: str | None) -> dict[str, dict[str, float | int]]:
    """How often ``disclosure.missing`` fires on office accounts' posts, with the bio in
    ``author.bio`` and without it; and how often the post talks about the author's work.

    The account is configured as ``personal`` so that the rule runs at all (on ``official``
    it never does); the organisation is the member's chamber.
    """
    import postlint

    chambers = {"house": "US House of Representatives", "senate": "US Senate"}
    counts: dict[str, dict[str, int]] = {}
    rows = [r for r in load_rows(f"{CONGRESS}.jsonl") if r.get("account_type") == "office"]
    for row in rows:
        author: dict[str, Any] = {}
        organisation = chambers.get(str(row.get("chamber") or "").lower())
        if organisation:
            author["organisation"] = organisation
        base = {
            "profile": "us-federal",
            "account": {"kind": "personal"},
            "nlp": {"model": model},
            "rules": {"select": ["disclosure.missing"]},
        }
        without_bio = postlint.Config.model_validate({**base, "author": author})
        with_bio = postlint.Config.model_validate(
            {**base, "author": {**author, "bio": row.get("bio") or ""}}
        )
        fired_without = postlint.check(row["text"], config=without_bio).has("disclosure.missing")
        fired_with = postlint.check(row["text"], config=with_bio).has("disclosure.missing")
        tally = counts.setdefault(row["split_hint"], {"n": 0, "with_bio": 0, "without_bio": 0})
        tally["n"] += 1
        tally["with_bio"] += fired_with
        tally["without_bio"] += fired_without
        if bio_states_position(row.get("bio")):
            tally["n_bio_discloses"] = tally.get("n_bio_discloses", 0) + 1
            tally["with_disclosing_bio"] = tally.get("with_disclosing_bio", 0) + fired_with
    figures: dict[str, dict[str, float | int]] = {}
    for split in SPLITS:
        split_tally = counts.get(split)
        if not split_tally:
            continue
        n = split_tally["n"]
        n_disclosing = split_tally.get("n_bio_discloses", 0)
        figures[f"{split}:missing-on-office-posts"] = {
            "n": n,
            "fire_with_bio": round(split_tally["with_bio"] / n, 4),
            "fire_without_bio": round(split_tally["without_bio"] / n, 4),
            "n_bio_discloses": n_disclosing,
            "fire_when_bio_discloses": round(
                split_tally.get("with_disclosing_bio", 0) / n_disclosing, 4
            )
            if n_disclosing
            else 0.0,
        }
    return figures


#: The civil servant of the outsider and insider runs: a named department, a role.
CIVIL_SERVANT = {"organisation": "Department for Education", "role": "policy adviser"}
#: The outsider run again for civil servants of other departments: how near a text reads to
#: the job depends on the department's words ("Revenue", "Transport"), and one department
#: alone let a bar chosen on it pass where another's would not (``missing-outsider-worst``).
OTHER_DEPARTMENTS = (
    "Department for Transport",
    "HM Revenue and Customs",
    "Department of Health and Social Care",
    "Home Office",
    "Ministry of Defence",
    "Cabinet Office",
)


def _missing_rule_for_a_civil_servant(model: str | None) -> dict[str, dict[str, float | int]]:
    """How often ``disclosure.missing`` fires for a civil servant at a named department
    (issue 15): on texts that are not about that employer (``youtube`` descriptions and
    ``tweet_topics`` tweets: ``outsider``, should be rare), and on GOV.UK post summaries
    written in a department's own voice ("we published our annual report") when the
    author works at that department (``insider``, should fire)."""
    from collections import defaultdict

    import postlint

    def linter(organisation: str) -> postlint.Linter:
        return postlint.Linter(
            postlint.Config.model_validate(
                {
                    "profile": "uk-civil-service",
                    "account": {"kind": "personal"},
                    "author": {**CIVIL_SERVANT, "organisation": organisation},
                    "nlp": {"model": model},
                    "rules": {"select": ["disclosure.missing"]},
                }
            )
        )

    fired: dict[str, list[bool]] = defaultdict(list)
    outside = [
        row for name in (f"{YOUTUBE}.jsonl", "tweet_topics_en.jsonl") for row in load_rows(name)
    ]
    by_department: dict[str, dict[str, list[bool]]] = {}
    for department in (CIVIL_SERVANT["organisation"], *OTHER_DEPARTMENTS):
        reports = linter(department).check_many([row["text"] for row in outside])
        runs: dict[str, list[bool]] = defaultdict(list)
        for row, report in zip(outside, reports, strict=True):
            runs[row["split_hint"]].append(report.has("disclosure.missing"))
        by_department[department] = runs
    for split, runs in by_department[CIVIL_SERVANT["organisation"]].items():
        fired[f"{split}:missing-outsider"] = runs
    worst: dict[str, dict[str, float | int]] = {}
    for split in SPLITS:
        rates = [sum(runs[split]) / len(runs[split]) for runs in by_department.values()]
        worst[f"{split}:missing-outsider-worst"] = {
            "departments": len(rates),
            "n": len(by_department[CIVIL_SERVANT["organisation"]][split]),
            "fired": round(max(rates), 4),
            "mean": round(sum(rates) / len(rates), 4),
        }
    by_department_posts: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in load_rows("uk_gov_blog_posts.jsonl"):
        by_department_posts[row["departments"][0]].append(row)
    for slug, rows in sorted(by_department_posts.items()):
        reports = linter(slug.replace("-", " ").title()).check_many([row["text"] for row in rows])
        for row, report in zip(rows, reports, strict=True):
            fired[f"{row['split_hint']}:missing-insider"].append(report.has("disclosure.missing"))
    return {
        **{
            key: {"n": len(values), "fired": round(sum(values) / len(values), 4)}
            for key, values in sorted(fired.items())
        },
        **worst,
    }


def evaluate(model: str | None) -> dict[str, dict[str, float | int]]:
    detect = _detector(model)
    all_cases = list(cases())
    predictions = detect([case.text for case in all_cases])
    figures: dict[str, dict[str, float | int]] = {}
    for split in SPLITS:
        pairs = [
            (case.expected, bool(found))
            for case, found in zip(all_cases, predictions, strict=True)
            if case.split == split
        ]
        figures[split] = dict(BinaryMetrics.from_pairs(pairs).as_dict())
    for split in SPLITS:
        for source in (YOUTUBE, f"{CONGRESS}:bio"):
            pairs = [
                (case.expected, bool(found))
                for case, found in zip(all_cases, predictions, strict=True)
                if case.split == split and case.source == source
            ]
            figures[f"{split}:{source}"] = dict(BinaryMetrics.from_pairs(pairs).as_dict())
    figures.update(_missing_rule_on_office_posts(model))
    figures.update(_missing_rule_for_a_civil_servant(model))
    return figures


def _show_errors(model: str | None, source: str | None) -> None:
    """Print the dev split's mistakes (tuning looks at dev only)."""
    detect = _detector(model)
    dev = [
        case
        for case in cases()
        if case.split == "dev" and (source is None or case.source.startswith(source))
    ]
    for case, found in zip(dev, detect([case.text for case in dev]), strict=True):
        if case.expected != bool(found):
            kind = "MISSED" if case.expected else "FALSE"
            shown = " | ".join(found) if found else case.text[:300].replace("\n", " / ")
            print(f"{kind} {case.source}: {shown}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Task D: disclosure present")
    parser.add_argument("--errors", action="store_true", help="print dev mistakes")
    parser.add_argument("--pipeline", default="blank", choices=["blank", "trained"])
    parser.add_argument("--source", help="only cases whose source starts with this")
    args = parser.parse_args(argv)
    model = TRAINED_MODEL if args.pipeline == "trained" else None
    if args.errors:
        _show_errors(model, args.source)
        return 0
    for split, metrics in evaluate(model).items():
        print(split, metrics)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
