"""Reading sources in bounded memory: JSON arrays element by element, lines with a length
cap, archive members with a size cap. Whatever the archive's size, what is held at once is
one element, one line or one chunk.

A whole source that cannot be read (a zip bomb, a line of gigabytes, JSON broken beyond a
record) raises :class:`SourceError` with a one-line message; the audit names it and goes on
with the other sources.
"""

from __future__ import annotations

import io
import json
import re
from collections.abc import Iterator
from typing import IO, Any

__all__ = [
    "MAX_LINE_CHARS",
    "MAX_RECORD_CHARS",
    "BoundedReader",
    "JsonStream",
    "SourceError",
    "bounded",
    "bounded_lines",
    "has_undecodable_bytes",
]

#: A post is at most a few thousand characters; one JSON record (a tweet with its entities,
#: an ActivityStreams activity) some tens of thousands. Past this, it is not a post archive.
MAX_RECORD_CHARS = 8 * 1024 * 1024
#: A physical line of a CSV or JSON Lines file (a post with its columns).
MAX_LINE_CHARS = 8 * 1024 * 1024
_CHUNK_CHARS = 1 << 16
_WHITESPACE = re.compile(r"[ \t\n\r]*")
_DECODER = json.JSONDecoder()
# Bytes that are not UTF-8, decoded with errors="surrogateescape", become U+DC80..U+DCFF.
_ESCAPED_BYTE = re.compile("[\udc80-\udcff]")


class SourceError(Exception):
    """A source, or the rest of it, cannot be read; the message is one line."""


def has_undecodable_bytes(text: str) -> bool:
    """Whether ``text`` (decoded with ``surrogateescape``) held bytes that are not UTF-8."""
    return not text.isascii() and _ESCAPED_BYTE.search(text) is not None


class BoundedReader(io.RawIOBase):
    """A binary stream that refuses to yield more than ``limit`` bytes: an archive member
    whose header understates its size cannot inflate past what was checked. Closing it
    closes the archive it came from (``owner``)."""

    def __init__(self, raw: IO[bytes], limit: int, name: str, owner: Any = None) -> None:
        super().__init__()
        self._raw = raw
        self._left = limit
        self._limit = limit
        self._name = name
        self._owner = owner

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        view = memoryview(buffer).cast("B")
        data = self._raw.read(min(len(view), self._left + 1))
        self._left -= len(data)
        if self._left < 0:
            raise SourceError(f"{self._name}: larger than {self._limit:,} bytes once unpacked")
        view[: len(data)] = data
        return len(data)

    def close(self) -> None:
        if not self.closed:
            self._raw.close()
            if self._owner is not None:
                self._owner.close()
        super().close()


def bounded(raw: IO[bytes], limit: int, name: str, owner: Any = None) -> IO[bytes]:
    """``raw`` capped at ``limit`` bytes, buffered for text decoding."""
    return io.BufferedReader(BoundedReader(raw, limit, name, owner))


def bounded_lines(handle: IO[str], name: str) -> Iterator[str | None]:
    """The lines of ``handle``; a line longer than ``MAX_LINE_CHARS`` is read past in chunks
    and yields ``None`` in its place, so a 2 GB line never sits in memory."""
    while True:
        line = handle.readline(MAX_LINE_CHARS)
        if not line:
            return
        if len(line) < MAX_LINE_CHARS or line.endswith("\n"):
            yield line
            continue
        while True:  # the rest of the over-long line
            rest = handle.readline(MAX_LINE_CHARS)
            if not rest or rest.endswith("\n"):
                break
        yield None


class JsonStream:
    """A JSON document read incrementally from a text stream: the caller walks it with
    ``expect``, ``peek``, ``value`` and ``array_items``.

    ``value`` decodes one complete value (an element of a large array) with the standard
    decoder, reading more of the stream only while the value is incomplete, up to
    ``MAX_RECORD_CHARS``.
    """

    def __init__(self, handle: IO[str], name: str) -> None:
        self._handle = handle
        self._name = name
        self._buffer = ""
        self._position = 0
        self._consumed = 0  # characters dropped from the front of the buffer
        self._at_end = False

    @property
    def offset(self) -> int:
        """Characters read so far: where the next value starts, for error messages."""
        return self._consumed + self._position

    def _fill(self, wanted: int = _CHUNK_CHARS) -> bool:
        if self._at_end:
            return False
        chunk = self._handle.read(wanted)
        if not chunk:
            self._at_end = True
            return False
        self._consumed += self._position
        self._buffer = self._buffer[self._position :] + chunk
        self._position = 0
        return True

    def peek(self) -> str | None:
        """The next character that is not white space (not consumed), ``None`` at the end."""
        while True:
            match = _WHITESPACE.match(self._buffer, self._position)
            self._position = match.end() if match else self._position
            if self._position < len(self._buffer):
                return self._buffer[self._position]
            if not self._fill():
                return None

    def expect(self, characters: str) -> str:
        """Consume the next character, which must be one of ``characters``."""
        found = self.peek()
        if found is None:
            raise SourceError(f"{self._name}: truncated: the file ends where JSON goes on")
        if found not in characters:
            expected = " or ".join(repr(c) for c in characters)
            raise SourceError(
                f"{self._name}: not the expected JSON: {expected} wanted at character "
                f"{self.offset:,}, found {found!r}"
            )
        self._position += 1
        return found

    def skip_to(self, character: str, within: int = 1 << 20) -> None:
        """Consume up to and including ``character`` (the ``=`` of ``window.YTD... =``)."""
        while True:
            found = self._buffer.find(character, self._position)
            if found >= 0:
                self._position = found + 1
                return
            if self.offset > within or not self._fill():
                raise SourceError(f"{self._name}: no {character!r} where the data should start")

    def value(self) -> Any:
        """The next complete JSON value."""
        if self.peek() is None:
            raise SourceError(f"{self._name}: truncated: the file ends where JSON goes on")
        wanted = _CHUNK_CHARS
        while True:
            try:
                value, end = _DECODER.raw_decode(self._buffer, self._position)
            except json.JSONDecodeError as error:
                pending = len(self._buffer) - self._position
                if pending <= MAX_RECORD_CHARS and self._fill(wanted):
                    wanted *= 2  # a long value: fewer, larger reads before decoding again
                    continue
                if self._at_end:
                    raise SourceError(
                        f"{self._name}: truncated or broken JSON from character "
                        f"{self.offset:,}: {error.msg}"
                    ) from None
                raise SourceError(
                    f"{self._name}: broken JSON from character {self.offset:,} "
                    f"(no complete value in {MAX_RECORD_CHARS:,} characters)"
                ) from None
            # A number at the very end of the buffer may go on in the next chunk.
            ends_buffer = end == len(self._buffer)
            if ends_buffer and not isinstance(value, dict | list | str) and self._fill(wanted):
                continue
            self._position = end
            return value

    def array_items(self) -> Iterator[Any]:
        """The elements of the array that starts here, one at a time."""
        self.expect("[")
        if self.peek() == "]":
            self._position += 1
            return
        while True:
            yield self.value()
            if self.expect(",]") == "]":
                return

    def object_member(self, key: str) -> bool:
        """Inside a top-level object (after ``{``), consume members up to ``key`` and stop
        before its value; ``False`` when the object has no such member."""
        while True:
            found = self.peek()
            if found == "}":
                return False
            name = self.value()
            self.expect(":")
            if name == key:
                return True
            self.value()  # a member we do not need, e.g. "@context"
            if self.expect(",}") == "}":
                return False
