"""``offtopic.thin-remit``: the account's remit says too little to judge drift against."""

from __future__ import annotations

from collections.abc import Iterator

from pydantic import Field

from postlint._engine.draft import Draft
from postlint._pack import Rule
from postlint._rules.base import Checker, Environment, Finding, RuleParams
from postlint._rules.offtopic.remit import (
    THIN_REMIT_POSTS,
    draft_lemmas,
    is_thin,
    remit_for,
    trimmed,
)

__all__ = ["ThinRemitChecker"]


class ThinRemitParams(RuleParams):
    min_words: int = Field(default=6, ge=1)
    """Drafts with fewer content words are too short for drift to judge anyway: no note."""


class ThinRemitChecker(Checker[ThinRemitParams]):
    """Once per draft, on its first line: drift is not judged, and how to make it judgeable.
    Only where drift would have judged the draft: a greeting says nothing about the remit."""

    Params = ThinRemitParams

    def __init__(self, rule: Rule, env: Environment) -> None:
        super().__init__(rule, env)
        self._nlp = env.nlp
        self.min_words = env.config.offtopic.min_words or self.params.min_words

    def find(self, draft: Draft) -> Iterator[Finding]:
        remit = remit_for(self._nlp, draft.config)
        if remit is None or not is_thin(remit) or len(draft_lemmas(draft)) < self.min_words:
            return
        first_line = draft.text.lstrip().split("\n", 1)[0]
        begin = draft.text.index(first_line)
        start, end = trimmed(draft.text, begin, begin + len(first_line))
        posts = len(remit.examples)
        said = "no past posts" if not posts else f"only {posts} past post{'s' * (posts > 1)}"
        yield Finding(
            start,
            end,
            confidence=1.0,
            details={
                "posts": said,
                "needed": str(THIN_REMIT_POSTS),
            },
        )
