"""Configuration: a pydantic model, its loading from files, and discovery.

A config comes from a dict (``Config.model_validate``), a ``.postlint.toml`` file, or the
``[tool.postlint]`` table of a ``pyproject.toml`` (``Config.from_file``). Unknown keys and
wrong types are rejected with a :class:`ConfigError` naming the file and the key.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Literal, Self

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from postlint._errors import ConfigError
from postlint._pack.model import SeverityOrOff

__all__ = [
    "CONFIG_FILE_NAME",
    "AccountConfig",
    "AuthorConfig",
    "Config",
    "ElectionPeriod",
    "LimitsConfig",
    "NlpConfig",
    "OfftopicConfig",
    "RulesConfig",
    "discover_config_file",
    "format_validation_error",
]

CONFIG_FILE_NAME = ".postlint.toml"
_PACKAGE_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")

Platform = Literal["x", "bluesky", "mastodon", "linkedin", "threads", "blog"]


class _Section(BaseModel):
    # Attribute docstrings become the JSON schema's descriptions, which the web page's
    # context form shows as help (``Config.model_json_schema()``).
    model_config = ConfigDict(frozen=True, extra="forbid", use_attribute_docstrings=True)


class AuthorConfig(_Section):
    """Who writes the post. Used to recognise self-disclosure and to build the disclosure fix."""

    name: str | None = None
    role: str | None = None
    organisation: str | None = None
    disclosed_in_bio: bool = False
    """The account's bio already says who the author is and where they work."""
    bio: str | None = None
    """The account's bio text; when it discloses the position, it counts as ``disclosed_in_bio``."""
    restriction: str | None = None
    """How restricted the author is, in the profile's terms (``postlint explain`` lists a
    profile's levels): ``us-federal``: ``less-restricted`` | ``further-restricted``;
    ``uk-civil-service``: ``politically-free`` | ``intermediate`` | ``restricted``;
    ``journalist``: ``news`` | ``non-news``; ``corporate``: ``employee`` | ``spokesperson``.
    Unset: the profile's strict norm, none of a level's allowances."""
    on_duty: bool = False
    """The post is written on duty, in the workplace, in uniform or in a government vehicle
    (the Hatch Act treats them alike; a draft's front matter may say so)."""
    partisan_picture: bool = False
    """The account's profile picture shows a party or candidate (a logo, a campaign photo):
    every post displays it, so a post on duty is political activity whatever it says (OSC
    Hatch Act guidance)."""
    permission: Literal["none", "local", "national", "both"] = "none"
    """Permission the employer gave for political activity: ``local`` (council level),
    ``national`` or ``both`` (UK Civil Service Management Code 4.4: the intermediate group
    needs it for any political activity, the politically restricted group for local
    activity). A profile's policy may turn on it."""
    connections: tuple[str, ...] = ()
    """Brands the author has a material connection with besides the employer: an agency's
    clients, a sponsor, a family business ("Acme Kettles"). Promoting one needs a
    disclosure as the employer does (FTC Endorsement Guides, 16 CFR 255.5)."""

    def organisation_named(self) -> str | None:
        """The organisation as a sentence names it ("the Department for Transport", "Acme")."""
        organisation = (self.organisation or "").strip()
        return _with_article(organisation) if organisation else None

    def disclosure_line(self, *, promotional: bool = False) -> str | None:
        """A disclosure sentence from ``role`` and ``organisation``, e.g. "I work at the
        Department for Transport as a policy adviser; views my own." (None without an
        organisation: postlint will not guess where someone works)."""
        organisation = (self.organisation or "").strip()
        role = (self.role or "").strip()
        if not organisation:
            return None
        line = f"I work at {_with_article(organisation)}"
        if role:
            article = "an" if role[:1].lower() in "aeiou" else "a"
            line += f" as {article} {role}"
        return line + (". #ad" if promotional else "; views my own.")


def _with_article(organisation: str) -> str:
    """The name as it reads after "I work at": "the Department for Transport", "Acme"."""
    lower = organisation.lower()
    needs_article = lower.split(" ", 1)[0] in {"department", "ministry", "office", "cabinet"}
    if (needs_article or " of " in lower or " for " in lower) and not lower.startswith("the "):
        return f"the {organisation}"
    return organisation


