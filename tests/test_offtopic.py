"""offtopic.drift and offtopic.sentence through the public API, on both NLP paths; and the
config parts they read (thresholds, remit examples from a file)."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import postlint
from postlint._engine.draft import Draft
from postlint._engine.similarity import content_terms
from postlint._rules.offtopic.remit import (
    draft_lemmas as _draft_lemmas,
)
from postlint._rules.offtopic.remit import (
    draft_match as _draft_match,
)
from postlint._rules.offtopic.remit import (
    paragraphs as _paragraphs,
)
from postlint._rules.offtopic.remit import (
    remit_for,
)
from postlint._rules.offtopic.remit import (
    terms_of as _terms,
)
from tests.conftest import config_for

Lint = Callable[..., postlint.Report]

REMIT: dict[str, Any] = {
    "kind": "official",
    "remit": [
        "Rail services, timetables and engineering works",
        "Driving tests and road safety",
        "Bus routes and fares",
    ],
    "remit_examples": [
        "Engineering works close the railway line on Sunday; replacement buses run all day.",
        "New rail timetables start in December, with extra early trains on the coast line.",
        "Book your practical driving test online; test centres are open Monday to Saturday.",
        "Bus fares for under-19s are capped at £1 on every route in the county from next month.",
        "Road safety week: slow down near schools and give cyclists room when overtaking.",
    ],
}
ON_TOPIC = (
    "Replacement buses run between the two stations on Sunday while engineering works "
    "close the railway line."
)
OFF_TOPIC = (
    "Our favourite sourdough recipe: feed the starter overnight, knead the dough gently "
    "and bake the loaf in a very hot oven."
)
ASIDE = (
    "Engineering works close the railway line on Sunday, so replacement buses run every "
    "20 minutes between the stations. Also, my cat had kittens!"
)


def _rules(report: postlint.Report, rule: str) -> list[postlint.Diagnostic]:
    return [d for d in report.diagnostics if d.rule == rule]


def _check(lint: Lint, text: str, **config: Any) -> postlint.Report:
    config.setdefault("account", REMIT)
    config.setdefault("rules", {"select": ["offtopic"]})
    return lint(text, **config)


def test_drift_says_in_words_what_the_post_is_about_and_what_the_remit_is(lint: Lint) -> None:
    found = _rules(_check(lint, OFF_TOPIC), "offtopic.drift")
    assert len(found) == 1
    diagnostic = found[0]
    assert diagnostic.message.startswith("This post is about “"), diagnostic.message
    assert "“sourdough”" in diagnostic.message
    remit = "Rail services, timetables and engineering works; Driving tests and road safety"
    assert f"remit ({remit}; Bus routes and fares)" in diagnostic.message
    # Figures a reader cannot check against the screen stay out of the sentence.
    assert not re.search(r"similarity|threshold|\d\.\d", diagnostic.message)
    assert diagnostic.evidence == OFF_TOPIC
    assert diagnostic.guidance
    assert 0.5 <= diagnostic.confidence <= 0.95


def test_an_on_topic_draft_is_quiet(lint: Lint) -> None:
    assert not _check(lint, ON_TOPIC).diagnostics


def test_the_message_picks_the_topic_the_draft_is_nearest_to(lint: Lint) -> None:
    # Off the remit overall, but its few remit words are about driving.
    text = (
        "The garden party menu: cucumber sandwiches, scones with jam, strawberries, "
        "lemonade and a cake shaped like a driving test car."
    )
    found = _rules(_check(lint, text, offtopic={"drift_threshold": 10.0}), "offtopic.drift")
    assert found and "“Driving tests and road safety”" in found[0].message


def test_without_a_remit_drift_is_quiet(lint: Lint) -> None:
    report = _check(lint, OFF_TOPIC, account={"kind": "official"})
    assert not _rules(report, "offtopic.drift")


@pytest.mark.parametrize(
    "text",
    [
        "Lovely sunny day!",
        "Thank you to everyone who came to the summer fete and the dog show on Saturday!",
        "Severe weather warning: do not travel tonight unless you must.",
        "We will observe a minute's silence at 11am in every office and depot.",
    ],
    ids=["too-short", "thanks", "emergency", "cross-government"],
)
def test_short_posts_thanks_emergency_and_cross_government_messages_are_not_drift(
    lint: Lint, text: str
) -> None:
    assert not _rules(_check(lint, text), "offtopic.drift")


def test_thanks_do_not_excuse_a_long_off_topic_post(lint: Lint) -> None:
    text = (
        "Thanks for the recipes! Our favourite sourdough: feed the starter overnight, knead "
        "the dough gently, let it prove in a floured basket and bake the loaf in a very hot "
        "oven with a tray of water for steam, then cool it on a rack before slicing."
    )
    assert _rules(_check(lint, text), "offtopic.drift")


def test_thresholds_are_settable_in_config(lint: Lint) -> None:
    assert not _check(lint, OFF_TOPIC, offtopic={"drift_threshold": 0.0}).diagnostics
    assert _rules(_check(lint, ON_TOPIC, offtopic={"drift_threshold": 50.0}), "offtopic.drift")


def test_a_personal_aside_in_an_on_topic_draft(lint: Lint) -> None:
    found = _rules(_check(lint, ASIDE), "offtopic.sentence")
    assert [d.evidence for d in found] == ["Also, my cat had kittens!"]
    assert "personal aside about" in found[0].message and "“cat”" in found[0].message
    assert "similarity" not in found[0].message
    assert not _rules(_check(lint, ASIDE), "offtopic.drift")


def test_without_a_remit_an_aside_unrelated_to_the_rest_is_still_found(lint: Lint) -> None:
    found = _rules(_check(lint, ASIDE, account={"kind": "official"}), "offtopic.sentence")
    assert [d.evidence for d in found] == ["Also, my cat had kittens!"]
    assert "rest of the draft" in found[0].message


@pytest.mark.parametrize(
    "text",
    [
        ASIDE,
        "Lovely run along the canal this morning. Also, my cat had kittens!",
        "Back at my desk after the wedding. Huge thanks to everyone who came to Whitby!",
    ],
)
def test_a_personal_account_without_a_remit_has_no_asides(lint: Lint, text: str) -> None:
    """On a personal account the birthday or the dog is the point of the post."""
    assert not _rules(_check(lint, text, account={"kind": "personal"}), "offtopic.sentence")


PARAGRAPH_ASIDE = (
    "Engineering works close the railway line on Sunday, so replacement buses run every "
    "20 minutes between the stations. Tickets for the trains are valid on the buses.\n\n"
    "On a personal note, my cat had kittens this week. Four of them, all asleep in my "
    "garden shed!"
)


@pytest.mark.parametrize("account", [REMIT, {"kind": "official"}], ids=["remit", "no-remit"])
def test_an_aside_paragraph_of_several_sentences_is_found_as_one(
    lint: Lint, account: dict[str, Any]
) -> None:
    found = _rules(_check(lint, PARAGRAPH_ASIDE, account=account), "offtopic.sentence")
    assert [d.evidence for d in found] == [
        "On a personal note, my cat had kittens this week. Four of them, all asleep in my "
        "garden shed!"
    ]
    assert found[0].message.startswith("This paragraph")


def test_a_post_about_private_life_throughout_has_no_single_aside(lint: Lint) -> None:
    text = "My cat had kittens this week. The kittens sleep in my garden all day long."
    assert not _rules(_check(lint, text, account={"kind": "personal"}), "offtopic.sentence")


def test_a_sentence_that_shares_no_words_but_names_no_private_life_is_quiet(lint: Lint) -> None:
    text = (
        "Replacement buses run between the two stations on Sunday while engineering works "
        "close the railway line. Tickets bought online stay valid."
    )
    assert not _rules(_check(lint, text), "offtopic.sentence")


def test_a_quoted_aside_is_someone_elses_words(lint: Lint) -> None:
    text = (
        "Engineering works close the railway line on Sunday, so replacement buses run every "
        "20 minutes between the stations.\n> My cat had kittens on the replacement bus!"
    )
    assert not _rules(_check(lint, text), "offtopic.sentence")


def test_remit_examples_load_from_a_file_beside_the_config(tmp_path: Path) -> None:
    posts = tmp_path / "posts" / "past.txt"
    posts.parent.mkdir()
    posts.write_text(
        "Rail replacement buses run on Sunday.\n\nDriving test centres\nopen at 8am.\n",
        encoding="utf-8",
    )
    config_file = tmp_path / ".postlint.toml"
    config_file.write_text(
        '[account]\nremit_examples = ["Bus fares are capped."]\n'
        'remit_examples_file = "posts/past.txt"\n',
        encoding="utf-8",
    )
    config = postlint.Config.from_file(config_file)
    assert config.account.remit_examples == [
        "Bus fares are capped.",
        "Rail replacement buses run on Sunday.",
        "Driving test centres\nopen at 8am.",
    ]
    assert config.account.remit_examples_file == str(posts.resolve())


def test_remit_examples_load_from_json_lines(tmp_path: Path) -> None:
    (tmp_path / "past.jsonl").write_text(
        '{"text": "Rail replacement buses run on Sunday."}\n\n{"text": "Fares are capped."}\n',
        encoding="utf-8",
    )
    config_file = tmp_path / ".postlint.toml"
    config_file.write_text('[account]\nremit_examples_file = "past.jsonl"\n', encoding="utf-8")
    config = postlint.Config.from_file(config_file)
    assert config.account.remit_examples == [
        "Rail replacement buses run on Sunday.",
        "Fares are capped.",
    ]


@pytest.mark.parametrize(
    ("content", "name", "expected"),
    [
        (None, "missing.txt", "cannot read"),
        ('{"text": 3}\n', "bad.jsonl", "bad.jsonl:1: expected an object with a text field"),
        ("{not json\n", "broken.jsonl", "broken.jsonl:1: invalid JSON"),
    ],
)
def test_a_bad_remit_examples_file_names_the_file(
    tmp_path: Path, content: str | None, name: str, expected: str
) -> None:
    if content is not None:
        (tmp_path / name).write_text(content, encoding="utf-8")
    config_file = tmp_path / ".postlint.toml"
    config_file.write_text(f'[account]\nremit_examples_file = "{name}"\n', encoding="utf-8")
    with pytest.raises(postlint.ConfigError, match=re.escape(expected)):
        postlint.Config.from_file(config_file)


def test_a_negative_threshold_is_rejected() -> None:
    with pytest.raises(postlint.ConfigError, match=r"offtopic\.drift_threshold"):
        postlint.Config.from_mapping({"offtopic": {"drift_threshold": -1}})


def test_the_words_kept_per_draft_are_those_of_its_tokens(pipeline: str) -> None:
    """Both rules read each unit's words from one pass over the draft; they must be what
    reading the unit's own tokens gives (bigrams of a paragraph run across its sentences)."""
    linter = postlint.Linter(config_for(pipeline, {"account": REMIT}))
    text = f"{ASIDE}\n\n{ON_TOPIC} Thanks to #RoadSafety teams!\n\n{OFF_TOPIC} Was it?"
    draft = Draft(text, linter.nlp(text), linter.config, linter.pack)
    analysed = [
        (s, lemmas) for s in draft.sentences if (lemmas := _draft_lemmas(draft, s.start, s.end))
    ]
    assert len(analysed) > 4
    for sentence, lemmas in analysed:
        assert _terms(lemmas) == content_terms(sentence)
    paragraphs = _paragraphs(draft, analysed)
    assert len(paragraphs) == 3
    for paragraph, lemmas in paragraphs:
        assert _terms(lemmas) == content_terms(paragraph)
    remit = remit_for(linter.nlp, linter.config)
    assert remit is not None
    assert _draft_match(draft, remit) == remit.match(content_terms(draft.doc))


