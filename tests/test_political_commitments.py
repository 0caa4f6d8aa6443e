"""A commitment the author credits to a politician ("<X> is committed to getting the new
hospital built", "<X> has been fighting for the Riverside pool for years") backs them; one to
a harm ("<X> seems committed to wrecking the high street") attacks them, whoever they are. A
party's or a politician's reported appeal to voters ("<X> implores voters not to vote for
<Y>") is theirs, not the author's. The sentences are the project's own."""

from __future__ import annotations

import pytest

from tests.conftest import RIVALS, Lint, sided_heads, sides_on

POLITICIANS = ["Starmer", "Badenoch", "Farage", "Harris", "Trump", "Newsom", "Dutton"]


@pytest.mark.parametrize(
    ("frame", "side"),
    [
        ("{} is committed to getting the new hospital built by next spring.", "Supports"),
        ("{} is working hard to bring the steel jobs back to the valley.", "Supports"),
        ("{} has been fighting for the Riverside pool for years.", "Supports"),
        ("{} seems committed to wrecking the high street one car park at a time.", "Attacks"),
        ("{} is committed to selling off the port bit by bit.", "Attacks"),
    ],
)
@pytest.mark.parametrize("who", POLITICIANS)
def test_a_commitment_credited_gives_its_side(lint: Lint, frame: str, side: str, who: str) -> None:
    assert sides_on(lint, frame, who) == {side}, frame.format(who)


@pytest.mark.parametrize(("speaker", "named"), RIVALS)
@pytest.mark.parametrize(
    "frame",
    [
        "{} implores voters not to vote for {} at the by-election.",
        "{} begs voters to back {} in the marginal seats.",
        "{} urges supporters to turn out against {} on Thursday.",
    ],
)
def test_an_appeal_to_voters_reported_is_no_side(
    lint: Lint, frame: str, speaker: str, named: str
) -> None:
    text = frame.format(speaker, named)
    text = text[0].upper() + text[1:]
    sided = sided_heads(lint, text)
    assert not sided, (text, sided)
