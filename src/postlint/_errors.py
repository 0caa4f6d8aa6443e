"""The exceptions postlint raises.

    PostlintError                 every error postlint raises on purpose
    ├── ConfigError               a config file or dict is invalid (names the file and key)
    ├── RulePackError             a rule pack or lexicon is invalid (names the file and field)
    ├── InputError                a draft cannot be linted (too large, not text)
    └── PipelineError             the configured spaCy pipeline cannot be loaded

The CLI and the language server turn these into one-line messages; anything else
escaping the core is a bug.
"""

from __future__ import annotations

__all__ = ["ConfigError", "InputError", "PipelineError", "PostlintError", "RulePackError"]


class PostlintError(Exception):
    """Base class of every error postlint raises on purpose."""


class ConfigError(PostlintError):
    """The configuration is invalid; the message names the file (if any) and the key."""


class RulePackError(PostlintError):
    """A rule pack, profile or lexicon file is invalid."""


class InputError(PostlintError):
    """The draft cannot be linted: too large, or not text."""


class PipelineError(PostlintError):
    """The spaCy pipeline named in the config is not installed or cannot be loaded."""
