"""Whether a post is about politics at all, for a stance the judge reads on no one.

The judge reads praise and scorn well, but not always what they are about: "These officers
ran back into the fire. Heroes." reads as an attack on a party or politician with nobody and
nothing political in sight. A support or attack that names no one postlint can point at is
therefore reported only in a post that is about politics somewhere: a political actor or an
issue in it (``actors``, ``issues``), or a word of politics (``political_words`` in
``rules/politics/lexicons/stance.toml``), a hashtag made of a politician's name
("#Bidenomics"), or a party's or candidate's post being shared or liked. A person's name or
an @handle in the sentence also counts (the message names them): attacks on a politician no
list names ("Greg Abbott's busing stunts…") stay reported.
"""

from __future__ import annotations

import functools
import re

from postlint._engine.draft import Draft
from postlint._rules.politics.actors import actors_of
from postlint._rules.politics.homonyms import CHANTED
from postlint._rules.politics.issues import issues_in
from postlint._rules.politics.mention import one_of, tag_words
from postlint._rules.politics.sport import about_sport

__all__ = ["about_politics"]

_WORD = re.compile(r"(?<!\w)[^\W\d_][\w'’-]*")  # not "13.0MP" (a camera's megapixels)
_POSSESSIVE = re.compile(r"['’]s?$")


def about_politics(draft: Draft) -> bool:
    """Whether ``draft`` names a political actor or issue or uses a word of politics."""
    return draft.shared(_about_politics)


def _about_politics(draft: Draft) -> bool:
    if draft.config.sharing.source in ("party", "candidate", "campaign"):
        return True  # a candidate's post, liked or shared: political by whose it is
    text = CHANTED.sub(" ", draft.text)  # "Come on you Greens!": a football crowd's word
    text = _household_bills(draft.pack.word_list("politics/issues.household_before")).sub(" ", text)
    words = draft.pack.word_list("politics/stance.political_words")
    if about_sport(draft):  # "Up the Greens! What a match": the team's colours
        words = words - {w.lower() for w in draft.pack.word_list("politics/actors.homonym_parties")}
    # "Labor's housing target": the word without its possessive.
    if any(_POSSESSIVE.sub("", word.lower()) in words for word in _WORD.findall(text)):
        return True
    tags = re.findall(r"#(\w+)", text)
    if any(part.lower() in words for tag in tags for part in tag_words(tag)):
        return True
    names = [n for n in draft.pack.word_list("politics/stance.hashtag_names") if len(n) > 4]
    if any(tag.lower().startswith(tuple(names)) for tag in tags):
        return True  # "#Bidenomics", "#Starmergeddon": a politician's name made a word
    return bool(actors_of(draft) or issues_in(draft, 0, len(draft.text)))


@functools.cache
def _household_bills(household: frozenset[str]) -> re.Pattern[str]:
    """A household's bill ("the vet bill", "my phone bills"): no bill of Parliament."""
    return re.compile(rf"\b(?:{one_of(household)})\s+bills?\b", re.IGNORECASE)
