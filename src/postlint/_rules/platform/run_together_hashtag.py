"""``platform.run-together-hashtag``: a hashtag of several words run together in one case
(``#civilservicejobs``), which screen readers read as one long made-up word; CamelCase
(``#CivilServiceJobs``) is read word by word.

Words come from a frequency list of English (``rules/platform/words/common-words.txt``,
see ``tools/build_common_words.py``), so names are rarely split.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator

from pydantic import Field

from postlint._engine.draft import Draft
from postlint._engine.wordlists import inflected_forms, ranked_words, word_set
from postlint._models import Fix
from postlint._pack import Rule
from postlint._rules.base import Checker, Environment, Finding, RuleParams

__all__ = ["RunTogetherHashtagChecker"]


class RunTogetherHashtagParams(RuleParams):
    min_length: int = Field(default=8, ge=4)
    """Shorter tags (#govuk) are read well enough as they are."""
    short_words: list[str] = Field(default_factory=list)
    """Words of two letters that may be a part (of, in, uk); longer parts need 3+ letters."""
    extra_words: list[str] = Field(default_factory=list)
    """Words the frequency list lacks (nhs, hmrc) that may be a part."""
    common_words_file: str = "platform/words/common-words.txt"
    """The frequency list parts come from (most frequent first), relative to the pack."""
    single_word_files: list[str] = Field(default_factory=list)
    """Lists of words that are ONE word however long (``heatwave``, ``northampton``): a
    hashtag that is one of them is not run together. Relative to the pack."""
    short_part_max_rank: int = Field(default=5000, ge=1)
    """A part of three letters must be this common (``tea``, ``war``; not ``ply`` in
    ``plymouth``): rare short words split names into nonsense."""
    confidence: float = Field(default=0.8, ge=0.0, le=1.0)


_HASHTAG = re.compile(r"(?<![\w/#&])#([A-Za-z][A-Za-z0-9]*)(?![\w])")


class RunTogetherHashtagChecker(Checker[RunTogetherHashtagParams]):
    Params = RunTogetherHashtagParams

    def __init__(self, rule: Rule, env: Environment) -> None:
        super().__init__(rule, env)
        params = self.params
        self._words_path = env.pack.root / params.common_words_file
        self._single_word_paths = [env.pack.root / name for name in params.single_word_files]
        self._extra = frozenset(word.lower() for word in params.extra_words)
        self._short = frozenset(word.lower() for word in params.short_words)

    @property
    def _words(self) -> dict[str, int]:
        # Read when a hashtag first needs splitting, not when the Linter is built: most
        # drafts hold none, and 40,000 words are a sixtieth of a second at every cold start.
        return ranked_words(self._words_path)

    def find(self, draft: Draft) -> Iterator[Finding]:
        params = self.params
        for match in _HASHTAG.finditer(draft.text):
            body = match.group(1)
            letters = body.rstrip("0123456789")
            if len(letters) < params.min_length or not (letters.islower() or letters.isupper()):
                continue
            parts = self.split_words(letters.lower())
            if parts is None or len(parts) < 2:
                continue
            camel = "".join(part.capitalize() for part in parts) + body[len(letters) :]
            yield Finding(
                match.start(),
                match.end(),
                confidence=params.confidence,
                details={"camel": f"#{camel}", "words": " ".join(parts)},
                fixes=(
                    Fix(
                        title=f"Write #{camel}",
                        start=match.start(),
                        end=match.end(),
                        replacement=f"#{camel}",
                        safe=True,  # the same words, read by a screen reader
                    ),
                ),
            )

    def _cost(self, word: str) -> float | None:
        """How unlikely ``word`` is as a part (log of its frequency rank), or ``None`` if it
        cannot be one. Words the rule adds count as common; an inflected form that only
        spaCy's lemma table knows (``cladding``) counts as the rarest listed word."""
        if word in self._extra or (len(word) == 2 and word in self._short):
            return 1.0
        if len(word) < 3:
            return None
        rank = self._words.get(word)
        if rank is None:
            if len(word) >= 5 and word in inflected_forms():
                return math.log(len(self._words) + 1)
            return None
        if len(word) == 3 and rank > self.params.short_part_max_rank:
            return None
        return math.log(rank + 1)

    def _is_one_word(self, letters: str) -> bool:
        if letters in self._words or letters in self._extra:
            return True
        return any(letters in word_set(path) for path in self._single_word_paths)

    def split_words(self, letters: str) -> list[str] | None:
        """The likeliest known words that make up ``letters`` (fewest parts first, then the
        most frequent words: ``jobs in`` over ``job sin``); ``None`` if it is one word (a
        dictionary word or a place however long) or cannot be split into known words."""
        if self._is_one_word(letters):
            return None
        # best[i]: (parts, cost, start of the last part) for the best split of letters[:i].
        best: list[tuple[int, float, int] | None] = [None] * (len(letters) + 1)
        best[0] = (0, 0.0, 0)
        for end in range(2, len(letters) + 1):
            for start in range(max(0, end - 24), end - 1):
                before = best[start]
                cost = self._cost(letters[start:end])
                if before is None or cost is None:
                    continue
                candidate = (before[0] + 1, before[1] + cost, start)
                current = best[end]
                if current is None or candidate[:2] < current[:2]:
                    best[end] = candidate
        if best[-1] is None:
            return None
        parts: list[str] = []
        end = len(letters)
        while end > 0:
            entry = best[end]
            assert entry is not None
            parts.append(letters[entry[2] : end])
            end = entry[2]
        return parts[::-1]
