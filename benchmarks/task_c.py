"""Task C: realistic drafts the project wrote blind, risky or safe, and work talk disclosed or not.

Two sets written on 2026-12-06 by helper sessions that saw neither postlint nor its other
drafts, each split half ``dev`` (read to find what postlint gets wrong) and half ``holdout``
(measured, never read):

* ``benchmarks/data/drafts-c-politics.jsonl``: would it be risky if a civil servant posted it
  (task U's guidelines)? Risky drafts support or attack a target, pass a verdict on a contested
  issue or call for political action, in many shapes (sarcasm, contrast, disguised names,
  roles, unknown candidates); safe ones are mostly traps that share words with politics
  (homonyms, attributed reports, neutral voting information, a minister's visit). Linted as
  task P's UK civil servant. Positive: any ``politics.*`` finding. For support and attack
  drafts, the direction as in task R: ``right`` when every sided finding naming the target goes
  the draft's way, ``wrong`` when one goes the other way, ``unnamed`` when none names it.
* ``benchmarks/data/drafts-c-disclosure.jsonl``: the configured author (an organisation and a
  role) posts on a personal account; ``needs-disclosure`` drafts talk about their work and say
  nothing of who they are, ``discloses`` ones say it in some form, ``not-about-work`` ones are
  hobbies, customers, relatives' jobs. Positive: ``disclosure.missing`` or
  ``disclosure.material-connection`` fires.

    python benchmarks/evaluate.py --tasks C
    python benchmarks/task_c.py --errors [--set politics|disclosure]   # dev mistakes only
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _data import SPLITS, TRAINED_MODEL, BinaryMetrics
from task_p import CONFIG

TITLE = "the project's blind drafts: political risk and disclosure"
DATA = Path(__file__).resolve().parent / "data"
POLITICS = DATA / "drafts-c-politics.jsonl"
DISCLOSURE = DATA / "drafts-c-disclosure.jsonl"
DISCLOSURE_RULES = ("disclosure.missing", "disclosure.material-connection")
_SIDED = re.compile(
    r"(Supports |Attacks |Calls for political action \(|Asks for money for )(.+?)"
    r"(?: \(the quotation you endorse\))?\)?: “"
)
#: Digits written for letters in a disguised name ("L4bour", "T0ries").
_LEET = str.maketrans("0134@$", "oieaas")
#: Words of a target too common to say a message names it ("the", "of").
_FILLER = frozenset({"the", "of", "a", "an", "and", "for", "mr", "mrs", "ms", "cllr", "uk"})


def rows(path: Path) -> list[dict[str, Any]]:
    if not path.is_file():
        return []
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def target_words(target: str) -> list[str]:
    """The words of a row's target a message must hold to name it ("the Home Secretary":
    "home", "secretary")."""
    plain = target.lower().translate(_LEET)
    if re.fullmatch(r"(?:\w ){2,}\w", plain):
        plain = plain.replace(" ", "")  # "L a b o u r"
    words = re.findall(r"[a-z0-9]+", plain)
    return [word for word in words if word not in _FILLER] or words


def direction_outcome(row: dict[str, Any], messages: list[str]) -> str:
    """``right``, ``wrong``, ``unnamed`` or ``missed`` (task R's reading) for a sided draft."""
    if not messages:
        return "missed"
    wanted = target_words(str(row["target"]))
    ways = []
    for message in messages:
        match = _SIDED.match(message)
        named = match.group(2).lower() if match else ""
        if match and any(word in named for word in wanted):
            # Campaigning or asking money for someone backs them ("Calls for political
            # action (Labour)" on a canvassing report).
            backs = match.group(1) != "Attacks "
            ways.append(backs == (row["direction"] == "support"))
    if not ways:
        return "unnamed"
    return "right" if all(ways) else "wrong"


def politics_results(model: str | None) -> list[tuple[dict[str, Any], list[str], list[str]]]:
    """Each politics draft with its politics findings' rules and messages."""
    import postlint

    drafts = rows(POLITICS)
    config = postlint.Config.model_validate({**CONFIG, "nlp": {"model": model}})
    reports = postlint.Linter(config).check_many([row["text"] for row in drafts])
    found = []
    for row, report in zip(drafts, reports, strict=True):
        politics = [d for d in report.diagnostics if d.rule.startswith("politics.")]
        found.append((row, [d.rule for d in politics], [d.message for d in politics]))
    return found


def disclosure_results(model: str | None) -> list[tuple[dict[str, Any], list[str]]]:
    """Each disclosure draft with its disclosure findings' messages, linted for its author."""
    import postlint

    found = []
    for row in rows(DISCLOSURE):
        config = postlint.Config.model_validate(
            {
                "profile": "uk-civil-service",
                "account": {"kind": "personal"},
                "author": row["author"],
                "nlp": {"model": model},
                "rules": {"select": ["disclosure"]},
            }
        )
        report = postlint.check(row["text"], config=config)
        found.append((row, [d.message for d in report.diagnostics if d.rule in DISCLOSURE_RULES]))
    return found


def _binary(pairs: list[tuple[bool, bool]]) -> dict[str, float | int]:
    """Precision, recall, F1 and false-positive rate of (expected, predicted) pairs."""
    return dict(BinaryMetrics.from_pairs(pairs).as_dict())


def evaluate(model: str | None) -> dict[str, dict[str, float | int]]:
    figures: dict[str, dict[str, float | int]] = {}
    politics = politics_results(model)
    for split in SPLITS:
        chosen = [(row, rules) for row, rules, _ in politics if row["split"] == split]
        if not chosen:
            continue
        figures[f"{split}:politics"] = _binary([(bool(r["risky"]), bool(f)) for r, f in chosen])
        safe = Counter(str(r["kind"]) for r, f in chosen if not r["risky"] and f)
        figures[f"{split}:politics"]["safe_kinds_flagged"] = len(safe)
        sided = [
            direction_outcome(row, messages)
            for row, _, messages in politics
            if row["split"] == split and row["direction"] in ("support", "attack")
        ]
        counts = Counter(sided)
        judged = counts["right"] + counts["wrong"]
        figures[f"{split}:direction"] = {
            "n": len(sided),
            **{name: counts[name] for name in ("right", "wrong", "unnamed", "missed")},
            "wrong_rate": round(counts["wrong"] / judged, 4) if judged else 0.0,
        }
    disclosure = disclosure_results(model)
    for split in SPLITS:
        chosen_rows = [(row, found) for row, found in disclosure if row["split"] == split]
        if not chosen_rows:
            continue
        pairs = [(row["label"] == "needs-disclosure", bool(found)) for row, found in chosen_rows]
        figures[f"{split}:disclosure"] = _binary(pairs)
        for label in ("discloses", "not-about-work"):
            of_label = [bool(found) for row, found in chosen_rows if row["label"] == label]
            if of_label:
                figures[f"{split}:disclosure"][f"flagged_{label}"] = round(
                    sum(of_label) / len(of_label), 4
                )
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Task C: figures, or the dev drafts read wrong.")
    parser.add_argument("--pipeline", choices=("blank", "trained"), default="blank")
    parser.add_argument("--errors", action="store_true", help="print the dev drafts read wrong")
    parser.add_argument("--set", choices=("politics", "disclosure"), default=None)
    args = parser.parse_args(argv)
    model = TRAINED_MODEL if args.pipeline == "trained" else None
    if not args.errors:
        for key, figures in evaluate(model).items():
            print(key, figures)
        return 0
    if args.set in (None, "politics"):
        for row, rules, messages in politics_results(model):
            if row["split"] != "dev":
                continue  # the holdout half is measured, never read
            sided = row["direction"] in ("support", "attack")
            result = direction_outcome(row, messages) if sided else ""
            if bool(row["risky"]) == bool(rules) and result in ("", "right"):
                continue
            label = "MISSED" if row["risky"] and not rules else "FALSE" if rules else "?"
            label = result.upper() if result and rules else label
            print(f"{label} [{row['kind']}] {row['direction']} {row['target']}: {row['text']}")
            for message in messages:
                print(f"      -> {message[:150]}")
    if args.set in (None, "disclosure"):
        for row, found in disclosure_results(model):
            if row["split"] != "dev" or (row["label"] == "needs-disclosure") == bool(found):
                continue
            label = "MISSED" if not found else "FALSE"
            print(f"{label} [{row['label']}/{row['kind']}] {row['author']}: {row['text']}")
            for message in found:
                print(f"      -> {message[:150]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
