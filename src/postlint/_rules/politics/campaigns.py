"""Campaign hashtags and slogans that declare a side, so the author who writes one takes it.

A hashtag declares a side when the lexicons list it with one (``for:us.trump``), or when its
parts say it (``hashtags``: ``#NeverHarris``, ``#Labour2029``, ``#VoteOkafor``), so a new
party or candidate is a line in a lexicon, for every side alike; unless the tag is used as a
word of its sentence ("#Trump2016 says…", "every time #Labour2029 opens its mouth"). A
campaign whose side comes from the lexicons or from a name is as sure as a listed one
(``listed_campaigns``: it sets a floor on the unit's risk); a side from a shape alone only
gives the direction of a unit the judge already found risky.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from postlint._engine.draft import Draft
from postlint._rules.politics.activities import campaign_activities
from postlint._rules.politics.cues import emoji_verdicts
from postlint._rules.politics.hashtags import (
    a_name_and_year,
    backed_by_tag,
    is_political_handle,
    named_side,
    person_in_a_shape,
    side_of_shape,
)
from postlint._rules.politics.lobbying import cause_calls, lobbying_calls
from postlint._rules.politics.mention import Mention, overlap_finder
from postlint._rules.politics.tag_runs import uncontested
from postlint._rules.politics.votes import turned, vote_calls

if TYPE_CHECKING:
    from spacy.tokens import Span

__all__ = [
    "bare_name_tags",
    "declared_side",
    "listed_campaigns",
    "named_in_a_sentence",
    "named_sides_in",
    "used_as_a_word",
]

_SIDED_LABELS = ("PARTISAN_HASHTAG", "PARTISAN_SLOGAN", "ISSUE_HASHTAG", "ISSUE_SLOGAN")
_HASHTAG = re.compile(r"#\w+")


def named_sides_in(draft: Draft, start: int, end: int) -> list[Mention]:
    """The hashtags in ``draft.text[start:end]`` that name a party or politician with a side
    (``#NeverHarris``, ``#Reform2029``), or anyone in a campaign's shape (``#VoteOkafor``):
    campaigns as sure as the lexicons' listed ones."""
    found = []
    for match in _HASHTAG.finditer(draft.text, start, end):
        side = named_side(draft.pack, match.group(0))
        if side is None and person_in_a_shape(match.group(0)) is not None:
            side = side_of_shape(match.group(0))
        if side is not None:
            found.append(Mention(match.start(), match.end(), match.group(0), "campaign", side))
    return found


def bare_name_tags(draft: Draft, start: int, end: int) -> list[Mention]:
    """The hashtags in ``draft.text[start:end]`` that are a party's or politician's name and
    nothing else (``#Starmer``, ``#Harris``, ``#Tories``), as actors with no side, whichever
    name it is: "Great speech tonight #Trump" and "… #Starmer" are read alike. Names that are
    everyday words as tags (``bare_tag_words``: "#reform", "#plaid") are left out."""
    names = draft.pack.word_list("politics/stance.hashtag_names")
    parties = draft.pack.word_list("politics/stance.hashtag_parties")
    words = draft.pack.word_list("politics/stance.bare_tag_words")
    return [
        Mention(m.start(), m.end(), m.group(0), "party" if body in parties else "politician")
        for m in _HASHTAG.finditer(draft.text, start, end)
        if (body := m.group(0)[1:].lower()) in names and body not in words
    ]


def listed_campaigns(draft: Draft) -> list[Mention]:
    """The campaign hashtags and slogans of ``draft``'s own words that declare a side: listed
    so by the lexicons, naming a party or politician with a marker (``#NeverHarris``), or
    campaigning on a contested issue by their words (``#AbolishTheDeathPenalty``,
    ``#ScrapTheRwandaPlan``); and the campaigning the author takes part in ("out canvassing",
    ``activities``), or asks readers to lobby their representative (``lobbying``). An issue's
    campaign has the side ``verdict``, an activity or a lobbying call ``action``."""
    listed = [
        Mention(span.start_char, span.end_char, span.text, "campaign", side)
        for span in draft.spans_labelled(*_SIDED_LABELS)
        if (side := declared_side(draft, span)) is not None
    ]
    votes = vote_calls(draft)
    # "Don't vote Reform": a listed slogan inside a call against its party is turned by it.
    against = [v for v in votes if v.side == "attack"]
    voted_against = overlap_finder(against)
    listed = [m for m in listed if not voted_against(m.start, m.end)]
    in_listed = overlap_finder(listed)
    named = [
        mention
        for mention in [
            *named_sides_in(draft, 0, len(draft.text)),
            *_issue_campaigns(draft),
            *campaign_activities(draft, functools.partial(is_political_handle, draft.pack)),
            *lobbying_calls(draft),  # "Email your MP today about the winter fuel cut"
            *cause_calls(draft),  # "Sign and share: stop the closure of Oakfield Library"
            *emoji_verdicts(draft),
            *votes,
        ]
        if not in_listed(mention.start, mention.end)
    ]
    found = [m for m in listed + named if not draft.is_quoted(m.start, m.end)]
    found = uncontested(draft.text, found, functools.partial(backed_by_tag, draft))
    return sorted(found, key=lambda m: m.start)


def used_as_a_word(draft: Draft, start: int, end: int) -> bool:
    """Whether a hashtag is a word of its sentence: a verb with its object ("#resist the urge
    to grab a donut") or a name with its reporting verb ("#Hillary2016 says…"). Then the
    models read it; its list entry or shape declares no side."""
    text = draft.text
    if not text.startswith("#", start):
        return False
    before = draft.pack.word_list("politics/stance.tag_as_a_word_before")
    after = re.match(r"\s+([\w'’]+)", text[end : end + 30])
    return after is not None and after.group(1).lower() in before


def named_in_a_sentence(draft: Draft, start: int, end: int) -> bool:
    """Whether a campaign hashtag of a name and a year is used as the name inside a sentence
    ("Every time #Labour2029 opens its mouth…", "beating #Trump2024", "more spin from
    #Okafor2028."): the post still
    campaigns, but which way the sentence reads, not the tag's year, says on which side."""
    text = draft.text
    inside = _inside_a_sentence(text, start, end) or _after_a_preposition(text, start)
    return inside and text.startswith("#", start) and a_name_and_year(draft.pack, text[start:end])


#: A word that can sit either side of a name in running text ("time", "&", "beating").
_RUNNING_WORD = r"(?:[A-Za-z][\w'’]*|&amp;|&)"


#: A preposition before a tag that makes it the name ending a sentence ("attention seeking
#: behaviour from #Okafor2028."), not "for" or "with", which campaign ("Vote for #X2028").
_NAME_AFTER = re.compile(r"(?:^|\s)(?:from|by|of|about|against|towards|on)\s+$", re.IGNORECASE)


def _after_a_preposition(text: str, start: int) -> bool:
    return _NAME_AFTER.search(text[max(0, start - 20) : start]) is not None


def _inside_a_sentence(text: str, start: int, end: int) -> bool:
    """Whether a hashtag has words of its sentence on both sides ("Every time #Labour2029
    opens its mouth"), not a label before a sentence or a tag run after one."""
    before = re.search(rf"(?:^|\s){_RUNNING_WORD}\s+$", text[max(0, start - 40) : start])
    after = re.match(rf"\s+{_RUNNING_WORD}", text[end : end + 40])
    return before is not None and after is not None


def declared_side(draft: Draft, span: Span) -> str | None:
    """The side a lexicon span's entry declares (``for:us.trump``, ``against:uk.tories``; an
    issue's campaign, a verdict), turned by a "don't" before it ("Don't #VoteReform"); none
    for an entry of no side or a tag used as a word ("#Trump2016 says…")."""
    sided = span.id_.startswith(("for:", "against:"))
    if not sided or used_as_a_word(draft, span.start_char, span.end_char):
        return None
    return turned(draft.text, span.start_char, span.text, _side_of(span))


def _side_of(span: Span) -> str:
    if span.label_.startswith("ISSUE"):
        return "verdict"
    return "support" if span.id_.startswith("for:") else "attack"


def _issue_campaigns(draft: Draft) -> list[Mention]:
    """Hashtags that campaign on a contested issue: a tag the lexicons know
    (``hashtag_issue_campaigns``), or a campaign verb and a contested object and nothing
    else (``#Defund`` + ``ThePolice``, ``#Save`` + ``OurBorders``), for either side alike."""
    lists = "politics/stance"
    known = draft.pack.word_list(f"{lists}.hashtag_issue_campaigns")
    verbs = draft.pack.word_list(f"{lists}.hashtag_campaign_verbs")
    objects = draft.pack.word_list(f"{lists}.hashtag_campaign_objects")
    found = []
    for match in _HASHTAG.finditer(draft.text):
        tag = match.group(0).lstrip("#").lower()
        by_words = any(
            tag.startswith(verb) and _without_article(tag[len(verb) :]) in objects for verb in verbs
        )
        if tag in known or by_words:
            kind = "cause" if by_words else "issue"
            found.append(Mention(match.start(), match.end(), match.group(0), kind, "verdict"))
    return found


def _without_article(words: str) -> str:
    for article in ("the", "our", "all"):
        if words.startswith(article) and words[len(article) :]:
            return words[len(article) :]
    return words
