"""The server's copy of the front-matter pattern agrees with the core's."""

from __future__ import annotations

import pytest

from postlint._markup import prepare
from postlint.lsp.placement import front_matter_end


@pytest.mark.parametrize(
    "text",
    [
        "---\nplatform: x\n---\nVote Labour!",
        "\ufeff---\r\ntitle: A\r\n...\r\nBody",
        "---\n# a comment\n\ndate: 2026-01-02\n---",
        "---\nBREAKING\n---\nNews.",  # a rule line, not front matter
        "No front matter.\n---\nplatform: x\n---\n",
        "---\nplatform: x\nnever closed",
    ],
)
def test_front_matter_ends_where_the_core_says(text: str) -> None:
    hidden = prepare(text, "markdown").hidden
    core_end = hidden[0][1] if hidden and hidden[0][0] == 0 else 0
    assert front_matter_end(text) == core_end
