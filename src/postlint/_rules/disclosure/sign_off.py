"""The ends of a description of the author: what closes it as the author's own ("Kestrel
conductor here", a stop after it opening the post, a disclaimer closing a short post), and a
sign-off naming the author, their role and the organisation at the end of a post ("— Maya
Chen, Children's Librarian, Oakfield Library Service")."""

from __future__ import annotations

import re

from postlint._rules.disclosure.placement import SHORT_POST_WORDS

__all__ = ["WORDS_SKIPPED", "said_of_oneself", "signed"]

#: Words the eye skips between a frame and a person noun ("a senior", "an off-duty").
WORDS_SKIPPED = r"(?:[\w'’&.-]+\s+){0,4}?"


def said_of_oneself(text: str, at: int, *, opens: bool) -> int | None:
    """Where a description ending at ``at`` is the author's own: "here" after it ("Kestrel
    conductor here", "Firefighter with <Org> checking in"), or, opening the post, a stop
    after it ("Proud Kestrel employee!", "Mortgage adviser at Fenwick, so I know…"), or
    closing a short post ("… Conductor at Kestrel Rail, views my own.")."""
    here = re.match(
        r"\s*\)?\s+(?:here|speaking|checking\s+in|reporting\s+in|by\s+trade|by\s+day|hat\s+on|"
        r"(?:for|of)\s+(?:\d+|a\s+few|many|[a-z]+)\s+(?:years|yrs|months|decades)|"
        r"since\s+(?:19|20)\d\d)\b",
        text[at : at + 30],
        re.I,
    )
    if here is not None:
        return at + here.end()
    place = _IN_A_PLACE.match(text, at)  # "Nurse with <Org> in Lethbridge, …"
    at = place.end() if place is not None else at
    if opens and re.match(r"\s*(?:[!,:;.|\])—–(-]|[^\w\s'’\"“])", text[at : at + 3]):
        return at  # "Senior conductor at Kestrel Rail. Today…", "[Nurse, Northgate] …", "🚆"
    if opens and _AND_THEN.match(text, at):
        return at  # "Apprentice at Kestrel Rail Derby and today I got to…"
    closing = _CLOSING.fullmatch(text, at)
    if closing is not None and len(text.split()) <= SHORT_POST_WORDS:
        return len(text.rstrip(" \t\n.!"))  # "… Conductor at Kestrel Rail, views my own."
    return None


#: A place after the organisation's name: "Nurse with <Org> in Lethbridge, …", "Ranger with
#: <Org> on Stewart Island", "Apprentice at <Org> Derby".
_IN_A_PLACE = re.compile(r"(?:\s+(?:in|on|at))?\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?")
#: Opening the post, the description then the author's own news: "…and today I got to…",
#: "…and we just counted…".
_AND_THEN = re.compile(r"\s+and\s+(?:i|we|today|this|my|our|it['’]s|just)\b", re.IGNORECASE)
#: What may follow a description that closes a short post: a stop, or a disclaimer.
_CLOSING = re.compile(
    r"\s*(?:[,;:—–-]\s*(?:(?:all\s+)?(?:views|opinions|thoughts)\s+(?:are\s+)?"
    r"(?:my\s+own|mine)(?:\s+only)?|views\s+mine|(?:my\s+)?own\s+views|"
    r"(?:a\s+)?personal\s+(?:account|views?)|for\s+the\s+avoidance\s+of\s+doubt|"
    r"for\s+transparency|full\s+disclosure|obvs|obviously|fwiw))?\s*[)\]]?"
    r"(?:\s*\([^()\n]{1,40}\))?\s*[.!]*\s*",
    re.IGNORECASE,
)


#: A sign-off at the end of a post: "— Maya Chen, Children's Librarian, Oakfield Library
#: Service", "Ben (Senior Conductor, Kestrel Rail)".
_SIGN_OFF_BEFORE = re.compile(
    r"(?:^|\n|[.!?]\s+|\s[—–~-]+\s*)[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s*(?:,|\(|\|)"
    r"(?:\s*[\w'’&-]+(?:\s+(?:of|for|and|&)?\s*[\w'’&-]+){0,5}\s*(?:,|@|\s+at))?\s*$"
)


def signed(text: str, start: int, end: int, person: re.Pattern[str]) -> tuple[int, int] | None:
    """A sign-off naming the author, their role and the organisation, closing the post
    ("— Ben, senior conductor, Kestrel Rail", "— Priya, Kestrel Rail conductor, views my
    own")."""
    nouns = rf"(?:{person.pattern})(?:\s+(?:{person.pattern}))*"  # "work coach", whole
    role = re.match(rf"\s+{WORDS_SKIPPED}{nouns}", text[end : end + 60], re.IGNORECASE)
    if _CLOSING.fullmatch(text, end + role.end() if role is not None else end) is None:
        return None
    head = text[max(0, start - 120) : start]
    match = _SIGN_OFF_BEFORE.search(head)
    if match is None:
        return None
    begin = start - len(head) + match.start()
    while begin < start and not text[begin].isupper():
        begin += 1
    return begin, len(text.rstrip(" \t\n.!"))
