"""Ruin of what all hold in common, done by an actor: "<X> destroyed the economy", "<X> took
the country apart", "<X> ran the NHS into the ground" attack <X>, whoever <X> is. The judge
read the first as support for the Conservatives, the Greens and the Democrats, and the second
for Badenoch, Harris and Plaid Cymru. What is ruined is ``politics/stance.common_goods`` (not
a rival routed: "destroyed the Tories" is a contest); ruin someone else is reported to claim
("Every time <Y> says <X> wrecked the economy…") is theirs.
"""

from __future__ import annotations

import functools
import re

from postlint._engine.draft import Draft
from postlint._rules.politics.clauses import in_their_words
from postlint._rules.politics.mention import Mention

__all__ = ["ruined"]


def ruined(draft: Draft, actor: Mention, deed: str) -> bool:
    """Whether ``deed``, what ``actor`` is said to have done, ruins what all hold in common."""
    pattern = _ruin(draft.pack.word_list("politics/stance.common_goods"))
    return pattern.match(deed) is not None and not in_their_words(draft, actor, _named(draft))


@functools.cache
def _ruin(common: frozenset[str]) -> re.Pattern[str]:
    """The verbs of ruin before what all hold in common, built once per list."""
    goods = rf"(?:(?:the|our|this|my|their|his|her|its)\s+)?(?:{'|'.join(sorted(common))})\b"
    return re.compile(
        rf"(?:destroy(?:ed|s)?|wreck(?:ed|s)?|ruin(?:ed|s)?|trash(?:ed|es)?|crash(?:ed|es)?|"
        rf"tank(?:ed|s)?|bankrupt(?:ed|s)?|broke|breaks|decimat(?:ed|es))\s+{goods}"
        rf"|(?:took|takes|tore|tears|ripped|rips)\s+{goods}\s+apart"
        rf"|(?:ran|runs|run|drove|drives|driven)\s+{goods}\s+into\s+the\s+ground",
        re.IGNORECASE,
    )


def _named(draft: Draft) -> list[Mention]:
    """The parties and politicians the lexicons name: who may be reported saying a deed
    (``actors.actors_of`` is the full list, but ``actors`` reaches ``deeds`` through
    ``campaigns``, ``cues`` and ``implied``)."""
    spans = draft.spans_labelled("PARTY", "POLITICIAN", "POLITICAL_ROLE")
    return [Mention(s.start_char, s.end_char, s.text, "politician") for s in spans]
