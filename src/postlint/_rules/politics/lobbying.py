"""Asking readers to contact their representative, read by what for.

About a policy, a plan or a vote, it is a call to political action, whichever way it leans:
"Email your MP TODAY about the winter fuel cut", "Write to your councillor and tell them to
vote against the incinerator", "Ring your senator and urge her to block the bill". The judge
reads most of these as no stance: they name no side and no political word but the office.

For help with the reader's own case it is casework, which asks nothing political and takes no
side: "Email your MP if your passport application is stuck, they can chase it", "You can ask
your MP to help with a visa delay", "Contact your councillor about a missed bin collection".
The judge reads many of those as a call, or as an attack on "your MP".
"""

from __future__ import annotations

import re

from postlint._engine.draft import Draft
from postlint._rules.politics.mention import Mention

__all__ = ["casework", "cause_calls", "lobbied_cause", "lobbying_calls"]

_CONTACT = (
    r"(?:e-?mail(?:ing)?|writ(?:e|ing)\s+to|contact(?:ing)?|ring(?:ing)?|call(?:ing)?|"
    r"phon(?:e|ing)|messag(?:e|ing)|lobby(?:ing)?|tweet(?:ing)?|ask(?:ing)?|tell(?:ing)?|"
    r"get\s+in\s+touch\s+with|speak\s+to|talk\s+to)"
)
_REPRESENTATIVE = (
    r"(?:local\s+)?(?:mp|msp|ms|mla|td|mep|councill?ors?|council|senators?|"
    r"representatives?|reps?|congress(?:wo)?man|congressperson|member\s+of\s+(?:parliament|"
    r"congress)|assembly\s*member|state\s+(?:senator|rep(?:resentative)?)|mayor)"
)
#: The reader asked to contact their representative, and the rest of the sentence.
_ASKED = re.compile(
    rf"\b{_CONTACT}\s+(?:your|ur|yer)\s+{_REPRESENTATIVE}\b(?P<rest>[^.!?\n]*)", re.IGNORECASE
)
#: What a policy call asks for: a stance on a policy, a plan or a vote.
_POLICY = re.compile(
    r"\b(?:about|over|on|against|re)\s+(?P<cause>(?:the|this|these|that|their|our)\b[^.!?\n]{0,50}?\b"
    r"(?:cuts?|caps?|bill|plans?|closures?|changes|scheme|ban|polic(?:y|ies)|tax|taxes|levy|"
    r"rise|hike|freeze|decision|vote|motion|proposals?|incinerator|development|"
    r"expansion|pipeline|fracking|mine|runway|sell-?off|privati[sz]\w*|budget|funding|deal|"
    r"treaty|amendment|law|reforms?)\b)"
    r"|\b(?:and\s+)?(?:tell|urge|ask|demand|beg)\w*\s+(?:them|him|her)\s+to\s+(?:vote|oppose|back|"
    r"support|block|scrap|save|stop|reverse|fight|reject|drop|keep|protect|sign|defend)\b"
    r"|\bto\s+(?:vote\s+(?:for|against|no|yes)|oppose|block|scrap|save|stop|reverse|reject|"
    r"protect|defend)\b",
    re.IGNORECASE,
)
#: What casework asks for: help with the reader's own case.
_CASEWORK = re.compile(
    r"\bif\s+(?:your\b|you(?:['’]re|\s+are|\s+have|['’]ve|\s+need|\s+can['’]?t)\b)|\bhelp(?:s|ing)?\s+(?:you\s+)?(?:with|to|out)\b|\bcan\s+(?:help|"
    r"chase|assist|sort)|\bchase\b|\b(?:your|a)\s+(?:own\s+)?(?:case|claim|application|passport|"
    r"visa|benefits?|appointment|missed|delayed|stuck|lost)\b|\bschool\s+visit\b|"
    r"\bsurgery\b|\bfor\s+(?:help|advice)\b",
    re.IGNORECASE,
)