@pytest.mark.parametrize(
    ("value", "threshold", "expected"),
    [
        (0.1496, 0.15, ("0.1496", "0.1500")),
        (0.12, 0.15, ("0.12", "0.15")),
        (0.149999, 0.15, ("0.149999", "0.150000")),
        (0.151, 0.15, ("0.15", "0.15")),  # not below: equal figures say "not below" too
    ],
)
def test_similarity_figures_agree_with_the_decision(
    value: float, threshold: float, expected: tuple[str, str]
) -> None:
    from postlint._rules.offtopic.figures import distinct_figures

    assert distinct_figures(value, threshold) == expected


def test_a_remit_too_thin_to_judge_is_said_once_instead_of_guessing(lint: Lint) -> None:
    strap_line = {"kind": "official", "remit": ["Animal health science at the agency"]}
    report = _check(lint, OFF_TOPIC, account=strap_line, rules={"select": ["offtopic"]})
    assert [d.rule for d in report.diagnostics] == ["offtopic.thin-remit"]
    assert "remit_examples_file" in report.diagnostics[0].message
    # The same draft against a remit with past posts is judged, and the note is gone.
    judged = _check(lint, OFF_TOPIC, rules={"select": ["offtopic"]})
    assert [d.rule for d in judged.diagnostics] == ["offtopic.drift"]


