"""``suppression.invalid-directive``: ``postlint-disable`` comments that silence nothing.

The markup step (``postlint._markup``) parses the directives and marks those without a
reason or without rules; this checker reports them, and also directives naming a rule or
family the rule pack does not have (usually a typo), which would silently do nothing.
"""

from __future__ import annotations

from collections.abc import Iterator

from postlint._engine.draft import Draft
from postlint._pack import Rule
from postlint._rules.base import Checker, Environment, Finding, NoParams

__all__ = ["InvalidDirectiveChecker"]


class InvalidDirectiveChecker(Checker[NoParams]):
    def __init__(self, rule: Rule, env: Environment) -> None:
        super().__init__(rule, env)
        self._known = {
            "all",
            *env.pack.rules,
            *(rule_id.split(".")[0] for rule_id in env.pack.rules),
        }

    def find(self, draft: Draft) -> Iterator[Finding]:
        if draft.markup is None:
            return
        for directive in draft.markup.suppressions:
            problem = directive.problem
            if problem is None:
                unknown = [s for s in directive.selectors if s not in self._known]
                if unknown:
                    problem = f"postlint has no rule or family {', '.join(unknown)}"
            if problem is not None:
                start, end = (
                    draft.from_original(directive.start),
                    draft.from_original(directive.end),
                )
                yield Finding(start, end, details={"problem": problem})
