"""Every profile's guidance is its own: a corporate communicator is never told about the Civil
Service Code, a civil servant never about the Hatch Act."""

from __future__ import annotations

import pytest

import postlint

# Words and links that belong to one authority, and the profile whose they are.
AUTHORITY_MARKS: dict[str, tuple[str, ...]] = {
    "uk-civil-service": (
        "Civil Service",
        "civil servant",
        "department's",
        "www.gov.uk/government/publications/civil-service",
        "www.gov.uk/government/publications/social-media-guidance-for-civil-servants",
        "civilservice.gov.uk",
        "civil-serv",
        "Cabinet Office",
    ),
    "uk-local-government": ("Local Government", "LGA", "local.gov.uk", "council codes"),
    "us-federal": ("Hatch Act", "5 CFR", "5 U.S.C.", "OSC", "federal employee"),
    "journalist": ("BBC",),
}
CATALOG = postlint.catalog()


def _running() -> list[tuple[str, str]]:
    return [
        (profile, rule_id)
        for profile, spec in sorted(CATALOG.profiles.items())
        for rule_id, rule in sorted(CATALOG.rules.items())
        if CATALOG.severity_in(spec, rule) not in (None, "off")
    ]


@pytest.mark.parametrize(("profile", "rule_id"), _running())
def test_a_profile_never_cites_another_authority(profile: str, rule_id: str) -> None:
    guidance = CATALOG.rules[rule_id].guidance_for(profile)
    text = f"{guidance.clause} {guidance.link}"
    for owner, marks in AUTHORITY_MARKS.items():
        if owner != profile:
            assert not any(mark in text for mark in marks), (owner, text)


def test_the_corporate_profile_reads_as_corporate() -> None:
    config = postlint.Config(profile="corporate", account={"kind": "personal"})
    report = postlint.check(
        "As a manager at Acme I think the Tories are a disgrace.", config=config
    )
    assert report.diagnostics
    for diagnostic in report.diagnostics:
        assert "Civil Service" not in diagnostic.guidance and "gov.uk" not in diagnostic.link
