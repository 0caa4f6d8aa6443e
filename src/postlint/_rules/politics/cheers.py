"""A party or politician cheered on by name: "Well said, Mr. Biden!", "Go get 'em, <X>!",
"Hear hear <X>", "Keep it up <X>", "Good on you <X>", "Well said by <X> today".

Addressing an actor with a cheer that opens the sentence backs them, for every party alike;
the judge read "Well said <X>!!!" and "Go get 'em <X>" as attacks (its lean on short praise
of a name: "get 'em" reads as a threat), and a finding that says "Attacks" on a cheer is the
wrong direction a compliance officer rejects. The cheers are data
(``politics/stance.cheers_before``). Declared as the author's agreement is (kind
``endorsed``), which the judge's reading does not overrule; where the words after the name
plainly turn it round ("Well said <X>, said no one ever", "Keep it up <X> 🙄", "Good on you
<X>, another U-turn") it is scorn, an attack; where they may ("…, again", "…, but") the judge
reads the sentence.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from postlint._engine.draft import Draft
from postlint._rules.politics.actors import actors_of
from postlint._rules.politics.evaluations import SARCASM
from postlint._rules.politics.grievances import undone, worse_off
from postlint._rules.politics.mention import Mention, one_of
from postlint._rules.politics.scorn import sentence_end, sentence_start

__all__ = ["cheered_actors"]

_CHEERED_KINDS = frozenset({"party", "politician", "handle", "backed", "role"})
#: How far before the name a cheer may open its sentence.
_REACH = 60
#: Where a sentence ends before the cheer (not the stop of "Mr." or "Dr.").
_STOP = re.compile(r"(?<!\bmr)(?<!\bmrs)(?<!\bms)(?<!\bdr)(?<!\bst)[.!?]+\s+|\n")
#: A title between the cheer and the name: "Well said, Mr. Biden".
_TITLE = r"(?:(?:mr|mrs|ms|miss|dr|sir|dame|madam)\.?\s+)?"
#: Words after the name that plainly turn the cheer round: scorn ("Keep it up <X> 🙄").
_TURNED = re.compile(
    r"\bnot\.|/s\b|\blol\b|😂|🤣|🙄|🤡|🤦|\bsaid\s+no\s*(?:one|body)\b|\banother\s+u-?turn\b",
    re.IGNORECASE,
)
#: Thanks opening a sentence to a name, which mockery after it (``politics/stance.mock_thanks``:
#: "Thanks <X>, you're really spoiling us") turns to scorn; plain thanks are ``cues``'s.
_THANKS = frozenset({"thanks", "thank you", "cheers", "well done", "great job", "nice one"})
#: Words after the name that may turn it ("another", "again", "still no…") or qualify it
#: ("but"): the cheer declares nothing, and the judge reads the sentence.
_QUALIFIED = re.compile(r"\bbut\b")


def cheered_actors(draft: Draft) -> list[Mention]:
    """The actors of ``draft`` a cheer opening their sentence addresses (see the module), as
    mentions of kind ``endorsed`` with the side ``support``."""
    lowered = draft.text.lower().replace("’", "'")  # the same length: offsets hold
    cheers = draft.pack.word_list("politics/stance.cheers_before")
    mocks = draft.pack.word_list("politics/stance.mock_thanks")
    if not any(cheer in lowered for cheer in cheers) and not any(m in lowered for m in mocks):
        return []
    opening, thanking = _opening(cheers), _opening(_THANKS)
    actors = actors_of(draft)
    found = []
    for actor in actors:
        if actor.kind not in _CHEERED_KINDS or draft.is_quoted(actor.start, actor.end):
            continue
        head = lowered[max(0, actor.start - _REACH) : actor.start]
        stops = list(_STOP.finditer(head))
        if stops:
            head = head[stops[-1].end() :]
        elif actor.start > _REACH:
            continue  # the sentence opens further back: the cheer does not open it
        cheered = opening.fullmatch(head) is not None
        if not cheered and thanking.fullmatch(head) is None:
            continue
        after = _after(draft, lowered, actor.end)  # only for a cheer or thanks opening it
        if not cheered:
            if any(m in after for m in mocks):
                # "Thanks <X>, you're really spoiling us": thanks in mockery
                found.append(Mention(actor.start, actor.end, actor.text, "scorn", "attack"))
            continue
        others = [a.start for a in actors if a.text != actor.text]
        beside = list(_beside(draft, lowered, actor.start, others))
        if any(SARCASM.search(words) or _grievance(words) for words in beside):
            continue  # "Another ribbon cut for a bridge still shut! Bravo, <X> 👏": the judge's
        if _TURNED.search(after) is not None:
            found.append(Mention(actor.start, actor.end, actor.text, "scorn", "attack"))
        elif SARCASM.search(after) is None and _QUALIFIED.search(after) is None:
            found.append(Mention(actor.start, actor.end, actor.text, "endorsed", "support"))
    return found


#: A sentence this short after the cheer's is read with it: "Bravo <X>. Not."
_SHORT_NEXT = 12


def _after(draft: Draft, lowered: str, end: int) -> str:
    """The words after the name to the end of its sentence, and the next sentence if it is
    short enough to be a word on the cheer ("Not.", "Said no one.")."""
    stop = sentence_end(draft, end - 1)
    following = sentence_end(draft, stop) if stop < len(lowered) else stop
    if following - stop <= _SHORT_NEXT:
        stop = following
    return lowered[end:stop]


def _grievance(words: str) -> bool:
    """A grievance not put right ("Library shut, youth club shut, pool shut.")."""
    return worse_off(words) and not undone(words)


def _beside(draft: Draft, lowered: str, start: int, others: list[int]) -> Iterator[str]:
    """The sentences before and after the cheer's, where a grievance may turn the cheer to
    sarcasm ("Bravo, <X> 👏 Another ribbon cut for a bridge that still isn't open"); not one
    naming another actor, whose grievance it is ("Well said <X>. <Y> cut the police budget")."""
    opening = sentence_start(draft, start)
    closing = sentence_end(draft, start)
    before = sentence_start(draft, opening - 1) if opening > 0 else opening
    after = sentence_end(draft, closing) if closing < len(lowered) else closing
    for begin, end in ((before, opening), (closing, after)):
        if not any(begin <= at < end for at in others):
            yield lowered[begin:end]


@functools.cache
def _opening(cheers: frozenset[str]) -> re.Pattern[str]:
    """A cheer opening the sentence, then perhaps a comma, a title and "the" before the name."""
    return re.compile(
        rf"[\s\W]*(?:{one_of(cheers)})[\s,!.:-]*{_TITLE}(?:the\s+)?",
        re.IGNORECASE,
    )
