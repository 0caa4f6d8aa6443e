"""Work talk no phrase names: "We're hiring contact centre advisers in Swansea, from £24k",
from an adviser at the DVLA.

Two readings decide. The sentence screen (``postlint._engine.models``, trained on
``training/disclosure``) reads the post as someone talking about their own work; alone it
cannot tell whose work, and a channel's or a club's own work reads the same ("our boy scored
twice" reads as work talk). Then whose work it is, read from the author's job, "<role> at
<organisation>" (so the role and the organisation must both be configured: "at Acme" alone
says nothing of the job), in two ways (``postlint._engine.job_talk``), either of which is
enough: MiniLM's cosine says the post is on the job's topic ("We're hiring frontline
officers at Stansted" from Border Force); the job-talk head, trained on
``training/disclosure/pairs``, says it is the job's talk though far from its words ("I have
checked 212 prescriptions today" from a pharmacist, not from a compliance officer; a YouTube
channel's unboxing from no policy adviser). Where the screen reads work talk, the bars are
``NEAR_THE_JOB`` and ``JOB_TALK_WITH_SCREEN`` (lower where it is sure and the author speaks
for a team: ``NEAR_WHEN_SURE``, ``JOB_TALK_WHEN_SURE``); where it does not (it misses plain
shift talk), a post in the first person must clear ``NEAR_ALONE`` or ``JOB_TALK_ALONE`` (but
a post with "views my own" in it, the author's own sign that it is near the job, the bars
with the screen), and so must a "we" in a post that takes a political side (``NO_SIDE``,
``JUDGED_NO_SIDE``): a nation's, a party's or a movement's, unless plainly the job's. The
bars were chosen on dev rows only (task D's civil-servant runs over seven departments, the
disclosure probe A; benchmarks/README.md, "The job-talk head"). A place or people's word
the post shares with the employer's name is left out of the job ("Canadian" of Canadian Tire).

Both read only a post in the author's voice (the first person, or speaking to the reader; not
a news report in the third person), where no phrase found work talk. The head reads the
post's first words of substance only (``postlint._engine.job_talk.OPENING_WORDS``), to fit
the budget of one check.
"""

from __future__ import annotations

import re

from postlint._engine.draft import Draft
from postlint._engine.models import job_talk_head, politics_judge, sentence_screen
from postlint._engine.semantic import semantic_available
from postlint._rules.disclosure.first_word import without_shared_places
from postlint._rules.disclosure.spans import DISCLAIMER, TextSpan, family_spans
from postlint._rules.politics.declarations import declared_sides
from postlint._rules.voice import FIRST_PERSON, diary_voice

__all__ = [
    "JOB_TALK_ALONE",
    "JOB_TALK_DISCLAIMED",
    "JOB_TALK_WHEN_SURE",
    "JOB_TALK_WITH_SCREEN",
    "JUDGED_NO_SIDE",
    "NEAR_ALONE",
    "NEAR_THE_JOB",
    "NEAR_WHEN_SURE",
    "RETWEET",
    "SCREENED_SAFE",
    "WORK_TALK_BY_MEANING",
    "campaigning",
    "work_talk_by_meaning",
]

