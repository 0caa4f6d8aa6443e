"""A party's position reported without a word of the author's own: "The Greens want a
referendum on the incinerator", "Labour and the Conservatives have both promised more
housebuilding". A civil servant may say what parties stand for; the judge reads such a
sentence as an attack on the party at 0.9 and more, on every party alike.

So may a report of rivals' contest, named together and going straight on to it ("<A> and
<B> sparred over the cost of living in the first debate", "… traded blows over housing"):
the judge read a side into it whoever the rivals were.

So may a politician's time in a post, stated and nothing more ("<X> has been an MP since
2015", "<X> has been in government since 2010"): half the names read as support.

So may a report of what a party says ("The Greens say the tax cuts mostly help the richest",
"<X> warned that the waiting list could pass eight million"): the claim is the party's.

The sentence must open with the parties (a list of them, "Both … and …"), go straight on to a
verb of a position (want, promise, propose, publish, call for…) or of saying (say, argue,
warn, accuse; not "claim", which doubts), and carry nothing of the author: no first person,
no call ("should", "must"), no exclamation or question, no emoji, no word of praise, scorn or
verdict (the stance lexicon's lists), no word of attitude ("again", "finally", "wreck";
"rightly", "lies", "don't believe"), anywhere in the post, and no agreement with what the
party says (``agreement``: "…, and they're right"): "<X> want a referendum, which is a
disgrace" and "<X> have promised more housebuilding. Again. 🙄" are still the author's. A
neutral frame of the author's may open it ("Interesting to see both <A> and <B> promising
more GP appointments").

A party's event named, nothing more, is no side either: "Watching the <X> conference
tonight", "<X> leadership hustings on telly tonight, I'll have it on in the background".
Every party the sentence names must stand before a word of its event (conference, hustings,
manifesto launch…), with no word of tone in the post as above, though the author may speak
of themselves ("I'll have it on"): "Can't wait for the <X> conference!" is still cheering."""

from __future__ import annotations

import re

from postlint._engine.draft import Draft
from postlint._rules.politics.actors import political_actors_in
from postlint._rules.politics.mention import Mention, whole_phrases
from postlint._rules.politics.wording import CHOICE_JOINERS, NEUTRAL_SAYING
from postlint._rules.voice import FIRST_PERSON

__all__ = ["position_reported"]

_LISTS = "politics/stance"
#: What a sentence may open with before the parties it reports.
_OPENING = re.compile(
    r"\W*(?:(?:interesting|fascinating|curious|notable|worth\s+noting)\s+(?:to\s+see\s+)?"
    r"(?:that\s+|how\s+)?)?(?:both\s+)?(?:the\s+)?",
    re.IGNORECASE,
)
#: Between two parties of one list.
_JOINED = re.compile(rf"\s*(?:{CHOICE_JOINERS})\s*(?:the\s+)?", re.IGNORECASE)
#: Right after the parties: a verb of a position, with its auxiliaries.
_POSITION = re.compile(
    r"(?:['’]s\s+|\s+)(?:(?:have|has|had|are|is|were|was|will|would|both|also|now|today|all|"
    r"each|jointly)\s+)*(?:wants?|wanted|promis(?:e|es|ed|ing)|pledg(?:e|es|ed|ing)|"
    r"propos(?:e|es|ed|ing)|hold(?:s|ing)?|held|(?:have|has|all\s+have)\s+candidates|"
    r"standing\s+candidates|"
    r"plans?|planned|planning|call(?:s|ed|ing)?\s+for|back(?:s|ed)?|support(?:s|ed)?|"
    r"oppose[sd]?|committ(?:ed|ing)\s+to|commits?\s+to|announc(?:e|es|ed|ing)|"
    r"publish(?:es|ed|ing)?|unveil(?:s|ed|ing)?|launch(?:es|ed|ing)?|set(?:s|ting)?\s+out|"
    r"outlin(?:e|es|ed|ing)|debat(?:e|es|ed|ing)|vot(?:e|es|ed|ing)\s+(?:on|for|against)|"
    r"manifesto|pledge|policy|"
    # what they say, as a report of it: "<X> say the tax cuts mostly help the richest"
    rf"{NEUTRAL_SAYING})\b",
    re.IGNORECASE,
)
#: The author's attitude or call in a word.
_ATTITUDE = re.compile(
    r"[!?]|\b(?:should|must|need\s+to|needs\s+to|again|another|finally|at\s+last|even|only|"
    r"just|actually|still|yet|so-called|wreck\w*|ruin\w*|destroy\w*|betray\w*|trash\w*|"
    r"gut\w*|sabotag\w*|fleec\w*|rob\w*|hammer\w*|punish\w*|cripple\w*|bankrupt\w*|con|"
    # hyperbole and mockery: "<X> want to ban everything except their own smugness"
    r"everything|anything|nothing|smug\w*|bonkers|barmy|mad|crazy|insane|nuts|loony|loopy|"
    r"woke|nanny|obsess\w*|fantas(?:y|ies)|delusion\w*|ridiculous|absurd|laughable|hypocri\w*|"
    # the author's word on what a party says: "… and they're right", "Don't believe a word"
    r"rightly|wrongly|correctly|spot\s+on|lie|lies|lied|lying|liars?|nonsense|rubbish|"
    r"don['’]?t\s+believe|do\s+not\s+believe|apparently|supposedly)\b",
    re.IGNORECASE,
)


