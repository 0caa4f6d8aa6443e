"""Shared fixtures: the rule pack, and one Linter factory per NLP path.

The trained path uses ``en_core_web_sm`` (or its pinned, byte-identical re-upload, which
``make test`` installs); tests of that path are skipped only where no trained pipeline is
installed, which never happens under ``make test``.
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Callable
from typing import Any

import pytest

import postlint
from postlint._engine.draft import Draft
from postlint._pack import RulePack, load_rule_pack

TRAINED_MODEL = "en_core_web_sm"
PIPELINES = ("blank", "trained")


@functools.cache
def trained_pipeline_installed() -> bool:
    try:
        postlint.Linter(postlint.Config(nlp={"model": TRAINED_MODEL}))
    except postlint.PipelineError:
        return False
    return True


def config_for(pipeline: str, data: dict[str, Any] | None = None) -> postlint.Config:
    """A Config for ``pipeline`` (``blank`` or ``trained``) with ``data`` merged in."""
    data = dict(data or {})
    if pipeline == "trained":
        if not trained_pipeline_installed():
            pytest.skip(f"{TRAINED_MODEL} is not installed (make test installs it)")
        data["nlp"] = {"model": TRAINED_MODEL}
    return postlint.Config.model_validate(data)


#: The rules of a stance towards a party or politician.
SIDES = ("politics.partisan-endorsement", "politics.partisan-attack")
#: A UK civil servant's personal draft, read by the politics rules alone (``lint(text,
#: **POLITICS_OF_A_CIVIL_SERVANT)``).
POLITICS_OF_A_CIVIL_SERVANT: dict[str, Any] = {
    "profile": "uk-civil-service",
    "account": {"kind": "personal"},
    "rules": {"select": ["politics"]},
}


#: ``lint(text, **config)``: the ``lint`` fixture's call.
Lint = Callable[..., postlint.Report]


def politics_messages(lint: Lint, text: str) -> list[str]:
    """The messages of the politics findings on a UK civil servant's personal ``text``."""
    found = lint(text, **POLITICS_OF_A_CIVIL_SERVANT).diagnostics
    return [d.message for d in found if d.rule.startswith("politics.")]


def politics_heads(lint: Lint, text: str) -> list[str]:
    """``politics_messages``, each to its head: "Supports Labour", "Attacks the SNP"."""
    return [message.split(":", 1)[0] for message in politics_messages(lint, text)]


def sided_heads(lint: Lint, text: str) -> list[str]:
    """``politics_heads`` that take a side on someone: "Supports …" or "Attacks …"."""
    return [h for h in politics_heads(lint, text) if h.startswith(("Supports", "Attacks"))]


#: Parties of the UK and the US, each written as a post names it: a test that reads a turn of
#: phrase over all of them shows it is read alike whoever's it is.
EVERY_PARTY = [
    "Labour",
    "the Conservatives",
    "the Lib Dems",
    "Reform UK",
    "the Greens",
    "the SNP",
    "Plaid Cymru",
    "the Democrats",
    "the Republicans",
]


#: Each party against the next, and the next against it: every party on both sides of a pair.
RIVALS = [
    pair for a, b in itertools.pairwise([*EVERY_PARTY, EVERY_PARTY[0]]) for pair in ((a, b), (b, a))
]


def sides_about(heads: list[str], actor: str) -> set[str]:
    """The directions ("Supports", "Attacks") of the finding heads (``politics_heads``) that
    name ``actor``."""
    return {h.split(" ", 1)[0] for h in heads if bare_name(actor) in h}


#: Every party, and politicians of three countries: who a turn of phrase about someone is
#: read over.
PARTIES_AND_POLITICIANS = [
    *EVERY_PARTY,
    "Starmer",
    "Badenoch",
    "Farage",
    "Harris",
    "Trump",
    "Newsom",
    "Dutton",
]


def sides_on(lint: Lint, frame: str, who: str) -> set[str]:
    """The directions of the politics findings on ``frame`` filled with ``who`` (sentence
    case) that name ``who``: ``sides_about`` of the draft's heads."""
    return sides_about(politics_heads(lint, sentence_case(frame.format(who))), who)


def sentence_case(text: str) -> str:
    """``text`` with its first letter capitalised, as a sentence opening with an actor reads
    ("the Greens have…" -> "The Greens have…")."""
    return text[0].upper() + text[1:]


def bare_name(actor: str) -> str:
    """An actor as a message names it, without "the" or a title ("the Greens" -> "Greens",
    "Governor Abbott" -> "Abbott")."""
    return actor.removeprefix("the ").removeprefix("Governor ")


def missing_disclosure(lint: Lint, text: str, organisation: str, role: str) -> list[str]:
    """The messages of ``disclosure.missing`` on ``text`` as a personal post by a ``role`` at
    ``organisation``."""
    config = {
        "account": {"kind": "personal"},
        "author": {"organisation": organisation, "role": role},
    }
    return [d.message for d in lint(text, **config).diagnostics if d.rule == "disclosure.missing"]


def missing_for_each(
    lint: Lint, template: str, employers: list[tuple[str, str]]
) -> dict[str, list[str]]:
    """``disclosure.missing``'s messages on ``template`` for each of ``employers`` (pairs of
    organisation and role) that gets one, filled with its organisation (``{org}``,
    ``{lower_org}`` in lower case) and role (``{role}``)."""
    found = {}
    for org, role in employers:
        text = template.format(org=org, lower_org=org.lower(), role=role)
        if messages := missing_disclosure(lint, text, org, role):
            found[org] = messages
    return found


def civil_servant_check(text: str) -> postlint.Report:
    """``text`` checked as a UK civil servant's personal draft, on the blank path."""
    return postlint.check(text, config=config_for("blank", {"profile": "uk-civil-service"}))


def civil_servant_draft(text: str) -> Draft:
    """``text`` as a UK civil servant's Draft, on the blank path (for the rules' helpers)."""
    settings = config_for("blank", {"profile": "uk-civil-service"})
    linter = postlint.Linter(settings)
    return Draft(text, linter.nlp(text), settings, linter.pack)


def sided_messages(text: str) -> list[str]:
    """The messages of the support and attack findings on a UK civil servant's ``text``."""
    return [d.message for d in civil_servant_check(text).diagnostics if d.rule in SIDES]


@pytest.fixture(scope="session")
def pack() -> RulePack:
    return load_rule_pack()


@pytest.fixture(params=PIPELINES)
def pipeline(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def lint(pipeline: str) -> Callable[..., postlint.Report]:
    """``lint(text, **config)`` on the parametrised NLP path."""

    def run(text: str, **config: Any) -> postlint.Report:
        return postlint.check(text, config=config_for(pipeline, config))

    return run
