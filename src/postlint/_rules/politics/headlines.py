"""Reports of politicians and parties in the shapes of a news headline, with nothing of
the author's own (``reported``): a civil servant may pass on what happened.

- Rivals named together going straight on to a contest between them ("<A> and <B> sparred
  over the cost of living in the first debate", "… traded blows over housing"): the judge
  read a side into it whoever the rivals were.
- A politician's time in a post, stated and nothing more ("<X> has been an MP since 2015",
  "<X> has been in government since 2010"): half the names read as support.
- A politician's or party's doing, in a headline's verb straight after the name: an answer
  ("<X> hits back at critics over the housing plan", "<X> responds to a challenge for a
  debate"), a visit ("<X> dons a hard hat to tour the new rail depot"), a plan set out
  ("<X> sets out plans for social care", "<X> to unveil transport plan on Monday"): the judge
  read an attack into most of them, for some names and not others.
"""

from __future__ import annotations

import re

from postlint._engine.draft import Draft
from postlint._rules.politics.actors import political_actors_in
from postlint._rules.politics.author_tone import plain
from postlint._rules.politics.reported import OPENING, listed_at_opening

__all__ = ["contest_reported", "headline_reported", "tenure_stated"]

#: The kinds of actor whose contest may be reported: parties and politicians.
_RIVALS = frozenset({"party", "politician"})


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


def contest_reported(draft: Draft, start: int, end: int) -> bool:
    """Whether ``draft.text[start:end]`` opens with rivals named together and goes straight
    on to a contest between them, in a post of no tone of the author's."""
    if _CONTESTED.search(draft.text, start, end) is None:
        return False  # most sentences: no contest, nothing more to read
    listed = listed_at_opening(draft, start, end, _RIVALS)
    if len(listed) < 2 or _CONTESTED.match(draft.text, listed[-1].end, end) is None:
        return False
    return draft.shared(plain)


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


def tenure_stated(draft: Draft, start: int, end: int) -> bool:
    """Whether ``draft.text[start:end]`` opens with a party or politician and states only
    their time in a post, in a post of no tone of the author's."""
    text = draft.text
    actors = [a for a in political_actors_in(draft, start, end) if a.kind in _RIVALS]
    if len(actors) != 1 or OPENING.fullmatch(text, start, actors[0].start) is None:
        return False
    if _TENURE.match(text[:end], actors[0].end) is None:
        return False
    return draft.shared(plain)


#: Right after the actors, a headline's verb of what they did: answered, visited, set out.
_HEADLINE = re.compile(
    r"(?:\s+(?:has|have|had|is|are|was|were|will|to|today|yesterday|also|now|then))*\s+(?:"
    r"(?:hits?|hit|fires?|fired|strikes?|struck|bites?|bit)\s+back\s+at|"
    r"respond(?:s|ed|ing)?\s+to|repl(?:y|ies|ied|ying)\s+to|answer(?:s|ed|ing)?|"
    r"defend(?:s|ed|ing)?|tour(?:s|ed|ing)?|visit(?:s|ed|ing)?|meet(?:s|ing)?|met|"
    r"don(?:s|ned|ning)\s+(?:an?|his|her|their)\s+(?:[\w-]+\s+){0,2}?[\w-]+\s+(?:to|for|at|on)|"
    r"unveil(?:s|ed|ing)?|set(?:s|ting)?\s+out|outlin(?:e|es|ed|ing)|"
    r"speak(?:s|ing)?\s+(?:at|to)|spoke\s+(?:at|to)|address(?:es|ed|ing)?|"
    r"takes?\s+questions|took\s+questions|open(?:s|ed)\s+(?:a|an|the)\b)\b",
    re.IGNORECASE,
)

#: The actor again after the verb, doing something: "… the town they abandoned years ago".
_SAID_OF_THEM = re.compile(r"\b(?:they|he|she|they['’]ve|he['’]s|she['’]s)\s+\w", re.I)


def headline_reported(draft: Draft, start: int, end: int) -> bool:
    """Whether ``draft.text[start:end]`` opens with parties or politicians and goes straight
    on to a headline's verb of what they did, in a post of no tone of the author's."""
    if _HEADLINE.search(draft.text, start, end) is None:
        return False  # most sentences: no headline verb, nothing more to read
    listed = listed_at_opening(draft, start, end, _RIVALS)
    if not listed or (done := _HEADLINE.match(draft.text, listed[-1].end, end)) is None:
        return False
    if _SAID_OF_THEM.search(draft.text, done.end(), end):
        return False  # "<X> visits the town they abandoned": the author's word on them
    if any(start <= s.start_char < end for s in draft.spans_labelled("CAMPAIGN_ACTIVITY")):
        return False  # "<X> visits the picket line…": campaigning, read as such
    return draft.shared(plain)
