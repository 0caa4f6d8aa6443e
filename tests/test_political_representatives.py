"""The author's own representative is a political actor ("Our MP voted against…", "my local
councillor"), named in the message as the reader's ("Attacks your MP"), whichever office it
is; an MP's event announced plainly takes no side. The sentences are the project's own."""

from __future__ import annotations

import pytest

from tests.conftest import Lint
from tests.conftest import politics_heads as heads

OFFICES = ["MP", "MSP", "councillor", "senator", "congresswoman"]


@pytest.mark.parametrize(
    ("template", "head"),
    [
        (
            "Our {} voted against the hospital funding and then posed for photos outside the "
            "hospital. Shameless.",
            "Attacks your {}",
        ),
        (
            "My local {} turned up on our street, rolled their sleeves up and actually "
            "listened. More of this please.",
            "Supports your local {}",
        ),
    ],
)
def test_the_authors_representative_is_the_target(lint: Lint, template: str, head: str) -> None:
    wrong = {}
    for office in OFFICES:
        found = heads(lint, template.format(office))
        if head.format(office) not in found:
            wrong[office] = found
    assert not wrong, f"{template!r}: {wrong}"


def test_a_representatives_event_announced_plainly_takes_no_side(lint: Lint) -> None:
    for office in OFFICES:
        text = f"Our {office} is opening the school fete on Saturday at 2pm."
        assert heads(lint, text) == [], text


def test_the_readers_representative_is_whom_a_call_goes_to_not_its_cause(lint: Lint) -> None:
    for office in OFFICES:
        found = heads(lint, f"Write to your {office} and tell them to vote the bill down.")
        assert found and not any("your" in h for h in found), (office, found)


@pytest.mark.parametrize(
    ("template", "head"),
    [
        ("The new {} promised free buses and we got a task force. Shocker.", "Attacks the new {}"),
        (
            "Our outgoing {} never once answered an email. Good riddance.",
            "Attacks your outgoing {}",
        ),
    ],
)
def test_an_office_by_when_its_holder_holds_it_is_the_target(
    lint: Lint, template: str, head: str
) -> None:
    wrong = {}
    for office in ("mayor", "MP", "councillor", "premier"):
        found = heads(lint, template.format(office))
        if head.format(office) not in found:
            wrong[office] = found
    assert not wrong, f"{template!r}: {wrong}"


def test_the_new_president_of_a_club_is_no_politician(lint: Lint) -> None:
    assert not heads(lint, "The new president of the rugby club is brilliant, best AGM in years.")
