"""The author's configured role in their own words: "i'm a ramp agent at blue heron",
"as a ramp agent, I can tell you…", "speaking as a ramp agent".

The fixed phrases of ``spans`` need an employer's name as written ("I'm a ramp agent at Blue
Heron"), capitalised, since "I'm a mess at home" is no job; and ``self_description`` needs
the organisation named. With the role configured, the author saying they are that role is
a statement of who they are, however it is typed: the guidance counts "in my role as a
<role>" as much as "<role> at <organisation>".
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from postlint._engine.draft import Draft
from postlint._rules.disclosure.spans import DisclosureStatement

__all__ = ["own_role_statements"]

#: The author's own frame before a role: "I'm a", "im a", "I am an", "as a", "speaking as
#: the", "in my role as", with up to two words between ("a senior", "a proud trainee").
#: Not a kind of job named as an example ("jobs such as a ramp agent", "the same as a …").
_FRAME = (
    r"(?:(?<![\w'’])(?<!such\s)(?<!same\s)(?<!known\s)(?<!work\s)"
    r"(?:i['’]?m|i\s+am|(?:in\s+my\s+role\s+|speaking\s+)?as))"
)
#: A job the author had: "in my old role as a conductor", "back in my last job as …".
_PAST_JOB = re.compile(
    r"\b(?:old|former|previous|last|first|past)\s+(?:role|job|position|life|career)\s+$",
    re.IGNORECASE,
)
_BETWEEN = r"\s+(?:(?:a|an|the|one\s+of\s+the)\s+)?(?:[\w'’-]+\s+){0,2}?"


def own_role_statements(
    draft: Draft, besides: Sequence[DisclosureStatement] = ()
) -> Iterator[DisclosureStatement]:
    """Where the author says they are their configured role, but where a statement found
    already (``besides``) covers it."""
    role = " ".join((draft.config.author.role or "").split())
    if len(role) < 3:
        return
    words = r"\s+".join(re.escape(word) for word in role.split())
    pattern = re.compile(rf"{_FRAME}{_BETWEEN}{words}s?(?![\w'’])", re.IGNORECASE)
    for match in pattern.finditer(draft.text):
        start, end = match.span()
        if draft.is_quoted(start, end) or _PAST_JOB.search(draft.text, 0, start):
            continue
        if not any(s.start < end and start < s.end for s in besides):
            yield DisclosureStatement(start, end, match.group(0), "own-role")
