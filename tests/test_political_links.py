"""``politics.donation-link`` and ``politics.party-link``: every party alike."""

from __future__ import annotations

import pytest

import postlint
from postlint._pack import load_rule_pack

_PACK = load_rule_pack()
_DONATION_HOSTS = sorted(_PACK.word_list("politics/links.donation_hosts"))
_PARTY_HOSTS = sorted(_PACK.word_list("politics/links.party_hosts"))
_CONFIG = postlint.Config.model_validate(
    {
        "profile": "uk-civil-service",
        "rules": {"select": ["politics.donation-link", "politics.party-link"]},
    }
)


def _findings(text: str) -> list[postlint.Diagnostic]:
    return list(postlint.check(text, config=_CONFIG).diagnostics)


@pytest.mark.parametrize("host", _PARTY_HOSTS)
def test_every_party_website_is_found_alike(host: str) -> None:
    [finding] = _findings(f"Have a look at https://www.{host}/our-plan before Thursday.")
    assert finding.evidence == f"www.{host}"
    assert finding.message.startswith(f"Links to a party's website (www.{host})")
    [donate] = _findings(f"Chip in tonight: {host}/donate")
    assert donate.message.startswith(f"Links to a party's donation page ({host})")


@pytest.mark.parametrize("host", _DONATION_HOSTS)
def test_every_donation_platform_is_found_with_any_subdomain(host: str) -> None:
    [finding] = _findings(f"Every bit helps: https://secure.{host}/donate/okafor-2026")
    assert finding.evidence == f"secure.{host}"
    assert "a political donation page" in finding.message


@pytest.mark.parametrize(
    "text",
    [
        "Register to vote by 18 June: https://www.gov.uk/register-to-vote",
        "Email the office at press@labour.org.uk for the timetable.",  # an address, no link
        "Our garden club's new site: greenfingers.org.uk/donate-seeds",
        "The snp.organiser.example.com page is a test host.",
        "Labour, the Conservatives and the Greens all publish manifestos this week.",
    ],
)
def test_no_link_to_a_party_or_donation_page_is_no_finding(text: str) -> None:
    assert _findings(text) == []


@pytest.mark.parametrize(
    ("link", "rule"),
    [
        ("whitfieldforsenate.com", "politics.party-link"),
        ("okaforformayor.com/donate", "politics.donation-link"),
        ("youtube.com/@OkaforForSenate", "politics.party-link"),
        ("leedslabour.org.uk/events", "politics.party-link"),
        ("leedsconservatives.org.uk/events", "politics.party-link"),
        ("fairfaxdemocrats.org", "politics.party-link"),
        ("fairfaxrepublicans.org", "politics.party-link"),
    ],
)
def test_a_campaign_or_local_party_site_by_its_shape(link: str, rule: str) -> None:
    config = {"rules": {"select": ["politics.party-link", "politics.donation-link"]}}
    assert [d.rule for d in postlint.check(f"Details: {link}", config=config).diagnostics] == [rule]


@pytest.mark.parametrize(
    "link", ["worldcup2026.com", "runforgood.org.uk", "visitsenate.com", "expo2025.com"]
)
def test_a_site_of_no_campaign_is_no_party_link(link: str) -> None:
    config = {"rules": {"select": ["politics.party-link", "politics.donation-link"]}}
    assert list(postlint.check(f"Details: {link}", config=config).diagnostics) == []
