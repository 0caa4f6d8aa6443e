"""A real second client: headless Neovim (Debian's 0.7) drives ``postlint lsp``.

Real clients differ from the spec: Neovim converts ranges to byte columns for its own
diagnostics and echoes those bytes back in code-action requests. ``.ci/run`` installs Neovim.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).with_name("nvim_client.lua")
NVIM = shutil.which("nvim")
DRAFT = (
    "Caf\u00e9 \u2615 first line\n\U0001f389\U0001f389 Big news \u2014 really. Vote Labour today!\n"
)


@pytest.mark.skipif(NVIM is None, reason="Neovim is not installed (.ci/run installs it)")
def test_headless_neovim_sees_diagnostics_hover_and_applies_a_code_action(
    tmp_path: Path,
) -> None:
    draft = tmp_path / "draft.md"
    draft.write_text(DRAFT, encoding="utf-8")
    out = tmp_path / "nvim.json"
    env = {
        **os.environ,
        "POSTLINT_NVIM_OUT": str(out),
        "POSTLINT_NVIM_DRAFT": str(draft),
        "POSTLINT_PYTHON": sys.executable,
    }
    subprocess.run(
        [str(NVIM), "--headless", "--clean", "-n", "-c", f"luafile {SCRIPT}"],
        env=env,
        cwd=tmp_path,
        timeout=180,
        check=True,
        stdin=subprocess.DEVNULL,
        capture_output=True,
    )
    seen = json.loads(out.read_text(encoding="utf-8"))
    assert seen.get("error") is None, seen
    assert seen["offset_encoding"] == "utf-16"
    [diagnostic] = seen["diagnostics"]
    line = DRAFT.splitlines()[1]
    # Neovim stores byte columns: correct ones mean the server's UTF-16 range was right.
    assert diagnostic["lnum"] == 1
    assert diagnostic["col"] == len(line[: line.index("Vote")].encode("utf-8"))
    assert diagnostic["end_col"] == len(line.encode("utf-8"))
    assert (diagnostic["code"], diagnostic["source"]) == (
        "politics.partisan-endorsement",
        "postlint",
    )
    assert diagnostic["severity"] == 2  # vim.diagnostic.severity.WARN, from the settings
    assert "Why it matters" in seen["hover"] and "https://" in seen["hover"]
    assert (
        seen["text_after"]
        .split("\n")[1]
        .startswith("<!-- postlint-disable-next-line politics.partisan-endorsement: ")
    )
    assert seen["text_after"].split("\n")[2] == line
    assert seen["steps"][-1] == "diagnostics cleared"
