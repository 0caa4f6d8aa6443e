"""How a campaign hashtag reads: the party's or politician's name in it, the markers around
the name, and the side they declare.

A hashtag declares a side by its parts: a party's or politician's name with a "for" or
"against" marker and nothing else (``#StopHillary2016``, ``#Labour2029``, ``#NeverHarris``;
"against" wins), or a shape that is a campaign whatever the name (``#VoteOkafor``,
``#Whitfield4Mayor``, ``#ToriesOut``). A tag with other words around the name is no campaign
(``#PensionReform2026``). The names and markers are data (``politics/stance.hashtag_names``,
``hashtag_for``, ``hashtag_against``), the same for every side. ``campaigns`` says which of
a draft's tags its author campaigns with.
"""

from __future__ import annotations

import functools
import itertools
import re

from postlint._engine.draft import Draft
from postlint._engine.similarity import zipf_frequency
from postlint._pack import RulePack
from postlint._rules.politics.mention import one_of, tag_words

__all__ = [
    "NAME_AND_YEAR_TAG",
    "a_name_and_year",
    "backed_by_tag",
    "campaign_name",
    "is_political_handle",
    "named_side",
    "names_an_event",
    "person_in_a_shape",
    "shape_name",
    "side_of",
]

#: Shapes that declare a side whatever the name in them.
_SUPPORT_SHAPE = re.compile(
    r"#(?:Vote|ImWith|IStandWith|Back)[A-Z]\w*|#\w+(?:4|For)(?:Mayor|President|Governor|Senate"
    r"|Congress|Council|MP|PM|Premier|Sheriff|Commissioner|Assembly)\b|#\w+Doorstep\b"
)
_ATTACK_SHAPE = re.compile(r"#(?:Never|Dump|Stop)[A-Z]\w*|#[A-Z]\w*(?:Out|MustGo)\b")
_YEAR = re.compile(r"(?:19|20)\d\d")
#: Words a campaign tag may hold besides its name and markers ("#HillaryForPrison",
#: "#BothVotesSNP").
_FILLERS = frozenset({"for", "4", "the", "2", "to", "both"})


def side_of(pack: RulePack, hashtag: str) -> str | None:
    """The side a hashtag declares by its parts, if it declares one."""
    named = named_side(pack, hashtag)
    return named if named is not None else side_of_shape(hashtag)


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
    ``#HarrisTweed``), nor an everyday word's tag without a strong marker (``#GoGreen``)."""
    read = _read(pack, hashtag)
    if read is None:
        return None
    before, name, after = read
    against, backing = _markers(pack)
    words = [_segments(before, against | backing), _segments(after, against | backing)]
    if not (before or after) or None in words:
        return None
    markers = {word for segments in words for word in segments or ()}
    if name.lower() in pack.word_list("politics/stance.everyday_tag_names") and not (
        markers & pack.word_list("politics/stance.strong_hashtag_markers")
        or any(_YEAR.fullmatch(w) for w in markers)
    ):
        return None  # "#GoGreen", "#GreenTeam": recycling, not the Greens
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


#: The markers around the name in a campaign shape ("#VoteGreen", "#Okafor4Mayor",
#: "#ToriesOut"), and words in their place that name no one ("#VoteThemOut").
_SHAPE_BEFORE = re.compile(r"^(?:Vote|ImWith|IStandWith|Back|Never|Dump|Stop|ReElect|Elect)")
_SHAPE_AFTER = re.compile(
    r"(?:Out|MustGo|Doorstep|(?:4|For)(?:Mayor|President|Governor|Senate|Congress|Council|MP|PM"
    r"|Premier|Sheriff|Commissioner|Assembly)|(?:19|20)\d\d)$"
)
_NO_ONE = frozenset({"them", "us", "him", "her", "em", "it", "all", "change", "now", "today"})


def shape_name(hashtag: str) -> str | None:
    """The name a campaign shape holds, whether or not the lexicons know it ("#VoteGreen" →
    "Green"), or None."""
    if side_of_shape(hashtag) is None:
        return None
    name = _SHAPE_AFTER.sub("", _SHAPE_BEFORE.sub("", hashtag.lstrip("#")))
    return name if name[:1].isupper() and name.lower() not in _NO_ONE else None


