"""Work talk no phrase names: "We're hiring contact centre advisers in Swansea, from £24k",
from an adviser at the DVLA.

Two readings decide. The sentence screen (``postlint._engine.models``, trained on
``training/disclosure``) reads the post as someone talking about their own work; alone it
cannot tell whose work, and a channel's or a club's own work reads the same ("our boy scored
twice" reads as work talk). MiniLM finds the post near the author's job, "<role> at
<organisation>": a staff nurse's "Flu jabs for staff are in our canteen all week" is near
"staff nurse at Northgate Hospitals NHS Trust", a YouTube channel's unboxing is not near
"policy adviser at the Department for Education" (so the role and the organisation must both
be configured: "at Acme" alone says nothing of the job). Where the screen reads work talk,
a little nearness is enough (``NEAR_THE_JOB``, less where it is sure: ``NEAR_WHEN_SURE``);
where it does not (it misses plain shift talk), a post in the first person must be near the
job by MiniLM alone (``NEAR_ALONE``). The
thresholds were chosen on dev rows only (task C's dev drafts and task D's civil-servant runs;
benchmarks/README.md, "Work talk by meaning").

Both read only a post in the author's voice (the first person, or speaking to the reader; not
a news report in the third person), where no phrase found work talk. MiniLM reads the post's
first words of substance only (``CLOSENESS_WORDS``, stop words and links left out), to fit the
budget of one check: "Busy one on the logbook phones today, I must have explained the V5C
change to about thirty people" gives it "Busy logbook phones today, explained V5C change
thirty people", the words that say whose work it is.
"""

from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS

from postlint._engine.draft import Draft
from postlint._engine.models import sentence_screen
from postlint._engine.semantic import load_embedder, semantic_available
from postlint._rules.disclosure.spans import TextSpan
from postlint._rules.voice import FIRST_PERSON

__all__ = [
    "CLOSENESS_WORDS",
    "NEAR_ALONE",
    "NEAR_THE_JOB",
    "NEAR_WHEN_SURE",
    "RETWEET",
    "WORK_TALK_BY_MEANING",
    "work_talk_by_meaning",
]

#: A retweet's words, from "RT @source:" to the end of its line: the source's, not the author's.
RETWEET = re.compile(r"(?m)\bRT @\w+:[^\n]*")
#: The screen's probability of work talk, in the post's surest sentence, from which it counts.
WORK_TALK_BY_MEANING = 0.8
#: MiniLM's cosine between the post and "<role> at <organisation>" from which the work talked
#: about is the author's own job.
NEAR_THE_JOB = 0.2
#: MiniLM reads this many first words of substance of the post (stop words and links left
#: out): the topic is set by then, and one check's budget (15 ms at p95 for a 60-word post)
#: leaves room for about this many (about 5 ms; twelve cost one more on the budget's post;
#: benchmarks/README.md, "Words of substance for MiniLM"). Ten words with their stop words
#: spent half the reading on "I", "the", "to".
CLOSENESS_WORDS = 10
#: Where the screen is this sure of work talk and the author speaks for a team ("We shipped
#: shared pots for couples today"), a lower cosine suffices (``NEAR_WHEN_SURE``): MiniLM
#: finds a product's or a service's words far from "<role> at <organisation>" though they are
#: the job. Chosen on dev rows over seven departments (``benchmarks/task_d.py``,
#: ``missing-outsider-worst``): every department's outsiders at most 1% (0.12 let the
#: Ministry of Defence's reach 1.9%, and "remind me of …" in a tweet about anything pass the
#: screen as sure; 0.12 had been chosen on the Department for Education alone). Not for a
#: post with the home's words (``talk``: "We launched the kids' lemonade stand").
SURE_WORK_TALK = 0.95
NEAR_WHEN_SURE = 0.15
#: The cosine from which a post in the first person is near enough to the job to be work
#: talk though the screen does not read it so ("Twelve-hour shift done, every bed on the ward
#: full", from a staff nurse).
NEAR_ALONE = 0.35
#: The author speaking to the reader: "From Monday you can apply online".
_READER = re.compile(r"\b(?:you|your|you're|you’re|you've|you’ve)\b", re.I)
#: Longer drafts are articles, not posts about one's day; they are read by their phrases only.
_MOST_WORDS = 120


