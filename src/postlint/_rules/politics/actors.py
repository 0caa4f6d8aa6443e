"""Who a political sentence is about: parties, politicians, offices, campaigns.

Names need not be in any list. A political actor is any of:

- a party, politician, ideological camp or partisan campaign the lexicons name;
- an office or body by its role (``POLITICAL_ROLE``: "the Foreign Secretary", "ministers",
  "Cllr Sandhu", "the White House");
- a capitalised name or an @handle after a word that backs someone ("Vote @SamOkafor",
  "Re-elect Dana Whitfield", "Back Priya");
- an @handle whose words hold a party's or politician's name or a political title
  (``@SamOkaforMP``, ``@CllrHale``, ``@WelshLabour``), when the sentence names no other actor;
- a campaign hashtag by its shape (``#Vote…``, ``#…Out``, ``#…Doorstep``, ``#…2029``);
- with a trained pipeline, a person, party (NORP) or organisation its named entities find.

A campaign hashtag may declare its side (``Mention.side``; see ``campaigns``). What a verdict
is about when it names no actor, an issue, is found by ``issues``.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from postlint._engine.draft import Draft
from postlint._engine.similarity import zipf_frequency
from postlint._rules.politics.called import called_politicians
from postlint._rules.politics.campaigns import (
    bare_name_tags,
    declared_side,
    named_in_a_sentence,
    named_sides_in,
    used_as_a_word,
)
from postlint._rules.politics.hashtags import is_political_handle, names_an_event, side_of
from postlint._rules.politics.homonyms import a_common_noun, not_a_camp, sporting
from postlint._rules.politics.mention import (
    ACTOR_LABELS,
    HANDLE,
    Mention,
    joined_to_their_party,
    one_of,
    patronage,
    with_article,
    without_overlaps,
    word_after,
    word_before,
)
from postlint._rules.politics.namesakes import kin_or_pet, someone_else
from postlint._rules.politics.votes import vote_side_at

if TYPE_CHECKING:
    from spacy.tokens import Span

__all__ = ["Mention", "actors_of", "political_actors_in"]

_CAMPAIGN_HASHTAG = re.compile(
    r"#(?:Vote[A-Z]\w*|[A-Z]\w*Out\b|\w+Doorstep\b|(\w+?)(?:19|20)\d\d\b|Team[A-Z]\w*)"
)
_NAME_AFTER = (
    r"(?:@\w{2,}|[A-Z][\w'’-]+(?:\s+(?:[A-Z]\.(?=\s+[A-Z])|[A-Z][\w'’-]+|de|van|von|du|da))*)"
)
_ENTITY_LABELS = frozenset({"PERSON", "NORP", "ORG"})
_NAME_WORD = re.compile(r"\s([A-Z](?:[a-z]|['’][A-Z])[\w'’-]*)")  # "Pat O'Donnell"
#: A one-word name this frequent before "for <office>" is a word ("Time for the Mayor…").
_EVERYDAY_NAME_ZIPF = 5.5
#: Words this frequent are no part of a name after a role ("the Mayor Says…").
_NAME_WORD_ZIPF = 5.0
#: After an everyday word, what makes it no surname: another capitalised word (a headline's
#: run of capitals: "Mayor Ann Says Yes") or a joining word ("Governor Ade Rest in Peace").
_NAME_GOES_ON = re.compile(r"\s+(?:[A-Z]|(?:in|of)\b)")


def actors_of(draft: Draft) -> list[Mention]:
    """The political actors of the whole draft (context, praise, endorsement, scorn)."""
    return political_actors_in(draft, 0, len(draft.text))


def political_actors_in(draft: Draft, start: int, end: int) -> list[Mention]:
    """The political actors in ``draft.text[start:end]``, in text order (the surest kept),
    found once per draft and stretch (a unit is read by the judge, marked, and the checkers)."""
    return list(draft.shared_for(_actors_in, (start, end)))


def _actors_in(draft: Draft, stretch: tuple[int, int]) -> list[Mention]:
    start, end = stretch
    text = draft.text
    not_before = draft.pack.word_list("politics/actors.not_a_camp_before")
    saying = draft.pack.word_list("politics/actors.saying_verbs")
    found: list[Mention] = [
        with_article(
            text,
            _with_name(
                text,
                Mention(s.start_char, s.end_char, s.text, _kind_of(s), _side(draft, s)),
                end,
                titled=s.id_ == "role.title",
            ),
            start,
            saying,
        )
        for s in draft.spans_labelled(*ACTOR_LABELS)
        if start <= s.start_char
        and s.end_char <= end
        and not not_a_camp(s.label_, s.text, word_after(text, s.end_char), not_before)
        and not a_common_noun(draft, s.label_, s.start_char, s.end_char)
        and not (s.label_ == "POLITICIAN" and someone_else(draft, s.start_char, s.end_char))
    ]
    backing = draft.pack.word_list("politics/actors.backing_words")
    not_after = draft.pack.word_list("politics/actors.not_backing_after")
    not_names = draft.pack.word_list("politics/actors.not_backed_names")
    words = one_of(backing)
    for match in re.finditer(
        rf"\b(?i:({words}))\s+((?i:for)\s+)?(?:the\s+)?({_NAME_AFTER})", text[start:end]
    ):
        named_end = start + match.end(3)
        if word_before(text, start + match.start()) in not_after or patronage(text, named_end):
            continue  # "win back Swindon", "Support TechCorner by buying…": no one backed
        if match.group(2) and match.group(1).lower() not in ("vote", "voting"):
            continue  # "back for Christmas": only a vote is cast "for" someone
        if match.group(3).lower() in not_names:
            continue  # "Vote YES on Measure K", "Vote Now": an answer or a time, no one backed
        found.append(Mention(start + match.start(3), named_end, match.group(3), "backed"))
    offices = "|".join(map(re.escape, draft.pack.word_list("politics/actors.offices_sought")))
    for match in re.finditer(
        rf"(?!(?i:{words})\s)({_NAME_AFTER})"  # "Back Priya Raman for Mayor": Priya Raman
        rf"(?:['’]s\s+(?:re-?election\s+)?campaign\b|\s+(?:for|as)\s+{_SOUGHT}(?i:{offices})\b(?!['’]))",
        text[start:end],
    ):
        # A candidate by their campaign: "Dana Whitfield's campaign", "Keller for Senate" (not
        # a prize named after an office: "for Judge's Choice").
        name = match.group(1)
        if name.lower() in not_names or (
            " " not in name and zipf_frequency(name.lower()) >= _EVERYDAY_NAME_ZIPF
        ):
            continue  # "Time for the Attorney General to go": no candidate called Time
        begin = start + match.start(1)
        found.append(Mention(begin, start + match.end(1), match.group(1), "backed"))
    for match in _CAMPAIGN_HASHTAG.finditer(text, start, end):
        tag = match.group(0)
        side = side_of(draft.pack, tag)
        if side is None and match.group(1) and names_an_event(match.group(1)):
            continue
        if used_as_a_word(draft, match.start(), match.end()) or named_in_a_sentence(
            draft, match.start(), match.end()
        ):
            # "#Trump2016 says he will build a wall", "every time #Labour2029 opens its
            # mouth": a name, which the judge reads for the side, not a campaign's.
            side = None
        found.append(Mention(match.start(), match.end(), tag, "campaign", side))
    sided = named_sides_in(draft, start, end)
    found += [m for m in sided if not named_in_a_sentence(draft, m.start, m.end)]
    found += bare_name_tags(draft, start, end)  # "#Starmer", "#Harris": named, no side
    found += called_politicians(text, start, end)  # "<Name> is the only politician who…"
    if draft.has_entities:
        for entity in draft.doc.ents:
            if (
                entity.label_ in _ENTITY_LABELS
                and start <= entity.start_char < entity.end_char <= end
                and not (sporting(draft, entity.start_char) or kin_or_pet(draft, entity))
            ):
                found.append(Mention(entity.start_char, entity.end_char, entity.text, "entity"))
    # A handle is a politician's or party's only by its words: thanking @BrislingtonWI or
    # a charity's account is no partisan support; thanking @SamOkaforMP beside "the
    # minister" is about both.
    found.extend(
        Mention(m.start(), m.end(), m.group(0), "handle")
        for m in HANDLE.finditer(text, start, end)
        if is_political_handle(draft.pack, m.group(0)) and not _retweeted_from(text, m.start())
    )
    return _without_offices_sought(text, joined_to_their_party(text, without_overlaps(found)))


#: Between a candidate and the office they seek ("Tom Ashworth as our next Mayor").
_SOUGHT = r"(?:(?:our|the|your|their)\s+)?(?:(?:next|new|first)\s+)?"
_BEFORE_AN_OFFICE = re.compile(rf"^\s+(?:for|as)\s+{_SOUGHT}$", re.IGNORECASE)


def _without_offices_sought(text: str, found: list[Mention]) -> list[Mention]:
    """``found`` without a role that is the office the actor just before it seeks ("backing
    Priya Ramsden as our next Police and Crime Commissioner": Priya Ramsden, not the office)."""
    return [
        mention
        for number, mention in enumerate(found)
        if mention.kind != "role"
        or not any(
            _BEFORE_AN_OFFICE.match(text[other.end : mention.start])
            for other in found[:number]
            if other.kind != "role"
        )
    ]


def _retweeted_from(text: str, at: int) -> bool:
    """Whether the handle at ``at`` is a retweet's source ("RT @RepSarbanes: …"), no target."""
    return text[max(0, at - 3) : at].upper() == "RT "


def _side(draft: Draft, span: Span) -> str | None:
    """The side a call to vote for or against a party or politician takes ("Vote NZ First",
    "never vote Tory", "Vote <X> if you like chaos": ``votes.vote_side_at``), else the side
    its lexicon entry declares (``campaigns.declared_side``)."""
    if span.label_ in ("PARTY", "POLITICIAN"):
        called = vote_side_at(draft, span.start_char, span.end_char)
        if called is not None:
            return called[1]
    if named_in_a_sentence(draft, span.start_char, span.end_char):
        return None
    return declared_side(draft, span)


def _with_name(text: str, mention: Mention, limit: int, *, titled: bool) -> Mention:
    """A role with the name after it ("council leader Gary Dunmore", "Cllr Pete Oakley"), as
    a message names who is meant; a name is capitalised words none of them an everyday word
    ("The Mayor Says Yes" in a headline stays "The Mayor")."""
    if mention.kind != "role":
        return mention
    end = mention.end
    if titled:  # a title and the capitalised word after it: "Mayor Ortega", "Mayor Says"
        title, _, name = mention.text.partition(" ")
        if zipf_frequency(name.lower()) >= _NAME_WORD_ZIPF:
            return Mention(mention.start, mention.start + len(title), title, mention.kind)
    named = titled  # a titled role carries its first name word already: "Rep. Steve"
    for match in _NAME_WORD.finditer(text, end, min(limit, end + 60)):
        if match.start() != end:
            break
        # An everyday word ends the name ("the Mayor Says Yes"), but not a surname after a
        # first name where the capitals end ("Rep. Steve King is…", "Cllr Ann Green said").
        everyday = zipf_frequency(match.group(1).lower()) >= _NAME_WORD_ZIPF
        if everyday and not (named and _NAME_GOES_ON.match(text, match.end()) is None):
            break
        end, named = match.end(), True
    if end == mention.end:
        return mention
    return Mention(mention.start, end, text[mention.start : end], mention.kind, mention.side)


def _kind_of(span: Span) -> str:
    if span.id_ == "role.institution":
        return "institution"
    return {
        "PARTY": "party",
        "POLITICIAN": "politician",
        "IDEOLOGY": "party",
        "PARTISAN_HASHTAG": "campaign",
        "PARTISAN_SLOGAN": "campaign",
        "POLITICAL_ROLE": "role",
    }[span.label_]
