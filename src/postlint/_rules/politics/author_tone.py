"""Whether a post carries anything of the author's tone, as the readings of a plain report
share it (``positions``, ``headlines``, an office's work in ``deeds``): the first person, a
call ("should", "must"), an exclamation or question, an emoji, a word of praise, scorn or
verdict (the stance lexicon's lists), a word of attitude ("again", "finally", "wreck";
"rightly", "lies", "don't believe")."""

from __future__ import annotations

import re

from postlint._engine.draft import Draft
from postlint._rules.politics.mention import whole_phrases
from postlint._rules.voice import FIRST_PERSON

__all__ = ["plain", "plain_but_for_the_author"]

_LISTS = "politics/stance"
#: The author's attitude or call in a word.
_ATTITUDE = re.compile(
    r"[!?]|\b(?:should|must|need\s+to|needs\s+to|again|another|finally|at\s+last|even|only|"
    r"just|actually|still|yet|so-called|wreck\w*|ruin\w*|destroy\w*|betray\w*|trash\w*|"
    r"gut\w*|sabotag\w*|fleec\w*|rob\w*|hammer\w*|punish\w*|cripple\w*|bankrupt\w*|con|"
    # hyperbole and mockery: "<X> want to ban everything except their own smugness"
    r"everything|anything|nothing|smug\w*|bonkers|barmy|mad|crazy|insane|nuts|loony|loopy|"
    r"woke|nanny|obsess\w*|fantas(?:y|ies)|delusion\w*|ridiculous|absurd|laughable|hypocri\w*|"
    # the author's word on what a party says: "… and they're right", "Don't believe a word"
    r"rightly|wrongly|correctly|spot\s+on|lie|lies|lied|lying|liars?|nonsense|rubbish|"
    r"don['’]?t\s+believe|do\s+not\s+believe|apparently|supposedly|"
    # a warning borne out: "… and everyone laughed. Nobody's laughing now"
    r"laughing\s+now|(?:shouted|laughed)\s+down|everyone\s+laughed|"
    # a scoff: "… Righto.", "… Big brain stuff.", "… Good luck with that."
    r"righto|big\s+brain|galaxy\s+brain|good\s+luck\s+with\s+that|yeah,?\s+right|sure,?\s+jan)\b",
    re.IGNORECASE,
)


def plain(draft: Draft) -> bool:
    """Whether the post carries nothing of the author's tone (see the module)."""
    return not FIRST_PERSON.search(draft.text) and plain_but_for_the_author(draft)


def plain_but_for_the_author(draft: Draft) -> bool:
    """Whether the post carries nothing of the author's tone but the first person."""
    text = draft.text
    if _ATTITUDE.search(text):
        return False
    if any(not ch.isascii() and not ch.isalpha() and ch not in "’‘“”–—£€…" for ch in text):
        return False  # an emoji or a symbol
    return not _evaluated(draft, text.lower().replace("’", "'"))


def _evaluated(draft: Draft, lowered: str) -> bool:
    """Whether ``lowered`` holds a word of the stance lexicon's praise, scorn or verdicts, or
    a name it calls people by, with or without its article ("a clown", "bunch of clowns")."""
    lists = ("praise_words", "scorn_words", "verdict_words", "scorn_called", "dread", "joy")
    words = {w for name in lists for w in draft.pack.word_list(f"{_LISTS}.{name}")}
    for called in draft.pack.word_list(f"{_LISTS}.scorn_called"):
        bare = re.sub(r"^(?:an?|the)\s+", "", called)
        words.update((bare, f"{bare}s"))
    return whole_phrases(frozenset(words)).search(lowered) is not None