#: A retweet's words, from "RT @source:" to the end of its line: the source's, not the author's.
RETWEET = re.compile(r"(?m)\bRT @\w+:[^\n]*")
#: The screen's probability of work talk, in the post's surest sentence, from which it counts.
WORK_TALK_BY_MEANING = 0.8
#: Where the screen reads work talk: the post is the author's job talk when MiniLM's cosine
#: to "<role> at <organisation>" reaches ``NEAR_THE_JOB`` (the job's topic: "We're hiring
#: frontline officers at Stansted" from Border Force) or the job-talk head's probability
#: reaches ``JOB_TALK_WITH_SCREEN`` (the job's talk, far from its words).
NEAR_THE_JOB = 0.2
JOB_TALK_WITH_SCREEN = 0.45
#: Where the screen is this sure of work talk and the author speaks for a team ("We shipped
#: shared pots for couples today"), lower bars suffice (``NEAR_WHEN_SURE``,
#: ``JOB_TALK_WHEN_SURE``). Not for a post with the home's words (``talk``: "We launched the
#: kids' lemonade stand"). ``NEAR_WHEN_SURE`` is the lowest cosine at which every one of
#: seven departments' dev outsiders stays within 1% (0.12 let the Ministry of Defence's reach
#: 1.9%; benchmarks/README.md, "The fifteenth session"). ``JOB_TALK_WHEN_SURE``: 0.25 since
#: the head's retraining, which reads any body's "we" a little higher ("The twenty-sixth").
SURE_WORK_TALK = 0.95
NEAR_WHEN_SURE = 0.15
JOB_TALK_WHEN_SURE = 0.25
#: In a post with "views my own", the job-talk head's probability from which it is job talk
#: whatever the screen reads (chosen on twelve posts of the project's own, seven of work and
#: five of home with the disclaimer: every home post read 0.18 or less).
JOB_TALK_DISCLAIMED = 0.3
#: The screen's probability that a sentence takes no political side, under which its "we" is
#: not read as a team's (a plain political statement reads 0.2 or less; shift talk and team
#: news 0.85 and more).
NO_SIDE = 0.1
#: Nor where the political-risk judge's probability of no stance is under this.
JUDGED_NO_SIDE = 0.5
#: The screen's probability of no stance from which a whole post is not put to the judge
#: (the politics rules' ``SCREEN_THRESHOLD`` of 0.1, as a probability of no stance).
SCREENED_SAFE = 0.9
#: The bars from which a post in the first person is the author's job talk though the screen
#: does not read it so ("Twelve-hour shift done, every bed on the ward full", from a staff
#: nurse). ``JOB_TALK_ALONE``: 0.48 since the head's retraining; 0.5 would lose a pharmacist's
#: diary (0.487) and a paramedic's (0.496) to quiet a run through the city the employer is
#: named after (0.494): no bar parts them ("The twenty-sixth session").
NEAR_ALONE = 0.35
JOB_TALK_ALONE = 0.48
#: The author speaking to the reader: "From Monday you can apply online".
_READER = re.compile(r"\b(?:you|your|you're|you’re|you've|you’ve)\b", re.I)
#: Longer drafts are articles, not posts about one's day; they are read by their phrases only.
_MOST_WORDS = 120


def work_talk_by_meaning(draft: Draft, *, at_home: bool = False) -> TextSpan | None:
    """The sentence of a short post that reads as the author's own work talk, near their job
    (see the module), or None. A post ``at_home`` (the home's words: "the kids' lemonade
    stand"; or about a match, whose "we" is a side's) gets no lower bar for the screen's
    sureness."""
    author = draft.config.author
    organisation, role = (author.organisation or "").strip(), (author.role or "").strip()
    text = RETWEET.sub("", draft.text).strip()
    if not organisation or not role or not text or len(text.split()) > _MOST_WORDS:
        return None  # without a role, "at Acme" says too little of the job to be near to
    retweets = [(m.start(), m.end()) for m in RETWEET.finditer(draft.text)]
    sentences = [
        s
        for s in draft.sentences
        if s.text.strip() and not any(a <= s.start_char < b for a, b in retweets)
    ]
    # The author's "I", said or dropped as diaries drop it ("Caught three babies before sunrise").
    own_voice = _own_voice(text) or any(diary_voice(s.text.strip()) for s in sentences)
    if not own_voice and not _READER.search(text):
        return None  # a report in the third person: "The Treasury announced today that…"
    if not sentences or not semantic_available():
        return None
    # The screen reads each sentence (it remembers); the surest is the evidence and reading.
    screened = sentence_screen()([s.text.strip() for s in sentences])
    readings = [r.work_talk for r in screened]
    surest = max(range(len(sentences)), key=readings.__getitem__)
    work_talk = readings[surest]
    if work_talk < WORK_TALK_BY_MEANING and not own_voice:
        return None
    employer = without_shared_places(organisation, text, draft.pack)
    reading = job_talk_head().read(role, employer, text)
    team = _a_team(text)

    # "Views my own" is the author's own sign that the post is near their job.
    disclaimed = bool(family_spans(draft, DISCLAIMER))

    def near_enough(political: bool) -> bool:
        near, likely = _bars(work_talk, at_home or political, text)
        if disclaimed and not political:
            near, likely = min(near, NEAR_THE_JOB), min(likely, JOB_TALK_DISCLAIMED)
        if political and team:
            # Its "we" is most likely a nation's, a party's or a movement's ("We're capable of
            # making our own decisions"): the author's team only as plainly as without the
            # screen. ("Spent three days cleaning data so a minister can say one sentence":
            # the author's own, whatever the judge reads in it.)
            near, likely = max(near, NEAR_ALONE), max(likely, JOB_TALK_ALONE)
        return reading.cosine >= near or reading.probability >= likely

    if not near_enough(False):
        return None
    if team and campaigning(draft):
        return None  # "…to cast my vote for our outstanding candidate #VoteGreen": a side's
    if not near_enough(True):
        # Between the bars, whether its "we" takes a political side decides: a nation's or a
        # party's ("We have to secure our border"), not a team's, gets no lower bar; nor where
        # the post around it takes the side ("Enough of outdated guidelines and suppression.
        # We're capable of deciding"): the judge reads the whole post only where the screen
        # cannot call it safe, as for the politics rules.
        surest_no_side = screened[surest].stance[0]
        if surest_no_side < NO_SIDE or _takes_a_side(sentences[surest].text):
            return None
        if team and len(sentences) > 1:
            [whole] = sentence_screen()([text])
            if whole.stance[0] < SCREENED_SAFE and _takes_a_side(text):
                return None
    sentence = sentences[surest]
    return TextSpan(sentence.start_char, sentence.end_char, sentence.text.strip(), "meaning")


