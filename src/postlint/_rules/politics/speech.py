"""Someone else's words reported: "The senator said the bill was a disgrace", "…, the minister
told reporters", "“Vote for change,” read the banner", "According to…", "Calls are growing
for…", with no word of the author's own. Not the author's frame around what was said
("Remember when Labour said…", "Who cares what <X> says"), nor the author's verdict on how
someone speaks ("<X> tells it straight", "<X> tells lies"), a promise and its outcome ("<X>
said they'd reopen the library and they did") or a prediction borne out ("<X> said this would
happen")."""

from __future__ import annotations

import re

from postlint._rules.politics.wording import PROMISE_AND_OUTCOME
from postlint._rules.voice import FIRST_PERSON

__all__ = ["speech_reported"]

_SPEECH = (
    r"(?:said|says|told|tells|claimed|claims|argued|argues|warned|warns|insisted|insists|"
    r"announced|announces|added|wrote|writes|tweeted|posted|accused|alleged|alleges|"
    r"described|suggested|suggests|stated|states|declared|replied|"
    # Acclaim or blame, reported in the active voice: "He hailed the protesters…", "She
    # condemned the cuts"; not "<X> is slammed for…", a report of others' blame on <X>, on
    # which the author's next words may pass their own verdict ("Bad vote.").
    r"(?<!\bis\s)(?<!\bwas\s)(?<!\bare\s)(?<!\bwere\s)(?<!\bbeen\s)(?<!\bget\s)(?<!\bgot\s)"
    r"(?:hailed|praised|condemned|criticised|criticized|slammed|blasted|welcomed|thanked|urged))"
)
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


def speech_reported(sentence: str) -> bool:
    """Someone else's words, attributed, with none of the author's own."""
    return bool(_REPORTED.search(sentence)) and not FIRST_PERSON.search(sentence)
