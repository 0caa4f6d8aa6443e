"""The editor's settings for postlint, validated leniently.

Editors send the ``postlint`` section through ``workspace/configuration`` or
``workspace/didChangeConfiguration``. It has the same keys as ``.postlint.toml`` (``profile``,
``author``, ``account``, ``rules``, ``nlp``, …), merged over the discovered file, plus
``debounceMs`` for the server itself.

A bad value must not break linting on every keystroke: each top-level key that does not
validate is dropped with a warning naming it, and the rest still apply.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from postlint import Config, ConfigError, RulePackError, catalog

__all__ = ["DEFAULT_DEBOUNCE_MS", "MAX_DEBOUNCE_MS", "ServerSettings", "parse_settings"]

DEFAULT_DEBOUNCE_MS = 150
"""Long enough to skip lints between keystrokes, short enough to feel live (250 ms budget)."""
MAX_DEBOUNCE_MS = 10_000
_SERVER_KEYS = frozenset({"debounceMs", "debounce_ms"})
_CLIENT_ONLY_KEYS = frozenset({"pythonPath", "trace"})
"""Editor-side settings some clients send along in the same section: not for the server."""


@dataclass(frozen=True)
class ServerSettings:
    """Validated settings: config overrides for the core, and the server's own options."""

    overrides: Mapping[str, Any] = field(default_factory=dict)
    debounce_ms: int = DEFAULT_DEBOUNCE_MS
    warnings: tuple[str, ...] = ()

    def config_over(self, base: Config, *, source: str = "editor settings") -> Config:
        """``base`` with the overrides merged in (they were checked against a default base)."""
        if not self.overrides:
            return base
        try:
            return base.merged(self.overrides, source=source)
        except ConfigError:
            # A key valid on its own can still clash with a file's values; keep the file's.
            return base


def parse_settings(
    raw: object, *, default_debounce_ms: int = DEFAULT_DEBOUNCE_MS
) -> ServerSettings:
    """Settings from whatever the client sent (a dict, ``None``, or junk)."""
    if raw is None:
        return ServerSettings(debounce_ms=default_debounce_ms)
    if not isinstance(raw, Mapping):
        return ServerSettings(
            debounce_ms=default_debounce_ms,
            warnings=(f"postlint settings must be an object, not {type(raw).__name__}",),
        )
    warnings: list[str] = []
    debounce_ms = default_debounce_ms
    for key in _SERVER_KEYS & raw.keys():
        value = raw[key]
        if isinstance(value, int | float) and not isinstance(value, bool) and value >= 0:
            debounce_ms = min(int(value), MAX_DEBOUNCE_MS)
        else:
            warnings.append(f"postlint.{key}: expected a number of milliseconds >= 0")
    overrides: dict[str, Any] = {}
    for key, value in raw.items():
        if key in _SERVER_KEYS or key in _CLIENT_ONLY_KEYS or value is None:
            # VS Code sends ``null`` for settings the user left unset: not an override.
            continue
        cleaned = _drop_nulls(value)
        try:
            config = Config().merged({key: cleaned}, source="editor settings")
            if key == "profile":  # a profile of the built-in pack or of the settings' packs
                catalog(config).profile(config.profile)
        except (ConfigError, RulePackError) as error:
            warnings.append(str(error))
            continue
        overrides[key] = cleaned
    return ServerSettings(overrides=overrides, debounce_ms=debounce_ms, warnings=tuple(warnings))


def _drop_nulls(value: object) -> object:
    if isinstance(value, Mapping):
        return {str(k): _drop_nulls(v) for k, v in value.items() if v is not None}
    return value
