"""Sides given by ranking one actor above or below another: "<A> would've been a far better
president than <B>" backs <A> and attacks <B>; "<A> are bad but <B> are even worse" attacks
<B>; "<A>'s twice the leader <B> is" backs <A> and attacks <B>; "Britain would be in a far
better place if <A> got a shot" backs <A>, "We'd all be better off without <B>" attacks <B>.
The judge reads the comparative's words for whichever actor is marked and gave the subject of
"better than" an attack as often as not, for every party alike.

Not a ranking: a result reported ("<X> did better than expected", "<X> are polling better
than <Y>"), where the comparison is of votes, not the author's own; a comparison denied ("no
worse than the flu"); an idiom ("knows better than to spin", "a better chance than"). "Even
<A> would do better than <B>" is a jibe at <B>, and <A> gets no side from it (the judge reads
it).

No one matching the actor ranks it first: "Nobody fought harder for the maternity unit than
<X>", "No party has done more for renters than <X>" back <X>; "No one has done more damage to
the NHS than <X>", "Nobody has let this town down more than <X>" attack it (the judge read
the first as an attack for most names).
"""

from __future__ import annotations

import re

from postlint._engine.draft import Draft
from postlint._rules.politics.faults import without_fault
from postlint._rules.politics.mention import Mention
from postlint._rules.politics.scorn import around

__all__ = ["ranked_side"]

_BETTER = (
    r"(?:better|smarter|wiser|stronger|fairer|kinder|braver|sharper|safer|richer|happier|"
    r"healthier|more\s+(?:competent|"
    r"honest|capable|decent|trustworthy|sensible|credible|serious|grown[- ]up|principled|"
    r"effective|professional))"
)
_WORSE = (
    r"(?:worse|dumber|weaker|nastier|crueller|crueler|more\s+(?:incompetent|dishonest|corrupt|"
    r"useless|clueless|chaotic|dangerous|extreme|out\s+of\s+touch))"
)
#: A verb of a result, before a comparative: the comparison is of votes or polls.
_RESULT = (
    r"(?:poll\w*|did|do|does|doing|done|perform\w*|scor\w*|far(?:e|es|ed|ing)|"
    r"rat(?:e|es|ed|ing)|rank\w*|finish\w*)"
)
_THAN = r"(?:\s+[\w'’-]+){0,5}?\s+than\b"
#: Results, not merits, after "than".
_RESULTS = re.compile(
    r"\s+(?:expected|forecast|predicted|anticipated|feared|hoped|last\s+time|before|in\s+\d{4}|"
    r"the\s+polls?|(?:most\s+)?pollsters)\b",
    re.IGNORECASE,
)
#: After the subject: ranked above ("… a far better president than") or below ("… even worse").
_RANKED = re.compile(
    rf"^(?P<between>[^.!?,;]{{0,80}}?)\b(?:(?P<better>{_BETTER})(?P<than>{_THAN})|"
    rf"(?P<worse>{_WORSE})\b)",
    re.IGNORECASE,
)
#: Before the object: "… better than", "… twice the leader".
_OUTRANKED = re.compile(
    rf"\b(?P<better>{_BETTER}){_THAN}\s+(?:the\s+)?(?-i:[A-Z][\w'’]+\s+)?$"  # "Welsh Labour"
    r"|\b(?P<times>twice|(?:\w+\s+)?times)\s+the\s+\w+(?:\s+\w+)?\s+(?:that\s+)?$",
    re.IGNORECASE,
)
#: No ranking of merit: a result ("polls better", "did better"), a comparison denied ("no
#: worse than"), an idiom ("knows better than to", "a better chance than").
_NOT_MERIT = re.compile(
    rf"\b{_RESULT}\b|\b(?:no|not|never|hardly|n['’]t)\s+(?:\w+\s+)?(?:{_BETTER}|{_WORSE})\b|"
    rf"\bknows?\s+(?:\w+\s+)?better\b|\bbetter\s+(?:chance|odds|shot|position)\b|"
    r"\bthan\s+to\b",
    re.IGNORECASE,
)
#: One actor doing better than another by a verb of it: "<A> have outworked <B>".
_OUTDID = (
    r"out(?:work|perform|class|smart|shine|shone|fought|fight|manoeuvre|maneuver|play|do|did|"
    r"think|argu|debat|campaign)\w*"
)
_OUTDOING = re.compile(rf"^\s+(?:(?:have|has|had|just|completely|totally)\s+)*{_OUTDID}\b", re.I)
_OUTDONE = re.compile(rf"\b{_OUTDID}\s+(?:the\s+)?(?-i:[A-Z][\w'’]+\s+)?$", re.IGNORECASE)
#: After the subject: "'s twice the leader", "is ten times the politician".
_TIMES_THE = re.compile(
    r"^(?:['’]s|\s+(?:is|was|are|were|would\s+be))\s+(?:twice|(?:\w+\s+)?times)\s+the\s+\w+",
    re.IGNORECASE,
)
_EVEN = re.compile(r"\beven\s+(?:the\s+)?$", re.IGNORECASE)
#: Before the actor: a place or people better off with it, or without it ("Britain would be in
#: a far better place if <X> got a shot", "We'd all be better off without <X>").
_BETTER_WITH = re.compile(
    rf"\bwould(?:n['’]?t|nt|\s+not)?\b[^.!?]{{0,40}}?\bbe\s+(?:in\s+)?(?:a\s+)?(?:far\s+|much\s+|"
    rf"so\s+much\s+|a\s+lot\s+)?{_BETTER}\b[^.!?]{{0,30}}?\b(?P<how>if|with|under|without)\s+"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)


