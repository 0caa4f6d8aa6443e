"""A verdict put as a question: "Who on earth thought scrapping the winter bus pass was a good
idea?", "Why would anyone think a 20mph limit on every road is sensible?".

The question's answer is its verdict: the measure is a bad idea. The models read a question
as asking, and the lexicons know few of the measures people name ("scrapping the winter bus
pass"), so the measure is read from the words: a verb of policy ("scrapping", "cutting",
"putting VAT on") and its object, or a measure by its kind ("a 20mph limit", "the new
parking levy"), between the question's frame and its "was a good idea". Only a public
measure counts, one that touches a public thing (``politics/stance.public_things``: a pass,
a tax, a library, a road): "Who thought closing the office kitchen on Fridays was a good
idea?" is an office's grumble, and "pineapple on pizza" names no measure at all.
"""

from __future__ import annotations

import re

from postlint._engine.draft import Draft
from postlint._rules.politics.mention import Mention

__all__ = ["question_verdicts"]

#: The frame of a rhetorical question about a decision, opening a sentence (matched at the
#: sentence's start: no "^", which would hold at the draft's start only).
_FRAME = re.compile(
    r"\W*(?:(?:who|whoever|which\s+genius|what\s+genius)\s+(?:on\s+earth\s+|exactly\s+|"
    r"in\s+their\s+right\s+mind\s+)?(?:thought|thinks|decided|reckoned)"
    r"|why\s+(?:on\s+earth\s+)?(?:would|does|do|did)\s+(?:anyone|anybody|they|ministers|the\s+"
    r"government|the\s+council)\s+(?:think|believe|imagine))\s+(?:that\s+)?",
    re.IGNORECASE,
)
#: A measure: a verb of policy and its object, or a noun of a measure.
_MEASURE = re.compile(
    r"(?P<measure>(?:scrapping|cutting|axing|raising|hiking|introducing|banning|abolishing|"
    r"privatising|privatizing|closing|taxing|capping|freezing|means[- ]testing|slashing|ending|"
    r"removing|selling\s+off|putting\s+vat\s+on|charging\s+for)\s+[^?.!]{3,50}?"
    r"|(?:an?|the|this|that)\s+(?:new\s+)?[^?.!]{0,30}?\b(?:limit|ban|tax|cap|levy|charge|"
    r"cuts?|freeze|scheme|policy|law|rule|rules|bill|plan|reform|reforms)"
    r"(?:\s+(?:on|for|in)\s+[^?.!]{2,30}?)?)"
    r"\s+(?:was|is|were|are|would\s+be|will\s+be)\s+(?:a\s+)?(?:good|great|sensible|smart|"
    r"clever|fair|brilliant|wise|bright|the\s+answer)\b",
    re.IGNORECASE,
)


def question_verdicts(draft: Draft) -> list[Mention]:
    """The measures ``draft`` passes a verdict on by a rhetorical question, each as a mention
    of kind ``issue`` with the side ``verdict``."""
    text = draft.text
    found = []
    for sentence in draft.sentences:
        frame = _FRAME.match(text, sentence.start_char, sentence.end_char)
        if frame is None or draft.is_quoted(sentence.start_char, sentence.end_char):
            continue
        measure = _MEASURE.match(text, frame.end(), sentence.end_char)
        if measure is None:
            continue
        start, end = measure.span("measure")
        words = set(re.findall(r"[\w&]+", text[start:end].lower()))
        if words & draft.pack.word_list("politics/stance.public_things"):
            found.append(Mention(start, end, text[start:end], "issue", "verdict"))
    return found
