"""A verdict said of a contested measure in one strong word: "Scrapping the winter fuel
payment was cruel", "Low traffic neighbourhoods are a con", "Rent controls are long overdue".

The sentence opens with what it judges and says it "is" one of ``politics/stance.verdict_words``
(a con, cruel, a disgrace, long overdue, the politics of envy), or that it does harm ("Low
traffic neighbourhoods have wrecked this city", "The triple lock is bankrupting the young").
What is judged must be a public measure, by the words of one (a verb of policy and its
object, a cap, a tax, a ban: as ``questions`` reads them) or, for a word of verdict, by its
meaning (nearest of the contested topics, ``topics``; harm is done by the rain and the storm
too):
"My commute was a nightmare" and "the new coffee machine is a joke" judge no measure. A
subject that names a party or politician is theirs to answer for (the actor rules read it), and
a pronoun ("It is a disgrace that…") names nothing.
"""

from __future__ import annotations

import functools
import re

from postlint._engine.draft import Draft
from postlint._rules.politics.actors import political_actors_in
from postlint._rules.politics.issues import issues_in
from postlint._rules.politics.mention import Mention, one_of
from postlint._rules.politics.topics import topic_by_meaning

__all__ = ["copular_verdicts"]

#: What a judged subject may be near in meaning to be a public measure.
_TOPICS = ("contested_topics", "contested_measures")

#: Words in a subject that make it the author's or someone's, not a measure's.
_PERSONAL = re.compile(
    r"\b(?:i|i['’]m|me|my|mine|you|your|he|she|it|it['’]s|they|them|his|her|this|that|there|"
    r"what|which|who)\b",
    re.IGNORECASE,
)
#: Words of feeling opening the sentence before what it judges ("Honestly, the cap is…").
_LEAD = re.compile(
    r"(?:(?:honestly|frankly|seriously|genuinely|tbh|imo|imho|look|ok|okay|well|so|and|but|"
    r"yes|no|sorry|sorry\s+but|i\s+mean|let['’]s\s+be\s+honest)\b[\s,:;.!…-]*)+",
    re.IGNORECASE,
)
#: A measure by its words: a verb of policy and its object, or a noun of a measure.
_MEASURE = re.compile(
    r"\b(?:scrapping|cutting|axing|raising|hiking|introducing|banning|abolishing|privatising|"
    r"privatizing|closing|taxing|capping|freezing|means[- ]testing|slashing|ending|removing|"
    r"selling\s+off|charging|charging\s+vat|putting\s+vat|nationalising|nationalizing|"
    r"lowering|deporting)\b|\b(?:limit|ban|tax|taxes|cap|levy|charge|cuts?|freeze|scheme|"
    r"policy|policies|law|laws|rules|bill|reforms?|controls?|quotas?|subsid(?:y|ies)|"
    r"zones?|cards?|targets?)\b",
    re.IGNORECASE,
)


#: Harm done in a verb, in the doing ("is bankrupting") and done ("have wrecked").
_HARM_DOING = "bankrupting|wrecking|ruining|destroying|killing|crippling|strangling"
_HARM_DONE = "wrecked|ruined|destroyed|killed|crippled|gutted|bankrupted"
#: The verbs of harm ``_copula`` reads, for a quick look before it.
_HARMING = re.compile(rf"\b(?:{_HARM_DOING}|{_HARM_DONE})\b", re.IGNORECASE)


#: The actors a subject may be, whole ("<X> would be a disaster"), with "the" or a title.
_SCORNED = frozenset({"party", "politician", "handle", "backed", "role"})
_ALL_OF = re.compile(r"[\s\W]*(?:the\s+)?[\s\W]*", re.IGNORECASE)
#: The words that call a party or politician a failure (not "long overdue", "a no-brainer").
_WORSE = re.compile(
    r"\b(?:disaster|disastrous|catastroph\w*|shambl\w*|disgrace\w*|joke|nightmare|farce|"
    r"scandal\w*|outrage\w*|shameful|betrayal|con|scam|waste\s+of)\b",
    re.IGNORECASE,
)


@functools.cache
def _copula(words: frozenset[str]) -> re.Pattern[str]:
    return re.compile(
        r"\W*(?P<subject>[^.!?;:]{3,80}?)\s+(?:is|are|was|were|has\s+been|have\s+been|will\s+be|"
        r"would\s+be)\s+(?:(?:just|frankly|honestly|absolutely|utterly|totally|completely|"
        r"simply|pure|nothing\s+but|such|an?|the|absolute|complete|total|so|truly)\s+)*"
        rf"(?P<word>{one_of(words)})\b"
        # or does harm in a verb: "Low traffic neighbourhoods have wrecked this city", "The
        # triple lock is bankrupting the young"
        r"|\W*(?P<doer>[^.!?;:]{3,80}?)\s+(?:(?:is|are)\s+(?:slowly\s+|literally\s+)?"
        rf"(?:{_HARM_DOING})|(?:has|have)\s+(?:completely\s+|totally\s+|utterly\s+|"
        rf"basically\s+)?(?:{_HARM_DONE}))\b",
        re.IGNORECASE,
    )


def copular_verdicts(draft: Draft) -> list[Mention]:
    """The measures ``draft`` calls good or bad in a word (see the module), each as a mention
    of kind ``issue`` with the side ``verdict``."""
    words = draft.pack.word_list("politics/stance.verdict_words")
    text = draft.text
    if not any(word in text.lower() for word in words) and not _HARMING.search(text):
        return []  # most drafts: no sentence to read
    copula = _copula(words)
    found = []
    for sentence in draft.sentences:
        said = copula.match(text, sentence.start_char, sentence.end_char)
        if said is None or draft.is_quoted(sentence.start_char, sentence.end_char):
            continue
        start, end = said.span("subject") if said["subject"] else said.span("doer")
        lead = _LEAD.match(text, start, end)
        start = lead.end() if lead else start
        subject = text[start:end]
        actors = political_actors_in(draft, start, end)
        if _the_actor_called_a_failure(text, start, end, actors, said.group(0)):
            # "<X> would be a disaster for this country": the party or politician so called
            actor = actors[0]
            found.append(Mention(actor.start, actor.end, actor.text, "scorn", "attack"))
            continue
        if _PERSONAL.search(subject) or actors:
            continue
        named = issues_in(draft, start, end)
        if named:
            found.append(Mention(named[0].start, named[0].end, named[0].text, "issue", "verdict"))
        elif _MEASURE.search(subject) or (
            said["subject"] and topic_by_meaning(draft, start, end, _TOPICS) is not None
        ):
            found.append(Mention(start, end, subject, "issue", "verdict"))
    return found


def _the_actor_called_a_failure(
    text: str, start: int, end: int, actors: list[Mention], said: str
) -> bool:
    """Whether the subject ``text[start:end]`` is one party or politician and nothing else
    (but "the"), and what is said of it calls it a failure (``_WORSE``)."""
    if len(actors) != 1 or actors[0].kind not in _SCORNED or _WORSE.search(said) is None:
        return False
    actor = actors[0]
    return _ALL_OF.fullmatch(text[start : actor.start] + " " + text[actor.end : end]) is not None
