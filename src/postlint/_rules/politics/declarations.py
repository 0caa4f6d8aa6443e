"""Sides a draft declares in so many words, whatever the models read: the lexicons' campaign
tags and slogans (``campaigns``), emojis beside an actor (``emojis``), praise just before one
(``praise``), and a side on a contested issue the author declares (below). ``judgement``
reads them all as listed campaigns.

A side on a contested issue the author declares in so many words:

"I'm against abortion and I stand by it", "We are firmly in favour of the death penalty",
"I fully support net zero": the words say the author's position outright, whatever else the
sentence does, and the judge under-reads some of them (a declaration followed by an argument
reads to it as half none, half verdict). A first-person declaration ("I'm for / against / pro
/ anti / opposed to / in favour of", "I support / oppose / back / reject / stand with") with a
contested issue (``issues_in``) right after it declares a verdict on that issue, as a listed
campaign does (``judgement``), for any issue and either side alike. Someone else's position
("Most people are against…", "She is opposed to…") is a report, and left to the judge.
"""

from __future__ import annotations

import re

from postlint._engine.draft import Draft
from postlint._rules.politics.campaigns import listed_campaigns
from postlint._rules.politics.emojis import emoji_sides
from postlint._rules.politics.issues import issues_in
from postlint._rules.politics.mention import Mention
from postlint._rules.politics.praise import praised_actors

__all__ = ["declared_sides", "declared_verdicts"]

_INTENSIFIERS = (
    r"(?:(?:totally|firmly|completely|strongly|fully|always|still|proudly|absolutely|"
    r"unapologetically|very\s+much|100%|wholeheartedly|will\s+always|have\s+always\s+been)\s+)*"
)
_DECLARED = re.compile(
    rf"\b(?:i['’]?m|i\s+am|we['’]re|we\s+are)\s+{_INTENSIFIERS}"
    r"(?:against|for|pro|anti|opposed\s+to|in\s+fav(?:ou)?r\s+of)(?=[\s-])"
    rf"|\b(?:i|we)\s+{_INTENSIFIERS}(?:support|oppose|back|reject|stand\s+(?:with|against|for))\b",
    re.IGNORECASE,
)
#: The issue starts at most this many characters after the declaration ("against legal
#: abortion", "for the death penalty").
_ISSUE_WITHIN = 16


def declared_sides(draft: Draft) -> list[Mention]:
    """Every side ``draft`` declares in so many words (see the module)."""
    return [
        *listed_campaigns(draft),
        *emoji_sides(draft),
        *declared_verdicts(draft),
        *praised_actors(draft),
    ]


def declared_verdicts(draft: Draft) -> list[Mention]:
    """The contested issues of ``draft`` the author declares a side on, each as a mention of
    kind ``issue`` with the side ``verdict``."""
    text = draft.text
    found = []
    for match in _DECLARED.finditer(text):
        if draft.is_quoted(match.start(), match.end()):
            continue
        after = issues_in(draft, match.end(), min(len(text), match.end() + 60))
        issue = next((i for i in after if i.start - match.end() <= _ISSUE_WITHIN), None)
        if issue is not None:
            found.append(Mention(issue.start, issue.end, issue.text, "issue", "verdict"))
    return found