class AccountConfig(_Section):
    """The account the post goes out on."""

    kind: Literal["personal", "official"] = "personal"
    remit: list[str] = Field(default_factory=list)
    """Topic descriptions the account exists for (e.g. "rail services and timetables")."""
    remit_examples: list[str] = Field(default_factory=list)
    """Past on-topic posts of the account."""
    remit_examples_file: str | None = None
    """A file of past posts (blank-line separated, or JSON Lines with a ``text`` field).
    ``Config.from_file`` resolves it against the config file's folder and appends its posts
    to ``remit_examples``; the core itself never reads files."""


class ElectionPeriod(_Section):
    """A pre-election (purdah) window in which announcements are restricted."""

    name: str
    start: dt.date
    end: dt.date
    election_day: dt.date | None = None
    """Polling day, where the period runs past it (a US general election) or the profile's
    policy changes after it (Hatch Act: congratulating the winner is no political activity
    once the votes are cast)."""
    controversial: list[str] = Field(default_factory=list)
    """Local matters that are politically controversial in this period ("the Brookside
    development", "the Elm Road LTN"), on top of the built-in ones (planning disputes,
    traffic schemes, school closures…); matched as phrases, in any case."""

    @model_validator(mode="after")
    def _start_before_end(self) -> Self:
        if self.end < self.start:
            raise ValueError(f"end {self.end} is before start {self.start}")
        return self


class SharingConfig(_Section):
    """What a draft shares: a repost or quote of someone else's post is the author's act, and
    is judged on the shared text as well as the author's own words (a draft's front matter
    sets it: ``sharing: {kind: repost, text: "…"}``)."""

    kind: Literal["post", "repost", "quote", "like", "reply"] = "post"
    """``repost``, ``quote`` and ``like`` make the shared text the author's act (a like is
    public, and liking a donation ask solicits, as the Hatch Act reads it); a ``reply`` only
    answers it (its text is context, not checked)."""
    text: str = ""
    """The text of the post shared, quoted, liked or replied to."""
    source: Literal["party", "candidate", "campaign", "official", "other"] | None = None
    """Whose post it is: a party's, a candidate's or a partisan campaign group's makes
    sharing it passing on their message (``politics.partisan-share``), whatever it says."""


class RulesConfig(_Section):
    """Which rules run and at what severity. Ids or family prefixes (``politics``)."""

    select: list[str] = Field(default_factory=list)
    """When non-empty, only these rules or families run (on top of the profile's choice)."""
    ignore: list[str] = Field(default_factory=list)
    severity: dict[str, SeverityOrOff] = Field(default_factory=dict)
    packs: list[str] = Field(default_factory=list)
    """Folders of the user's own rule packs (data only, laid out like ``rules/``), merged over
    the built-in pack; relative to the config file when read from one."""


class NlpConfig(_Section):
    """The spaCy pipeline to use."""

    model: str | None = None
    """An installed trained pipeline (e.g. ``en_core_web_sm``); ``None`` for the blank path."""

    @field_validator("model")
    @classmethod
    def _blank_means_none(cls, value: str | None) -> str | None:
        if value is None or value.strip().lower() in {"", "none", "blank"}:
            return None
        # A package name only: spaCy would also load a pipeline folder from a path, and a
        # config file may come with an untrusted repository (see SECURITY.md).
        if not _PACKAGE_NAME.fullmatch(value.strip()):
            raise ValueError("must be the name of an installed spaCy pipeline, not a path")
        return value.strip()


class OfftopicConfig(_Section):
    """Thresholds of the ``offtopic`` rules; ``None`` keeps the rule's calibrated default.

    Similarities are calibrated by how close the remit's own past posts are to one another;
    0 shares no weighted word with the remit. ``postlint`` messages show the value."""

    drift_threshold: float | None = Field(default=None, ge=0.0)
    """``offtopic.drift`` fires below this similarity of the whole draft."""
    sentence_threshold: float | None = Field(default=None, ge=0.0)
    """``offtopic.sentence`` fires on a sentence below this similarity."""
    min_words: int | None = Field(default=None, ge=1)
    """Drafts with fewer content words than this are too short to judge."""
    scorer: Literal["cascade", "lexical", "hybrid"] = "cascade"
    """How ``offtopic.drift`` scores a draft: ``cascade`` (the default: a draft whose words
    are far from the remit's is flagged only when MiniLM sentence embeddings find its meaning
    far too; a tenth of the false alarms of words alone), ``lexical`` (weighted shared words
    alone: catches more drift, and flags about one post in five of an account's own) or
    ``hybrid`` (the mean of both scores). ``offtopic.sentence`` stays lexical."""


