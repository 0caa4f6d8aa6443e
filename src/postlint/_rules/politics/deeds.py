"""Sides given by what the author says an actor did: lowered or raised, built or closed.

- Credit: "<X> cut property taxes", "<X> froze TfL fares", "<X> capped insulin at $35", "<X>
  got knife crime down", "<X> balanced the budget" (a burden lowered); "<X> raised the minimum
  wage", "<X> built 10,000 council homes", "<X> saved the maternity unit", "<X> gave us free
  prescriptions" (a public good raised or made, or anything made free): support. An office's
  credit is its work reported ("The Chancellor froze fuel duty"): no side from the deed.
- Work done, whatever it was done to ("<X> sorted out the bin collections", "<X> made sure
  every pensioner got the winter payment"): ``work_done``.
- Blame: "<X> cut school meals", "<X> froze nurses' pay", "<X> closed the library" (a public
  good lowered or taken away); "<X> hiked council tax", "<X> doubled fares" (a burden raised):
  an attack; so is a record summed up as failure ("14 years of <X> rule and my library is a
  vape shop", "five years of <X> misrule"), and a question of what <X> has done answered
  "nothing" ("People ask what <X> has done for the North. The answer is nothing.").

The judge reads a verb of cutting or freezing as scorn whatever is cut, so that a post crediting
a governor with lower taxes read as an attack on him, and the same deed by another party as
praise; what was cut decides, by the word lists ``politics/stance.burdens`` and
``public_goods``, whoever did it. Only a deed done (not promised, planned or denied: "<X> want
to cut…", "<X> never cut…"), with the actor as its doer, gives a side; one done "for the
rich" or "for their donors" is left to the judge, which reads who gains.
"""

from __future__ import annotations

import re

from postlint._engine.draft import Draft
from postlint._rules.politics.author_tone import plain
from postlint._rules.politics.deed_objects import named_people, object_kind
from postlint._rules.politics.grievances import undone, worse_off
from postlint._rules.politics.mention import Mention
from postlint._rules.politics.ruin import ruined
from postlint._rules.politics.scorn import around
from postlint._rules.politics.work_done import FOR_THE_FEW, work_done

__all__ = ["deed_done"]

