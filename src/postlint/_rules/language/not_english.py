"""``language.not-english``: say once that a draft in another language was not really checked.

A draft looks like another language when fewer than ``max_english_share`` of its lower-case
words are English words (the rule pack's word lists and spaCy's lemma table), or when many of
them are another language's function words and almost none are English ones (English word
lists, drawn from the web, hold many French and Spanish words). Names are left out (they are
capitalised), so a post full of place names is not mistaken for a foreign one. The language
is named when enough of the words are its function words.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from pydantic import Field

from postlint._engine.draft import Draft
from postlint._engine.wordlists import inflected_forms, word_set
from postlint._pack import Rule
from postlint._rules.base import Checker, Environment, Finding, RuleParams

__all__ = ["NotEnglishChecker"]

_WORD = re.compile(r"(?<![@#\w'’])[^\W\d_]+(?:['’][^\W\d_]+)?(?![\w'’])")
_LINK_MARKS = ("http://", "https://", "www.", ".com", ".org", ".uk", ".gov")
#: Enough words to tell a language; a long draft is judged on its first ones.
_SAMPLE_CHARACTERS = 5000


class NotEnglishParams(RuleParams):
    min_words: int = Field(default=6, ge=1)
    """Drafts with fewer lower-case words are too short to judge."""
    max_english_share: float = Field(default=0.5, ge=0.0, le=1.0)
    word_lists: list[str] = Field(default_factory=list)
    """English word lists, relative to the pack (with spaCy's lemma table)."""
    languages: list[str] = Field(default_factory=list)
    function_words: str = "language/function-words"
    """The lexicon whose lists (named as in ``languages``) hold each language's function words."""
    min_function_share: float = Field(default=0.2, ge=0.0, le=1.0)
    """A language is named (and, with few English function words, a draft is taken for it)
    when this share of the words are its function words."""
    max_english_function_share: float = Field(default=0.05, ge=0.0, le=1.0)
    """English prose has far more of its own function words than this."""


class NotEnglishChecker(Checker[NotEnglishParams]):
    Params = NotEnglishParams

    def __init__(self, rule: Rule, env: Environment) -> None:
        super().__init__(rule, env)
        self._lists = [env.pack.root / name for name in self.params.word_lists]
        self._function_words = {
            language: env.pack.word_list(f"{self.params.function_words}.{language}")
            for language in self.params.languages
        }

    def _is_english(self, word: str) -> bool:
        bare = word.replace("’", "'")
        return bare in inflected_forms() or any(bare in word_set(path) for path in self._lists)

    def find(self, draft: Draft) -> Iterator[Finding]:
        params = self.params
        # The words inside links are no language's; a token at a time, so that a long run
        # without spaces costs no more than its length.
        prose = " ".join(
            token
            for token in draft.text[:_SAMPLE_CHARACTERS].split()
            if not any(mark in token.lower() for mark in _LINK_MARKS)
        )
        words = [m.group(0).lower() for m in _WORD.finditer(prose) if m.group(0).islower()]
        words = [word for word in words if len(word) >= 2]
        if len(words) < params.min_words:
            return
        english = sum(1 for word in words if self._is_english(word)) / len(words)
        shares = self._function_shares(words)
        english_function = shares.pop("english", 0.0)
        best = max(shares, key=shares.__getitem__, default=None)
        named = best is not None and shares[best] >= params.min_function_share
        foreign_words = named and english_function <= params.max_english_function_share
        if english >= params.max_english_share and not foreign_words:
            return
        yield Finding(
            *_trimmed(draft.text),
            confidence=round(max(1 - english, shares[best] if best else 0.0), 3),
            details={
                "language": best.replace("_", " ").title() if named and best else "another language"
            },
        )

    def _function_shares(self, words: list[str]) -> dict[str, float]:
        normal = [word.replace("’", "'") for word in words]
        return {
            language: sum(1 for word in normal if word in function) / len(words)
            for language, function in self._function_words.items()
        }


def _trimmed(text: str) -> tuple[int, int]:
    start = len(text) - len(text.lstrip())
    return start, len(text.rstrip())
