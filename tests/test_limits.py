"""Size limits and scaling.

Drafts up to ``limits.max_bytes`` work on both NLP paths, larger ones are refused by every
entry point with an error that names the setting, and the work grows linearly with length.

Scaling is asserted on counted function calls rather than on time: a count does not change on
a busy machine, and a loop over the whole draft inside a loop over its sentences shows as a
ratio near 16 for a text 4 times longer, against 4 for linear work.
"""

from __future__ import annotations

import gc
import sys
from collections.abc import Callable, Iterator
from functools import partial
from types import FrameType
from typing import Any

import pytest

import postlint
from postlint._engine.draft import Draft
from tests.conftest import config_for

# Every family gets something to chew on: parties and slogans, a petition, an office,
# a private aside, a promotion, dates, hashtags, a quotation and a Markdown-ish line.
_PARAGRAPH = (
    "The rail timetable changes on Sunday 3 May, so check before you travel. "
    "Vote Labour on Thursday! Please sign the petition to save our station. "
    'Keir Starmer visited the depot; the minister said "this is a disgrace". '
    "I work for the Department for Transport and I love my cat and my garden. "
    "Use my code SAVE10 for 10% off #VoteLabour #RailFutures\n"
)
_CONFIG: dict[str, Any] = {
    "author": {"role": "press officer", "organisation": "Department for Transport"},
    "account": {"kind": "personal", "remit": ["rail services, timetables and stations"]},
    "date": "2026-04-20",
    "election_periods": [{"name": "local", "start": "2026-04-01", "end": "2026-05-07"}],
    "platform": "x",
}


