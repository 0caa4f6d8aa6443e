"""The author's situation decides the rules: restriction levels, on duty, the clause cited.

The link rules are used where a finding must not depend on a model's reading; the stance
rules' own situation examples (``rules/politics/*.toml``) run with the rule examples.
"""

from __future__ import annotations

from typing import Any

import pytest

import postlint

_PARTY_LINK = "Worth reading before November: gop.com/platform and democrats.org/platform"
_DONATION = "Every little helps: https://secure.actblue.com/donate/okafor-for-senate"


def _check(text: str, profile: str, author: dict[str, Any], **extra: Any) -> postlint.Report:
    config = postlint.Config.model_validate(
        {
            "profile": profile,
            "account": {"kind": "personal"},
            "author": author,
            "rules": {"select": ["politics.party-link", "politics.donation-link"]},
            **extra,
        }
    )
    return postlint.check(text, config=config)


def test_the_same_draft_differs_by_restriction_level_and_each_cites_its_clause() -> None:
    less = _check(_PARTY_LINK, "us-federal", {"restriction": "less-restricted"})
    further = _check(_PARTY_LINK, "us-federal", {"restriction": "further-restricted"})
    assert list(less.diagnostics) == []
    assert [d.rule for d in further.diagnostics] == ["politics.party-link"] * 2
    assert all("7323(b)" in d.guidance for d in further.diagnostics)


def test_on_duty_every_level_is_barred_and_cites_the_on_duty_clause() -> None:
    for level in ("less-restricted", "further-restricted"):
        report = _check(_PARTY_LINK, "us-federal", {"restriction": level, "on_duty": True})
        assert {d.rule for d in report.diagnostics} == {"politics.party-link"}
        assert all("7324(a)" in d.guidance for d in report.diagnostics)


@pytest.mark.parametrize("level", ["less-restricted", "further-restricted", None])
def test_soliciting_is_never_allowed(level: str | None) -> None:
    report = _check(_DONATION, "us-federal", {"restriction": level})
    assert [(d.rule, d.severity) for d in report.diagnostics] == [
        ("politics.donation-link", "error")
    ]


def test_an_author_who_sets_no_level_gets_the_strict_norm() -> None:
    report = _check(_PARTY_LINK, "us-federal", {})
    assert [d.severity for d in report.diagnostics] == ["error", "error"]


def test_an_unknown_level_is_a_clear_config_error_naming_the_profiles_levels() -> None:
    with pytest.raises(postlint.ConfigError, match=r"less-restricted, further-restricted"):
        _check(_PARTY_LINK, "us-federal", {"restriction": "politically-free"})


def test_uk_civil_service_grades_change_the_severity() -> None:
    severities = {
        level: [
            d.severity
            for d in _check(_PARTY_LINK, "uk-civil-service", {"restriction": level}).diagnostics
        ]
        for level in ("restricted", "intermediate", "politically-free")
    }
    assert severities == {
        "restricted": ["error", "error"],
        "intermediate": ["warning", "warning"],
        "politically-free": ["info", "info"],
    }


def test_front_matter_says_the_draft_was_written_on_duty() -> None:
    draft = f"---\nauthor:\n  on_duty: true\n---\n{_PARTY_LINK}\n"
    config = postlint.Config.model_validate(
        {
            "profile": "us-federal",
            "author": {"restriction": "less-restricted"},
            "rules": {"select": ["politics.party-link"]},
        }
    )
    off_duty = postlint.check(_PARTY_LINK, config=config)
    on_duty = postlint.Linter(config).check(draft, markup="markdown")
    assert list(off_duty.diagnostics) == []
    assert [d.rule for d in on_duty.diagnostics] == ["politics.party-link"] * 2


_FUNDRAISER = "We are so close! Chip in $5 before midnight: secure.actblue.com/donate/hale"


