"""Loading the rule pack: rules, lexicons and profiles from ``rules/``.

Layout of a pack folder::

    rules/<family>/<name>.toml         one rule each (the Rule model)
    rules/<family>/lexicons/*.toml     phrases and token patterns for the span rulers,
                                       and named word lists for code checkers
    rules/<family>/patterns/*.toml     token patterns that only that family's rules run
    rules/profiles/<profile>.toml      which rules a profile runs, at which severity
"""

from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from postlint._errors import RulePackError
from postlint._pack.model import Lexicon, LexiconEntry, PatternFile, ProfileSpec, Rule
from postlint._pack.safe_patterns import find_regexes, regex_problems

__all__ = [
    "RulePack",
    "default_rules_dir",
    "load_rule_pack",
    "load_user_pack",
    "rule_pack_for",
]


@dataclass(frozen=True, eq=False)  # hashed by identity: pipelines are cached per pack
class RulePack:
    rules: dict[str, Rule]
    lexicons: dict[str, Lexicon]
    """Keyed by ``<family>/<file stem>``."""
    profiles: dict[str, ProfileSpec]
    root: Path
    patterns: dict[str, PatternFile] = field(default_factory=dict)
    """Keyed by ``<family>/<file stem>``."""
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

    def pattern_entries(self, family: str) -> list[LexiconEntry]:
        """The entries of ``rules/<family>/patterns/*.toml``, files in name order."""
        return [
            entry
            for key in sorted(self.patterns)
            if key.partition("/")[0] == family
            for entry in self.patterns[key].entry
        ]


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


#: Largest file a rule pack may hold: packs are read whole, and a pack may be a user's.
MAX_PACK_FILE_BYTES = 5_000_000
#: Most rule and lexicon files a pack may hold.
MAX_PACK_FILES = 2_000


def _read_toml(path: Path) -> dict[str, Any]:
    # tomllib builds plain data (no tags, no code, no references): safe on untrusted files.
    try:
        if path.stat().st_size > MAX_PACK_FILE_BYTES:
            raise RulePackError(f"{path}: larger than {MAX_PACK_FILE_BYTES:,} bytes")
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
    patterns: dict[str, PatternFile] = {}
    if len(list(root.glob("*/**/*.toml"))) > MAX_PACK_FILES:
        raise RulePackError(f"{root}: more than {MAX_PACK_FILES:,} files in one rule pack")
    for path in sorted(root.glob("*/lexicons/*.toml")):
        data = _read_toml(path)
        _refuse_unsafe_regexes(path, data)
        lexicons[f"{path.parent.parent.name}/{path.stem}"] = _validate(Lexicon, data, path)
    for path in sorted(root.glob("*/patterns/*.toml")):
        data = _read_toml(path)
        _refuse_unsafe_regexes(path, data)
        patterns[f"{path.parent.parent.name}/{path.stem}"] = _validate(PatternFile, data, path)
    for path in sorted(root.glob("profiles/*.toml")):
        profile = _validate(ProfileSpec, _read_toml(path), path)
        if profile.name != path.stem:
            raise RulePackError(f"{path}: name {profile.name!r} differs from the file name")
        profiles[profile.name] = profile
    for path in sorted(root.glob("*/*.toml")):
        if path.parent.name == "profiles":
            continue
        data = _read_toml(path)
        _refuse_unsafe_regexes(path, {"params": data.get("params", {})})
        data["source"] = str(path.relative_to(root.parent))
        rule = _validate(Rule, data, path)
        expected_id = f"{path.parent.name}.{path.stem}"
        if rule.id != expected_id:
            raise RulePackError(f"{path}: id {rule.id!r} should be {expected_id!r}")
        if "default" not in rule.guidance:
            raise RulePackError(f"{path}: guidance needs a [guidance.default] table")
        rules[rule.id] = rule
    return RulePack(rules=rules, lexicons=lexicons, profiles=profiles, root=root, patterns=patterns)


