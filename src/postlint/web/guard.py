"""What stands between the network and the app: hosts, the token, CSRF, body size, headers.

A plain ASGI middleware, so every route gets the same rules and a refused request never
reaches one:

- **Host**: bound to loopback, only ``127.0.0.1``, ``localhost`` and ``[::1]`` are served,
  so a web page cannot reach the server through a DNS name that points at 127.0.0.1
  (DNS rebinding).
- **Token**: when one is set (always, off loopback), every ``/api/`` request carries
  ``Authorization: Bearer <token>``. The page and its assets hold no secret and need none.
- **CSRF**: a POST must carry ``X-Postlint-Client`` (a custom header, which a cross-origin
  page cannot send without a CORS preflight this server never grants), JSON as its content
  type, and no ``Origin`` other than the server's own.
- **Size**: a body over the limit is refused before it is read whole.

Refusals are JSON ``{"error": "<one line>"}`` with a 4xx status.
"""

from __future__ import annotations

import hmac
import json
from collections.abc import Awaitable, Callable, MutableMapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

__all__ = ["CLIENT_HEADER", "LOOPBACK_HOSTS", "Guard", "GuardMiddleware", "error_body"]

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

CLIENT_HEADER = "x-postlint-client"
LOOPBACK_HOSTS = frozenset({"127.0.0.1", "localhost", "::1"})

_CONTENT_SECURITY_POLICY = (
    "default-src 'none'; script-src 'self'; connect-src 'self'; img-src 'self' data:; "
    # CodeMirror writes its theme into <style> elements at run time.
    "style-src 'self' 'unsafe-inline'; base-uri 'none'; form-action 'none'; "
    "frame-ancestors 'none'"
)
_SECURITY_HEADERS = [
    (b"content-security-policy", _CONTENT_SECURITY_POLICY.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
]


@dataclass(frozen=True)
class Guard:
    token: str | None
    """Required on ``/api/`` when set."""
    allowed_hosts: frozenset[str] | None
    """Host names served (``None``: any, when bound to all interfaces with a token)."""
    max_body_bytes: int


def error_body(message: str) -> bytes:
    # ASCII-only JSON: a message quoting the request can never fail to encode.
    return json.dumps({"error": " ".join(message.split())}).encode("ascii")


class GuardMiddleware:
    def __init__(self, app: ASGIApp, guard: Guard) -> None:
        self.app = app
        self.guard = guard

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = {
            name.decode("latin-1").lower(): value.decode("latin-1")
            for name, value in scope.get("headers", [])
        }
        is_api = str(scope.get("path", "")).startswith("/api/")
        refusal = self._refusal(scope, headers, is_api)
        if refusal is not None:
            await _respond(send, *refusal)
            return
        if scope.get("method") == "POST":
            body = await self._read_body(receive, headers)
            if body is None:
                await _respond(send, 413, f"request body over {self.guard.max_body_bytes:,} bytes")
                return
            receive = _replay(body, receive)
        await self.app(scope, receive, _with_headers(send, no_store=is_api))

    def _refusal(
        self, scope: Scope, headers: dict[str, str], is_api: bool
    ) -> tuple[int, str] | None:
        allowed = self.guard.allowed_hosts
        if allowed is not None and _host_name(headers.get("host", "")) not in allowed:
            return 400, "unknown Host: open the address postlint serve printed"
        if not is_api:
            return None
        token = self.guard.token
        if token is not None:
            given = headers.get("authorization", "")
            scheme, _, value = given.partition(" ")
            if scheme.lower() != "bearer" or not hmac.compare_digest(
                value.strip().encode(), token.encode()
            ):
                return (
                    401,
                    "a token is required: Authorization: Bearer <the token postlint serve printed>",
                )
        if scope.get("method") != "POST":
            return None
        if CLIENT_HEADER not in headers:
            return 403, "POST needs an X-Postlint-Client header (any value naming your tool)"
        origin = headers.get("origin")
        if origin is not None and urlsplit(origin).netloc != headers.get("host"):
            return 403, "cross-origin request refused"
        content_type = headers.get("content-type", "").split(";", 1)[0].strip().lower()
        if content_type != "application/json":
            return 415, "send JSON with Content-Type: application/json"
        length = headers.get("content-length")
        if length is not None and (not length.isdigit() or int(length) > self.guard.max_body_bytes):
            return 413, f"request body over {self.guard.max_body_bytes:,} bytes"
        return None

    async def _read_body(self, receive: Receive, headers: dict[str, str]) -> bytes | None:
        """The whole body, or ``None`` once it passes the limit (chunked bodies too)."""
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] != "http.request":
                break
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.guard.max_body_bytes:
                return None
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        return b"".join(chunks)


def _host_name(host: str) -> str:
    """``127.0.0.1:8484`` -> ``127.0.0.1``; ``[::1]:8484`` -> ``::1``."""
    if host.startswith("["):
        return host[1:].split("]", 1)[0]
    return host.rsplit(":", 1)[0] if host.count(":") == 1 else host


def _replay(body: bytes, original: Receive) -> Receive:
    """The body already read, then the client's own messages (a disconnect, in time)."""
    sent = False

    async def receive() -> Message:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await original()

    return receive


def _with_headers(send: Send, *, no_store: bool) -> Send:
    async def send_with_headers(message: Message) -> None:
        if message["type"] == "http.response.start":
            headers = list(message.get("headers", []))
            headers.extend(_SECURITY_HEADERS)
            if no_store:
                headers.append((b"cache-control", b"no-store"))
            message["headers"] = headers
        await send(message)

    return send_with_headers


async def _respond(send: Send, status: int, message: str) -> None:
    body = error_body(message)
    headers = [
        (b"content-type", b"application/json"),
        (b"content-length", str(len(body)).encode()),
        *_SECURITY_HEADERS,
    ]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})
