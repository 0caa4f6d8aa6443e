"""The author's organisation: the names it goes by, where a draft names it, where the words
before it place the author inside it, and the disclosure line built from it."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from postlint._engine.draft import Draft
from postlint._engine.memo import Memo
from postlint._rules.disclosure.first_word import first_word_name, outside_other_names
from postlint._rules.disclosure.spans import DisclosureStatement, TextSpan

if TYPE_CHECKING:
    from spacy.tokens import Token

    from postlint._config import Config
    from postlint._pack import RulePack

__all__ = [
    "at_the_organisation",
    "connection_mentions",
    "disclosure_line",
    "organisation_mentions",
    "organisation_names",
]

_ORGANISATIONS = "disclosure/organisations"
_SERVICES = "disclosure/services"


def organisation_mentions(draft: Draft) -> list[TextSpan]:
    mentions = _mentions(draft, _organisation_pattern(draft.config, draft.pack), "organisation")
    return outside_other_names(draft, mentions)


def connection_mentions(draft: Draft) -> list[TextSpan]:
    """Where the draft names a brand the author has a material connection with
    (``author.connections``), by the same names an organisation goes by."""
    return [
        mention
        for connection in draft.config.author.connections
        for pattern in (_names_pattern(connection, draft.pack), _handle_pattern(connection))
        for mention in _mentions(draft, pattern, "connection")
    ]


def _handle_pattern(brand: str) -> re.Pattern[str] | None:
    """The brand's @handle as people guess it: "Oaken & Pine" is @oakenandpine or
    @oakenpine; a brand's own account named in a post is the brand."""
    words = re.findall(r"[a-z0-9]+|&", brand.lower())
    forms = {
        "".join(w for w in words if w != "&"),
        "".join("and" if w == "&" else w for w in words),
    }
    forms = {form for form in forms if len(form) >= 3}
    if not forms:
        return None
    return re.compile(rf"@(?:{'|'.join(sorted(forms))})(?!\w)", re.IGNORECASE)


def _mentions(draft: Draft, pattern: re.Pattern[str] | None, how: str) -> list[TextSpan]:
    """The matches of ``pattern`` (an organisation's names) outside quotations."""
    if pattern is None:
        return []
    return [
        TextSpan(match.start(), match.end(), match.group(0), how)
        for match in pattern.finditer(draft.text)
        if not draft.is_quoted(match.start(), match.end())
    ]


_FUNCTION_WORDS = frozenset({"for", "of", "and", "the", "&", "on", "in"})


#: A company's legal form after its name: "Ltd", "plc", "LLP".
_LEGAL_FORM = re.compile(r"\s+(?:Limited|Ltd\.?|plc|PLC|LLP|LLC|Inc\.?|Incorporated|Corp\.?|Co\.)$")
#: A country after a firm's name ("Santander UK", "Department of Conservation (NZ)"), left
#: out like its legal form.
_COUNTRY_AFTER = re.compile(r"\s+(?:UK|US|USA|\([^()]{1,30}\))$")
#: A word of what kind of body it is ("Royal Mail Group", "… NHS Foundation Trust").
_KIND_AFTER = re.compile(
    r"\s+(?:Service|Services|Group|(?:NHS\s+)?(?:Foundation\s+)?Trust|Co-operative|Cooperative)$"
)
#: A country before a body's name, which its staff leave out.
_COUNTRY = re.compile(r"^(?:the\s+)?(?:US|U\.S\.|UK|United\s+States|United\s+Kingdom)\s+")


def organisation_names(organisation: str, pack: RulePack) -> list[str]:
    """The names the author's organisation goes by: the configured name, the names of a
    matching list in ``rules/disclosure/lexicons/organisations.toml`` and the services of
    that list's body (``services.toml``: "Universal Credit" for DWP), its acronym
    ("Department for Transport" -> "DfT") and its distinctive first word ("Acme")."""
    organisation = " ".join(organisation.split())
    names = {organisation}
    if organisation.lower().startswith("the "):
        names.add(organisation[4:])
    for name in list(names):
        # "Irwin Mitchell LLP", "Santander UK plc", "Royal Mail Group", "Merseyside Fire and
        # Rescue Service": the body without its legal form or a word of its kind; "Fire and
        # Rescue" spelt with "&" as staff write it.
        bare = _LEGAL_FORM.sub("", name)
        national_firm = _COUNTRY_AFTER.sub("", bare)  # may be one word: "Santander"
        for shorter in (bare, national_firm, _KIND_AFTER.sub("", bare)):
            one_word_allowed = shorter == national_firm
            if (
                shorter != name
                and len(shorter) >= 4
                and (len(shorter.split()) >= 2 or one_word_allowed)
            ):
                names.add(shorter)
    for name in list(names):
        if " and " in name:
            names.add(name.replace(" and ", " & "))
    national = _COUNTRY.match(organisation)
    home_name = organisation[national.end() :] if national is not None else ""
    if len(home_name.split()) >= 2:
        # "US Food and Drug Administration" is "the FDA" and "Food and Drug Administration"
        # to its staff; "US Census Bureau", "the Census Bureau".
        names.add(home_name)
        names.update(_acronyms(home_name))
    wanted = {name.lower() for name in names}
    lexicon = pack.lexicons.get(_ORGANISATIONS)
    services = pack.lexicons.get(_SERVICES)
    if lexicon is not None:
        for key, aliases in lexicon.lists.items():
            if wanted & {alias.lower() for alias in aliases}:
                names.update(aliases)
                # "Universal Credit" from someone at DWP: the body's own service
                names.update(services.lists.get(key, ()) if services is not None else ())
    names.update(_acronyms(organisation) | _acronyms(_COUNTRY_AFTER.sub("", organisation)))
    first = first_word_name(organisation, pack)
    if first is not None:
        names.add(first)
    return sorted(names, key=lambda name: (-len(name), name))


