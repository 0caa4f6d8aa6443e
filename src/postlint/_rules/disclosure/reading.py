"""What the sentence screen reads in a line of a draft: talk about the author's own work
(``postlint._engine.models``; trained on ``training/disclosure``).

The fixed phrases of ``spans`` find work talk and disclosures; the screen's reading vetoes a
phrase whose words hobby talk uses as much as work ("my website" on a knitting channel).
It finds neither on its own: on real posts it read "our government", "our bodies" and "our
boy" as work talk, and "As a BBC fan I watched every minute" or a YouTube description's list
lines as someone saying who they are (benchmarks/README.md, "Disclosure by meaning").
"""

from __future__ import annotations

from postlint._engine.draft import Draft
from postlint._engine.models import sentence_screen
from postlint._rules.disclosure.spans import sentence_of

__all__ = ["WORK_TALK_FROM", "work_talk_at"]

#: Below this probability of work talk, a listed work-talk phrase ("my website", "my
#: review") is hobby or shop talk, not the author's job (chosen on the dev split of the
#: civil-servant runs of task D).
WORK_TALK_FROM = 0.2


def work_talk_at(draft: Draft, offset: int) -> float | None:
    """The screen's probability that the line holding character ``offset`` talks about the
    author's work: the line within its sentence (descriptions and bios put one statement on
    each line), ``None`` when that line holds a quotation ("She said “I work at the
    Treasury” with a grin" is partly someone else's). Only the lines asked about are read;
    the screen remembers what it read."""
    sentence = sentence_of(draft, offset)
    if sentence is None:
        return None
    text = draft.text
    begin = max(sentence.start_char, text.rfind("\n", 0, offset) + 1)
    newline = text.find("\n", offset, sentence.end_char)
    finish = newline if newline >= 0 else sentence.end_char
    line = text[begin:finish]
    stripped = line.strip()
    begin += len(line) - len(line.lstrip())
    finish = begin + len(stripped)
    if not stripped or not begin <= offset < finish or draft.overlaps_quotation(begin, finish):
        return None
    return sentence_screen()([stripped])[0].work_talk