def _draft_of(size: int) -> str:
    return (_PARAGRAPH * (size // len(_PARAGRAPH) + 1))[:size]


def _count_calls(work: Callable[[], object]) -> int:
    """Python-level and C-level function calls made by ``work`` (deterministic)."""
    calls = 0

    def profile(frame: FrameType, event: str, arg: object) -> None:
        nonlocal calls
        if event in ("call", "c_call"):
            calls += 1

    # The collector runs finalizers of other stages' garbage at arbitrary points (the models'
    # arrays, say): collected first and paused, it cannot lend one stage another's calls.
    gc.collect()
    gc.disable()
    sys.setprofile(profile)
    try:
        work()
    finally:
        sys.setprofile(None)
        gc.enable()
    return calls


_SMALL, _LARGE = 6_000, 24_000
#: Linear work gives 4; a quadratic part shows above 4.5 already at these sizes (measured:
#: politics 5.9 and timing 5.6 before their fixes), and near 16 on longer drafts.
_MAX_GROWTH = 4.5


def test_work_grows_linearly_with_draft_length() -> None:
    """The pipeline, then each rule on its own (Docs made outside the count), on 4x the text."""
    linter = postlint.Linter(config_for("blank", _CONFIG))
    small, large = _draft_of(_SMALL), _draft_of(_LARGE)
    docs = {text: linter.nlp(text) for text in (small, large)}

    def pipeline(text: str) -> object:
        return linter.nlp(text)

    stages: dict[str, Callable[[str], object]] = {"pipeline": pipeline}
    for active, checker in linter._checkers:

        def run(text: str, checker: Any = checker) -> object:
            return list(checker.find(Draft(text, docs[text], linter.config, linter.pack)))

        stages[active.rule.id] = run
    growth: dict[str, float] = {}
    for name, stage in stages.items():
        # Warm the process's caches (word lists, lemma tables, the strings of each Doc's words)
        # outside the count: filling them is linear, but which stage meets a Doc first, and
        # pays for it, depends on the order the rules run in.
        stage(small)
        stage(large)
        growth[name] = _count_calls(partial(stage, large)) / _count_calls(partial(stage, small))
    quadratic = {name: round(ratio, 1) for name, ratio in growth.items() if ratio > _MAX_GROWTH}
    assert not quadratic, f"work grows faster than the text (x4 text -> x ratio): {quadratic}"


def test_sentence_splitting_is_linear() -> None:
    """Regression: ``Token.is_sent_start`` scans the Doc on every call (spaCy checks for a
    parse), which made the blank sentence splitter quadratic: 100 KB took minutes."""
    nlp = postlint.Linter(config_for("blank")).nlp
    small, large = _draft_of(_SMALL), _draft_of(_LARGE)
    nlp(small)
    ratio = _count_calls(lambda: nlp(large)) / _count_calls(lambda: nlp(small))
    assert ratio < _MAX_GROWTH


def test_sentence_splitting_is_unchanged_by_the_bulk_write() -> None:
    doc = postlint.Linter(config_for("blank")).nlp("One. Two!\n\nThree “four.” Five\u2028six")
    assert [sentence.text.strip() for sentence in doc.sents] == [
        "One.",
        "Two!",
        "Three “four.”",
        "Five",
        "six",
    ]


def test_has_parse_is_computed_once_per_draft() -> None:
    """Regression: rules asked ``draft.has_parse`` per sentence and each answer scanned every
    token on the blank path (no parse anywhere), which made politics rules quadratic."""
    linter = postlint.Linter(config_for("blank"))
    text = _draft_of(2_000)
    draft = Draft(text, linter.nlp(text), linter.config, linter.pack)
    assert draft.has_parse is False
    # Uncached, each of the 100 reads calls has_annotation, which walks the tokens.
    assert _count_calls(lambda: [draft.has_parse for _ in range(100)]) < 10


# -- the byte limit ------------------------------------------------------------------------


def _entry_points() -> Iterator[tuple[str, Callable[[postlint.Config, str], object]]]:
    yield "check", lambda config, text: postlint.check(text, config=config)
    yield "Linter.check", lambda config, text: postlint.Linter(config).check(text)
    yield "check_many", lambda config, text: postlint.Linter(config).check_many(["ok", text])
    yield "iter_check", lambda config, text: list(postlint.Linter(config).iter_check([text]))
    yield (
        "check markdown",
        lambda config, text: postlint.check(text, config=config, markup="markdown"),
    )


@pytest.mark.parametrize(("name", "entry"), list(_entry_points()), ids=lambda v: str(v))
def test_every_entry_point_refuses_a_draft_over_the_limit(
    name: str, entry: Callable[[postlint.Config, str], object]
) -> None:
    config = postlint.Config(limits={"max_bytes": 1_000})
    with pytest.raises(postlint.InputError, match=r"1,000 bytes \(limits\.max_bytes\)"):
        entry(config, "word " * 201)


def test_the_limit_counts_utf8_bytes_not_characters() -> None:
    config = postlint.Config(limits={"max_bytes": 100})
    postlint.check("é" * 50, config=config)  # 100 bytes: accepted
    with pytest.raises(postlint.InputError):
        postlint.check("é" * 51, config=config)  # 51 characters, 102 bytes


def test_a_lone_surrogate_counts_towards_the_limit_without_crashing() -> None:
    config = postlint.Config(limits={"max_bytes": 30})
    with pytest.raises(postlint.InputError):
        postlint.check("\ud800" * 11, config=config)  # 33 bytes as surrogatepass


@pytest.mark.parametrize("pipeline", ["blank", "trained"])
def test_a_draft_exactly_at_the_default_limit_is_checked(pipeline: str) -> None:
    """1,000,000 bytes is also spaCy's ``max_length`` in characters: the edge must pass."""
    text = "Vote Labour on Thursday!\n" + "x" * (1_000_000 - 25)
    assert len(text.encode()) == postlint.Config().limits.max_bytes
    report = postlint.check(text, config=config_for(pipeline))
    assert report.has("politics.partisan-endorsement")
    assert report.pipeline == "blank"  # past limits.max_parsed_chars: rule-based analysis


@pytest.mark.parametrize("pipeline", ["blank", "trained"])
def test_a_raised_limit_passes_spacys_max_length(pipeline: str) -> None:
    """Regression: with ``max_bytes`` raised, spaCy raised a bare ValueError (E088) past
    1,000,000 characters instead of checking the draft."""
    text = "Vote Labour on Thursday!\n" + "x" * 1_200_000
    config = config_for(pipeline, {"limits": {"max_bytes": 2_000_000}})
    report = postlint.check(text, config=config)
    assert [d.evidence for d in report.diagnostics if d.family == "politics"] == [
        "Vote Labour on Thursday!"
    ]


def test_a_long_draft_on_the_trained_path_skips_the_parser() -> None:
    config = config_for("trained", {"limits": {"max_parsed_chars": 1_000}})
    text = "Vote Labour on Thursday! " + "The trains run on time. " * 60
    report = postlint.check(text, config=config)
    assert report.pipeline == "blank"
    assert report.has("politics.partisan-endorsement")
    short = postlint.check("Vote Labour on Thursday!", config=config)
    assert short.pipeline == "en_core_web_sm"


@pytest.mark.parametrize("pipeline", ["blank", "trained"])
def test_check_many_mixes_long_and_short_drafts_like_check(pipeline: str) -> None:
    linter = postlint.Linter(config_for(pipeline, {"limits": {"max_parsed_chars": 500}}))
    texts = ["Vote Labour!", "Vote Labour! " + "More words here. " * 40, "", "#VoteLabour"]
    assert linter.check_many(texts, batch_size=3) == [linter.check(text) for text in texts]


def test_max_parsed_chars_cannot_exceed_spacys_guard() -> None:
    with pytest.raises(postlint.ConfigError, match=r"limits\.max_parsed_chars"):
        postlint.Config.from_mapping({"limits": {"max_parsed_chars": 5_000_000}})


def _doc_scans(linter: postlint.Linter, text: str) -> int:
    """Calls of ``Doc.has_annotation``, which walks every token when the answer is no.

    Work inside spaCy's compiled loops is invisible to a call count, so scans of the whole
    Doc are counted by name: once per draft is fine, once per span or sentence is quadratic.
    """
    scans = 0

    def profile(frame: FrameType, event: str, arg: object) -> None:
        nonlocal scans
        if event == "call" and frame.f_code.co_name == "has_annotation":
            scans += 1

    sys.setprofile(profile)
    try:
        linter.check(text)
    finally:
        sys.setprofile(None)
    return scans


def test_the_whole_doc_is_scanned_a_fixed_number_of_times() -> None:
    """Regression: ``Span.sent`` (politics slogans, phrase rules) and ``has_annotation`` per
    "I" (disclosure) scanned the whole Doc once per span: 1 MB took minutes."""
    linter = postlint.Linter(config_for("blank", _CONFIG))
    linter.check(_draft_of(_SMALL))
    assert _doc_scans(linter, _draft_of(_LARGE)) == _doc_scans(linter, _draft_of(_SMALL))


def test_sentence_of_agrees_with_spacy() -> None:
    linter = postlint.Linter(config_for("blank"))
    text = _draft_of(3_000)
    draft = Draft(text, linter.nlp(text), linter.config, linter.pack)
    for token in draft.doc:
        assert draft.sentence_of(token.i) == draft.doc[token.i : token.i + 1].sent


@pytest.mark.parametrize(
    "unit",
    [
        "a\u200b",
        "\u200b",
        "Ｌａｂｏｕｒ ",
        "L\u0430bour ",
        "T0ries ",
        "L a b o u r ",
        "Lab\u00adour ",
    ],
    ids=["invisible-in-word", "invisible-run", "full-width", "look-alike", "leet", "spaced", "shy"],
)
def test_normalising_disguises_grows_linearly(unit: str) -> None:
    """A draft made of nothing but disguises costs no more per character than a short one."""
    from postlint._engine.normalize import known_words_of, normalize

    known = known_words_of(postlint.Linter(config_for("blank")).pack)
    small, large = unit * 500, unit * 2000
    normalize(small, *known)  # the look-alike table loads outside the count
    ratio = _count_calls(partial(normalize, large, *known)) / _count_calls(
        partial(normalize, small, *known)
    )
    assert ratio <= _MAX_GROWTH, ratio
