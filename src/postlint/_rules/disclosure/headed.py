"""The author saying who they are around the configured organisation's name, as people head a
post: "PC with <org>.", "EHO at <org>.", "Housing officer, <org>.", "Mortgage adviser at
<org>, so yes this is a plug", "<org> waste services here (I supervise the north rounds)",
"Day in the life of an <org> fisheries officer"; or put themselves inside it by their work:
"I work on school meals policy at <org>", "Been driving for <org> for 11 years", "12 years a
midwife at <org>"; or in an aside in brackets: "Wearing my work hat (planning at <org>): …".

The fixed phrases (``spans``) need the frame before the name ("I work at", "I'm a … at"), and
``own_role`` needs the configured role as written; a heading of the post needs neither. Only
the configured organisation counts, so "Thanks, <org>" and "My sister at <org>" are no
heading: the words before the name must hold a job (a person noun of the disclosure lexicon,
a word of the configured role, or a job's short form in capitals: "PC", "EHO", "FY2").
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence

from postlint._engine.draft import Draft
from postlint._rules.disclosure.organisation import organisation_mentions
from postlint._rules.disclosure.spans import LISTS, DisclosureStatement

__all__ = ["headed_statements"]

#: A sentence's opening of a few words, ending where the organisation's name begins.
_HEADING = re.compile(
    r"^\W*(?P<words>(?:[\w'’.&-]+\s+){0,3}?[\w'’.&-]+)\s*(?:at|with|for|in|,|-|–|—|@)\s*"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)
#: Right after the name, what ends a heading: punctuation, "here", the end, "so …".
#: (The name as written may run on past the configured one: "Oakfield Council", "… BS".)
_HEADING_END = re.compile(
    r"^(?:\s+[A-Z][\w&'’-]*){0,2}\s*(?:$|[.,:;()!|/\-–—]|(?i:here|so|and\s+I)\b)"
)
#: A job's short form: "PC", "EHO", "FY2", "HCA", "GP".
_SHORT_FORM = re.compile(r"^[A-Z][A-Z0-9]{1,4}$")
#: Words at the opening that greet or address the organisation, not say who the author is.
_ADDRESSED = re.compile(
    r"^(?:thanks?|thank\s+you|cheers|shout(?:out)?|congrats|congratulations|well\s+done|dear|"
    r"hi|hello|hey|love|hate|shame|bravo|kudos|props|come\s+on)\b",
    re.IGNORECASE,
)
#: Before the name, the author's work put inside it: "I work on school meals policy at",
#: "Been driving for", "12 years a midwife at", "day in the life of an".
_INSIDE = re.compile(
    r"(?:\bi\s+(?:work|volunteer)\s+(?:on|in|with)\s+(?:[\w'’-]+\s+){0,6}?(?:at|for|in|with)"
    r"|\b(?:i['’]?ve\s+)?been\s+\w+ing\s+(?:[\w'’-]+\s+){0,3}?(?:for|at|with)"
    r"|\b\d+\s+(?:years?|yrs)\s+(?:as\s+)?(?:an?\s+)?(?:[\w-]+\s+){1,2}?(?:at|for|with)"
    r"|\bday\s+in\s+the\s+life\s+of\s+(?:an?|the))\s+(?:the\s+)?$",
    re.IGNORECASE,
)
#: Someone else just before an aside in brackets, whom the aside is about.
_SOMEONE_ELSE = re.compile(
    r"\b(?:sister|brother|mum|mom|dad|father|mother|friend|mate|husband|wife|partner|son|"
    r"daughter|colleague|neighbour|neighbor|cousin|uncle|aunt|auntie|nan|gran|grandad|boss|"
    r"he|she|they|someone|somebody)\s*$",
    re.IGNORECASE,
)
#: After a name opening the sentence, "here" within a few words: "<org> waste services here".
_HERE = re.compile(r"^(?:\s+[\w'’&-]+){0,3}\s+here\s*(?:[(:,.!—–-]|$)", re.IGNORECASE)


def headed_statements(
    draft: Draft, besides: Sequence[DisclosureStatement] = ()
) -> Iterator[DisclosureStatement]:
    """The statements of who the author is around the organisation's name (see the module),
    but where a statement found already (``besides``) covers it."""
    text = draft.text
    starts = [sentence.start_char for sentence in draft.sentences]
    for mention in organisation_mentions(draft):
        if any(s.start <= mention.start < s.end for s in besides):
            continue
        # the sentence's opening, by a search (a long draft names the organisation often)
        found = bisect.bisect_right(starts, mention.start) - 1
        opening = starts[found] if found >= 0 else 0
        before, after = text[opening : mention.start], text[mention.end :]
        inside = _INSIDE.search(before)
        # or an aside in brackets: "Wearing my work hat (planning at <org>): …"
        aside = before[before.rindex("(") + 1 :] if "(" in before else None
        if aside is not None and _SOMEONE_ELSE.search(before[: len(before) - len(aside) - 1]):
            aside = None  # "My sister (a guard at <org>) says…": hers
        if inside is not None:
            start = opening + inside.start()
        elif _headed(draft, before, after) or (not before.strip() and _HERE.match(after)):
            start = opening + len(before) - len(before.lstrip())
        elif aside is not None and _headed(draft, aside, after):
            start = opening + len(before) - len(aside)
        else:
            continue
        if not draft.is_quoted(start, mention.end):
            yield DisclosureStatement(start, mention.end, text[start : mention.end], "heading")


def _headed(draft: Draft, before: str, after: str) -> bool:
    """Whether ``before`` heads the sentence with a job just before the organisation's name
    and ``after`` ends the heading."""
    heading = _HEADING.match(before)
    if heading is None or not _HEADING_END.match(after):
        return False
    words = heading.group("words")
    if _ADDRESSED.match(words):
        return False
    jobs = draft.pack.word_list(f"{LISTS}.person_nouns")
    role = {w.lower() for w in re.findall(r"[\w'’-]{4,}", draft.config.author.role or "")}
    return any(
        w.lower().rstrip("s") in jobs
        or w.lower() in jobs
        or w.lower() in role
        or _SHORT_FORM.match(w)
        for w in re.findall(r"[\w'’-]+", words)
    )