def work_talk_by_meaning(draft: Draft, *, at_home: bool = False) -> TextSpan | None:
    """The sentence of a short post that reads as the author's own work talk, near their job
    (see the module), or None. A post ``at_home`` (the home's words: "the kids' lemonade
    stand") gets no lower bar for the screen's sureness."""
    author = draft.config.author
    organisation, role = (author.organisation or "").strip(), (author.role or "").strip()
    text = RETWEET.sub("", draft.text).strip()
    if not organisation or not role or not text or len(text.split()) > _MOST_WORDS:
        return None  # without a role, "at Acme" says too little of the job to be near to
    own_voice = _own_voice(text)
    if not own_voice and not _READER.search(text):
        return None  # a report in the third person: "The Treasury announced today that…"
    retweets = [(m.start(), m.end()) for m in RETWEET.finditer(draft.text)]
    sentences = [
        s
        for s in draft.sentences
        if s.text.strip() and not any(a <= s.start_char < b for a, b in retweets)
    ]
    if not sentences or not semantic_available():
        return None
    # The screen reads each sentence (the politics rules read most already: it remembers);
    # the surest is the evidence, and its reading the post's.
    readings = [r.work_talk for r in sentence_screen()([s.text.strip() for s in sentences])]
    surest = max(range(len(sentences)), key=readings.__getitem__)
    work_talk = readings[surest]
    if work_talk < WORK_TALK_BY_MEANING and not own_voice:
        return None
    closeness = _closeness(f"{role} at {organisation}", text)
    if work_talk >= SURE_WORK_TALK and not at_home and _a_team(text):
        near = NEAR_WHEN_SURE
    elif work_talk >= WORK_TALK_BY_MEANING:
        near = NEAR_THE_JOB
    else:
        near = NEAR_ALONE
    if closeness < near:
        return None
    sentence = sentences[surest]
    return TextSpan(sentence.start_char, sentence.end_char, sentence.text.strip(), "meaning")


#: "Our" or "us" of everyone, not of the author's team: "our green spaces", "our congested
#: roads", "tells us about", "all of us".
_EVERYONES = re.compile(
    r"\bour\s+(?:own\s+|local\s+|beautiful\s+|precious\s+|congested\s+|busy\s+)?"
    r"(?:country|nation|planet|world|society|economy|democracy|communities|community|"
    r"countryside|coast|coastline|rivers|seas|oceans|environment|green\s+spaces|"
    r"high\s+streets|towns|cities|streets|roads|railways|heritage|history|future|children|"
    r"kids|young\s+people|lives|health|wellbeing|nhs|armed\s+forces|veterans|values|borders|"
    r"hospitals|schools|universities|public\s+services|farmers|pensioners|troops|police)\b"
    r"|\b(?:tells|told|reminds|reminded|shows|showed|gives|gave|takes|took)\s+us\b"
    r"|\b(?:all\s+of\s+us|us\s+all|each\s+of\s+us|many\s+of\s+us|most\s+of\s+us)\b",
    re.IGNORECASE,
)


#: The author's team: "we", "our", "us" (everyone's left out by the caller's reading; not "the
#: US" in capitals, the country, as ``FIRST_PERSON`` reads it).
_TEAM = re.compile(r"\b(?!(?-i:US)\b)(?:we|we['’](?:ve|re|ll|d)|our|ours|us)\b", re.IGNORECASE)


def _a_team(text: str) -> bool:
    """Whether the author speaks for a team, not only of themselves ("we've moved the mulled
    wine", not "remind me of"): the sure screen's lower bar needs it, since the screen is as
    sure of a stray "me" in a tweet about anything."""
    return _not_everyones(_TEAM, text)


def _own_voice(text: str) -> bool:
    """Whether the author speaks of themselves or their team: a first person that is not
    everyone's ("our green spaces", "tells us")."""
    return _not_everyones(FIRST_PERSON, text)


def _not_everyones(words: re.Pattern[str], text: str) -> bool:
    """Whether ``words`` occur in ``text`` outside everyone's "our" and "us"."""
    everyones = [(m.start(), m.end()) for m in _EVERYONES.finditer(text)]
    return any(not any(a <= m.start() < b for a, b in everyones) for m in words.finditer(text))


def _closeness(job: str, text: str) -> float:
    """MiniLM's cosine between ``job`` and the first words of substance of ``text``."""
    opening = " ".join(_substance(text)[:CLOSENESS_WORDS]) or " ".join(
        text.split()[:CLOSENESS_WORDS]
    )
    job_vector, post_vector = load_embedder().embed([job, opening])
    return float(job_vector @ post_vector)


_LINK = re.compile(r"^(?:https?://|www\.)", re.IGNORECASE)
_NOT_A_LETTER = re.compile(r"\W+")


def _substance(text: str) -> list[str]:
    """The words of ``text`` that are neither stop words ("I", "the", "to") nor links."""
    return [
        word
        for word in text.split()
        if not _LINK.match(word) and _NOT_A_LETTER.sub("", word.lower()) not in STOP_WORDS
    ]
