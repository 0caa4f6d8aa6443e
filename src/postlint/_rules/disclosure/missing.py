"""``disclosure.missing``: the author talks about their work and never says who they are."""

from __future__ import annotations

from collections.abc import Iterator

from postlint._engine.draft import Draft
from postlint._models import Fix
from postlint._pack import Rule
from postlint._rules.base import Environment, Finding
from postlint._rules.disclosure.checker import DisclosureChecker
from postlint._rules.disclosure.organisation import disclosure_line
from postlint._rules.disclosure.placement import buried_in_hashtags
from postlint._rules.disclosure.spans import DisclosureStatement
from postlint._rules.disclosure.statements import find_disclosure_statements
from postlint._rules.disclosure.talk import find_promotions, find_work_talk

__all__ = ["MissingDisclosureChecker"]


class MissingDisclosureChecker(DisclosureChecker):
    """``disclosure.missing``: the author talks about their work and never says who they are."""

    def __init__(self, rule: Rule, env: Environment) -> None:
        super().__init__(rule, env)
        # Where disclosure.material-connection runs, it already raises a promotional post
        # that discloses nothing; raising "missing" on the same words would say it twice.
        self.material_rule_runs = "disclosure.material-connection" in env.active_rule_ids

    def find(self, draft: Draft) -> Iterator[Finding]:
        config = draft.config
        if config.account.kind == "official":
            return
        work = find_work_talk(draft)
        if not work:
            return
        statements = find_disclosure_statements(draft)
        # "#Employee" lost among a dozen hashtags at the end is no disclosure (FTC: where
        # readers see it); said in the post, or alone, it is.
        if any(s.kind == "position" and not _buried(draft, s) for s in statements):
            return
        promotional = bool(find_promotions(draft))
        if any(_says_the_tie(draft, s) for s in statements):
            return  # "AD: <client> asked me to share…": the advert says what the tie is
        if self.bio_discloses and not promotional:
            return
        if promotional and self.material_rule_runs and not statements:
            return
        first = work[0]
        others = sorted({w.text for w in work[1:] if w.text.lower() != first.text.lower()})
        confidence = min(0.95, self.params.confidence + 0.05 * len(others))
        line = disclosure_line(config)
        fixes: tuple[Fix, ...] = ()
        if line:
            offset, inserted = draft.opening(line)
            fixes = (
                Fix(title="Add a disclosure line", start=offset, end=offset, replacement=inserted),
            )
        organisation = config.author.organisation_named()
        yield Finding(
            first.start,
            first.end,
            confidence=confidence,
            details={
                "unsaid": f"but don't say that you work at {organisation}"
                if organisation
                else "without saying who you are or where you work",
                "add": f" Add: “{line}”" if line else "",
                "also": (" (also: " + ", ".join(f"“{o}”" for o in others[:3]) + ")")
                if others
                else "",
                "bio_note": " The bio's disclosure does not cover a promotional post."
                if promotional and self.bio_discloses
                else "",
            },
            fixes=fixes,
        )


def _says_the_tie(draft: Draft, statement: DisclosureStatement) -> bool:
    """Whether a material statement tells readers the post is an advert or a gift, where they
    see it: not "#spon", not "I'm biased", not lost in a string of hashtags."""
    if statement.kind != "material" or statement.unclear or statement.denies_connection:
        return False
    return statement.how != "family-tie" and not _buried(draft, statement)


def _buried(draft: Draft, statement: DisclosureStatement) -> bool:
    """Whether ``statement`` is lost in a string of hashtags ("#fitness #gym #ad #style")."""
    return buried_in_hashtags(draft.text, statement.start)
