"""Files, folders and globs: each file once, whatever links and repeats lead to it."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from postlint._cli.sources import expand_paths
from postlint.cli import main


@pytest.fixture
def looped(tmp_path: Path) -> Path:
    """drafts/a/b/post.md, with a/b/up -> drafts (a cycle) and a/b/again -> a (another)."""
    root = tmp_path / "drafts"
    (root / "a" / "b").mkdir(parents=True)
    (root / "a" / "b" / "post.md").write_text("Vote Labour on Thursday!\n", encoding="utf-8")
    (root / "top.md").write_text("Lovely walk this morning.\n", encoding="utf-8")
    (root / "a" / "b" / "up").symlink_to(root, target_is_directory=True)
    (root / "a" / "b" / "again").symlink_to(root / "a", target_is_directory=True)
    return root


def _files(*args: str) -> list[str]:
    return [name for name, path, error in expand_paths(args) if error is None]


def test_a_glob_through_link_cycles_visits_each_file_once(looped: Path) -> None:
    found = _files(str(looped / "**" / "*.md"))
    assert sorted(Path(name).resolve() for name in found) == sorted(
        [(looped / "a" / "b" / "post.md").resolve(), (looped / "top.md").resolve()]
    )


def test_a_folder_with_link_cycles_visits_each_file_once(looped: Path) -> None:
    assert len(_files(str(looped))) == 2


def test_a_file_named_twice_is_checked_once(looped: Path) -> None:
    post = looped / "a" / "b" / "post.md"
    assert (
        len(_files(str(post), str(post), str(looped / "a" / "b" / "up" / "a" / "b" / "post.md")))
        == 1
    )


def test_a_linked_folder_outside_a_cycle_is_followed(tmp_path: Path) -> None:
    elsewhere = tmp_path / "shared-drafts"
    elsewhere.mkdir()
    (elsewhere / "note.md").write_text("Our new guidance is out.\n", encoding="utf-8")
    root = tmp_path / "drafts"
    root.mkdir()
    (root / "shared").symlink_to(elsewhere, target_is_directory=True)
    assert [Path(n).name for n in _files(str(root))] == ["note.md"]


def test_the_cli_notes_skipped_links_and_finishes(looped: Path) -> None:
    here = Path.cwd()
    os.chdir(looped.parent)
    try:
        result = CliRunner().invoke(main, ["check", "--format", "json", "drafts/**/*.md"])
    finally:
        os.chdir(here)
    assert result.exit_code == 1  # the partisan post's finding, checked once
    assert result.stdout.count('"path": ') == 2
    assert "skipped" in result.stderr and "link" in result.stderr
