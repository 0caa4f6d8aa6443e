"""Where a disclosure sits: the FTC asks for it where readers see it, not lost in a string of
hashtags at the end of a caption ("#fitness #gym #ad #style")."""

from __future__ import annotations

import bisect
import re
import sys

__all__ = ["HASHTAG_STRING", "SHORT_POST_WORDS", "among", "buried_in_hashtags", "hashtag_runs"]


#: A post of at most this many words may disclose at its end as well as up front: a reader
#: sees it whole ("at the start or, in a short post, at the end", issue 15).
SHORT_POST_WORDS = 40
#: A disclosure among at least this many hashtags in a row is buried in them.
HASHTAG_STRING = 3
_HASHTAG_RUN = re.compile(rf"#\w+(?:[ \t]+#\w+){{{HASHTAG_STRING - 1},}}")


def hashtag_runs(text: str) -> list[tuple[int, int]]:
    """The runs of at least ``HASHTAG_STRING`` hashtags, where the FTC says a disclosure is
    easy to miss ("#fitness #gym #ad #style"), in text order."""
    return [(run.start(), run.end()) for run in _HASHTAG_RUN.finditer(text)]


def among(runs: list[tuple[int, int]], offset: int) -> bool:
    """Whether ``offset`` falls in one of ``runs``."""
    at = bisect.bisect_right(runs, (offset, sys.maxsize)) - 1  # the last run starting by it
    return at >= 0 and runs[at][0] <= offset < runs[at][1]


def buried_in_hashtags(text: str, offset: int) -> bool:
    """Whether ``offset`` falls in a string of hashtags."""
    return among(hashtag_runs(text), offset)
