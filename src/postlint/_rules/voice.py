"""The author's own voice in a draft's words, for the families that ask whose words they are:
politics (a report "with none of the author's own"; campaigning the author does) and
disclosure (work talk in the author's voice, not a news report in the third person)."""

from __future__ import annotations

import re

__all__ = ["FIRST_PERSON"]

#: The author speaking of themselves or their side: "I", "my", "we", "our", "us"; not "the US"
#: in capitals, the country.
FIRST_PERSON = re.compile(
    r"\b(?!(?-i:US)\b)(?:i|i'm|i’m|i've|i’ve|me|my|we|we're|our|us)\b", re.IGNORECASE
)
