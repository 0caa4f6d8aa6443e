"""``postlint serve`` as a real server (uvicorn in a subprocess): what it prints, the token
off loopback, malformed HTTP, streamed bodies over the limit, and no draft on disk or in
its output. And the offsets conversion the API rests on."""

from __future__ import annotations

import http.client
import json
import socket
import subprocess
import sys
from pathlib import Path

import httpx
from hypothesis import given
from hypothesis import strategies as st

from postlint.web.offsets import Utf16Offsets
from tests.web.harness import running_server

HEADERS = {"X-Postlint-Client": "tests", "Content-Type": "application/json"}


@given(st.text(alphabet=st.characters(codec=None, exclude_categories=())))
def test_utf16_offsets_agree_with_encoding_the_prefix(text: str) -> None:
    units = Utf16Offsets(text)
    for offset in range(len(text) + 1):
        expected = len(text[:offset].encode("utf-16-le", "surrogatepass")) // 2
        assert units.to_utf16(offset) == expected
        assert units.from_utf16(expected) == offset
    if any(ord(char) > 0xFFFF for char in text):
        inside = units.to_utf16(next(i for i, c in enumerate(text) if ord(c) > 0xFFFF)) + 1
        assert text[units.from_utf16(inside)] > "\uffff"  # rounds down onto the emoji


def test_the_default_is_loopback_without_a_token_and_a_draft_leaves_no_trace(
    tmp_path: Path,
) -> None:
    marker = "Zebra-marker-81c4 is here. Vote Labour on Thursday!"
    home = tmp_path / "home"
    home.mkdir()
    env = {"HOME": str(home), "TMPDIR": str(tmp_path / "tmp"), "XDG_CACHE_HOME": str(home)}
    (tmp_path / "tmp").mkdir()
    with running_server(cwd=tmp_path, env=env) as server:
        assert server.url.startswith("http://127.0.0.1:") and server.token is None
        response = httpx.post(server.url + "api/check", json={"text": marker}, headers=HEADERS)
        assert response.status_code == 200
        assert response.json()["findings"][0]["evidence"] == "Vote Labour on Thursday!"
    written = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert not [p for p in written if "Zebra-marker" in p.read_text("utf-8", errors="replace")]
    assert "Zebra-marker" not in server.output()
    assert "WARNING" not in server.output()


def test_another_host_warns_and_requires_the_printed_token() -> None:
    with running_server("--host", "0.0.0.0") as server:
        assert "WARNING: listening on 0.0.0.0" in server.output()
        assert server.token and f"Authorization: Bearer {server.token}" in server.output()
        port = server.url.rsplit(":", 1)[1].rstrip("/")
        local = f"http://127.0.0.1:{port}/"
        assert httpx.get(local).status_code == 200  # the page itself holds no secret
        refused = httpx.post(local + "api/check", json={"text": "Hi"}, headers=HEADERS)
        assert refused.status_code == 401
        allowed = httpx.post(
            local + "api/check",
            json={"text": "Hi"},
            headers={**HEADERS, "Authorization": f"Bearer {server.token}"},
        )
        assert allowed.status_code == 200


def test_a_given_token_is_used_and_not_replaced() -> None:
    with running_server("--token", "team-token-123") as server:
        assert server.token == "team-token-123"
        headers = {**HEADERS, "Authorization": "Bearer team-token-123"}
        assert httpx.get(server.url + "api/form", headers=headers).status_code == 200
        assert httpx.get(server.url + "api/form").status_code == 401


def test_malformed_http_and_streamed_oversized_bodies_get_4xx_and_no_traceback() -> None:
    with running_server("--max-body-kb", "4") as server:
        host, port = server.url.removeprefix("http://").rstrip("/").split(":")
        with socket.create_connection((host, int(port)), timeout=10) as raw:
            raw.sendall(b"GARBAGE / HTTP/9.9\r\nno colon here\r\n\r\n")
            assert raw.recv(200).startswith(b"HTTP/1.1 400")
        connection = http.client.HTTPConnection(host, int(port), timeout=10)
        body = iter([b'{"text": "', b"a" * 3000, b"a" * 3000, b'"}'])
        connection.request("POST", "/api/check", body=body, headers=HEADERS)  # chunked
        response = connection.getresponse()
        assert response.status == 413
        assert json.loads(response.read()) == {"error": "request body over 4,096 bytes"}
    assert "Traceback" not in server.output()


def test_a_taken_port_is_a_one_line_error() -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        done = subprocess.run(
            [sys.executable, "-m", "postlint", "serve", "--no-browser", "--port", str(port)],
            capture_output=True,
            text=True,
            timeout=60,
        )
    assert done.returncode == 2
    assert done.stderr.strip().startswith(f"postlint: serve: cannot listen on 127.0.0.1:{port}")
    assert len(done.stderr.strip().splitlines()) == 1
