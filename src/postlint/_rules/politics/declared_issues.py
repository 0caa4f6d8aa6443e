"""Issues the author declares a side on in so many words: "I'm firmly against legal
abortion", "We're 100% for the four-day week", "I support assisted dying": a verdict on the
issue named just after the declaration, whatever the judge reads."""

from __future__ import annotations

import re

from postlint._engine.draft import Draft
from postlint._rules.politics.issues import issues_in
from postlint._rules.politics.mention import Mention

__all__ = ["declared_verdicts"]

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
