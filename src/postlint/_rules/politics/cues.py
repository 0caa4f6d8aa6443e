"""Stances plain from a cue the models may under-read, or turned by one they may miss (calls
to vote for or against a named party or politician are in ``votes``):

- a run of campaign tags backing rivals alike ("#Trump2016 #Hillary2016"): a topic, no side;
- a verdict carried by an emoji, scorn or disgust beside a contested issue or a named measure
  ("Rwanda bill set to pass tonight 🤮").

Newsroom codes say it outright (the BBC: emojis "can undercut an otherwise impartial post"),
and the models, which read words, miss it when the words around are a neutral report. Only
emojis of scorn count (a data list, ``politics/stance.verdict_emojis``): a celebration may be
an account's own launch. The issue must be contested (``CONTESTED_ISSUE`` and kin) or a
measure with a name ("Rwanda bill", not "tax return"), in the same sentence.
"""

from __future__ import annotations

import re

from postlint._engine.draft import Draft
from postlint._engine.similarity import zipf_frequency
from postlint._rules.politics.evaluations import SAID_NO_ONE, SARCASM, evaluated_side
from postlint._rules.politics.grievances import undone, worse_off
from postlint._rules.politics.implied import implied_side
from postlint._rules.politics.mention import Mention
from postlint._rules.politics.rebuttals import rebutted_side
from postlint._rules.politics.scorn import (
    CLAUSE_END,
    contrasted,
    next_sentence,
    scorned_work,
    sentence_start,
)
from postlint._rules.politics.wording import praised_in

__all__ = ["cued_side", "emoji_verdicts", "plain_call", "sarcastic", "with_its_name"]

_ISSUES = ("CONTESTED_ISSUE", "ISSUE_HASHTAG", "ISSUE_SLOGAN")
#: A capitalised word this frequent opening a sentence is no name ("This bill", "Scrap it").
_EVERYDAY_ZIPF = 4.5


def emoji_verdicts(draft: Draft) -> list[Mention]:
    """The scorn emojis of ``draft`` that sit in a sentence naming an issue, as verdicts."""
    emojis = draft.pack.word_list("politics/stance.verdict_emojis")
    text = draft.text
    if not any(emoji in text for emoji in emojis):
        return []
    issues = list(draft.spans_labelled(*_ISSUES))
    issues += [s for s in draft.spans_labelled("POLICY_OBJECT") if _named(text, s.start_char)]
    found = []
    for sentence in draft.sentences:
        start, end = sentence.start_char, sentence.end_char
        if not any(start <= s.start_char < end for s in issues):
            continue
        for emoji in emojis:
            at = text.find(emoji, start, end)
            if at >= 0 and not draft.is_quoted(at, at + len(emoji)):
                found.append(Mention(at, at + len(emoji), emoji, "emoji", "verdict"))
                break
    return found


def _named(text: str, at: int) -> bool:
    """Whether the word before a measure is a capitalised name ("the Rwanda bill"), so the
    measure has a name: not an everyday word opening a sentence ("This bill")."""
    head = text[max(0, at - 40) : at]
    before = head.rstrip().split()
    if not before or not before[-1][:1].isupper() or not before[-1].isalpha():
        return False
    opens = len(before) == 1 or before[-2].endswith((".", "!", "?", ":"))
    return not (opens and zipf_frequency(before[-1].lower()) >= _EVERYDAY_ZIPF)


def with_its_name(text: str, start: int, end: int, words: str) -> str:
    """A measure (``words``, at ``text[start:end]``) with the name before it ("Rwanda bill",
    "Online Safety bill"), as a message names it."""
    if words.lower().startswith(("the ", "this ", "that ", "these ", "those ")):
        return " ".join(words.split())  # "this bill", as the message's sentence needs it
    for _ in range(4):  # "the Online Safety bill": each capitalised word before it
        if not _named(text, start):
            break
        start = text[:start].rstrip().rfind(" ") + 1
    return " ".join(text[start:end].split())


#: How far before an actor its thanks or its critics are looked for.
_CUE_REACH = 80
#: Words between a thanks or a criticism and the actor that change nothing ("thank you to
#: our hard-working Lib Dem councillors", "everyone piling on the SNP").
_FILLERS = re.compile(
    r"(?:\b(?:our|my|the|local|lovely|brilliant|amazing|fantastic|wonderful|new|hard-?working|"
    r"fab|great|dear|old|poor)\s+|[,!:;]\s*)+$"
)


_SCRUTINISERS = ("i", "we", "i've", "we've", "i have", "we have", "i'll", "we'll")


#: A capitalised word just before an actor: perhaps a first name ("Pete « Buttigieg »").
_FIRST_NAME = re.compile(r"(?:^|\s)[A-Z][a-z]+\s*$")


