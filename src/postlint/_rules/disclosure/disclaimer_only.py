"""``disclosure.disclaimer-only``: "views my own" in place of a position statement."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from postlint._engine.draft import Draft
from postlint._models import Fix
from postlint._rules.base import Finding
from postlint._rules.disclosure.checker import DisclosureChecker
from postlint._rules.disclosure.organisation import disclosure_line
from postlint._rules.disclosure.spans import TextSpan
from postlint._rules.disclosure.statements import find_disclosure_statements
from postlint._rules.disclosure.talk import find_disclaimers, find_work_talk

__all__ = ["DisclaimerOnlyChecker"]


class DisclaimerOnlyChecker(DisclosureChecker):
    """``disclosure.disclaimer-only``: "views my own" in place of a position statement."""

    def find(self, draft: Draft) -> Iterator[Finding]:
        config = draft.config
        if config.account.kind == "official" or self.bio_discloses:
            return
        disclaimers = find_disclaimers(draft)
        if not disclaimers:
            return
        if any(s.kind == "position" for s in find_disclosure_statements(draft)):
            return
        work_talk = find_work_talk(draft)
        if not work_talk and not _only_identity(draft, disclaimers):
            # A disclaimer on a post about the weekend shields nothing, but there is
            # nothing it needed to shield either: stay quiet.
            return
        line = disclosure_line(config)
        for disclaimer in disclaimers[:1]:
            fixes = (
                (
                    Fix(
                        title="Say where you work",
                        start=disclaimer.start,
                        end=disclaimer.end,
                        replacement=line.rstrip("."),
                    ),
                )
                if line
                else ()
            )
            yield Finding(
                disclaimer.start,
                disclaimer.end,
                confidence=self.params.confidence,
                details={
                    "reason": "the post talks about your work"
                    if work_talk
                    else "it is the only thing the draft says about you"
                },
                fixes=fixes,
            )


_STRIPPED = re.compile(r"https?://\S+|[@#]\w+|[^\w\s]")


def _only_identity(draft: Draft, disclaimers: Iterable[TextSpan]) -> bool:
    """Whether the draft says nothing but the disclaimer (a bio such as "Views my own.
    RTs are not endorsements.")."""
    text = draft.text
    for disclaimer in sorted(disclaimers, key=lambda d: d.start, reverse=True):
        text = text[: disclaimer.start] + " " + text[disclaimer.end :]
    return len(_STRIPPED.sub(" ", text).split()) <= 2
