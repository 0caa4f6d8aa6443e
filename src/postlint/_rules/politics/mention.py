"""A political actor or issue a sentence names, where it stands in the draft."""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["ACTOR_LABELS", "HANDLE", "Mention", "joined_to_their_party", "without_overlaps"]

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
    ``cause``: a hashtag built of a campaign verb and a contested object (``#ScrapNetZero``);
    ``activity``: campaigning the author does; ``fundraiser``: tickets to a political
    fundraiser ("$75/ticket")."""
    side: str | None = None
    """``support`` or ``attack``: the side a campaign hashtag or slogan declares."""


_RANK = {
    "party": 0,
    "politician": 0,
    "backed": 1,
    "campaign": 1,
    "role": 2,
    "institution": 2,
    "entity": 3,
    "handle": 4,
}


def without_overlaps(found: list[Mention]) -> list[Mention]:
    """Where mentions overlap, the surest kind and then the longest stays."""
    ordered = sorted(found, key=lambda m: (_RANK[m.kind], -(m.end - m.start), m.start))
    kept: list[Mention] = []
    for mention in ordered:
        if not any(mention.start < k.end and k.start < mention.end for k in kept):
            kept.append(mention)
    return sorted(kept, key=lambda m: m.start)


#: Between a party and the politician it qualifies: "Labour's", "GOP state senator".
_QUALIFIES = re.compile(r"(?:['’]s)?\s+(?:(?:state|county|city|district|local|town|borough)\s+)?")


def joined_to_their_party(text: str, mentions: list[Mention]) -> list[Mention]:
    """A party named just before a role or politician joins it, so a message names the
    person ("Democratic Councilman Rick Danforth", "Reform's council leader Gary Dunmore"),
    not the party's adjective alone."""
    joined: list[Mention] = []
    for mention in mentions:
        before = joined[-1] if joined else None
        if (
            before is not None
            and before.kind == "party"
            and mention.kind in ("role", "politician")
            and _QUALIFIES.fullmatch(text, before.end, mention.start)
        ):
            side = before.side or mention.side
            joined[-1] = Mention(
                before.start, mention.end, text[before.start : mention.end], mention.kind, side
            )
        else:
            joined.append(mention)
    return joined
