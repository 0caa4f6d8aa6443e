"""``politics.official-position``: the author's role, office or title next to a political stance.

A role counts when the author claims it ("As a DWP adviser", "Speaking as a civil servant",
"in my role as", "I work at …") or names the role or organisation the config gives; the
draft must also hold a stance another politics rule would report (the judge's probability at
least this rule's threshold). The evidence is the claim.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from pydantic import Field

from postlint._engine.draft import Draft
from postlint._engine.memo import Memo
from postlint._pack import Rule
from postlint._rules.base import Checker, Environment, Finding, RuleParams
from postlint._rules.politics.judgement import judgements, reported

__all__ = ["OfficialPositionChecker"]

_YEARS = (
    r"(?:\d+|a few|many|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen"
    r"|twenty|thirty|forty)"
)
_CLAIM = (
    r"(?:as (?:an?|the|someone (?:who works )?(?:at|in|for))|speaking as (?:an?|the)?"
    r"|in my role as(?: an?| the)?|i'?m (?:an?|the)|i am (?:an?|the)|i work (?:at|for|in)"
    rf"|{_YEARS} years (?:at|in|with|as)(?: an?| the)?)"
)
#: Up to four words between a claim and the role it claims ("As a senior DWP policy adviser").
#: Greedy, so that the evidence runs to the last role word ("As a DfE policy adviser", not
#: "As a DfE").
_GAP = r"(?:\s+[\w'’&.-]+){0,4}\s+"
_patterns: Memo[tuple[str, ...], re.Pattern[str]] = Memo(max_size=64)


class OfficialPositionParams(RuleParams):
    threshold: float = Field(ge=0.0, le=1.0)
    untargeted_threshold: float = Field(ge=0.0, le=1.0)
    """As for the other politics rules (``politics.checkers.JudgementParams``)."""
    role_lists: list[str] = Field(default_factory=list)
    """Word lists of roles and offices (``<family>/<file>.<list>``) a claim may name."""


class OfficialPositionChecker(Checker[OfficialPositionParams]):
    Params = OfficialPositionParams

    def __init__(self, rule: Rule, env: Environment) -> None:
        super().__init__(rule, env)
        roles: set[str] = set()
        for address in self.params.role_lists:
            roles |= env.pack.word_list(address)
        self._roles = sorted(roles, key=len, reverse=True)

    def find(self, draft: Draft) -> Iterator[Finding]:
        params = self.params
        stances = reported(judgements(draft), params.threshold, params.untargeted_threshold)
        if not stances:
            return
        claim = self._claim(draft)
        if claim is None:
            return
        start, end = claim
        yield Finding(
            start,
            end,
            confidence=max(j.risk for j in stances),
            details={"stance": " ".join(stances[0].unit.text.split())[:80]},
        )

    def _claim(self, draft: Draft) -> tuple[int, int] | None:
        author = draft.config.author
        # "forest craftsperson, Forestry England": each part of a configured role counts.
        parts = [p for n in (author.role, author.organisation) if n for p in n.split(",")]
        names = [p.strip() for p in parts if len(p.strip()) >= 3]
        roles = [*self._roles, *(name.lower() for name in names)]
        if not roles:
            return None
        key = tuple(sorted(set(roles), key=len, reverse=True))
        pattern = _patterns.get(key, lambda: _claim_pattern(key))
        match = pattern.search(draft.text)
        if match is None:
            return None
        return match.start(), match.end()


def _claim_pattern(roles: tuple[str, ...]) -> re.Pattern[str]:
    role = "|".join(re.escape(r) for r in roles)
    return re.compile(rf"\b{_CLAIM}{_GAP}(?:{role})\b", re.IGNORECASE)
