"""An organisation's first word as its short name ("Fenwick" for Fenwick Building Society),
and where that word is not the organisation: a place ("Great gig in Leeds" is not Leeds City
Council) or an ordinary word inside another name ("the Northern Lights" is not Northern
Trains)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from postlint._engine.draft import Draft
from postlint._engine.memo import Memo
from postlint._engine.similarity import zipf_frequency
from postlint._rules.disclosure.spans import TextSpan

if TYPE_CHECKING:
    from postlint._pack import RulePack

__all__ = ["first_word_name", "outside_other_names", "without_shared_places"]

_PLACES = "disclosure/places"
#: "British" of British Airways: qualifies everything, names nothing ("a British summer").
_PLACE_ADJECTIVES = "disclosure/disclosure.place_adjectives"
#: A first word at least this common in English (Zipf scale) is an ordinary word as well as
#: the organisation's short name ("Northern" for Northern Trains): inside a longer name it is
#: that name's ("the Northern Lights").
_ORDINARY_WORD_ZIPF = 4.0
_GENERIC_FIRST_WORDS = frozenset(
    {
        "department",
        "ministry",
        "office",
        "hm",
        "his",
        "her",
        "majesty's",
        "us",
        "u.s.",
        "uk",
        "the",
        "national",
        "royal",
        "federal",
        "united",
        "state",
        "city",
        "county",
        "example",
        "new",
        "general",
        "global",
        "first",
        "great",
    }
)


def first_word_name(organisation: str, pack: RulePack) -> str | None:
    """The organisation's distinctive first word ("Fenwick" for Fenwick Building Society):
    not a generic word ("Department"), nor a place ("Leeds" is not Leeds City Council:
    ``rules/disclosure/lexicons/places.toml``), nor a people's or region's word ("British" of
    British Airways, "Irish" of Irish Rail)."""
    words: list[str] = re.findall(r"[\w'’.&]+", " ".join(organisation.split()))
    if len(words) < 2:
        return None
    first = words[0]
    if len(first) < 4 or first.lower() in _GENERIC_FIRST_WORDS or not first[0].isupper():
        return None
    if first in _places(pack) or first.lower() in pack.word_list(_PLACE_ADJECTIVES):
        return None
    return first


def without_shared_places(organisation: str, text: str, pack: RulePack) -> str:
    """``organisation`` without a place or a people's word it shares with ``text``: to a
    cashier at Canadian Tire, "Canadian winters are something else" is no nearer the job
    for its "Canadian", nor a run through Manchester to an officer of a Manchester trust:
    the word says where the employer is, not what the job is."""
    places = pack.word_list(_PLACE_ADJECTIVES) | {p.lower() for p in _places(pack)}
    in_text = {word.lower() for word in re.findall(r"[\w'’]+", text)}
    kept = [w for w in organisation.split() if w.lower() not in places or w.lower() not in in_text]
    return " ".join(kept) if kept else organisation


def _places(pack: RulePack) -> frozenset[str]:
    lexicon = pack.lexicons.get(_PLACES)
    if lexicon is None:
        return frozenset()
    return frozenset(name for names in lexicon.lists.values() for name in names)


def outside_other_names(draft: Draft, mentions: list[TextSpan]) -> list[TextSpan]:
    """``mentions`` of the author's organisation but its first word inside another name."""
    organisation = draft.config.author.organisation or ""
    ordinary = _ordinary_first_word(organisation, draft.pack)
    if ordinary is None:
        return mentions
    return [
        m for m in mentions if m.text != ordinary or not _inside_a_name(draft.text, m, organisation)
    ]


_ordinary_first_words: Memo[tuple[str, RulePack], str | None] = Memo(max_size=64)


def _ordinary_first_word(organisation: str, pack: RulePack) -> str | None:
    """The organisation's first-word name when it is an ordinary English word too."""
    return _ordinary_first_words.get((organisation, pack), lambda: _ordinary(organisation, pack))


def _ordinary(organisation: str, pack: RulePack) -> str | None:
    first = first_word_name(organisation, pack)
    if first is None or zipf_frequency(first.lower()) < _ORDINARY_WORD_ZIPF:
        return None
    return first


def _inside_a_name(text: str, mention: TextSpan, organisation: str) -> bool:
    """Whether a capitalised word follows the mention, or one precedes it within its
    sentence ("Saw the Northern Lights", "across Greater Northern"): the word is part of
    another name; not the organisation's own next word ("Blue Heron" of Blue Heron
    Airlines)."""
    words = organisation.split()
    following = re.match(r"[ \t]+([A-Z][\w'’&.-]*)", text[mention.end :])
    if following is not None:
        return len(words) < 2 or following.group(1).lower() != words[1].lower()
    before = re.search(r"([\w'’]+)[ \t]+$", text[: mention.start])
    if before is None or not before.group(1)[0].isupper():
        return False
    ahead = text[: before.start()].rstrip()
    return bool(ahead) and ahead[-1] not in '.!?\n:;"“(—–-'