class LimitsConfig(_Section):
    max_bytes: int = Field(default=1_000_000, gt=0)
    """Largest draft (UTF-8 bytes) postlint accepts; larger drafts raise an InputError."""
    max_parsed_chars: int = Field(default=100_000, gt=0, le=1_000_000)
    """Longer drafts skip a trained pipeline's tagger, parser and NER and are analysed the
    blank path's way: those components need about 1 GB and tens of seconds per 100,000
    characters, and a draft this long is a document, not a post. At most spaCy's own
    ``max_length`` (1,000,000), which exists to protect that memory."""


class Config(_Section):
    """Everything postlint needs to know about the author, the account and the rules."""

    profile: str = Field(default="uk-civil-service", min_length=1)
    """A profile of the rule pack (``rules/profiles/``, or one a user pack defines); checked
    against the merged pack when a Linter or ``postlint.catalog`` is built."""
    author: AuthorConfig = Field(default_factory=AuthorConfig)
    account: AccountConfig = Field(default_factory=AccountConfig)
    date: dt.date = Field(default_factory=dt.date.today)
    """Date of posting; pre-election rules compare it with ``election_periods``."""
    election_periods: list[ElectionPeriod] = Field(default_factory=list)
    platform: Platform | None = None
    sharing: SharingConfig = Field(default_factory=SharingConfig)
    rules: RulesConfig = Field(default_factory=RulesConfig)
    nlp: NlpConfig = Field(default_factory=NlpConfig)
    limits: LimitsConfig = Field(default_factory=LimitsConfig)
    offtopic: OfftopicConfig = Field(default_factory=OfftopicConfig)
    exclude: list[str] = Field(default_factory=list)

    @property
    def after_election_day(self) -> bool:
        """Whether ``date`` falls after the election day of a configured period."""
        return any(
            period.election_day is not None and period.election_day < self.date
            for period in self.election_periods
        )

    """Drafts the command line does not check: gitignore-like patterns, relative to the config
    file's folder (``drafts/archive/``, ``*.tmp.md``); ``.postlintignore`` files say the same."""

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any], *, source: str = "config") -> Config:
        """Validate ``data``; errors become a ConfigError naming ``source`` and the key.

        A profile is also checked against the built-in rule pack here, with the other keys,
        unless the config brings rule packs of its own (those may define profiles: the
        Linter checks it then, against the merged pack)."""
        problems: list[str] = []
        try:
            config: Config | None = cls.model_validate(dict(data))
        except ValidationError as error:
            config = None
            problems.append(format_validation_error(error, source))
        profile_problem = _unknown_builtin_profile(data)
        if profile_problem:
            problems.insert(0, f"{source}: profile: {profile_problem}")
        if problems or config is None:
            raise ConfigError("\n".join(problems))
        return config

    @classmethod
    def from_file(cls, path: str | Path) -> Config:
        """Load a ``.postlint.toml`` file, or ``[tool.postlint]`` from a ``pyproject.toml``."""
        path = Path(path)
        try:
            raw = path.read_bytes()
        except OSError as error:
            raise ConfigError(f"{path}: cannot read config: {error.strerror or error}") from None
        try:
            data = tomllib.loads(raw.decode("utf-8"))
        except UnicodeDecodeError:
            raise ConfigError(f"{path}: config is not valid UTF-8") from None
        except tomllib.TOMLDecodeError as error:
            raise ConfigError(f"{path}: invalid TOML: {error}") from None
        if path.name == "pyproject.toml":
            tool = data.get("tool", {})
            data = tool.get("postlint", {}) if isinstance(tool, dict) else {}
            if not isinstance(data, dict):
                raise ConfigError(f"{path}: [tool.postlint] must be a table")
        _load_remit_examples_file(data, path)
        _resolve_packs(data, path.parent)
        return cls.from_mapping(data, source=str(path))

    def merged(self, overrides: Mapping[str, Any], *, source: str = "config") -> Config:
        """A copy with ``overrides`` deep-merged over this config (used for front matter, LSP)."""
        base = self.model_dump(mode="python", exclude_unset=False)
        return Config.from_mapping(_deep_merge(base, overrides), source=source)


