"""Turning command-line arguments into drafts: files, folders, globs, stdin, JSON Lines.

A :class:`Source` is one draft with the text to lint, or the one-line reason it cannot be
linted (missing, binary, invalid UTF-8, empty). Sources are produced lazily and in a
stable order (folders and globs sorted), so output and golden files do not depend on the
file system's order.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from postlint import Markup, markup_for_path

__all__ = [
    "DRAFT_SUFFIXES",
    "STDIN",
    "Source",
    "collect_sources",
    "decode",
    "expand_paths",
    "glob_regex",
    "read_jsonl",
    "read_source",
]

STDIN = "-"
#: Files a folder search lints; a file named explicitly is linted whatever its suffix.
DRAFT_SUFFIXES = frozenset({".md", ".markdown", ".mdx", ".txt", ".text", ".html", ".htm"})
_SKIPPED_FOLDERS = frozenset({"node_modules", "__pycache__", "venv", "site-packages"})
_GLOB_CHARACTERS = frozenset("*?[")


@dataclass(frozen=True, slots=True)
class Source:
    """One draft: how to name it, where its config is looked up, its text or an error."""

    name: str
    """Shown in output: the path as given, ``path:line`` for a JSON Lines record, or the
    stdin name."""
    location: Path | None
    """The file whose folder config discovery starts from (``None``: the working folder)."""
    text: str | None
    markup: Markup = "plain"
    error: str | None = None
    record_line: int | None = None
    """For a JSON Lines record, its line in the file."""


#: Byte-order marks that say how a file is encoded (Windows editors write UTF-16 with one).
_BOMS = (
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)
#: Bytes that Windows-1252 gives to punctuation a writer types (’ “ ” – — … •), which are
#: never valid on their own in UTF-8.
_CP1252_PUNCTUATION = frozenset(b"\x85\x91\x92\x93\x94\x95\x96\x97")


def decode(name: str, data: bytes) -> tuple[str | None, str | None]:
    """``(text, None)`` or ``(None, error)``: binary, invalid UTF-8 and empty are errors.

    UTF-8 (with or without a BOM) is the format; UTF-16 and UTF-32 with a byte-order mark
    are read too. An error about another encoding says which it probably is and how to
    convert it."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError as error:
                return None, f"not valid {encoding.upper()} (byte {error.start:,})"
            return (text, None) if text.strip() else (None, "empty draft")
    if b"\x00" in data[:8192]:
        hint = _utf16_hint(data)
        return None, hint or "binary file (contains NUL bytes), not a text draft"
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        return None, f"not valid UTF-8 (byte {error.start:,}){_encoding_hint(data, name)}"
    if not text.strip():
        return None, "empty draft"
    return text, None


def _utf16_hint(data: bytes) -> str | None:
    """Text in UTF-16 without a byte-order mark: every other byte of ASCII text is NUL."""
    sample = data[:4096]
    if len(sample) >= 8 and (sample[1::2].count(0) > 0.8 * len(sample) / 2):
        return "looks like UTF-16 without a byte-order mark: save it as UTF-8"
    return None


def _encoding_hint(data: bytes, name: str) -> str:
    shown = name if name != STDIN else "draft.txt"
    convert = f"`iconv -f cp1252 -t utf-8 {shown} > {shown}.utf8`"
    high = {byte for byte in data if byte >= 0x80}
    if high & _CP1252_PUNCTUATION or all(byte >= 0xA0 for byte in high):
        return (
            f"; it looks like Windows-1252 (cp1252, also read as Latin-1): convert it with "
            f"{convert}, or save it as UTF-8 in your editor"
        )
    return "; save it as UTF-8 in your editor"


def read_source(path: Path, name: str, markup: Markup | None) -> Source:
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return Source(name, path, None, error="no such file")
    except IsADirectoryError:
        return Source(name, path, None, error="is a directory")
    except OSError as error:
        return Source(name, path, None, error=f"cannot read: {error.strerror or error}")
    text, problem = decode(name, data)
    return Source(name, path, text, markup or markup_for_path(path.name), problem)


def expand_paths(
    paths: tuple[str, ...], notes: list[str] | None = None
) -> Iterator[tuple[str, Path | None, str | None]]:
    """``(name, path, error)`` for every draft the arguments name, each file once.

    ``-`` is stdin (path ``None``). A folder yields its draft files (hidden folders and
    dependency folders skipped); a pattern with ``*``, ``?`` or ``[`` that is not an
    existing file is a glob (``**`` recurses). A glob matching nothing is an error.
    Folders and globs follow symbolic links to folders, but enter each real folder once: a
    link back into a folder already searched (a cycle) is skipped, with a line in ``notes``.
    A file reached twice (named twice, or through a link) is yielded the first time only.
    """
    seen: set[Path] = set()

    def first_time(path: Path) -> bool:
        real = path.resolve()
        if real in seen:
            return False
        seen.add(real)
        return True

    for raw in paths:
        if raw == STDIN:
            yield STDIN, None, None
            continue
        path = Path(raw)
        if path.is_dir():
            drafts = _drafts_under(path, notes)
            if not drafts:
                yield raw, path, "no drafts (.md, .txt, .html) in this folder"
            yield from ((str(p), p, None) for p in drafts if first_time(p))
        elif not path.exists() and _GLOB_CHARACTERS & set(raw):
            files = _glob(raw, notes)
            if not files:
                yield raw, path, "no files match this pattern"
            yield from ((str(p), p, None) for p in files if first_time(p))
        elif not path.exists() or first_time(path):
            yield raw, path, None


