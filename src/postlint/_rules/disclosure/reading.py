"""What the sentence screen reads in each line of a draft's sentences: talk about the
author's own work, and a statement of who the author is or what their connection is
(``postlint._engine.models``; trained on ``training/disclosure``).

The fixed phrases of ``spans`` find work talk and disclosures; the screen's reading vetoes a
phrase whose words hobby talk uses as much as work ("my website" on a knitting channel).
It finds neither on its own: on real posts it read "our government", "our bodies" and "our
boy" as work talk, and "As a BBC fan I watched every minute" or a YouTube description's list
lines as someone saying who they are (benchmarks/README.md, "Disclosure by meaning").
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from postlint._engine.draft import Draft
from postlint._engine.models import sentence_screen

__all__ = ["WORK_TALK_FROM", "Reading", "reading_at"]

#: Below this probability of work talk, a listed work-talk phrase ("my website", "my
#: review") is hobby or shop talk, not the author's job (chosen on the dev split of the
#: civil-servant runs of task D).
WORK_TALK_FROM = 0.2


@dataclass(frozen=True, slots=True)
class Reading:
    start: int
    end: int
    text: str
    work_talk: float
    identifies: float
    connection: str


def reading_at(draft: Draft, offset: int) -> Reading | None:
    """The reading of the line holding character ``offset``."""
    found = draft.shared(_readings)
    starts = draft.shared(_reading_starts)
    index = bisect.bisect_right(starts, offset) - 1
    if index >= 0 and found[index].start <= offset < found[index].end:
        return found[index]
    return None


def _reading_starts(draft: Draft) -> list[int]:
    return [reading.start for reading in draft.shared(_readings)]


def _readings(draft: Draft) -> tuple[Reading, ...]:
    """Every non-empty line of every sentence of ``draft`` that holds no quotation, read once
    per draft; a line because descriptions and bios put one statement on each."""
    text = draft.text
    quotes = draft.quotations()
    quote_starts = [start for start, _ in quotes]
    lines: list[tuple[int, int]] = []
    for sentence in draft.sentences:
        start = sentence.start_char
        for line in text[start : sentence.end_char].split("\n"):
            stripped = line.strip()
            if stripped:
                begin = start + line.index(stripped)
                finish = begin + len(stripped)
                # A line that quotes someone is theirs in part: "She said “I work at the
                # Treasury” with a grin" says nothing about the author.
                if not _overlaps(quotes, quote_starts, begin, finish):
                    lines.append((begin, finish))
            start += len(line) + 1
    if not lines:
        return ()
    outputs = sentence_screen()([text[a:b] for a, b in lines])
    return tuple(
        Reading(a, b, text[a:b], out.work_talk, out.identifies, out.connection)
        for (a, b), out in zip(lines, outputs, strict=True)
    )


def _overlaps(ranges: list[tuple[int, int]], starts: list[int], begin: int, finish: int) -> bool:
    """Whether any of ``ranges`` (sorted, not nested) overlaps ``[begin, finish)``: a binary
    search, so a long draft full of quotations stays linear."""
    index = bisect.bisect_left(starts, finish) - 1
    return index >= 0 and ranges[index][1] > begin
