"""A party's position reported without a word of the author's own: "The Greens want a
referendum on the incinerator", "Labour and the Conservatives have both promised more
housebuilding". A civil servant may say what parties stand for; the judge reads such a
sentence as an attack on the party at 0.9 and more, on every party alike.

So may a report in the shape of a headline (``headlines``).

So may a report of what a party says ("The Greens say the tax cuts mostly help the richest",
"<X> warned that the waiting list could pass eight million"): the claim is the party's.

The sentence must open with the parties (a list of them, "Both … and …"), go straight on to a
verb of a position (want, promise, propose, publish, call for…) or of saying (say, argue,
warn, accuse; not "claim", which doubts), and carry nothing of the author anywhere in the
post (``author_tone``), and no agreement with what the party says (``agreement``: "…, and
they're right"): "<X> want a referendum, which is a disgrace" and "<X> have promised more
housebuilding. Again. 🙄" are still the author's. A neutral frame of the author's may open
it ("Interesting to see both <A> and <B> promising more GP appointments").

A party's event named, nothing more, is no side either: "Watching the <X> conference
tonight", "<X> leadership hustings on telly tonight, I'll have it on in the background".
Every party the sentence names must stand before a word of its event (conference, hustings,
manifesto launch…), with no word of tone in the post as above, though the author may speak
of themselves ("I'll have it on"): "Can't wait for the <X> conference!" is still cheering."""

from __future__ import annotations

import re

from postlint._engine.draft import Draft
from postlint._rules.politics.actors import political_actors_in
from postlint._rules.politics.author_tone import plain, plain_but_for_the_author
from postlint._rules.politics.headlines import (
    contest_reported,
    headline_reported,
    tenure_stated,
)
from postlint._rules.politics.reported import listed_at_opening
from postlint._rules.politics.wording import NEUTRAL_SAYING, PROMISE_AND_OUTCOME

__all__ = ["position_reported"]

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
        or contest_reported(draft, start, end)
        or tenure_stated(draft, start, end)
        or headline_reported(draft, start, end)
    ):
        return True
    if _POSITION.search(text, start, end) is None:
        return False  # most sentences: no verb of a position, nothing more to read
    listed = listed_at_opening(draft, start, end, frozenset({"party"}))
    if not listed or _POSITION.match(text, listed[-1].end, end) is None:
        return False
    if _PROMISE_AND_OUTCOME.match(text, listed[-1].end, end):
        return False  # "<X> said they'd open the pool by May and they did": the author's
    return draft.shared(plain)  # the author's tone anywhere in the post ("… Again. 🙄")


#: A promise reported with what came of it, in the author's words.
_PROMISE_AND_OUTCOME = re.compile(rf"\s+(?:said|promised|pledged)\s+{PROMISE_AND_OUTCOME}", re.I)


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
    return draft.shared(plain_but_for_the_author)


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
