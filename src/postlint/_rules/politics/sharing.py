"""``politics.partisan-share``: a repost, quote or like of a party's, a candidate's or a
partisan campaign's post passes their message on, whatever it says.

Whose post it is comes from the config or front matter (``sharing.source``): a post's words
do not say who wrote it. A like passes nothing on for the Hatch Act's further restricted
employees (OSC: they may like, not share), but an official account's like is its publicity;
the profile's policy sets what each situation allows. The evidence is the author's first
line (nothing, for a bare repost).
"""

from __future__ import annotations

from collections.abc import Iterator

from postlint._engine.draft import Draft
from postlint._rules.base import Checker, Finding, NoParams
from postlint._text import first_line

__all__ = ["PartisanShareChecker"]

_SOURCES = {"party": "a party's", "candidate": "a candidate's", "campaign": "a partisan campaign's"}
_PASSED_ON = ("repost", "quote")


class PartisanShareChecker(Checker[NoParams]):
    Params = NoParams

    def find(self, draft: Draft) -> Iterator[Finding]:
        sharing = draft.config.sharing
        source = _SOURCES.get(sharing.source or "")
        if source is None:
            return
        official = draft.config.account.kind == "official"
        if sharing.kind not in _PASSED_ON and not (official and sharing.kind == "like"):
            return
        start, end = first_line(draft.text)
        yield Finding(start, end, details={"verb": sharing.kind, "source": source})
