"""What the author did, or will never do, for a party or politician: "Just donated to the <X>
campaign" and "Chipped in a tenner to <X>'s re-election fund" back <X>; "Never voted <X> in
my life", "I won't ever vote <X>" and "Not a <X> fan" reject them ("Not a <X> fan, but they
handled the floods well" is grudging praise, unless what follows the "but" scorns).

The judge read a donation as an attack for some names ("Just donated to the <X> campaign.
Every dollar counts 💙") and "Never voted <X>" as support (the words "voted <X>" are the
lists' call to vote). The author's own act says the side outright, for every party alike;
declared as campaign tags are (``declarations``: kind ``endorsed``, or ``scorn``), which the
judge's reading does not overrule. Someone else's act ("My dad never voted <X>") is theirs.
A refusal then a concession ("Never voted <X>, but the baby box was a great idea", "Voted
against <X> twice but their office fixed my dad's pension") is grudging praise, as after
"Not a <X> fan, but…", unless what follows scorns.
"""

from __future__ import annotations

import re

from postlint._engine.draft import Draft
from postlint._rules.politics.concessions import held_side
from postlint._rules.politics.mention import Mention
from postlint._rules.politics.slogans import sided_actors

__all__ = ["own_acts"]

#: The author's donation before the actor: "donated to the", "chipped in a tenner to",
#: "just gave $25 to" (the "I" may be left out; not "Dad donated to…").
_DONATED = re.compile(
    r"(?:^|[.!?]\s+|\b(?:i|we)\s+(?:just\s+|have\s+|['’]ve\s+|also\s+)?|\bjust\s+)"
    r"(?:donated|donating|gave|given|chipped\s+in|chip\s+in|contributed|sent)"
    r"(?:\s+[\w£$€'’.,]+){0,4}?\s+to\s+(?:the\s+)?$",
    re.IGNORECASE,
)
#: After the actor: its campaign or fund, or the sentence's end ("donated to Labour!").
_FUND = re.compile(
    r"(?:['’]s)?\s+(?:campaign|re-?election|fund|fighting\s+fund|appeal|crowd-?fund\w*)\b"
    r"|\s*(?:[.!,]|💙|❤|🌹|🔴|🔵|🟢|🟡|🟣|$)|\s+(?:today|tonight|this\s+morning|just\s+now)\b",
    re.IGNORECASE,
)
#: The author's refusal before the actor: "Never voted", "I will never vote", "won't ever vote
#: for" (not "Never voted before, but…": an actor must follow).
_NEVER_VOTED = re.compile(
    r"(?:^|[.!?]\s+|\b(?:i|we)\s+(?:have\s+|['’]ve\s+|will\s+|would\s+|['’]ll\s+|['’]d\s+)?)"
    r"(?:(?:never|not\s+once|won['’]t\s+ever|will\s+never|would\s+never)\s+(?:have\s+|ever\s+)?"
    r"(?:voted?|voting)\s+(?:for\s+)?|(?:voted|vote|always\s+vote|always\s+voted)\s+against\s+)"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)

#: After a refusal, a concession that may turn it to grudging praise ("Never voted <X>, but the
#: baby box was a great idea").
_GRANTED = re.compile(r"\b(?:but|though|although|however|credit|fair\s+play)\b", re.IGNORECASE)
#: After the turn, the refusal kept ("Never voted <X>, but I won't start now"): no concession.
_STILL_REFUSED = re.compile(
    r"\b(?:won['’]t|will\s+not|never\s+will|not\s+(?:going|gonna|about)\s+to|not\s+starting|"
    r"no\s+chance|not\s+now|not\s+ever|nor\s+will)\b",
    re.IGNORECASE,
)


#: The author no fan of the actor: "Not a fan of", "I'm no fan of", "never been a big fan
#: of" before it, or "Not a <X> fan", "no <X> supporter" around it.
_THE_AUTHOR = r"(?:^|[.!?]\s+|\b(?:i['’]m|i\s+am|i['’]ve|i\s+have)\s+)"
_NO_FAN_OF = re.compile(
    rf"{_THE_AUTHOR}(?:not\s+a|no|never\s+been\s+a|not\s+much\s+of\s+a|not\s+the\s+biggest)"
    r"\s+(?:big\s+|huge\s+)?fan\s+of\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_NO_FAN_BEFORE = re.compile(
    rf"{_THE_AUTHOR}(?:not\s+a|no|never\s+been\s+a|never\s+a)\s+(?:big\s+|huge\s+)?(?:the\s+)?$",
    re.IGNORECASE,
)
_FAN_AFTER = re.compile(r"\s+(?:fan|supporter|voter)\b", re.IGNORECASE)
#: What follows a concession, read for scorn: "Not a <X> fan, but this is a new low".
_BUT = re.compile(r"\b(?:but|though|although|however)\b", re.IGNORECASE)
_STOP = re.compile(r"[.!?\n]")


def own_acts(draft: Draft) -> list[Mention]:
    """The actors of ``draft`` the author donated to (kind ``endorsed``, side ``support``) or
    refuses (never voted for, voted against, no fan of: kind ``scorn``, side ``attack``; or
    ``endorsed`` where a concession follows), see the module."""
    text = draft.text
    lowered = text.lower()
    if not any(word in lowered for word in ("never", " to ", "fan", "against")):
        return []
    found = []
    for actor, head in sided_actors(draft):
        if _DONATED.search(head) and _FUND.match(text, actor.end):
            found.append(Mention(actor.start, actor.end, actor.text, "endorsed", "support"))
        elif _NEVER_VOTED.search(head):
            side = _after_a_refusal(draft, actor, _GRANTED)
            found.append(Mention(actor.start, actor.end, actor.text, _KINDS[side], side))
        elif _NO_FAN_OF.search(head) or (
            _NO_FAN_BEFORE.search(head) and _FAN_AFTER.match(text, actor.end)
        ):
            side = _after_a_refusal(draft, actor, _BUT)
            found.append(Mention(actor.start, actor.end, actor.text, _KINDS[side], side))
    return found


_KINDS = {"attack": "scorn", "support": "endorsed"}


def _after_a_refusal(draft: Draft, actor: Mention, turns: re.Pattern[str]) -> str:
    """The side of "Not a <X> fan…" or "Never voted <X>…": against <X>, unless a concession
    follows (``turns``: "…, but they handled the floods well"), whose words then decide
    unless they scorn."""
    # To the sentence's mark, not the parser's end: a parser may end it at "fan".
    stop = _STOP.search(draft.text, actor.end)
    rest = draft.text[actor.end : stop.start() if stop is not None else len(draft.text)]
    turn = turns.search(rest)
    if turn is None or _STILL_REFUSED.search(rest, turn.end()):
        return "attack"
    return held_side(draft, rest[turn.end() :])
