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
