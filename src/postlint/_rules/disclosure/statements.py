"""Disclosure statements: words that say who the author is or where they work, or that a
post is sponsored. One definition serves the rules and the evaluation.

The lexicons and patterns mark candidate phrases; this module checks their context:
quotations, whose job it is ("my sister works at DfE" is no disclosure), relative clauses
("the people I work for"), and office titles that belong to someone else ("met the Senator
for Ohio"). With a trained pipeline the dependency parse decides who the subject of "work" is
and finds statements the fixed phrases miss; the blank path falls back on word order.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from postlint._engine.draft import Draft
from postlint._rules.disclosure.clauses import (
    in_relative_clause,
    said_of_oneself,
    words_before,
)
from postlint._rules.disclosure.headed import headed_statements
from postlint._rules.disclosure.organisation import at_the_organisation
from postlint._rules.disclosure.own_group import own_group_statements
from postlint._rules.disclosure.own_role import own_role_statements
from postlint._rules.disclosure.self_description import self_descriptions
from postlint._rules.disclosure.spans import (
    LISTS,
    MATERIAL,
    POSITION,
    DisclosureStatement,
    StatementKind,
    family_analysis,
    family_spans,
    longest,
)

if TYPE_CHECKING:
    from spacy.tokens import Span

__all__ = ["find_disclosure_statements"]


def find_disclosure_statements(draft: Draft) -> list[DisclosureStatement]:
    """Every disclosure statement in ``draft``, in text order (the shared definition)."""
    return list(draft.shared(_disclosure_statements))


def _disclosure_statements(draft: Draft) -> list[DisclosureStatement]:
    not_an_employer = draft.pack.word_list(f"{LISTS}.not_an_employer")
    not_the_author = draft.pack.word_list(f"{LISTS}.not_the_author")
    found: list[DisclosureStatement] = []
    for span in longest(family_spans(draft, POSITION, MATERIAL)):
        if draft.is_quoted(span.start_char, span.end_char):
            continue
        if span.label_ == POSITION and not _is_own_position(
            draft, span, not_an_employer, not_the_author
        ):
            continue
        kind: StatementKind = "position" if span.label_ == POSITION else "material"
        found.append(
            DisclosureStatement(
                span.start_char, span.end_char, span.text, span.id_ or span.label_, kind
            )
        )
    found.extend(  # "I work at a Jobcentre": not where a phrase already said it
        s for s in at_the_organisation(draft) if not any(f.start <= s.start < f.end for f in found)
    )
    found.extend(self_descriptions(draft, besides=found))
    found.extend(own_role_statements(draft, besides=found))
    found.extend(headed_statements(draft, besides=found))
    found.extend(own_group_statements(draft, besides=found))
    if draft.has_parse:
        covered = [(s.start, s.end) for s in found]
        for statement in _parsed_position_statements(draft, not_an_employer):
            if not any(s <= statement.start < e for s, e in covered):
                found.append(statement)
    return sorted(found, key=lambda s: (s.start, -s.end))


def _is_own_position(
    draft: Draft,
    span: Span,
    not_an_employer: frozenset[str],
    not_the_author: frozenset[str],
) -> bool:
    """Whether a position phrase states the author's own, current position."""
    doc = span.doc
    how = span.id_
    starts = family_analysis(draft).sentence_starts
    if how == "work-at":
        following = doc[span.end] if span.end < len(doc) else None
        if following is None or following.lower_ in not_an_employer or following.is_punct:
            return False
        return not in_relative_clause(span, starts)
    # Titles are somebody's: only the author's when nothing before them makes them
    # another person's ("met the Senator for Ohio", "our MP for Leeds").
    titled = how in {"office-holder", "office-title"} or span[0].lower_ in {"rep", "representative"}
    if (
        titled
        and any(word.lower_ in not_the_author for word in words_before(span[0], 2, starts))
        and not said_of_oneself(span[0], starts)
    ):
        return False
    if how == "my-employer":
        # "Kestrel Rail is not my employer", "That isn't my day job"
        before = [word.lower_ for word in words_before(span[0], 2, starts)]
        return not any(word in ("not", "n't", "never", "no") for word in before)
    if how in ("office-title", "race-stood"):
        # A bare title is a self-description only as an item of a list ("Connecticut
        # Congressman.", "Wife & Mother, Congresswoman, Attorney"), not before a name
        # ("Senator Smith said"); a race stood in only as an item of its own ("Senate
        # candidate.", not "the County Council candidate, Jo Bloggs").
        following = doc[span.end] if span.end < len(doc) else None
        if how == "race-stood" and span.start > 0 and not doc[span.start - 1].is_punct:
            return False
        return following is None or following.is_punct or following.is_space
    return True


_WORK_VERBS = frozenset({"work", "serve"})
#: Attribute nouns of "I'm a …" that say how the author relates to someone, not a job.
_NO_JOB = frozenset({"fan", "supporter", "friend", "admirer", "critic", "constituent", "voter"})
_EMPLOYER_PREPOSITIONS = frozenset({"at", "for", "with", "in"})


def _parsed_position_statements(
    draft: Draft, not_an_employer: frozenset[str]
) -> Iterator[DisclosureStatement]:
    """With a parse: "I have happily worked for the Home Office for ten years", "I'm now
    head of data at DfE": the subject is the author and the object names an employer."""
    for token in draft.doc:
        if token.lemma_ not in _WORK_VERBS and token.lemma_ != "be":
            continue
        subjects = [child for child in token.children if child.dep_ in {"nsubj", "nsubjpass"}]
        if not any(subject.lower_ == "i" for subject in subjects):
            continue
        if token.dep_ in {"relcl", "acl"} or any(c.dep_ == "neg" for c in token.children):
            continue
        if token.lemma_ == "be":
            # "I am head of digital at DfE": an attribute noun with an employer after it.
            attributes = [
                c
                for c in token.children
                if c.dep_ == "attr" and c.pos_ == "NOUN" and c.lower_ not in _NO_JOB
            ]
            heads = attributes
        else:
            heads = [token]
        for head in heads:
            for prep in head.children:
                if prep.dep_ != "prep" or prep.lower_ not in _EMPLOYER_PREPOSITIONS:
                    continue
                objects = [c for c in prep.children if c.dep_ == "pobj"]
                if not objects or objects[0].lower_ in not_an_employer:
                    continue
                if not any(t.pos_ == "PROPN" or t.ent_type_ == "ORG" for t in objects[0].subtree):
                    continue
                subject = next(s for s in subjects if s.lower_ == "i")
                start = min(subject.idx, token.idx)
                end = max(t.idx + len(t.text) for t in objects[0].subtree)
                if draft.is_quoted(start, end):
                    continue
                yield DisclosureStatement(
                    start, end, draft.text[start:end], "parse", kind="position"
                )
