"""A defeat told with relish: "<X> got absolutely hammered in the by-election", "<X> took a
proper beating in the locals", "<X> just got their rump handed to them in the debate": an
attack on <X>.

A defeat foretold is read in ``implied`` ("<X> are going to get hammered"); one suffered, in
the words of a rout (``politics/stance.downfall_verbs``) or of a beating, is told by someone
who enjoyed it. The judge reads the rout as the actor's doing, support, for every party
alike.
"""

from __future__ import annotations

import functools
import re

from postlint._engine.draft import Draft
from postlint._rules.politics.mention import one_of

__all__ = ["defeated"]

_LISTS = "politics/stance"


def defeated(draft: Draft, after: str) -> bool:
    """Whether ``after`` (the words after an actor, in its sentence) tells a defeat with
    relish (see the module)."""
    return bool(_defeat(draft.pack.word_list(f"{_LISTS}.downfall_verbs")).match(after))


@functools.cache
def _defeat(verbs: frozenset[str]) -> re.Pattern[str]:
    """The words of a defeat suffered, built once per word list."""
    return re.compile(
        r"^\s*(?:just\s+|really\s+)?(?:"
        # "got absolutely hammered", "were well and truly thrashed", "have been wiped out"
        r"(?:got|get|were|was|have\s+been|has\s+been)\s+(?:absolutely\s+|completely\s+|"
        rf"totally\s+|properly\s+|well\s+and\s+truly\s+|utterly\s+)?(?:{one_of(verbs)})\b"
        # "took a proper beating", "took a right hammering"
        r"|took\s+(?:a|an\s+absolute)\s+(?:proper\s+|real\s+|right\s+|massive\s+|total\s+)?"
        r"(?:beating|hammering|pasting|drubbing|kicking|thrashing|battering|shellacking)\b"
        # "got their rump handed to them", "got his arse handed to him"
        r"|got\s+(?:his|her|their|its)\s+(?:ass|arse|rump|butt|backside|lunch|heads?)\s+handed\s+"
        r"(?:to|back\s+to)\s+(?:him|her|them|it))",
        re.IGNORECASE,
    )
