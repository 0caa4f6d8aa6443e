"""The package's architecture, enforced: layers import downwards only, no import circles, and
the adapters (command line, language server) use nothing but the public API.

Layers, lowest first (a module may import its own layer and the ones below)::

    values     _errors _models _text _version
    pack       _pack            rules as data: the leaf every layer reads
    settings   _config _markup
    engine     _engine          spaCy, matchers, models' runtimes, caches, Draft
    rules      _rules           rule logic only
    core       _catalog _core   the Linter and the rule catalog
    api        postlint         what __init__ exports
    adapters   cli _cli _audit spark lsp web __main__

Imports inside ``if TYPE_CHECKING:`` are for annotations only and do not count.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SOURCE = Path(__file__).resolve().parents[1] / "src" / "postlint"
LAYERS: list[tuple[str, tuple[str, ...]]] = [
    ("values", ("_errors", "_models", "_text", "_version")),
    ("pack", ("_pack",)),
    ("settings", ("_config", "_markup")),
    ("engine", ("_engine",)),
    ("rules", ("_rules",)),
    ("core", ("_catalog", "_core")),
    ("api", ("",)),
    ("adapters", ("cli", "_cli", "_audit", "spark", "lsp", "web", "__main__")),
]
#: A rule module longer than this says why in its docstring ("Why this module is long").
MAX_RULE_MODULE_LINES = 250
OUTSIDE = ("data", "models")  # data files (and trained models), not part of the running package


def _module_name(path: Path) -> str:
    parts = path.relative_to(SOURCE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _layer(module: str) -> int | None:
    rest = module.removeprefix("postlint").lstrip(".")
    top = rest.split(".", 1)[0]
    if top in OUTSIDE:
        return None
    for index, (_, tops) in enumerate(LAYERS):
        if top in tops:
            return index
    raise AssertionError(f"{module} is in no layer: add it to LAYERS in {__file__}")


def _runtime_imports(path: Path, module: str) -> set[str]:
    """postlint modules ``path`` imports at run time (not under ``if TYPE_CHECKING:``)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    type_only: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            type_only.update(id(child) for child in ast.walk(node))
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(tree):
        if id(node) in type_only:
            continue
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            found.add(base)
            # ``from postlint._rules import base`` imports the submodule too.
            found.update(f"{base}.{alias.name}" for alias in node.names)
    return {name for name in found if name == "postlint" or name.startswith("postlint.")}


def _graph() -> dict[str, set[str]]:
    modules = {_module_name(path): path for path in SOURCE.rglob("*.py")}
    graph: dict[str, set[str]] = {}
    for module, path in modules.items():
        if _layer(module) is None:
            continue
        graph[module] = {name for name in _runtime_imports(path, module) if name in modules}
    return graph


GRAPH = _graph()


@pytest.mark.parametrize("module", sorted(GRAPH))
def test_no_module_imports_a_layer_above_its_own(module: str) -> None:
    own = _layer(module)
    assert own is not None
    upward = sorted(
        name for name in GRAPH[module] if (layer := _layer(name)) is not None and layer > own
    )
    assert not upward, f"{module} ({LAYERS[own][0]}) imports {upward} from a layer above"


@pytest.mark.parametrize("module", sorted(m for m in GRAPH if _layer(m) == len(LAYERS) - 1))
def test_adapters_use_only_the_public_api(module: str) -> None:
    private = sorted(
        name for name in GRAPH[module] if _layer(name) != len(LAYERS) - 1 and name != "postlint"
    )
    assert not private, f"{module} reaches past the public API into {private}"


def test_there_are_no_import_circles() -> None:
    """Tarjan's strongly connected components over the run-time import graph (a package
    importing its own submodules in ``__init__`` is not a circle)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    circles: list[list[str]] = []

    def edges(module: str) -> set[str]:
        # A submodule "importing" its package's __init__ is Python loading the package.
        return {name for name in GRAPH[module] if not module.startswith(name + ".")}

    def visit(module: str) -> None:
        index[module] = low[module] = len(index)
        stack.append(module)
        on_stack.add(module)
        for name in edges(module):
            if name not in index:
                visit(name)
                low[module] = min(low[module], low[name])
            elif name in on_stack:
                low[module] = min(low[module], index[name])
        if low[module] == index[module]:
            component: list[str] = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == module:
                    break
            if len(component) > 1:
                circles.append(sorted(component))

    for module in sorted(GRAPH):
        if module not in index:
            visit(module)
    assert not circles, f"import circles: {circles}"


@pytest.mark.parametrize("path", sorted((SOURCE / "_rules").rglob("*.py")), ids=str)
def test_rule_modules_stay_small(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    lines = text.count("\n")
    docstring = ast.get_docstring(ast.parse(text)) or ""
    assert lines <= MAX_RULE_MODULE_LINES or "Why this module is long" in docstring, (
        f"{path.name} has {lines} lines: split it, or say in its docstring why not"
    )


def test_the_layers_test_can_see_a_violation() -> None:
    """The checks above read real imports: this module's own would be flagged."""
    imports = _runtime_imports(Path(__file__), "tests.test_layers")
    assert imports == set()  # this file imports no postlint module at run time
    sample = SOURCE / "_pack" / "loader.py"
    assert "postlint._pack.model" in _runtime_imports(sample, "postlint._pack.loader")
