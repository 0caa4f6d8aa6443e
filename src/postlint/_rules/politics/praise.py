"""Praise of a party, politician or office by the words just before it.

"Fantastic work by @KateMorrowMP and the union today", "Brilliant speech from the Chancellor",
"So proud of our Labour councillors": praise of a politician's work or record is support
(task U's guidelines: "praise of a minister's character or record"), but the models read
the sentence's other words (a union, a council, a campaign on road safety) and under-read
it. A phrase of ``politics/stance.praise_before`` just before a party, politician, political
@handle, candidate or office (not a body every side sits in) declares support for it, as a
campaign tag does (``judgement``: the models must still find some political content, and
praise the judge reads as an attack is sarcasm: "Fantastic work from the Mayor, another fare
rise and still no night buses"). So do thanks to a party (``thanks_before``: "Thanks to the
Greens for getting the pool reopened"; not to a minister or an MP for their help) and
endorsing what an actor said ("This from @CllrOkafor on bus fares 👇 spot on":
``endorsed_speakers``), which the judge's reading does not overrule.
"""

from __future__ import annotations

import re

from postlint._engine.draft import Draft
from postlint._rules.politics.actors import actors_of
from postlint._rules.politics.cues import cued_side, sarcastic
from postlint._rules.politics.evaluations import SARCASM
from postlint._rules.politics.mention import Mention, one_of
from postlint._rules.politics.scorn import (
    clause_after,
    contrasted,
    sentence_end,
    sentence_start,
)
from postlint._rules.politics.wording import praised_in

__all__ = ["endorsed_speakers", "praised_actors", "quoted_and_endorsed"]

_PRAISED_KINDS = frozenset({"party", "politician", "handle", "backed", "role"})
#: Words between the praise and the actor that change nothing ("so proud of our local
#: Labour councillors", "great work by the brilliant Cllr Sandhu", "big fan of the Canadian
#: Liberals").
_FILLERS = (
    r"(?:(?:the|our|my|local|brilliant|amazing|fantastic|wonderful|hard-?working|fab|scottish|"
    r"welsh|irish|english|british|canadian|australian|american|uk|us|new\s+zealand)\s+)*"
)


def praised_actors(draft: Draft) -> list[Mention]:
    """The actors of ``draft`` that a praising phrase just before them supports, or one in
    their clause after them (``politics/stance.praise_after``: "<X> are the only party with a
    real plan for housing; <Y> have a wish list", the mirror of ``scorned_actors``), each as a
    mention of kind ``praise`` with the side ``support``."""
    lowered = draft.text.lower().replace("’", "'")  # the same length: offsets hold
    lists = "politics/stance"
    conceded = draft.pack.word_list(f"{lists}.conceded_before")
    phrases = draft.pack.word_list(f"{lists}.praise_before") | conceded
    thanks = draft.pack.word_list(f"{lists}.thanks_before")
    praised_after = [p for p in draft.pack.word_list(f"{lists}.praise_after") if p in lowered]
    if not praised_after and not any(phrase in lowered for phrase in (*phrases, *thanks)):
        return []
    pattern = re.compile(rf"(?:{one_of(phrases)})\s+{_FILLERS}$")
    concession = re.compile(rf"(?:^|[^\w'])(?:{one_of(conceded)})\s+{_FILLERS}$")
    thanked = re.compile(rf"(?:^|[^\w'])(?:{one_of(thanks)})\s+{_FILLERS}$")
    found = []
    for actor in actors_of(draft):
        if actor.kind not in _PRAISED_KINDS or draft.is_quoted(actor.start, actor.end):
            continue
        before = " ".join(lowered[max(0, actor.start - 60) : actor.start].split()) + " "
        after = lowered[actor.end : sentence_end(draft, actor.start)]
        praised = pattern.search(before) is not None
        # Thanks to a party ("Thanks to the Greens for getting the pool reopened") is a side
        # taken with it, which the judge's lean (names read as attacked) does not overrule;
        # thanks to a minister or an MP for their help is not; "thanks a lot" is sarcasm.
        thanks_to_a_party = actor.kind == "party" and thanked.search(before) is not None
        # Thanks as the cues read them: not "Thanks to <X> my council tax went up" (because of).
        if thanks_to_a_party and cued_side(draft, *_sentence_of(draft, actor), actor) == "support":
            found.append(Mention(actor.start, actor.end, actor.text, "endorsed", "support"))
            continue
        # The clause after is read only where a phrase may be in it, and not after a side set
        # aside ("Unlike <X>, <Y> have a real plan": the praise is <Y>'s).
        if not praised and praised_after and not contrasted(draft, actor):
            clause = " ".join(clause_after(draft, lowered, actor.end).split())
            praised = praised_in(clause, praised_after)
        if praised and not SARCASM.search(_without(after, praised_after)):
            # Praise conceded is no sarcasm's: the judge's reading does not overrule it.
            grudging = concession.search(before) is not None and not sarcastic(draft)
            kind = "endorsed" if grudging else "praise"
            found.append(Mention(actor.start, actor.end, actor.text, kind, "support"))
    return found


