"""Grievances: people left worse off ("my energy bill has doubled", "record waiting lists"),
or a grievance on the doorstep ("the pothole outside my house", "bins uncollected for three
weeks", "managed to close the only library"). Said beside thanks or praise of a party or
politician, they make it sarcasm ("Thanks <X>, …") or mean "because of" ("Thanks to <X>'s
cuts, rents went up again")."""

from __future__ import annotations

import re

__all__ = ["undone", "worse_off"]

#: People left worse off, said beside thanks ("Thanks <X>, my energy bill has doubled", "Well
#: done <X>, another record year for waiting lists"): the thanks are sarcasm, or mean "because
#: of" ("Thanks to <X>'s cuts, rents went up again").
_WORSE_OFF = re.compile(
    r"\b(?:bill|bills|prices?|rent|rents|mortgage|mortgages|shop|shopping|groceries|energy|"
    r"food|fuel|petrol|council\s+tax|taxes|tax|costs?|fares?)\b[^.!?]{0,40}?\b(?:doubled|tripled|"
    r"twice\s+as\s+much|three\s+times|through\s+the\s+roof|gone\s+up|went\s+up|up\s+again|"
    r"skyrocket\w*|soared|soaring|rocketed|shot\s+up)\b"
    r"|\brecord\s+(?:\w+\s+){0,3}?(?:waiting\s+lists?|waits|debt|borrowing|sewage|crime|food\s+"
    r"banks?|homelessness|strikes|inflation|potholes|closures|queues)\b"
    r"|\b(?:can['’]?t|cannot)\s+afford\b|\blost\s+my\s+(?:job|home|house|flat)\b"
    # a grievance on the doorstep: potholes, bins left, the last library shut
    r"|\b(?:bins?|rubbish|trains?|buses)\b[^.!?]{0,30}?(?:\buncollected|"
    r"(?:not\s+|never\s+|n['’]t\s+)(?:been\s+)?(?:collected|emptied|run|turned\s+up)|cancelled|"
    r"canceled|delayed|late\s+again)\b"
    r"|\bmanaged\s+to\s+(?:close|cut|shut|lose|break|wreck|ruin|scrap|axe|sell\s+off|double|"
    r"raise|hike)\b"
    r"|\b(?:clos\w+|shut\w*|ax\w+|scrap\w+|cut\w*)\s+(?:down\s+)?(?:the|our|my)\s+(?:only|last)\b"
    r"|\banother\s+(?:\w+\s+)?(?:tax|fare|rent|price|bill)\s+(?:rise|hike|increase)\b"
    # a place people use shut or a service cut: "Library shut, youth club shut", "the 42 cut to
    # hourly", "half the shops boarded up"
    r"|\b(?:library|libraries|youth\s+club|youth\s+centre|pool|leisure\s+centre|post\s+office|"
    r"police\s+station|fire\s+station|health\s+centre|surgery|ward|museum|tip|nursery|"
    r"hospital|a\s*&\s*e|ers?|emergency\s+rooms?|maternity\s+unit|walk-in\s+centre)\s+"
    r"(?:(?:is|are|has\s+been|have\s+been|now|got)\s+)?(?:shut|closed|axed|scrapped|gone|"
    r"(?:close|closes|closing)\s+(?:overnight|at\s+night|for\s+good))\b"
    # a journey made longer: "my commute's now 40 mins"
    r"|\bcommute(?:['’]s|\s+is|\s+has)\s+(?:now|doubled|gone\s+up)\b"
    r"|\bcut\s+to\s+(?:hourly|once\s+a|every|two|three|one)\b"
    r"|\bshops\b[^.!?]{0,30}?\b(?:boarded\s+up|empty|to\s+let|shut|closed|closing)\b"
    # a promise not kept yet: "a bridge that still isn't open", "years late and over budget"
    r"|\bstill\s+(?:isn['’]t|is\s+not|not|aren['’]t|are\s+not|(?:has|have)(?:n['’]t|\s+not)\s+"
    r"been|never\s+been)\s+(?:open|opened|finished|built|fixed|done|ready|running|delivered|"
    r"repaired|started|sorted)\b"
    r"|\b(?:years|months)\s+(?:late|behind\s+schedule|overdue)\b"
    r"|\b(?:millions|billions|way|massively|hugely)\s+over\s+budget\b",
    re.IGNORECASE,
)


#: A pothole, a grievance unless someone fixed it ("sorting out the potholes on our road").
_POTHOLE = re.compile(r"\bpotholes?\b", re.IGNORECASE)
_FIXED = re.compile(
    r"\b(?:fix|fill|sort|repair|patch|resurfac|mend|tackl|clear)\w*\b", re.IGNORECASE
)


def worse_off(text: str) -> bool:
    """Whether ``text`` says people are left worse off (see ``_WORSE_OFF``), or names a
    pothole no one is said to have fixed."""
    if _WORSE_OFF.search(text) is not None:
        return True
    return _POTHOLE.search(text) is not None and _FIXED.search(text) is None


#: A grievance put right: "… for getting it reopened", "bringing back the half-hourly
#: service", "the new market has filled them".
_UNDONE = re.compile(
    r"\b(?:re-?open\w*|back\s+open|(?:bring|bringing|brought|came|coming|is|are)\s+back|"
    r"restor\w*|sav(?:ed|ing)\s+(?:it|them|the|our)|rescu\w*|reviv\w*|filled\s+(?:them|it|the)|"
    r"put\s+(?:it|that)\s+right)\b",
    re.IGNORECASE,
)


def undone(text: str) -> bool:
    """Whether ``text`` says a grievance was put right (see ``_UNDONE``): a grievance told
    beside thanks is then what the thanks are for, not sarcasm."""
    return _UNDONE.search(text) is not None
