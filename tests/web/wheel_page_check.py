"""Run by ``make wheel-check`` with the Python of a fresh venv holding only the built wheel:
the installed ``postlint serve`` serves the page, its bundled assets and a check, and the
page names nothing outside the server (no CDN). Standard library only: the venv has no
test tools. Exits non-zero with a message on the first failure."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import urllib.request


def fetch(url: str, body: bytes | None = None) -> bytes:
    headers = {"Content-Type": "application/json", "X-Postlint-Client": "wheel-check"}
    request = urllib.request.Request(url, data=body, headers=headers if body else {})
    with urllib.request.urlopen(request, timeout=60) as response:
        return bytes(response.read())


def main() -> None:
    server = subprocess.Popen(
        [sys.executable, "-m", "postlint", "serve", "--no-browser", "--port", "0"],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert server.stdout is not None
        line = server.stdout.readline()
        found = re.search(r"(http://127\.0\.0\.1:\d+/)", line)
        if not found:
            sys.exit(f"wheel-check: postlint serve printed {line!r}")
        url = found.group(1)
        page = fetch(url).decode("utf-8")
        assets = re.findall(r'(?:src|href)="([^"]+)"', page)
        outside = [a for a in assets if not a.startswith(("/static/", "#", "data:"))]
        if outside:
            sys.exit(f"wheel-check: the page names assets outside the server: {outside}")
        for asset in assets:
            if asset.startswith("/static/") and not fetch(url + asset.lstrip("/")):
                sys.exit(f"wheel-check: {asset} is empty")
        answer = json.loads(fetch(url + "api/check", b'{"text": "Vote Labour on Thursday!"}'))
        rules = [finding["rule"] for finding in answer["findings"]]
        if rules != ["politics.partisan-endorsement"]:
            sys.exit(f"wheel-check: unexpected findings {rules}")
        served = [a for a in assets if a.startswith("/static/")]
        print(f"wheel-check: the installed page serves {len(served)} assets and checks drafts")
    finally:
        server.terminate()
        server.wait(timeout=30)


if __name__ == "__main__":
    main()
