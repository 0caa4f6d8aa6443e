"""``politics.donation-link`` and ``politics.party-link``: a link to a political donation
page, or to a party's website.

Sharing a link is the author's act: a link to a party's or candidate's donation page asks
readers for money for one side, and a party's website passes on its message, whatever the
words around it say. Two rules, since the guidance treats them apart (a less restricted US
federal employee may share a party's material off duty, never a donation ask). The hosts are
data (``politics/links``), evenly across parties; a host matches with any subdomain. The
evidence is the link's host.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Literal

from pydantic import Field

from postlint._engine.draft import Draft
from postlint._pack import Rule
from postlint._rules.base import Checker, Environment, Finding, RuleParams

__all__ = ["PoliticalLinkChecker"]

#: A web address: with a scheme, with "www.", or a bare host with a path or a known host.
_LINK = re.compile(
    r"(?i)(?<![\w@.])(?:https?://)?(?P<host>(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,})"
    r"(?P<path>/[^\s<>()\"'“”]*)?"
)


class PoliticalLinkParams(RuleParams):
    reports: Literal["donation", "party"]
    """Donation pages (platforms, and a party site's donate page), or other party pages."""
    donation_hosts: str = "politics/links.donation_hosts"
    party_hosts: str = "politics/links.party_hosts"
    donation_paths: str = "politics/links.donation_paths"
    campaign_words: str = "politics/links.campaign_host_words"
    party_words: str = "politics/links.party_host_words"
    confidence: float = Field(default=0.95, ge=0.0, le=1.0)


class PoliticalLinkChecker(Checker[PoliticalLinkParams]):
    Params = PoliticalLinkParams

    def __init__(self, rule: Rule, env: Environment) -> None:
        super().__init__(rule, env)
        params = self.params
        self.donation_hosts = env.pack.word_list(params.donation_hosts)
        self.party_hosts = env.pack.word_list(params.party_hosts)
        self.donation_paths = env.pack.word_list(params.donation_paths)
        offices = "|".join(sorted(env.pack.word_list(params.campaign_words), key=len, reverse=True))
        parties = "|".join(sorted(env.pack.word_list(params.party_words), key=len, reverse=True))
        # A candidate's campaign by its name: "whitfieldforsenate.com",
        # "youtube.com/@WhitfieldForSenate"; a local party by its place: "fairfaxdemocrats.org",
        # "harrowlabour.org.uk".
        self.campaign_name = re.compile(rf"^[a-z]{{3,}}for(?:{offices})$")
        self.local_party = re.compile(rf"^[a-z]{{3,}}(?:{parties})$")

    def find(self, draft: Draft) -> Iterator[Finding]:
        if "." not in draft.text:
            return
        for match in _LINK.finditer(draft.text):
            host = match.group("host").lower()
            path_words = set(re.split(r"[/?#=&._]+", (match.group("path") or "").lower()))
            if _within(host, self.donation_hosts):
                kind, where = "donation", "a political donation page"
            elif owner := self._owner(host, match.group("path")):
                if owner[1]:
                    host = owner[1]  # the campaign's account on a platform: the evidence
                if path_words & self.donation_paths:
                    kind, where = "donation", f"{owner[0]} donation page"
                else:
                    kind, where = "party", f"{owner[0]} website"
            else:
                continue
            if kind != self.params.reports:
                continue
            yield Finding(
                match.start("host"),
                match.end("host"),
                confidence=self.params.confidence,
                details={"where": where, "host": host},
            )

    def _owner(self, host: str, path: str | None) -> tuple[str, str] | None:
        """Whose site a link is, by its host or the @handle its path opens with: "a party's"
        (a listed party site, or a local party by its shape) or "a campaign's" (a
        candidate's, by its shape); and the handle's address when the handle said so."""
        if _within(host, self.party_hosts):
            return "a party's", ""
        name = host.removeprefix("www.").split(".")[0].replace("-", "")
        handle = re.match(r"/@([\w-]+)", path or "")
        named = [(name, "")]
        if handle:
            named.append((handle.group(1), f"{host}/@{handle.group(1)}"))
        for candidate, shown in named:
            words = candidate.lower().replace("-", "")
            if self.local_party.match(words):
                return "a party's", shown
            if self.campaign_name.match(words):
                return "a campaign's", shown
        return None


def _within(host: str, hosts: frozenset[str]) -> bool:
    """Whether ``host`` is one of ``hosts`` or a subdomain of one."""
    parts = host.removeprefix("www.").split(".")
    return any(".".join(parts[i:]) in hosts for i in range(len(parts) - 1))
