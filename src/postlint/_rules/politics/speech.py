"""Someone else's words reported: "The senator said the bill was a disgrace", "…, the minister
told reporters", "“Vote for change,” read the banner", "According to…", "Calls are growing
for…", with no word of the author's own. Not the author's frame around what was said
("Remember when Labour said…", "Who cares what <X> says"), nor the author's verdict on how
someone speaks ("<X> tells it straight", "<X> tells lies"), a promise and its outcome ("<X>
said they'd reopen the library and they did") or a prediction borne out ("<X> said this would
happen")."""

from __future__ import annotations

import re

from postlint._engine.draft import Draft
from postlint._rules.politics.mention import whole_phrases
from postlint._rules.politics.wording import PROMISE_AND_OUTCOME
from postlint._rules.voice import FIRST_PERSON

__all__ = [
    "ACCLAIMED",
    "BLAMED",
    "BY_OTHERS",
    "PASSIVE",
    "nodded_or_disbelieved",
    "reported_in_passive",
    "speech_reported",
    "speech_reported_alone",
]

_LISTS = "politics/stance"

_SPEECH = (
    r"(?:said|says|told|tells|claimed|claims|argued|argues|warned|warns|insisted|insists|"
    r"announced|announces|added|wrote|writes|tweeted|posted|accused|alleged|alleges|"
    r"described|suggested|suggests|stated|states|declared|replied|urges|implores|implored|"
    r"begs|begged|pleads|pleaded|"
    # Acclaim or blame, reported in the active voice: "He hailed the protesters…", "She
    # condemned the cuts"; not "<X> is slammed for…", a report of others' blame on <X>, on
    # which the author's next words may pass their own verdict ("Bad vote.").
    r"(?<!\bis\s)(?<!\bwas\s)(?<!\bare\s)(?<!\bwere\s)(?<!\bbeen\s)(?<!\bget\s)(?<!\bgot\s)"
    r"(?:hailed|praised|condemned|criticised|criticized|slammed|blasted|welcomed|thanked|urged))"
)
#: Acclaim or blame another gave, reported in the passive ("was ridiculed by the media").
BLAMED = (
    r"(?:ridiculed|mocked|derided|lampooned|lambasted|criticised|criticized|slammed|blasted|"
    r"condemned|denounced|attacked|accused|panned|savaged|booed|heckled)"
)
ACCLAIMED = r"(?:praised|hailed|applauded|commended|welcomed|cheered|celebrated|thanked)"
_ACCLAIMED_OR_BLAMED = rf"(?:{BLAMED}|{ACCLAIMED})"
#: The author's own word on acclaim or blame: that it was deserved, or that it was not.
_RIGHTLY = r"(?:rightly|deservedly|justly)"
_WRONGLY = r"(?:unfairly|wrongly|unjustly)"
#: Between an actor and the acclaim or blame others gave it: "<X> was", "<X> has been widely",
#: "<X> was rightly" (the groups ``rightly`` and ``wrongly``: the author's word).
PASSIVE = (
    r"(?:is|are|was|were|(?:has|have|had)\s+been|got|gets)\s+"
    r"(?:(?:widely|roundly|heavily|sharply|fiercely|publicly|repeatedly|also|since|later)\s+"
    rf"|(?P<rightly>{_RIGHTLY})\s+|(?P<wrongly>{_WRONGLY})\s+)?"
)
#: Who gave it: "by the media", "on social media" (not "by me": the author's own).
BY_OTHERS = r"(?:by\s+(?!(?:me|us)\b)|on\s+social\s+media\b|online\b)"
#: The author's own verdict beside a reported one: "<X> was rightly mocked by everyone".
_OWN_VERDICT = re.compile(rf"\b(?:{_RIGHTLY}|{_WRONGLY}|quite\s+right(?:ly)?)\b", re.I)
#: After a verb of speech, the author's verdict on how someone speaks ("<X> tells it straight",
#: "<X> tells lies"), a promise and its outcome, or a prediction borne out ("<X> said this
#: would happen"): not a report.
_NOT_A_REPORT = (
    r"(?!\s+(?:it\s+(?:straight|like|how|as)|(?:the\s+)?(?:truth|lies|porkies|fibs|"
    rf"whoppers)|(?:more\s+)?(?:lies|porkies)|{PROMISE_AND_OUTCOME}|"
    r"(?:this|it)\s+would\s+happen|it\s+would\s+come\s+to\s+this|this\s+was\s+coming))"
)
#: The author's own frame around what someone said ("Remember when Labour said…", "Who
#: cares what <X> says"): the author's words about the speaker, not a report.
_FRAMES = (
    r"(?:i|we|you|remember\s+when|funny\s+how|notice\s+how|love\s+how|imagine|whoever|"
    r"(?:anyone|anybody|everyone|people|those)\s+who|who\s+(?:even\s+)?"
    r"(?:cares|gives)|(?:nobody|no\s*-?\s*one)\s+(?:cares|believes)|(?:don['’]?t|never)\s+believe)"
)
#: Praise of what was said, opening the sentence ("Well said, <X>!"): the author's, no report.
_PRAISED_SAYING = r"(?:well|nicely|beautifully|perfectly|brilliantly|so\s+well)\s+said\b"
#: "<someone> said …" opening a sentence, or "…, <someone> said." closing it.
_REPORTED = re.compile(
    rf"^(?!{_FRAMES}\b)(?!{_PRAISED_SAYING})(?:[\w'’.@-]+\s+){{1,6}}?{_SPEECH}\b{_NOT_A_REPORT}"
    rf"|,\s*(?:[\w'’.@-]+\s+){{1,6}}?{_SPEECH}\b{_NOT_A_REPORT}[^.!?]*[.!?]?[\s\"'”’]*$"
    r"|^according to\b|,\s*according to\b"
    # A reporter's line on who would not speak, ending its sentence: "<X> declined to
    # comment", "<X> has been approached for comment", "… did not respond to a request for
    # comment" (not "<X> declined to comment, what a coward").
    r"|\b(?:(?:declined|refused)\s+to\s+comment|(?:has|have|had|was|were)\s+(?:been\s+)?"
    r"(?:approached|contacted)\s+for\s+comment|could\s+not\s+be\s+reached\s+for\s+comment|"
    r"(?:did\s+not|didn['’]t)\s+(?:immediately\s+)?(?:respond|reply)\s+to\s+(?:a\s+|our\s+)?"
    r"requests?\s+for\s+comment)(?:\s+(?:further|when\s+(?:contacted|approached|asked)|on\s+"
    r"(?:the|this)\s+(?:matter|story|report|claims?|allegations?)))?\W*$"
    # A quotation then its source: "“Vote for change,” read the banner", "“…,” said the MP".
    rf"|^[“\"‘][^”\"’]+[”\"’]\s*,?\s*(?:{_SPEECH}|reads?)\b"
    # A speaker on a subject, then their words: "Reeves on the budget: “We will…”".
    r"|^(?:[\w'’.@#-]+\s+){1,4}on\s+(?:[\w'’.@#-]+\s+){0,4}?[\w'’.@#-]+\s*:\s*[“\"‘]"
    # A debate reported, not joined: "Calls are growing for…", "There have been calls to…".
    r"|^(?:calls\s+(?:are|have\s+been)\s+(?:growing|mounting)|there\s+(?:are|were|have\s+been)"
    r"\s+(?:growing\s+|renewed\s+|fresh\s+|mounting\s+)?calls)\b",
    re.IGNORECASE,
)


