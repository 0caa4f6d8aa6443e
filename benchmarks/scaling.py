"""Time to check one draft of 10 KB, 100 KB and 1 MB, on both NLP paths.

Prints seconds per size and per 100 KB: linear work keeps the per-100 KB figure flat, a
quadratic step would multiply it by ten at each size. A hostile draft (long runs of emoji and
brackets without a space) is measured too. The scaling test that can fail is
``tests/test_limits.py`` (counted calls, not time); this script only reports.

    .venv/bin/python benchmarks/scaling.py --sizes 10000,100000,1000000 \
        --pipelines blank,trained
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import time

import postlint

_PARAGRAPHS = [
    "The rail timetable changes on Sunday 3 May, so check before you travel.",
    "Vote Labour on Thursday! Please sign the petition to save our station.",
    'Keir Starmer visited the depot; a passenger said "this is a disgrace".',
    "I work for the Department for Transport and I love my cat and my garden.",
    "Engineering works close the line between Leeds and York this weekend.",
    "Use my code SAVE10 for 10% off #VoteLabour #RailFutures",
    "Replacement buses run every 20 minutes from the station forecourt.",
]
_CONFIG = {
    "author": {"role": "press officer", "organisation": "Department for Transport"},
    "account": {"kind": "personal", "remit": ["rail services, timetables and stations"]},
    "date": "2026-04-20",
    "election_periods": [{"name": "local", "start": "2026-04-01", "end": "2026-05-07"}],
}


def ordinary_draft(size: int, seed: int = 0) -> str:
    """Shuffled sentences, each a paragraph now and then, cut to ``size`` characters."""
    chooser = random.Random(seed)
    parts: list[str] = []
    length = 0
    while length < size:
        sentence = chooser.choice(_PARAGRAPHS) + chooser.choice([" ", " ", "\n\n"])
        parts.append(sentence)
        length += len(sentence)
    return "".join(parts)[:size]


def hostile_draft(size: int, seed: int = 0) -> str:
    """Runs of emoji, brackets and hashes without spaces (quadratic in spaCy's tokenizer)."""
    chooser = random.Random(seed)
    parts: list[str] = []
    length = 0
    while length < size:
        run = "".join(chr(chooser.randint(0x1F300, 0x1F64F)) for _ in range(2_000))
        run += "(" * 3_000 + "#" * 3_000 + " Vote Labour. "
        parts.append(run)
        length += len(run.encode("utf-8"))
    text = "".join(parts)
    while len(text.encode("utf-8")) > size:
        text = text[: len(text) - 1_000]
    return text


def measure(pipeline: str, sizes: list[int]) -> None:
    model = None if pipeline == "blank" else "en_core_web_sm"
    started = time.perf_counter()
    linter = postlint.Linter(postlint.Config.model_validate({**_CONFIG, "nlp": {"model": model}}))
    linter.check(ordinary_draft(2_000))  # warm the caches: the first draft pays for them
    print(f"\n{pipeline}: Linter ready in {time.perf_counter() - started:.1f} s")
    print(f"{'draft':>9} {'size':>10} {'seconds':>8} {'s/100KB':>8} {'findings':>8}  analysis")
    for kind, make in (("ordinary", ordinary_draft), ("hostile", hostile_draft)):
        for size in sizes:
            text = make(size)
            started = time.perf_counter()
            report = linter.check(text)
            seconds = time.perf_counter() - started
            per_100k = seconds / (len(text.encode("utf-8")) / 100_000)
            print(
                f"{kind:>9} {len(text.encode('utf-8')):>10,} {seconds:>8.2f} {per_100k:>8.2f} "
                f"{len(report.diagnostics):>8}  {report.pipeline}"
            )
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory {peak:,.0f} MB")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="10000,100000,1000000")
    parser.add_argument("--pipelines", default="blank,trained")
    args = parser.parse_args()
    sizes = [int(size) for size in args.sizes.split(",")]
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
    for pipeline in args.pipelines.split(","):
        measure(pipeline, sizes)


if __name__ == "__main__":
    main()