def _without(words: str, phrases: list[str]) -> str:
    """``words`` with ``phrases`` blanked: the praise's own words are no sarcasm ("didn't
    mess around")."""
    for phrase in phrases:
        words = words.replace(phrase, " ")
    return words


def _sentence_of(draft: Draft, actor: Mention) -> tuple[int, int]:
    return sentence_start(draft, actor.start), sentence_end(draft, actor.start)


def endorsed_speakers(draft: Draft) -> list[Mention]:
    """The actors whose words ``draft`` endorses ("This from @CllrOkafor on bus fares 👇 spot
    on"): ``politics/stance.statement_from`` just before the actor, and
    ``statement_endorsed`` after it in its sentence, not negated ("is not 100% correct").
    Each as a mention of kind ``endorsed`` with the side ``support``, which the judge's
    reading does not overrule: it reads the agreement ("👇 100% correct") as a complaint."""
    lowered = draft.text.lower().replace("’", "'")  # the same length: offsets hold
    lists = "politics/stance"
    before_words = draft.pack.word_list(f"{lists}.statement_from")
    endorsed = draft.pack.word_list(f"{lists}.statement_endorsed")
    quoting = bool(_QUOTE_MARK.search(draft.text))
    if not quoting and not any(words in lowered for words in before_words):
        return []
    words_before = one_of(before_words)
    from_pattern = re.compile(rf"(?:^|\s)(?:{words_before})\s+{_FILLERS}$")
    found = []
    for actor in actors_of(draft):
        if actor.kind not in _PRAISED_KINDS or draft.is_quoted(actor.start, actor.end):
            continue
        if quoting and quoted_and_endorsed(draft, lowered, actor, endorsed):
            found.append(Mention(actor.start, actor.end, actor.text, "endorsed", "support"))
            continue
        before = " ".join(lowered[max(0, actor.start - 40) : actor.start].split()) + " "
        after = lowered[actor.end : sentence_end(draft, actor.start)]
        agreeing = [at for words in endorsed if (at := after.find(words)) >= 0]
        if not from_pattern.search(before) or not agreeing:
            continue
        if not _NEGATED.search(after[: min(agreeing)]) and not _SCORN.search(after):
            found.append(Mention(actor.start, actor.end, actor.text, "endorsed", "support"))
    return found


_SCORN = re.compile(r"🙄|🤡|🤦|\bnot\.|/s\b")
_QUOTE_MARK = re.compile(r":\s*[“\"'‘]|[”\"'’]\s*[—–-]")
#: A quotation given to the actor: "<X>: “…”", "“…” — <X>".
_SAYS_NEXT = re.compile(r"\s*:\s*[“\"'‘]")
_SAID_BEFORE = re.compile(r"[”\"'’]\s*[—–-]+\s*$")


def quoted_and_endorsed(
    draft: Draft, lowered: str, actor: Mention, endorsed: frozenset[str]
) -> bool:
    """Whether ``actor``'s words are quoted ("<X>: “…”", "“…” — <X>") and the author's own
    words around the quotation endorse them ("Every. Single. Word.", "100% this"), with no
    scorn: the quotation is the author's stance then."""
    said = _SAYS_NEXT.match(draft.text, actor.end) or _SAID_BEFORE.search(
        draft.text, max(0, actor.start - 6), actor.start
    )
    if said is None or _SCORN.search(draft.text):
        return False
    for words in endorsed:
        at = lowered.find(words)
        while at >= 0:
            if not draft.is_quoted(at, at + len(words)):
                return not _NEGATED.search(lowered, max(0, at - 12), at)
            at = lowered.find(words, at + 1)
    return False


#: A negation just before the words of agreement ("is not 100% correct", "isn't right").
_NEGATED = re.compile(r"(?:\bnot|n't|\bnever|\bhardly)\s*$")
