"""What an audit found, added up while the findings are written: totals, findings per month
and per rule, per-account figures and the riskiest posts. Memory holds counters and the few
riskiest posts, never the findings themselves."""

from __future__ import annotations

import heapq
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any

from postlint._audit.partitions import ReadSummary

__all__ = ["RISKIEST_SHOWN", "AccountFigures", "AuditSummary", "RiskyPost"]

RISKIEST_SHOWN = 25
SKIPPED_SHOWN = 200
#: How much a finding adds to a post's risk, times its confidence.
SEVERITY_WEIGHT = {"error": 3.0, "warning": 2.0, "info": 1.0}


@dataclass(slots=True)
class AccountFigures:
    posts: int = 0
    posts_with_findings: int = 0
    severities: Counter[str] = field(default_factory=Counter)


@dataclass(slots=True)
class RiskyPost:
    """A post with its findings, ranked by the sum of severity weight times confidence."""

    score: float
    order: int
    fields: dict[str, Any]
    findings: list[dict[str, Any]]

    def __lt__(self, other: RiskyPost) -> bool:  # heap order: lower score, later post
        return (self.score, -self.order) < (other.score, -other.order)


@dataclass(slots=True)
class AuditSummary:
    sources: list[str] = field(default_factory=list)
    posts: int = 0
    with_text: int = 0
    not_checked: int = 0
    skipped: int = 0
    skipped_shown: list[tuple[str, str]] = field(default_factory=list)
    findings: int = 0
    posts_with_findings: int = 0
    severities: Counter[str] = field(default_factory=Counter)
    posts_by_month: Counter[str] = field(default_factory=Counter)
    findings_by_month: defaultdict[str, Counter[str]] = field(
        default_factory=lambda: defaultdict(Counter)
    )
    rules: defaultdict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    accounts: defaultdict[str, AccountFigures] = field(
        default_factory=lambda: defaultdict(AccountFigures)
    )
    riskiest: list[RiskyPost] = field(default_factory=list)
    _current: RiskyPost | None = None
    _order: int = 0

    @property
    def checked(self) -> int:
        return self.with_text - self.not_checked

    def add_skipped(self, location: str, reason: str) -> None:
        self.skipped += 1
        if len(self.skipped_shown) < SKIPPED_SHOWN:
            self.skipped_shown.append((location, reason))

    def add_partition(self, summary: ReadSummary) -> None:
        self.posts += summary.posts
        self.with_text += summary.with_text
        for location, reason in summary.skipped:
            self.add_skipped(location, reason)
        self.posts_by_month.update(summary.months)
        for account, count in summary.accounts.items():
            self.accounts[account].posts += count

    def add_row(self, row: dict[str, Any]) -> None:
        """A row of a partition, in order: a post's findings come together."""
        if row.get("error"):
            self.not_checked += 1
            self.add_skipped(str(row.get("location")), f"not checked: {row['error']}")
            return
        severity = str(row["severity"])
        self.findings += 1
        self.severities[severity] += 1
        month = str(row["date"])[:7] if row.get("date") else "undated"
        self.findings_by_month[month][severity] += 1
        self.rules[str(row["rule"])][severity] += 1
        account = self.accounts[str(row.get("account") or "")]
        account.severities[severity] += 1
        current = self._current
        if current is None or current.fields["location"] != row["location"]:
            self._finish_post()
            account.posts_with_findings += 1
            self.posts_with_findings += 1
            self._order += 1
            fields = {
                k: row.get(k)
                for k in ("post_id", "date", "account", "kind", "url", "location", "text")
            }
            current = self._current = RiskyPost(0.0, self._order, fields, [])
        current.findings.append(row)
        current.score += SEVERITY_WEIGHT.get(severity, 1.0) * float(row.get("confidence") or 0)

    def _finish_post(self) -> None:
        if self._current is None:
            return
        if len(self.riskiest) < RISKIEST_SHOWN:
            heapq.heappush(self.riskiest, self._current)
        elif self.riskiest[0] < self._current:
            heapq.heapreplace(self.riskiest, self._current)
        self._current = None

    def finish(self) -> None:
        self._finish_post()

    def riskiest_first(self) -> list[RiskyPost]:
        return sorted(self.riskiest, reverse=True)
