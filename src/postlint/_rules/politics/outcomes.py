"""Sides given by what the author makes of an actor's win or loss, and by comparisons.

- A win foretold, hoped for or feared: "If <X> get in next May, we're doomed", "Heaven help us
  if <X> take power", "<X> are on course to win and it scares me": an attack; "If <X> win I'll
  be celebrating", "<X> are going to win big, and about time too": support. A loss turns it
  ("Can't wait for <X> to lose 🎉": an attack). A win with neither dread nor joy in its
  sentence gives no side ("If the Greens take the council, the contract is renewed in May").
- Thanks through gritted teeth: "Thanks <X>, my energy bill has doubled 👍": an attack.
- Comparisons: "Even the last lot were better than <X>", "<X> made the last government look
  competent", "<X> made this country a laughing stock", "<X> is just <Y> in a nicer suit": an
  attack; "<X> made the other lot
  look like amateurs", "Who else would you want running the country but <X>?", "Which other
  council has built more homes than <X>?", "Can we all take a moment to appreciate <X>":
  support ("Who else could botch a bin strike but <X>?": an attack).

The judge reads the dread or the joy as the author's feeling about the actor, whichever way
the win cuts, and the comparison's other side as the actor's; the words of
``politics/stance.dread`` and ``joy`` give the side whoever it is.
"""

from __future__ import annotations

import re

from postlint._engine.draft import Draft
from postlint._rules.politics.grievances import worse_off
from postlint._rules.politics.mention import Mention, whole_phrases
from postlint._rules.politics.scorn import around, next_sentence

__all__ = ["compared_side", "deed_side", "outcome_side", "regretted_side"]

_LISTS = "politics/stance"
#: Words between an actor and its win: "are going to", "will", "somehow manage to".
_ON_THE_WAY = (
    r"(?:(?:are|is|were|was|['’]re|['’]s|do|does|did|ever|actually|really|somehow|still|"
    r"going\s+to|gonna|set\s+to|about\s+to|on\s+course\s+to|likely\s+to|sure\s+to|bound\s+to|"
    r"manage\s+to|manages\s+to|will|['’]ll|could|might|can|get\s+to)\s+)*"
)
#: The actor taking power, or losing it ("lose").
_WIN = re.compile(
    rf"^\s+{_ON_THE_WAY}(?:(?P<not>not|never|don['’]?t|doesn['’]?t|didn['’]?t|won['’]?t|fail\s+to)"
    r"\s+)?(?:(?:get|gets|getting|got)\s+(?:back\s+)?in\b|(?:get|gets|got|are|is)\s+"
    r"(?:re-?)?elected\b|(?:win|wins|winning|won|sweep|sweeps|form|forms|forming|take|takes|"
    r"taking|took)\b(?!\s+(?:part|place|note|care|a\s+look|questions|the\s+piss|the\s+mick))|"
    r"(?:stay|stays|remain|remains)\s+in\s+(?:power|office|charge)\b|"
    r"(?P<lose>lose|loses|losing|lost)\b)",
    re.IGNORECASE,
)
#: A score or a word of sport beside a win: a team's, not a party's.
_SPORT = re.compile(
    r"\b\d{1,2}\s*[-–]\s*\d{1,2}\b|\b(?:match|game|goals?|league|cup|final|fixture|season|innings|"
    r"wickets?|derby|kick-?off|penalties|semi-?final|title\s+race|relegat\w+|promot\w+)\b|[⚽🏉🏏🏆]",
    re.IGNORECASE,
)
#: Before the actor: the author hoping for its win or loss ("Can't wait for <X> to…").
_HOPED = re.compile(r"(?:can['’]?t|cannot)\s+wait\s+(?:for|till|until)\s+(?:the\s+)?$", re.I)


def outcome_side(draft: Draft, actor: Mention) -> str | None:
    """The side the author's dread or joy at ``actor``'s win (or loss) gives it, or None."""
    text = draft.text
    at = around(draft, actor)
    opening, ending, after = at.opening, at.ending, at.after
    hoped = _HOPED.search(at.before) is not None
    won = _WIN.match(re.sub(r"^\s*to\b", " ", after) if hoped else after)
    if won is None:
        return None
    # The feeling: in the sentence (but the actor's name) and the short one after it.
    following = next_sentence(draft, ending)
    if _SPORT.search(text[opening:ending] + " " + following):
        return None  # "Glad the Greens won 3-1 on Saturday": a team's win

    feeling = _lowered(at.before + " " + after + " " + following[:80])
    dread = _any(feeling, draft.pack.word_list(f"{_LISTS}.dread"))
    joy = hoped or _any(feeling, draft.pack.word_list(f"{_LISTS}.joy"))
    if dread == joy:
        return None
    losing = bool(won.group("lose")) != bool(won.group("not"))
    return "attack" if dread != losing else "support"


