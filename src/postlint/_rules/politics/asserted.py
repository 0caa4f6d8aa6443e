"""What a sentence asserts of an actor where its form says otherwise, for the judge to read
instead of the sentence as written.

- A concession ("Not a fan of <X>, but he's been right to…", "I'm no Tory, but…"): what the
  author grants after the "but".
- A rhetorical question, which asserts its answer: "Isn't it obvious <X> are the only
  grown-ups left?" asserts that they are, "How is it that <X> are the only ones talking
  sense?" that they are, "Can we just appreciate that <X> got the library built?" that they
  did: the judge reads the clause as said. A question whose answer is
  "never" ("Has <X> ever put a foot wrong?", "Can anyone name one thing <X> got right?") gives
  its side by what it asks: a fault never made is praise, anything else never done scorn (the
  judge reads negation and "anything" poorly, so it is not asked). The judge, trained on
  statements, reads such questions the other way about as often as not, for every party
  alike.
"""

from __future__ import annotations

import re

from postlint._engine.models import marked_text

__all__ = ["answered", "asked_side", "granted", "stated"]

#: A sentence that opens by conceding ("Not a fan of…", "I'm no Tory, but…", "Never voted
#: for them, but…", "Don't agree with half of…, but…") and turns on "but".
_CONCESSION = re.compile(
    r"^\W*(?:(?:i['’]?m|i\s+am|i['’]?ve|i\s+have|i)\s+)?(?:not|no|never|don['’]?t|didn['’]?t)\b"
    r"[^.!?]*?,?\s+but\s+",
    re.IGNORECASE,
)


def granted(text: str, after: int) -> str | None:
    """What a conceding sentence grants after its "but", when the actor (ending at
    ``after``) is named before the "but"."""
    match = _CONCESSION.match(text)
    if match is None or after > match.end():
        return None
    return text[match.end() :]


_NOT = r"(?:n['’]?t|\s+not)"
#: "Isn't it", "Is it not".
_ISNT_IT = r"(?:is(?:n['’]?t|\s+not)\s+it|is\s+it\s+not)"
#: A question's frame and what the statement it asserts opens with instead.
_FRAMES = [
    # "Isn't it obvious (that) …", "Isn't it telling how …": the clause after it.
    (
        rf"{_ISNT_IT}\s+(?:(?:obvious|clear|plain|true|telling|funny|strange|odd|amazing|"
        r"remarkable|sad|shameful|incredible|interesting)(?:\s+by\s+now)?\s+(?:that\s+|how\s+)?|"
        r"(?:refreshing|great|good|nice|lovely|wonderful|brilliant|heartening|sad|depressing|"
        r"galling|infuriating)\s+to\s+(?:see|watch|hear)\s+)",
        "",
    ),
    (r"can\s+we\s+(?:all\s+)?(?:just\s+)?agree\s+(?:that\s+|on\s+this:?\s+)?", ""),
    # "Can we just appreciate that …", "Can we all take a moment to appreciate how …": what
    # the reader is asked to appreciate ("how badly <X> messed up" keeps its scorn).
    (
        r"can\s+we\s+(?:all\s+)?(?:just\s+)?(?:please\s+)?(?:all\s+)?(?:take\s+a\s+"
        r"(?:moment|minute|second)\s+to\s+)?(?:appreciate|acknowledge|applaud|celebrate|"
        r"recogni[sz]e)\s+(?:that\s+|the\s+fact\s+that\s+|how\s+)?",
        "",
    ),
    (r"how\s+(?:is\s+it|come)\s+(?:that\s+)?", ""),
    (
        rf"(?:do{_NOT}\s+you\s+(?:think|find|reckon|agree)|am\s+i\s+the\s+only\s+one\s+who\s+"
        r"thinks)\s+(?:that\s+)?",
        "",
    ),
    (rf"would{_NOT}\s+it\s+be\s+", "It would be "),
    (rf"{_ISNT_IT}\s+(?:about\s+|high\s+)?time\s+", "It is time "),
]
_FRAME = re.compile(
    r"^\W*(?:" + "|".join(f"(?P<f{i}>{frame})" for i, (frame, _) in enumerate(_FRAMES)) + ")",
    re.IGNORECASE,
)
#: A question whose answer is "no, never": "Has <X> ever …?", "Can anyone name one thing <X>
#: got right?"; the actor named in it, and what it asks of them.
_NEVER_ASKED = re.compile(
    r"^\W*(?:(?:has|have|had|did|does|do|will|would)\s+(?P<who>.+?)\s+ever\s+|"
    r"(?:can|could)\s+(?:anyone|anybody|someone|you)\s+(?:name|tell\s+me|think\s+of|"
    r"point\s+to|list)\s+(?:one|a\s+single|any)\s+\w+\s+(?:that\s+)?(?P<whose>.+?)\s+"
    r"(?:has|have|had|did|ever)\s+)(?P<asked>[^?]+)\?",
    re.IGNORECASE,
)
#: What is asked of them is a fault ("put a foot wrong", "let anyone down"): that they never
#: did is praise; anything else asked ("done anything for the North", "got right") is scorn.
_FAULT = re.compile(
    r"\b(?:wrong|mistakes?|let\s+(?:\w+\s+){1,3}down|fail(?:ed)?|lied|lie|broke|broken|missed|"
    r"scandals?|u-?turn(?:ed)?|flip-?flopp?(?:ed)?)\b",
    re.IGNORECASE,
)
#: Who else, or how many others, ranked against the actor in a question: "Who's got a better
#: record on the NHS than <X>?", "Is there anyone with more credibility than <X>?", "How many
#: other leaders would have handled it as calmly as <X>?". The answer is no one.
_NO_ONE_BETTER = re.compile(
    r"\b(?:who|who['’]s|anyone|anybody|any\s+other|how\s+many\s+other|name\s+(?:a|an|one|any))"
    r"\b[^?.!]*?\b(?P<ranked>better|worse|more\s+\w+|less\s+\w+|as\s+\w+|[\w-]+er)\s+"
    r"(?:[^?.!]*?\s)?(?:than|as)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_WORSE_WORD = re.compile(
    r"(?:worse|less\s|more\s+(?:incompetent|dishonest|corrupt|useless|clueless|chaotic|"
    r"dangerous|extreme)|weaker|dumber|nastier|lazier|crueller)",
    re.IGNORECASE,
)
#: "Why can't every council be run the way <X> runs Hexley?": everyone should be like them.
_LIKE_THEM = re.compile(
    r"\bwhy\s+can['’]?t\s+(?:every|all|more|other)\b[^?.!]*?\b(?:like|the\s+way|as)\s+"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)