def _unknown_builtin_profile(data: Mapping[str, Any]) -> str | None:
    """Why ``data``'s profile is not one of the built-in pack's, if it is not (only for
    configs without rule packs of their own)."""
    from postlint._pack import load_rule_pack, unknown_name

    profile = data.get("profile")
    rules = data.get("rules")
    if not isinstance(profile, str) or (isinstance(rules, Mapping) and rules.get("packs")):
        return None
    known = load_rule_pack().profiles
    return None if profile in known else unknown_name("profile", profile, known)


def _load_remit_examples_file(data: dict[str, Any], config_path: Path) -> None:
    """Resolve ``account.remit_examples_file`` against ``config_path`` and append its posts."""
    account = data.get("account")
    if not isinstance(account, dict) or not isinstance(account.get("remit_examples_file"), str):
        return
    posts_path = config_path.parent / account["remit_examples_file"]
    try:
        raw = posts_path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise ConfigError(
            f"{config_path}: account.remit_examples_file: cannot read {posts_path}: {error}"
        ) from None
    if posts_path.suffix == ".jsonl":
        posts = []
        for number, line in enumerate(raw.splitlines(), start=1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as error:
                raise ConfigError(f"{posts_path}:{number}: invalid JSON: {error}") from None
            if not isinstance(row, dict) or not isinstance(row.get("text"), str):
                raise ConfigError(f"{posts_path}:{number}: expected an object with a text field")
            posts.append(row["text"])
    else:
        posts = [block.strip() for block in re.split(r"\n\s*\n", raw) if block.strip()]
    existing = account.get("remit_examples", [])
    examples = list(existing) if isinstance(existing, list) else existing
    data["account"] = {
        **account,
        "remit_examples": [*examples, *posts] if isinstance(examples, list) else examples,
        "remit_examples_file": str(posts_path.resolve()),
    }


def _resolve_packs(data: dict[str, Any], folder: Path) -> None:
    """``rules.packs`` in a config file are relative to the file, not to the current folder."""
    rules = data.get("rules")
    if isinstance(rules, dict) and isinstance(rules.get("packs"), list):
        rules["packs"] = [
            str(folder / pack) if isinstance(pack, str) else pack for pack in rules["packs"]
        ]


def _deep_merge(base: Mapping[str, Any], overrides: Mapping[str, Any]) -> dict[str, Any]:
    merged = dict(base)
    for key, value in overrides.items():
        if isinstance(value, Mapping) and isinstance(merged.get(key), Mapping):
            merged[key] = _deep_merge(merged[key], value)
        else:
            merged[key] = value
    return merged


def format_validation_error(error: ValidationError, source: str) -> str:
    """One line per problem: ``source: key.path: message``."""
    lines = []
    for problem in error.errors():
        key = ".".join(str(part) for part in problem["loc"]) or "(top level)"
        message = problem["msg"]
        if problem["type"] == "extra_forbidden":
            message = "unknown key"
        lines.append(f"{source}: {key}: {message}")
    return "\n".join(lines)


def discover_config_file(start: str | Path) -> Path | None:
    """The nearest ``.postlint.toml``, or ``pyproject.toml`` with ``[tool.postlint]``,
    walking up from ``start`` (a file or a folder)."""
    here = Path(start).resolve()
    if not here.is_dir():
        here = here.parent
    for folder in (here, *here.parents):
        candidate = folder / CONFIG_FILE_NAME
        if candidate.is_file():
            return candidate
        pyproject = folder / "pyproject.toml"
        if pyproject.is_file() and _has_postlint_table(pyproject):
            return pyproject
    return None


def _has_postlint_table(pyproject: Path) -> bool:
    try:
        data = tomllib.loads(pyproject.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return False
    tool = data.get("tool")
    return isinstance(tool, dict) and "postlint" in tool
