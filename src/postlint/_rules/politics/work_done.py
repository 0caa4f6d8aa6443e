"""Work done, whatever it was done to: "<X> sorted out the bin collections", "<X> fixed the
potholes", "<X> got the bypass built", "<X> pushed the youth centre through", "<X> turned up
to every flood meeting", "<X> had a proper plan for childcare": support (the judge read such
praise as an attack for most names). Not a rigged result ("fixed the vote") nor a favour to
friends ("sorted out their mates"), and not in a question ("Has <X> fixed the potholes?"), a
condition ("If <X> fixed…") or beside a grievance ("Brilliant, <X> sorted it again. Bins
uncollected for a month."). What an actor "made sure" of decides its side: blame for friends
served, scrutiny shut out or people harmed ("made sure the poorest families paid the most"),
credit otherwise ("made sure no child went hungry")."""

from __future__ import annotations

import re

from postlint._engine.draft import Draft
from postlint._rules.politics.grievances import worse_off
from postlint._rules.politics.scorn import Around, next_sentence

__all__ = ["FOR_THE_FEW", "work_done"]

#: Work done, named by the doing alone ("sorted out", "fixed", "got <it> built").
_ACHIEVED = re.compile(
    r"(?:sorted\s+out|sorted|fixed|repaired|mended|cleaned\s+up|(?:turned|showed)\s+up\s+(?:to|for|at)|"
    r"got\s+(?:[\w'’-]+\s+){1,6}?(?:built|done|fixed|reopened|sorted|finished|over\s+the\s+line)|"
    # a promise kept: "said he'd sort the fuel tax and it actually came off"
    r"(?:said|promised)\s+(?:he|she|they|it)['’]?d\s+[^.!?]{3,60}?\s+and\s+(?:it|they|he|she)\s+"
    r"(?:(?:actually|really|genuinely|only\s+went\s+and)\s+\w+|(?:did|delivered)\b(?!\s+(?:not|"
    r"nothing|the\s+opposite|sod\s+all|bugger\s+all|zilch)\b)(?!n['’]t))|"
    # or what was promised came: "promised a new library and it opened on time"
    r"(?:promised|pledged)\s+[^.!?]{3,60}?\s+and\s+(?:it|they)\s+(?:actually\s+|really\s+)?"
    r"(?:opened|arrived|happened|landed|(?:got|was|were)\s+(?:built|done|delivered|finished))"
    r"(?![^.!?]*\b(?:late|over\s+budget|years\s+later|then\s+closed|shut|never)\b)|"
    r"followed\s+through|came\s+through\s+for|stepped\s+up\s+(?:for|when|to\s+the\s+plate)|"
    r"(?:pushed|pushes|forced|forces|steered|steers|got|gets)\s+(?:[\w'’-]+\s+){1,6}?through\b|"
    r"went\s+above\s+and\s+beyond|"
    # ("had" is read as the doer's auxiliary, so the plan may come straight after the actor)
    r"(?:had\s+|has\s+|have\s+)?(?:a|the)\s+(?:proper|real|clear|serious|credible|costed|sensible|workable|good|great|"
    r"brilliant|solid|right)\s+plan)\b",
    re.IGNORECASE,
)
#: What turns work done into a fix: a rigged result ("fixed the vote", "fixed it so…") right
#: after it, or friends served within it or just after ("got their donors the contracts").
_RIGGED = re.compile(
    r"\s*(?:it\s+so|things\s+so|the\s+(?:election|vote|ballot|count|result|figures|numbers|"
    r"match|game|race|books|selection))\b",
    re.IGNORECASE,
)
_FAVOURED = re.compile(
    r"\b(?:mates|friends|donors|cronies|pals|backers|lobbyists|chums|own\s+pockets?)\b", re.I
)
#: Who gained, after the deed: left to the judge ("cut taxes for billionaires").
FOR_THE_FEW = re.compile(
    r"[^.;!?]{0,40}?\bfor\s+(?:the\s+)?(?:rich|wealthy|richest|billionaires|millionaires|"
    r"donors|their\s+(?:donors|mates|friends|cronies)|landlords|corporations|big\s+business|"
    r"bankers|the\s+few|top\s+earners|higher\s+earners|shareholders)\b",
    re.IGNORECASE,
)
#: Before the actor, what makes the deed unsure: a condition or a question's verb.
_UNSURE = re.compile(
    r"\b(?:if|unless|whether|once|until|has|have|had|did|will|would|could|can|should)\s+"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)


def work_done(draft: Draft, at: Around, deed: str) -> tuple[str | None] | None:
    """The side the work done in ``deed`` (the words after the actor and its auxiliaries)
    gives the actor, as a 1-tuple (its side may be None: asked, supposed, beside a grievance
    or done for the few, ``FOR_THE_FEW``); None where ``deed`` is no work done of these
    shapes."""
    unsure = _UNSURE.search(at.before) or draft.text[at.ending - 1 : at.ending] == "?"
    made_sure = _MADE_SURE.match(deed)
    if made_sure is not None:
        return (None if unsure else _what_they_made_sure_of(deed[made_sure.end() :]),)
    achieved = _ACHIEVED.match(deed)
    if achieved is None:
        return None
    sentence = draft.text[at.opening : at.ending]
    grievance = worse_off(sentence) or worse_off(next_sentence(draft, at.ending))
    if unsure or grievance or FOR_THE_FEW.match(deed, achieved.end()):
        return (None,)
    favoured = _FAVOURED.search(deed, 0, achieved.end() + 40)
    return ("attack" if favoured or _RIGGED.match(deed, achieved.end()) else "support",)


#: "<X> made sure every pensioner got the winter payment": what they made sure of decides.
_MADE_SURE = re.compile(r"made\s+sure\s+(?:that\s+)?", re.IGNORECASE)
#: Scrutiny shut out: "made sure nobody could scrutinise the contracts".
_SHUT_OUT = re.compile(
    r"^(?:no\s*one|nobody|no-one)\s+(?:else\s+)?(?:could|can|would|will|was\s+able\s+to)\s+"
    r"(?:scrutini[sz]e|see|question|check|find\s+out|ask|know|read|challenge|examine)\b",
    re.IGNORECASE,
)
#: People left worse off by it: "made sure the poorest families paid the most".
_HARM_DONE = re.compile(
    r"\b(?:paid|pay|lost|lose|suffered|suffer|went\s+without|go\s+without|went\s+hungry|"
    r"go\s+hungry|waited|struggled|missed\s+out|got\s+nothing|got\s+less|froze|were\s+left)\b",
    re.IGNORECASE,
)
#: Harm denied: "made sure no child went hungry".
_NO_ONE_HARMED = re.compile(r"^(?:no|nobody|no\s*one|no-one|not\s+one|none|never)\b", re.I)


def _what_they_made_sure_of(rest: str) -> str:
    """The side of "<X> made sure <rest>": blame for friends served, scrutiny shut out or
    people harmed; credit otherwise ("every pensioner got the winter payment", "no child went
    hungry", "the library stayed open")."""
    if _FAVOURED.search(rest, 0, 60) or _SHUT_OUT.match(rest):
        return "attack"
    if worse_off(rest) or (_HARM_DONE.search(rest) and not _NO_ONE_HARMED.match(rest)):
        return "attack"
    return "support"