#: A party's event, right after its name: "the <X> conference", "<X> leadership hustings".
_EVENT = re.compile(
    r"(?:['’]s)?\s+(?:(?:party|leadership|spring|autumn|annual|national|campaign|manifesto)\s+)?"
    r"(?:conference|conferences|hustings|manifesto\s+launch|launch|rally|rallies|primary|"
    r"primaries|leadership\s+(?:race|contest|election)|debate|broadcast|leaflets?)\b",
    re.IGNORECASE,
)


def position_reported(draft: Draft, start: int, end: int) -> bool:
    """Whether ``draft.text[start:end]`` reports parties' positions, names their events, or
    reports rivals' contest, with nothing of the author's own (see the module)."""
    text = draft.text
    if (
        _events_named(draft, start, end)
        or _contest_reported(draft, start, end)
        or _tenure_stated(draft, start, end)
    ):
        return True
    if _POSITION.search(text, start, end) is None:
        return False  # most sentences: no verb of a position, nothing more to read
    listed = _listed_at_opening(draft, start, end, frozenset({"party"}))
    if not listed or _POSITION.match(text, listed[-1].end, end) is None:
        return False
    return draft.shared(_plain)  # the author's tone anywhere in the post ("… Again. 🙄")


def _listed_at_opening(draft: Draft, start: int, end: int, kinds: frozenset[str]) -> list[Mention]:
    """The actors of ``kinds`` the sentence ``draft.text[start:end]`` opens with, as a list
    ("Labour and the Conservatives…", "Both <A> and <B>…"); none where it opens otherwise."""
    text = draft.text
    actors = [a for a in political_actors_in(draft, start, end) if a.kind in kinds]
    if not actors or _OPENING.fullmatch(text, start, actors[0].start) is None:
        return []
    listed = actors[:1]
    for following in actors[1:]:
        if _JOINED.fullmatch(text, listed[-1].end, following.start) is None:
            break
        listed.append(following)
    return listed


#: Right after rivals named together, a contest between them: "<A> and <B> sparred over the
#: cost of living", "… traded blows", "… went head to head" (not "bickered", which scorns).
_CONTESTED = re.compile(
    r"(?:\s+(?:have|had|both|again|once\s+more|then|finally))*\s+(?:went\s+at\s+it|sparred|"
    r"clashed|traded\s+(?:blows|barbs|insults|jabs|punches|attacks)|"
    r"exchanged\s+(?:blows|barbs|insults|words|jabs)|locked\s+horns|crossed\s+swords|"
    r"(?:went|go|goes)\s+(?:head|toe)[\s-]to[\s-](?:head|toe)|faced\s+off|squared\s+off|"
    r"split\s+the\s+vote|duell?ed)\b",
    re.IGNORECASE,
)


def _contest_reported(draft: Draft, start: int, end: int) -> bool:
    """Whether ``draft.text[start:end]`` opens with rivals named together and goes straight
    on to a contest between them, in a post of no tone of the author's."""
    if _CONTESTED.search(draft.text, start, end) is None:
        return False  # most sentences: no contest, nothing more to read
    listed = _listed_at_opening(draft, start, end, _RIVALS)
    if len(listed) < 2 or _CONTESTED.match(draft.text, listed[-1].end, end) is None:
        return False
    return draft.shared(_plain)


#: After a party or politician, their time in a post, ending the sentence: "… has been an MP
#: since 2015", "… has been in government since 2010", "… served as mayor from 2012 to 2016".
_TENURE = re.compile(
    r"\s+(?:(?:has|have|had)\s+(?:been|served|sat)|served|sat)\s+(?:as\s+)?(?:"
    # an office ("an MP", "the member for Leeds North", "mayor", "party leader")
    r"(?:(?:an?|the)\s+)?(?:[\w'’-]+\s+){0,2}?(?:mp|msp|ms|mla|mep|td|senator|congressman|"
    r"congresswoman|representative|councillor|councilor|mayor|minister|secretary|chancellor|"
    r"leader|governor|president|speaker|whip|member|peer|premier)(?:\s+for(?:\s+[\w'’-]+){1,3})?"
    # or a place of office ("in government", "in the Commons", "on the council")
    r"|(?:in|on)\s+(?:the\s+)?(?:government|office|power|parliament|cabinet|commons|lords|"
    r"senate|congress|house|assembly|council|legislature|dáil|dail|senedd|holyrood))\s+"
    r"(?:since\s+(?:19|20)\d\d|for\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve|fifteen|twenty)\s+years|from\s+(?:19|20)\d\d\s+(?:to|until)\s+(?:19|20)\d\d)"
    r"\s*[.!]?\s*$",
    re.IGNORECASE,
)


