"""``disclosure.material-connection``: promotion without a disclosure up front."""

from __future__ import annotations

from collections.abc import Iterator

from postlint._engine.draft import Draft
from postlint._models import Fix
from postlint._rules.base import Finding
from postlint._rules.disclosure.checker import DisclosureChecker
from postlint._rules.disclosure.organisation import disclosure_line
from postlint._rules.disclosure.spans import sentence_of
from postlint._rules.disclosure.statements import find_disclosure_statements
from postlint._rules.disclosure.talk import find_promotions

__all__ = ["MaterialConnectionChecker"]


class MaterialConnectionChecker(DisclosureChecker):
    """``disclosure.material-connection``: promotion without a disclosure up front."""

    def find(self, draft: Draft) -> Iterator[Finding]:
        config = draft.config
        if config.account.kind == "official":
            return
        promotions = find_promotions(draft)
        if not promotions:
            return
        first = promotions[0]
        sentence = sentence_of(draft, first.start)
        up_front_until = max(first.end, sentence.end_char if sentence is not None else first.end)
        disclosures = [s for s in find_disclosure_statements(draft) if not s.denies_connection]
        if any(s.start < up_front_until for s in disclosures):
            return
        employer = any(p.how == "organisation" for p in promotions)
        line = disclosure_line(config, promotional=True) if employer else "#ad"
        fixes: tuple[Fix, ...] = ()
        if line:
            offset, _ = draft.opening(line)  # up front: after front matter and a heading
            title = "Disclose the connection up front"
            fixes = (Fix(title=title, start=offset, end=offset, replacement=f"{line} "),)
        late = [s for s in disclosures if s.start >= up_front_until]
        yield Finding(
            first.start,
            first.end,
            confidence=0.6 if late else self.params.confidence,
            details={
                "where": f"; the disclosure “{late[0].text}” comes only after it: move it up front"
                if late
                else ""
            },
            fixes=fixes,
        )
