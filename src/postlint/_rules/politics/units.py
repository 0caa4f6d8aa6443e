"""The units the political-risk model reads: the author's sentences.

A sentence of fewer than ``MIN_WORDS`` words joins the sentence before it ("Vote Labour.
Thursday!"), or the one after it when it comes first; "Vote Labour!" is a unit of its own. So
does a name alone ("Jo Bloggs. Never again."), which the judge would read by the name.
Quoted words and block quotes are someone else's and are not read, unless the author
endorses them: a short endorsement of their own ("This. 👇", "Exactly right.", "+1", "So
true") over a quotation makes the quotation the author's words. A sentence that reports
what someone else said, with the speaker named and no word of the author's own ("The senator
said the bill was a disgrace", "…, the minister told reporters", "“Vote for change,” read the
banner"; ``speech``), is theirs too and is not read. Nor is a sentence that holds nothing but
disclaimers ("Views my own. RTs are not endorsements.").
"""

from __future__ import annotations

import bisect
import itertools
import re
import unicodedata
from dataclasses import dataclass

from postlint._engine.draft import Draft
from postlint._rules.politics.agreement import agreed_speakers
from postlint._rules.politics.mention import ACTOR_LABELS, whole_phrases
from postlint._rules.politics.positions import position_reported
from postlint._rules.politics.speech import reported_in_passive, speech_reported
from postlint._rules.politics.truncation import before_the_cut

__all__ = ["TAGS_AND_LINKS", "WORD", "Unit", "judged_units", "whole_post"]

