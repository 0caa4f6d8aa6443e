"""Importing spaCy without importing its command line.

``import spacy`` runs ``from .cli.info import info`` (spaCy 3.8), which imports spaCy's whole
command line: typer, weasel, httpx, jinja2 and the ``spacy.cli`` commands, a third of the
half second ``import spacy`` takes, on every cold start of postlint, which needs none of it.

:func:`import_spacy` imports spaCy with ``spacy.cli.info`` standing in for a moment as a
module whose ``info`` calls the real one, then makes ``spacy.cli`` a lazily loaded module
(``importlib.util.LazyLoader``, the recipe of the ``importlib`` documentation): the first
use of ``spacy.cli.anything`` imports the real package, and ``import spacy.cli`` works as
always. When spaCy is already imported, or its layout is not the one expected, it is a
plain ``import spacy``.
"""

from __future__ import annotations

import importlib.util
import sys
import types
from typing import Any

__all__ = ["import_spacy"]


def _info(*args: Any, **kwargs: Any) -> Any:
    """``spacy.info``: the real function, imported when called."""
    from spacy.cli.info import info

    return info(*args, **kwargs)


def import_spacy() -> types.ModuleType:
    """``import spacy``, without importing ``spacy.cli`` until something uses it."""
    if "spacy" in sys.modules or "spacy.cli" in sys.modules or "spacy.cli.info" in sys.modules:
        import spacy

        return spacy
    stand_in = types.ModuleType("spacy.cli.info")
    stand_in.info = _info  # type: ignore[attr-defined]
    sys.modules["spacy.cli.info"] = stand_in
    try:
        import spacy
    finally:
        if sys.modules.get("spacy.cli.info") is stand_in:
            del sys.modules["spacy.cli.info"]
    if "spacy.cli" not in sys.modules:
        _make_lazy("spacy.cli", spacy)
    return spacy


def _make_lazy(name: str, parent: types.ModuleType) -> None:
    spec = importlib.util.find_spec(name)
    if spec is None or spec.loader is None:
        return
    loader = importlib.util.LazyLoader(spec.loader)
    spec.loader = loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    loader.exec_module(module)
    setattr(parent, name.rpartition(".")[2], module)