def _acronyms(organisation: str) -> set[str]:
    """The acronyms of a name of several words: with its small words ("Department for
    Transport" -> "DfT") and without them ("Food and Drug Administration" -> "FDA")."""
    words = [w for w in re.findall(r"[\w'’.&]+", organisation) if w != "&"]
    if len(words) < 2:
        return set()
    found = set()
    for keep_small in (True, False):
        acronym = "".join(
            word  # "HM Land Registry" -> "HMLR": a word in capitals is its own letters
            if word.isupper()
            else (word[0].lower() if keep_small else "")
            if word.lower() in _FUNCTION_WORDS
            else word[0].upper()
            for word in words
        )
        capitals = sum(1 for letter in acronym if letter.isupper())
        if len(acronym) >= 3 and capitals >= 2:
            found.update({acronym, acronym.upper()})
    return found


def _organisation_regex(names: tuple[str, ...]) -> re.Pattern[str] | None:
    parts: list[str] = []
    for name in names:
        escaped = re.escape(name).replace(r"\ ", r"\s+")
        if len(name) <= 4 or name.isupper() or (name[0].isupper() and " " not in name):
            # Short names, acronyms and single words only in their exact case: "DfT", not
            # "dft"; "Acme", not "acme".
            parts.append(rf"(?-i:{escaped})")
        else:
            parts.append(escaped)
    if not parts:
        return None
    # Not inside a handle, hashtag, address or a longer word.
    return re.compile(rf"(?<![\w@#/.])(?:{'|'.join(parts)})(?![\w])", re.IGNORECASE)


# The names depend on the organisation and the pack only, and working them out (every alias
# list of the lexicon) per draft cost more than the search.
_organisation_patterns: Memo[tuple[str, RulePack], re.Pattern[str] | None] = Memo(max_size=64)


def _organisation_pattern(config: Config, pack: RulePack) -> re.Pattern[str] | None:
    organisation = config.author.organisation
    if not organisation or not organisation.strip():
        return None
    return _names_pattern(organisation, pack)


def _names_pattern(organisation: str, pack: RulePack) -> re.Pattern[str] | None:
    return _organisation_patterns.get(
        (organisation, pack),
        lambda: _organisation_regex(tuple(organisation_names(organisation, pack))),
    )


# Words before the author's organisation that place the author inside it: "I'm at DfT",
# "here at DfT we …", "my team at DfT", "my colleagues in the Home Office", "I work at a
# Jobcentre" (a service of the body, see ``services.toml``).
_INSIDE_BEFORE = (
    ("i", "'m", "at"),
    ("i", "’m", "at"),
    ("i", "am", "at"),
    ("i", "'m", "with"),
    ("i", "’m", "with"),
    ("i", "am", "with"),
    ("i", "work", "at"),
    ("i", "work", "in"),
    ("i", "work", "for"),
    ("i", "work", "on"),
    ("here", "at"),
    ("we", "at"),
    ("us", "at"),
    ("team", "at"),
    ("team", "in"),
    ("colleagues", "at"),
    ("colleagues", "in"),
)


def at_the_organisation(draft: Draft) -> Iterator[DisclosureStatement]:
    """The configured organisation named where the words before it put the author inside
    it (see ``_INSIDE_BEFORE``); "my sister at DfT" does not."""
    longest = max(len(phrase) for phrase in _INSIDE_BEFORE)
    for mention in organisation_mentions(draft):
        before = draft.doc.char_span(0, mention.start, alignment_mode="contract")
        if before is None:
            continue
        # The last few words before the name, nearest last, skipping articles ("the", "a").
        words: list[Token] = []
        for token in reversed(before):
            if token.is_space or token.lower_ in ("the", "a", "an", "one", "our"):
                continue
            words.insert(0, token)
            if len(words) == longest:
                break
        lowers = tuple(token.lower_ for token in words)
        for phrase in _INSIDE_BEFORE:
            if lowers[-len(phrase) :] == phrase:
                start = words[-len(phrase)].idx
                yield DisclosureStatement(
                    start, mention.end, draft.text[start : mention.end], "organisation"
                )
                break


def disclosure_line(config: Config, *, promotional: bool = False) -> str | None:
    """The disclosure sentence built from the configured author (see
    ``AuthorConfig.disclosure_line``)."""
    return config.author.disclosure_line(promotional=promotional)