def lobbying_calls(draft: Draft) -> list[Mention]:
    """The calls on readers to contact their representative about a policy, as actions."""
    found = []
    for asked in _ASKED.finditer(draft.text):
        policy = _POLICY.search(asked["rest"])
        if policy is None or _CASEWORK.search(asked["rest"]):
            continue  # "Ask your MP about the bypass plans at their surgery on Friday"
        if not draft.is_quoted(asked.start(), asked.end()):
            # The call to its clause's end: "Email your MP today about the fuel cut", "Ring
            # your senator and tell them to block the bill"
            clause = re.match(r"[^,;:–—(]*", asked["rest"][policy.start() :])
            start = asked.start()
            end = asked.start("rest") + policy.start() + (clause.end() if clause else 0)
            end = max(end, asked.start("rest") + policy.end())
            found.append(Mention(start, end, draft.text[start:end], "lobbying", "action"))
    return found


#: A sentence that asks readers to sign, share, join or march, and the rest of it: "Sign and
#: share: stop the closure of Oakfield Library", "Please sign the petition to save our
#: library!", "Join us on Saturday to say no to the new incinerator".
_ASKED_TO_ACT = re.compile(
    # (a sentence's start, then a few marks: unbounded, a run of blank lines cost time squared)
    r"(?:^|(?<=[.!?\n]))[\s\W]{0,8}(?:please\s+)?(?:sign|share|join|come|march|protest|object|rally|"
    r"turn\s+out|turn\s+up|show\s+up)\b(?P<rest>[^.!?\n]*)",
    re.IGNORECASE,
)
#: A public cause the call is for or against: a service, a plan or a policy of a public body
#: ("save our library", "stop the closure of …", "say no to the new incinerator"); not "save
#: the date" or "save 20%", nor a health message's "protect the NHS".
_CAUSE = re.compile(
    r"\b(?P<cause>(?:stop|save|say\s+no\s+to|oppose|object\s+to|fight|against|scrap|block|keep|"
    r"defend|reverse)\s+(?:the|our|this|these|that|their)\s+(?:[\w&'’-]+\s+){0,3}?"
    r"(?:closures?|cuts?|plans?|proposals?|development|incinerator|library|libraries|hospital|"
    r"a\s*&\s*e|school|ward|maternity\s+unit|bus\s+(?:route|service)|pool|leisure\s+centre|"
    r"youth\s+club|park|green\s+belt|nhs|police\s+station|fire\s+station|post\s+office|bill|"
    r"ban|tax|scheme|policy|decision|expansion|runway|pipeline|mine|fracking|sell-?off|"
    r"privati[sz]ation)\b(?:\s+of\s+(?:the\s+)?(?:[A-Z][\w'’&-]*\s*){1,4})?)",
    re.IGNORECASE,
)


def cause_calls(draft: Draft) -> list[Mention]:
    """The calls on readers to sign, share, join or march for or against a public cause, as
    actions named by the cause (see ``_CAUSE``)."""
    found = []
    for asked in _ASKED_TO_ACT.finditer(draft.text):
        cause = _CAUSE.search(asked["rest"])
        if cause is None or draft.is_quoted(asked.start("rest"), asked.end()):
            continue
        start = asked.start() + len(asked.group(0)) - len(asked.group(0).lstrip(" \n.!?"))
        end = asked.start("rest") + cause.end()
        found.append(Mention(start, end, draft.text[start:end], "lobbying", "action"))
    return found


def casework(sentence: str) -> bool:
    """Whether ``sentence`` points readers to their representative for help with their own
    case, and about no policy (see the module)."""
    asked = _ASKED.search(sentence)
    return (
        asked is not None
        and _CASEWORK.search(asked["rest"]) is not None
        and _POLICY.search(asked["rest"]) is None
    )


def lobbied_cause(call: str) -> str | None:
    """What a lobbying call (a ``lobbying_calls`` mention's words) is about, as it writes it
    ("the winter fuel cut"), or None where it says only what to do ("tell them to vote it
    down")."""
    asked = _ASKED.search(call)
    policy = _POLICY.search(asked["rest"]) if asked is not None else None
    if policy is not None and policy["cause"]:
        return policy["cause"]
    cause = _CAUSE.search(call)  # "Sign and share: stop the closure of Oakfield Library"
    return " ".join(cause["cause"].split()) if cause is not None else None
