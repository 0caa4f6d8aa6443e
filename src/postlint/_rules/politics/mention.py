"""A political actor or issue a sentence names, where it stands in the draft."""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass

from postlint._engine.similarity import zipf_frequency

__all__ = [
    "ACTOR_LABELS",
    "HANDLE",
    "Mention",
    "joined_to_their_party",
    "namesake",
    "one_of",
    "overlap_finder",
    "patronage",
    "tag_words",
    "weak_target",
    "with_article",
    "without_overlaps",
    "word_after",
    "word_before",
]


def one_of(words: Iterable[str]) -> str:
    """A regular expression's alternation of ``words`` as literals, the longest first, so that
    "thank you to" is tried before "thank you"."""
    return "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))


@functools.cache
def whole_phrases(words: frozenset[str]) -> re.Pattern[str]:
    """One pattern for a word list's phrases, each whole ("sma", not "smash"), built once."""
    return re.compile(rf"(?<!\w)(?:{one_of(words)})(?!\w)")


#: Lexicon labels that name a political actor, by what they are.
ACTOR_LABELS = (
    "PARTY",
    "POLITICIAN",
    "IDEOLOGY",
    "PARTISAN_HASHTAG",
    "PARTISAN_SLOGAN",
    "POLITICAL_ROLE",
)
HANDLE = re.compile(r"@\w{2,}")


@dataclass(frozen=True, slots=True)
class Mention:
    start: int
    end: int
    text: str
    kind: str
    """``party``, ``politician``, ``role``, ``institution`` (a body every side sits in:
    "Parliament", "the council"), ``backed``, ``campaign``, ``entity``, ``issue``;
    ``cause``: a hashtag built of a campaign verb and a contested object (``#ScrapNetZero``);
    ``activity``: campaigning the author does; ``fundraiser``: tickets to a political
    fundraiser ("$75/ticket"); ``praise``: an actor praised by the words before it."""
    side: str | None = None
    """``support`` or ``attack``: the side a campaign hashtag or slogan declares."""


_RANK = {
    "party": 0,
    "politician": 0,
    "backed": 1,
    "campaign": 1,
    "role": 2,
    "institution": 2,
    "entity": 3,
    "handle": 4,
}


def without_overlaps(found: list[Mention]) -> list[Mention]:
    """Where mentions overlap, the surest kind and then the longest stays."""
    ordered = sorted(found, key=lambda m: (_RANK[m.kind], -(m.end - m.start), m.start))
    kept: list[Mention] = []  # never overlapping, in text order: only neighbours can clash
    starts: list[int] = []
    for mention in ordered:
        at = bisect.bisect_left(starts, mention.start)
        if (at > 0 and kept[at - 1].end > mention.start) or (
            at < len(kept) and kept[at].start < mention.end
        ):
            continue
        kept.insert(at, mention)
        starts.insert(at, mention.start)
    return kept


def overlap_finder(mentions: list[Mention]) -> Callable[[int, int], bool]:
    """A test of whether ``[start, end)`` overlaps any of ``mentions`` (which may overlap each
    other), in logarithmic time: a long draft asks it of every mention of another list."""
    ordered = sorted(mentions, key=lambda m: m.start)
    starts = [m.start for m in ordered]
    furthest = list(itertools.accumulate((m.end for m in ordered), max))

    def overlaps(start: int, end: int) -> bool:
        before_end = bisect.bisect_left(starts, end)  # the mentions that start before ``end``
        return before_end > 0 and furthest[before_end - 1] > start

    return overlaps


#: Between a party and the politician it qualifies: "Labour's", "GOP state senator".
_QUALIFIES = re.compile(r"(?:['’]s)?\s+(?:(?:state|county|city|district|local|town|borough)\s+)?")


#: A party's adjective the lexicons do not list alone, being an everyday word ("Conservative",
#: "Green"), just before a role ("Conservative councillor Jane Okafor").
_PARTY_ADJECTIVE = re.compile(
    r"(?:^|(?<=\s))(?:[Tt]he\s+)?"  # "The Liberal housing minister": from "The"
    r"(?:Conservative|Green|Plaid|Liberal|Democratic|Republican)\s+$"
)


def joined_to_their_party(text: str, mentions: list[Mention]) -> list[Mention]:
    """A party named just before a role or politician joins it, so a message names the
    person ("Democratic Councilman Rick Danforth", "Reform's council leader Gary Dunmore",
    "Conservative councillor Jane Okafor"), not the party's adjective alone."""
    joined: list[Mention] = []
    for mention in mentions:
        adjective = _PARTY_ADJECTIVE.search(text, max(0, mention.start - 20), mention.start)
        if mention.kind == "role" and adjective is not None:
            begin = adjective.start()
            mention = Mention(begin, mention.end, text[begin : mention.end], "role", mention.side)
        before = joined[-1] if joined else None
        if (
            before is not None
            and before.kind == "party"
            and mention.kind in ("role", "politician")
            and _QUALIFIES.fullmatch(text, before.end, mention.start)
        ):
            side = before.side or mention.side
            joined[-1] = Mention(
                before.start, mention.end, text[before.start : mention.end], mention.kind, side
            )
        else:
            joined.append(mention)
    return joined


