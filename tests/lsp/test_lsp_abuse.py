"""The language server under abuse, spoken to through raw pipes (no client library).

Garbage headers, wrong Content-Length, invalid JSON, invalid params, unknown methods, a 5 MB
document and 200 rapid edits: the server answers protocol errors where a reply is due, keeps
serving the other documents, and its memory stays bounded.
"""

from __future__ import annotations

import json
import queue
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.lsp._processes import descendants, is_alive

SERVER_COMMAND = [sys.executable, "-m", "postlint", "lsp", "--debounce-ms", "0"]
WAIT_S = 60.0
"""A guard against a hung server, not a speed target (a first lint loads spaCy)."""

Message = dict[str, Any]


class RawClient:
    """Frames and reads LSP messages over the server's stdin and stdout by hand."""

    def __init__(self, cwd: Path) -> None:
        self.process = subprocess.Popen(
            SERVER_COMMAND,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            cwd=cwd,
        )
        self.messages: queue.Queue[Message | None] = queue.Queue()
        self.seen: list[Message] = []
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        stream = self.process.stdout
        assert stream is not None
        while True:
            length = None
            while True:
                line = stream.readline()
                if not line:
                    self.messages.put(None)
                    return
                if not line.strip():
                    break
                name, _, value = line.decode("ascii").partition(":")
                if name.strip().lower() == "content-length":
                    length = int(value)
            assert length is not None, "the server sent a message without Content-Length"
            self.messages.put(json.loads(stream.read(length)))

    def send_bytes(self, data: bytes) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write(data)
        self.process.stdin.flush()

    def send(self, message: Message, *, length_error: int = 0) -> None:
        body = json.dumps({"jsonrpc": "2.0", **message}).encode()
        self.send_bytes(b"Content-Length: %d\r\n\r\n" % (len(body) + length_error) + body)

    def request(self, request_id: int, method: str, params: Any = None) -> None:
        self.send({"id": request_id, "method": method, "params": params or {}})

    def notify(self, method: str, params: Any) -> None:
        self.send({"method": method, "params": params})

    def wait_for(self, wanted: Callable[[Message], bool], timeout: float = WAIT_S) -> Message:
        for message in self.seen:
            if wanted(message):
                return message
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                message = self.messages.get(timeout=0.2)
            except queue.Empty:
                continue
            if message is None:
                raise AssertionError("the server closed its output")
            self.seen.append(message)
            if wanted(message):
                return message
        raise AssertionError(f"no such message within {timeout} s; saw {self.seen[-5:]}")

    def response(self, request_id: int, timeout: float = WAIT_S) -> Message:
        return self.wait_for(lambda m: m.get("id") == request_id and "method" not in m, timeout)

    def diagnostics_for(self, uri: str, version: int | None = None) -> Message:
        def wanted(message: Message) -> bool:
            params = message.get("params", {})
            return (
                message.get("method") == "textDocument/publishDiagnostics"
                and params.get("uri") == uri
                and (version is None or params.get("version") == version)
            )

        return self.wait_for(wanted)["params"]  # type: ignore[no-any-return]

    def open(self, uri: str, text: str, version: int = 1) -> None:
        document = {"uri": uri, "languageId": "markdown", "version": version, "text": text}
        self.notify("textDocument/didOpen", {"textDocument": document})

    def memory_kb(self) -> int:
        """Resident memory of the server and its worker processes."""
        total = 0
        for pid in [self.process.pid, *descendants(self.process.pid)]:
            try:
                status = Path(f"/proc/{pid}/status").read_text()
            except OSError:
                continue
            total += next(
                int(line.split()[1]) for line in status.splitlines() if line.startswith("VmRSS")
            )
        return total


@pytest.fixture
def client(tmp_path: Path) -> Iterator[RawClient]:
    if not Path("/proc/self/status").exists():
        pytest.skip("memory is read from /proc")
    raw = RawClient(tmp_path)
    raw.request(1, "initialize", {"processId": None, "rootUri": None, "capabilities": {}})
    assert "capabilities" in raw.response(1)["result"]
    raw.notify("initialized", {})
    yield raw
    raw.process.kill()
    raw.process.wait(timeout=30)


URI = "file:///drafts/post.md"
OTHER = "file:///drafts/other.md"


def _rules(diagnostics: Message) -> list[str]:
    return [d.get("code") for d in diagnostics["diagnostics"]]


def test_an_unknown_method_gets_method_not_found(client: RawClient) -> None:
    client.request(2, "postlint/noSuchMethod")
    assert client.response(2)["error"]["code"] == -32601
    client.request(3, "shutdown")
    assert "error" not in client.response(3)


def test_invalid_params_get_an_error_reply(client: RawClient) -> None:
    client.request(2, "textDocument/hover", {"bogus": 1})
    assert client.response(2, timeout=5)["error"]["code"] == -32602


