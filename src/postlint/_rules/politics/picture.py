"""``politics.partisan-picture``: a post on duty from an account whose profile picture shows
a party or candidate. Every post displays the picture, so the post is political activity
whatever its words (OSC's Hatch Act guidance); off duty it is allowed. The evidence is the
author's first line (nothing, for an empty draft)."""

from __future__ import annotations

from collections.abc import Iterator

from postlint._engine.draft import Draft
from postlint._rules.base import Checker, Finding, NoParams
from postlint._text import first_line

__all__ = ["PartisanPictureChecker"]


class PartisanPictureChecker(Checker[NoParams]):
    Params = NoParams

    def find(self, draft: Draft) -> Iterator[Finding]:
        author = draft.config.author
        if not (author.partisan_picture and author.on_duty):
            return
        yield Finding(*first_line(draft.text))
