"""postlint: checks a draft post before a civil servant or communicator publishes it.

    >>> import postlint
    >>> report = postlint.check("Vote Labour on Thursday!")
    >>> [d.rule for d in report.diagnostics]
    ['politics.partisan-endorsement']

The public API is what this module exports; everything else is private.
"""

from postlint._config import Config
from postlint._core import Linter, check
from postlint._errors import ConfigError, InputError, PipelineError, PostlintError, RulePackError
from postlint._models import Diagnostic, Fix, Report, SuppressedDiagnostic
from postlint._version import __version__

__all__ = [
    "Config",
    "ConfigError",
    "Diagnostic",
    "Fix",
    "InputError",
    "Linter",
    "PipelineError",
    "PostlintError",
    "Report",
    "RulePackError",
    "SuppressedDiagnostic",
    "__version__",
    "check",
]
