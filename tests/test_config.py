from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from postlint import Config, ConfigError
from postlint._config import discover_config_file


def test_defaults() -> None:
    config = Config()
    assert config.profile == "uk-civil-service"
    assert config.account.kind == "personal"
    assert config.nlp.model is None
    assert config.date == dt.date.today()


def test_unknown_key_is_named() -> None:
    with pytest.raises(ConfigError, match=r"author\.rank: unknown key"):
        Config.from_mapping({"author": {"rank": "G7"}})


def test_wrong_type_is_named() -> None:
    with pytest.raises(ConfigError, match=r"account\.kind"):
        Config.from_mapping({"account": {"kind": "corporate-ish"}})


def test_election_period_must_end_after_it_starts() -> None:
    with pytest.raises(ConfigError, match=r"election_periods\.0"):
        Config.from_mapping(
            {"election_periods": [{"name": "x", "start": "2024-07-04", "end": "2024-05-25"}]}
        )


def test_from_postlint_toml(tmp_path: Path) -> None:
    path = tmp_path / ".postlint.toml"
    path.write_text('profile = "us-federal"\n[author]\nrole = "analyst"\n', encoding="utf-8")
    config = Config.from_file(path)
    assert config.profile == "us-federal"
    assert config.author.role == "analyst"


def test_from_pyproject_table(tmp_path: Path) -> None:
    path = tmp_path / "pyproject.toml"
    path.write_text('[tool.postlint]\nprofile = "corporate"\n', encoding="utf-8")
    assert Config.from_file(path).profile == "corporate"


def test_broken_toml_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / ".postlint.toml"
    path.write_text("profile = \n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"\.postlint\.toml: invalid TOML"):
        Config.from_file(path)


def test_bad_value_in_file_names_file_and_key(tmp_path: Path) -> None:
    path = tmp_path / ".postlint.toml"
    path.write_text('profile = "tabloid"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match=r"\.postlint\.toml: profile"):
        Config.from_file(path)


def test_discovery_walks_up(tmp_path: Path) -> None:
    (tmp_path / ".postlint.toml").write_text('profile = "journalist"\n', encoding="utf-8")
    draft = tmp_path / "a" / "b" / "draft.md"
    draft.parent.mkdir(parents=True)
    draft.write_text("hello", encoding="utf-8")
    assert discover_config_file(draft) == tmp_path / ".postlint.toml"


def test_discovery_ignores_pyproject_without_table(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text("[project]\nname = 'x'\n", encoding="utf-8")
    found = discover_config_file(tmp_path)
    assert found is None or found.parent != tmp_path


def test_merged_overrides_deeply() -> None:
    config = Config.from_mapping({"author": {"role": "analyst", "organisation": "DfT"}})
    merged = config.merged({"author": {"role": "press officer"}})
    assert merged.author.role == "press officer"
    assert merged.author.organisation == "DfT"
