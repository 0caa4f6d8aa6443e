"""An actor proved right, in the author's words: support.

- Said outright: "Turns out <X> was right all along", "<X> called it on energy bills".
- Told as a warning once laughed at, now borne out: "<X> was warning about the water companies
  years ago and everyone laughed. Funny how nobody's laughing now"; "<X> said this would
  happen back in 2019 and got shouted down for it"; "Everyone mocked <X> for going on about
  sewage. Not so daft now, is it."

The judge reads the laughter and the mockery as scorn for the actor, for every name. Not a
promise broken ("<X> said this would never happen and here we are": no one laughed), nor
"<X> was right to resign" (a verdict on one act, left to the judge).
"""

from __future__ import annotations

import re

from postlint._engine.draft import Draft
from postlint._rules.politics.mention import Mention
from postlint._rules.politics.scorn import around, next_sentence

__all__ = ["vindicated_side"]

#: Right after the actor: "was right all along", "called it".
_PROVED_RIGHT = re.compile(
    r"^\s*(?:\s(?:was|were|has\s+been|have\s+been)|['’]s\s+been)\s+(?:(?:so|totally|absolutely|"
    r"completely|dead)\s+)?(?:right|correct|spot\s+on|bang\s+on)\s+(?:all\s+along|from\s+the\s+"
    r"(?:start|beginning)|the\s+whole\s+time)\b|^\s+(?:totally\s+|absolutely\s+)?called\s+it\b",
    re.IGNORECASE,
)
#: Right after the actor, a warning given: "was warning about…", "said this would happen".
_WARNED = re.compile(
    r"^\s+(?:(?:was|were|had\s+been|has\s+been|have\s+been|kept)\s+)?(?:warn\w*|sa(?:id|ying)|"
    r"bang\w*\s+on|go(?:ing|ne)\s+on|went\s+on|tell\w*\s+us|told\s+us|predict\w*|flag\w*)\b",
    re.IGNORECASE,
)
#: Before the actor, mockery of it: "Everyone mocked <X>", "people laughed at <X>".
_MOCKED = re.compile(
    r"\b(?:mocked|laughed\s+at|ridiculed|sneered\s+at|scoffed\s+at|jeered\s+at|dismissed)\s+"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)
#: What says the warning was borne out, in the actor's sentence or the next.
_BORNE_OUT = re.compile(
    r"\b(?:nobody|no\s+one|no-one|who)['’]?s\s+laughing\s+now|\bnot\s+laughing\s+now|"
    r"\bnot\s+so\s+(?:daft|mad|crazy|silly|funny|stupid|barmy|bonkers|far-fetched)\s+now|"
    r"\b(?:got|was|were|being)\s+(?:shouted|laughed)\s+down\b|\beveryone\s+laughed\b|"
    r"\b(?:they|people|everyone)\s+(?:all\s+)?laughed\s+at\s+(?:him|her|them)\b",
    re.IGNORECASE,
)


def vindicated_side(draft: Draft, actor: Mention) -> str | None:
    """``support`` where the author says ``actor`` was proved right (see the module), or
    None."""
    at = around(draft, actor)
    if _PROVED_RIGHT.match(at.after):
        return "support"
    if not (_WARNED.match(at.after) or _MOCKED.search(at.before)):
        return None
    told = draft.text[at.opening : at.ending] + " " + next_sentence(draft, at.ending)
    return "support" if _BORNE_OUT.search(told) else None