#: A capitalised word just before or after a one-word name ("Calvin Harris", "Haley Bennett"),
#: not a hashtag's or handle's ("#Bernie #Hillary").
_WORD_BEFORE = re.compile(r"(?<![#@\w])([A-Z][a-z][\w'’-]*)\s+$")
_WORD_AFTER = re.compile(r"\s+([A-Z][a-z][\w'’-]*)")
#: A word with a verb or a possessive run into it ("It's", "Labour's"): no first name.
_CONTRACTED = re.compile(r"['’](?:s|re|ll|ve|d|m)$|n['’]t$", re.IGNORECASE)
#: ... is part of another person's name when rarer than this (Zipf, wordfreq) before the name
#: ("Calvin", "Jill"; not "Loved", "Prefer", "Thank") ...
_FIRST_NAME_ZIPF = 4.0
#: ... or than this after it ("Bennett", "Tweed"; not "Tower", "Rally", "Says").
_SURNAME_ZIPF = 4.3
#: Words in title case from the name on: a headline ("Hillary Mocked The Women"), no name.
_HEADLINE = re.compile(r"(?:\s+[A-Z][\w'’-]*){3}")


def namesake(text: str, start: int, end: int, not_first_names: Collection[str]) -> bool:
    """Whether a politician named by one word (``text[start:end]``) is someone else of that
    name: another name beside it ("Calvin Harris", "Haley Bennett", "Ivanka Trump"), not a
    title or epithet (``not_first_names``: "Senator Harris", "Crooked Hillary") or a common
    word ("Trump Tower", "Loved Haley's…"). Full names ("Kamala Harris") are lexicon entries
    of their own and never come here, nor do tags ("#Hillary") or headlines."""
    word_start = max(text.rfind(" ", 0, start), text.rfind("\n", 0, start)) + 1
    if " " in text[start:end] or text[word_start : word_start + 1] in ("#", "@"):
        return False
    if _HEADLINE.match(text, end):
        return False
    before = _WORD_BEFORE.search(text[max(0, start - 30) : start])
    if (
        before
        and not _CONTRACTED.search(before.group(1))  # "It's Harris", "Labour's Starmer"
        and before.group(1).lower().rstrip(".") not in not_first_names
        and zipf_frequency(before.group(1).lower()) < _FIRST_NAME_ZIPF
    ):
        return True
    after = _WORD_AFTER.match(text, end)
    return bool(after and zipf_frequency(after.group(1).lower()) < _SURNAME_ZIPF)


#: After a name someone is asked to "support": a shop, a channel or a creator's page
#: ("Support TechCorner by buying through our links", "support Ana on Patreon").
_PATRONAGE = re.compile(
    r"\s+(?:by\s+(?:buying|shopping|using|clicking|subscribing|liking|sharing|purchasing|"
    r"ordering|booking|visiting|following|watching|checking)|on\s+(?:patreon|ko-?fi|paypal|"
    r"twitch|youtube|etsy|instagram|tiktok)|(?:(?:'s|’s)\s*)?(?:channel|shop|store|page|"
    r"small business|patreon)\b)",
    re.IGNORECASE,
)


def patronage(text: str, end: int) -> bool:
    """Whether the name ending at ``end`` is backed as a shop or a channel, not a candidate."""
    return _PATRONAGE.match(text, end) is not None


#: A measure that is the government itself: a verdict "on the Government" is on who governs.
_RULERS = frozenset({"government", "administration", "govt", "gov't", "govt.", "regime"})


def weak_target(target: Mention, rule: str) -> bool:
    """Whether a stance's target is too weak to count as named for the rules' threshold (the
    untargeted one applies): a named entity of the trained pipeline (anyone: a footballer, a
    shop); and for a verdict, a body every side sits in or the government itself as its only
    subject ("The Government's security profession is helping tackle this" is no side on any
    policy; "The Chancellor must keep the uplift" still names whom it asks)."""
    if target.kind == "entity":
        return True
    words = target.text.lower().split()
    rulers = target.kind == "issue" and bool(words) and words[-1] in _RULERS
    return rule == "verdict" and (target.kind == "institution" or rulers)


def tag_words(tag: str) -> list[str]:
    """A hashtag's words by its capitals ("StopTheCuts" -> Stop, The, Cuts; "IWD" -> IWD)."""
    return re.findall(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])", tag)


def word_after(text: str, at: int) -> str:
    """The word that follows ``text[:at]``, in lower case ("" at the end)."""
    match = re.match(r"\s+([\w'’-]+)", text[at : at + 40])
    return match.group(1).lower() if match else ""


def word_before(text: str, at: int) -> str:
    """The word that precedes ``text[at:]``, in lower case ("" at the start)."""
    match = re.search(r"([\w'’-]+)\s+$", text[max(0, at - 40) : at])
    return match.group(1).lower().replace("’", "'") if match else ""


def with_article(text: str, mention: Mention, limit: int, saying: frozenset[str]) -> Mention:
    """A role or an issue with the article before it ("the Home Secretary", "this bill")."""
    if mention.kind not in ("role", "institution", "issue"):
        return mention
    for article in ("the ", "this ", "that ", "these ", "those "):
        begin = mention.start - len(article)
        clause = text[mention.end - 1] == "s" or mention.text.lower().startswith("the ")
        if article == "that " and (word_before(text, begin) in saying or clause):
            continue  # "I say that abortion…", "that ministers…", "that the President…"
        if begin >= limit and text[begin : mention.start].lower() == article:
            return Mention(begin, mention.end, article + mention.text, mention.kind, mention.side)
    return mention
