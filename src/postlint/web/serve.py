"""``postlint serve``: the web app on uvicorn, and the browser opened on it.

On loopback (the default) only this machine can reach the page. Any other address makes it
a team server: a warning is printed and every API request needs the token (given with
``--token`` or ``POSTLINT_TOKEN``, else generated and printed). The token travels to the page
in the address's fragment (``#token=``), which browsers never send to a server, so it stays
out of access logs. Access logs are off unless asked for, and carry no bodies anyway.
"""

from __future__ import annotations

import ipaddress
import secrets
import socket
import sys
import threading
import time
import webbrowser
from collections.abc import Callable
from dataclasses import dataclass

import uvicorn

from postlint import Config
from postlint.web.app import WebSettings, create_app
from postlint.web.guard import LOOPBACK_HOSTS, Guard

__all__ = ["DEFAULT_MAX_BODY_KB", "ServeOptions", "is_loopback", "serve"]

DEFAULT_MAX_BODY_KB = 1024
"""A draft is at most ``limits.max_bytes`` (1 MB by default); a body that also carries a
pasted archive of past posts fits within 1 MiB for any ordinary account."""


@dataclass(frozen=True)
class ServeOptions:
    host: str = "127.0.0.1"
    port: int = 8484
    open_browser: bool = True
    token: str | None = None
    config: Config | None = None
    max_body_kb: int = DEFAULT_MAX_BODY_KB
    access_log: bool = False


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def serve(options: ServeOptions, echo: Callable[[str], None]) -> None:
    """Serve until interrupted; raises OSError when the address cannot be bound."""
    loopback = is_loopback(options.host)
    token = options.token
    if not loopback and not token:
        token = secrets.token_urlsafe(24)
    guard = Guard(
        token=token,
        allowed_hosts=LOOPBACK_HOSTS if loopback else None,
        max_body_bytes=options.max_body_kb * 1024,
    )
    app = create_app(WebSettings(config=options.config or Config(), guard=guard))
    sock = _bound_socket(options.host, options.port)
    port = sock.getsockname()[1]
    shown_host = options.host if loopback else _reachable_name(options.host)
    url = f"http://{_url_host(shown_host)}:{port}/" + (f"#token={token}" if token else "")
    if not loopback:
        echo(
            f"postlint serve: WARNING: listening on {options.host}: other machines on the "
            "network can reach this page. Each request needs the token below; traffic is "
            "plain HTTP, so use it on a trusted network or behind a TLS proxy."
        )
    if token:
        echo(f"postlint serve: API clients send: Authorization: Bearer {token}")
    echo(f"postlint serve: {url} (Ctrl+C to stop)")
    config = uvicorn.Config(
        app,
        log_level="warning",
        access_log=options.access_log,
        server_header=False,
        # No proxy headers: a client cannot claim another address or scheme.
        proxy_headers=False,
        timeout_keep_alive=5,
        limit_concurrency=64,
    )
    server = uvicorn.Server(config)
    if options.open_browser:
        local = f"http://127.0.0.1:{port}/" + (f"#token={token}" if token else "")
        threading.Thread(target=_open_when_started, args=(server, local), daemon=True).start()
    server.run(sockets=[sock])


def _bound_socket(host: str, port: int) -> socket.socket:
    """Bind before uvicorn starts, so a taken port is a one-line error and port 0 works."""
    family = socket.AF_INET6 if ":" in host.strip("[]") else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host.strip("[]"), port))
    except OSError:
        sock.close()
        raise
    # Listening now queues the first connections until uvicorn accepts them, rather than
    # refusing anyone who follows the printed address at once.
    sock.listen(128)
    return sock


def _reachable_name(host: str) -> str:
    if host in {"0.0.0.0", "::", "[::]"}:
        return socket.gethostname()
    return host


def _url_host(host: str) -> str:
    return f"[{host}]" if ":" in host and not host.startswith("[") else host


def _open_when_started(server: uvicorn.Server, url: str) -> None:
    deadline = time.monotonic() + 30
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    if server.started:
        try:
            webbrowser.open(url)
        except webbrowser.Error:  # no browser here: the printed address is enough
            print("postlint serve: could not open a browser", file=sys.stderr)
