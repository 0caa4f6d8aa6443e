"""Task P of ``../shared/data/TASKS.md``: risky political stance, per text.

A text is predicted positive when any ``politics.*`` rule fires, under the profile
``uk-civil-service`` for a civil servant's personal account.

Positives: ``semeval2016_stance`` rows with stance favor/against on Hillary Clinton, Donald
Trump or Legalization of Abortion (``#SemST`` removed: a collection artifact);
``multitarget_stance_election2016`` rows with stance favor/against; ``babe_media_bias_sentences``
rows the annotators call the writer's opinion and biased. Negatives: ``uk_gov_blog_posts``;
``babe_media_bias_sentences`` rows that are entirely factual and non-biased;
``tweet_topics_en`` rows without the news & social concern topic.

    python benchmarks/evaluate.py --tasks P
    python benchmarks/task_p.py --errors [--pipeline trained]   # dev mistakes, for tuning

Figures per split (``dev``, ``holdout``), per source (``<split>:<file>``), the false
positive rate on ``uk_gov_blog_posts`` alone (its ``fpr``), and the wrong-direction rate
(``<split>:direction``): on the stance rows that name a person as their target, of the
``partisan-endorsement`` and ``partisan-attack`` findings about that person, the share that
goes the wrong way (support on a row labelled against them, or attack on one labelled for).
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _data import SPLITS, TRAINED_MODEL, BinaryMetrics, Case, load_rows

TITLE = "risky political stance"

CONFIG: dict[str, Any] = {
    "profile": "uk-civil-service",
    "account": {"kind": "personal"},
    "author": {"role": "policy adviser", "organisation": "Department for Education"},
    # Only politics.* decides the task; other families would only cost time.
    "rules": {"select": ["politics"]},
}
STANCE_TARGETS = frozenset({"Hillary Clinton", "Donald Trump", "Legalization of Abortion"})
# On every semeval2016_stance row: how the data was collected, never in a real draft.
_SEMEVAL_ARTIFACT = re.compile(r"\s*#SemST\b", re.IGNORECASE)
_NEWS_TOPIC = "news & social concern"
#: The words by which a finding's target refers to a row's target person.
_TARGET_WORDS = {
    "Hillary Clinton": ("hillary", "clinton"),
    "Donald Trump": ("trump",),
    "Bernie Sanders": ("bernie", "sanders"),
    "Ted Cruz": ("cruz",),
}
_DIRECTION = re.compile(r"(Supports|Attacks) (.+?)(?: \(the quotation you endorse\))?: “")


@dataclass(frozen=True)
class DirectionCase:
    split: str
    text: str
    target: str
    favour: bool


def direction_cases() -> Iterator[DirectionCase]:
    """The positive stance rows whose target is a person (the abortion target is not)."""
    for name in ("semeval2016_stance.jsonl", "multitarget_stance_election2016.jsonl"):
        for row in load_rows(name):
            if row["target"] in _TARGET_WORDS and row["stance"] in {"favor", "against"}:
                text = _SEMEVAL_ARTIFACT.sub("", row["text"]).strip()
                yield DirectionCase(
                    row["split_hint"], text, row["target"], row["stance"] == "favor"
                )


def wrong_direction(
    cases: list[DirectionCase], messages: list[list[str]]
) -> dict[str, float | int]:
    """Of the support/attack findings about each row's target, how many go the wrong way."""
    about = wrong = 0
    for case, found in zip(cases, messages, strict=True):
        for message in found:
            match = _DIRECTION.match(message)
            if match is None:
                continue
            target = match.group(2).lower()
            if not any(word in target for word in _TARGET_WORDS[case.target]):
                continue
            about += 1
            wrong += (match.group(1) == "Supports") != case.favour
    return {"findings": about, "wrong": wrong, "rate": round(wrong / about, 4) if about else 0.0}


def cases() -> Iterator[Case]:
    """Every labelled text of task P, as TASKS.md defines it."""
    for row in load_rows("semeval2016_stance.jsonl"):
        if row["target"] in STANCE_TARGETS and row["stance"] in {"favor", "against"}:
            text = _SEMEVAL_ARTIFACT.sub("", row["text"]).strip()
            yield Case("semeval2016_stance", row["split_hint"], text, True)
    for row in load_rows("multitarget_stance_election2016.jsonl"):
        if row["stance"] in {"favor", "against"}:
            yield Case("multitarget_stance_election2016", row["split_hint"], row["text"], True)
    for row in load_rows("babe_media_bias_sentences.jsonl"):
        opinion, bias = row["label_opinion"], row["label_bias"]
        if opinion.startswith("Expresses writer") and bias == "Biased":
            yield Case("babe_media_bias_sentences", row["split_hint"], row["text"], True)
        elif opinion == "Entirely factual" and bias == "Non-biased":
            yield Case("babe_media_bias_sentences", row["split_hint"], row["text"], False)
    for row in load_rows("uk_gov_blog_posts.jsonl"):
        yield Case("uk_gov_blog_posts", row["split_hint"], row["text"], False)
    for row in load_rows("tweet_topics_en.jsonl"):
        topics = {_normalise_topic(topic) for topic in row["topics"]}
        if _NEWS_TOPIC not in topics:
            yield Case("tweet_topics_en", row["split_hint"], row["text"], False)


