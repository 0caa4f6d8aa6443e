"""The rule pack's data model: rules, their examples and guidance, lexicons, token-pattern
files and profiles. Plain frozen pydantic models, validated as they load."""

from __future__ import annotations

from typing import Any, Literal, NamedTuple, Self

from pydantic import BaseModel, ConfigDict, Field, model_validator

from postlint._models import Severity

__all__ = [
    "Example",
    "Examples",
    "Guidance",
    "Lexicon",
    "LexiconEntry",
    "PatternFile",
    "Policy",
    "PolicyWhen",
    "ProfileSpec",
    "Rule",
    "SeverityOrOff",
    "Situation",
]

SeverityOrOff = Literal["error", "warning", "info", "off"]


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Guidance(_Frozen):
    """A clause of a code of conduct and where to read it."""

    clause: str
    link: str


class Example(_Frozen):
    """A draft that shows the rule; ``config`` is merged over the examples' base config."""

    text: str
    config: dict[str, Any] = Field(default_factory=dict)
    note: str | None = None


class Examples(_Frozen):
    config: dict[str, Any] = Field(default_factory=dict)
    """Base config for every example of this rule (e.g. an author, a remit)."""
    bad: list[Example] = Field(min_length=1)
    good: list[Example] = Field(min_length=1)


class Rule(_Frozen):
    """One rule, whether its logic is patterns (data), code or a trained model."""

    id: str = Field(pattern=r"^[a-z]+\.[a-z0-9]+(-[a-z0-9]+)*$")
    severity: Severity
    check: str
    """The checker kind that implements the rule (see ``postlint._rules.registry``)."""
    summary: str
    """What it flags, in one sentence."""
    why: str
    """Why it matters (shown on hover and by ``postlint explain``)."""
    message: str
    """Message template; ``{evidence}`` and checker-specific fields are filled in."""
    instead: str = ""
    """What to write instead."""
    guidance: dict[str, Guidance]
    """Per profile, plus ``default``: the clause the rule rests on."""
    params: dict[str, Any] = Field(default_factory=dict)
    examples: Examples
    source: str = ""
    """The file the rule was loaded from (filled in by the loader)."""

    @property
    def family(self) -> str:
        return self.id.split(".", 1)[0]

    @property
    def name(self) -> str:
        return self.id.split(".", 1)[1]

    def guidance_for(self, profile: str) -> Guidance:
        return self.guidance.get(profile) or self.guidance["default"]


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


class PatternFile(_Frozen):
    """``rules/<family>/patterns/*.toml``: token patterns only one family runs, after the
    pipeline (so LEMMA may be used), matched by that family's rules alone."""

    description: str
    updated: str | None = None
    entry: list[LexiconEntry]


class PolicyWhen(_Frozen):
    """The author's situation a policy row is about; an unset field matches any."""

    level: list[str] = Field(default_factory=list)
    """Restriction levels (``author.restriction``) the row is about; empty: every level."""
    on_duty: bool | None = None
    """On duty (or in the workplace), off duty, or either."""
    account: Literal["personal", "official"] | None = None
    permission: list[Literal["none", "local", "national", "both"]] = Field(default_factory=list)
    """Permissions for political activity (``author.permission``) the row is about; empty:
    any."""
    after_election_day: bool | None = None
    """After the election day of a configured period (``election_periods[].election_day``)."""


class Policy(_Frozen):
    """One row of a profile's policy: in a situation, these rules run at these severities
    (``off`` to allow), and a finding cites this clause."""

    situation: str
    """The situation in words, for ``postlint explain`` and docs ("Less restricted, off
    duty, personal account")."""
    when: PolicyWhen
    severity: dict[str, SeverityOrOff] = Field(default_factory=dict)
    clause: str
    link: str

    def applies(self, situation: Situation) -> bool:
        when = self.when
        level = situation.level
        return (
            (not when.level or (level is not None and level in when.level))
            and (when.on_duty is None or when.on_duty == situation.on_duty)
            and (when.account is None or when.account == situation.account)
            and (not when.permission or situation.permission in when.permission)
            and (
                when.after_election_day is None
                or when.after_election_day == situation.after_election_day
            )
        )


class Situation(NamedTuple):
    """The facts about an author and a draft that a profile's policy turns on."""

    level: str | None
    on_duty: bool
    account: str
    after_election_day: bool
    permission: str = "none"


class ProfileSpec(_Frozen):
    name: str
    title: str
    description: str
    select: list[str]
    """Rule ids or family prefixes this profile runs."""
    ignore: list[str] = Field(default_factory=list)
    severity: dict[str, SeverityOrOff] = Field(default_factory=dict)
    levels: list[str] = Field(default_factory=list)
    """The restriction levels of the authors this profile is for (``author.restriction``).
    An author who sets none gets the profile's strict norm: no level's allowances (postlint
    does not guess that someone may do more than the strictest reading allows)."""
    policy: list[Policy] = Field(default_factory=list)
    """Rows applied in order over ``severity`` (a later row wins for a rule): the author's
    situation decides which rules run, at what severity, citing which clause."""

    @model_validator(mode="after")
    def _levels_known(self) -> Self:
        for row in self.policy:
            unknown = [level for level in row.when.level if level not in self.levels]
            if unknown:
                raise ValueError(
                    f"policy {row.situation!r}: unknown level {unknown[0]!r}"
                    f" (the profile's levels: {', '.join(self.levels) or 'none'})"
                )
        return self

    def policies_for(self, situation: Situation) -> list[Policy]:
        """The rows for ``situation`` (a level of ``None``: rows about no level only)."""
        return [row for row in self.policy if row.applies(situation)]