def test_invalid_json_and_invalid_params_do_not_stop_the_server(client: RawClient) -> None:
    client.request(2, "textDocument/hover", {"bogus": 1})
    body = b'{"jsonrpc": "2.0", "id": 3, "method": '
    client.send_bytes(b"Content-Length: %d\r\n\r\n" % len(body) + body)
    client.notify("textDocument/didOpen", {"textDocument": {"uri": 5}})
    client.open(URI, "Vote Labour on Thursday!")
    assert "politics.partisan-endorsement" in _rules(client.diagnostics_for(URI))


def _first_answer(client: RawClient, ids: range) -> Message | None:
    """Sends requests until one is answered: the stream may resynchronise on a later frame."""
    for request_id in ids:
        client.request(request_id, "postlint/noSuchMethod")
        try:
            return client.response(request_id, timeout=5)
        except AssertionError:
            continue
    return None


def test_garbage_headers_are_skipped(client: RawClient) -> None:
    client.send_bytes(b"Garbage header line\r\nX-Other: y\r\n\r\n")
    client.send_bytes(b"Content-Length: not-a-number\r\n\r\n")
    client.send_bytes(b"\r\n\r\n\x00\xff\r\n\r\n")
    answered = _first_answer(client, range(10, 13))
    assert answered is not None and answered["error"]["code"] == -32601
    client.open(OTHER, "Vote Labour on Thursday!")
    assert "politics.partisan-endorsement" in _rules(client.diagnostics_for(OTHER))


@pytest.mark.parametrize("length_error", [+12, -5])
def test_a_wrong_content_length_loses_only_that_frame(client: RawClient, length_error: int) -> None:
    client.send({"id": 2, "method": "postlint/noSuchMethod"}, length_error=length_error)
    answered = _first_answer(client, range(10, 14))
    assert answered is not None and answered["error"]["code"] == -32601


def test_a_5mb_document_does_not_stop_the_others(client: RawClient) -> None:
    client.open(OTHER, "Vote Labour on Thursday!")
    assert _rules(client.diagnostics_for(OTHER))
    huge = "Vote Labour on Thursday! " + "The trains run on time today. " * 170_000
    assert len(huge.encode()) > 5_000_000
    client.open(URI, huge)
    # Over limits.max_bytes: not linted, and said so (no findings are invented).
    assert client.diagnostics_for(URI)["diagnostics"] == []
    client.wait_for(
        lambda m: (
            m.get("method") == "window/logMessage" and "limits.max_bytes" in m["params"]["message"]
        )
    )
    client.notify(
        "textDocument/didChange",
        {
            "textDocument": {"uri": OTHER, "version": 2},
            "contentChanges": [{"text": "Nothing political. Vote Labour!"}],
        },
    )
    again = client.diagnostics_for(OTHER, version=2)
    assert "politics.partisan-endorsement" in _rules(again)
    client.request(9, "shutdown")
    assert "error" not in client.response(9)


def test_a_killed_server_takes_its_worker_with_it(client: RawClient) -> None:
    client.open(URI, "Vote Labour on Thursday!")
    assert _rules(client.diagnostics_for(URI))  # the worker has started and linted
    workers = descendants(client.process.pid)
    assert workers, "the server lints in a worker process"
    client.process.kill()  # SIGKILL: no shutdown, no atexit, no chance to clean up
    client.process.wait(timeout=30)
    deadline = time.monotonic() + 10
    while (alive := [pid for pid in workers if is_alive(pid)]) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert alive == [], "workers outlived their killed server"


def test_200_rapid_edits_end_in_the_last_version_and_bounded_memory(client: RawClient) -> None:
    client.open(URI, "Hello.")
    client.diagnostics_for(URI)
    client.open(OTHER, "Vote Labour!")
    client.diagnostics_for(OTHER)
    baseline = client.memory_kb()
    text = "The rail timetable changes on Sunday. "
    for version in range(2, 202):
        text += "More detail about the trains. " if version % 7 else "Vote Labour! "
        client.notify(
            "textDocument/didChange",
            {
                "textDocument": {"uri": URI, "version": version},
                "contentChanges": [{"text": text}],
            },
        )
    final = client.diagnostics_for(URI, version=201)
    offsets = [d["range"]["start"]["character"] for d in final["diagnostics"]]
    expected = [i for i in range(len(text)) if text.startswith("Vote Labour", i)]
    assert set(expected) <= set(offsets)
    grown_mb = (client.memory_kb() - baseline) / 1024
    assert grown_mb < 300, f"memory grew by {grown_mb:.0f} MB over 200 edits"
    client.request(
        5,
        "textDocument/hover",
        {
            "textDocument": {"uri": OTHER},
            "position": {"line": 0, "character": 1},
        },
    )
    assert "error" not in client.response(5)