#: A word of a shape's name this frequent is an everyday word ("#VoteForChange",
#: "#BackTheMayor"), not part of someone's name.
_EVERYDAY_ZIPF = 4.5
#: Shapes against someone that open with a word everyday tags open with too ("#NeverForget").
_OPENS_AGAINST = re.compile(r"#(?:Never|Dump|Stop)")


def person_in_a_shape(hashtag: str) -> str | None:
    """The name in a campaign shape when every word of it is a name, not an everyday word
    ("#VoteOkafor", "#SamOkafor4Mayor", "#KowalskiMustGo"; not "#VoteForChange"): a call for
    or against someone, however new to the lexicons. Shapes whose markers everyday tags use
    too ("#NeverForgotten", "#BurnOut") need a name the lexicons know (``named_side``)."""
    if _OPENS_AGAINST.match(hashtag) or hashtag.endswith("Out"):
        return None  # "#NeverForgotten", "#StopTheRot", "#BurnOut": not someone's name
    name = shape_name(hashtag)
    words = re.findall(r"[A-Z][a-z]+|[A-Z]+(?![a-z])", name or "")
    if not name or not words or "".join(words) != name:
        return None
    return name if all(zipf_frequency(w.lower()) < _EVERYDAY_ZIPF for w in words) else None


def side_of_shape(hashtag: str) -> str | None:
    """The side a campaign shape declares, whatever the name in it."""
    if _ATTACK_SHAPE.fullmatch(hashtag):
        return "attack"
    return "support" if _SUPPORT_SHAPE.fullmatch(hashtag) else None


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
    return re.compile(rf"({one_of(known)}|\d+)")


def a_name_and_year(pack: RulePack, hashtag: str) -> bool:
    """Whether a hashtag is a party's or politician's name with a year and no marker of a
    side ("#Hillary2016", not "#NeverHillary2016"): inside a sentence it is used as a name."""
    read = _read(pack, hashtag)
    if read is None:
        return False
    against, backing = _markers(pack)
    parts = [_segments(read[0], against | backing), _segments(read[2], against | backing)]
    words = [word for segments in parts for word in segments or ["?"]]
    years = [word for word in words if _YEAR.fullmatch(word)]
    # The lexicons list some years as markers themselves ("2016"): only other words count.
    return bool(years) and not (set(words).difference(years) & (against | backing))


def backed_by_tag(draft: Draft, hashtag: str, *, or_itself: bool = False) -> str | None:
    """Whom a campaign tag backs: the name in it ("#Trump2016"), else the movement its list
    entry stands for ("#p2", "#tcot": its id, ending "-movement"), so that a run tagging both
    wings ("#p2 #tcot") is read as reaching both audiences, not as backing either; else, if
    ``or_itself``, the tag's own words (an actor's bare tag names it, listed or not)."""
    named = campaign_name(draft.pack, hashtag)
    if named is not None:
        return named
    movements = (
        span.id_
        for span in draft.spans_labelled("PARTISAN_HASHTAG")
        if span.text.lower() == hashtag.lower() and span.id_.endswith("-movement")
    )
    return next(movements, hashtag.lstrip("#").lower() if or_itself else None)


#: A tag of a name and a year: "#Okafor2028" (a candidate's), "#Budget2021" (an event's).
NAME_AND_YEAR_TAG = re.compile(r"#(\w+?)(?:19|20)\d\d\b")
#: A word this frequent (Zipf) is no candidate's name: "#Budget2021" an event, "#Okafor2028" not.
_EVENT_WORD_ZIPF = 4.0


def names_an_event(name: str) -> bool:
    """Whether the words before a tag's year are everyday words ("Budget", "PensionReform",
    "WorldCup") or an acronym ("IWD", "GE"), not a name (a party's acronym with a year,
    "#SNP2026", declares its side by the lexicons' names first)."""
    if name.isupper():
        return True
    words = tag_words(name) or [name]
    return any(zipf_frequency(word.lower()) >= _EVENT_WORD_ZIPF for word in words)
