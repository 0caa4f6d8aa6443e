"""The project's training corpora: loading and validating them (one JSON object a line).

    python training/check_batch.py training/politics/batches/us-c.jsonl   # one batch
    from corpus import load; rows = load("politics")                      # every batch
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

__all__ = ["DISCLOSURE", "PAIRS", "POLITICS", "ROOT", "load", "load_pairs", "problems", "schema_for"]

ROOT = Path(__file__).resolve().parent

POLITICS: Mapping[str, set[Any]] = {
    "label": {"risky", "safe"},
    "stance": {"support", "attack", "verdict", "action", "none"},
    "unit": {"post", "sentence"},
    "register": {"tweet", "reply", "thread", "linkedin", "facebook", "blog", "newsletter",
                 "forum", "instagram", "mastodon", "bluesky"},
    "region": {"uk", "us", "ca", "au", "nz", "ie", "other", "none"},
    "level": {"national", "devolved", "state", "local", "none"},
}
DISCLOSURE: Mapping[str, set[Any]] = {
    "work_talk": {True, False},
    "identifies": {True, False},
    "connection": {"employment", "sponsorship", "gift", "affiliate", "agency", "none"},
    "register": {"tweet", "reply", "linkedin", "instagram", "tiktok-caption",
                 "youtube-description", "facebook", "blog", "newsletter", "mastodon", "bluesky"},
    "sector": {"civil-service", "local-government", "health", "federal", "corporate", "retail",
               "finance", "tech", "media", "influencer", "agency", "charity", "none"},
}


#: ``training/disclosure/pairs``: a post with its author's ``role`` and ``org``, and whether
#: it is about that job (``about_job``; see ``training/disclosure/PAIRS.md``).
PAIRS: Mapping[str, set[Any]] = {
    "about_job": {True, False},
    "register": {"tweet", "reply", "thread", "linkedin", "facebook", "instagram", "bluesky",
                 "blog"},
}


def schema_for(path: Path) -> Mapping[str, set[Any]]:
    parts = path.resolve().parts
    if "pairs" in parts:
        return PAIRS
    return POLITICS if "politics" in parts else DISCLOSURE


def load_pairs() -> list[dict[str, Any]]:
    """Every row of ``training/disclosure/pairs/*.jsonl``, as ``load`` reads a corpus."""
    return _rows(ROOT / "disclosure" / "pairs")


def load(corpus: str) -> list[dict[str, Any]]:
    """Every row of ``training/<corpus>/batches/*.jsonl``, in file and line order, each with
    its ``batch`` (the file's stem)."""
    return _rows(ROOT / corpus / "batches")


def _rows(folder: Path) -> list[dict[str, Any]]:
    """Every row of ``folder/*.jsonl``, in file and line order, each with its ``batch``."""
    rows: list[dict[str, Any]] = []
    for path in sorted(folder.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                rows.append({**json.loads(line), "batch": path.stem})
    return rows


def problems(path: Path) -> list[str]:
    """What is wrong with one batch file: invalid JSON, fields, values, duplicates."""
    schema = schema_for(path)
    found: list[str] = []
    seen: set[str] = set()
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as error:
            found.append(f"{number}: invalid JSON: {error}")
            continue
        text = row.get("text")
        if not isinstance(text, str) or not text.strip():
            found.append(f"{number}: no text")
            continue
        key = " ".join(text.lower().split())
        if key in seen:
            found.append(f"{number}: duplicate text")
        seen.add(key)
        for field, allowed in schema.items():
            if row.get(field) not in allowed:
                found.append(f"{number}: {field}={row.get(field)!r} not in {sorted(map(str, allowed))}")
        if schema is PAIRS:
            if not all(isinstance(row.get(f), str) and row[f].strip() for f in ("role", "org")):
                found.append(f"{number}: role and org must be non-empty strings")
            if not isinstance(row.get("writer"), str):
                found.append(f"{number}: writer must be a string")
            continue
        if not isinstance(row.get("kind"), str) or not isinstance(row.get("writer"), str):
            found.append(f"{number}: kind and writer must be strings")
        if schema is POLITICS:
            if (row.get("label") == "safe") != (row.get("stance") == "none"):
                found.append(f"{number}: stance must be 'none' exactly when label is 'safe'")
            target = row.get("target")
            if row.get("label") == "risky" and not target:
                found.append(f"{number}: a risky item needs a target")
            elif target and target.lower() not in text.lower():
                found.append(f"{number}: the target {target!r} is not in the text")
            found.extend(f"{number}: {problem}" for problem in _targets_problems(row))
        elif row.get("identifies") is False and row.get("connection") != "none":
            found.append(f"{number}: connection must be 'none' when identifies is false")
    return found


_TOWARDS = {"support", "attack", "none"}


def _targets_problems(row: dict[str, Any]) -> list[str]:
    """The optional ``targets`` of a politics row: each actor it names, as written, with the
    author's stance towards it (support, attack, none)."""
    targets = row.get("targets")
    if targets is None:
        return []
    if not isinstance(targets, dict):
        return ["targets must be an object"]
    found = [
        f"targets: {name!r} is not in the text or {toward!r} is not one of {sorted(_TOWARDS)}"
        for name, toward in targets.items()
        if name not in row["text"] or toward not in _TOWARDS
    ]
    if row.get("stance") == "none" and any(t != "none" for t in targets.values()):
        found.append("targets: a safe row takes no stance towards any actor")
    if row.get("stance") in ("support", "attack") and row.get("target") in targets:
        if targets[row["target"]] != row["stance"]:
            found.append("targets: the row's target must have the row's stance")
    return found
