"""Attacks the author reports, not makes: "Farage's tirade against Starmer", "Badenoch keeps
laying into Davey over tax". The one attacked is the object of another party's or politician's
hostile act; the models, reading the hostility beside that name, take it for the author's
attack on them. The author's side, if any, is on the attacker ("rant") or on neither."""

from __future__ import annotations

import functools
import re

from postlint._engine.draft import Draft
from postlint._rules.politics.actors import Mention
from postlint._rules.politics.mention import one_of

__all__ = ["attacked_by_another"]

#: How far before the one attacked its attacker may be named.
_REACH = 80
#: Words between the attacker and the hostile act that keep it theirs ("keeps laying into",
#: "has once again smeared", "is still attacking").
_AUXILIARIES = (
    "is", "are", "was", "were", "has", "have", "had", "been", "still", "keeps", "keep", "kept",
    "just", "again", "once", "trying", "tried", "try", "to", "continues", "continued", "really",
    "always", "now", "openly", "also", "repeatedly", "literally", "even", "then", "and",
)  # fmt: skip
#: A third person who may be the attacker, standing for someone named before.
_PRONOUN = re.compile(r"\b(?:[Ss]he|[Hh]e|[Tt]hey)\b")
#: At most this many words between the pronoun and the one attacked.
_PRONOUN_WORDS = 8
#: Words between the hostile act and the one attacked ("smeared the poor man").
_DETERMINERS = ("the", "our", "my", "poor", "his", "her", "their", "a")


@functools.cache
def _hostile_pattern(acts: frozenset[str]) -> re.Pattern[str]:
    verbs = one_of(acts)
    auxiliaries = "|".join(_AUXILIARIES)
    return re.compile(
        # "X's latest tirade against", "X keeps laying into", "X attacks"
        rf"^(?:['’]s(?:\s+[\w-]+){{0,2}}?|(?:\s+(?:{auxiliaries}))*)\s+(?:{verbs})"
        rf"(?:\s+(?:{'|'.join(_DETERMINERS)}))*\s+$"
    )


@functools.cache
def _hostile_tail(acts: frozenset[str]) -> re.Pattern[str]:
    """A hostile act just before the one attacked, whatever is said before it."""
    return re.compile(rf"\s(?:{one_of(acts)})(?:\s+(?:{'|'.join(_DETERMINERS)}))*\s+$")


def attacked_by_another(draft: Draft, actor: Mention, actors: list[Mention]) -> bool:
    """Whether ``actor`` is named as the one another of ``actors``, or someone a pronoun
    stands for, attacks, in the words just between them ("Badenoch keeps laying into Davey",
    "she was bashing Bernie")."""
    acts = draft.pack.word_list("politics/stance.hostile_acts")
    pattern = _hostile_pattern(acts)
    text = draft.text
    # Someone a pronoun stands for: "she spent the whole campaign bashing #Bernie".
    said = [m.end() for m in _PRONOUN.finditer(text, max(0, actor.start - _REACH), actor.start)]
    words = text[said[-1] : actor.start].lower().split() if said else []
    if said and len(words) <= _PRONOUN_WORDS and _hostile_tail(acts).search(f" {' '.join(words)} "):
        return True
    for attacker in actors:
        if attacker.text.lower() == actor.text.lower():
            continue
        if not actor.start - _REACH <= attacker.end <= actor.start:
            continue
        between = " ".join(text[attacker.end : actor.start].lower().split())
        between = between if between.startswith(("'", "’")) else " " + between
        if pattern.match(between + " "):
            return True
    return False
