"""Batch speed of this checkout against another commit, measured turn about.

    python benchmarks/compare.py --base cb3f909            # 3 rounds, blank path
    python benchmarks/compare.py --base main~5 --rounds 5 --pipeline trained

On a shared virtual machine the speed of Python-heavy work moves by half within minutes, so
two figures taken ten minutes apart compare the machine as much as the code. Here the base
commit (checked out into a temporary git worktree) and this checkout run alternately, each
in a fresh process, on the same texts and config as ``speed.py`` (every text of the data
folder, the busiest config): a round is one run of each. Each run checks all texts twice
with ``check_many`` and keeps the faster pass by CPU time; the speed-up is best against best,
and the median of the ratios within each round (steadier when one round is much faster).
Both trees are imported from their ``src`` folder with this venv's packages, so only
postlint's code (and its rules) differ.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _data import PROJECT_ROOT, data_dir

_RUN = r"""
import json, sys, time
sys.path.insert(0, sys.argv[1])
from speed import _trained_model_name, benchmark_config, load_texts
import postlint
texts = load_texts()
model = _trained_model_name() if sys.argv[2] == "trained" else None
linter = postlint.Linter(postlint.Config.model_validate(benchmark_config(model)))
linter.check_many(texts[:16])
passes = []
for _ in range(2):
    started = time.process_time()
    linter.check_many(texts)
    passes.append(time.process_time() - started)
print(json.dumps({"texts": len(texts), "first_s": passes[0], "best_s": min(passes),
                  "postlint": postlint.__file__}))
"""


def _run(src: Path, pipeline: str) -> dict[str, float]:
    env = {**os.environ, "PYTHONPATH": str(src)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    done = subprocess.run(
        [sys.executable, "-c", _RUN, str(PROJECT_ROOT / "benchmarks"), pipeline],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    if not str(result["postlint"]).startswith(str(src)):
        raise SystemExit(f"imported {result['postlint']}, not the tree under {src}")
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", required=True, help="a commit, branch or tag to compare with")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--pipeline", choices=["blank", "trained"], default="blank")
    args = parser.parse_args(argv)
    if data_dir() is None:
        print("evaluation data (../shared/data) not found: nothing to compare")
        return 0
    with tempfile.TemporaryDirectory(prefix="postlint-base-") as scratch:
        base_tree = Path(scratch) / "base"
        subprocess.run(
            [
                "git",
                "-C",
                str(PROJECT_ROOT),
                "worktree",
                "add",
                "--detach",
                str(base_tree),
                args.base,
            ],
            check=True,
            capture_output=True,
        )
        try:
            trees = {"base": base_tree / "src", "this": PROJECT_ROOT / "src"}
            runs: dict[str, list[dict[str, float]]] = {name: [] for name in trees}
            for round_number in range(1, args.rounds + 1):
                for name, src in trees.items():
                    runs[name].append(_run(src, args.pipeline))
                line = ", ".join(
                    f"{name} {run[-1]['texts'] / run[-1]['best_s']:.0f}"
                    for name, run in runs.items()
                )
                print(f"round {round_number}: posts per CPU second: {line}", flush=True)
        finally:
            subprocess.run(
                ["git", "-C", str(PROJECT_ROOT), "worktree", "remove", "--force", str(base_tree)],
                check=False,
                capture_output=True,
            )
    best = {name: max(r["texts"] / r["best_s"] for r in run) for name, run in runs.items()}
    first = {name: max(r["texts"] / r["first_s"] for r in run) for name, run in runs.items()}
    print(
        f"{args.pipeline}, best of {args.rounds}: base {args.base} {best['base']:.0f}, "
        f"this checkout {best['this']:.0f} posts per CPU second: "
        f"{best['this'] / best['base']:.2f}x (first pass over the texts: "
        f"{first['base']:.0f} -> {first['this']:.0f}, {first['this'] / first['base']:.2f}x)"
    )
    # One fast round can decide a best-of; the ratio within each round (both runs a minute
    # apart) and their median bend less when the machine's speed swings between rounds.
    paired = sorted(
        (this["texts"] / this["best_s"]) / (base["texts"] / base["best_s"])
        for base, this in zip(runs["base"], runs["this"], strict=True)
    )
    paired_first = sorted(
        (this["texts"] / this["first_s"]) / (base["texts"] / base["first_s"])
        for base, this in zip(runs["base"], runs["this"], strict=True)
    )
    print(
        f"ratio within each round: median {statistics.median(paired):.2f}x "
        f"({', '.join(f'{ratio:.2f}' for ratio in paired)}); first pass: median "
        f"{statistics.median(paired_first):.2f}x"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
