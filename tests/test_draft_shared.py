"""What several rules read of one draft is worked out once: per draft (``Draft.shared``) and
per draft and key (``Draft.shared_for``: a reading of one actor)."""

from __future__ import annotations

from postlint._engine.draft import Draft
from tests.conftest import civil_servant_draft


def test_a_reading_is_worked_out_once_per_draft_and_key() -> None:
    calls: list[str] = []

    def length_of(draft: Draft, word: str) -> int:
        calls.append(word)
        return len(word) + len(draft.text)

    draft = civil_servant_draft("Vote early.")
    assert draft.shared_for(length_of, "abc") == 14
    assert draft.shared_for(length_of, "abc") == 14
    assert draft.shared_for(length_of, "de") == 13
    assert calls == ["abc", "de"]
    assert civil_servant_draft("Vote early.").shared_for(length_of, "abc") == 14
    assert calls == ["abc", "de", "abc"]  # a new draft reads afresh