def test_a_repost_of_a_fundraising_post_is_the_authors_solicitation() -> None:
    draft = f'---\nsharing:\n  kind: repost\n  text: "{_FUNDRAISER}"\n---\nThis 👇\n'
    config = postlint.Config.model_validate(
        {
            "profile": "us-federal",
            "author": {"restriction": "less-restricted"},
            "rules": {"select": ["politics.donation-link"]},
        }
    )
    [finding] = postlint.Linter(config).check(draft, markup="markdown").diagnostics
    assert finding.message.startswith("In the post you repost: Links to a political donation")
    assert "secure.actblue.com" in finding.message
    assert (finding.line, finding.evidence) == (6, "This 👇")


def test_a_reply_does_not_make_the_post_replied_to_the_authors() -> None:
    draft = f'---\nsharing:\n  kind: reply\n  text: "{_FUNDRAISER}"\n---\nNo thanks.\n'
    config = postlint.Config.model_validate(
        {"profile": "us-federal", "rules": {"select": ["politics.donation-link"]}}
    )
    assert list(postlint.Linter(config).check(draft, markup="markdown").diagnostics) == []


def test_a_like_of_a_donation_ask_solicits_too() -> None:
    draft = f'---\nsharing:\n  kind: like\n  text: "{_FUNDRAISER}"\n---\n'
    config = postlint.Config.model_validate(
        {
            "profile": "us-federal",
            "author": {"restriction": "less-restricted"},
            "rules": {"select": ["politics.donation-link"]},
        }
    )
    [finding] = postlint.Linter(config).check(draft, markup="markdown").diagnostics
    assert finding.message.startswith("In the post you like: Links to a political donation")


def _shares(source: str | None, author: dict[str, Any], **extra: Any) -> list[str]:
    """The severities of ``politics.partisan-share`` on a bare repost of a harmless post."""
    config = {
        "profile": "us-federal",
        "account": {"kind": "personal"},
        "author": author,
        "sharing": {"kind": "repost", "source": source, "text": "Great visit to the depot."},
        "rules": {"select": ["politics.partisan-share"]},
        **extra,
    }
    return [d.severity for d in postlint.check("", config=config).diagnostics]


@pytest.mark.parametrize("source", ["party", "candidate", "campaign"])
def test_whose_post_is_shared_decides_not_what_it_says(source: str) -> None:
    assert _shares(source, {"restriction": "further-restricted"}) == ["error"]
    assert _shares(source, {"restriction": "less-restricted"}) == []
    assert _shares(source, {"restriction": "less-restricted", "on_duty": True}) == ["error"]
    assert _shares(source, {}, account={"kind": "official"}) == ["error"]


@pytest.mark.parametrize("source", [None, "official", "other"])
def test_a_post_of_no_party_or_candidate_is_no_partisan_share(source: str | None) -> None:
    assert _shares(source, {"restriction": "further-restricted"}) == []


def test_on_duty_exempt_officials_may_speak_on_duty_but_never_solicit() -> None:
    exempt = {"restriction": "on-duty-exempt", "on_duty": True}
    assert [d.rule for d in _check(_PARTY_LINK, "us-federal", exempt).diagnostics] == []
    assert [d.rule for d in _check(_DONATION, "us-federal", exempt).diagnostics] == [
        "politics.donation-link"
    ]


def test_permission_lets_the_intermediate_group_take_part() -> None:
    def severities(**author: Any) -> list[str]:
        report = _check(_PARTY_LINK, "uk-civil-service", {"restriction": "intermediate", **author})
        return [d.severity for d in report.diagnostics]

    assert severities() == ["warning", "warning"]
    assert severities(permission="local") == ["warning", "warning"]
    assert severities(permission="national") == ["info", "info"]
    assert severities(permission="national", on_duty=True) == ["error", "error"]


def test_an_unknown_permission_is_a_clear_config_error() -> None:
    with pytest.raises(postlint.ConfigError, match=r"author\.permission: Input should be 'none'"):
        postlint.Config.from_mapping({"author": {"permission": "some"}})
