"""The rule pack as data: the Rule model, lexicons, token-pattern files, profiles, the one
selector implementation and the loader (with its limits and regex safety checks).

A leaf of the package: it imports nothing of postlint but its errors and value types.
"""

from postlint._pack.loader import (
    RulePack,
    default_rules_dir,
    load_rule_pack,
    load_user_pack,
    rule_pack_for,
)
from postlint._pack.model import (
    Example,
    Examples,
    Guidance,
    Lexicon,
    LexiconEntry,
    PatternFile,
    Policy,
    PolicyWhen,
    ProfileSpec,
    Rule,
    SeverityOrOff,
    Situation,
)
from postlint._pack.selector import (
    ALL,
    matches_any,
    matches_selector,
    most_specific,
    unknown_name,
)

__all__ = [
    "ALL",
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
    "RulePack",
    "SeverityOrOff",
    "Situation",
    "default_rules_dir",
    "load_rule_pack",
    "load_user_pack",
    "matches_any",
    "matches_selector",
    "most_specific",
    "rule_pack_for",
    "unknown_name",
]
