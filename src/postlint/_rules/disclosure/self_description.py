"""The author's organisation named in a description of the author: "as a DfT analyst",
"a conductor at Kestrel", "Conductor at Kestrel Rail here", "I'm Tom, lead designer on the
Kestrel app", "I'm the head of data leading Kestrel Rail's analytics team", "I'm the DVLA's
head of cyber security", "#KestrelStaff", or a sign-off (``sign_off``: "— Maya Chen,
Children's Librarian, Oakfield Library Service").

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
from postlint._rules.disclosure.placement import buried_in_hashtags
from postlint._rules.disclosure.sign_off import WORDS_SKIPPED, said_of_oneself, signed
from postlint._rules.disclosure.spans import LISTS, DisclosureStatement

__all__ = ["self_descriptions"]

#: The author's frame before a description of a person: "As a …", "I'm a …", "someone who
#: is literally a …", "speaking as an …", "PSA from a …", "… here" after it.
_FRAME = re.compile(
    r"(?:^|(?<=[\s(,:;.!?-]))(?:"
    # "I'm Tom, lead designer on …", "I'm Amara Okafor and I'm the head of data …": a name
    # (tried first: a bare "I'm" would match and leave the name to spoil the words after it)
    r"(?:i['’]?m|i\s+am)\s+(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+){0,2}"
    r"(?:\s*,|\s+and\s+(?:i['’]?m|i\s+am))"
    r"|as|i'?m|i’m|i\s+am|someone\s+who(?:'s|’s|\s+is)(?:\s+\w+ly)?"
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
_WORDS = WORDS_SKIPPED


def self_descriptions(
    draft: Draft, besides: Sequence[DisclosureStatement] = ()
) -> Iterator[DisclosureStatement]:
    """Where the draft names the author's organisation in a description of the author, but
    for the descriptions ``besides`` (statements found already) overlap."""
    yield from _staff_tags(draft)
    yield from _staff_names(draft)
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
            or signed(text, mention.start, mention.end, person)
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


#: A word for the organisation's staff made from its name, then "here": "Googler here",
#: "Microsoftie here, obviously biased", "Amazonians here".
_STAFF_NAME = r"(?:ie|r|er|ian|ite|ster)s?\s+here\b"


def _staff_names(draft: Draft) -> Iterator[DisclosureStatement]:
    if not re.search(_STAFF_NAME, draft.text, re.I):
        return  # most drafts: the organisation's names not needed
    for name in organisation_names(draft.config.author.organisation or "", draft.pack):
        if not re.fullmatch(r"[A-Za-z][\w&'’-]*", name):
            continue  # one word only: "Googler", not "Kestrel Railer"
        for match in re.finditer(rf"(?<![\w#@]){re.escape(name)}{_STAFF_NAME}", draft.text, re.I):
            yield DisclosureStatement(match.start(), match.end(), match.group(0), "staff-name")


def _described(text: str, start: int, end: int, person: re.Pattern[str]) -> tuple[int, int] | None:
    """The description around a mention: the organisation before a person noun ("a DfT
    analyst", "a Fenwick Building Society employee") or a person noun before "at
    <org>" ("a conductor at Kestrel"), framed as the author's own."""
    sentence_start = max(text.rfind(mark, 0, start) for mark in (".", "!", "?", "\n")) + 1
    nouns = rf"(?:{person.pattern})(?:\s+(?:{person.pattern}))*"  # "revenue agent", whole
    after = re.match(rf"(['’]s)?\s+({_WORDS})({nouns})", text[end : end + 60], re.IGNORECASE)
    # (not past a sentence's end: "I'm Sam, proud Oakfield user. Our team…")
    if after is not None and not _A_VERB.search(after.group(2)) and ". " not in after.group(2):
        head = text[sentence_start:start]
        frame = _nearest_frame(head)
        # "I'm the DVLA's head of cyber security", "As Fenwick's branch manager, …": the
        # organisation's own title for the author, only straight after "I'm the" or an
        # opening "As" ("I'm sure Fenwick's staff will help" is not)
        owned = after.group(1) is None or (
            frame is not None
            and frame.end() == len(head)
            and (_THE.search(frame.group(0)) is not None or _AS_OPENING.fullmatch(head) is not None)
        )
        if frame is not None and owned and not _ANOTHER.search(head):
            return sentence_start + frame.start(), end + after.end()
        said = said_of_oneself(text, end + after.end(), opens=not text[:sentence_start].strip())
        if said is not None and after.group(1) is None and re.fullmatch(_OPENING, head, re.I):
            # "Kestrel conductor here: …", "Proud Kestrel employee! …" opening a post (not
            # "Kestrel's chief executive, Jo Bloggs, sets out…": someone else)
            return sentence_start + len(head) - len(head.lstrip()), said
    pays = re.match(r"\s+(?:pays|paid|pay)\s+my\s+(?:salary|wages|wage|bills)\b", text[end:])
    if pays is not None:
        return start, end + pays.end()  # "Full disclosure: Fenwick pays my salary"
    day_job = _DAY_JOB.search(text, sentence_start, start)
    if day_job is not None and day_job.end() == start:
        return day_job.start(), end  # "Day job: DWP.", "my employer is Fenwick"
    before = re.search(
        rf"(?:({person.pattern})(?:{_OF_WHAT}\s+{_LINK}\s+(?:the\s+|an?\s+)?(?:{_SITE}\s*\(\s*)?|"
        rf"\s*\(\s*|"
        rf"(?P<comma>\s*,\s*))|[\w'’-]+\s+{_RUNNING}\s+(?:the\s+)?)$",
        text[sentence_start:start],
        re.IGNORECASE,
    )
    if before is None:
        return None
    head = text[sentence_start : sentence_start + before.start()]
    if _ANOTHER.search(head):
        return None
    opening = re.fullmatch(_OPENING + _WORDS, head, re.IGNORECASE)
    said = said_of_oneself(text, end, opens=not text[:sentence_start].strip())
    framed = _nearest_frame(head)
    if framed is not None and before.group("comma") is None:
        return sentence_start + framed.start(), end  # not "As a nurse, Northgate has been…"
    if opening is not None and said is not None:
        # "Conductor at Kestrel Rail here - …", "Mortgage adviser at Fenwick, so…"
        return sentence_start + len(head) - len(head.lstrip()), said
    return None


#: Between a person noun and the organisation: "at", "of", "leading", "responsible for", "in
#: charge of", "working on" ("the head of data leading the Kestrel Rail analytics team").
_LINK = (
    r"(?:at|for|with|in|on|of|@|across|within|leading|running|heading(?:\s+up)?|managing|"
    r"overseeing|looking\s+after|in\s+charge\s+of|responsible\s+for|"
    r"working\s+(?:at|for|on|in|with|across)|based\s+(?:at|in|with))"
)
#: A site named before its body in brackets: "Staff nurse at St Anne's (<Org>) here".
_SITE = r"(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,3}"
#: A link that is itself a job, after any word: "I'm the woman leading Kestrel Rail's …",
#: "I'm the one responsible for the DVLA's …" ("the man at Kestrel Rail's ticket office" is
#: a customer).
_RUNNING = (
    r"(?:leading|running|heading(?:\s+up)?|managing|overseeing|in\s+charge\s+of|"
    r"responsible\s+for)"
)
#: What a title may be of before that link: "director of digital at", "lead for
#: accessibility across".
_OF_WHAT = r"(?:\s+(?:of|for)\s+[\w'’&-]+(?:\s+[\w'’&-]+)?)?"
_THE = re.compile(r"\bthe\s*$", re.IGNORECASE)
_AS_OPENING = re.compile(r"[\s\W]*as\s+", re.IGNORECASE)
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
#: What may open a self-description: "a", "a proud", "fellow", "Bias alert,", "Disclosure:".
_OPENING = (
    r"[\s\W]*(?:(?:bias\s+alert|(?:full\s+)?disclosure|disclaimer|transparency|fyi|psa)"
    r"\s*[,:!-]\s*)?"
    r"(?:(?:a|an|proud|a\s+proud|fellow|another)\s+)?"
    # how long or how far in: "Second year apprentice at…", "20-year line worker at…"
    r"(?:(?:(?:first|second|third|fourth|fifth|final|\d+(?:st|nd|rd|th)?|\d+\+?)[\s-]+"
    r"(?:years?|yr)(?:[\s-]+old)?|newly[\s-]+qualified)\s+)?"
)


def _nearest_frame(head: str) -> re.Match[str] | None:
    """The author's frame nearest the end of ``head`` with at most a few words after it:
    in "I know I'm biased because I'm a Kestrel conductor", the second "I'm a"."""
    found = None
    for match in _FRAME.finditer(head):
        if re.fullmatch(_WORDS, head[match.end() :]):
            found = match
    return found


def _person_nouns(draft: Draft) -> frozenset[str]:
    """Nouns for a person at work (``disclosure/disclosure.person_nouns``) and the words of
    the configured role ("smart meter engineer": "engineer")."""
    role = draft.config.author.role or ""
    own = {word.lower() for word in re.findall(r"[A-Za-z][\w-]{3,}", role)}
    common = draft.pack.word_list(f"{LISTS}.role_filler")
    return draft.pack.word_list(f"{LISTS}.person_nouns") | (own - common)
