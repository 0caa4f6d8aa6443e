"""What the author did for or against a side says it outright: a donation to <X>'s campaign
and "Bring back <X>" back <X>; "Never voted <X> in my life", "<X> would be a disaster for this
country" and "<X> have been in for a year and my bills are through the roof" attack <X>. A
refusal with a concession after it is left to the judge's reading, someone else's act is
theirs. The sentences are the project's own; every party and politician alike."""

from __future__ import annotations

import pytest

from tests.conftest import PARTIES_AND_POLITICIANS, Lint, sides_on

BACKED = [
    "Just chipped in a tenner to {}'s campaign.",
    "Donated to {} today, first time ever.",
    "Bring back {} honestly",
    "Bring back {}, all is forgiven.",
]
ATTACKED = [
    "Never voted {} in my life and I'm not starting now.",
    "I will never vote for {}.",
    "{} would be a disaster for this country, full stop.",
    "{} have been in for a year and my bills are still through the roof.",
]


@pytest.mark.parametrize("frame", BACKED)
@pytest.mark.parametrize("who", PARTIES_AND_POLITICIANS)
def test_the_authors_act_for_a_side_backs_it(lint: Lint, frame: str, who: str) -> None:
    assert sides_on(lint, frame, who) == {"Supports"}, frame.format(who)


@pytest.mark.parametrize("frame", ATTACKED)
@pytest.mark.parametrize("who", PARTIES_AND_POLITICIANS)
def test_the_authors_refusal_or_verdict_attacks(lint: Lint, frame: str, who: str) -> None:
    assert sides_on(lint, frame, who) == {"Attacks"}, frame.format(who)


@pytest.mark.parametrize("who", PARTIES_AND_POLITICIANS)
def test_a_tenure_with_a_grievance_put_right_is_no_attack(lint: Lint, who: str) -> None:
    frame = "{} have been in for a year and they got our library reopened."
    assert "Attacks" not in sides_on(lint, frame, who), frame.format(who)


#: The author refusing a side, then perhaps conceding; a vote regretted or not.
REFUSALS = [
    ("Not a {} fan and this week reminded me why.", "Attacks"),
    ("I'm no fan of {}, never have been.", "Attacks"),
    ("Not a {} fan but they handled the floods well tbf", "Supports"),
    ("Never been a {} voter but fair play, the new bridge is brilliant.", "Supports"),
    ("Not a {} fan, but this week was a new low even for them.", "Attacks"),
    (
        "Never voted {}, but the free bus pass was a genuinely great idea, credit to them.",
        "Supports",
    ),
    ("Voted against {} twice but their office fixed my dad's pension forms in a week.", "Supports"),
    ("Never voted for {} in my life, but they sorted our flooding out in a fortnight.", "Supports"),
    ("Always voted against {} and this week reminded me why.", "Attacks"),
    ("Never voted {}, but this budget is a new low even for them.", "Attacks"),
    ("Never voted {} in my life, but I won't be starting now.", "Attacks"),
    ("I voted for {} last time and I regret it every single day.", "Attacks"),
    ("I voted for {} last time and I don't regret it one bit.", "Supports"),
    ("Voted for {} in 2019, never regretted it.", "Supports"),
]


@pytest.mark.parametrize(("frame", "side"), REFUSALS)
@pytest.mark.parametrize("who", PARTIES_AND_POLITICIANS)
def test_a_refusal_rejects_a_side_unless_a_concession_follows(
    lint: Lint, frame: str, side: str, who: str
) -> None:
    assert sides_on(lint, frame, who) == {side}, frame.format(who)


@pytest.mark.parametrize(
    "text",
    ["My dad's no Labour fan but he loved the new library.", "Not a football fan, to be honest."],
)
def test_someone_elses_or_no_partys_fandom_is_no_side(lint: Lint, text: str) -> None:
    messages = [d.message for d in lint(text).diagnostics if d.rule.startswith("politics.")]
    assert not any(m.startswith("Attacks") for m in messages), messages
