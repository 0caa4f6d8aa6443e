"""The rule pack's data model: rules, their examples and guidance, lexicons, token-pattern
files and profiles. Plain frozen pydantic models, validated as they load."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from postlint._models import Severity

__all__ = [
    "Example",
    "Examples",
    "Guidance",
    "Lexicon",
    "LexiconEntry",
    "PatternFile",
    "ProfileSpec",
    "Rule",
    "SeverityOrOff",
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


class ProfileSpec(_Frozen):
    name: str
    title: str
    description: str
    select: list[str]
    """Rule ids or family prefixes this profile runs."""
    ignore: list[str] = Field(default_factory=list)
    severity: dict[str, SeverityOrOff] = Field(default_factory=dict)
