"""The rule catalog: every rule and profile a config can use, and which of them it runs.

The built-in rule pack merged with the config's own packs (``rules.packs``), without any NLP
pipeline, so that ``postlint rules``, ``postlint explain``, SARIF rule descriptors and the
language server's hovers read the same rules the Linter runs, user packs included.
"""

from __future__ import annotations

import difflib
from collections.abc import Mapping
from dataclasses import dataclass

from postlint._config import Config
from postlint._engine.memo import Memo
from postlint._errors import ConfigError
from postlint._models import Severity
from postlint._pack import (
    ALL,
    Policy,
    ProfileSpec,
    Rule,
    RulePack,
    SeverityOrOff,
    Situation,
    matches_any,
    most_specific,
    unknown_name,
)
from postlint._pack import rule_pack_for as _rule_pack_for

__all__ = ["ActiveRule", "RuleCatalog", "catalog"]


@dataclass(frozen=True, slots=True)
class ActiveRule:
    """A rule a config runs, at the severity it runs at."""

    rule: Rule
    severity: Severity
    policy: Policy | None = None
    """The profile's policy row that set this rule's severity for the author's situation:
    its clause is the one a finding cites."""


class RuleCatalog:
    """The rules and profiles of one merged rule pack."""

    def __init__(self, pack: RulePack) -> None:
        self.pack = pack

    @property
    def rules(self) -> Mapping[str, Rule]:
        """Every rule, by id, built-in and from the config's packs."""
        return self.pack.rules

    @property
    def profiles(self) -> Mapping[str, ProfileSpec]:
        return self.pack.profiles

    @property
    def families(self) -> list[str]:
        return sorted({rule.family for rule in self.pack.rules.values()})

    def profile(self, name: str) -> ProfileSpec:
        """The profile called ``name``; a ConfigError naming the known ones otherwise."""
        found = self.pack.profiles.get(name)
        if found is None:
            raise ConfigError(f"profile: {unknown_name('profile', name, self.pack.profiles)}")
        return found

    def severity_in(self, profile: ProfileSpec, rule: Rule) -> SeverityOrOff | None:
        """The rule's severity under ``profile``, ``off`` if switched off there, ``None`` if
        the profile does not select it."""
        if not matches_any(rule.id, profile.select) or matches_any(rule.id, profile.ignore):
            return None
        return most_specific(rule.id, profile.severity) or rule.severity

    def profiles_running(self, rule: Rule) -> list[tuple[str, Severity]]:
        """``(profile, severity)`` for every profile that runs ``rule``."""
        running: list[tuple[str, Severity]] = []
        for name, profile in sorted(self.pack.profiles.items()):
            severity = self.severity_in(profile, rule)
            if severity is not None and severity != "off":
                running.append((name, severity))
        return running

    def runnable(self, config: Config) -> list[ActiveRule]:
        """The rules ``config`` runs in some situation of its author: ``active`` without the
        profile's policy rows (a draft's front matter may put its author on duty, say), so a
        Linter has a checker ready for every rule a draft may turn on."""
        return self.active(config, policies=False)

    def active(self, config: Config, *, policies: bool = True) -> list[ActiveRule]:
        """The rules ``config`` runs, in id order, with their effective severities.

        A rule runs when the profile selects it, ``rules.select`` (if given) selects it, and
        neither the profile nor ``rules.ignore`` ignores it. Severity: the config's override,
        else the profile's, else the rule's own; ``off`` turns the rule off. The most
        specific selector (an id over a family over ``all``) wins.
        """
        profile = self.profile(config.profile)
        self.check_selectors(config)
        rows = self.policies(profile, config) if policies else []
        chosen: list[ActiveRule] = []
        for rule_id, rule in sorted(self.pack.rules.items()):
            in_profile = self.severity_in(profile, rule)
            if in_profile is None:
                continue
            if config.rules.select and not matches_any(rule_id, config.rules.select):
                continue
            if matches_any(rule_id, config.rules.ignore):
                continue
            policy = next(
                (row for row in reversed(rows) if most_specific(rule_id, row.severity)), None
            )
            if policy is not None:
                in_profile = most_specific(rule_id, policy.severity) or in_profile
            severity = most_specific(rule_id, config.rules.severity) or in_profile
            if severity != "off":
                chosen.append(ActiveRule(rule, severity, policy))
        return chosen

    def policies(self, profile: ProfileSpec, config: Config) -> list[Policy]:
        """The profile's policy rows for the author's situation (a ConfigError for a
        restriction level the profile does not know)."""
        restriction = config.author.restriction
        if restriction is not None and restriction not in profile.levels:
            known = ", ".join(profile.levels) or "none: it has one norm for every author"
            raise ConfigError(
                f"author.restriction: {restriction!r} is not a level of profile"
                f" {profile.name!r} (its levels: {known})"
            )
        situation = Situation(
            restriction,
            config.author.on_duty,
            config.account.kind,
            config.after_election_day,
            config.author.permission,
        )
        return profile.policies_for(situation)

    def check_selectors(self, config: Config) -> None:
        """Every id or family ``rules.select``, ``ignore`` and ``severity`` name must exist:
        a typo would otherwise switch rules off (or on) without a word."""
        known = {*self.pack.rules, *self.families}
        for key, selectors in (
            ("rules.select", config.rules.select),
            ("rules.ignore", config.rules.ignore),
            ("rules.severity", list(config.rules.severity)),
        ):
            for selector in selectors:
                name = selector.strip()
                if name.lower() == ALL or name in known:
                    continue
                close = self.suggest(name)
                hint = f"; did you mean {close[0]!r}?" if close else "; `postlint rules` lists them"
                raise ConfigError(f"{key}: unknown rule or family {name!r}{hint}")

    def find(self, query: str) -> list[Rule]:
        """The rule named ``query``, or every rule of the family ``query``."""
        if query in self.pack.rules:
            return [self.pack.rules[query]]
        return [rule for _, rule in sorted(self.pack.rules.items()) if rule.family == query]

    def suggest(self, query: str) -> list[str]:
        """Ids and families close to ``query`` (for "did you mean")."""
        return difflib.get_close_matches(query, [*self.pack.rules, *self.families], n=3, cutoff=0.6)


_catalogs: Memo[tuple[str, ...], RuleCatalog] = Memo(max_size=16)


def _known_kinds() -> frozenset[str]:
    from postlint._rules.registry import CHECKER_MODULES

    return frozenset(CHECKER_MODULES)


def catalog(config: Config | None = None) -> RuleCatalog:
    """The catalog for ``config``'s rule packs (the built-in pack when it has none)."""
    packs = tuple((config or Config()).rules.packs)

    def build() -> RuleCatalog:
        if packs:  # a user pack's token patterns are checked against spaCy's schema
            from postlint._engine.spacy_import import import_spacy

            import_spacy()
        return RuleCatalog(_rule_pack_for(packs, _known_kinds()))

    return _catalogs.get(packs, build)
