"""Where a sentence turns from one side to another, and whose words a clause reports: each
actor of a sentence that sets one side against another is read in its own clause ("DeSantis
cut taxes while Newsom taxes everything"), and an actor named in what another is reported to
say is not the author's target ("Whenever Badenoch says Labour wrecked the economy…")."""

from __future__ import annotations

import itertools
import re

from postlint._engine.draft import Draft
from postlint._rules.politics.mention import Mention
from postlint._rules.politics.wording import SAYING

__all__ = ["CONTRAST", "clause_of", "in_their_words"]

#: Where a sentence that sets one side against another turns ("DeSantis cut taxes while
#: Newsom taxes everything"): each actor is read in its own clause.
CONTRAST = re.compile(r"\s+(?:while|whereas|but|unlike)\s+|;\s*")


def clause_of(text: str, at: int) -> tuple[int, int]:
    """Where the clause holding ``text[at]`` begins and ends: cut after each turn from one
    side to another (the turning words end the clause before)."""
    cuts = [0, *(m.end() for m in CONTRAST.finditer(text)), len(text)]
    return next(((b, e) for b, e in itertools.pairwise(cuts) if b <= at < e), (cuts[-2], len(text)))


#: Verbs by which one actor's words about another are reported ("Trump says Hillary…").
_REPORTING = re.compile(rf"\s+(?:{SAYING})\s+(?:that\s+)?")


#: How far before an actor the politician reported to speak of it may be named.
_SPOKEN_WITHIN = 200


def in_their_words(draft: Draft, actor: Mention, actors: list[Mention]) -> bool:
    """Whether ``actor`` is named in what another actor of the clause is reported to say
    ("Whenever Badenoch says Labour wrecked the economy I want to scream": the author's stance
    is on Badenoch; the words about Labour are hers)."""
    text = draft.text
    for speaker in actors:
        if not actor.start - _SPOKEN_WITHIN <= speaker.end <= actor.start:
            continue  # after the actor, or too far before it to be reporting its words
        if speaker.text == actor.text:
            continue
        said = _REPORTING.match(text, speaker.end)
        if said is None or said.end() > actor.start:
            continue
        between = text[said.end() : actor.start]
        if not CONTRAST.search(between) and not re.search(r"[.!?]", between):
            return True
    return False