def cued_side(draft: Draft, start: int, end: int, actor: Mention) -> str | None:
    """The side the words around ``actor`` (in ``draft.text[start:end]``, its unit) give it
    whatever the rest reads like, or None: ``support`` for thanks ("Massive thank you to the
    Lib Dems on our council for…") or critics the author rebuts ("Everyone piling on Zack
    Polanski…", "The abuse Wes Streeting gets…"); ``attack`` for a call to go ("Tory MP
    Giles Farrow should stand down", "Time to go, Cllr Harper") or scorn for the actor or
    their work after it ("ran the flimsiest campaign", "is a disgrace"). The models read the scorn
    for the critics, or the closure being saved from, as scorn for the actor, and a plain
    call to resign as no side at all."""
    if contrasted(draft, actor):
        return None  # "Unlike <X>, <Y> have a plan": the words after are the rest's, not <X>'s
    if SAID_NO_ONE.search(draft.text, actor.end, end):
        return "attack"  # "Top work from <X> on the trains, said nobody ever"
    if (refuted := rebutted_side(draft, actor)) is not None:
        return refuted  # "If you think <X> are useless, try…": the claim is not the author's
    lists = "politics/stance"
    text = draft.text
    after = " ".join(text[actor.end : min(end, actor.end + _CUE_REACH)].lower().split())
    after = after.replace("’", "'").lstrip(",;: ")
    if any(_called_to_go(after, words) for words in draft.pack.word_list(f"{lists}.to_go_after")):
        return "attack"
    clause = CLAUSE_END.split(" ".join(text[actor.end : end].lower().split()), maxsplit=1)[0]
    if praised_in(clause, draft.pack.word_list(f"{lists}.praise_after")):
        # (not beside a mark of sarcasm: "<X> got it right on buses, yet another route cut")
        return None if SARCASM.search(text, actor.end, end) else "support"
    if scorned_work(draft, clause):
        return "attack"  # "<X> ran the flimsiest campaign in memory"
    evaluated = evaluated_side(draft, actor) or implied_side(draft, actor)
    if evaluated is not None:
        return evaluated  # "Pathetic from <X> at PMQs", "<X> are toast", "Leave <X> alone"
    before = " ".join(text[max(start, actor.start - _CUE_REACH) : actor.start].split())
    # The words before, and before a first name too ("The attacks on Pete « Buttigieg »").
    named = _FIRST_NAME.sub("", before)
    befores = [_FILLERS.sub("", b.lower().replace("’", "'") + " ").strip() for b in (before, named)]
    before = befores[0]

    def after_one_of(*names: str) -> bool:  # whole words: "lying <X>", not "applying <X>"
        words = [w for name in names for w in draft.pack.word_list(f"{lists}.{name}")]
        return any(b == w or b.endswith(" " + w) for b in befores for w in words)

    if after_one_of("to_go_before", "insults_before", "epithets_before"):
        return "attack"  # "Shame on you, Cllr Harper", "Down with the Tories", "Shameless <X>"
    if after_one_of("criticism_of"):
        return "support"
    scrutiny = draft.pack.word_list(f"{lists}.scrutiny_before")
    if any(before.endswith(f"{who} {verb}") for who in _SCRUTINISERS for verb in scrutiny):
        return "attack"  # the author's scrutiny: "Yesterday I grilled the Government on this"
    if before.endswith(tuple(draft.pack.word_list(f"{lists}.sarcastic_thanks_before"))):
        return "attack"  # "Thanks a lot <X> for closing the library", "Cheers for nothing <X>"
    thanks = draft.pack.word_list(f"{lists}.thanks_before")
    thanked = [w for w in thanks if before == w or before.endswith(" " + w)]
    if thanked:
        if text.startswith(("'s", "’s"), actor.end) or (
            "thank" in thanked[0]
            and thanked[0].endswith(" to")
            and " for " not in text[actor.end : end]
        ):
            # "Thanks to the Tories' cuts, …": because of, not gratitude; "Big thanks to X,
            # nothing works": thanks for nothing. "Shoutout to", "hats off to" and "credit
            # to" say whom they praise without a "for".
            return "attack" if worse_off(text[start:end]) else None
        unit = text[start:end].lower().replace(thanked[0], " ", 1)  # "Cheers to" is no sarcasm
        mocked = any(w in unit for w in draft.pack.word_list(f"{lists}.mock_thanks"))
        if mocked or worse_off(unit) or _grievance_beside(draft, start, end):
            return "attack"  # "Thanks <X>, my energy bill has doubled 👍", "…spoiling us"
        sarcasm = draft.pack.word_list(f"{lists}.thanks_sarcasm")
        scorn = draft.pack.word_list(f"{lists}.verdict_emojis")
        sincere = not any(w in unit for w in sarcasm) and not any(e in unit for e in scorn)
        return "support" if sincere else None
    if any(
        before == w or before.endswith(" " + w)
        for w in draft.pack.word_list(f"{lists}.sympathy_before")
    ):
        return "support"  # "Gutted for the Libs"
    if any(
        before == w or before.endswith(" " + w)
        for w in draft.pack.word_list(f"{lists}.glad_before")
    ):
        if worse_off(text[start:end]) or _grievance_beside(draft, start, end):
            return "attack"  # "Oh brilliant, <X> have done it again. Bins uncollected…"
        return None if sarcastic(draft) else "support"  # "Thank goodness X saved the unit"
    critics = "|".join(map(re.escape, draft.pack.word_list(f"{lists}.critics")))
    verbs = "|".join(map(re.escape, draft.pack.word_list(f"{lists}.criticising")))
    rebutted = rf"(?:^|\s)(?:{critics})\s+(?:[\w']+\s+){{0,2}}?(?:{verbs})(?:\s+(?:on|about|at))?$"
    return "support" if re.search(rebutted, before) else None


