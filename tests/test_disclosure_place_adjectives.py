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


#: Home talk that shares a people's word with the employer's name; read by meaning against
#: the job "<role> at <organisation>", that word alone made it sound like the job.
HOME_TALK_SHARING_THE_EMPLOYERS_PEOPLE = [
    (
        "Canadian Tire",
        "cashier",
        "Canadian winters are something else. Minus thirty this morning and my car would "
        "not start.",
    ),
    (
        "Canadian Tire",
        "cashier",
        "Nothing beats a Canadian winter. We got forty centimetres overnight and the whole "
        "street was out with shovels by seven.",
    ),
    (
        "Irish Rail",
        "conductor",
        "Irish weather at its finest today, I got soaked twice walking the dog.",
    ),
    (
        "Australian Broadcasting Corporation",
        "producer",
        "Australian summers mean cricket on the telly and a barbecue every weekend, I love it.",
    ),
    (
        "American Airlines",
        "pilot",
        "My American football team lost again and I have lost my voice shouting at the telly.",
    ),
]

#: The same employers' own work, in words that do not name them.
WORK_TALK_OF_THE_SAME_JOBS = [
    (
        "Canadian Tire",
        "cashier",
        "Restocked the whole winter tyre aisle before we opened this morning, my back is done.",
    ),
    (
        "Irish Rail",
        "conductor",
        "Checked tickets on the Cork train all morning, every carriage packed for the match.",
    ),
]


#: A place in the employer's name, shared with home talk: as a people's word, it says where
#: the employer is, not what the job is.
HOME_TALK_SHARING_THE_EMPLOYERS_PLACE = [
    (
        "Leeds Teaching Hospitals NHS Trust",
        "pharmacist",
        "Leeds half marathon done in the pouring rain, legs like jelly but I'm so happy.",
    ),
    (
        "Bristol City Council",
        "planning officer",
        "Bristol balloon fiesta from the back garden this morning, the kids were screaming.",
    ),
    (
        "Liverpool University Hospitals",
        "nurse",
        "Liverpool Pride today, danced all afternoon with my girls.",
    ),
    (
        "Transport for London",
        "driver",
        "London in the snow is magic. Walked across the park with the dog.",
    ),
]


@pytest.mark.parametrize(
    ("organisation", "role", "text"),
    [*HOME_TALK_SHARING_THE_EMPLOYERS_PEOPLE, *HOME_TALK_SHARING_THE_EMPLOYERS_PLACE],
)
def test_a_place_or_peoples_word_shared_with_the_employer_is_not_the_job(
    lint: Lint, organisation: str, role: str, text: str
) -> None:
    assert not missing(lint, text, organisation, role), text


@pytest.mark.parametrize(("organisation", "role", "text"), WORK_TALK_OF_THE_SAME_JOBS)
def test_the_jobs_own_talk_is_still_work_talk(
    lint: Lint, organisation: str, role: str, text: str
) -> None:
    assert missing(lint, text, organisation, role), text