def _walk(root: Path, notes: list[str] | None) -> Iterator[Path]:
    """Every file under ``root``, following links to folders but entering each real folder
    once (``os.walk`` with ``followlinks`` would loop for ever on a cycle)."""
    entered: set[str] = set()
    for folder, subfolders, files in os.walk(root, followlinks=True):
        real = os.path.realpath(folder)
        if real in entered:
            subfolders[:] = []
            if notes is not None:
                notes.append(f"{folder}: skipped a link to a folder already searched")
            continue
        entered.add(real)
        subfolders.sort()
        for name in sorted(files):
            yield Path(folder, name)


def _drafts_under(folder: Path, notes: list[str] | None) -> list[Path]:
    found = []
    for child in _walk(folder, notes):
        relative = child.relative_to(folder).parts
        if any(part.startswith(".") or part in _SKIPPED_FOLDERS for part in relative):
            continue
        if child.is_file() and child.suffix.lower() in DRAFT_SUFFIXES:
            found.append(child)
    return sorted(found)


def _glob(pattern: str, notes: list[str] | None) -> list[Path]:
    """The files ``pattern`` matches, as ``glob.glob(pattern, recursive=True)`` would, less
    its endless walks through link cycles and its repeats: the folder before the first
    wildcard is walked once (see ``_walk``) and each file matched against the pattern."""
    parts = Path(pattern).parts
    fixed = next(i for i, part in enumerate(parts) if _GLOB_CHARACTERS & set(part))
    root = Path(*parts[:fixed]) if fixed else Path()
    matcher = glob_regex(parts[fixed:])
    found = []
    for path in _walk(root, notes):
        relative = path.relative_to(root).as_posix() if fixed else path.as_posix()
        if matcher.fullmatch(relative) and path.is_file():
            found.append(path)
    return sorted(found)


def glob_regex(parts: tuple[str, ...]) -> re.Pattern[str]:
    """A regular expression for path parts in glob syntax: ``**`` spans folders, ``*`` and
    ``?`` stay within one and, as in ``glob``, do not match a leading dot."""
    pieces: list[str] = []
    for index, part in enumerate(parts):
        last = index == len(parts) - 1
        if part == "**":
            pieces.append("(?:[^/.][^/]*/)*" + ("[^/.][^/]*" if last else ""))
            continue
        leading_dot = "" if part.startswith(".") else "(?![.])"
        pieces.append(leading_dot + _part_regex(part) + ("" if last else "/"))
    return re.compile("".join(pieces))


def _part_regex(part: str) -> str:
    out: list[str] = []
    index = 0
    while index < len(part):
        char = part[index]
        closing = part.find("]", index + 2) if char == "[" else -1
        if char == "*":
            out.append("[^/]*")
        elif char == "?":
            out.append("[^/]")
        elif closing != -1:
            inside = part[index + 1 : closing]
            negated = inside.startswith("!")
            body = re.escape(inside[1:] if negated else inside).replace("\\-", "-")
            out.append(f"[{'^' if negated else ''}{body}]")
            index = closing
        else:
            out.append(re.escape(char))
        index += 1
    return "".join(out)


def read_jsonl(
    name: str, location: Path | None, data: bytes, field: str, markup: Markup
) -> Iterator[Source]:
    """One Source per record of a JSON Lines archive; the post is at ``field`` (dotted
    for nested objects, e.g. ``post.text``). Blank lines are skipped; a record without
    the field, or not an object, is an error naming ``name:line``; a record whose post is
    empty (an image-only post) is skipped with ``error`` set to ``None`` and no text."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        yield Source(name, location, None, error=f"not valid UTF-8 (byte {error.start:,})")
        return
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        record_name = f"{name}:{number}"
        try:
            record: Any = json.loads(line)
        except json.JSONDecodeError as error:
            yield Source(record_name, location, None, error=f"not valid JSON: {error.msg}")
            continue
        value = record
        for key in field.split("."):
            value = value.get(key) if isinstance(value, dict) else None
        if value is None:
            yield Source(record_name, location, None, error=f"the record has no field {field!r}")
        elif not isinstance(value, str):
            kind = type(value).__name__
            yield Source(record_name, location, None, error=f"field {field!r} is {kind}, not text")
        elif value.strip():
            yield Source(record_name, location, value, markup, record_line=number)


def collect_sources(
    paths: tuple[str, ...],
    *,
    jsonl_field: str | None,
    markup: Markup | None,
    stdin_filename: str | None,
    read_stdin: Callable[[], bytes],
    notes: list[str] | None = None,
) -> list[Source]:
    """Every draft the arguments name, in order: files, folder contents, glob matches,
    stdin, or the records of JSON Lines archives when ``jsonl_field`` is given.

    ``markup`` forces one markup; ``None`` goes by suffix (stdin: by ``stdin_filename``,
    else plain; JSON Lines records: plain).
    """
    found: list[Source] = []
    for name, path, error in expand_paths(paths, notes):
        if error is not None:
            found.append(Source(name, path, None, error=error))
        elif path is None:  # stdin
            shown = stdin_filename or STDIN
            location = Path(stdin_filename) if stdin_filename else None
            data = read_stdin()
            chosen = markup or (markup_for_path(shown) if stdin_filename else "plain")
            if jsonl_field:
                found.extend(read_jsonl(shown, location, data, jsonl_field, markup or "plain"))
            else:
                text, problem = decode(shown, data)
                found.append(Source(shown, location, text, chosen, problem))
        elif jsonl_field:
            try:
                data = path.read_bytes()
            except FileNotFoundError:
                found.append(Source(name, path, None, error="no such file"))
                continue
            except OSError as failure:
                found.append(
                    Source(name, path, None, error=f"cannot read: {failure.strerror or failure}")
                )
                continue
            found.extend(read_jsonl(name, path, data, jsonl_field, markup or "plain"))
        else:
            found.append(read_source(path, name, markup))
    return found
