"""Loading the rule pack: rules, lexicons and profiles from ``rules/``.

Layout of a pack folder::

    rules/<family>/<name>.toml         one rule each (the Rule model)
    rules/<family>/lexicons/*.toml     phrases and token patterns for the span rulers,
                                       and named word lists for code checkers
    rules/profiles/<profile>.toml      which rules a profile runs, at which severity
"""

from __future__ import annotations

import functools
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from postlint._errors import RulePackError
from postlint._rules._base import Rule

__all__ = [
    "Lexicon",
    "LexiconEntry",
    "ProfileSpec",
    "RulePack",
    "default_rules_dir",
    "load_rule_pack",
    "matches_selector",
]


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class LexiconEntry(_Frozen):
    """Phrases or token patterns that mark spans with ``label`` (and ``id``)."""

    label: str = Field(pattern=r"^[A-Z][A-Z_]*$")
    id: str = ""
    phrases: list[str] = Field(default_factory=list)
    case_sensitive: bool = False
    """Match phrases on exact case (``Labour``) rather than lower case (``labour``)."""
    patterns: list[list[dict[str, Any]]] = Field(default_factory=list)
    """spaCy Matcher token patterns on token text (ORTH, LOWER, SHAPE, IS_*), for what phrases
    cannot say. Lexicons run before lemmas and tags, so LEMMA and POS are not set yet."""


class Lexicon(_Frozen):
    description: str
    region: str | None = None
    updated: str | None = None
    entry: list[LexiconEntry] = Field(default_factory=list)
    lists: dict[str, list[str]] = Field(default_factory=dict)
    """Named word lists for code checkers, addressed as ``<family>/<file stem>.<name>``."""


class ProfileSpec(_Frozen):
    name: str
    title: str
    description: str
    select: list[str]
    """Rule ids or family prefixes this profile runs."""
    ignore: list[str] = Field(default_factory=list)
    severity: dict[str, Literal["error", "warning", "info", "off"]] = Field(default_factory=dict)


def matches_selector(rule_id: str, selector: str) -> bool:
    """``politics`` selects ``politics.*``; an id selects itself; ``all`` selects everything."""
    selector = selector.strip()
    return selector.lower() == "all" or rule_id == selector or rule_id.startswith(selector + ".")


@dataclass(frozen=True, eq=False)  # hashed by identity: pipelines are cached per pack
class RulePack:
    rules: dict[str, Rule]
    lexicons: dict[str, Lexicon]
    """Keyed by ``<family>/<file stem>``."""
    profiles: dict[str, ProfileSpec]
    root: Path
    _word_lists: dict[str, frozenset[str]] = field(default_factory=dict, repr=False)
    """Lists already lowered: checkers ask for the same list many times as they build."""

    def word_list(self, address: str) -> frozenset[str]:
        """A named list, ``<family>/<file stem>.<name>``, lower-cased."""
        cached = self._word_lists.get(address)
        if cached is not None:
            return cached
        lexicon_key, _, list_name = address.rpartition(".")
        try:
            words = self.lexicons[lexicon_key].lists[list_name]
        except KeyError:
            raise RulePackError(f"no word list {address!r} in the rule pack") from None
        lowered = frozenset(word.lower() for word in words)
        self._word_lists[address] = lowered
        return lowered

    def lexicon_entries(self) -> Iterable[LexiconEntry]:
        for key in sorted(self.lexicons):
            yield from self.lexicons[key].entry


ModelT = TypeVar("ModelT", bound=BaseModel)


def default_rules_dir() -> Path:
    """``postlint/rules`` inside an installed wheel, else ``rules/`` of a source checkout."""
    packaged = resources.files("postlint").joinpath("rules")
    if packaged.is_dir():
        return Path(str(packaged))
    checkout = Path(__file__).resolve().parents[3] / "rules"
    if checkout.is_dir():
        return checkout
    raise RulePackError("postlint's rule pack is missing: the installation is incomplete")


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise RulePackError(f"{path}: cannot load: {error}") from None


def _validate(model: type[ModelT], data: dict[str, Any], path: Path) -> ModelT:
    try:
        return model.model_validate(data)
    except ValidationError as error:
        problems = "; ".join(
            f"{'.'.join(str(part) for part in problem['loc'])}: {problem['msg']}"
            for problem in error.errors()
        )
        raise RulePackError(f"{path}: {problems}") from None


@functools.cache
def load_rule_pack(root: Path | None = None) -> RulePack:
    """Load and validate every rule, lexicon and profile under ``root`` (cached)."""
    root = root or default_rules_dir()
    rules: dict[str, Rule] = {}
    lexicons: dict[str, Lexicon] = {}
    profiles: dict[str, ProfileSpec] = {}
    for path in sorted(root.glob("*/lexicons/*.toml")):
        lexicons[f"{path.parent.parent.name}/{path.stem}"] = _validate(
            Lexicon, _read_toml(path), path
        )
    for path in sorted(root.glob("profiles/*.toml")):
        profile = _validate(ProfileSpec, _read_toml(path), path)
        if profile.name != path.stem:
            raise RulePackError(f"{path}: name {profile.name!r} differs from the file name")
        profiles[profile.name] = profile
    for path in sorted(root.glob("*/*.toml")):
        if path.parent.name == "profiles":
            continue
        data = _read_toml(path)
        data["source"] = str(path.relative_to(root.parent))
        rule = _validate(Rule, data, path)
        expected_id = f"{path.parent.name}.{path.stem}"
        if rule.id != expected_id:
            raise RulePackError(f"{path}: id {rule.id!r} should be {expected_id!r}")
        if "default" not in rule.guidance:
            raise RulePackError(f"{path}: guidance needs a [guidance.default] table")
        rules[rule.id] = rule
    return RulePack(rules=rules, lexicons=lexicons, profiles=profiles, root=root)
