"""The author's organisation named in a description of the author: "as a DfT analyst",
"a conductor at Kestrel", "Conductor at Kestrel Rail here", "#KestrelStaff", or a sign-off
("— Maya Chen, Children's Librarian, Oakfield Library Service").

The fixed phrases of ``spans`` know the shapes that name any employer ("I work at …", "I'm a
policy adviser at …"); these know the configured organisation's names (``organisation``) and
so can read shapes that would be too loose without them: a person noun beside the name, with
the author's own frame before it ("as", "I'm", "speaking as", "a quick tip from"), is who the
author is; "the queue at Tesco" or "my sister, a nurse at the Royal Free" is not.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from postlint._engine.draft import Draft
from postlint._rules.disclosure.job_there import job_there
from postlint._rules.disclosure.organisation import organisation_mentions, organisation_names
from postlint._rules.disclosure.placement import SHORT_POST_WORDS, buried_in_hashtags
from postlint._rules.disclosure.spans import LISTS, DisclosureStatement

__all__ = ["self_descriptions"]

#: The author's frame before a description of a person: "As a …", "I'm a …", "someone who
#: is literally a …", "speaking as an …", "PSA from a …", "… here" after it.
_FRAME = re.compile(
    r"(?:^|(?<=[\s(,:;.!?-]))(?:as|i'?m|i’m|i\s+am|someone\s+who(?:'s|’s|\s+is)(?:\s+\w+ly)?"
    r"|speaking\s+as|(?:psa|tip|hint|reminder|advice|word|note|message|update|confession|"
    r"story|thoughts|take|plea|lesson)\s+from)"
    r"\s+(?:(?:a|an|the|one\s+of\s+the)\s+)?",
    re.IGNORECASE,
)
#: Someone else's job named in the same breath: "my sister, a nurse at …", "my mate's a …".
_ANOTHER = re.compile(
    r"\b(?:my|our|his|her|their)\s+(?:\w+\s+)?(?:sister|brother|mum|mom|dad|son|daughter|wife|"
    r"husband|partner|friend|mate|pal|cousin|aunt|uncle|neighbour|neighbor|niece|nephew)s?\b",
    re.IGNORECASE,
)
#: Words the eye skips between a frame and a person noun ("a senior", "an off-duty").
_WORDS = r"(?:[\w'’&.-]+\s+){0,4}?"


def self_descriptions(
    draft: Draft, besides: Sequence[DisclosureStatement] = ()
) -> Iterator[DisclosureStatement]:
    """Where the draft names the author's organisation in a description of the author, but
    for the descriptions ``besides`` (statements found already) overlap."""
    yield from _staff_tags(draft)
    mentions = organisation_mentions(draft)
    if not mentions:
        return
    people = _person_nouns(draft)
    nouns = "|".join(sorted(map(re.escape, people), key=len, reverse=True))
    person = re.compile(rf"(?:{nouns})s?\b", re.IGNORECASE)
    text = draft.text
    for mention in mentions:
        found = (
            _described(text, mention.start, mention.end, person)
            or _signed(text, mention.start, mention.end, person)
            or job_there(text, mention.start, mention.end)
        )
        if found is None:
            continue
        start, end = found
        while start < end and not text[start].isalnum():
            start += 1  # the frame's leading space or bracket
        if not any(s.kind == "position" and s.start < end and start < s.end for s in besides):
            yield DisclosureStatement(start, end, text[start:end], "self-description")


#: A tag of the organisation's name and a word for its staff: "#AcmeEmployee", "#DfTStaff".
_STAFF_TAG = re.compile(r"#(\w+?)(?:employee|employees|staff|colleague|crew|team|proud)\b", re.I)


def _staff_tags(draft: Draft) -> Iterator[DisclosureStatement]:
    tags = list(_STAFF_TAG.finditer(draft.text))
    if not tags:
        return  # most drafts: the organisation's names (every alias list read) not needed
    names = {
        re.sub(r"[\W_]+", "", spelt).lower()
        for name in organisation_names(draft.config.author.organisation or "", draft.pack)
        for spelt in (name, name.replace("&", " and "))  # "#QuillAndEmberStaff"
    }
    for match in tags:
        if match.group(1).lower() in names and not buried_in_hashtags(draft.text, match.start()):
            yield DisclosureStatement(match.start(), match.end(), match.group(0), "staff-tag")


def _described(text: str, start: int, end: int, person: re.Pattern[str]) -> tuple[int, int] | None:
    """The description around a mention: the organisation before a person noun ("a DfT
    analyst", "a Fenwick Building Society employee") or a person noun before "at
    <org>" ("a conductor at Kestrel"), framed as the author's own."""
    sentence_start = max(text.rfind(mark, 0, start) for mark in (".", "!", "?", "\n")) + 1
    nouns = rf"(?:{person.pattern})(?:\s+(?:{person.pattern}))*"  # "revenue agent", whole
    after = re.match(rf"\s+({_WORDS})({nouns})", text[end : end + 60], re.IGNORECASE)
    if after is not None and not _A_VERB.search(after.group(1)):
        head = text[sentence_start:start]
        frame = _nearest_frame(head)
        if frame is not None and not _ANOTHER.search(head):
            return sentence_start + frame.start(), end + after.end()
        said = _said_of_oneself(text, end + after.end(), opens=not text[:sentence_start].strip())
        if said is not None and re.fullmatch(_OPENING, head, re.IGNORECASE):
            # "Kestrel conductor here: …", "Proud Kestrel employee! …" opening a post
            return sentence_start + len(head) - len(head.lstrip()), said
    pays = re.match(r"\s+(?:pays|paid|pay)\s+my\s+(?:salary|wages|wage|bills)\b", text[end:])
    if pays is not None:
        return start, end + pays.end()  # "Full disclosure: Fenwick pays my salary"
    day_job = _DAY_JOB.search(text, sentence_start, start)
    if day_job is not None and day_job.end() == start:
        return day_job.start(), end  # "Day job: DWP.", "my employer is Fenwick"
    before = re.search(
        rf"({person.pattern})(?:\s+(?:at|for|with|in|on|of|@)\s+(?:the\s+|an?\s+)?|\s*\(\s*|"
        r"(?P<comma>\s*,\s*))$",
        text[sentence_start:start],
        re.IGNORECASE,
    )
    if before is None:
        return None
    head = text[sentence_start : sentence_start + before.start()]
    if _ANOTHER.search(head):
        return None
    opening = re.fullmatch(_OPENING + _WORDS, head, re.IGNORECASE)
    said = _said_of_oneself(text, end, opens=not text[:sentence_start].strip())
    framed = _nearest_frame(head)
    if framed is not None and before.group("comma") is None:
        return sentence_start + framed.start(), end  # not "As a nurse, Northgate has been…"
    if opening is not None and said is not None:
        # "Conductor at Kestrel Rail here - …", "Mortgage adviser at Fenwick, so…"
        return sentence_start + len(head) - len(head.lstrip()), said
    return None


#: Words between the organisation and a person noun that make the noun the organisation's
#: business, not the author ("Fenwick is hiring mortgage advisers", "Kestrel needs drivers").
_A_VERB = re.compile(
    r"\b(?:is|are|was|were|be|been|has|have|had|will|would|can|could|should|must|may|might|"
    r"does|do|did|needs?|wants?|seeks?|seeking|hiring|recruiting|looking|employs?|employing|"
    r"trains?|training|thanks|thanked|for|to|and|with|of)\b|['’]s\b",
    re.IGNORECASE,
)
#: The author's employment named before the organisation: "Day job: DWP", "my day job at
#: Fenwick", "my employer is Kestrel Rail", "employed by the Met Office".
_DAY_JOB = re.compile(
    r"\b(?:(?:my\s+)?day\s+job|my\s+employer|i['’]?m\s+employed|employed)\s*(?::|is|at|with|"
    r"by|[-–—=])?\s*(?:is\s+(?:at\s+|[a-z]+ing\s+(?:at|for|with)\s+)?)?(?:the\s+)?",
    re.IGNORECASE,
)
#: What may open a self-description: "a", "a proud", "fellow", "Bias alert,".
_OPENING = (
    r"[\s\W]*(?:(?:bias\s+alert|full\s+disclosure|disclaimer|transparency|fyi|psa)\s*[,:!-]\s*)?"
    r"(?:(?:a|an|proud|a\s+proud|fellow|another)\s+)?"
)


def _said_of_oneself(text: str, at: int, *, opens: bool) -> int | None:
    """Where a description ending at ``at`` is the author's own: "here" after it ("Kestrel
    conductor here"), or, opening the post, a stop after it ("Proud Kestrel employee!",
    "Mortgage adviser at Fenwick, so I know…"), or closing a short post ("… Conductor at
    Kestrel Rail, views my own.")."""
    here = re.match(
        r"\s*\)?\s+(?:here|speaking|by\s+trade|by\s+day|hat\s+on|(?:for|of)\s+(?:\d+|a\s+few|many|"
        r"[a-z]+)\s+(?:years|yrs|months|decades)|since\s+(?:19|20)\d\d)\b",
        text[at : at + 30],
        re.I,
    )
    if here is not None:
        return at + here.end()
    place = _IN_A_PLACE.match(text, at)  # "Nurse with <Org> in Lethbridge, …"
    at = place.end() if place is not None else at
    if opens and re.match(r"\s*(?:[!,:;.|\])—–(-]|[^\w\s'’\"“])", text[at : at + 3]):
        return at  # "Senior conductor at Kestrel Rail. Today…", "[Nurse, Northgate] …", "🚆"
    closing = _CLOSING.fullmatch(text, at)
    if closing is not None and len(text.split()) <= SHORT_POST_WORDS:
        return len(text.rstrip(" \t\n.!"))  # "… Conductor at Kestrel Rail, views my own."
    return None


#: A place after the organisation's name: "Nurse with <Org> in Lethbridge, …".
_IN_A_PLACE = re.compile(r"\s+in\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?")
#: What may follow a description that closes a short post: a stop, or a disclaimer.
_CLOSING = re.compile(
    r"\s*(?:[,;:—–-]\s*(?:(?:all\s+)?(?:views|opinions|thoughts)\s+(?:are\s+)?"
    r"(?:my\s+own|mine)(?:\s+only)?|views\s+mine|(?:my\s+)?own\s+views|"
    r"(?:a\s+)?personal\s+(?:account|views?)|for\s+the\s+avoidance\s+of\s+doubt|"
    r"for\s+transparency|full\s+disclosure|obvs|obviously|fwiw))?\s*[)\]]?"
    r"(?:\s*\([^()\n]{1,40}\))?\s*[.!]*\s*",
    re.IGNORECASE,
)


def _nearest_frame(head: str) -> re.Match[str] | None:
    """The author's frame nearest the end of ``head`` with at most a few words after it:
    in "I know I'm biased because I'm a Kestrel conductor", the second "I'm a"."""
    found = None
    for match in _FRAME.finditer(head):
        if re.fullmatch(_WORDS, head[match.end() :]):
            found = match
    return found


#: A sign-off at the end of a post: "— Maya Chen, Children's Librarian, Oakfield Library
#: Service", "Ben (Senior Conductor, Kestrel Rail)".
_SIGN_OFF_BEFORE = re.compile(
    r"(?:^|\n|[.!?]\s+|\s[—–~-]+\s*)[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s*(?:,|\(|\|)"
    r"(?:\s*[\w'’&-]+(?:\s+(?:of|for|and|&)?\s*[\w'’&-]+){0,5}\s*(?:,|@|\s+at))?\s*$"
)


def _signed(text: str, start: int, end: int, person: re.Pattern[str]) -> tuple[int, int] | None:
    """A sign-off naming the author, their role and the organisation, closing the post
    ("— Ben, senior conductor, Kestrel Rail", "— Priya, Kestrel Rail conductor, views my
    own")."""
    nouns = rf"(?:{person.pattern})(?:\s+(?:{person.pattern}))*"  # "work coach", whole
    role = re.match(rf"\s+{_WORDS}{nouns}", text[end : end + 60], re.IGNORECASE)
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


def _person_nouns(draft: Draft) -> frozenset[str]:
    """Nouns for a person at work (``disclosure/disclosure.person_nouns``) and the words of
    the configured role ("smart meter engineer": "engineer")."""
    role = draft.config.author.role or ""
    own = {word.lower() for word in re.findall(r"[A-Za-z][\w-]{3,}", role)}
    common = draft.pack.word_list(f"{LISTS}.role_filler")
    return draft.pack.word_list(f"{LISTS}.person_nouns") | (own - common)
