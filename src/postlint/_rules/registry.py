"""The one table of checker kinds: the name a rule's ``check`` field uses -> its class.

A kind is named like the rule it implements (``platform.too-long``); ``phrase`` serves every
rule written purely as data. The four stance rules of ``politics`` share one class (each
reports its own kind of the shared judgement).
To add a kind of rule: write a module under ``_rules/<family>/`` with a ``Checker`` subclass
and add one line here. Modules are imported lazily, on the first Linter, so importing
postlint stays cheap.
"""

from __future__ import annotations

import importlib
from typing import Any

from postlint._engine.memo import Memo
from postlint._rules.base import Checker

__all__ = ["CHECKER_MODULES", "checker_kinds"]

#: kind -> "module:Class" (relative to this package).
CHECKER_MODULES: dict[str, str] = {
    "phrase": "phrase:PhraseChecker",
    "disclosure.missing": "disclosure.missing:MissingDisclosureChecker",
    "disclosure.disclaimer-only": "disclosure.disclaimer_only:DisclaimerOnlyChecker",
    "disclosure.material-connection": "disclosure.material_connection:MaterialConnectionChecker",
    "politics.partisan-endorsement": "politics.checkers:JudgementChecker",
    "politics.partisan-attack": "politics.checkers:JudgementChecker",
    "politics.policy-verdict": "politics.checkers:JudgementChecker",
    "politics.campaign-solicitation": "politics.checkers:JudgementChecker",
    "politics.fundraising": "politics.checkers:JudgementChecker",
    "politics.official-position": "politics.official_position:OfficialPositionChecker",
    "politics.donation-link": "politics.links:PoliticalLinkChecker",
    "politics.party-link": "politics.links:PoliticalLinkChecker",
    "politics.partisan-share": "politics.sharing:PartisanShareChecker",
    "politics.partisan-picture": "politics.picture:PartisanPictureChecker",
    "offtopic.drift": "offtopic.drift:DriftChecker",
    "offtopic.sentence": "offtopic.sentence:SentenceChecker",
    "offtopic.thin-remit": "offtopic.thin_remit:ThinRemitChecker",
    "timing.pre-election": "timing.pre_election:PreElectionChecker",
    "language.not-english": "language.not_english:NotEnglishChecker",
    "platform.too-long": "platform.too_long:TooLongChecker",
    "platform.run-together-hashtag": "platform.run_together_hashtag:RunTogetherHashtagChecker",
    "suppression.invalid-directive": "suppression.invalid_directive:InvalidDirectiveChecker",
}

_kinds: Memo[str, dict[str, type[Checker[Any]]]] = Memo(max_size=1)


def _import_kinds() -> dict[str, type[Checker[Any]]]:
    kinds: dict[str, type[Checker[Any]]] = {}
    for kind, target in CHECKER_MODULES.items():
        module_name, _, class_name = target.partition(":")
        module = importlib.import_module(f"{__package__}.{module_name}")
        kinds[kind] = getattr(module, class_name)
    return kinds


def checker_kinds() -> dict[str, type[Checker[Any]]]:
    return _kinds.get("all", _import_kinds)
