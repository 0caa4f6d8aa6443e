"""postlint: checks a draft post before a civil servant or communicator publishes it.

    >>> import postlint
    >>> report = postlint.check("Vote Labour on Thursday!")
    >>> [d.rule for d in report.diagnostics]
    ['politics.partisan-endorsement']

The public API is what this module exports; everything else is private. The command line,
the language server and other adapters use nothing else:

- checking: :func:`check`, :class:`Linter` (``check``, ``check_many``, ``known_rules``,
  ``platform_length``),
  :func:`linter_for` (the shared Linter per config), ``DRAFT_CONTEXT_KEYS`` (what a draft's
  ``context`` or front matter may set for that draft alone);
- configuration: :class:`Config`, :func:`discover_config_file`;
- the rules: :func:`catalog` (every rule and profile a config can use, user packs
  included), :class:`Rule`, :class:`Profile`, :class:`Example`;
- results: :class:`Report`, :class:`Diagnostic`, :class:`Fix`, :class:`SuppressedDiagnostic`,
  :class:`PlatformLength`, ``SEVERITY_ORDER``;
- drafts: :data:`Markup`, :func:`markup_for_path`, :class:`LineIndex`,
  :func:`opening_insertion` (where a line that opens a post goes), :func:`line_break_of`;
- errors, all derived from :class:`PostlintError`: :class:`ConfigError`,
  :class:`RulePackError`, :class:`InputError`, :class:`PipelineError`.
"""

from postlint._catalog import ActiveRule, RuleCatalog, catalog
from postlint._config import Config, discover_config_file
from postlint._core import DRAFT_CONTEXT_KEYS, Linter, check, linter_for
from postlint._errors import ConfigError, InputError, PipelineError, PostlintError, RulePackError
from postlint._markup import Markup, line_break_of, markup_for_path, opening_insertion
from postlint._models import (
    SEVERITY_ORDER,
    Diagnostic,
    Fix,
    PlatformLength,
    Report,
    Severity,
    SuppressedDiagnostic,
)
from postlint._pack import Example, Guidance, Rule
from postlint._pack import ProfileSpec as Profile
from postlint._text import LineIndex
from postlint._version import __version__

__all__ = [
    "DRAFT_CONTEXT_KEYS",
    "SEVERITY_ORDER",
    "ActiveRule",
    "Config",
    "ConfigError",
    "Diagnostic",
    "Example",
    "Fix",
    "Guidance",
    "InputError",
    "LineIndex",
    "Linter",
    "Markup",
    "PipelineError",
    "PlatformLength",
    "PostlintError",
    "Profile",
    "Report",
    "Rule",
    "RuleCatalog",
    "RulePackError",
    "Severity",
    "SuppressedDiagnostic",
    "__version__",
    "catalog",
    "check",
    "discover_config_file",
    "line_break_of",
    "linter_for",
    "markup_for_path",
    "opening_insertion",
]
