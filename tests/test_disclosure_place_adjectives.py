"""An organisation's first word stands for it ("Fenwick" for Fenwick Building Society), but not
a people's or region's word ("British" of British Airways, "Irish" of Irish Rail): those
qualify everything else too, and "a classic British summer" from a British
Airways pilot is no talk about their employer. The employer by its full name still is. The
sentences are the project's own."""

from __future__ import annotations

import pytest

from postlint._pack import RulePack
from postlint._rules.disclosure.first_word import first_word_name
from tests.conftest import Lint
from tests.conftest import missing_disclosure as missing

EMPLOYERS_AND_HOME_TALK = [
    (
        "British Airways",
        "pilot",
        "Classic British summer at the seaside: rain, chips and a seagull stole my sandwich.",
    ),
    (
        "Irish Rail",
        "driver",
        "Irish dancing final tonight and our youngest made the podium! We're so proud of her.",
    ),
    (
        "Australian Broadcasting Corporation",
        "presenter",
        "Australian wine tasting with the in-laws tonight. The shiraz was a triumph.",
    ),
    (
        "Welsh Water",
        "engineer",
        "Welsh cakes fresh off the griddle at my nan's this afternoon, best Sunday in ages.",
    ),
    (
        "Canadian Tire",
        "cashier",
        "Canadian geese have taken over the pond in our park again. The kids love them.",
    ),
    (
        "Scottish Water",
        "technician",
        "Scottish weather did its thing at the wedding and we danced anyway. What a day.",
    ),
]


@pytest.mark.parametrize(("organisation", "role", "text"), EMPLOYERS_AND_HOME_TALK)
def test_a_peoples_or_a_directions_word_is_no_short_name(
    lint: Lint, pack: RulePack, organisation: str, role: str, text: str
) -> None:
    assert first_word_name(organisation, pack) is None
    assert not missing(lint, text, organisation, role), text


@pytest.mark.parametrize(("organisation", "role", "text"), EMPLOYERS_AND_HOME_TALK)
def test_the_employer_by_its_full_name_is_still_work_talk(
    lint: Lint, organisation: str, role: str, text: str
) -> None:
    work = f"The new timetable went live this morning at {organisation} after months of our work."
    assert missing(lint, work, organisation, role), work


def test_a_distinctive_first_word_is_still_a_short_name(pack: RulePack) -> None:
    assert first_word_name("Fenwick Building Society", pack) == "Fenwick"
