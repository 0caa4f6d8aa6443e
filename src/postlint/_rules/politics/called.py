"""Someone no list knows, whom the sentence itself calls a politician: "Max Calloway is the
only politician under 40 who…", "Tom Haverley, our new MP, has held more surgeries…",
"Priya Ramsden was the best councillor this ward ever had". The name is a political actor
(kind ``politician``), as a name after "Vote" is: the judge's side on the sentence is then a
side on someone the reader can check. A name is two or more capitalised words, or one that
is no everyday word, not inside a handle or a hashtag; "It's the only politician…" names no
one.
"""

from __future__ import annotations

import re

from postlint._engine.similarity import zipf_frequency
from postlint._rules.politics.mention import Mention

__all__ = ["called_politicians"]

_OFFICE_WORDS = (
    r"politicians?|mp|msp|mla|ms|td|mep|councill?or|senator|congress(?:wo)?man|congressperson|"
    r"assembly\s*member|representative|minister|mayor|governor|premier|taoiseach|candidate|"
    r"council\s+leader|party\s+leader|opposition\s+leader|prime\s+minister|president"
)
_NAME = r"(?<![@#\w'’.-])[A-Z][a-z][\w'’-]*(?:\s+[A-Z][a-z][\w'’-]*){0,2}"
#: "<Name> is the only politician", "<Name> was our best MP", "<Name>, our new MP, …"
_CALLED = re.compile(
    rf"(?P<name>{_NAME})(?:\s+(?:is|was|has\s+been)|['’]s|,)\s+(?:(?:the|a|an|our|my|your|"
    rf"their)\s+)(?:[\w-]+\s+){{0,3}}?(?:{_OFFICE_WORDS})\b",
)
#: A one-word name this frequent is a word ("Labour is the only party", "Honestly is…").
_EVERYDAY = 4.0


def called_politicians(text: str, start: int, end: int) -> list[Mention]:
    """The names in ``text[start:end]`` that their sentence calls politicians."""
    found = []
    for match in _CALLED.finditer(text, start, end):
        name = match.group("name")
        if " " not in name and zipf_frequency(name.lower()) >= _EVERYDAY:
            continue
        found.append(Mention(match.start("name"), match.end("name"), name, "politician"))
    return found