#: The disclosure lexicons' label of a disclaimer ("views my own", "RTs are not endorsements").
_DISCLAIMER = "DISC_DISCLAIMER"
#: Fewer words than this make no sentence of their own ...
MIN_WORDS = 2
#: ... in a fragment this short (a 1 MB "word" is not a fragment of the sentence before it).
_FRAGMENT_CHARS = 40
#: The lexicons' labels of a party's or a politician's name.
_NAMES = ("PARTY", "POLITICIAN", "POLITICAL_ROLE")
#: An author's own words of at most this many words, all of them endorsing, endorse a quote.
_ENDORSEMENT_WORDS = 6
#: A word, and the hashtags, handles and links that are no words of a sentence.
WORD = re.compile(r"[^\W\d_][\w'’-]*")
TAGS_AND_LINKS = re.compile(r"[#@]\w+|\b(?:https?://|www\.)\S+")
_ENDORSING = re.compile(
    r"^(?:this|exactly|so true|so much this|100%|\+1+|well said|spot on|agreed|hear hear|"
    r"couldn'?t (?:have )?(?:said it|agree) (?:better|more)|read this|must read|yes|preach|"
    r"this is it|absolutely|precisely|nailed it|what (?:she|he|they) said)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Unit:
    """A stretch of the draft the model reads as one: its text and where it is."""

    start: int
    end: int
    text: str
    endorsed_quote: bool = False
    """The author's words are a quotation they endorse."""

    @property
    def tags_only(self) -> bool:
        """Whether the unit is nothing but hashtags, handles and links ("#EppingForest
        #WomenInPolitics https://…"): labels of what a post is about, not a sentence."""
        return not WORD.search(TAGS_AND_LINKS.sub(" ", self.text))


def judged_units(draft: Draft) -> list[Unit]:
    """The author's sentences (and endorsed quotations), in order."""
    return draft.shared(_units)


def whole_post(draft: Draft, units: list[Unit], most_words: int) -> Unit | None:
    """The author's own words as one unit, for a post of several units and at most
    ``most_words`` words."""
    if len(units) < 2 or any(unit.endorsed_quote for unit in units):
        return None
    if sum(len(unit.text.split()) for unit in units) > most_words:
        return None
    quotations = draft.quotations()
    if any(
        a.end <= q_start < b.start
        for a, b in itertools.pairwise(units)
        for q_start, _ in quotations
    ):
        return None  # a quotation between the author's sentences is not theirs to read with them
    # The units' own words: a reported sentence between them is not read.
    return Unit(units[0].start, units[-1].end, " ".join(unit.text for unit in units))


def _units(draft: Draft) -> list[Unit]:
    text = draft.text
    if _a_fan_vote(draft):
        return []
    spans = [
        _trimmed(text, start, end)
        for s in draft.sentences
        for start, end in _lines(text, s.start_char, s.end_char)
    ]
    spans = _continued([(start, end) for start, end in spans if end > start], text)
    disclaimers = sorted((s.start_char, s.end_char) for s in draft.spans_labelled(_DISCLAIMER))
    # What a party says, reported, is theirs; unless the author agrees with it or disbelieves
    # it ("<X> have said all along it would cost more. Spot on."): then it is theirs too.
    agreed = [m.start for m in agreed_speakers(draft)]
    own = [
        (s, e)
        for s, e in spans
        if not draft.is_quoted(s, e)
        and (
            any(s <= at < e for at in agreed)
            or (
                not speech_reported(text[s:e])
                and not reported_in_passive(draft, s, e)
                and not position_reported(draft, s, e)
            )
        )
        and not _only_disclaimers(text, s, e, disclaimers)
    ]
    own = [(s, before_the_cut(text, s, e)) for s, e in own]
    quoted = [(s, e) for s, e in spans if draft.is_quoted(s, e)]
    if quoted and own and _endorses(" ".join(text[s:e] for s, e in own)):
        # "This. 👇" over a quotation: the quotation is what the author says.
        return [Unit(s, e, text[s:e], endorsed_quote=True) for s, e in _merged(text, quoted, [])]
    names = [(n.start_char, n.end_char) for n in draft.spans_labelled(*_NAMES)]
    return [Unit(s, e, text[s:e]) for s, e in _merged(text, own, names)]


def _a_fan_vote(draft: Draft) -> bool:
    """Whether the draft is about a fan vote (awards, charts, talent shows) and names no
    party, politician, office or campaign the lexicons know: a fan's vote, not an elector's."""
    pattern = whole_phrases(draft.pack.word_list("politics/stance.fan_vote_words"))
    return bool(pattern.search(draft.text.lower())) and not draft.spans_labelled(*ACTOR_LABELS)


def _only_disclaimers(text: str, start: int, end: int, disclaimers: list[tuple[int, int]]) -> bool:
    """Whether ``text[start:end]`` says nothing but disclaimers ("Views my own. RTs are not
    endorsements."): a disclaimer about endorsements takes no political stance.
    ``disclaimers`` are sorted by start; only those that begin inside the unit are read."""
    first = bisect.bisect_left(disclaimers, (start, -1))
    rest = list(text[start:end])
    blanked = False
    for d_start, d_end in disclaimers[first:]:
        if d_start >= end:
            break
        for i in range(d_start, min(d_end, end)):
            rest[i - start] = " "
        blanked = True
    return blanked and not WORD.search("".join(rest))


def _lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A sentence cut at its line breaks: a quotation's attribution line ("— a reader") or a
    heading is not part of the line before it (``_continued`` joins what runs on)."""
    parts: list[tuple[int, int]] = []
    for match in re.finditer(r"[^\n]+", text[start:end]):
        parts.append((start + match.start(), start + match.end()))
    return parts


def _continued(spans: list[tuple[int, int]], text: str) -> list[tuple[int, int]]:
    """Spans joined where a sentence runs on after a line break ("…, and it\nalready has
    councils asking…"): a part that starts in lower case continues the one before it, unless
    that one ended a sentence or a blank line parts them. The judge reads a whole sentence,
    never half of one."""
    joined: list[tuple[int, int]] = []
    for start, end in spans:
        gap = text[joined[-1][1] : start] if joined else ""
        ended = joined and text[joined[-1][1] - 1] in ".!?…"
        if joined and not ended and text[start].islower() and "\n" in gap and "\n\n" not in gap:
            joined[-1] = (joined[-1][0], end)
        else:
            joined.append((start, end))
    return joined


def _endorses(words: str) -> bool:
    return len(WORD.findall(words)) <= _ENDORSEMENT_WORDS and bool(
        _ENDORSING.match(words.strip(" \"'“”‘’>*_-"))
    )


def _merged(
    text: str, spans: list[tuple[int, int]], names: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """Short sentences, and a name alone (``names``: "Jo Bloggs. That's the post."), joined
    to a neighbour (see the module)."""
    merged: list[tuple[int, int]] = []
    carry: tuple[int, int] | None = None
    for start, end in spans:
        if carry is not None:
            start, carry = carry[0], None
        if (
            len(WORD.findall(text[start:end])) < MIN_WORDS or _bare_name(text, start, end, names)
        ) and end - start <= _FRAGMENT_CHARS:
            if merged and "\n\n" not in text[merged[-1][1] : start]:
                merged[-1] = (merged[-1][0], end)
            else:
                carry = (start, end)
            continue
        merged.append((start, end))
    if carry is not None:
        merged.append(carry)
    return merged


def _bare_name(text: str, start: int, end: int, names: list[tuple[int, int]]) -> bool:
    """Whether ``text[start:end]`` is a name and nothing else ("Jo Bloggs."): it says which
    way it goes only with the sentences around it. (A line of tags is a unit of its own.)"""
    if "#" in text[start:end] or "@" in text[start:end]:
        return False
    rest = list(text[start:end])
    for n_start, n_end in names:
        if start <= n_start and n_end <= end:
            rest[n_start - start : n_end - start] = " " * (n_end - n_start)
    words = WORD.findall("".join(rest))
    return len(rest) > len(words) and [w.lower() for w in words] in ([], ["the"])


#: Not part of what a sentence says, besides space: the replacement character that stands
#: for undecodable input.
_EDGE = frozenset("\ufffd")
_KEPT = frozenset("#@\"'“‘«")


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    # Leading brackets, list markers and runs of punctuation say nothing ("((((", "- ", ">"),
    # but a hashtag, a handle or an opening quotation mark belongs to the words after it.
    while start < end and (
        text[start].isspace()
        or text[start] in _EDGE
        or (unicodedata.category(text[start]).startswith("P") and text[start] not in _KEPT)
    ):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in _EDGE):
        end -= 1
    return start, end
