"""The JSON API's requests and responses, as pydantic models: they validate what arrives
and their JSON schema is the API's documentation (``GET /api/schema``, ``docs/web.md``).

Offsets come twice: ``start``/``end`` in code points (postlint's, Python's) and
``start_utf16``/``end_utf16`` in UTF-16 code units (JavaScript's, CodeMirror's).
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from postlint import Markup, Severity

__all__ = [
    "API_VERSION",
    "CheckRequest",
    "CheckResponse",
    "ConfigFileRequest",
    "ConfigFileResponse",
    "ConfigRequest",
    "ErrorResponse",
    "FailOn",
    "FindingOut",
    "FixOut",
    "LengthOut",
    "SuppressedOut",
]

API_VERSION = 1
"""Bumped when a field changes meaning or goes away; new fields do not bump it."""

FailOn = Literal["error", "warning", "info", "never"]


class _Request(BaseModel):
    model_config = ConfigDict(extra="forbid", use_attribute_docstrings=True)


class _Response(BaseModel):
    model_config = ConfigDict(frozen=True, use_attribute_docstrings=True)


class CheckRequest(_Request):
    """``POST /api/check``: one draft, and the context to check it in."""

    text: str
    """The draft, as the author wrote it."""
    markup: Markup = "plain"
    """How the draft is written: ``plain``, ``markdown`` or ``html``."""
    config: dict[str, Any] = Field(default_factory=dict)
    """The keys of a ``.postlint.toml`` (``profile``, ``author``, ``account``, ``platform``,
    ``election_periods``, ``rules``, …), merged over the server's own config. ``nlp``,
    ``limits`` and ``rules.packs`` are the server's to choose and are refused here."""
    context: dict[str, Any] | None = None
    """What is particular to this draft (``platform``, ``date``, ``account``), as a draft's
    front matter would say it."""
    fail_on: FailOn = "warning"
    """Findings at least this severe block posting (as ``postlint check --fail-on``)."""


class FixOut(_Response):
    """An edit that resolves a finding: replace ``text[start:end]`` with ``replacement``."""

    kind: Literal["rewrite", "disclosure", "suppress"]
    """``rewrite`` from the rule, ``disclosure`` adds a line built from the author,
    ``suppress`` adds a suppression comment and needs a reason."""
    title: str
    start: int
    end: int
    start_utf16: int
    end_utf16: int
    replacement: str
    """For ``suppress``, ``{reason}`` in it stands for the reason the author must give."""


class FindingOut(_Response):
    """One finding, with what a reader needs to understand and fix it."""

    rule: str
    severity: Severity
    blocking: bool
    """At least as severe as the request's ``fail_on``."""
    message: str
    start: int
    end: int
    start_utf16: int
    end_utf16: int
    line: int
    column: int
    end_line: int
    end_column: int
    evidence: str
    confidence: float
    summary: str
    """What the rule flags, in one sentence."""
    why: str
    """Why it matters."""
    instead: str
    """What to write instead."""
    guidance: str
    """The clause of the profile's code of conduct the finding rests on."""
    link: str
    fixes: list[FixOut]


class SuppressedOut(_Response):
    """A finding the draft silenced with a ``postlint-disable`` comment, and the reason."""

    rule: str
    message: str
    line: int
    reason: str


class LengthOut(_Response):
    """The draft's length as the platform counts it (links, emoji weights, graphemes)."""

    platform: str
    length: int
    limit: int | None
    over: bool


class CheckResponse(_Response):
    """The findings in reading order, and whether the draft is ready to post."""

    api_version: int = API_VERSION
    postlint_version: str
    profile: str
    pipeline: str
    ready: bool
    """No finding blocks posting."""
    summary: str
    """"Ready to post", or how many findings block it."""
    findings: list[FindingOut]
    suppressed: list[SuppressedOut]
    length: LengthOut | None
    """``None`` when no platform is set."""


class ConfigRequest(_Request):
    """``POST /api/config/toml``: a config to write as a ``.postlint.toml``."""

    config: dict[str, Any]


class ConfigFileRequest(_Request):
    """``POST /api/config/parse``: the text of a ``.postlint.toml`` (or a pyproject.toml)."""

    toml: str


class ConfigFileResponse(_Response):
    """A config file's settings as JSON, and what in it the page cannot use."""

    config: dict[str, Any] = Field(default_factory=dict)
    toml: str = ""
    warnings: list[str] = Field(default_factory=list)


class ErrorResponse(_Response):
    """Every 4xx and 5xx answer: one line, never a traceback."""

    error: str