_LISTS = "politics/stance"
#: Between the actor and its deed: its government or council, and words of time and manner
#: ("<X>'s council has finally frozen…", "<X> quietly cut…").
_DOER = re.compile(
    r"^(?:(?:['’]s?)?\s+(?:government|council|administration|team|ministers|lot|cabinet)"
    r"(?:\s+(?:here|locally|round\s+here))?)?"
    # where they sit: "<X> on our county council", "<X> in my state legislature"
    r"(?:\s+(?:on|in|at|running)\s+(?:our|my|the|this)\s+(?:[\w-]+\s+){0,2}?(?:council|"
    r"legislature|assembly|senate|state\s+house|statehouse|city\s+hall|parliament))?"
    r"(?:\s+(?:has|have|had|just|finally|actually|already|quietly|literally|also|then|now|"
    r"successfully|genuinely|really|basically|somehow))*\s+",
    re.IGNORECASE,
)
_LOWERED = (
    r"cut|cuts|slashed|slashes|lowered|lowers|reduced|reduces|froze|freezes|frozen|capped|caps|"
    r"halved|halves|scrapped|scraps|abolished|abolishes|axed|axes|ended|ends|removed|removes"
)
#: (Not "opened": a politician opening a pool or a library is a visit reported, whoever built it.)
_RAISED = (
    r"raised|raises|hiked|hikes|doubled|doubles|tripled|trebled|increased|increases|boosted|"
    r"boosts|put\s+up|puts\s+up|built|builds|saved|saves|"
    r"delivered|delivers|hired|hires|recruited|recruits|funded|funds|restored|restores|"
    r"brought\s+back|brings\s+back|protected|protects|expanded|expands|extended|extends|"
    r"reopened|reopens|rescued|rescues|kept(?=(?:\s+[\w'’-]+){1,4}\s+open\b)|"
    r"rebuilt|rebuilds|renovated|refurbished|introduced|introduces|brought\s+in|"
    r"brings\s+in|gave\s+us|gives\s+us|got\s+us|gets\s+us|secured|secures|signed|signs"
)
_CLOSED = r"closed|closes|shut|shuts|shut\s+down|sold\s+off|privatised|privatized|gutted|defunded"
#: The deed and what it was done to, up to a turn of the clause ("… for the rich", "… while").
_DEED = re.compile(
    rf"(?:(?P<lowered>{_LOWERED})|(?P<raised>{_RAISED})|(?P<closed>{_CLOSED}))\b"
    r"(?P<object>(?:\s+(?!(?:for|on|by|while|but|and|with|to|at|from|in|after|because|so|"
    r"which|that|than|as|over)\b)[\w&'’$£€%,.-]+){1,6})",
    re.IGNORECASE,
)
#: A burden brought down, the other way round: "got knife crime down", "brought fares down".
_DOWN = re.compile(
    r"(?:got|gets|brought|brings|driven|drove|pushed)\s+(?P<object>(?:[\w&'’-]+\s+){1,4})down\b",
    re.IGNORECASE,
)
#: The actor's body named after it, as a report names it: "<X> administration", "<X> council".
_BODY = re.compile(r"^\s+(?:government|council|administration|cabinet)\b", re.IGNORECASE)
#: A deed's object that is a law, whose own words decide: "a bill to ban…", "the new act".
_LEGISLATION = re.compile(
    r"^\s+(?:(?:a|an|the|his|her|their|its|new|this|that)\s+)*(?:[\w-]+\s+){0,2}?"
    r"(?:bill|law|act|motion|amendment|legislation|executive\s+order)\b",
    re.IGNORECASE,
)
_BALANCED = re.compile(r"balanced\s+(?:the|its|their|his|her)\s+(?:books|budget)\b", re.I)
#: A deed done to people: harm ("hammered farmers", "let down renters") or help ("stood up for
#: pensioners", "delivered for working families").
_HARMED = re.compile(
    r"(?:hammered|hammers|clobbered|clobbers|betrayed|betrays|abandoned|abandons|let\s+down|"
    r"lets\s+down|failed|fails|punished|punishes|robbed|robs|shafted|shafts|screwed|screws|"
    r"sold\s+out|sells\s+out|squeezed|squeezes|stiffed|thrown|threw|throws)\b"
    r"(?:\s+under\s+the\s+bus)?\s+(?P<people>(?:[\w&'’-]+\s*,?\s*){1,5})",
    re.IGNORECASE,
)
_HELPED = re.compile(
    r"(?:stood|stands|stand)\s+(?:up\s+for|by|with)|(?:stuck|sticks|spoke|speaks)\s+up\s+for|"
    r"(?:delivered|delivers|fought|fights|battled|battles|"
    r"went\s+to\s+bat|goes\s+to\s+bat)\s+for|(?:backed|backs|protected|protects|looked\s+after|"
    r"looks\s+after)\b",
    re.IGNORECASE,
)
#: Before the actor: what it did to someone or something ("Look what <X> have done to our
#: farmers", "what <X> did to NHS dentistry"): blame, whatever was done.
_WHAT = re.compile(r"\bwhat\s+(?:the\s+)?$", re.IGNORECASE)
_DONE_TO = re.compile(
    r"^\s+(?:did|(?:have|has|had|['’]ve|['’]s|are|is|['’]re)\s+(?:done|doing)|do|does)\s+to\b",
    re.IGNORECASE,
)
#: A record in office summed up: "14 years of Tory rule and my library is a vape shop", "five
#: years of SNP misrule": blame, by a word of failure or by what followed it ("… and …").
_YEARS_OF = re.compile(
    r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    r"fifteen|twenty|so\s+many|many)\s+(?:long\s+|wasted\s+|more\s+)?years\s+of\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_RECORD = re.compile(
    r"^\s*(?:misrule|austerity|chaos|incompetence|failure|decline|neglect|"
    r"mismanagement|cuts|sleaze)\b|^\s*(?:rule|government|governments|power|control|"
    r"administration|leadership)\s*(?:,\s*)?(?:and|&)\s"
    # "Fourteen years of <X> is enough", "… was more than enough"
    r"|^\s*(?:(?:rule|government|power)\s+)?(?:is|was|has\s+been|are|were)\s+(?:more\s+than\s+|quite\s+)?"
    r"(?:enough|too\s+(?:many|long|much)|plenty)\b",
    re.IGNORECASE,
)
#: A time in office, then what followed: "<X> have been in for a year and my bills are still
#: through the roof" (blame where it is a grievance, ``grievances``).
_IN_OFFICE_AND = re.compile(
    r"\s+(?:have|has|had|['’]ve|['’]s)\s+been\s+in(?:\s+(?:power|charge|government|office|"
    r"control))?(?:\s+for\s+[\w\s]{1,25}?)?(?:\s*,)?\s*(?:and|&|yet|but)\s+(?P<then>[^.!?]+)",
    re.IGNORECASE,
)
#: A question of what the actor has done, answered "nothing": "What has <X> done for the
#: North? Nothing.", "People ask what <X> has done for us. The answer is nothing.".
_WHAT_DONE = re.compile(r"\bwhat\s+(?:(?:has|have|did)\s+)?(?:the\s+)?$", re.IGNORECASE)
_HAS_DONE = re.compile(
    r"\s+(?:(?:has|have|had|did|['’]s|['’]ve)\s+)?(?:(?:ever|actually|really|even)\s+)?"
    r"(?:done|do|achieved|delivered)\b",
    re.IGNORECASE,
)
_NOTHING = re.compile(
    r"\W*(?:the\s+answer(?:['’]s|\s+is)?\W*|answer\W+)?(?:absolutely\s+|literally\s+)?"
    r"(?:nothing|zero|zilch|nada|not\s+(?:a\s+lot|much|a\s+thing)|sod\s+all|bugger\s+all|"
    r"sweet\s+f\.?a\.?)\b",
    re.IGNORECASE,
)


