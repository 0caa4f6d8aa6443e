"""A party's position reported without a word of the author's own: "The Greens want a
referendum on the incinerator", "Labour and the Conservatives have both promised more
housebuilding". A civil servant may say what parties stand for; the judge reads such a
sentence as an attack on the party at 0.9 and more, on every party alike.

The sentence must open with the parties (a list of them, "Both … and …"), go straight on to a
verb of a position (want, promise, propose, publish, call for…), and carry nothing of the
author: no first person, no call ("should", "must"), no exclamation or question, no emoji, no
word of praise, scorn or verdict (the stance lexicon's lists), no word of attitude ("again",
"finally", "wreck"), anywhere in the post: "<X> want a referendum, which is a disgrace" and
"<X> have promised more housebuilding. Again. 🙄" are still the author's."""

from __future__ import annotations

import re

from postlint._engine.draft import Draft
from postlint._rules.politics.actors import political_actors_in
from postlint._rules.politics.mention import whole_phrases
from postlint._rules.voice import FIRST_PERSON

__all__ = ["position_reported"]

_LISTS = "politics/stance"
#: What a sentence may open with before the parties it reports.
_OPENING = re.compile(r"\W*(?:both\s+)?(?:the\s+)?", re.IGNORECASE)
#: Between two parties of one list.
_JOINED = re.compile(r"\s*(?:,|&|\band\b|\bor\b)\s*(?:the\s+)?", re.IGNORECASE)
#: Right after the parties: a verb of a position, with its auxiliaries.
_POSITION = re.compile(
    r"(?:['’]s\s+|\s+)(?:(?:have|has|had|are|is|were|was|will|would|both|also|now|today|all|"
    r"each|jointly)\s+)*(?:wants?|wanted|promise[sd]?|pledge[sd]?|propos(?:e|es|ed|ing)|"
    r"plans?|planned|planning|call(?:s|ed|ing)?\s+for|back(?:s|ed)?|support(?:s|ed)?|"
    r"oppose[sd]?|committ(?:ed|ing)\s+to|commits?\s+to|announc(?:e|es|ed|ing)|"
    r"publish(?:es|ed|ing)?|unveil(?:s|ed|ing)?|launch(?:es|ed|ing)?|set(?:s|ting)?\s+out|"
    r"outlin(?:e|es|ed|ing)|debat(?:e|es|ed|ing)|vot(?:e|es|ed|ing)\s+(?:on|for|against)|"
    r"manifesto|pledge|policy)\b",
    re.IGNORECASE,
)
#: The author's attitude or call in a word.
_ATTITUDE = re.compile(
    r"[!?]|\b(?:should|must|need\s+to|needs\s+to|again|another|finally|at\s+last|even|only|"
    r"just|actually|still|yet|so-called|wreck\w*|ruin\w*|destroy\w*|betray\w*|trash\w*|"
    r"gut\w*|sabotag\w*|fleec\w*|rob\w*|hammer\w*|punish\w*|cripple\w*|bankrupt\w*|con)\b",
    re.IGNORECASE,
)


def position_reported(draft: Draft, start: int, end: int) -> bool:
    """Whether ``draft.text[start:end]`` reports parties' positions with nothing of the
    author's own (see the module)."""
    text = draft.text
    if _POSITION.search(text, start, end) is None:
        return False  # most sentences: no verb of a position, nothing more to read
    actors = [a for a in political_actors_in(draft, start, end) if a.kind == "party"]
    if not actors or _OPENING.fullmatch(text, start, actors[0].start) is None:
        return False
    last = actors[0]
    for following in actors[1:]:
        if _JOINED.fullmatch(text, last.end, following.start) is None:
            break
        last = following
    if _POSITION.match(text, last.end, end) is None:
        return False
    return draft.shared(_plain)  # the author's tone anywhere in the post ("… Again. 🙄")


def _plain(draft: Draft) -> bool:
    """Whether the post carries nothing of the author's tone (see the module)."""
    text = draft.text
    if _ATTITUDE.search(text) or FIRST_PERSON.search(text):
        return False
    if any(not ch.isascii() and not ch.isalpha() and ch not in "’‘“”–—£€…" for ch in text):
        return False  # an emoji or a symbol
    return not _evaluated(draft, text.lower().replace("’", "'"))


def _evaluated(draft: Draft, lowered: str) -> bool:
    """Whether ``lowered`` holds a word of the stance lexicon's praise, scorn or verdicts."""
    lists = ("praise_words", "scorn_words", "verdict_words", "scorn_called", "dread", "joy")
    words = frozenset(w for name in lists for w in draft.pack.word_list(f"{_LISTS}.{name}"))
    return whole_phrases(words).search(lowered) is not None
