"""A Linter imports spaCy without spaCy's command line, which still works when asked for.

Each test runs a fresh interpreter: what is imported at startup is the point.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

_SRC = str(Path(__file__).resolve().parents[1] / "src")


def _run(code: str) -> str:
    env = {**os.environ, "PYTHONPATH": _SRC}
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
    )
    return done.stdout


def test_a_linter_does_not_import_spacys_command_line() -> None:
    out = _run(
        "import sys, postlint\n"
        "postlint.check('Vote Labour on Thursday!')\n"
        "names = ('typer', 'weasel', 'httpx', 'jinja2', 'starlette', 'uvicorn')\n"
        "print(sorted(name for name in names if name in sys.modules))\n"
        "print('spacy' in sys.modules)\n"
    )
    assert out.splitlines() == ["[]", "True"]


def test_spacys_command_line_still_loads_when_used() -> None:
    out = _run(
        "import postlint\n"
        "postlint.Linter()\n"
        "import spacy\n"
        "print(callable(spacy.cli.download))\n"  # first use loads the real package
        "import spacy.cli\n"
        "from spacy.cli.info import info\n"
        "print(callable(info), callable(spacy.info))\n"
        "import sys\n"
        "print('typer' in sys.modules)\n"
    )
    assert out.splitlines() == ["True", "True True", "True"]


def test_spacy_imported_before_postlint_is_left_as_it_is() -> None:
    out = _run(
        "import spacy, sys\n"
        "cli = sys.modules['spacy.cli']\n"
        "import postlint\n"
        "postlint.Linter()\n"
        "print(sys.modules['spacy.cli'] is cli, spacy.cli is cli)\n"
    )
    assert out.splitlines() == ["True True"]
