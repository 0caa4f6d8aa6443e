"""Names of parties and camps that are also everyday words: "the Labour market", "Reform of
the planning system", "the Department of Labor", "the right to protest", "the left hand". The
span rulers match them (case-sensitively where the lexicons say so); these tell the word from
the party or the camp, from the words around it."""

from __future__ import annotations

import re

from postlint._engine.draft import Draft
from postlint._rules.politics.mention import word_after
from postlint._rules.politics.sport import about_sport

__all__ = ["CHANTED", "a_common_noun", "not_a_camp", "sporting"]


def not_a_camp(label: str, words: str, next_word: str, not_before: frozenset[str]) -> bool:
    """Whether "right" or "left" is no camp ("the right to protest", "the left hand")."""
    if label != "IDEOLOGY" or not words.lower().endswith(("right", "left")):
        return False
    return next_word in not_before or (next_word == "to" and words.lower().endswith("right"))


def a_common_noun(draft: Draft, label: str, start: int, end: int) -> bool:
    """Whether a party's name that is also an everyday word ("Labour", "Reform") is the word:
    before a word that makes it one ("the Labour market", "Reform of the planning system"),
    or after a capitalised word, not the sentence's first, that is no part of a party's name
    ("the Welfare Reform Act", "on Pension Reform"; "Scottish Labour" is a party), or after
    one and "of" ("the Department of Labor"), or in a headline in title case, where every
    word is capitalised, or in a post about a match or a race ("Up the Greens! What a
    match"); and whether "the government" is a modifier ("the government grant")."""
    lists = "politics/actors"
    text = draft.text
    name = re.sub(r"^the\s+", "", text[start:end].lower())  # "the Greens": "greens"
    if label == "POLITICAL_ROLE" and name.split()[-1:] in (["government"], ["govt"]):
        # "the government grant", "govt investment": what it pays for, not who governs.
        return word_after(text, end) in draft.pack.word_list(f"{lists}.government_followers")
    if label != "PARTY" or name not in draft.pack.word_list(f"{lists}.homonym_parties"):
        return False
    if word_after(text, end) in draft.pack.word_list(f"{lists}.homonym_followers"):
        return True
    place = _CAPITALISED_AFTER.match(text, end)
    if place and place.group(1).lower() in draft.pack.word_list(f"{lists}.place_followers"):
        return True  # "the old mill on Labour Road": a street's name
    if text[start:end] == "Greens" and _OPENS.search(text, max(0, start - 3), start):
        return True  # "Greens are pricey this week": the vegetable; "I voted Greens": the party
    head = text[max(0, start - 40) : start]
    if _CHANT.search(head):
        return True  # "Come on you Greens!": a football crowd's, not a party's
    if about_sport(draft):
        return True  # "Up the Greens! What a match": a team's colours, a horse's name
    if name in ("green", "greens") and _near(draft, start, end, f"{lists}.greens_on_a_plate"):
        return True  # "Thanks to the Greens for the lovely salad recipe": the vegetable
    title = _TITLE_OF.search(head)
    if title is not None and (
        not _OPENS.search(head, 0, title.start())
        or title.group("head").lower() in draft.pack.word_list(f"{lists}.title_heads_of")
    ):
        return True  # "the Department of Labor", "the Ministry of Labour"; not "Sick of Labour"
    if _in_title_case(draft, start, end):
        return True  # "Farm Wages Rise As Seasonal Labor Grows Scarce": its capital says nothing
    before = _CAPITALISED_BEFORE.search(head)
    if before is None or before.group("opening") is not None:
        return False
    return before.group("word").lower() not in draft.pack.word_list(f"{lists}.party_qualifiers")


#: The capitalised word right after a name ("Labour Road").
_CAPITALISED_AFTER = re.compile(r"\s+([A-Z][a-z]+)\b")
#: Nothing but a sentence's opening before a word.
_OPENS = re.compile(r"(?:^|[.!?]\s+|\n\s*)$")
#: A capitalised word just before a name, and whether it opens its sentence.
_CAPITALISED_BEFORE = re.compile(r"(?P<opening>^|[.!?:]\s+)?(?P<word>[A-Z][\w'’-]*)\s+$")
#: A football chant before a team's colours ("Come on you Greens", "C'mon the Reds").
_CHANT = re.compile(r"\b(?:come\s+on|c['’]?mon)\s+(?:you|the|ya)\s+$", re.IGNORECASE)
#: The same chant with the colours it cheers.
CHANTED = re.compile(r"\b(?:come\s+on|c['’]?mon)\s+(?:you|the|ya)\s+\w+", re.IGNORECASE)
#: A capitalised word and "of" just before a name: an institution's title, not a party.
_TITLE_OF = re.compile(r"\b(?P<head>[A-Z][\w'’-]*)\s+of\s+$")
#: Words this long of a headline in title case: most of them capitalised.
_TITLE_WORD = re.compile(r"\b[^\W\d_][\w'’]{3,}")
_TITLE_CASE_SHARE = 0.7
_TITLE_CASE_WORDS = 4


def _in_title_case(draft: Draft, start: int, end: int) -> bool:
    """Whether ``draft.text[start:end]`` stands in a sentence in title case (at least
    ``_TITLE_CASE_WORDS`` other words of four letters or more, ``_TITLE_CASE_SHARE`` of them
    capitalised)."""
    sentence = next((s for s in draft.sentences if s.start_char <= start < s.end_char), None)
    if sentence is None:
        return False
    text = draft.text
    words = [
        m.group(0)
        for m in _TITLE_WORD.finditer(text, sentence.start_char, sentence.end_char)
        if not start <= m.start() < end
    ]
    capitalised = sum(word[0].isupper() for word in words)
    return len(words) >= _TITLE_CASE_WORDS and capitalised >= _TITLE_CASE_SHARE * len(words)


def sporting(draft: Draft, start: int) -> bool:
    """Whether the name at ``start`` is a team's or a horse's: cheered by a football chant
    ("Come on you Greens"), or in a post about a match or a race."""
    return _CHANT.search(draft.text, max(0, start - 20), start) is not None or about_sport(draft)


#: How far from "greens" the words of a plate are looked for.
_PLATE_REACH = 30


def _near(draft: Draft, start: int, end: int, words: str) -> bool:
    """Whether a word of the list ``words`` is within ``_PLATE_REACH`` of ``start``-``end``."""
    around = draft.text[max(0, start - _PLATE_REACH) : end + _PLATE_REACH].lower()
    return any(re.search(rf"\b{re.escape(w)}\b", around) for w in draft.pack.word_list(words))