#: "Wouldn't it be nice to have a PM like <X>?": a wish for someone like them.
_WISHED_LIKE = re.compile(
    rf"^\W*would{_NOT}\s+it\s+be\s+(?:so\s+)?(?:nice|great|good|lovely|refreshing|"
    r"wonderful|something)\s+(?:to\s+have|if\s+we\s+had)\s+[^?]{0,40}?\blike\s+$",
    re.IGNORECASE,
)


def stated(text: str) -> str:
    """``text`` as the statement it asserts, if it is a rhetorical question with a frame
    ("Isn't it obvious <X> are…?": "<X> are…."), else as written: what the judge reads of a
    whole sentence."""
    framed = _framed(text)
    return text if framed is None else _statement(text, *framed)


def answered(text: str, start: int, end: int) -> str | None:
    """The statement the rhetorical question ``text`` asserts, with the actor at
    ``text[start:end]`` marked, or None when ``text`` is no such question (or one whose
    answer ``asked_side`` gives)."""
    framed = _framed(text)
    if framed is None or framed[0] > start:
        return None
    frame_end, opening = framed
    shift = len(opening) - frame_end
    return marked_text(_statement(text, frame_end, opening), start + shift, end + shift)


def _framed(text: str) -> tuple[int, str] | None:
    """Where the frame of the rhetorical question ``text`` ends, and what the statement it
    asserts opens with instead of it; None when ``text`` is no such question."""
    frame = _FRAME.match(text) if text.rstrip().endswith("?") else None
    if frame is None:
        return None
    return frame.end(), next(_FRAMES[i][1] for i in range(len(_FRAMES)) if frame.group(f"f{i}"))


def _statement(text: str, frame_end: int, opening: str) -> str:
    """The question ``text`` with its frame (ending at ``frame_end``) put as ``opening`` and
    its question mark as a stop."""
    return opening + text[frame_end:].rstrip().rstrip("?") + "."


def asked_side(text: str, start: int, end: int) -> str | None:
    """The side a question whose answer is "never" or "no one" takes on the actor at
    ``text[start:end]`` ("Has <X> ever put a foot wrong?": support; "Did <X> ever do anything
    for the North?": attack; "Who's got a better record on the NHS than <X>?": support), or a
    wish for someone like them; None for any other sentence."""
    if _WISHED_LIKE.search(text, 0, start) or _LIKE_THEM.search(text, 0, start):
        return "support"
    question = text.find("?", end)
    ranked = _NO_ONE_BETTER.search(text, 0, start) if question >= 0 else None
    if ranked is not None:
        return "attack" if _WORSE_WORD.match(ranked["ranked"]) else "support"
    asked = _NEVER_ASKED.match(text)
    if asked is None:
        return None
    group = "who" if asked.group("who") is not None else "whose"
    if not (asked.start(group) <= start and end <= asked.end(group)):
        return None
    return "support" if _FAULT.search(asked["asked"]) else "attack"