def campaigning(draft: Draft) -> bool:
    """Whether ``draft`` campaigns for or against a side, by a campaign tag or slogan
    ("#VoteGreen", "#LabourDoorstep") or in words of campaigning for something political
    ("knocking on doors for <candidate>"; not "we're canvassing views on the timetable"): its
    "we", "our team" and "our candidate" are the campaign's, not a team's at work."""
    # Only a campaign's own words: an attack in the post ("Tories have wrecked this country")
    # says nothing of whose "my team" it is.
    return any(
        mention.kind in ("campaign", "activity") and mention.side in ("support", "attack", "action")
        for mention in declared_sides(draft)
    )


def _takes_a_side(sentence: str) -> bool:
    """Whether the political-risk judge reads ``sentence`` as taking a stance (it remembers
    the sentences the politics rules asked of it): "We urge closer co-operation between the
    G7 governments" is a party's "we" (0.81), "We've just published our new guidance" a
    team's (0.02)."""
    [reading] = politics_judge()([sentence.strip()])
    return reading[0] < JUDGED_NO_SIDE


def _bars(work_talk: float, at_home: bool, text: str) -> tuple[float, float]:
    """MiniLM's cosine, or the job-talk head's probability, from which the post is the
    author's job talk, by how sure the screen is of work talk (``work_talk``)."""
    if work_talk >= SURE_WORK_TALK and not at_home and _a_team(text):
        return NEAR_WHEN_SURE, JOB_TALK_WHEN_SURE
    if work_talk >= WORK_TALK_BY_MEANING:
        return NEAR_THE_JOB, JOB_TALK_WITH_SCREEN
    return NEAR_ALONE, JOB_TALK_ALONE


#: "Our", "we" or "us" of everyone, not of the author's team: "our green spaces", "our
#: congested roads", "tells us about", "all of us", "services we use every day".
_EVERYONES = re.compile(
    r"\bour\s+(?:own\s+|local\s+|beautiful\s+|precious\s+|congested\s+|busy\s+)?"
    r"(?:country|nation|planet|world|society|economy|democracy|communities|community|"
    r"countryside|coast|coastline|rivers|seas|oceans|environment|green\s+spaces|"
    r"high\s+streets|towns|cities|streets|roads|railways|heritage|history|future|children|"
    r"kids|young\s+people|lives|health|wellbeing|nhs|armed\s+forces|veterans|values|borders|"
    r"hospitals|schools|universities|public\s+services|farmers|pensioners|troops|police)\b"
    r"|\b(?:tells|told|reminds|reminded|shows|showed|gives|gave|takes|took|teaches|taught)"
    r"\s+us\b"
    # Everyone's daily life: "services we use every day", "the roads we all rely on".
    r"|\bwe\s+(?:all\s+)?(?:use|rely\s+on|depend\s+on|take\s+for\s+granted|see|need)\s+"
    r"(?:\w+\s+)?(?:every\s*day|daily|each\s+day|all\s+the\s+time)\b"
    r"|\bwe\s+all\s+(?:use|rely\s+on|depend\s+on|take\s+for\s+granted)\b"
    r"|\b(?:all\s+of\s+us|us\s+all|each\s+of\s+us|many\s+of\s+us|most\s+of\s+us)\b"
    # The audience's "we" in a question to it: "how are we feeling", "are we ready".
    r"|\bhow\s+(?:are|r)\s+we\s+(?:all\s+)?(?:feeling|doing|coping|holding\s+up)\b"
    r"|\bare\s+we\s+(?:all\s+)?(?:ready|ok|okay|excited|hyped|good)\b",
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
