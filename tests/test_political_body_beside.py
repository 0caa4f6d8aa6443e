"""A side taken in a sentence that names a party or politician and a body every side sits in
("<X> skipped the town hall again", "<X> walked out of the council chamber") is on the party
or politician, for every one alike: the body is where it happened, not whom it is about. The
sentences are the project's own."""

from __future__ import annotations

import pytest

from tests.conftest import PARTIES_AND_POLITICIANS, Lint, politics_heads, sentence_case

FRAMES = [
    "{} skipped the town hall again. That's three in a row.",
    "{} walked out of the council chamber halfway through the flood debate.",
]


@pytest.mark.parametrize("frame", FRAMES)
@pytest.mark.parametrize("who", PARTIES_AND_POLITICIANS)
def test_the_side_is_on_the_actor_not_the_body_beside_it(lint: Lint, frame: str, who: str) -> None:
    heads = politics_heads(lint, sentence_case(frame.format(who)))
    assert not any("town hall" in h or "council" in h for h in heads), heads
