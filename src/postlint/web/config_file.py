"""``.postlint.toml`` to and from the page: "load .postlint.toml" and "download as".

Reading checks the file as ``Config`` would and drops what the page cannot use (server-side
settings, a file of past posts it cannot open) with a warning each. Writing emits the keys the
writer set, validated, in the order of ``Config``'s fields, as TOML that ``tomllib`` and
``Config.from_file`` read back to the same config.
"""

from __future__ import annotations

import datetime as dt
import tomllib
from collections.abc import Mapping
from typing import Any

from postlint import Config, ConfigError
from postlint.web.checking import server_only_keys_in

__all__ = ["config_from_toml", "config_to_toml"]

_SOURCE = ".postlint.toml"


def config_from_toml(text: str) -> tuple[dict[str, Any], list[str]]:
    """The settings of a config file's text as JSON-ready data, and warnings.

    Raises ConfigError (one line per problem, naming the key) for invalid TOML or settings.
    """
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"{_SOURCE}: invalid TOML: {error}") from None
    tool = data.get("tool")
    if isinstance(tool, dict) and isinstance(tool.get("postlint"), dict):
        data = tool["postlint"]  # a pyproject.toml's [tool.postlint]
    warnings = []
    for dotted in server_only_keys_in(data):
        _drop(data, dotted.split("."))
        warnings.append(f"{dotted}: left out (the page uses the server's setting)")
    config = Config.from_mapping(data, source=_SOURCE)
    return _set_keys(config), warnings


def config_to_toml(settings: Mapping[str, Any]) -> str:
    """TOML for ``settings`` (a config's keys as JSON), validated first (ConfigError)."""
    refused = server_only_keys_in(settings)
    if refused:
        raise ConfigError(f"config: {refused[0]}: not written by the page")
    config = Config.from_mapping(settings, source="config")
    # A form sends every choice it shows; a file says only what differs from the defaults.
    data = config.model_dump(mode="python", exclude_unset=True, exclude_defaults=True)
    lines = ["# postlint settings, written by postlint serve; see docs/web.md", ""]
    _write_table(lines, (), data)
    return "\n".join(lines).rstrip("\n") + "\n"


def _set_keys(config: Config) -> dict[str, Any]:
    return dict(config.model_dump(mode="json", exclude_unset=True))


def _drop(data: dict[str, Any], path: list[str]) -> None:
    node: Any = data
    for part in path[:-1]:
        node = node.get(part)
        if not isinstance(node, dict):
            return
    node.pop(path[-1], None)


def _write_table(lines: list[str], path: tuple[str, ...], data: Mapping[str, Any]) -> None:
    """Plain values first, then sub-tables and arrays of tables (TOML's order rule)."""
    tables: list[tuple[str, Mapping[str, Any]]] = []
    arrays: list[tuple[str, list[Mapping[str, Any]]]] = []
    for key, value in data.items():
        if isinstance(value, Mapping) and value and _all_mappings_or_plain(value):
            tables.append((key, value))
        elif isinstance(value, list) and value and all(isinstance(v, Mapping) for v in value):
            arrays.append((key, value))
        else:
            lines.append(f"{_key(key)} = {_value(value)}")
    for key, table in tables:
        lines.extend(["", f"[{'.'.join(_key(p) for p in (*path, key))}]"])
        _write_table(lines, (*path, key), table)
    for key, items in arrays:
        for item in items:
            lines.extend(["", f"[[{'.'.join(_key(p) for p in (*path, key))}]]"])
            _write_table(lines, (*path, key), item)


def _all_mappings_or_plain(value: Mapping[str, Any]) -> bool:
    """Whether ``value`` reads best as a ``[table]`` (a section), not an inline one."""
    return not all(isinstance(v, str) for v in value.values()) or len(value) > 3


def _key(key: str) -> str:
    bare = key.replace("_", "").replace("-", "").isalnum() and key.isascii()
    return key if bare else _string(key)


def _value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, str):
        return _string(value)
    if isinstance(value, list):
        return "[" + ", ".join(_value(v) for v in value) + "]"
    if isinstance(value, Mapping):
        return "{ " + ", ".join(f"{_key(k)} = {_value(v)}" for k, v in value.items()) + " }"
    if value is None:
        raise ConfigError("config: TOML has no null; leave the key out instead")
    raise ConfigError(f"config: cannot write a {type(value).__name__} as TOML")


_ESCAPES: Mapping[str, str] = {
    '"': '\\"',
    "\\": "\\\\",
    "\b": "\\b",
    "\t": "\\t",
    "\n": "\\n",
    "\f": "\\f",
    "\r": "\\r",
}


def _string(text: str) -> str:
    """A TOML basic string. TOML forbids raw control characters (DEL included) and has no
    escape for a lone surrogate, which JSON can carry: that becomes U+FFFD, as the core
    turns it into when checking."""
    out = ['"']
    for char in text:
        code = ord(char)
        if char in _ESCAPES:
            out.append(_ESCAPES[char])
        elif code < 0x20 or code == 0x7F:
            out.append(f"\\u{code:04X}")
        elif 0xD800 <= code <= 0xDFFF:
            out.append("\ufffd")
        else:
            out.append(char)
    out.append('"')
    return "".join(out)
