"""Slogans with no verb that name a side: "<X> on Thursday, folks." and "It's <X> on the 4th
for me" ask for a vote without the word "vote"; "Anyone but <X> tomorrow" rejects <X>; "Came
straight from my shift to see <X> in Leeds!!" goes to their rally, and "Went to see <X> speak.
What a waste of an evening" scorns them, as "That's <X> for you" does; "Bring back <X>"
misses them.

The judge read a slogan by the words around it ("Quick one from the stores before the
delivery - <X> on Thursday, folks" reads as shop talk) and by the name's lean; the word lists
only knew "Vote <X>". Any party, politician or candidate the actor finder knows, alike. A
report with a verb after the day ("<X> on Thursday announced…") is no slogan: the day must end
the sentence, or a word to the readers ("folks", "everyone") or "for me" must follow it.
Declared as campaign tags are (``declarations``: kind ``endorsed``, or ``scorn``), which the
judge's reading does not overrule; going to see someone is praise (``praise``), which it may
read as sarcasm.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from postlint._engine.draft import Draft
from postlint._rules.politics.actors import actors_of
from postlint._rules.politics.mention import Mention
from postlint._rules.politics.scorn import next_sentence, sentence_end, sentence_start

__all__ = ["sided_actors", "slogan_sides"]

_SIDED_KINDS = frozenset({"party", "politician", "handle", "backed"})
#: Before the actor, from its sentence's start: nothing, or "It's", "It has to be", "So,".
_OPENING = re.compile(
    r"[\s\W]*(?:(?:so|and|remember|right|ok|okay|folks|friends|everyone)\s*[,:!-]*\s+)?"
    r"(?:it['’]?s\s+|it\s+is\s+|it\s+has\s+to\s+be\s+|it['’]ll\s+be\s+|it\s+will\s+be\s+|"
    r"it['’]s\s+gotta\s+be\s+)?(?:the\s+)?",
    re.IGNORECASE,
)
_WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_ORDINAL = r"\d{1,2}(?:st|nd|rd|th)?"
#: After the actor: "on" a polling day, then the sentence's end, a word to the readers or
#: "for me".
_ON_POLLING_DAY = re.compile(
    rf"\s+on\s+(?:{_WEEKDAY}|polling\s+day|election\s+day|the\s+{_ORDINAL}|{_MONTH}\s+{_ORDINAL}|"
    rf"{_ORDINAL}\s+(?:of\s+)?{_MONTH}|{_WEEKDAY}\s+{_ORDINAL})"
    r"(?:[\s,.!]*(?:folks|everyone|everybody|people|friends|guys|all|y['’]all|please)\b)?"
    r"(?:\s+for\s+me\b|\s*[.!]+|\s*$|\s*\n)",
    re.IGNORECASE,
)
#: "That's <X> for you": typical of them, said in exasperation ("…, always wrong"); not with
#: praise after it ("That's <X> for you, always delivering").
_THATS = re.compile(r"\bthat['’]?s\s+(?:the\s+)?$", re.IGNORECASE)
_FOR_YOU = re.compile(
    r"\s+for\s+you\b(?![^.!?\n]*\b(?:brilliant|great|amazing|fantastic|deliver\w*|always\s+there|"
    r"looking\s+after|getting\s+(?:it|things)\s+done|proud|love)\b)",
    re.IGNORECASE,
)
#: "Bring back <X>", "Come back <X>, all is forgiven": a side missed.
_BRING_BACK = re.compile(r"(?:^|[\s\W])(?:bring|come)\s+back\s+(?:the\s+)?$", re.IGNORECASE)
#: A break inside a sentence after which a slogan may open: a spaced dash, a colon.
_AFTER_A_BREAK = re.compile(r"\s[-–—]+\s|:\s")
#: Before the actor: "Anyone but", "Anybody but the", "Literally anyone but".
_ANYONE_BUT = re.compile(
    r"\b(?:any(?:one|body|thing)|literally\s+any(?:one|body))\s+but\s+(?:the\s+)?$", re.IGNORECASE
)


#: Before the actor: the author going to see them ("Came straight from my shift to see",
#: "Went to see", "Off to see"), ...
_GOING_TO_SEE = re.compile(
    r"\b(?:came|come|went|go|going|gone|off|here|headed|heading|got|travelled|drove|queued)"
    r"(?:\s+[\w'’]+){0,4}?\s+to\s+(?:see|hear)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
#: ... and after it, them speaking or at a place: "speak", "live", "in Philly", "at the rally".
_SPEAKING = re.compile(
    r"\s+(?:speak|speaking|talk|live|tonight|today|in\s+(?-i:[A-Z])|at\s+(?:the\s+)?"
    r"(?:rally|hustings|town\s+hall|conference|launch|event))",
    re.IGNORECASE,
)


#: Words of an outing that let the author down, in its sentence or the next.
_LET_DOWN = re.compile(
    r"\b(?:waste|wasted|boring|bored|dull|dire|dreadful|awful|terrible|cringe\w*|embarrassing|"
    r"pathetic|rubbish|yawn|snooze|empty|half-empty|never\s+again|walked\s+out|left\s+early|"
    r"heckl\w*|booed|protest\w*)\b|🙄|🤡|🤦|👎",
    re.IGNORECASE,
)


def sided_actors(draft: Draft) -> Iterator[tuple[Mention, str]]:
    """The parties, politicians, handles and candidates of ``draft`` a side may be declared on
    (not quoted), each with the words of its sentence before it."""
    for actor in actors_of(draft):
        if actor.kind in _SIDED_KINDS and not draft.is_quoted(actor.start, actor.end):
            yield actor, draft.text[sentence_start(draft, actor.start) : actor.start]


def slogan_sides(draft: Draft) -> list[Mention]:
    """The actors of ``draft`` a slogan backs (kind ``endorsed``) or rejects (kind
    ``scorn``), see the module."""
    text = draft.text
    lowered = text.lower()
    if not any(
        word in lowered for word in (" on ", " but ", " see ", " hear ", " for you", "back")
    ):
        return []
    found = []
    for actor, head in sided_actors(draft):
        # "Quick one before the delivery comes in - <X> on Thursday, folks": after a dash
        head = _AFTER_A_BREAK.split(head)[-1]
        if _GOING_TO_SEE.search(head) and _SPEAKING.match(text, actor.end):
            # scorn where the outing let the author down ("… What a waste of an evening")
            ending = sentence_end(draft, actor.end)
            if _LET_DOWN.search(text[actor.end : ending] + next_sentence(draft, ending)):
                found.append(Mention(actor.start, actor.end, actor.text, "scorn", "attack"))
            else:
                found.append(Mention(actor.start, actor.end, actor.text, "praise", "support"))
        elif _BRING_BACK.search(head):
            found.append(Mention(actor.start, actor.end, actor.text, "endorsed", "support"))
        elif (_THATS.search(head) and _FOR_YOU.match(text, actor.end)) or _ANYONE_BUT.search(head):
            found.append(Mention(actor.start, actor.end, actor.text, "scorn", "attack"))
        elif _OPENING.fullmatch(head) and _ON_POLLING_DAY.match(text, actor.end):
            found.append(Mention(actor.start, actor.end, actor.text, "endorsed", "support"))
    return found
