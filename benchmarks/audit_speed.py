"""Audit throughput: the local pool at 1 and 2 workers against Spark ``local[1]`` and
``local[2]``, on the same posts, end to end (read, check, write findings and the report).

    python benchmarks/audit_speed.py                 # 100,000 posts (some minutes)
    python benchmarks/audit_speed.py --posts 10000   # a quick look

The posts are the project's own texts, repeated: every good and bad example of every rule
and the drafts under ``examples/`` (front matter dropped), dated across 2023-2024 and
checked under ``examples/pre-election-2024/.postlint.toml`` (author, remit and an election
period set, so every rule family runs). Each engine runs in its own fresh process, one after
the other, on a fresh output folder. Prints a table of posts per second (with the load
average before and after each run), Spark's overhead against the local pool, and how long
10 million posts would take on N cores at the measured per-core rate; writes
``benchmarks/results/audit_speed.json``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _data import PROJECT_ROOT

RESULTS = PROJECT_ROOT / "benchmarks" / "results" / "audit_speed.json"
CONFIG = PROJECT_ROOT / "examples" / "pre-election-2024" / ".postlint.toml"
RUNS = [
    ("local pool, 1 worker", ["--engine", "local", "-j", "1"]),
    ("local pool, 2 workers", ["--engine", "local", "-j", "2"]),
    ("Spark local[1]", ["--engine", "spark", "--spark-master", "local[1]"]),
    ("Spark local[2]", ["--engine", "spark", "--spark-master", "local[2]"]),
]
PLANNING_POSTS = 10_000_000
PLANNING_CORES = (8, 32, 128, 512)


def project_texts() -> list[str]:
    """Every rule example and every example draft: the project's own words."""
    import postlint

    texts: list[str] = []
    for rule in postlint.catalog().rules.values():
        texts.extend(example.text for example in [*rule.examples.bad, *rule.examples.good])
    for path in sorted((PROJECT_ROOT / "examples").rglob("*.md")):
        text = path.read_text("utf-8")
        if text.startswith("---\n") and "\n---\n" in text[4:]:
            text = text[4:].split("\n---\n", 1)[1]
        texts.append(text)
    return [text for text in texts if text.strip()]


def write_posts(path: Path, count: int) -> int:
    texts = project_texts()
    start = dt.date(2023, 1, 1)
    with path.open("w", encoding="utf-8") as handle:
        for number in range(count):
            day = start + dt.timedelta(days=number % 730)
            record = {
                "id": str(number),
                "text": texts[number % len(texts)],
                "date": day.isoformat(),
            }
            handle.write(json.dumps(record) + "\n")
    return len(texts)


def run(label: str, arguments: list[str], posts: Path, out: Path) -> dict[str, object]:
    shutil.rmtree(out, ignore_errors=True)
    command = [
        sys.executable, "-m", "postlint", "audit", str(posts), "--out", str(out),
        "--config", str(CONFIG), "--id-column", "id", "--date-column", "date", *arguments,
    ]  # fmt: skip
    environment = {**os.environ, "CI": "1"}  # no progress bar
    load_before = os.getloadavg()[0]
    began = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, env=environment, check=False)
    seconds = time.perf_counter() - began
    load_after = os.getloadavg()[0]
    if done.returncode not in (0, 1):
        raise SystemExit(f"{label} failed ({done.returncode}):\n{done.stderr[-2000:]}")
    findings = sum(1 for _ in (out / "findings.jsonl").open(encoding="utf-8"))
    return {
        "label": label,
        "arguments": arguments,
        "seconds": round(seconds, 1),
        "findings": findings,
        "load": [round(load_before, 2), round(load_after, 2)],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--posts", type=int, default=100_000)
    parser.add_argument("--only", choices=[label for label, _ in RUNS], action="append")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="postlint-audit-speed-") as folder:
        posts = Path(folder) / "posts.jsonl"
        distinct = write_posts(posts, args.posts)
        print(f"{args.posts:,} posts ({distinct} distinct texts of the project, repeated)")
        results = []
        for label, arguments in RUNS:
            if args.only and label not in args.only:
                continue
            result = run(label, arguments, posts, Path(folder) / "out")
            result["posts_per_second"] = round(args.posts / float(result["seconds"]), 1)
            results.append(result)
            print(
                f"{label:24} {result['seconds']:>8} s {result['posts_per_second']:>9,} posts/s "
                f"({result['findings']:,} findings; "
                f"load {result['load'][0]} -> {result['load'][1]})",
                flush=True,
            )
    findings = {r["findings"] for r in results}
    print("same findings in every run:", len(findings) == 1)
    rates = {str(r["label"]): float(r["posts_per_second"]) for r in results}  # type: ignore[arg-type]
    for cores in ("1", "2"):
        local = rates.get(f"local pool, {cores} worker" + ("s" if cores == "2" else ""))
        spark = rates.get(f"Spark local[{cores}]")
        if local and spark:
            print(f"Spark overhead at {cores} core(s): {local / spark:.2f}x the local pool's time")
    print(f"\nPlanning: {PLANNING_POSTS:,} posts, cores working in parallel at the measured")
    print("per-core rate (a cluster's cores are its own; this machine's two were shared):")
    bases = [
        (label, rates[label])
        for label in ("Spark local[1]", "local pool, 1 worker")
        if label in rates
    ]
    for label, per_core in bases:
        hours = "  ".join(
            f"{cores} cores {PLANNING_POSTS / (per_core * cores) / 3600:.2f} h"
            for cores in PLANNING_CORES
        )
        print(f"  at {per_core:,.0f} posts/s per core ({label}): {hours}")
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(
        json.dumps(
            {
                "posts": args.posts,
                "machine": {"cpus": os.cpu_count(), "python": platform.python_version()},
                "runs": results,
                "when": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            },
            indent=2,
        )
        + "\n",
        "utf-8",
    )


if __name__ == "__main__":
    main()