def _refuse_unsafe_regexes(path: Path, data: dict[str, Any]) -> None:
    """Every ``REGEX`` predicate must be safe from catastrophic backtracking."""
    for where, pattern in find_regexes(data):
        problems = regex_problems(pattern)
        if problems:
            raise RulePackError(
                f"{path}: {where}: unsafe regular expression {pattern!r}: {'; '.join(problems)}"
            )


def load_user_pack(root: Path, known_kinds: frozenset[str]) -> RulePack:
    """A user's rule pack: the built-in layout and checks, and only the rule kinds in
    ``known_kinds`` (the registry's; a user pack is data, never code)."""
    if not root.is_dir():
        raise RulePackError(f"rules.packs: {root} is not a folder")
    pack = load_rule_pack(root.resolve())
    if not pack.rules and not pack.lexicons:
        raise RulePackError(f"rules.packs: {root} holds no rules and no lexicons")
    for rule in pack.rules.values():
        if rule.check not in known_kinds:
            raise RulePackError(
                f"{rule.source}: check: unknown kind {rule.check!r} "
                f"(known: {', '.join(sorted(known_kinds))})"
            )
        patterns = rule.params.get("patterns", [])
        _refuse_bad_token_patterns(rule.source, "params.patterns", patterns)
    for kind, files in (("lexicons", pack.lexicons), ("patterns", pack.patterns)):
        for key, file in files.items():
            family, _, stem = key.partition("/")
            for index, entry in enumerate(file.entry):
                source = f"{root}/{family}/{kind}/{stem}.toml"
                _refuse_bad_token_patterns(source, f"entry[{index}].patterns", entry.patterns)
    return pack


#: Largest ``{n}`` / ``{n,m}`` repeat in a token pattern: spaCy unrolls it into copies.
_MAX_TOKEN_REPEAT = 20


def _refuse_bad_token_patterns(source: str, field: str, patterns: object) -> None:
    """spaCy Matcher patterns checked against spaCy's own schema, repeats kept small."""
    from spacy.schemas import validate_token_pattern

    if not isinstance(patterns, list):
        raise RulePackError(f"{source}: {field}: must be a list of token patterns")
    for index, pattern in enumerate(patterns):
        errors = validate_token_pattern(pattern) if isinstance(pattern, list) else ["not a list"]
        if errors:
            raise RulePackError(f"{source}: {field}[{index}]: {errors[0]}")
        for token in pattern:
            counts = re.findall(r"\d+", str(token.get("OP", "")))
            if any(int(count) > _MAX_TOKEN_REPEAT for count in counts):
                raise RulePackError(
                    f"{source}: {field}[{index}]: OP {token['OP']!r} repeats more than "
                    f"{_MAX_TOKEN_REPEAT} times"
                )


@functools.cache
def rule_pack_for(packs: tuple[str, ...], known_kinds: frozenset[str]) -> RulePack:
    """The built-in pack with the user's ``packs`` merged over it, in order (cached).

    A user pack's rules, lexicons and profiles replace built-in ones of the same id, file or
    name; its new rule families run under every profile (they are the user's own rules), and
    ``rules.select`` / ``rules.ignore`` choose among them as among the built-in ones.
    """
    pack = load_rule_pack()
    for folder in packs:
        pack = _merged(pack, load_user_pack(Path(folder), known_kinds))
    return pack


def _merged(base: RulePack, user: RulePack) -> RulePack:
    families = sorted({rule.family for rule in user.rules.values()})
    profiles = {
        name: profile.model_copy(
            update={"select": [*profile.select, *(f for f in families if f not in profile.select)]}
        )
        for name, profile in base.profiles.items()
    }
    profiles.update(user.profiles)
    return RulePack(
        rules={**base.rules, **user.rules},
        lexicons={**base.lexicons, **user.lexicons},
        profiles=profiles,
        root=base.root,
        patterns={**base.patterns, **user.patterns},
    )
