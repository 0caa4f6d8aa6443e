"""``timing.pre-election``: what government may not post in a pre-election period.

The rule runs only on an official account (``account.kind = "official"``: the guidance is
about what government and councils publish; a civil servant's own political activity is the
politics rules' and the profile's) and only when ``config.date`` falls inside one of
``config.election_periods`` (inclusive); no period is built in. Inside one it flags, each
with its words as evidence:

- a politician or party: the ``POLITICIAN``/``PARTY`` spans of the politics lexicons, and
  office titles ("the Prime Minister", "Transport Secretary", "<name> MP"), local ones
  included ("Cllr Sandhu", "the council leader", "the Mayor", "parliamentary candidate");
- a controversial topic: the ``CONTESTED_ISSUE`` spans of the politics lexicons, and
  controversial local matters (``timing/local``: planning disputes, traffic schemes, school
  closures…, and the period's own ``controversial`` list);
- a new announcement ("announcing", "new funding", "£40 million").

Essential public information (travel disruption, safety, service hours) stays quiet:
announcements and topics in a draft that carries it are not flagged. A named politician
always is (nothing about a timetable change needs one), except in voting information that
lists who stands: polling-day words and at least three parties or candidates (LGA guidance).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from typing import Any

from pydantic import Field

from postlint._config import ElectionPeriod
from postlint._engine.draft import Draft
from postlint._engine.memo import Memo
from postlint._engine.token_patterns import TokenPatternMatcher
from postlint._pack import Rule
from postlint._rules.base import Checker, Environment, Finding, RuleParams

__all__ = ["PreElectionChecker", "active_period"]

_phrase_patterns: Memo[frozenset[str], re.Pattern[str]] = Memo(max_size=16)
_POLITICIAN = "names a politician or party"
_CONTROVERSIAL = "takes up a controversial topic"
_ANNOUNCEMENT = "makes a new announcement"


class PreElectionParams(RuleParams):
    politician_labels: list[str] = Field(default_factory=list)
    controversial_labels: list[str] = Field(default_factory=list)
    essential_lists: list[str] = Field(default_factory=list)
    """Word lists of essential public information (``<family>/<file>.<list>``)."""
    voting_lists: list[str] = Field(default_factory=list)
    """Phrase lists of voting information (``<family>/<file>.<list>``)."""
    names_in_a_list: int = Field(default=3, ge=2)
    """Voting information naming at least this many parties or candidates is a neutral list
    of who stands (LGA guidance), not publicity for any of them."""
    controversial_lists: list[str] = Field(default_factory=list)
    """Phrase lists of politically controversial local matters (a period adds its own)."""
    announcement_patterns: list[list[dict[str, Any]]] = Field(default_factory=list)
    """spaCy Matcher patterns for new announcements."""
    office_pattern_family: str = "timing"
    """Office titles ("the Prime Minister", "<name> MP") come from this family's
    ``patterns/`` files: they name a politician with no list of names to keep up."""
    confidence_named: float = Field(default=0.9, ge=0.0, le=1.0)
    """A politician or party the lexicons name."""
    confidence_office: float = Field(default=0.8, ge=0.0, le=1.0)
    confidence_controversial: float = Field(default=0.75, ge=0.0, le=1.0)
    confidence_announcement: float = Field(default=0.7, ge=0.0, le=1.0)


def active_period(date: dt.date, periods: list[ElectionPeriod]) -> ElectionPeriod | None:
    """The first configured period that contains ``date`` (both ends included)."""
    return next((p for p in periods if p.start <= date <= p.end), None)


class PreElectionChecker(Checker[PreElectionParams]):
    Params = PreElectionParams

    def __init__(self, rule: Rule, env: Environment) -> None:
        super().__init__(rule, env)
        params = self.params
        # The same matches as spaCy's Matcher over the whole Doc, at a fraction of its cost;
        # one matcher for both kinds, told apart by their keys.
        self._patterns = TokenPatternMatcher(env.nlp.vocab, validate=True)
        for entry in env.pack.pattern_entries(params.office_pattern_family):
            for pattern in entry.patterns:
                self._patterns.add(_POLITICIAN, pattern)
        for pattern in params.announcement_patterns:
            self._patterns.add(_ANNOUNCEMENT, pattern)
        self._announcement_key = env.nlp.vocab.strings.add(_ANNOUNCEMENT)
        voting: set[str] = set()
        for address in params.voting_lists:
            voting |= env.pack.word_list(address)
        self._voting_phrases = tuple(sorted(voting))
        local: set[str] = set()
        for address in params.controversial_lists:
            local |= env.pack.word_list(address)
        self._local_phrases = frozenset(local)
        entries: set[str] = set()
        for address in params.essential_lists:
            entries |= env.pack.word_list(address)
        self._essential_words = frozenset(e for e in entries if re.fullmatch(r"[a-z]+", e))
        phrases = sorted(entries - self._essential_words, key=len, reverse=True)
        self._essential_phrases = (
            re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, phrases)) + r")(?!\w)")
            if phrases
            else None
        )

    def _controversial_local(
        self, draft: Draft, period: ElectionPeriod
    ) -> Iterator[tuple[int, int]]:
        """Where the draft names a controversial local matter: the built-in phrases and the
        period's own."""
        own = {p.lower().strip() for p in period.controversial if p.strip()}
        phrases = self._local_phrases | own
        pattern = _phrase_patterns.get(
            frozenset(phrases),
            lambda: re.compile(
                r"(?<!\w)(?:"
                + "|".join(map(re.escape, sorted(phrases, key=len, reverse=True)))
                + r")(?!\w)"
            ),
        )
        for match in pattern.finditer(draft.text.lower()):
            yield match.start(), match.end()

    def _who_stands(self, draft: Draft, named: list[Any]) -> bool:
        """Whether the draft is voting information listing who stands: its words say so and
        it names enough parties or candidates to be a list, not a choice."""
        if len({span.text.lower() for span in named}) < self.params.names_in_a_list:
            return False
        lowered = draft.text.lower()
        return any(phrase in lowered for phrase in self._voting_phrases)

    def _essential(self, draft: Draft) -> bool:
        words = self._essential_words
        if not words.isdisjoint(draft.lowers) or not words.isdisjoint(map(str.lower, draft.lemmas)):
            return True
        return bool(self._essential_phrases and self._essential_phrases.search(draft.text.lower()))

    def find(self, draft: Draft) -> Iterator[Finding]:
        if draft.config.account.kind != "official":
            return
        period = active_period(draft.config.date, draft.config.election_periods)
        if period is None:
            return
        params = self.params
        named = draft.spans_labelled(*params.politician_labels)
        if self._who_stands(draft, named):
            named = []  # voting information: every candidate, ward and party, none chosen
        found: list[tuple[int, int, str, float]] = [
            (span.start_char, span.end_char, _POLITICIAN, params.confidence_named) for span in named
        ]
        announcements: list[tuple[int, int]] = []
        for key, start, end in self._patterns(draft.doc, draft.columns):
            if key == self._announcement_key:
                announcements.append((start, end))
            else:
                span = draft.doc[start:end]
                office = (span.start_char, span.end_char, _POLITICIAN, params.confidence_office)
                found.append(office)
        if not self._essential(draft):
            found.extend(
                (span.start_char, span.end_char, _CONTROVERSIAL, params.confidence_controversial)
                for span in draft.spans_labelled(*params.controversial_labels)
            )
            found.extend(
                (start, end, _CONTROVERSIAL, params.confidence_controversial)
                for start, end in self._controversial_local(draft, period)
            )
            for start, end in announcements:
                span = draft.doc[start:end]
                found.append(
                    (span.start_char, span.end_char, _ANNOUNCEMENT, params.confidence_announcement)
                )
        details = {
            "period": period.name,
            "start": period.start.isoformat(),
            "end": period.end.isoformat(),
        }
        # Longest first, so "Rishi Sunak" wins over "Rishi"; quoted words still count:
        # quoting a politician in purdah is still publishing them. Candidates come in text
        # order, so one starting before the furthest end taken so far overlaps a taken one
        # (a scan of every taken span was quadratic on long drafts).
        reach = -1
        for start, end, reason, confidence in sorted(found, key=lambda f: (f[0], f[0] - f[1])):
            if start < reach or end <= reach:
                continue
            reach = max(reach, end)
            yield Finding(start, end, confidence=confidence, details={**details, "reason": reason})
