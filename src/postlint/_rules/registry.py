"""The one table of checker kinds: the name a rule's ``check`` field uses -> its class.

To add a kind of rule: write a module in this folder with a ``Checker`` subclass and add
it here. Modules are imported lazily, on the first Linter, so importing postlint stays cheap.
"""

from __future__ import annotations

import functools
import importlib

from postlint._rules._base import Checker

__all__ = ["CHECKER_MODULES", "checker_kinds"]

#: kind -> "module:Class" (relative to this package).
CHECKER_MODULES: dict[str, str] = {
    "phrase": "phrase:PhraseChecker",
    "disclosure.missing": "disclosure:MissingDisclosureChecker",
    "disclosure.disclaimer-only": "disclosure:DisclaimerOnlyChecker",
    "disclosure.material-connection": "disclosure:MaterialConnectionChecker",
    "politics": "politics:PoliticsChecker",
    "offtopic.drift": "offtopic:DriftChecker",
    "offtopic.sentence": "offtopic:SentenceChecker",
    "timing.pre-election": "timing:PreElectionChecker",
    "platform.length": "platform:LengthChecker",
    "platform.hashtag-case": "platform:HashtagCaseChecker",
    "suppression.directive": "suppression:DirectiveChecker",
}


@functools.cache
def checker_kinds() -> dict[str, type[Checker]]:
    kinds: dict[str, type[Checker]] = {}
    for kind, target in CHECKER_MODULES.items():
        module_name, _, class_name = target.partition(":")
        module = importlib.import_module(f"{__package__}.{module_name}")
        kinds[kind] = getattr(module, class_name)
    return kinds
