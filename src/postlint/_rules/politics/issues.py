"""What a verdict is about when it names no actor: a contested issue (``CONTESTED_ISSUE``,
``ISSUE_HASHTAG``, ``ISSUE_SLOGAN``: "abortion", "#StopBrexit", "my body, my choice") or, where
the sentence names none, a measure of government (``POLICY_OBJECT``: "this bill", "the
scheme"), unless a verb's use of the word says it is no measure ("plan to", "ban on"), a
household's word before it says it is a bill to pay ("the vet bill"), or the
post is about a match or a race and the word a horse's or a team's name ("Reform got beat by
a length").
"""

from __future__ import annotations

from postlint._engine.draft import Draft
from postlint._rules.politics.mention import Mention, with_article, word_after, word_before
from postlint._rules.politics.sport import about_sport
from postlint._rules.politics.units import Unit

__all__ = [
    "ISSUE_LABELS",
    "issues_in",
    "issues_outside",
    "names_who_governs",
    "on_whoever_governs",
]

ISSUE_LABELS = ("CONTESTED_ISSUE", "ISSUE_HASHTAG", "ISSUE_SLOGAN", "POLICY_OBJECT")


def issues_in(draft: Draft, start: int, end: int) -> list[Mention]:
    text = draft.text
    contested = [
        Mention(s.start_char, s.end_char, s.text, "issue")
        for s in draft.spans_labelled(*ISSUE_LABELS)
        if start <= s.start_char and s.end_char <= end and s.label_ != "POLICY_OBJECT"
    ]
    before_a_verb = draft.pack.word_list("politics/issues.before_a_verb")
    after_a_verb = draft.pack.word_list("politics/issues.after_a_verb")
    household = draft.pack.word_list("politics/issues.household_before")
    measures = [
        Mention(s.start_char, s.end_char, s.text, "issue")
        for s in draft.spans_labelled("POLICY_OBJECT")
        if start <= s.start_char
        and s.end_char <= end
        and word_before(text, s.start_char) not in before_a_verb
        and word_after(text, s.end_char) not in after_a_verb
        and word_before(text, s.start_char) not in household  # "the vet bill"
    ]
    if measures and about_sport(draft):
        names = {n.lower() for n in draft.pack.word_list("politics/actors.homonym_parties")}
        measures = [m for m in measures if m.text.lower() not in names]
    saying = draft.pack.word_list("politics/actors.saying_verbs")
    return [with_article(text, mention, start, saying) for mention in contested or measures]


def issues_outside(draft: Draft, unit: Unit, actors: list[Mention]) -> list[Mention]:
    """The issues of ``unit`` that are no part of an actor's name ("Reform" in "Reform UK")."""
    return [
        issue
        for issue in issues_in(draft, unit.start, unit.end)
        if not any(
            a.start <= issue.start and issue.end <= a.end and a.end - a.start > len(issue.text)
            for a in actors
        )
    ]


def on_whoever_governs(draft: Draft, verdict: Mention | None, side: Mention | None) -> bool:
    """Whether a verdict on ``verdict`` is a side taken on ``side``, on the same words, that
    names who governs or is backed (``names_who_governs``)."""
    if verdict is None or side is None or (verdict.start, verdict.end) != (side.start, side.end):
        return False
    return names_who_governs(draft, verdict)


def names_who_governs(draft: Draft, mention: Mention) -> bool:
    """Whether a verdict's target names who governs or is backed (a party, an office, "the
    Government", "#tcot"), not an issue ("Brexit", "#ChooseLife")."""
    if mention.kind in ("party", "politician", "role", "institution"):
        return True
    if mention.kind == "campaign" and mention.side in ("support", "attack"):
        return True  # "#tcot", "#Trump2016": whom a tag backs, not what it judges
    words = mention.text.lower().split()
    governing = draft.pack.word_list("politics/issues.governing_bodies")
    return mention.kind == "issue" and bool(words) and words[-1] in governing
