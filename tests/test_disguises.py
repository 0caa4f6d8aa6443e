"""Disguised words are read as a reader reads them, and reported where they were written."""

from __future__ import annotations

import pytest

import postlint

DISGUISES = [
    ("Vote Lab\u200bour on Thursday!", "an invisible character"),
    ("Vote Lab\u00adour on Thursday!", "a soft hyphen"),
    ("Vote L\u0430bour on Thursday!", "look-alike letters"),  # Cyrillic a
    ("Vote \uff2c\uff41\uff42\uff4f\uff55\uff52 on Thursday!", "full-width or styled letters"),
    ("Vote L a b o u r on Thursday!", "spaced-out letters"),
    ("Vote L.a.b.o.u.r on Thursday!", "spaced-out letters"),
    ("The T0ries have wrecked this country.", "digits or symbols"),
    ("Honestly the Rep*blicans are liars.", "digits or symbols"),
    ("Four more years! #M\u200bAGA", "an invisible character"),
]


@pytest.mark.parametrize(("text", "kind"), DISGUISES)
def test_every_disguise_is_caught_at_its_place_and_named(text: str, kind: str) -> None:
    report = postlint.check(text)
    [finding] = [d for d in report.diagnostics if d.rule.startswith("politics.")]
    assert text[finding.start : finding.end] == finding.evidence
    assert "Thursday" not in finding.evidence or "Vote" in finding.evidence
    assert kind in finding.message


@pytest.mark.parametrize(
    "text",
    [
        "Our B2B team rolled out 4G coverage to 1,200 homes in 2024.",
        "I a m so tired today.",  # letters that join into no known word
        "Мы рады сообщить о новом расписании.",  # a whole word of another script stays
        "Family 👨\u200d👩\u200d👧 and the flag 🏴"
        "\U000e0067\U000e0062\U000e0077\U000e006c\U000e0073\U000e007f today",
        "The café opens at 9am – ﬁne coffee.",
    ],
)
def test_ordinary_text_is_left_as_written(text: str) -> None:
    from postlint._engine.normalize import normalize

    assert normalize(text, {"labour", "tories"}.__contains__, {"labour"}.__contains__).text == text


def test_offsets_after_a_disguise_still_point_at_the_draft_as_written() -> None:
    text = "Vote Lab\u200bour! Also, honestly, the Tories are a disgrace."
    report = postlint.check(text)
    for finding in report.diagnostics:
        assert text[finding.start : finding.end] == finding.evidence
    attack = next(d for d in report.diagnostics if d.rule == "politics.partisan-attack")
    assert "Tories" in attack.evidence and "disguised" not in attack.message


def test_even_handed_disguises() -> None:
    """A disguise that catches one party catches every party alike."""
    for party in ("Labour", "Tories", "Republicans", "Democrats"):
        hidden = party[:2] + "\u200b" + party[2:]
        assert postlint.check(f"Vote {hidden} on Thursday!").has("politics"), party
