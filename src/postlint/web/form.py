"""The context form, described from ``Config``'s JSON schema so that new settings appear on
the page without changing it.

Every field of the sections a writer fills in (the author, the account, the post's profile,
platform and date, election periods, and any top-level setting added later) becomes a form
field whose widget follows its schema type: a choice for an enum, a check box for a boolean,
lines for a list of strings, a repeated group for a list of objects. The fields the page
knows get plain-language labels and help; a new one gets its name and its docstring.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from postlint import Config, RuleCatalog

__all__ = ["FormDescription", "FormField", "FormSection", "describe_form"]

Widget = Literal[
    "text", "textarea", "lines", "posts", "choice", "checkbox", "date", "number", "group"
]


class Option(BaseModel):
    model_config = ConfigDict(frozen=True)
    value: str
    label: str
    help: str = ""


class FormField(BaseModel):
    model_config = ConfigDict(frozen=True)
    path: str
    """Dotted key in the config (``author.role``); inside a group, the key in one item."""
    label: str
    widget: Widget
    help: str = ""
    options: list[Option] = Field(default_factory=list)
    nullable: bool = False
    """An empty value leaves the key out (the config's default applies)."""
    default: Any = None
    """The schema's default, shown when the writer has set nothing."""
    items: list[FormField] = Field(default_factory=list)
    """For a ``group``: the fields of one item."""


class FormSection(BaseModel):
    model_config = ConfigDict(frozen=True)
    id: str
    title: str
    fields: list[FormField]


class FormDescription(BaseModel):
    model_config = ConfigDict(frozen=True)
    sections: list[FormSection]
    defaults: dict[str, Any]
    """The server's own config (``postlint serve --config``): a fresh page starts from it."""


_EXCLUDED = frozenset({"rules", "nlp", "limits", "offtopic", "account.remit_examples_file"})
"""Advanced or server-side settings (see ``checking.SERVER_ONLY_KEYS``), and a path the page
cannot read: the page takes pasted posts instead."""

_SECTION_TITLES: Mapping[str, str] = {
    "post": "The post",
    "author": "You",
    "account": "The account",
    "election_periods": "Election periods",
}

_LABELS: Mapping[str, tuple[str, str]] = {
    "profile": ("Code of conduct", "Which rules apply to you."),
    "platform": ("Platform", "Where the post goes: sets the character counter and limit."),
    "date": ("Date of posting", "Leave empty for today; compared with election periods."),
    "author.name": ("Your name", ""),
    "author.role": ("Your role", "As you would say it: “policy adviser”, “press officer”."),
    "author.organisation": (
        "Organisation",
        "Where you work, as you would write it: “Department for Transport”.",
    ),
    "author.disclosed_in_bio": (
        "My bio already says who I am and where I work",
        "Then posts about your work need no disclosure line.",
    ),
    "author.bio": ("Your bio", "Or paste the bio itself and let postlint judge it."),
    "author.connections": (
        "Brands you are paid by",
        "Besides your employer: clients, sponsors, a family business. One per line.",
    ),
    "author.partisan_picture": (
        "My profile picture shows a party or candidate",
        "Then nothing may be posted on duty (US Hatch Act guidance).",
    ),
    "author.permission": (
        "Permission for political activity",
        "What your employer has allowed (UK civil servants in the intermediate and restricted "
        "groups): local (council level), national, or both.",
    ),
    "sharing.source": (
        "Whose post you share",
        "A party's, a candidate's or a partisan campaign's post passes on their message.",
    ),
    "account.kind": ("Account", "Whose account the post goes out on."),
    "account.remit": (
        "Remit: what the account is for",
        "One topic per line, e.g. “rail services and timetables”.",
    ),
    "account.remit_examples": (
        "Past posts on remit",
        "Posts the account has made, separated by a blank line; or paste an archive "
        "(JSON Lines with a “text” field, one post a line).",
    ),
    "election_periods": (
        "Election periods",
        "Pre-election (purdah) periods in which announcements are restricted.",
    ),
    "election_periods.name": ("Name", ""),
    "election_periods.start": ("First day", ""),
    "election_periods.end": ("Polling day", ""),
}

_OPTION_LABELS: Mapping[str, Mapping[str, str]] = {
    "account.kind": {"personal": "My personal account", "official": "The organisation's account"},
    "author.permission": {
        "none": "No permission",
        "local": "Local political activity",
        "national": "National political activity",
        "both": "Local and national",
    },
    "sharing.source": {
        "party": "A party",
        "candidate": "A candidate or politician",
        "campaign": "A partisan campaign group",
        "official": "A public body",
        "other": "Anyone else",
    },
    "platform": {
        "x": "X (280, links count 23)",
        "bluesky": "Bluesky (300)",
        "mastodon": "Mastodon (500)",
        "linkedin": "LinkedIn (3,000)",
        "threads": "Threads (500)",
        "blog": "A blog (no limit)",
    },
}

_WIDGETS_BY_PATH: Mapping[str, Widget] = {
    "account.remit_examples": "posts",
    "author.bio": "textarea",
}


def describe_form(
    catalog: RuleCatalog, defaults: Mapping[str, Any], schema: Mapping[str, Any] | None = None
) -> FormDescription:
    """The form for ``schema`` (``Config``'s by default), profiles from ``catalog``."""
    schema = schema if schema is not None else Config.model_json_schema()
    definitions = schema.get("$defs", {})
    post_fields: list[FormField] = []
    sections: dict[str, list[FormField]] = {}
    for key, prop in schema.get("properties", {}).items():
        if key in _EXCLUDED:
            continue
        resolved = _resolve(prop, definitions)
        if resolved.get("type") == "object" and "properties" in resolved:
            fields = [
                _field(f"{key}.{name}", sub, definitions, catalog)
                for name, sub in resolved["properties"].items()
                if f"{key}.{name}" not in _EXCLUDED
            ]
            sections[key] = [f for f in fields if f is not None]
        elif (found := _field(key, prop, definitions, catalog)) is not None:
            if found.widget == "group":
                sections[key] = [found]
            else:
                post_fields.append(found)
    # Top-level settings (profile, platform, date) lead "The post", with the fields of a
    # ``post`` section if Config grows one.
    sections["post"] = post_fields + sections.get("post", [])
    known = [s for s in _SECTION_TITLES if s in sections]
    ordered = known + [s for s in sections if s not in _SECTION_TITLES]
    return FormDescription(
        sections=[
            FormSection(id=s, title=_SECTION_TITLES.get(s, _humane(s)), fields=sections[s])
            for s in ordered
            if sections[s]
        ],
        defaults=dict(defaults),
    )


def _resolve(prop: Mapping[str, Any], definitions: Mapping[str, Any]) -> dict[str, Any]:
    """``prop`` with a ``$ref`` followed (pydantic puts nested models in ``$defs``)."""
    ref = prop.get("$ref")
    if isinstance(ref, str):
        target = definitions.get(ref.rsplit("/", 1)[-1], {})
        return {**target, **{k: v for k, v in prop.items() if k != "$ref"}}
    return dict(prop)


def _field(
    path: str, prop: Mapping[str, Any], definitions: Mapping[str, Any], catalog: RuleCatalog
) -> FormField | None:
    prop = _resolve(prop, definitions)
    variants = [_resolve(v, definitions) for v in prop.get("anyOf", [prop])]
    nullable = any(v.get("type") == "null" for v in variants)
    main = next((v for v in variants if v.get("type") != "null"), {})
    label, help_text = _LABELS.get(path, (_humane(path.rsplit(".", 1)[-1]), ""))
    help_text = help_text or _plain(str(prop.get("description") or main.get("description") or ""))
    common: dict[str, Any] = {
        "path": path,
        "label": label,
        "help": help_text,
        "nullable": nullable,
        "default": prop.get("default"),
    }
    kind = main.get("type")
    if path == "profile":
        options = [
            Option(value=name, label=spec.title, help=spec.description)
            for name, spec in sorted(catalog.profiles.items())
        ]
        return FormField(widget="choice", options=options, **common)
    if "enum" in main:
        labels = _OPTION_LABELS.get(path, {})
        options = [Option(value=str(v), label=labels.get(str(v), str(v))) for v in main["enum"]]
        return FormField(widget="choice", options=options, **common)
    if kind == "boolean":
        return FormField(widget="checkbox", **common)
    if kind in {"integer", "number"}:
        return FormField(widget="number", **common)
    if kind == "string":
        widget: Widget = "date" if main.get("format") == "date" else "text"
        return FormField(widget=_WIDGETS_BY_PATH.get(path, widget), **common)
    if kind == "array":
        item = _resolve(main.get("items", {}), definitions)
        if item.get("type") == "string":
            return FormField(widget=_WIDGETS_BY_PATH.get(path, "lines"), **common)
        if item.get("type") == "object":
            inner = [
                _field(f"{path}.{name}", sub, definitions, catalog)
                for name, sub in item.get("properties", {}).items()
            ]
            items = [f.model_copy(update={"path": f.path.rsplit(".", 1)[-1]}) for f in inner if f]
            return FormField(widget="group", items=items, **common)
    return None  # a mapping or another shape the form cannot edit: left to the config file


def _humane(name: str) -> str:
    words = name.replace("_", " ").strip()
    return words[:1].upper() + words[1:]


def _plain(docstring: str) -> str:
    """A docstring as help text: one paragraph, reStructuredText's literals unmarked."""
    return re.sub(r"``([^`]*)``", r"\1", " ".join(docstring.split()))
