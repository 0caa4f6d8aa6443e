"""timing.pre-election through the public API, on both NLP paths, and the UK 2024 example."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import postlint
from postlint._config import ElectionPeriod
from postlint._rules.timing.pre_election import active_period

Lint = Callable[..., postlint.Report]

PERIOD = {"name": "Test general election", "start": "2024-05-25", "end": "2024-07-04"}
ANNOUNCEMENT = "Today we are announcing £40 million for new cycle lanes across the region."
EXAMPLE_CONFIG = Path(__file__).resolve().parents[1] / "examples/pre-election-2024/.postlint.toml"


def _found(lint: Lint, text: str, date: str = "2024-06-10", **config: Any) -> list[str]:
    config.setdefault("election_periods", [PERIOD])
    config.setdefault("account", {"kind": "official"})
    report = lint(text, date=date, rules={"select": ["timing"]}, **config)
    return [d.evidence for d in report.diagnostics if d.rule == "timing.pre-election"]


def test_an_announcement_in_the_period_is_flagged_with_the_period(lint: Lint) -> None:
    report = lint(
        ANNOUNCEMENT,
        date="2024-06-10",
        election_periods=[PERIOD],
        account={"kind": "official"},
        rules={"select": ["timing"]},
    )
    messages = [d.message for d in report.diagnostics]
    assert messages, "the announcement was missed"
    assert all("“Test general election” (2024-05-25 to 2024-07-04)" in m for m in messages)
    assert any("makes a new announcement" in m for m in messages)
    assert all(d.guidance for d in report.diagnostics)


@pytest.mark.parametrize(
    ("date", "flagged"),
    [
        ("2024-05-24", False),
        ("2024-05-25", True),
        ("2024-07-04", True),
        ("2024-07-05", False),
    ],
)
def test_the_period_includes_both_ends(lint: Lint, date: str, flagged: bool) -> None:
    assert bool(_found(lint, ANNOUNCEMENT, date=date)) is flagged


@pytest.mark.parametrize(
    "text", [ANNOUNCEMENT, "Out leafleting for Labour in Ward 4.", "Thanks to Cllr Nia Haworth."]
)
def test_a_personal_account_is_no_government_publicity(lint: Lint, text: str) -> None:
    # A civil servant's own politics in the period is for the politics rules and the
    # profile's levels; the pre-election guidance is about what government publishes.
    assert _found(lint, text, account={"kind": "personal"}) == []


def test_without_configured_periods_nothing_is_flagged(lint: Lint) -> None:
    assert not _found(lint, ANNOUNCEMENT, election_periods=[])


def test_a_politician_is_flagged_by_name(lint: Lint) -> None:
    assert "Keir Starmer" in _found(lint, "Keir Starmer visited the depot this morning.")


def test_an_office_title_names_a_politician(lint: Lint) -> None:
    assert _found(lint, "Great to welcome the Transport Secretary to the depot.") == [
        "Transport Secretary"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Our Permanent Secretary opened the new training centre for apprentices.",
        "Candidates for the apprenticeship should send their forms in by Friday.",
    ],
)
def test_civil_servants_and_job_candidates_are_not_politicians(lint: Lint, text: str) -> None:
    assert not _found(lint, text)


def test_a_controversial_topic_is_flagged(lint: Lint) -> None:
    assert "Brexit" in _found(lint, "Read our new guide to Brexit and what it means for hauliers.")


@pytest.mark.parametrize(
    "text",
    [
        "Engineering works: no trains between the two stations on Sunday; replacement buses run.",
        "Flood warning on the A38: the road is closed and a diversion is in place.",
        "Our offices are open from 9am to 5pm on weekdays.",
        "New timetable from Sunday: the last train leaves at 23:40.",
    ],
    ids=["disruption", "safety", "service-hours", "timetable"],
)
def test_essential_public_information_stays_quiet(lint: Lint, text: str) -> None:
    assert not _found(lint, text)


def test_a_politician_is_flagged_even_in_essential_information(lint: Lint) -> None:
    text = "The Prime Minister visited the flood defences; the road stays closed tonight."
    assert _found(lint, text) == ["Prime Minister"]


def test_active_period_picks_the_period_containing_the_date() -> None:
    periods = [
        ElectionPeriod(name="local", start=dt.date(2024, 3, 20), end=dt.date(2024, 5, 2)),
        ElectionPeriod(name="general", start=dt.date(2024, 5, 25), end=dt.date(2024, 7, 4)),
    ]
    assert active_period(dt.date(2024, 6, 1), periods) == periods[1]
    assert active_period(dt.date(2024, 5, 10), periods) is None


def test_the_uk_2024_example_config_holds_the_general_election_period() -> None:
    config = postlint.Config.from_file(EXAMPLE_CONFIG)
    period = active_period(dt.date(2024, 6, 20), config.election_periods)
    assert period is not None and "2024" in period.name
    assert (period.start, period.end) == (dt.date(2024, 5, 25), dt.date(2024, 7, 4))
    report = postlint.check(ANNOUNCEMENT, config=config)
    assert any(d.rule == "timing.pre-election" for d in report.diagnostics)


def test_the_default_config_has_no_election_period() -> None:
    assert postlint.Config().election_periods == []
