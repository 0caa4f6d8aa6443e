"""Shared fixtures: the rule pack, and one Linter factory per NLP path.

The trained path uses ``en_core_web_sm`` (or its pinned, byte-identical re-upload, which
``make test`` installs); tests of that path are skipped only where no trained pipeline is
installed, which never happens under ``make test``.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

import pytest

import postlint
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