#: Before the actor: no one else matched it ("Nobody fought harder for … than", "No party has
#: done more for renters than").
_UNMATCHED = re.compile(
    r"\b(?:nobody|no\s*one|no-one|no\s+(?:other\s+)?(?:party|government|politician|leader|mp|"
    r"council|councillor|candidate|president|minister|premier|senator))\b"
    r"(?P<deed>[^.!?;]{0,80}?\b(?:more|harder|longer|louder)\b[^.!?;]{0,50}?)"
    r"\bthan\s+(?:the\s+)?$",
    re.IGNORECASE,
)
#: Before the actor, a regard no one has more of than the author: "No one trusts <X> more
#: than I do", "Nobody admires <X> more than me" (with ``_MINE_MOST`` after it).
_REGARDED = re.compile(
    r"\b(?:nobody|no\s*one|no-one)\s+(?:\w+\s+)?(?:trusts|admires|respects|loves|supports|"
    r"rates|backs|values|believes\s+in)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_MINE_MOST = re.compile(
    r"\s+(?:any\s+)?(?:more|as\s+much)\b[^.!?]{0,30}?\b(?:than|as)\s+(?:i|me|we|us)\b", re.I
)
#: After the actor, singled out for a good turn no one else did: "<X> are the only lot who've
#: bothered to turn up to our flood meetings", "<X> is the only MP who answers emails".
_ONLY_ONES = re.compile(
    r"^(?:\s+(?:is|are|was|were)|\s*['’](?:s|re))\s+(?:(?:literally|honestly|genuinely|still)\s+)?"
    r"(?:the\s+)?only\s+(?:[\w-]+\s+){0,2}?(?:one|ones|lot|party|parties|politicians?|people|"
    r"person|councillors?|mps?|msps?|candidates?|ministers?|group|leaders?|guy|bloke|man|woman|"
    r"lad|voice|senators?|members?)"
    # where they are the only one: "the only one in Ottawa who…", "the only politician under 40"
    r"(?:\s+(?:in|at|on|from|under|over|round|around|left)\b[^.!?\n]{1,40}?)?"
    r"\s+(?:who|that|to)(?:['’](?:s|ve|d))?\s+(?P<deed>[^.!?\n]*)"
    # or with what it took: "the only bloke in Canberra with the stomach to build the reactors"
    r"|^(?:\s+(?:is|are|was|were)|\s*['’](?:s|re))\s+(?:the\s+)?only\s+(?:[\w-]+\s+){1,4}?with\s+the\s+"
    r"(?:stomach|guts|courage|spine|backbone|bottle|balls)\s+to",
    re.IGNORECASE,
)
#: "Only <X> can fix this": the actor opening its sentence after "Only", then what they can do.
_ONLY = re.compile(r"(?:^|(?<=[.!?\n]))[\s\W]{0,8}only\s+(?:the\s+)?$", re.IGNORECASE)
_ONLY_THEY_CAN = re.compile(
    # (not a contest, which ``contests`` reads: "Only <A> can stop <B> round here")
    r"^\s+(?:can|could|will|would|is\s+able\s+to|are\s+able\s+to)\s+"
    r"(?!(?:stop|beat|defeat|keep|kick|oust|unseat|win)\b)(?P<deed>[^.!?\n]*)",
    re.IGNORECASE,
)
#: What the only one did that is to their credit: "turned up", "answered my emails", "noticed
#: rents doubled", "moved the needle", "has a plan", "talks sense".
_CREDIT = re.compile(
    r"^(?:(?:has|have|had|can|could|will|would|might|(?:is|are)\s+going\s+to)\s+)?"
    r"(?:(?:ever|actually|even|really|genuinely|still|properly|always|bothered\s+to)\s+)*"
    r"(?:sort\w*\b.*\bout|clean\w*\s+up|turn\w*\s+(?:it|this|things|the\s+\w+)\s+around|"
    r"sav(?:e|es|ed)\b|rescu|get\s+us\s+out|bother|turn\w*\s+up|show\w*\s+up|listen|answer|repl(?:y|ies|ied)|came|"
    r"come|stood\s+up|stands?\s+up|fought|fights?|cared|cares?|visit|deliver|kept|keeps?|"
    r"spoke\s+up|speaks?\s+up|respond|engag|knocked|got\s+back|talks?\s+sense|sounds?\s+like|"
    r"gets?\s+it|understands?|knows?|has\s+the\s+(?:stomach|guts|courage|spine|backbone|bottle)|"
    r"notic|moved\s+the\s+needle|wrote\s+back|writes?\s+back|fix|built|builds?|has\s+a\s+plan|"
    r"ha[sd]\s+(?:an?\s+)?(?:actual\s+|real\s+)?(?:plan|idea|answer)|talks?\s+about\b.*\blike\s+an?\s+"
    r"(?:grown-?up|adult)|gets?\s+things\s+done|got\s+(?:it|things)\s+done|read)",
    re.IGNORECASE,
)
#: What makes being the only one a reproach: a refusal or a failure, harm done, or a belief
#: no one else holds ("the only one who thinks this budget adds up").
_REPROACH = re.compile(
    r"\b(?:never|not|no\s+longer|refus\w*|fail\w*|won['’]t|wouldn['’]t|can['’]t|couldn['’]t|"
    r"didn['’]t|doesn['’]t|don['’]t|hasn['’]t|haven['’]t|thinks?|believes?|reckons?|voted\s+"
    r"against|against|close|closed|cut|cuts|scrap\w*|axe\w*|lied|lies|lying)\b|n['’]t\b",
    re.IGNORECASE,
)
#: Before the actor, relief at last: "Finally, a <role> who actually rides the trains".
_AT_LAST = re.compile(r"(?:^|[\s,.!?])(?:finally|at\s+(?:long\s+)?last)\s*[,!:…-]*\s*an?\s+$", re.I)
_WHO_ACTUALLY = re.compile(
    r"^\s+who\s+(?:(?:actually|genuinely|really|properly)\s+)+(?!(?:cut|cuts|closed|closes|shut|"
    r"shuts|scrapped|axed|lied|lies)\b)[a-z]",
    re.IGNORECASE,
)
#: A count of votes or polls, in what no one matched the actor in ("No one polled more").
_POLLED = re.compile(r"\b(?:poll\w*|vot\w*|seats|scor\w*|rat(?:ed|ing)|rank\w*)\b", re.I)
_STATE = re.compile(r"\b(?:was|were|is|are|been|be|felt|feels|looked|looks|seemed)\b", re.I)
#: Harm in what no one matched the actor in: "done more damage", "let … down more".
_HARM = re.compile(
    r"\b(?:damage|harm|down|wreck\w*|fail\w*|li(?:e|ed|es)|lying|ruin\w*|destroy\w*|betray\w*|"
    r"hurt|blame|divid\w*|mess\w*|chaos|waste\w*|scandal\w*|cost\w*)\b",
    re.IGNORECASE,
)


