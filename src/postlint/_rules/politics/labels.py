"""Lines that label what follows them rather than say anything: an entry of a list of links
("Anna Ruiz - https://…", "My Desk Setup: https://…") or a heading ("THE FULL GEAR LIST:").
A video description's links name friends, channels and shops; the judge, given a name in
capitals beside nothing else, reads it as a candidate's and finds a side."""

from __future__ import annotations

import re

from postlint._rules.politics.units import TAGS_AND_LINKS, WORD

__all__ = ["a_label"]

_LINK = re.compile(r"\b(?:https?://|www\.)\S+")
#: A link beside at most this many words labels the link ...
_LABEL_WORDS = 5
#: ... and a line ending in a colon with at most this many words heads what follows.
_HEADING_WORDS = 8
#: Words that make a label in title case a call on the reader ("Vote Okafor https://…").
_CALLS = frozenset(
    "go vote back support elect re-elect reelect join donate help stop ditch dump scrap save "  # noqa: SIM905
    "defend fight sack oust remove impeach".split()
)
#: The small words a label in title case leaves in lower case ("Shop the Look Here").
_SMALL_WORDS = frozenset("a an and at by for from here in my of on or our the to with via".split())  # noqa: SIM905


def a_label(text: str) -> bool:
    """Whether ``text`` (one of the author's sentences or lines) is a label: a link with a
    few words in title case or capitals beside it, or a short line in title case or capitals
    ending in a colon, and no call on the reader."""
    said = TAGS_AND_LINKS.sub(" ", text)
    words = WORD.findall(said)
    if not all(w[0].isupper() or w.lower() in _SMALL_WORDS for w in words):
        return False  # a sentence before its link: "Labour are a disgrace https://…"
    if sum(w[0].isupper() for w in words) < 2 or re.search(r"[!?]", said):
        return False  # "Roll on polling day https://…", "Go Okafor! https://…"
    if words[0].lower() in _CALLS:
        return False  # "Back Okafor https://…": a call, whatever its capitals
    if _LINK.search(text):
        return len(words) <= _LABEL_WORDS
    return text.rstrip().endswith(":") and len(words) <= _HEADING_WORDS
