"""Drafts not to check: ``exclude`` in a config file, and ``.postlintignore`` files.

Patterns are gitignore's, without negation: ``#`` starts a comment; a pattern without a
``/`` (but a trailing one) matches a file or folder name at any depth (``*.tmp.md``,
``archive/``); one with a ``/`` is relative to the file that gives it (``drafts/old/**``); a
trailing ``/`` matches a folder and everything in it. A config's ``exclude`` is relative to
the config file's folder; a ``.postlintignore`` to its own folder, and every one from the
draft's folder up to the root applies.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from postlint import Config, PostlintError, discover_config_file
from postlint._cli.sources import glob_regex

__all__ = ["IGNORE_FILE", "Exclusions"]

IGNORE_FILE = ".postlintignore"


@dataclass
class Exclusions:
    """Decides, draft by draft, whether a draft is excluded; each file is read once."""

    explicit_config: Config | None = None
    _rules: dict[Path, list[tuple[Path, re.Pattern[str]]]] = field(default_factory=dict)

    def excluded(self, draft: Path) -> bool:
        path = draft.resolve()
        for base, pattern in self._patterns_for(path.parent):
            try:
                relative = path.relative_to(base).as_posix()
            except ValueError:
                continue
            if pattern.fullmatch(relative):
                return True
        return False

    def _patterns_for(self, folder: Path) -> list[tuple[Path, re.Pattern[str]]]:
        if folder not in self._rules:
            found: list[tuple[Path, re.Pattern[str]]] = []
            for ancestor in (folder, *folder.parents):
                ignore = ancestor / IGNORE_FILE
                if ignore.is_file():
                    lines = ignore.read_text(encoding="utf-8", errors="replace").splitlines()
                    found.extend((ancestor, compile_pattern(line)) for line in _patterns(lines))
            config_file = discover_config_file(folder) if self.explicit_config is None else None
            config = self.explicit_config
            if config is None and config_file is not None:
                try:
                    config = Config.from_file(config_file)
                except PostlintError:  # reported when its drafts are checked
                    config = None
            if config is not None and config.exclude:
                base = config_file.parent if config_file is not None else Path.cwd()
                found.extend((base.resolve(), compile_pattern(p)) for p in config.exclude)
            self._rules[folder] = found
        return self._rules[folder]


def _patterns(lines: list[str]) -> list[str]:
    return [line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")]


def compile_pattern(pattern: str) -> re.Pattern[str]:
    """A gitignore-like pattern as a regular expression over a relative POSIX path."""
    folder = pattern.endswith("/")
    pattern = pattern.strip("/") if folder else pattern.lstrip("/")
    anchored = "/" in pattern
    parts = tuple(part for part in pattern.split("/") if part)
    if not anchored:
        parts = ("**", *parts)
    if folder:
        parts = (*parts, "**")
    return glob_regex(parts)
