"""How a finding's target reads inside its message: "Attacks the Mayor", not "Attacks The
Mayor" where the draft opened a sentence with it; "Supports the Conservatives" as the draft
names them; "Takes a side on scrapping the…", not "on Scrapping the…"."""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from postlint._rules.politics.mention import Mention

if TYPE_CHECKING:
    from postlint._pack import RulePack

__all__ = ["as_the_lexicons_write", "mid_sentence", "vote_for_whom", "with_its_article"]

#: A call to vote before the name it backs ("vote labour", "VOTE FOR THE GREENS").
_VOTE_CALL = re.compile(r"(?i)^(?:vote|voting)\s+(?:for\s+)?(?:the\s+)?(?P<name>.+)$")

#: Measures and bodies a draft may name without an article ("When a Government doesn't…").
_BARE_MEASURES = frozenset(
    {"plan", "bill", "scheme", "budget", "law", "policy", "government", "administration"}
)


def mid_sentence(target: str) -> str:
    """A target as it reads inside the message's sentence: "Attacks the Mayor", not "Attacks
    The Mayor" where the draft opened a sentence with it, nor "Supports Governor's" where
    it opened one with its possessive."""
    target = re.sub(r"^([A-Z][a-z]+)['’]s$", r"the \1", target)
    target = re.sub(r"(?<=[a-z]) ([A-Z]\w+)['’]s$", r" \1", target)  # "the Chancellor's"
    # "Mr. President": the office; "Mr. Trump" stays a name, not "the Trump"
    target = re.sub(
        r"^(?:Mr\.?|Madam|Madame) (?=(?:President|Speaker|Chairman|Chair|Mayor|Prime|Deputy|"
        r"Vice|Secretary|Chancellor|Governor)\b)",
        "the ",
        target,
    )
    if target in ("Ministers", "Councillors", "Senators", "Politicians"):
        return target.lower()  # "Ministers should resign.": Attacks ministers
    if target.lower() in _BARE_MEASURES:
        return f"the {target}"  # "an #Obamacare plan": Takes a side on the plan
    if re.fullmatch(
        r"(?!(?:the|this|that|our|my|your) )[a-z][a-z ]* (?:minister|secretary|leader)", target
    ):
        return f"the {target}"  # "The Liberal housing minister should…": the housing minister
    for article in ("The ", "This ", "These ", "Those ", "That "):
        if target.startswith(article):
            return article.lower() + target[len(article) :]
    owner = re.match(r"(?:Our|My|Your|our|my) ", target)
    if owner is not None:
        return "your " + target[owner.end() :]  # "Our MP voted against…": Attacks your MP
    first, _, rest = target.partition(" ")
    if rest[:1].islower() and (first.endswith("ing") or first in _OPENERS):
        return first.lower() + target[len(first) :]  # "Takes a side on scrapping the…"
    return target


#: Words capitalised only for opening the draft's sentence ("Mandatory digital ID cards…").
_OPENERS = frozenset(
    {
        "A",
        "An",
        "New",
        "Mandatory",
        "Compulsory",
        "Free",
        "Higher",
        "Lower",
        "More",
        "Fewer",
        "All",
        "Any",
        "Every",
        "Universal",
        "National",
        "Local",
        "Private",
        "Public",
    }
)


def with_its_article(text: str, target: Mention, words: str) -> str:
    """A party named with "the" as the draft names it ("Supports the Conservatives", "Attacks
    the SNP"), where its name is a plural or letters; not "the Labour" of "the Labour
    government"."""
    plural = words.endswith("s") or (words.isupper() and len(words) <= 5)
    named = target.kind in ("party", "praise", "scorn", "endorsed")  # a party, or its side
    if named and plural and text[: target.start].lower().endswith("the "):
        return f"the {words}"
    return words


def as_the_lexicons_write(pack: RulePack, words: str) -> str:
    """A party's or politician's name written all in lower or upper case as the lexicons
    write it ("snp": "SNP", "labour": "Labour", "REFORM": "Reform", "starmer": "Starmer"), so
    that each side's message reads alike however the draft typed it; any other name as
    written."""
    if not (words.islower() or words.isupper()):
        return words
    article = "the " if words.lower().startswith("the ") else ""
    written = _written_forms(pack).get(words[len(article) :].lower())
    return f"{article}{written}" if written else words


def vote_for_whom(pack: RulePack, call: str) -> str | None:
    """The party a call to vote names, as the lexicons write it ("vote green": "Green"), or
    None if it names none they know."""
    found = _VOTE_CALL.match(call.strip())
    if found is None:
        return None
    name = as_the_lexicons_write(pack, found.group("name"))
    return name if name.lower() in _written_forms(pack) else None


@functools.cache
def _written_forms(pack: RulePack) -> dict[str, str]:
    """Each party's and politician's name in lower case, to the form the lexicons write it
    in with capitals."""
    forms: dict[str, str] = {}
    for name, lexicon in pack.lexicons.items():
        if not name.startswith("politics/"):
            continue
        for entry in lexicon.entry:
            for phrase in entry.phrases:
                # a party's own entry, or the name a listed call to vote backs ("vote Green")
                call = _VOTE_CALL.match(phrase) if entry.label == "PARTISAN_SLOGAN" else None
                if entry.label not in ("PARTY", "POLITICIAN") and call is None:
                    continue
                bare = call.group("name") if call else re.sub(r"(?i)^the\s+", "", phrase)
                if bare != bare.lower():
                    forms.setdefault(bare.lower(), bare)
    return forms
