"""Campaign hashtags and slogans that declare a side, so the author who writes one takes it.

A hashtag declares a side when the lexicons list it with one (``for:us.trump``), or when its
parts say it: a party's or politician's name with a "for" or "against" marker and nothing else
(``#StopHillary2016``, ``#Labour2029``, ``#NeverHarris``; "against" wins), or a shape that is a
campaign whatever the name (``#VoteOkafor``, ``#Whitfield4Mayor``, ``#ToriesOut``). A tag
with other words around the name is no campaign (``#PensionReform2026``).

The parts' names and markers are data (``politics/stance.hashtag_names``, ``hashtag_for``,
``hashtag_against``), so a new party or candidate is a line in a lexicon, for every side
alike. A campaign whose side comes from the lexicons or from a name is as sure as a listed
one (``listed_campaigns``: it sets a floor on the unit's risk); a side from a shape alone
only gives the direction of a unit the judge already found risky.
"""

from __future__ import annotations

import functools
import itertools
import re
from typing import TYPE_CHECKING

from postlint._engine.draft import Draft
from postlint._pack import RulePack
from postlint._rules.politics.activities import campaign_activities
from postlint._rules.politics.cues import emoji_verdicts, turned, uncontested, vote_calls
from postlint._rules.politics.mention import Mention

if TYPE_CHECKING:
    from spacy.tokens import Span

__all__ = ["campaign_name", "is_political_handle", "listed_campaigns", "named_sides_in", "side_of"]

_SIDED_LABELS = ("PARTISAN_HASHTAG", "PARTISAN_SLOGAN", "ISSUE_HASHTAG", "ISSUE_SLOGAN")
#: Shapes that declare a side whatever the name in them.
_SUPPORT_SHAPE = re.compile(
    r"#(?:Vote|ImWith|IStandWith|Back)[A-Z]\w*|#\w+(?:4|For)(?:Mayor|President|Governor|Senate"
    r"|Congress|Council|MP|PM|Premier)\b|#\w+Doorstep\b"
)
_ATTACK_SHAPE = re.compile(r"#(?:Never|Dump|Stop)[A-Z]\w*|#[A-Z]\w*(?:Out|MustGo)\b")
_YEAR = re.compile(r"(?:19|20)\d\d")
#: Words a campaign tag may hold besides its name and markers ("#HillaryForPrison",
#: "#BothVotesSNP").
_FILLERS = frozenset({"for", "4", "the", "2", "to", "both"})
_HASHTAG = re.compile(r"#\w+")


def side_of(pack: RulePack, hashtag: str) -> str | None:
    """The side a hashtag declares by its parts, if it declares one."""
    named = named_side(pack, hashtag)
    if named is not None:
        return named
    if _ATTACK_SHAPE.fullmatch(hashtag):
        return "attack"
    return "support" if _SUPPORT_SHAPE.fullmatch(hashtag) else None


def named_sides_in(draft: Draft, start: int, end: int) -> list[Mention]:
    """The hashtags in ``draft.text[start:end]`` that name a party or politician with a side
    (``#NeverHarris``, ``#Reform2029``): campaigns as sure as the lexicons' listed ones."""
    found = []
    for match in _HASHTAG.finditer(draft.text, start, end):
        side = named_side(draft.pack, match.group(0))
        if side is not None:
            found.append(Mention(match.start(), match.end(), match.group(0), "campaign", side))
    return found


def is_political_handle(pack: RulePack, handle: str) -> bool:
    """Whether an @handle's words name a party or politician, or begin or end with a political
    title (``@SamOkaforMP``, ``@CllrHale``, ``@WelshLabour``, ``@PaulWilliamsLAB``; not
    ``@TheLabCafe``)."""
    lists = "politics/stance"
    names = pack.word_list(f"{lists}.hashtag_names")
    titles = pack.word_list(f"{lists}.handle_titles")
    parts = [part.lower() for part in _parts(handle.lstrip("@").replace("_", " "), names | titles)]
    joined = parts + [a + b for a, b in itertools.pairwise(parts)]  # Green, Party
    return bool(names.intersection(joined)) or bool(parts and {parts[0], parts[-1]} & titles)


def named_side(pack: RulePack, hashtag: str) -> str | None:
    """The side of a hashtag made of a party's or politician's name and markers around it
    ("against" wins: ``#StopHillary2016``, ``#HillaryForPrison``, ``#Reform2029``,
    ``#TeamLabour``); a tag with any other word in it is no campaign (``#PensionReform2026``,
    ``#HarrisTweed``)."""
    read = _read(pack, hashtag)
    if read is None:
        return None
    before, _, after = read
    against, backing = _markers(pack)
    words = [_segments(before, against | backing), _segments(after, against | backing)]
    if not (before or after) or None in words:
        return None
    markers = {word for segments in words for word in segments or ()}
    if markers & against:
        return "attack"
    return "support" if markers & backing or any(_YEAR.fullmatch(w) for w in markers) else None


