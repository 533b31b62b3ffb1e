"""docs/architecture.md's drawing of a session's data flow, and the layers, checked against the
code so that neither can drift.

* Every module the drawing names exists.
* ``A -->|..| B``: B imports A (it reads what A makes).
* ``A -.->|s1, s2| B``: A declares each signal, and B connects it (``.s1.connect(``), or a
  module that knows both (imports them, for their types too: the one that wires them up).
* ``A ==>|Proto: ..| B``: A declares the protocol ``Proto`` and a class of B has its methods.
* README's architecture section shows the same drawing.
* No import in the package goes up the layers: core < services, paths, i18n < ui < app < cli.
"""

from __future__ import annotations

import ast
import functools
import importlib
import inspect
import re
import sys
from pathlib import Path

import pytest
from test_architecture import PACKAGE, _import_graph, _imports, _module_name

ROOT = PACKAGE.parent
DOC = ROOT / "docs" / "architecture.md"
README = ROOT / "README.md"
BLOCK = re.compile(r"<!-- session-flow:begin -->\n```mermaid\n(.*?)```\n<!-- session-flow:end -->",
                   re.S)
NODE = re.compile(r'(\w+)\["([\w/.]+)"\]')
ARROW = re.compile(r"^\s*(\w+)(?:\[\"[\w/.]+\"\])?\s*(-->|-\.->|==>)\|([^|]+)\|\s*(\w+)")
LAYERS = {"core": 0, "": 0, "services": 1, "paths": 1, "i18n": 1, "ui": 2, "app": 3, "cli": 4,
          "__main__": 4}


def _drawing(path: Path) -> str:
    found = BLOCK.findall(path.read_text(encoding="utf-8"))
    assert len(found) == 1, f"{path.name}: one session-flow block, between its two markers"
    return str(found[0])


def _parse(drawing: str) -> tuple[dict[str, str], list[tuple[str, str, str, str]]]:
    """Nodes (id -> module path as drawn) and arrows (tail, kind, label, head)."""
    nodes = dict(NODE.findall(drawing))
    arrows = []
    for line in drawing.splitlines()[1:]:
        if line.strip():
            match = ARROW.match(line)
            assert match, f"not an arrow this test reads: {line.strip()}"
            tail, kind, label, head = match.groups()
            arrows.append((tail, kind, label.strip(), head))
    return nodes, arrows


def _module(drawn: str) -> str:
    """``core/history/store`` -> ``pilates_desktop.core.history.store`` (a module or package)."""
    path = PACKAGE / drawn
    assert path.with_suffix(".py").is_file() or (path / "__init__.py").is_file(), (
        f"the drawing names {drawn}, which is not a module of the package")
    return "pilates_desktop." + drawn.replace("/", ".")


def _file(module: str) -> Path:
    path = ROOT / module.replace(".", "/")
    return path / "__init__.py" if path.is_dir() else path.with_suffix(".py")


@functools.cache
def _known_by() -> dict[str, set[str]]:
    """Each module and what it imports, type-only imports included (it knows those names)."""
    paths = {_module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}
    known = set(paths)
    graph = {}
    for name, path in paths.items():
        source = path.read_text(encoding="utf-8").replace("if TYPE_CHECKING:", "if True:")
        graph[name] = set(_imports(name, path.name == "__init__.py", ast.parse(source), known))
    return graph


def _signal_problems(tail: str, head: str, signals: list[str]) -> list[str]:
    problems = []
    knows = _known_by()
    declared = _file(tail).read_text(encoding="utf-8")
    for signal in signals:
        if not re.search(rf"^\s+{signal} = Signal\(", declared, re.M):
            problems.append(f"{tail} declares no signal {signal}")
            continue
        wiring = [m for m, uses in knows.items()
                  if (m == head or (head in uses and (m == tail or tail in uses)))
                  and f".{signal}.connect(" in _file(m).read_text(encoding="utf-8")]
        if not wiring:
            problems.append(f"{tail}.{signal} is connected nowhere that knows {head}")
    return problems


