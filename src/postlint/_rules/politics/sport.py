"""A post about a match or a race, where a party's name that is also a team's or a horse's
("Up the Greens!" for a club in green, "Reform got beat by a length at Kempton") is the team or
the horse. One unmistakable word of sport is enough ("half-time", "by a length", ⚽); words that
have other senses too ("match", "league", "a 2-1 score", a chant of "Up the …") need a second;
words of politics as often as of sport ("goal", "season", "race", "supporters") count for
nothing."""

from __future__ import annotations

import re

from postlint._engine.draft import Draft

__all__ = ["about_sport"]

#: Words only a match or a race uses ("hat-trick", "photo finish", "full-time" and "away day"
#: are said of elections and offices too).
_SURE = re.compile(
    r"[⚽🏉🏏🏇🥅]|\b(?:half-?time|injury\s+time|stoppage\s+time|penalty\s+shoot-?out|"
    r"(?:away|home)\s+(?:end|fans|supporters)|jockeys?|furlongs?|racecourses?|paddock|"
    r"by\s+a\s+(?:length|neck|nose|short\s+head)|(?:horse|filly|colt|mare|gelding)\s+"
    r"(?:called|named)|(?:premier|sunday|pub)\s+league|fa\s+cup|six\s+nations)\b",
    re.IGNORECASE,
)
#: Words a match uses among others.
_LIKELY = re.compile(
    r"\b\d{1,2}\s*[-–]\s*\d{1,2}\b(?!\s*(?:am|pm|years?|days?|hours?|weeks?))|"
    r"\b(?:kick-?offs?|match(?:es)?|games?|league|cup(?!\s+of)|fixtures?|derby|semi-?finals?|the\s+ref|"
    r"striker|keeper|goalkeeper|midfield\w*|winger|terraces?|stadium|horses?|punters?|"
    r"pitch(?:es)?|clean\s+sheet|changing\s+rooms?|what\s+a\s+side|"
    r"(?:up|c['’]?mon|come\s+on)\s+(?:the|you|ya)\s+\w+)\b",
    re.IGNORECASE,
)
_LIKELY_NEEDED = 2


def about_sport(draft: Draft) -> bool:
    """Whether ``draft`` is about a match or a race (see the module)."""
    return draft.shared(_about_sport)


def _about_sport(draft: Draft) -> bool:
    text = draft.text
    if _SURE.search(text):
        return True
    found = {m.group(0).lower() for m in _LIKELY.finditer(text)}
    return len(found) >= _LIKELY_NEEDED
