"""``disclosure.material-connection``: promotion without a disclosure up front (or, in a
short post, at its end), and not lost in a string of hashtags."""

from __future__ import annotations

from collections.abc import Iterator

from postlint._engine.draft import Draft
from postlint._models import Fix
from postlint._rules.base import Finding
from postlint._rules.disclosure.checker import DisclosureChecker
from postlint._rules.disclosure.organisation import disclosure_line
from postlint._rules.disclosure.placement import SHORT_POST_WORDS, among, hashtag_runs
from postlint._rules.disclosure.spans import TextSpan, sentence_of
from postlint._rules.disclosure.statements import find_disclosure_statements
from postlint._rules.disclosure.talk import find_promotions

__all__ = ["MaterialConnectionChecker"]


class MaterialConnectionChecker(DisclosureChecker):
    """``disclosure.material-connection``: promotion without a disclosure up front."""

    def find(self, draft: Draft) -> Iterator[Finding]:
        config = draft.config
        if config.account.kind == "official":
            return
        statements = find_disclosure_statements(draft)
        unclear = [s for s in statements if s.unclear]
        disclosures = [s for s in statements if not (s.denies_connection or s.unclear)]
        runs = hashtag_runs(draft.text)
        buried_at = [among(runs, s.start) for s in disclosures]
        promotions = find_promotions(draft) or _self_declared(draft, buried_at, runs)
        if not promotions:
            return
        first = promotions[0]
        sentence = sentence_of(draft, first.start)
        up_front_until = max(first.end, sentence.end_char if sentence is not None else first.end)
        visible = [s for s, buried in zip(disclosures, buried_at, strict=True) if not buried]
        if any(s.start < up_front_until for s in visible):
            return
        late = [s for s in visible if s.start >= up_front_until]
        if late and len(draft.text.split()) <= SHORT_POST_WORDS:
            return  # a short post is seen whole: "… use code SUNNY10. #ad" is clear enough
        buried = [s for s, hidden in zip(disclosures, buried_at, strict=True) if hidden]
        employer = any(p.how == "organisation" for p in promotions)  # else a sponsor or client
        line = disclosure_line(config, promotional=True) if employer else "#ad"
        fixes: tuple[Fix, ...] = ()
        if line:
            offset, _ = draft.opening(line)  # up front: after front matter and a heading
            title = "Disclose the connection up front"
            fixes = (Fix(title=title, start=offset, end=offset, replacement=f"{line} "),)
        if late:
            where = f"; the disclosure “{late[0].text}” comes only after it: move it up front"
        elif buried:
            where = (
                f"; the disclosure “{buried[0].text}” is lost in a string of hashtags: put it"
                " up front, on its own"
            )
        elif unclear:
            where = (
                f"; “{unclear[0].text}” does not tell readers it is an advert or a gift: write"
                " “#ad” or say what you were given"
            )
        else:
            where = ""
        yield Finding(
            first.start,
            first.end,
            confidence=0.6 if late else self.params.confidence,
            details={"where": where},
            fixes=fixes,
        )


def _self_declared(
    draft: Draft, buried_at: list[bool], runs: list[tuple[int, int]]
) -> list[TextSpan]:
    """The opening sentence of a post whose only disclosures are lost in a string of
    hashtags ("Seats to Leeds from £9 all June #travel #summer #deals #ad"): the author's own
    tag says the post is an advert or about their employer, where readers will not see it."""
    if not buried_at or not all(buried_at):
        return []
    sentence = sentence_of(draft, len(draft.text) - len(draft.text.lstrip()))
    if sentence is None or sentence.text.lstrip().startswith("#"):
        return []  # nothing but tags: no words of the post to be the promotion
    start = sentence.start_char
    end = min([sentence.end_char, *(run_start for run_start, _ in runs if run_start > start)])
    words = draft.text[start:end].rstrip()
    return [TextSpan(start, start + len(words), words, "self-declared")]