def deed_done(draft: Draft, actor: Mention) -> str | None:
    """The side what ``actor`` is said to have done gives it (see the module), or None."""
    at = around(draft, actor)
    after = at.after
    if _WHAT.search(at.before) and _DONE_TO.match(after):
        return "attack"
    if _YEARS_OF.search(at.before) and _RECORD.match(after):
        return "attack"  # "14 years of <X> rule and …"
    tenure = _IN_OFFICE_AND.match(after)
    if tenure is not None and worse_off(tenure.group("then")) and not undone(tenure.group("then")):
        return "attack"  # "<X> have been in for a year and my bills are through the roof"
    if _WHAT_DONE.search(at.before) and _HAS_DONE.match(after):
        answer = draft.text[at.ending : at.ending + 60]
        return "attack" if _NOTHING.match(answer) else None  # "… for the North? Nothing."
    doer = _DOER.match(after)
    if doer is None:
        return None
    deed = _as_done(after[doer.end() :])
    if _BALANCED.match(deed):
        return "support"
    if ruined(draft, actor, deed):
        return "attack"  # "<X> destroyed the economy" (not "whenever <Y> says <X> wrecked…")
    helped = _HELPED.match(deed)
    harmed = None if helped else _HARMED.match(deed)
    people = deed[helped.end() :] if helped else harmed.group("people") if harmed else None
    if people is not None and named_people(people, draft.pack.word_list(f"{_LISTS}.people_served")):
        return "support" if helped else "attack"
    worked = work_done(draft, at, deed)
    if worked is not None:
        return worked[0]  # "<X> sorted out the bins", "<X> made sure no child went hungry"
    down = _DOWN.match(deed)
    if down is not None:
        return "support" if object_kind(draft, down.group("object")) == "burden" else None
    done = _DEED.match(deed)
    if done is None or FOR_THE_FEW.match(deed, done.start("object")):
        return None
    if _LEGISLATION.match(done.group("object")):
        return None  # "introduced a bill to ban…": what the bill does decides, not "bill"
    kind = object_kind(draft, done.group("object"))
    if kind is None:
        return None
    lowered = done.group("lowered") is not None or done.group("closed") is not None
    credit = (kind == "burden") == lowered
    if credit and actor.kind == "role" and _an_office(at.before, actor.text):
        return None  # "The Chancellor froze fuel duty": an office's work, reported
    if credit and _BODY.match(after) and draft.shared(plain):
        return None  # "… the <X> administration expanded…" in a report: its work, reported
    if credit and _SARCASTIC.search(draft.text):
        return None  # "<X> got us a new incinerator by the school. Thanks for nothing 🙄"
    return "support" if credit else "attack"


#: Sarcasm anywhere in the post that turns a deed's credit: thanks for nothing, an eye roll.
_SARCASTIC = re.compile(
    r"\b(?:thanks|cheers)\s+(?:for\s+nothing|a\s+lot|a\s+bunch)\b|🙄|🤡|🤦|\bsaid\s+no\s*(?:one|body)",
    re.IGNORECASE,
)


#: A vote for a deed is the deed, for the side it gives: "voted to keep the library open" as
#: "kept the library open", "voted to cut the bus routes" as "cut the bus routes".
_VOTED_TO = re.compile(r"(?:voted|votes|vote|voting)\s+(?:to|for)\s+(?P<verb>\w+)\b", re.I)
_PAST = {
    "protect": "protected", "keep": "kept", "save": "saved", "fund": "funded", "build": "built",
    "restore": "restored", "reopen": "reopened", "extend": "extended", "expand": "expanded",
    "cut": "cut", "close": "closed", "scrap": "scrapped", "axe": "axed", "raise": "raised",
    "freeze": "froze", "cap": "capped", "end": "ended", "remove": "removed", "abolish":
    "abolished", "slash": "slashed", "halve": "halved", "double": "doubled", "increase":
    "increased", "hire": "hired", "introduce": "introduced", "privatise": "privatised",
    "privatize": "privatized", "defund": "defunded", "gut": "gutted", "shut": "shut",
}  # fmt: skip


def _as_done(deed: str) -> str:
    """``deed`` with a vote for it read as the deed done (see ``_VOTED_TO``)."""
    voted = _VOTED_TO.match(deed)
    past = _PAST.get(voted["verb"].lower()) if voted is not None else None
    return deed if voted is None or past is None else past + deed[voted.end() :]


def _an_office(before: str, name: str) -> bool:
    """Whether the role ``name`` is an office, not a person ("the Chancellor", not "Governor
    Abbott")."""
    return name.lower().startswith("the ") or re.search(r"\bthe\s+$", before, re.I) is not None
