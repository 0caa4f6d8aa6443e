"""A political actor or issue a sentence names, where it stands in the draft."""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["ACTOR_LABELS", "HANDLE", "Mention"]

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
    ``cause``: a hashtag built of a campaign verb and a contested object (``#ScrapNetZero``)."""
    side: str | None = None
    """``support`` or ``attack``: the side a campaign hashtag or slogan declares."""