def _segments(words: str, markers: frozenset[str]) -> list[str] | None:
    """``words`` cut into markers, years and fillers ("forprison2016" → "for", "prison",
    "2016"), or None when some of it is another word."""
    cut: list[list[str] | None] = [[], *([None] * len(words))]
    for end in range(1, len(words) + 1):
        for begin in range(end - 1, -1, -1):
            piece, done = words[begin:end], cut[begin]
            if done is not None and (
                piece in markers or piece in _FILLERS or _YEAR.fullmatch(piece)
            ):
                cut[end] = [*done, piece]
                break
    return cut[len(words)]


def campaign_name(pack: RulePack, hashtag: str) -> str | None:
    """The party's or politician's name in a campaign hashtag, as a message says it
    ("#NeverTrump" → "Trump", "#libdems2029" → "Libdems")."""
    read = _read(pack, hashtag)
    if read is None:
        return None
    name = read[1]
    return name if not name.islower() else name.capitalize()


def _read(pack: RulePack, hashtag: str) -> tuple[str, str, str] | None:
    """A hashtag as (the lower-case words before the longest name it holds, the name as
    written, the words after), or None without a name."""
    names = pack.word_list("politics/stance.hashtag_names")
    against, backing = _markers(pack)
    parts = _parts(hashtag.lstrip("#"), names | against | backing | _FILLERS)
    lowered = [part.lower() for part in parts]
    spans = [
        (i, i + size) for size in range(len(lowered), 0, -1) for i in range(len(lowered) - size + 1)
    ]
    # The longest name: "#TeamLibDems" is about "libdems", not "dems".
    name_at = next(((i, j) for i, j in spans if "".join(lowered[i:j]) in names), None)
    if name_at is None:
        return None
    i, j = name_at
    return "".join(lowered[:i]), "".join(parts[i:j]), "".join(lowered[j:])


def _markers(pack: RulePack) -> tuple[frozenset[str], frozenset[str]]:
    """The "against" and "for" markers of campaign hashtags."""
    lists = "politics/stance"
    return (
        pack.word_list(f"{lists}.hashtag_against"),
        pack.word_list(f"{lists}.hashtag_for"),
    )


def _parts(tag: str, known: frozenset[str]) -> list[str]:
    """A hashtag's words: its capitalised parts and digit runs ("StopHillary2016" → "Stop",
    "Hillary", "2016"); a tag all in lower case is split around the names and markers the
    lexicons know, longest first ("nevertrump" → "never", "trump")."""
    if not tag.islower():
        return re.findall(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+", tag)
    return [part for part in _splitter(known).split(tag) if part]


@functools.cache
def _splitter(known: frozenset[str]) -> re.Pattern[str]:
    words = "|".join(re.escape(word) for word in sorted(known, key=len, reverse=True))
    return re.compile(rf"({words}|\d+)")


def listed_campaigns(draft: Draft) -> list[Mention]:
    """The campaign hashtags and slogans of ``draft``'s own words that declare a side: listed
    so by the lexicons, naming a party or politician with a marker (``#NeverHarris``), or
    campaigning on a contested issue by their words (``#AbolishTheDeathPenalty``,
    ``#ScrapTheRwandaPlan``); and the campaigning the author takes part in ("out canvassing",
    ``activities``). An issue's campaign has the side ``verdict``, an activity ``action``."""
    listed = [
        Mention(span.start_char, span.end_char, span.text, "campaign", side)
        for span in draft.spans_labelled(*_SIDED_LABELS)
        if (side := declared_side(draft, span)) is not None
    ]
    votes = vote_calls(draft)
    # "Don't vote Reform": a listed slogan inside a call against its party is turned by it.
    against = [v for v in votes if v.side == "attack"]
    listed = [m for m in listed if not any(m.start < v.end and v.start < m.end for v in against)]
    named = [
        mention
        for mention in [
            *named_sides_in(draft, 0, len(draft.text)),
            *_issue_campaigns(draft),
            *campaign_activities(draft, functools.partial(is_political_handle, draft.pack)),
            *emoji_verdicts(draft),
            *votes,
        ]
        if not any(m.start < mention.end and mention.start < m.end for m in listed)
    ]
    found = [m for m in listed + named if not draft.is_quoted(m.start, m.end)]
    found = uncontested(draft.text, found, functools.partial(campaign_name, draft.pack))
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