def _normalise_topic(topic: str) -> str:
    """``news_&_social_concern`` and ``News & Social Concern`` are the same topic."""
    return " ".join(topic.replace("_", " ").lower().split())


def predictions(model: str | None) -> list[tuple[Case, list[str]]]:
    """Each case with the politics findings (``rule: evidence``) postlint reports."""
    all_cases = list(cases())
    findings = _politics_findings([case.text for case in all_cases], model)
    return [(case, _rule_and_evidence(findings[case.text])) for case in all_cases]


def _rule_and_evidence(findings: list[Any]) -> list[str]:
    return [f"{d.rule}: {d.evidence}" for d in findings]


def _politics_findings(texts: list[str], model: str | None) -> dict[str, list[Any]]:
    """Each distinct text's ``politics.*`` diagnostics, from one Linter."""
    import postlint

    config = postlint.Config.model_validate({**CONFIG, "nlp": {"model": model}})
    distinct = list(dict.fromkeys(texts))
    reports = postlint.Linter(config).check_many(distinct)
    return {
        text: [d for d in report.diagnostics if d.rule.startswith("politics.")]
        for text, report in zip(distinct, reports, strict=True)
    }


def evaluate(model: str | None) -> dict[str, dict[str, float | int]]:
    all_cases = list(cases())
    direction = list(direction_cases())
    # One run for both: the direction rows are (almost all) task P's positives already.
    findings = _politics_findings([c.text for c in all_cases] + [c.text for c in direction], model)
    results = [(case, _rule_and_evidence(findings[case.text])) for case in all_cases]
    figures: dict[str, dict[str, float | int]] = {}
    for split in SPLITS:
        in_split = [(case, bool(found)) for case, found in results if case.split == split]
        metrics = BinaryMetrics.from_pairs((case.expected, found) for case, found in in_split)
        figures[split] = {key: value for key, value in metrics.as_dict().items() if key != "fpr"}
        for source in sorted({case.source for case, _ in in_split}):
            of_source = [(c.expected, found) for c, found in in_split if c.source == source]
            source_metrics = BinaryMetrics.from_pairs(of_source)
            # Sources are all positive, all negative, or (BABE) mixed: show what applies.
            shown: dict[str, float | int] = {"n": source_metrics.count}
            if any(expected for expected, _ in of_source):
                shown["recall"] = round(source_metrics.recall, 4)
            if not all(expected for expected, _ in of_source):
                shown["fpr"] = round(source_metrics.false_positive_rate, 4)
            figures[f"{split}:{source}"] = shown
    for split in SPLITS:
        chosen = [c for c in direction if c.split == split]
        messages = [[d.message for d in findings[c.text]] for c in chosen]
        figures[f"{split}:direction"] = wrong_direction(chosen, messages)
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Task P: figures, or dev mistakes for tuning.")
    parser.add_argument("--pipeline", choices=("blank", "trained"), default="blank")
    parser.add_argument("--errors", action="store_true", help="print dev mistakes")
    args = parser.parse_args(argv)
    model = TRAINED_MODEL if args.pipeline == "trained" else None
    if not args.errors:
        for split, metrics in evaluate(model).items():
            print(split, metrics)
        return 0
    for case, found in predictions(model):
        # Only dev rows: holdout is for reporting, never for reading.
        if case.split != "dev" or case.expected == bool(found):
            continue
        label = "MISS" if case.expected else "FALSE"
        print(f"{label} {case.source}: {' '.join(case.text.split())[:220]}")
        for finding in found:
            print(f"      -> {finding}")
    _print_wrong_directions(model)
    return 0


def _print_wrong_directions(model: str | None) -> None:
    """The dev stance rows where a support/attack finding about the target goes the wrong way."""
    chosen = [case for case in direction_cases() if case.split == "dev"]
    findings = _politics_findings([case.text for case in chosen], model)
    for case in chosen:
        messages = [d.message for d in findings[case.text]]
        if wrong_direction([case], [messages])["wrong"]:
            side = "for" if case.favour else "against"
            print(f"DIRECTION {side} {case.target}: {' '.join(case.text.split())[:220]}")
            for message in messages:
                print(f"      -> {message}")


if __name__ == "__main__":
    raise SystemExit(main())
