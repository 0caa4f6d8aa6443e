"""A bare choice between sides, and its answer.

A bare choice ("Harris or Trump?", "So... Starmer vs Badenoch?") asks and takes no side
(``a_bare_choice``): given the question alone, the judge read an attack on both, so it is not
read on its own (a short post is still read whole with it: "Labour or Reform? Neither, both
useless."). The side named in answer, opening the next sentence ("Harris, obviously.",
"Badenoch every time."), is the author's choice (``chosen``): support.
"""

from __future__ import annotations

import re

from postlint._engine.draft import Draft
from postlint._rules.politics.actors import political_actors_in
from postlint._rules.politics.mention import Mention
from postlint._rules.politics.scorn import sentence_start
from postlint._rules.politics.units import Unit

__all__ = ["a_bare_choice", "chosen"]

#: What may follow a side named in answer: "Harris, obviously.", "Harris!", "Harris every time".
_ANSWER = re.compile(
    r"\s*+(?:[,!.]|$)|\s++(?:obviously|every\s+time|all\s+the\s+way|any\s+day|for\s+me|of\s+"
    r"course|easily|no\s+contest|hands\s+down|100%)\b",
    re.IGNORECASE,
)
#: Before a side named in answer, at its sentence's start: quotes, a bracket, an answer's
#: label ("A: Sinn Féin."), "the".
_OPENING = re.compile(r"[\s\"'“‘(]*(?:[AB]:\s*)?(?:the\s+)?", re.IGNORECASE)


def chosen(draft: Draft, actor: Mention, before: str, actors: list[Mention]) -> bool:
    """Whether ``actor`` (``before`` it, the words of its sentence) answers a bare choice just
    before it by opening its sentence: "Harris or Trump? Harris, obviously."."""
    after = draft.text[actor.end : actor.end + 20]
    if not (_ANSWER.match(after) and _OPENING.fullmatch(before)):
        return False
    opening = sentence_start(draft, actor.start)
    if opening == 0:
        return False
    asked = sentence_start(draft, opening - 1)
    sides = [a for a in actors if asked <= a.start and a.end <= opening]
    question = draft.text[asked:opening]
    spans = [(a.start - asked, a.end - asked) for a in sides]
    return _only_names(question, spans) and actor.text.lower() in {a.text.lower() for a in sides}


#: What a bare choice between sides holds besides their names: a word of choosing, and at
#: most ``_CONTEXT_WORDS`` others that say where or when ("SNP or Labour in May?", "Labor or
#: the Coalition, mate?"), none of them a verdict ("FF or FG, which is worse?").
_CHOICE_WORDS = frozenset("or vs versus v then so and the".split())  # noqa: SIM905
_CHOOSING = frozenset("or vs versus v".split())  # noqa: SIM905
_CONTEXT_WORDS = 3
_VERDICTS = frozenset("worse worst better best useless lesser evil good bad awful".split())  # noqa: SIM905
#: An exchange's labels: "Q: Sinn Féin or Fine Gael?".
_LABEL = re.compile(r"^\s*[ABQ]:\s*")
_WORD_OR_TAG = re.compile(r"[#@]?\w[\w'’.-]*")


def a_bare_choice(draft: Draft, unit: Unit) -> bool:
    """Whether ``unit`` is only a question between the sides it names: "Harris or Trump?",
    "So... Starmer vs Badenoch?"."""
    if "?" not in unit.text or draft.text[unit.start : unit.end] != unit.text:
        return False
    names = political_actors_in(draft, unit.start, unit.end)
    return _only_names(unit.text, [(m.start - unit.start, m.end - unit.start) for m in names])


def _only_names(text: str, names: list[tuple[int, int]]) -> bool:
    """Whether ``text`` is a question of the names at ``names`` (spans within it) alone."""
    if len(names) < 2 or not text.rstrip().endswith("?"):
        return False
    rest = list(text)
    for start, end in names:
        rest[start:end] = " " * (end - start)
    words = [w.lower().rstrip(".") for w in _WORD_OR_TAG.findall(_LABEL.sub("", "".join(rest)))]
    others = [w for w in words if w not in _CHOICE_WORDS]
    return (
        bool(_CHOOSING.intersection(words))
        and len(others) <= _CONTEXT_WORDS
        and not _VERDICTS.intersection(others)
    )
