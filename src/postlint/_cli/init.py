"""``postlint init``: a commented ``.postlint.toml`` from a few answers.

The text is built here and validated by loading it back through ``Config`` before it is
written, so ``init`` can never leave a config that the next ``postlint check`` rejects.
"""

from __future__ import annotations

import json
import tomllib
from dataclasses import dataclass

from postlint import Config

__all__ = ["InitAnswers", "config_text"]


@dataclass(frozen=True, slots=True)
class InitAnswers:
    profile: str
    organisation: str
    role: str
    remit: tuple[str, ...]
    account_kind: str = "personal"
    platform: str | None = None


def _string(value: str) -> str:
    """A TOML basic string (JSON's escapes are valid TOML escapes)."""
    return json.dumps(value, ensure_ascii=False)


def config_text(answers: InitAnswers) -> str:
    """The commented config for ``answers``; raises ConfigError if it would not load."""
    remit = ", ".join(_string(topic) for topic in answers.remit)
    platform = (
        f"platform = {_string(answers.platform)}"
        if answers.platform
        else '# platform = "x"   # x, bluesky, mastodon, linkedin, threads or blog: length limits'
    )
    text = f"""\
# postlint configuration: `postlint check` finds this file from any draft below this folder.
# Reference: `postlint rules` lists every rule; `postlint explain RULE` explains one.

# Which code of conduct the rules follow and how strict they are:
# uk-civil-service, us-federal, corporate or journalist.
profile = {_string(answers.profile)}

# Per-post setting; a draft's front matter (--- platform: x ---) overrides it.
{platform}

[author]
# Who writes the posts: the disclosure rules check that a post says who you are.
organisation = {_string(answers.organisation)}
role = {_string(answers.role)}
# name = "Your Name"
# disclosed_in_bio = true   # your bio already says where you work and your role

[account]
# "personal" (your own account) or "official" (the organisation's account).
kind = {_string(answers.account_kind)}
# What the account is for: posts far from these topics are flagged as off-remit.
remit = [{remit}]
# remit_examples = ["A past post that is squarely on topic."]

# Pre-election periods, when announcements are restricted (timing rules):
# [[election_periods]]
# name = "General election"
# start = 2029-04-01
# end = 2029-05-03

[rules]
# Turn rules or whole families off, or change their severity (error, warning, info, off).
# ignore = ["platform.run-together-hashtag"]
# severity = {{ "offtopic" = "info" }}

[nlp]
# A trained spaCy pipeline improves the parse-based rules; none uses the built-in one.
# model = "en_core_web_sm"
"""
    Config.from_mapping(tomllib.loads(text), source="postlint init")
    return text