def _tenure_stated(draft: Draft, start: int, end: int) -> bool:
    """Whether ``draft.text[start:end]`` opens with a party or politician and states only
    their time in a post, in a post of no tone of the author's."""
    text = draft.text
    actors = [a for a in political_actors_in(draft, start, end) if a.kind in _RIVALS]
    if len(actors) != 1 or _OPENING.fullmatch(text, start, actors[0].start) is None:
        return False
    if _TENURE.match(text[:end], actors[0].end) is None:
        return False
    return draft.shared(_plain)


#: The kinds of actor whose contest may be reported: parties and politicians.
_RIVALS = frozenset({"party", "politician"})


def _events_named(draft: Draft, start: int, end: int) -> bool:
    """Whether every party ``draft.text[start:end]`` names stands before a word of its
    event, in a post of no tone but the author speaking of themselves (see the module)."""
    if _EVENT.search(draft.text, start, end) is None:
        return False  # most sentences: no event, nothing more to read
    text = draft.text
    if not _ATTENDED.search(text, start, end) or _EXCLAIMED.search(text, start, end):
        return False  # "The <X> conference was a car crash", "what a bunch of clowns"
    if any(start <= s.start_char < end for s in draft.spans_labelled("CAMPAIGN_ACTIVITY")):
        return False  # "On the picket line outside the <X> conference today": campaigning
    actors = political_actors_in(draft, start, end)
    events = [_EVENT.match(text, a.end) for a in actors]
    if not actors or any(a.kind != "party" for a in actors) or None in events:
        return False
    if any(_SAID_OF.match(text, event.end()) for event in events if event is not None):
        return False  # the event is the subject of something said of it
    return draft.shared(_plain_but_for_the_author)


#: Watching, following or the time of an event: what a neutral mention of one says.
_ATTENDED = re.compile(
    r"\b(?:watch\w*|tun\w+\s+in|listen\w*|follow\w*|reading|catch\w*\s+up|stream\w*|"
    r"on\s+(?:the\s+)?(?:telly|tv|radio|iplayer)|live|starts?|begins?|kicks?\s+off|"
    r"tonight|tomorrow|today|this\s+(?:week|weekend|morning|afternoon|evening)|next\s+week|"
    r"at\s+\d)\b",
    re.IGNORECASE,
)
#: An exclamation of the author's: "what a …", "such a …", "an absolute …".
_EXCLAIMED = re.compile(
    r"\b(?:what\s+an?|such\s+an?|absolute\w*|utter\w*|total\w*|complete\w*)\b", re.IGNORECASE
)
#: Something said of the event, right after it: "… conference was a car crash".
_SAID_OF = re.compile(
    r"\s+(?:was|is|were|are|has|have|had|looks?|looked|seems?|seemed|went|felt|feels?|"
    r"sounds?|sounded)\b",
    re.IGNORECASE,
)


def _plain(draft: Draft) -> bool:
    """Whether the post carries nothing of the author's tone (see the module)."""
    return not FIRST_PERSON.search(draft.text) and _plain_but_for_the_author(draft)


def _plain_but_for_the_author(draft: Draft) -> bool:
    """Whether the post carries nothing of the author's tone but the first person."""
    text = draft.text
    if _ATTITUDE.search(text):
        return False
    if any(not ch.isascii() and not ch.isalpha() and ch not in "’‘“”–—£€…" for ch in text):
        return False  # an emoji or a symbol
    return not _evaluated(draft, text.lower().replace("’", "'"))


def _evaluated(draft: Draft, lowered: str) -> bool:
    """Whether ``lowered`` holds a word of the stance lexicon's praise, scorn or verdicts, or
    a name it calls people by, with or without its article ("a clown", "bunch of clowns")."""
    lists = ("praise_words", "scorn_words", "verdict_words", "scorn_called", "dread", "joy")
    words = {w for name in lists for w in draft.pack.word_list(f"{_LISTS}.{name}")}
    for called in draft.pack.word_list(f"{_LISTS}.scorn_called"):
        bare = re.sub(r"^(?:an?|the)\s+", "", called)
        words.update((bare, f"{bare}s"))
    return whole_phrases(frozenset(words)).search(lowered) is not None