#: Before the actor: a lesser thing found better ("Even the last lot were better than").
_EVEN_BETTER = re.compile(
    r"\beven\s+[\w'’ -]{1,40}?\s+(?:was|were|is|are|would\s+have\s+been|would\s+be|did|do|"
    r"does)\s+(?:a\s+)?(?:far\s+|much\s+|way\s+)?(?:better|more\s+competent|a\s+better\s+job)"
    r"(?:\s+\w+)?\s+than\s+(?:the\s+)?$",
    re.IGNORECASE,
)
#: Before the actor: nobody else for the job or the deed ("Who else would you want … but",
#: "Who else was going to … if not", "Which other council has built more homes than").
_WHO_ELSE = re.compile(
    r"(?:\bwho\s+(?:else|better|on\s+earth)\b[^.!?]{0,80}?\b(?:but|than|if\s+not|other\s+than|"
    r"apart\s+from|except|besides)|\bwho\b[^.!?]{0,80}?\bif\s+not|^\W*(?:(?:honestly|seriously|"
    r"so|genuinely|go\s+on)\W+)?which\s+(?:other\s+)?[\w-]+\b[^.!?]{0,80}?\b(?:more|better|"
    r"faster|harder)\b[^.!?]{0,60}?\bthan)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
#: What such a question asks about when it praises: a good deed, or the job given.
_GOOD_DEED = re.compile(
    r"\b(?:fix\w*|sort\w*|buil[dt]\w*|sav\w+|deliver\w*|fight\w*\s+for|fought\s+for|stand\w*"
    r"\s+up\s+for|stood\s+up\s+for|protect\w*|cap\w*|freez\w+|froze|open\w*|brought|bring\w*|"
    r"trust\w*|want\w*|back\w*|pick\w*|choos\w+|vote\w*\s+for|help\w*|creat\w+|cut\w*\s+"
    r"(?:waiting|bills|fares|crime)|run\w*|lead\w*|invest\w*|funded|fund\w*|more|better|giv\w+|"
    r"free)\b",
    re.IGNORECASE,
)
#: In such a question, scorn makes it a jibe ("Who else could botch a bin strike but…").
_JIBE = re.compile(
    r"\b(?:stupid|daft|incompetent|useless|clueless|botch\w*|mess\w*\s+up|screw\w*\s+up|"
    r"cock\w*\s+up|wreck\w*|ruin\w*|lie|lies|lying|dishonest|corrupt|arrogant|shameless|"
    r"worse|crash\w*|break\w*|broke|sell\w*\s+off|sold\s+off|scrap\w*|hik\w+|blam\w+|"
    r"embarrass\w*|disgrace\w*|shambles|waste\w*|squander\w*|fail\w*)\b",
    re.IGNORECASE,
)
_APPRECIATE = re.compile(
    r"\b(?:can|could)\s+we\s+(?:just\s+|all\s+|please\s+)*(?:take\s+a\s+(?:moment|second|"
    r"minute)\s+to\s+)?(?:appreciate|acknowledge|recognise|recognize|celebrate)\s+(?:how\s+"
    r"(?:good|great|brilliant|solid|well|hard|decent|strong|impressive)\s+)?(?:the\s+)?$",
    re.IGNORECASE,
)
#: After the actor: another made to look good (an attack) or foolish (support) beside it.
_MADE_TO_LOOK = re.compile(
    r"^\s+(?:\w+\s+){0,6}?(?:makes|made|make|is\s+making|are\s+making)\s+[\w'’ -]{1,40}?\s+"
    r"look\s+(?:like\s+)?(?:an?\s+)?(?:(?P<good>statesman|stateswoman|statesmen|genius|"
    r"geniuses|saint|saints|competent|good|great|reasonable|sane|moderate|angel|visionary|"
    r"titan|giant|heroes|hero)|(?P<bad>student|students|amateur|amateurs|fool|fools|child|"
    r"children|clown|clowns|idiot|idiots|schoolboy|schoolboys|novice|novices|lightweight|"
    r"lightweights|small|silly|foolish|amateurish))\b",
    re.IGNORECASE,
)
#: After the actor: something made a byword for failure ("made this country a laughing stock").
_MADE_A_BYWORD = re.compile(
    r"^\s+(?:has\s+|have\s+|had\s+|['’]s\s+|['’]ve\s+)?(?:\w+\s+)?(?:made|turned)\s+"
    r"(?:[\w'’]+\s+){1,3}(?:into\s+)?(?:an?\s+)?(?:international\s+|global\s+|national\s+)?"
    r"(?:laughing\s?stock|joke|embarrassment|basket\s?case|pariah|shambles|banana\s+republic)\b",
    re.IGNORECASE,
)


#: Before the actor: thanks or praise that ``worse_off`` turns to sarcasm.
_THANKED = re.compile(
    r"(?:^|[^\w])(?:thanks|thank\s+you|cheers|well\s+done|nice\s+one|good\s+job|great\s+job|"
    r"great\s+work|top\s+work|bravo)(?:\s+to)?[\s,!.…]*(?:the\s+)?$",
    re.IGNORECASE,
)


#: After the actor: another politician warmed over ("is just <Y> in a nicer suit").
_JUST_ANOTHER = re.compile(
    r"^\s+(?:is|are|was|were|['’]s|['’]re)\s+(?:just|basically|literally|simply|only|merely)\s+"
    r"(?:[\w'’.-]+\s+){1,3}?(?:with|in|but\s+with|minus|plus)\s+(?:an?\s+)?(?:worse|nicer|"
    r"better|different|cheaper|bigger|smaller|new|posher|shinier|fancier|more\s+\w+|less\s+\w+)\b",
    re.IGNORECASE,
)


def compared_side(draft: Draft, actor: Mention) -> str | None:
    """The side a comparison or a rhetorical question gives ``actor``, or None."""
    text = draft.text
    at = around(draft, actor)
    opening, ending, before, after = at.opening, at.ending, at.before, at.after
    if _EVEN_BETTER.search(before) or _MADE_A_BYWORD.match(after) or _JUST_ANOTHER.match(after):
        return "attack"
    if _THANKED.search(before) and worse_off(text[opening:ending]):
        return "attack"  # "Thanks <X>, my energy bill has doubled 👍"
    if _APPRECIATE.search(before):
        return "support"
    if _WHO_ELSE.search(before) and "?" in text[actor.end : ending + 2]:
        # Nobody else for a good deed is praise, for a bad one a jibe; else the judge reads it.
        return deed_side(text[opening:ending])
    made = _MADE_TO_LOOK.match(after)
    if made is not None:
        return "attack" if made.group("good") else "support"
    return None


def deed_side(asked: str) -> str | None:
    """The side a question of who else did something gives the one who did: a jibe is an
    attack, a good deed support, anything else none."""
    if _JIBE.search(asked):
        return "attack"
    return "support" if _GOOD_DEED.search(asked) else None


#: Before the actor: a vote given ("Voted", "I backed", "Gave") or regretted ("Wish I'd never
#: voted for").
_VOTED = re.compile(
    r"\b(?:voted|backed|supported|gave|campaigned\s+for)\s+(?:for\s+)?(?:the\s+)?$", re.IGNORECASE
)
_REGRETTED = re.compile(
    r"\b(?:wish\s+i['’]?d\s+never|i\s+regret|regret|regretting|ashamed\s+(?:that\s+)?i|"
    r"never\s+should\s+have)\s+(?:voted|voting|backed|backing|supported|supporting)\s+(?:for\s+)?"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)


#: Just before a word of regret, its denial: "I don't regret it", "never regretted it".
_UNREGRETTED = re.compile(
    r"\b(?:don't|do\s+not|didn't|did\s+not|never|not|no|won't|will\s+not|zero)\s+"
    r"(?:\w+\s+)?$"
)


def regretted_side(draft: Draft, actor: Mention) -> str | None:
    """An attack where the author regrets a vote for ``actor`` ("Voted <X> in 2010. Never
    again.", "Wish I'd never voted for <X>") or sees it off ("<X> ran the country into the
    ground. Good riddance."); else None."""
    at = around(draft, actor)
    before = at.before
    if _REGRETTED.search(before):
        return "attack"
    following = next_sentence(draft, at.ending)
    after = _lowered(at.after + " " + following[:80])
    regrets = draft.pack.word_list(f"{_LISTS}.regret_after")
    regret = whole_phrases(regrets).search(after)
    if regret is None:
        return None
    voted = _VOTED.search(before) is not None
    if _UNREGRETTED.search(after[: regret.start()]):
        return "support" if voted else None  # "Voted <X>, and I don't regret it one bit"
    riddance = _any(after, frozenset({"good riddance", "don't let the door hit"}))
    return "attack" if voted or riddance else None


def _lowered(words: str) -> str:
    return " ".join(words.lower().replace("’", "'").split())


def _any(text: str, phrases: frozenset[str]) -> bool:
    return whole_phrases(phrases).search(text) is not None
