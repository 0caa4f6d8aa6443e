"""Runs of hashtags that name or back rivals alike: what a post is about, not a side.

"#Trump2016 #Hillary2016 #libertarian" at the end of a post tags the race, and "…how they'll
pay for it. #Bernie #Hillary" names its subjects; neither backs one of them, and the judge,
asked which, leans on the names. Used by the listed campaigns (``campaigns``) and the
targets of a side (``targets``, with bare names too).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from postlint._rules.politics.mention import Mention

__all__ = ["uncontested"]

#: Hashtags one after another ("#Trump2016 #Hillary2016 #libertarian").
_TAG_RUN = re.compile(r"#\w+(?:\s+#\w+)+")


#: The kinds of bare name tags a run may name rivals of: two politicians, or two parties.
_NAMED_KINDS = ("politician", "party")


def uncontested(
    text: str,
    campaigns: list[Mention],
    name_of: Callable[[str], str | None],
    span: tuple[int, int] | None = None,
    bare: bool = False,
) -> list[Mention]:
    """``campaigns`` without the tags of a run that backs rivals alike ("#Trump2016
    #Hillary2016 #libertarian"), or, with ``bare``, that ends its words with bare names of two
    politicians or two parties and no campaign ("…how they'll do it. #Bernie #Hillary", not
    "#Cruz #Trump are our only hope", "#Trump2024 #Vance" or "#Starmer #Labour"): such a run
    says what a post is about, not whom the author backs. A run whose tags agree ("#Trump2016
    #NeverHillary", "#Trump2016 #tcot": a movement's tag beside a name) keeps them."""
    start, end = span or (0, len(text))  # where to look for runs: a unit's words, say
    words_end = end
    runs = [(m.start(), m.end()) for m in _TAG_RUN.finditer(text, start, end)]
    if not runs:
        return campaigns
    contested: set[int] = set()
    for start, end in runs:
        inside = [m for m in campaigns if start <= m.start < end and m.text.startswith("#")]
        last = bare and not re.search(r"\w", re.sub(r"https?://\S+", "", text[end:words_end]))
        if last and not any(m.side for m in inside):
            kinds = [{name_of(m.text) for m in inside if m.kind == k} for k in _NAMED_KINDS]
            if any(len(names - {None}) > 1 for names in kinds):
                contested.update(id(m) for m in inside)
            continue
        backed = {name for m in inside if m.side == "support" if (name := name_of(m.text))}
        movements = {name for name in backed if name.endswith("-movement")}  # "#tcot", "#p2"
        if len(backed - movements) > 1 or len(movements) > 1:
            contested.update(id(m) for m in inside if m.side in ("support", "attack"))
    return [m for m in campaigns if id(m) not in contested]