#: Acclaim or blame by others, reported in the passive with who gave it: "<X> was ridiculed
#: by the media for…", "<X> has been praised by union leaders", "<X> was widely mocked on
#: social media".
_PASSIVE_REPORT = re.compile(
    rf"^(?:[\w'’.@#-]+\s+){{1,6}}?{PASSIVE}{_ACCLAIMED_OR_BLAMED}\s+{BY_OTHERS}",
    re.IGNORECASE,
)


def reported_in_passive(draft: Draft, start: int, end: int) -> bool:
    """Whether ``draft.text[start:end]`` reports others' acclaim or blame in the passive (see
    ``_PASSIVE_REPORT``) with no word of the author's on it, there or in the next sentence
    (``politics/stance.nodded_after``, ``agreed_after``, ``disbelieved_after``: "<X> were
    slammed by the IFS. Spot on." is the author's attack)."""
    text = draft.text
    sentence = text[start:end]
    reported = _PASSIVE_REPORT.search(sentence)
    if reported is None or not speech_reported_alone(sentence):
        return False
    if _A_CLAUSE_OF_THE_AUTHORS.search(sentence, reported.end()):
        return False  # "<X> has been attacked by every paper for years and he still outpolls them"
    return nodded_or_disbelieved(draft, end) is None


#: After the report, a clause of the author's own about the one reported on.
_A_CLAUSE_OF_THE_AUTHORS = re.compile(
    r"\b(?:and|but|yet|while|so)\s+(?:he|she|they|it)\b(?:['’]s|['’]re)?", re.IGNORECASE
)


def nodded_or_disbelieved(draft: Draft, end: int) -> tuple[str, str] | None:
    """The sentence after ``end`` on what came before, in its opening words: ("nod", its
    words) where it nods at it ("Spot on.", "About time someone said it.":
    ``politics/stance.nodded_after``, ``agreed_after``), ("disbelief", its words) where it
    disbelieves it (``disbelieved_after``), else None."""
    after = draft.text[end : end + 240].lstrip(".!? \n")
    stop = re.search(r"[.!?](?:\s|$)", after)
    after = " ".join((after[: stop.end()] if stop else after).lower().replace("’", "'").split())
    for reading, lists in (
        ("disbelief", ("disbelieved_after",)),
        ("nod", ("nodded_after", "agreed_after")),
    ):
        words = frozenset(w for name in lists for w in draft.pack.word_list(f"{_LISTS}.{name}"))
        found = whole_phrases(words).search(after)
        # The sentence's own opening words: "Spot on, frankly.", not a verdict on something
        # else further on ("Read the report, it's spot on about the buses").
        if found and len(after[: found.start()].split()) <= _NOD_OPENING_WORDS:
            return reading, found.group(0)
    return None


#: How many words may open the sentence before its nod: "Honestly, spot on.", "And about time".
_NOD_OPENING_WORDS = 2


def speech_reported(sentence: str) -> bool:
    """Someone else's words, attributed, with none of the author's own."""
    return bool(_REPORTED.search(sentence)) and speech_reported_alone(sentence)


def speech_reported_alone(sentence: str) -> bool:
    """Whether ``sentence`` has no word of the author's own: no first person, no "rightly"."""
    return not FIRST_PERSON.search(sentence) and not _OWN_VERDICT.search(sentence)