#: An intellectual-property office's official account, with past posts, drift alone.
IP_OFFICE = {
    "profile": "uk-civil-service",
    "account": {
        "kind": "official",
        "remit": ["Intellectual property: patents, trade marks and copyright"],
        "remit_examples": [
            "New guidance on patent fees.",
            "How to register a trade mark.",
            "Copyright and AI: our consultation.",
        ],
    },
    "rules": {"select": ["offtopic.drift"]},
}


def test_a_drift_message_names_what_a_post_is_about_not_who() -> None:
    text = (
        "Priya Castellanos, a member of the Wellbeing Network at Eastgate House, looks at the "
        "nutritional issues around office cake."
    )
    [finding] = postlint.check(text, config=IP_OFFICE).diagnostics
    about = finding.message.split(", outside")[0]
    assert "cake" in about
    assert not any(name in about for name in ("priya", "castellanos", "eastgate"))


def test_a_drift_message_shows_the_words_as_the_post_wrote_them() -> None:
    # Lemmas are how postlint compares words, not how a reader finds them: "data", not
    # "datum"; "kittens", not "kitten".
    text = "Our kittens love the garden data: the kittens sleep, the kittens play, the data grow."
    [finding] = postlint.check(text, config=IP_OFFICE).diagnostics
    about = finding.message.split(", outside")[0]
    assert "“kittens”" in about and "“data”" in about, about
    assert "datum" not in about and "“kitten”" not in about


def test_what_a_post_is_about_is_told_by_its_things_not_its_adverbs_or_past_tenses() -> None:
    from postlint._engine.similarity import Remit
    from postlint._rules.offtopic.figures import about_words

    remit = Remit([("Rail services and timetables", ["rail", "service", "timetable"])], [])
    lemmas = ["importantly", "show", "see", "electricity", "bathroom", "fairly", "kettle"]
    written = {"importantly": "importantly", "show": "showed", "see": "saw", "fairly": "fairly"}
    shown = about_words(lemmas, remit, written=written)
    assert set(re.findall(r"“(\w+)”", shown)) == {"electricity", "bathroom", "kettle"}, shown