def _grievance_beside(draft: Draft, start: int, end: int) -> bool:
    """Whether a sentence beside the one at ``draft.text[start:end]`` (``_beside_of_no_one``)
    tells a grievance the post does not say was put right ("The 42 was cut to hourly last
    year. Thanks <X> for bringing back the half-hourly service")."""
    return worse_off(_beside_of_no_one(draft, start, end)) and not undone(draft.text)


def _beside_of_no_one(draft: Draft, start: int, end: int) -> str:
    """The sentences before and after the one at ``draft.text[start:end]``, each where it
    names no party or politician ("Oh brilliant, <X> have done it again. Bins uncollected for
    three weeks."; "My commute's now 40 minutes. Well done, <X>.")."""
    named = draft.spans_labelled("PARTY", "POLITICIAN")

    def of_no_one(begin: int, stop: int) -> str:
        return "" if any(begin <= s.start_char < stop for s in named) else draft.text[begin:stop]

    before = of_no_one(sentence_start(draft, start - 1), start) if start > 0 else ""
    after = of_no_one(end, end + len(next_sentence(draft, end)))
    return f"{before} {after}"


def sarcastic(draft: Draft) -> bool:
    """Whether the post has a mark of sarcasm anywhere ("yet another", "again", 👏, 🙄)."""
    lists = "politics/stance"
    post = draft.text.lower()
    marks = [
        *draft.pack.word_list(f"{lists}.glad_sarcasm"),
        *draft.pack.word_list(f"{lists}.thanks_sarcasm"),
    ]
    if any(re.search(rf"(?<!\w){re.escape(mark)}(?!\w)", post) for mark in marks):
        return True
    return any(emoji in post for emoji in draft.pack.word_list(f"{lists}.verdict_emojis"))


#: What may follow "must go" for it to be a call to leave, not to go further or somewhere.
_GONE = re.compile(r"$|[^\w\s]|\s+(?:now|today|immediately|asap|and|too|already|right now)\b")


def _called_to_go(after: str, words: str) -> bool:
    """Whether ``after`` opens with ``words`` ("should resign over…"); a call that ends in
    "go" only where nothing but an end follows ("must go.", "has to go now"; not "needs to go
    further", "must go to Leeds")."""
    if not after.startswith(words):
        return False
    return not words.endswith(" go") or _GONE.match(after, len(words)) is not None


def plain_call(campaign: Mention) -> bool:
    """Whether a listed campaign has no second reading, so that it declares its side even in
    words the models read as no politics at all: a campaign on a contested issue by its words
    (``#ScrapNetZero``), a fundraiser, an emoji verdict, praise of a politician's work
    ("Fantastic work by @CllrHale"), a call to lobby a representative about a policy, or a call
    to vote for or against a party or politician ("Voted this morning 🌍 #VoteGreen"; unlike
    "#resist", "vote" followed by a party's name means nothing else)."""
    if campaign.kind in ("cause", "fundraiser", "emoji", "praise", "endorsed", "scorn", "lobbying"):
        return True
    if re.match(r"(?i)#?(?:yes|no)\s*on", campaign.text):
        return True  # a ballot measure's campaign: "Yes on Measure K", "#NoOn33"
    calls = ("vote", "don't vote", "never vote", "put ", "preference ")
    voting = campaign.text.lower().lstrip("#").startswith(calls)
    return voting and campaign.side in ("support", "attack")
