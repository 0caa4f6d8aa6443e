"""What the three disclosure checkers share: their parameters, and whether the account's bio
already discloses the author's position (decided once per Linter, with the same detector as
drafts)."""

from __future__ import annotations

from pydantic import Field

from postlint._engine.draft import Draft
from postlint._pack import Rule
from postlint._rules.base import Checker, Environment, RuleParams
from postlint._rules.disclosure.organisation import organisation_mentions
from postlint._rules.disclosure.statements import find_disclosure_statements

__all__ = ["DisclosureChecker", "DisclosureParams"]


class DisclosureParams(RuleParams):
    confidence: float = Field(default=0.8, ge=0.0, le=1.0)
    """Confidence of a finding with one piece of evidence; more evidence raises it."""


class DisclosureChecker(Checker[DisclosureParams]):
    """Shared set-up: whether the account's bio already discloses the author's position
    (decided once per Linter, with the same detector as drafts)."""

    Params = DisclosureParams

    def __init__(self, rule: Rule, env: Environment) -> None:
        super().__init__(rule, env)
        author = env.config.author
        self.bio_discloses = author.disclosed_in_bio or (
            bool(author.bio and author.bio.strip()) and _bio_discloses(author.bio or "", env)
        )


def _bio_discloses(bio: str, env: Environment) -> bool:
    """A bio discloses when it states a position, or (being a self-description) names the
    author's organisation: "Policy adviser, DfT. Views my own." does."""
    doc = env.nlp(bio)
    draft = Draft(bio, doc, env.config, env.pack)
    if any(s.kind == "position" for s in find_disclosure_statements(draft)):
        return True
    return bool(organisation_mentions(draft))
