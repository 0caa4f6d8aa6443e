"""Work talk, disclaimers and promotion: what makes a disclosure necessary."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from postlint._engine.draft import Draft
from postlint._rules.disclosure.customer import as_a_customer
from postlint._rules.disclosure.organisation import connection_mentions, organisation_mentions
from postlint._rules.disclosure.reading import WORK_TALK_FROM, work_talk_at
from postlint._rules.disclosure.spans import (
    DISCLAIMER,
    LISTS,
    PROMOTION,
    WORK_TALK,
    TextSpan,
    family_spans,
    longest,
    sentence_of,
    text_span,
)
from postlint._rules.disclosure.work_by_meaning import RETWEET, campaigning, work_talk_by_meaning

if TYPE_CHECKING:
    from spacy.tokens import Span

__all__ = ["find_disclaimers", "find_promotions", "find_work_talk"]


def find_work_talk(draft: Draft) -> list[TextSpan]:
    """Where the author talks about their own work or names their organisation."""
    return list(draft.shared(_work_talk))


def find_disclaimers(draft: Draft) -> list[TextSpan]:
    """Disclaimers ("views my own", "RTs are not endorsements"), outside quotations."""
    return [
        text_span(span)
        for span in longest(family_spans(draft, DISCLAIMER))
        if not draft.is_quoted(span.start_char, span.end_char)
    ]


def find_promotions(draft: Draft) -> list[TextSpan]:
    """Offers and calls to buy; a brand the author has a material connection with
    (``author.connections``: a client, a sponsor, a gift, a family business), wherever the
    draft names it, since talking up a product the author has such a tie to is an endorsement
    (FTC Endorsement Guides, 255.5); and the author's organisation in a sentence that sells or
    praises ("Acme's new kettle is out now"; "Took the Veltro X2s on a flight. Best noise
    cancelling out there")."""
    found = [
        text_span(span)
        for span in longest(family_spans(draft, PROMOTION))
        if not draft.is_quoted(span.start_char, span.end_char)
    ]
    found.extend(connection_mentions(draft))
    selling = draft.pack.word_list(f"{LISTS}.promotion_words")
    for mention in organisation_mentions(draft):
        if not selling.isdisjoint(_words_about(draft, mention.start)):
            found.append(mention)
    return sorted(found, key=lambda span: (span.start, -span.end))


def _words_about(draft: Draft, at: int) -> set[str]:
    """The words of the sentence at ``at``, and of the next one when it names nothing else
    (no capitalised word after its first): "Best noise cancelling out there" is about the
    product named before it; "And Kamala Harris would make a brilliant president" is not."""
    sentence = sentence_of(draft, at)
    if sentence is None:
        return set()
    words = {token.lower_ for token in sentence}
    text = draft.text
    following = len(text) - len(text[sentence.end_char :].lstrip())
    after = sentence_of(draft, following) if following < len(text) else None
    if (
        after is not None
        and after.start_char >= sentence.end_char
        and not any(token.is_title or token.is_upper for token in list(after)[1:] if token.is_alpha)
    ):
        words |= {token.lower_ for token in after}
    return words


def creator_context(draft: Draft) -> bool:
    """Whether the draft speaks as a channel, show or shop ("subscribe", "thanks for
    watching", "our Etsy"): its "our website" is theirs."""
    return not draft.pack.word_list(f"{LISTS}.creator_context").isdisjoint(_words_of(draft))


def _work_talk(draft: Draft) -> list[TextSpan]:
    personal = draft.pack.word_list(f"{LISTS}.personal_context")
    home = _home_words(draft)
    ambiguous = draft.pack.word_list(f"{LISTS}.ambiguous_work_words")
    found: list[TextSpan] = []
    creator: bool | None = None  # read once, when a phrase first needs it
    retweets = [(m.start(), m.end()) for m in RETWEET.finditer(draft.text)]
    words = _words_of(draft)
    # A match in the post makes its "my team" a side's; a short post is one scene, so the
    # home's words anywhere in it make its "we" the family's ("Our launch went… the dinghy
    # Dad and I restored").
    about_a_match = not words.isdisjoint(personal) or _SCORE.search(draft.text) is not None
    one_scene = len(draft.text.split()) <= _SHORT
    for span in longest(family_spans(draft, WORK_TALK)):
        if draft.is_quoted(span.start_char, span.end_char):
            continue
        if any(start <= span.start_char < end for start, end in retweets):
            continue  # "RT @HouseBudget: We're working to…": whose work it is, the source says
        if span[-1].lower_ in {"team", "teams"} and (about_a_match or campaigning(draft)):
            # "My team won the derby", "My team bottled it again. 2-0 up at half time"; "Our
            # team knocked on 400 doors this morning #VoteGreen": a side's, a campaign's.
            continue
        if span[0].lower_ in {"i", "we", "our"}:
            # "We launched the kids' lemonade stand": a family's; in a longer post, by the
            # words of the sentence around it.
            around = words if one_scene else _words_around(draft, span)
            if not around.isdisjoint(home):
                continue
        # "My website" on a knitting channel: a word hobby talk uses as much as work talk,
        # on a line the screen reads as no work talk.
        if span[-1].lower_ in ambiguous:
            if creator is None:
                creator = creator_context(draft)
            if creator:
                continue  # "Thanks for watching! Check out our website": the channel's
            work_talk = work_talk_at(draft, span.start_char)
            if work_talk is not None and work_talk < WORK_TALK_FROM:
                continue
        found.append(text_span(span))
    # "<Org> kept me on hold for an hour": the author served, not at work; the name would
    # bring the post near the job for the reading by meaning too, so that is not asked.
    served = False
    for mention in organisation_mentions(draft):
        if as_a_customer(draft, mention):
            served = True
        else:
            found.append(mention)
    if served or found or (creator if creator is not None else creator_context(draft)):
        return sorted(found, key=lambda s: (s.start, -s.end))
    if _FUNDRAISING.search(draft.text):
        return []  # "Running the half for the hospice in memory of my uncle, link in bio"
    # "We're hiring advisers in Swansea"; a post with the home's words ("the kids' lemonade
    # stand") or a side's ("Two-nil at the break and we bottled it") is read at the bar of a
    # post the screen is less sure of.
    sides = draft.pack.word_list(f"{LISTS}.side_context")
    by_meaning = work_talk_by_meaning(
        draft, at_home=not home.isdisjoint(words) or not sides.isdisjoint(words)
    )
    return [] if by_meaning is None else [by_meaning]


#: Words of an author's job with children: their "kids" and "school" are work.
_CHILDREN_AT_WORK = frozenset(
    {
        "school",
        "teacher",
        "nursery",
        "children",
        "childrens",
        "child",
        "youth",
        "family",
        "families",
        "early",
        "years",
        "paediatric",
        "pediatric",
        "midwife",
        "playworker",
    }
)
_CHILDREN = frozenset(
    {"kids", "kid", "children", "school", "homework", "nursery", "baby", "toddler", "family"}
)


#: A match's score: "2-0 up", "lost 3–2".
_SCORE = re.compile(
    r"(?<![\d/:.£$€-])\d{1,2}\s?[-–]\s?\d{1,2}(?![\d/:.%-])|\bunder[- ]?\d{1,2}s\b", re.I
)
#: The author raising money for a cause: their own time, not their employer's work.
_FUNDRAISING = re.compile(
    r"\b(?:sponsor\s+me|justgiving|gofundme|in\s+memory\s+of|raising\s+money|fundrais\w*|"
    r"every\s+(?:quid|pound|penny|dollar|bit)\s+helps|charity\s+(?:run|walk|swim|ride|bake))\b",
    re.IGNORECASE,
)


#: A post this short is one scene: the home's words anywhere in it make its "we" the family's.
_SHORT = 40


def _words_around(draft: Draft, span: Span) -> frozenset[str]:
    """The words of the sentence holding ``span``, lower-cased."""
    return frozenset(token.lower_ for token in sentence_of(draft, span.start_char) or span)


def _words_of(draft: Draft) -> frozenset[str]:
    """The words of ``draft``, lower-cased, read once (a channel's, a match's, a home's)."""
    return draft.shared(_lowered_words)


def _lowered_words(draft: Draft) -> frozenset[str]:
    return frozenset(token.lower_ for token in draft.doc)


def _home_words(draft: Draft) -> frozenset[str]:
    """The home's words (``home_context``) but those of the author's own job: a teacher's
    "kids" and a nursery nurse's "nursery" are their work."""
    author = draft.config.author
    job = set(re.findall(r"[a-z]+", f"{author.organisation or ''} {author.role or ''}".lower()))
    home = draft.pack.word_list(f"{LISTS}.home_context") - job
    return home - _CHILDREN if job & _CHILDREN_AT_WORK else home
