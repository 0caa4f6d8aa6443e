"""Someone a support or attack names that no list knows: an @handle or a person's name
("Attacks Greg Abbott"), so that a message says whom it means rather than "a party or
politician"; and the side the words around them give (``turned_by_cues``): "The pile-on
against Priya Ramsden is nonsense" defends her, whatever the judge reads in "pile-on"."""

from __future__ import annotations

import dataclasses
import re
from typing import TYPE_CHECKING

from postlint._engine.draft import Draft
from postlint._engine.similarity import zipf_frequency
from postlint._rules.politics.cues import cued_side
from postlint._rules.politics.mention import HANDLE, Mention, one_of
from postlint._rules.politics.praise import quoted_and_endorsed

if TYPE_CHECKING:
    from postlint._rules.politics.judgement import Judgement, RuleKind

__all__ = ["class_named", "person_named", "someone_named", "turned_by_cues"]

#: A person's name: two or three capitalised words ("Greg Abbott", "Mary Lou McDonald").
_PERSON = re.compile(
    r"\b[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?(?:\s+(?:Mc|Mac|O')?[A-Z][a-z'’-]+){1,2}\b"
)
#: ... none of them this common a word ("Spent Saturday", "Great News").
_NAME_ZIPF = 4.6
#: ... and, opening a sentence, one of them this rare ("Josh Shapiro", not "Steady Eddie").
_RARE_NAME_ZIPF = 3.5
#: More than this share of its words capitalised: a headline ("Court Ruling Shocks Nation").
_HEADLINE_SHARE = 0.6
#: A given name alone opening a sentence, then a verb that makes it the subject ("Fiona will
#: make a brilliant councillor", "Colin has done nothing for this ward"): whom it means.
_GIVEN_NAME_ALONE = re.compile(
    r"([A-Z][a-z]+)\s+(?:will|would|is|was|has|had|ran|runs|did|does|should|deserves|gets|got|"
    r"made|makes|can|could|won|lost|knows|cares|stands|fought|fights|delivered|promised)\b"
)


def someone_named(draft: Draft, start: int, end: int, *, given: bool = True) -> str | None:
    """Whom a support or attack is about when it names no actor postlint knows: the account
    it names ("Attacks “@JoBrennan”") or a person's name ("Attacks Greg Abbott"), so that a
    reader sees whom the finding means rather than "a party or politician". A given name
    common as a word ("Eric", "Mark"; ``politics/actors.given_names``) opens a name all the
    same, before a rarer word ("Eric Adams", "Mark Drakeford"; not "Mark Time"), unless
    ``given`` is False: whether a finding is reported at all does not rest on them, as a
    sports star's name would make the judge's reading of a race a politics finding."""
    text = draft.text
    handle = HANDLE.search(text, start, end)
    if handle is not None and text[max(0, handle.start() - 3) : handle.start()] != "RT ":
        return f"“{handle.group(0)}”"
    words_of_unit = re.findall(r"[^\W\d_][\w'’-]*", text[start:end])
    if sum(w[0].isupper() for w in words_of_unit) > _HEADLINE_SHARE * len(words_of_unit):
        return None  # a headline in title case: its capitals name nobody
    given_names = draft.pack.word_list("politics/actors.given_names") if given else frozenset()
    for match in _PERSON.finditer(text, start, end):
        words = match.group(0).split()
        name = _a_name(words, given_names, opening=_opens(text[start : match.start()]))
        if name is None and len(words) == 3:
            name = _a_name(words[1:], given_names, opening=False)  # "Thanks Dana Whitfield"
        if name is not None:
            return re.sub(r"['’]s?$", "", name)  # "Greg Abbott's stunts": Greg Abbott
    alone = _GIVEN_NAME_ALONE.match(text, start, end) if given else None
    if alone is not None and alone.group(1).lower() in given_names:
        # common as a name, not as a word: "Fiona", "Colin", not "Bill", "Mark", "Will"
        return alone.group(1) if zipf_frequency(alone.group(1).lower()) < _NAME_ZIPF else None
    return None


def class_named(draft: Draft, start: int, end: int) -> str | None:
    """The political class a support or attack names, as written ("MPs", "politicians",
    "POTUS"), when it names no one in particular: "Attacks MPs", not "a party or
    politician"."""
    classes = draft.pack.word_list("politics/actors.political_classes")
    found = re.search(rf"(?i)(?<![\w@])#?({one_of(classes)})(?!\w)", draft.text[start:end])
    if found is None:
        return None
    written = found.group(1)
    return written.lower() if written.istitle() and len(written) > 3 else written


def _opens(before: str) -> bool:
    """Whether a name after ``before`` opens its sentence."""
    before = before.rstrip()
    return not before or before.endswith((".", "!", "?", ":"))


def _a_name(words: list[str], given_names: frozenset[str], *, opening: bool) -> str | None:
    """``words`` as a person's name, or None where one of them is an everyday word (see
    ``someone_named``)."""
    frequencies = [zipf_frequency(word.lower().strip("'’")) for word in words]
    if words[0].lower() in given_names:
        frequencies[0] = 0.0  # "Eric Adams": a given name, however common a word
    if any(f >= _NAME_ZIPF for f in frequencies):
        return None
    if opening and min(frequencies) >= _RARE_NAME_ZIPF:
        return None  # "Steady Eddie.": an everyday word opening a sentence, then a name
    return " ".join(words)


def person_named(draft: Draft, start: int, end: int) -> Mention | None:
    """The person ``someone_named`` finds in ``draft.text[start:end]`` (not an @handle), where
    it is."""
    name = someone_named(draft, start, end)
    if name is None or name.startswith("“"):
        return None
    at = draft.text.find(name, start, end)
    return Mention(at, at + len(name), name, "person") if at >= 0 else None


_RULES: dict[str, RuleKind] = {"support": "endorsement", "attack": "attack"}


def turned_by_cues(draft: Draft, found: list[Judgement]) -> list[Judgement]:
    """``found`` with each support or attack on no actor (or on a name the NER found) turned
    to the side the words around the person it names give (thanks, critics rebutted, a call
    to go, work done: ``cues.cued_side``), or to support where the person is the speaker of a
    quotation the author endorses ("“…” — Priya Sandhu. Every. Single. Word.")."""
    turned = []
    for judgement in found:
        if judgement.stance in _RULES:
            unit, target = judgement.unit, judgement.target
            person = None
            if target is None and not judgement.names_actor:
                person = person_named(draft, unit.start, unit.end)
            elif target is not None and target.kind == "entity":
                # a name the trained pipeline's NER found: read as someone no list knows
                person = dataclasses.replace(target, kind="person")
            side = None
            if person is not None:
                # "“…” — Priya Sandhu. Every. Single. Word.": the author speaks with her.
                endorsed = draft.pack.word_list("politics/stance.statement_endorsed")
                lowered = draft.text.lower().replace("’", "'")
                endorsing = quoted_and_endorsed(draft, lowered, person, endorsed)
                side = "support" if endorsing else cued_side(draft, unit.start, unit.end, person)
            if side is not None and side != judgement.stance:
                judgement = dataclasses.replace(judgement, stance=side, rule=_RULES[side])
        turned.append(judgement)
    return turned