def _protocol_problems(tail: str, head: str, protocol: str) -> list[str]:
    declared = getattr(importlib.import_module(tail), protocol, None)
    if declared is None or not getattr(declared, "_is_protocol", False):
        return [f"{tail} declares no protocol {protocol}"]
    wanted = {n for n, v in vars(declared).items() if inspect.isfunction(v)}
    module = importlib.import_module(head)
    for _name, cls in inspect.getmembers(module, inspect.isclass):
        if cls.__module__ == head and all(callable(getattr(cls, m, None)) for m in wanted):
            return []
    return [f"no class of {head} has every method of {tail}.{protocol}: {sorted(wanted)}"]


@functools.cache
def _graph() -> dict[str, dict[str, int]]:
    return _import_graph()


def test_the_session_flow_drawing_matches_the_code() -> None:
    nodes, arrows = _parse(_drawing(DOC))
    assert len(arrows) >= 10, "the drawing lost its arrows"
    modules = {node: _module(drawn) for node, drawn in nodes.items()}
    graph = _graph()
    problems = []
    for tail, kind, label, head in arrows:
        a, b = modules[tail], modules[head]
        if kind == "-->" and a not in graph[b]:
            problems.append(f"{nodes[tail]} --> {nodes[head]}: {b} does not import {a}")
        elif kind == "-.->":
            problems += _signal_problems(a, b, [s.strip() for s in label.split(",")])
        elif kind == "==>":
            problems += _protocol_problems(a, b, label.split(":")[0].strip())
    assert not problems, "docs/architecture.md's drawing is out of date:\n" + "\n".join(problems)


def test_the_readme_shows_the_same_drawing() -> None:
    assert _drawing(README) == _drawing(DOC)


@pytest.mark.parametrize(("line", "problem"), [
    ('    a["core/timeline"] -->|Timeline| b["core/routines"]', "does not import"),
    ('    a["services/session"] -.->|no_such_signal| b["ui/player/view"]', "declares no signal"),
    ('    a["services/history"] -.->|restore_deferred| b["ui/figure_view/widget"]',
     "connected nowhere"),
    ('    a["core/session"] ==>|Recorder: rows| b["core/timeline"]', "no class of"),
    ('    a["core/no_such_module"] -->|x| b["core/timeline"]', "not a module"),
])
def test_the_drawing_check_sees_a_wrong_arrow(line: str, problem: str, monkeypatch: pytest.MonkeyPatch,
                                              tmp_path: Path) -> None:
    doc = tmp_path / "architecture.md"
    doc.write_text("<!-- session-flow:begin -->\n```mermaid\nflowchart TD\n" + "\n".join(
        [line] * 10) + "\n```\n<!-- session-flow:end -->\n", encoding="utf-8")
    monkeypatch.setattr(sys.modules[__name__], "DOC", doc)
    with pytest.raises(AssertionError, match=problem):
        test_the_session_flow_drawing_matches_the_code()


def _layer(module: str) -> int:
    parts = module.split(".")
    return LAYERS[parts[1] if len(parts) > 1 else ""]


def test_no_import_goes_up_the_layers() -> None:
    graph = _graph()
    upward = [f"{a} (layer {_layer(a)}) imports {b} (layer {_layer(b)}) at line {line}"
              for a, targets in sorted(graph.items()) for b, line in sorted(targets.items())
              if _layer(b) > _layer(a)]
    assert not upward, "docs/architecture.md, 'The layers':\n" + "\n".join(upward)


def test_every_top_level_module_has_a_layer() -> None:
    tops = {p.relative_to(PACKAGE).parts[0].removesuffix(".py") for p in PACKAGE.rglob("*.py")}
    tops = {t for t in tops if t not in ("__init__", "data", "assets", "translations")}
    assert tops <= set(LAYERS), f"give these a layer (docs/architecture.md): {tops - set(LAYERS)}"
