"""The author's own voice in a draft's words, for the families that ask whose words they are:
politics (a report "with none of the author's own"; campaigning the author does) and
disclosure (work talk in the author's voice, not a news report in the third person)."""

from __future__ import annotations

import re

__all__ = ["DIARY_OPENING", "FIRST_PERSON", "diary_voice"]

#: The author speaking of themselves or their side: "I", "my", "we", "our", "us"; not "the US"
#: in capitals, the country.
FIRST_PERSON = re.compile(
    r"\b(?!(?-i:US)\b)(?:i|i'm|i’m|i've|i’ve|me|my|we|we're|our|us)\b", re.IGNORECASE
)

#: Past forms that open a diary sentence with its "I" dropped ("Caught three babies before
#: sunrise", "Took 61 calls today"): the irregular ones; regular ones end in "-ed".
_IRREGULAR_PAST = (
    "ate|bought|brought|built|caught|chose|came|cut|dealt|did|drove|fed|felt|flew|fought|"
    "found|froze|gave|got|had|heard|held|hit|kept|knew|led|left|lost|made|met|paid|put|ran|"
    "rang|rode|sat|saw|sent|set|shot|slept|sold|spent|spoke|stood|swam|taught|told|took|"
    "threw|woke|won|wore|wrote"
)
#: How the author says how they feel about their day with the "I'm" dropped: "Proud of
#: everyone at Hatton today", "Knackered." Not "Pleased to see…" or "Excited to welcome…",
#: which announce as much as they feel, and are a politician's or a brand's as often.
_FEELING = r"proud\s+of\b|(?:gutted|knackered|shattered|exhausted|buzzing)\b"
#: A sentence whose subject, the author, is dropped: an optional "Just", "Finally", "Then" or
#: "Also", then a past form not followed by what makes it a notice or a passive ("Closed on
#: Sundays", "Delayed by fog", "Based in Leeds") or a feeling. Words ending in "-ed" that are no
#: past forms ("Red", "Speed", "Hundred", "United") are the commonest shapes left out.
DIARY_OPENING = re.compile(
    r"^\W*(?:(?:just|finally|then|also|eventually)\s+)?"
    rf"(?:(?:{_IRREGULAR_PAST}|(?!(?:red|bed|need|speed|seed|feed|weed|shed|indeed|united|"
    r"hundred|sacred|naked|wicked|based|related|limited|advanced|ted|ned|fred|ed|wed)\b)"
    r"[a-z]{2,}ed)\b(?!\s+(?:by|on|at|for|until|till|due|to|from|with|as|and|or|in|"
    r"until|since|after)\b)(?!\s*[:\-–—,.!?]|\s*$)"
    rf"|{_FEELING})",
    re.IGNORECASE,
)


def diary_voice(sentence: str) -> bool:
    """Whether ``sentence`` is the author's own with the "I" dropped, as diaries and posts
    write it: "Caught three babies before sunrise", "Proud of my team today"."""
    return bool(DIARY_OPENING.match(sentence))
