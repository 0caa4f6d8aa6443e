"""Fear of a party or politician coming to power: "The thought of <X> in government keeps me
up at night", "Terrified of <X> winning", "We can finally stop worrying about <X> winning the
nomination": an attack on <X>.

The judge reads the words of fear as the author's worry for the actor, or the power as a
hope, and took the thought of some parties in government as support. Fear
(``politics/stance.feared_before``; or a plain "the thought of", ``thought_of_before``, in
a sentence of ``fear_words``) just before the actor, and power (``feared_power``) right
after it, give the side whoever it is; not a fear told away ("Don't worry about <X>
winning, they've got it in the bag"), which may be confidence.
"""

from __future__ import annotations

import functools
import re

from postlint._engine.draft import Draft
from postlint._rules.politics.mention import Mention, one_of

__all__ = ["feared_side"]

_LISTS = "politics/stance"
#: How far before the actor the fear may stand.
_REACH = 60
#: A fear told away: "don't worry about", "no need to be scared of".
_TOLD_AWAY = re.compile(
    r"\b(?:don'?t|do\s+not|no\s+need\s+to|nothing\s+to|never)\s+(?:\w+\s+){0,2}$", re.IGNORECASE
)


def feared_side(draft: Draft, actor: Mention) -> str | None:
    """``attack`` where the author fears ``actor`` coming to power (see the module)."""
    text = draft.text
    before = " ".join(text[max(0, actor.start - _REACH) : actor.start].lower().split()) + " "
    before = before.replace("’", "'")
    feared = _before(draft.pack.word_list(f"{_LISTS}.feared_before")).search(before)
    if feared is None:
        feared = _before(draft.pack.word_list(f"{_LISTS}.thought_of_before")).search(before)
        if feared is None or not _said_to_be_feared(draft, actor):
            return None
    if _TOLD_AWAY.search(before[: feared.start(1)]):
        return None
    after = " ".join(text[actor.end : actor.end + 40].lower().split())
    if _power(draft.pack.word_list(f"{_LISTS}.feared_power")).match(after.replace("’", "'")):
        return "attack"
    return None


@functools.cache
def _before(words: frozenset[str]) -> re.Pattern[str]:
    """One of ``words`` ending the text before an actor, built once per list."""
    return re.compile(rf"(?:^|\W)({one_of(words)})\s+(?:the\s+)?$")


@functools.cache
def _power(words: frozenset[str]) -> re.Pattern[str]:
    """One of ``words`` opening the text after an actor, built once per list."""
    return re.compile(rf"(?:'s\s+)?(?:{one_of(words)})\b")


def _said_to_be_feared(draft: Draft, actor: Mention) -> bool:
    """Whether the sentence of ``actor`` says the thought is feared ("…keeps me up at night")."""
    around = [s for s in draft.sentences if s.start_char <= actor.start < s.end_char]
    lowered = (around[0].text if around else draft.text).lower().replace("’", "'")
    return any(words in lowered for words in draft.pack.word_list(f"{_LISTS}.fear_words"))
