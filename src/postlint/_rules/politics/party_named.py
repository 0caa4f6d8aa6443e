"""A party a support or attack names in a form the actor lists leave out, for the message to
name it: "Greens want to ban my wood burner now 🤡" ("Greens" without "the" is also the
vegetables), "labour promised change and…" (lower case, also work), "National's tax cuts",
"our Conservative councillors", "the Green-run council". The lists keep those forms out of
the actors, since alone they say too little; once the political-risk judge has read the
sentence as a support or an attack that names nobody, the party written as a subject, an
owner or a group's name is whom the finding means, rather than "a party or politician"."""

from __future__ import annotations

import re

from postlint._engine.draft import Draft
from postlint._rules.politics.mention import one_of

__all__ = ["party_named"]

_LISTS = "politics/actors"
#: After the party: its people or its plans ("Conservative councillors", "labour's plan").
_GROUP = (
    r"councillors?|councilors?|mps|mp|msps?|ministers?|government|govt|council|candidates?|"
    r"party|leader|leadership|voters|members|administration|majority|plans?|policies|"
    r"manifesto|supporters"
)
#: After the party: a verb, so the party is the subject ("Greens want…", "labour promised…").
_VERB = (
    r"want|wants|wanted|promised|promise|promises|have|has|had|are|were|will|would|did|said|"
    r"say|says|keep|keeps|kept|just|never|always|still|can['’]t|won['’]t|don['’]t|didn['’]t|"
    r"need|needs|think|thinks|claim|claims|voted|vote|cut|cuts|raised|broke|lied|lie|lies|"
    r"actually|delivered|got|made|propped|only|really|finally|should|must|could"
)


def party_named(draft: Draft, start: int, end: int) -> str | None:
    """The party ``draft.text[start:end]`` names as a subject, an owner, a group's name or
    what runs a council, as written ("Greens", "National", "Conservative councillors",
    "Green" of "the Green-run council"), or None."""
    text = draft.text[start:end]
    # In any case: "labour", "tories"; as capitalised only, names that are everyday words in
    # lower case ("green", "national", "reform").
    any_case = one_of(draft.pack.word_list(f"{_LISTS}.parties_in_any_case"))
    capitalised = one_of(
        word.title() for word in draft.pack.word_list(f"{_LISTS}.parties_capitalised")
    )
    for names in (f"(?i:{any_case})", capitalised):
        pattern = re.compile(
            rf"(?<![\w#@])({names})(?:(?:['’]s)?\s+((?i:{_GROUP}))\b"
            rf"|['’]s\b|\s+(?i:{_VERB})\b|-(?i:run|led|controlled)\b)"
        )
        found = pattern.search(text)
        if found is not None:
            return " ".join(g for g in found.groups() if g)
    return None
