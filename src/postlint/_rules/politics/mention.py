"""A political actor or issue a sentence names, where it stands in the draft."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Mention"]


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
