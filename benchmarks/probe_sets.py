"""Probe sets: drafts helper sessions wrote blind (they saw neither postlint nor
../shared/data, nor any file of the project), labelled as task U's guidelines ask.

* ``benchmarks/data/probes-21-politics-{a,b,c}.jsonl``: 160, 200 and 200 drafts, risky or
  safe, with the target and direction of a support or attack. Set a was read after its first
  measurement (to find what postlint gets wrong), set b after its second; set c was measured
  blind at the session's start and end and read only then.
* ``benchmarks/data/probes-21-disclosure.jsonl``: 150 posts of an author at a configured
  organisation and role: ``needs-disclosure``, ``discloses`` or ``not-about-work``.
* ``benchmarks/data/probes-22-politics-d.jsonl`` (200) and ``probes-22-disclosure.jsonl``
  (150), written at the start of the twenty-second session and measured blind at its start and
  end: ``--errors`` does not print their mistakes unless ``--read-blind`` is given too.
* ``benchmarks/data/probes-23-politics-e.jsonl`` (200) and ``probes-23-disclosure.jsonl``
  (150), written blind in the same way during the twenty-third session, measured at its
  start's commit and at its end, and kept blind as set d is (the disclosure set's misses
  were read in the twenty-fifth session).
* ``benchmarks/data/probes-24-politics-f.jsonl`` (200), written in the same way during the
  twenty-fourth session and read there after its first measurement (to find what postlint
  gets wrong): not blind.
* ``benchmarks/data/probes-25-politics-g.jsonl`` (200) and ``probes-25-disclosure.jsonl``
  (150), written in the same way during the twenty-fifth session, measured at its start's
  commit and at the session's commit of the day, then read: not blind.
* ``benchmarks/data/probes-26-politics-i.jsonl`` (200) and ``probes-26-disclosure.jsonl``
  (150), written in the same way at the start of the twenty-sixth session, measured at its
  start's commit, then read: not blind (and the disclosure set's kinds of miss and false
  alarm were named in the briefs of two batches of the job-talk pairs).
* ``benchmarks/data/probes-26-politics-k.jsonl`` (200) and ``probes-26-disclosure-l.jsonl``
  (150), written blind in the same way near the end of the twenty-sixth session, measured at
  its start's commit (in a worktree) and at its end, and kept blind as sets d and e are.
* ``benchmarks/data/probes-28-politics-m.jsonl`` (160), written in the twenty-eighth session
  by a helper session in the same way, but every post risky: each praises or attacks one
  party or politician, half of them in words a word list would read the wrong way
  (grudging praise, praise in negative words, sarcasm). Measured at the session's start
  commit (in a worktree), then read: not blind. Its precision says nothing (no safe rows).

    python benchmarks/probe_sets.py [--errors [--read-blind]]
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path
from typing import Any

import postlint

DATA = Path(__file__).resolve().parent / "data"
_SIDED = ("politics.partisan-endorsement", "politics.partisan-attack")


def _rows(name: str) -> list[dict[str, Any]]:
    with (DATA / name).open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def politics(name: str, errors: bool) -> str:
    """Precision, recall and the direction on the named target of one politics set."""
    linter = postlint.Linter(
        postlint.Config.model_validate(
            {"profile": "uk-civil-service", "account": {"kind": "personal"}}
        )
    )
    counts: Counter[str] = Counter()
    for row in _rows(name):
        found = [d for d in linter.check(row["text"]).diagnostics if d.rule.startswith("politics.")]
        flagged = bool(found)
        counts[
            "tp"
            if row["risky"] and flagged
            else "fn"
            if row["risky"]
            else "fp"
            if flagged
            else "tn"
        ] += 1
        if errors and row["risky"] != flagged:
            print("MISS" if row["risky"] else "FALSE", "|", row["text"][:140])
        if not (
            row["risky"] and flagged and row["target"] and row["direction"] in ("support", "attack")
        ):
            continue
        heads = [d.message.split(":")[0] for d in found if d.rule in _SIDED]
        words = [w for w in row["target"].replace("the ", "").split() if w[:1].isupper()]
        # case aside: "snp" in the draft is "the SNP" in the message
        named = words or [row["target"]]
        on = [h for h in heads if any(w.lower() in h.lower() for w in named)]
        want = "Supports" if row["direction"] == "support" else "Attacks"
        outcome = (
            "unnamed" if not on else "right" if all(h.startswith(want) for h in on) else "wrong"
        )
        counts[outcome] += 1
        if errors and outcome != "right":
            print(
                outcome.upper(),
                row["direction"],
                row["target"],
                "|",
                row["text"][:120],
                "->",
                heads,
            )
    precision = counts["tp"] / max(1, counts["tp"] + counts["fp"])
    recall = counts["tp"] / max(1, counts["tp"] + counts["fn"])
    return (
        f"{name}: precision={precision:.3f} recall={recall:.3f} direction right={counts['right']}"
        f" wrong={counts['wrong']} unnamed={counts['unnamed']}"
    )


def disclosure(name: str, errors: bool) -> str:
    """How often the disclosure rules fire on each kind of post of the disclosure set."""
    counts: Counter[tuple[str, bool]] = Counter()
    for row in _rows(name):
        config = {
            "profile": "uk-civil-service",
            "account": {"kind": "personal"},
            "author": {"organisation": row["organisation"], "role": row["role"]},
        }
        rules = {d.rule for d in postlint.check(row["text"], config=config).diagnostics}
        fired = bool(rules & {"disclosure.missing", "disclosure.material-connection"})
        counts[(row["label"], fired)] += 1
        if errors and fired != (row["label"] == "needs-disclosure"):
            print(row["label"], "fired" if fired else "quiet", "|", row["text"][:120])
    parts = [
        f"{label} flagged {counts[(label, True)]}/{counts[(label, True)] + counts[(label, False)]}"
        for label in ("needs-disclosure", "discloses", "not-about-work")
    ]
    return f"{name}: " + "; ".join(parts)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--errors", action="store_true", help="print each mistake")
    parser.add_argument(
        "--read-blind", action="store_true", help="with --errors, print the blind sets' too"
    )
    args = parser.parse_args(argv)
    blind_errors = args.errors and args.read_blind
    for name in ("a", "b", "c"):
        print(politics(f"probes-21-politics-{name}.jsonl", args.errors))
    print(politics("probes-22-politics-d.jsonl", blind_errors))
    print(politics("probes-23-politics-e.jsonl", blind_errors))
    print(politics("probes-24-politics-f.jsonl", args.errors))
    print(politics("probes-25-politics-g.jsonl", args.errors))
    print(politics("probes-26-politics-i.jsonl", args.errors))
    print(politics("probes-26-politics-k.jsonl", blind_errors))
    print(politics("probes-28-politics-m.jsonl", args.errors))
    print(disclosure("probes-21-disclosure.jsonl", args.errors))
    print(disclosure("probes-22-disclosure.jsonl", blind_errors))
    print(disclosure("probes-23-disclosure.jsonl", blind_errors))
    print(disclosure("probes-25-disclosure.jsonl", args.errors))
    print(disclosure("probes-26-disclosure.jsonl", args.errors))
    print(disclosure("probes-26-disclosure-l.jsonl", blind_errors))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
