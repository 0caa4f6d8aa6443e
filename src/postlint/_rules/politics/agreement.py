"""The author's word on what a party or politician says: "<X> say the cuts help the richest,
and they're right" backs <X>; "<X> say they care about the NHS. Don't believe a word of it"
attacks them; so do "<X> rightly say…" and "<X> falsely claim…".

What a party says, reported plainly, is theirs (``positions``); a word of agreement or
disbelief after it is the author's. The judge read the same agreement as support for some
parties and an attack on others. The actor must be followed by a verb of saying, and the
word of agreement (``politics/stance.agreed_after``) or disbelief (``disbelieved_after``)
must come after it, in its sentence or the next. Declared as a campaign tag is
(``declarations``: kind ``endorsed``, or ``scorn``), which the judge's reading does not
overrule: "<X> have said all along the scheme would cost more. Spot on." reads as no
politics at all to it.
"""

from __future__ import annotations

import re

from postlint._engine.draft import Draft
from postlint._rules.politics.actors import actors_of
from postlint._rules.politics.mention import Mention, whole_phrases
from postlint._rules.politics.speech import (
    ACCLAIMED,
    BLAMED,
    BY_OTHERS,
    PASSIVE,
    nodded_or_disbelieved,
)
from postlint._rules.politics.wording import SAYING

__all__ = ["agreed_side", "agreed_speakers", "agreement"]

_LISTS = "politics/stance"
#: A plan the actor is reported to have: "wants to", "plans to", "is proposing", "has a plan".
_PLANNING = (
    r"(?:wants?|wanted|plans?|planned|(?:is|are|were|was)\s+(?:planning|proposing|promising|"
    r"pledging|hoping|trying)|proposes?|proposed|promises?|promised|pledges?|pledged|vows?|"
    r"vowed|intends?|hopes?)\s+to|(?:has|have|had)\s+(?:a|an|their|his|her)\s+(?:\w+\s+)?"
    r"(?:plan|idea|proposal|scheme)"
)
#: Right after the actor: a verb of saying ("say", "have said", "keep telling us") or of a
#: plan ("wants to", "is planning to", "has a plan for"), whose words the author may take.
_SAYING = re.compile(
    r"(?:\s+(?:have|has|had|keep|keeps|kept|always|now|also|rightly|wrongly|falsely|just))*\s+"
    rf"(?:{SAYING}|{_PLANNING})\b",
    re.IGNORECASE,
)
#: How far after the actor the author's word may stand: its sentence and the next.
_REACH = 240


#: The kinds of actor whose words the author may agree with.
_SPEAKERS = frozenset({"party", "politician", "handle", "backed", "role"})


def agreed_speakers(draft: Draft) -> list[Mention]:
    """The actors of ``draft`` whose reported words the author agrees with (kind
    ``endorsed``, side ``support``) or disbelieves (kind ``scorn``, side ``attack``). Worked
    out once per draft: the units and the declared sides both ask."""
    return draft.shared(_agreed_speakers)


def _agreed_speakers(draft: Draft) -> list[Mention]:
    found = []
    for actor in actors_of(draft):
        if actor.kind not in _SPEAKERS or draft.is_quoted(actor.start, actor.end):
            continue
        side = agreed_side(draft, actor)
        if side is not None:
            kind = "endorsed" if side == "support" else "scorn"
            found.append(Mention(actor.start, actor.end, actor.text, kind, side))
    return found


def agreed_side(draft: Draft, actor: Mention) -> str | None:
    """``support`` where the author agrees with what ``actor`` is reported to say,
    ``attack`` where they disbelieve it, else None (see the module)."""
    found = agreement(draft, actor)
    return found[0] if found else None


def agreement(draft: Draft, actor: Mention) -> tuple[str, str] | None:
    """The side the author's word on what ``actor`` says gives, and that word as written
    ("Spot on", "rightly"), for the message to quote; None where there is none."""
    text = draft.text
    saying = _SAYING.match(text, actor.end)
    if saying is None:
        return _on_a_report(draft, actor)
    for adverb, side in (("rightly", "support"), ("wrongly", "attack"), ("falsely", "attack")):
        written = re.search(rf"\b{adverb}\b", saying.group(0), re.IGNORECASE)
        if written is not None:
            return side, written.group(0)  # "<X> rightly say…", "<X> falsely claim…"
    after = text[actor.end : actor.end + _REACH]
    stops = [m.end() for m in re.finditer(r"[.!?]+(?:\s|$)", after)]
    if len(stops) > 1:
        after = after[: stops[1]]  # its sentence and the next
    lowered = " ".join(after.lower().replace("’", "'").split())
    for name, side in (("disbelieved_after", "attack"), ("agreed_after", "support")):
        for found in whole_phrases(draft.pack.word_list(f"{_LISTS}.{name}")).finditer(lowered):
            if _A_CLAUSE_OF_ITS_OWN.search(lowered[: found.start()]):
                return side, _as_written(after, found.group(0))
    return None


def _as_written(text: str, phrase: str) -> str:
    """``phrase`` (lowered, its spaces single) as ``text`` writes it."""
    pattern = r"\s+".join(re.escape(word).replace("'", "['’]") for word in phrase.split())
    written = re.search(pattern, text, re.IGNORECASE)
    return " ".join(written.group(0).split()) if written else phrase


#: Before the author's word, where a clause of the author's own begins: "…, and they're
#: right", "…. Spot on."; not "<X> says he's right to…", which is still <X>'s claim.
_A_CLAUSE_OF_ITS_OWN = re.compile(r"(?:[.!?;,:—–-]|\band|\bbut)\s*(?:and\s+|but\s+)?$")


#: Right after the actor: acclaim or blame others gave it, "<X> was slammed by the watchdog".
_ACCLAIM_OR_BLAME = re.compile(
    rf"\s+{PASSIVE}(?:(?P<blamed>{BLAMED})|{ACCLAIMED})\s+{BY_OTHERS}", re.I
)


def _on_a_report(draft: Draft, actor: Mention) -> tuple[str, str] | None:
    """The side the author's word gives on others' acclaim or blame of ``actor`` reported in
    the passive: "<X> were slammed by the watchdog. Spot on." or "<X> was rightly mocked by
    everyone" attack <X>; "<X> was praised by the union. Deservedly." backs them; "<X> was
    slammed by critics. Total nonsense." backs them."""
    reported = _ACCLAIM_OR_BLAME.match(draft.text, actor.end)
    if reported is None:
        return None
    blamed = reported.group("blamed") is not None
    said = reported.group("rightly") or reported.group("wrongly")
    if said is not None:
        agreed, word = reported.group("rightly") is not None, said
    else:
        stop = re.search(r"[.!?](?:\s|$)|$", draft.text[reported.end() :])
        after = reported.end() + (stop.start() if stop else 0)
        reading = nodded_or_disbelieved(draft, after)
        if reading is None:
            return None
        agreed, word = reading[0] == "nod", _as_written(draft.text[after:], reading[1])
    return ("attack" if blamed == agreed else "support"), word
