"""A side carried by emojis beside a party, politician or office the sentence names.

"Wes Streeting on Newsnight last night 💯🙌", "The President's posts this morning 🙄🙄🙄":
the words are a neutral report and the models read them so, but the emojis take a side, and
newsroom codes say so outright (the BBC: emojis "can undercut an otherwise impartial post").

- Scorn (``politics/stance.verdict_emojis``: 🙄 🤡 🤮 …) beside a named actor attacks it,
  whatever the words say ("Amazing job, House Republicans 🙄" is sarcasm, not praise); in a
  short post, scorn in a sentence that names no one is the post's tone and attacks the
  actors named before it ("Superb work, Labour. Another ward closed. 🙄").
- Praise (``politics/stance.praise_emojis``: 🔥 💯 🙌 💪 …) beside a named actor supports it,
  but only in a short sentence whose words are no more than a report of where the actor was
  (at most ``_PRAISE_WORDS`` words) and with no scorn beside it: in longer sentences the
  words decide, and 👏 is left out, being sarcasm's favourite ("World-class delivery 👏").

Only actors postlint knows count (a party, politician, office or political handle; not a
body every side sits in): "Tomasz Wilk in the derby 🔥🔥" names a footballer. A sentence that
also names an issue keeps its verdict (``cues.emoji_verdicts``) and gets the side too.
"""

from __future__ import annotations

import re

from postlint._engine.draft import Draft
from postlint._rules.politics.actors import political_actors_in
from postlint._rules.politics.mention import Mention

__all__ = ["emoji_sides"]

#: A sentence of at most this many words (emojis aside) can take a side by praise emojis.
_PRAISE_WORDS = 10
#: A post of at most this many words takes its tone from scorn at its end.
_SHORT_POST_WORDS = 40
_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def emoji_sides(draft: Draft) -> list[Mention]:
    """The emojis of ``draft`` that take a side on an actor their sentence names, each as a
    campaign of kind ``emoji`` with its side."""
    scorn = draft.pack.word_list("politics/stance.verdict_emojis")
    praise = draft.pack.word_list("politics/stance.praise_emojis")
    text = draft.text
    if not any(emoji in text for emoji in scorn | praise):
        return []
    found = []
    for sentence in draft.sentences:
        start, end = sentence.start_char, sentence.end_char
        scornful = _first_of(text, start, end, scorn)
        praising = _first_of(text, start, end, praise) if scornful is None else None
        if praising is not None and len(_WORD.findall(text[start:end])) > _PRAISE_WORDS:
            praising = None
        emoji = scornful or praising
        if emoji is None or draft.is_quoted(emoji[0], emoji[0] + len(emoji[1])):
            continue
        # An emoji before a capital closes its sentence, as a full stop would ("The boiler
        # broke again 🙃 Anyway, I think <X> is doing a great job"): not about <X>.
        closes = re.match(r"[ \t]+[A-Z]", text[emoji[0] + len(emoji[1]) : end])
        scope = emoji[0] + len(emoji[1]) if closes else end
        actors = [a for a in political_actors_in(draft, start, scope) if a.kind != "institution"]
        if actors:
            side = "attack" if scornful is not None else "support"
            found.append(Mention(emoji[0], emoji[0] + len(emoji[1]), emoji[1], "emoji", side))
        elif scornful is not None and len(_WORD.findall(text)) <= _SHORT_POST_WORDS:
            found.extend(_scorn_for_the_post(draft, start, scornful[1]))
    return found


def _scorn_for_the_post(draft: Draft, before: int, emoji: str) -> list[Mention]:
    """Scorn in a short post's sentence that names no one, for the actors of the sentences
    before it ("Superb work from the Greens. Another library shut. Truly the party of
    communities 🙄"): the tone of the whole post. Each mention stands where its
    actor does, so that it counts for the actor's own sentence."""
    found = []
    for sentence in draft.sentences:
        if sentence.start_char >= before:
            break
        for actor in political_actors_in(draft, sentence.start_char, sentence.end_char):
            if actor.kind != "institution" and not draft.is_quoted(actor.start, actor.end):
                found.append(Mention(actor.start, actor.end, emoji, "emoji", "attack"))
    return found


def _first_of(text: str, start: int, end: int, emojis: frozenset[str]) -> tuple[int, str] | None:
    """The first of ``emojis`` in ``text[start:end]``, with where it is."""
    found = [(at, emoji) for emoji in emojis if (at := text.find(emoji, start, end)) >= 0]
    return min(found) if found else None