def ranked_side(draft: Draft, actor: Mention) -> str | None:
    """The side a ranking gives ``actor`` (see the module), or None."""
    text = draft.text
    at = around(draft, actor)
    before, after = at.before, at.after
    if _REGARDED.search(before) and _MINE_MOST.match(after):
        return "support"  # "No one trusts <X> more than I do"
    only = _ONLY_ONES.match(after)
    if only is None and _ONLY.search(before):
        only = _ONLY_THEY_CAN.match(after)  # "Only <X> can fix this"
    if only is not None and only["deed"] is not None:
        # What they did first: "the only one who noticed rents cost more" is credit, whatever
        # the harm in what was noticed.
        deed = only["deed"]
        if _CREDIT.match(deed) or without_fault(draft, deed):
            return "support"  # "<X> are the only lot who turned up", "… who never lies"
        if _REPROACH.search(deed) or _HARM.search(deed):
            return "attack"  # "<X> is the only one who refused to debate"
    elif only is not None or (_AT_LAST.search(before) and _WHO_ACTUALLY.match(after)):
        return "support"  # "… with the stomach to build the reactors", "Finally, a <role> who…"
    unmatched = _UNMATCHED.search(before)
    if unmatched is not None and not _POLLED.search(unmatched["deed"]):
        if _HARM.search(unmatched["deed"]):
            return "attack"
        # a deed, not a state ("Nobody was more surprised than <X>" reports a feeling)
        return None if _STATE.search(unmatched["deed"]) else "support"
    with_them = _BETTER_WITH.search(before.replace("’", "'").replace("'d ", " would "))
    if with_them is not None:
        return "attack" if with_them["how"].lower() == "without" else "support"
    if _OUTDONE.search(before):
        return "attack"  # "<A> have outworked « Welsh Labour » on every issue"
    if _OUTDOING.match(after):
        return "support"
    outranked = _OUTRANKED.search(before)
    if outranked is not None:
        # "… a far better president than <B>", "… twice the leader <B> is"
        return None if _NOT_MERIT.search(before + text[actor.end : actor.end + 4]) else "attack"
    if _TIMES_THE.match(after):
        return "support"
    ranked = _RANKED.match(after)
    if ranked is None or _EVEN.search(before):
        return None
    if _NOT_MERIT.search(before + after[: ranked.end()] + text[actor.end + ranked.end() :][:4]):
        return None
    if ranked.group("worse"):
        return "attack"
    if _RESULTS.match(text, actor.end + ranked.end("than")):
        return None  # "… better than expected"
    return "support"
