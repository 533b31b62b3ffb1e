"""The shape of the code, checked so that it cannot drift (docs/architecture.md explains it).

* One composition root: the QApplication is constructed in ``app.py`` and nowhere else, and no
  module reaches for ``QApplication.instance()`` to find a service.
* Every question to the user goes through the Prompter: message, input and file dialogs are
  opened in ``ui/dialogs/prompter.py`` only.
* No import cycle among the package's modules, imports inside functions included (an import
  under ``if TYPE_CHECKING:`` never runs, so it is left out: it names a type, it loads nothing).
* No module over 600 lines, no folder with more than 12 modules (``__init__.py`` aside).
* No module-level mutable state: no ``global`` statement, and no dict, list or set made at
  module level that the code changes later (a cache, a registry, "the last one"): such state
  belongs to an object the composition root makes and passes on.
* History reads and writes through the history service only (which defers a restore during a
  session and retries refused writes): no module in ``ui/history/`` touches the store.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "pilates_desktop"
APP_CLASSES = {"QApplication", "QGuiApplication", "QCoreApplication"}
DIALOG_CLASSES = {"QMessageBox", "QInputDialog", "QFileDialog"}
DIALOG_EXCEPTIONS: set[tuple[str, str]] = set()
MAX_LINES = 600
MAX_MODULES = 12
# Modules being split right now by other helpers: the lead takes them off when those land.
TOO_LONG_FOR_NOW: set[str] = set()


def _modules() -> Iterator[tuple[str, ast.AST]]:
    for path in sorted(PACKAGE.rglob("*.py")):
        yield path.relative_to(PACKAGE).as_posix(), ast.parse(path.read_text(encoding="utf-8"))


def _calls(tree: ast.AST) -> Iterator[tuple[int, str]]:
    """Every call as the dotted name it is made through ("QMessageBox.warning", "QApplication")."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            func = node.func
            if isinstance(func, ast.Name):
                yield node.lineno, func.id
            elif isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name):
                yield node.lineno, f"{func.value.id}.{func.attr}"


def test_the_application_object_is_made_and_found_in_app_py_only() -> None:
    found = []
    for module, tree in _modules():
        for line, name in _calls(tree):
            owner, _, attr = name.partition(".")
            if owner in APP_CLASSES and attr in ("", "instance") and module != "app.py":
                found.append(f"{module}:{line}: {name}()")
    assert not found, "build_app makes the QApplication and passes what is needed:\n" + "\n".join(
        found)


def test_every_question_goes_through_the_prompter() -> None:
    found = []
    for module, tree in _modules():
        if module == "ui/dialogs/prompter.py":
            continue
        for line, name in _calls(tree):
            owner = name.partition(".")[0]
            if owner in DIALOG_CLASSES and (module, name) not in DIALOG_EXCEPTIONS:
                found.append(f"{module}:{line}: {name}()")
    assert not found, "ask through the Prompter instead:\n" + "\n".join(found)


def _store_uses(tree: ast.AST) -> Iterator[tuple[int, str]]:
    """Imports of the store, and any ``.store`` attribute or ``store`` name."""
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            for alias in node.names:
                if alias.name == "HistoryStore" or (node.module or "").endswith("history.store"):
                    yield node.lineno, f"import {alias.name}"
        elif isinstance(node, ast.Attribute) and node.attr in ("store", "_store"):
            yield node.lineno, f".{node.attr}"
        elif isinstance(node, ast.Name) and node.id in ("store", "HistoryStore"):
            yield node.lineno, node.id


def test_history_goes_through_the_history_service() -> None:
    found = [f"{module}:{line}: {what}" for module, tree in _modules()
             if module.startswith("ui/history/") for line, what in _store_uses(tree)]
    assert not found, "use services/history.py's HistoryService:\n" + "\n".join(found)


def test_the_checks_see_what_they_look_for() -> None:
    store_code = ast.parse("from pilates_desktop.core.history import HistoryStore\n"
                           "view.store.sessions()\nstore.count()\n")
    assert [what for _, what in _store_uses(store_code)] == [
        "import HistoryStore", ".store", "store"]
    tree = ast.parse("box = QMessageBox(None)\nQMessageBox.warning(None, 't', 'x')\n"
                     "app = QApplication.instance()\n")
    assert [name for _, name in _calls(tree)] == ["QMessageBox", "QMessageBox.warning",
                                                  "QApplication.instance"]


# --- import cycles -------------------------------------------------------------------------------


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")


def _imports(name: str, is_package: bool, tree: ast.AST, known: set[str]) -> dict[str, int]:
    """The package's modules ``name`` imports (at any depth of the code), with a line each."""
    found: dict[str, int] = {}

    def visit(node: ast.AST) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.If) and _is_type_checking(child):
                for other in child.orelse:
                    visit_one(other)
            else:
                visit_one(child)

    def visit_one(node: ast.AST) -> None:
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name in known:
                    found.setdefault(alias.name, node.lineno)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = name.split(".") if is_package else name.split(".")[:-1]
                base = base[:len(base) - (node.level - 1)]
                source = ".".join(base + ([node.module] if node.module else []))
            else:
                source = node.module or ""
            if source in known:
                for alias in node.names:
                    sub = f"{source}.{alias.name}"  # a module, or a name the module defines
                    found.setdefault(sub if sub in known else source, node.lineno)
        visit(node)

    visit(tree)
    found.pop(name, None)
    return found


def _import_graph() -> dict[str, dict[str, int]]:
    paths = {_module_name(path): path for path in sorted(PACKAGE.rglob("*.py"))}
    known = set(paths)
    return {name: _imports(name, path.name == "__init__.py",
                           ast.parse(path.read_text(encoding="utf-8")), known)
            for name, path in paths.items()}


def _cycles(graph: dict[str, dict[str, int]]) -> list[list[str]]:
    """One cycle (as a path that comes back to its start) per strongly connected component."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    components: list[set[str]] = []

    def connect(node: str) -> None:  # Tarjan; the package is small enough for recursion
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in sorted(graph[node]):
            if target not in index:
                connect(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = set()
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.add(member)
                if member == node:
                    break
            if len(component) > 1:
                components.append(component)

    for node in sorted(graph):
        if node not in index:
            connect(node)
    cycles = []
    for component in components:  # the shortest way back from the first member to itself
        start = min(component)
        paths = {start: [start]}
        queue = [start]
        while queue:
            node = queue.pop(0)
            for target in sorted(graph[node]):
                if target == start:
                    queue = []
                    cycles.append(paths[node] + [start])
                    break
                if target in component and target not in paths:
                    paths[target] = paths[node] + [target]
                    queue.append(target)
    return cycles


def _describe(cycle: list[str], graph: dict[str, dict[str, int]]) -> str:
    steps = [f"{a} (line {graph[a][b]})" for a, b in zip(cycle, cycle[1:], strict=False)]
    return " -> ".join(steps + [cycle[-1]])


def test_no_import_cycle_deferred_imports_included() -> None:
    graph = _import_graph()
    cycles = _cycles(graph)
    assert not cycles, "import cycles (each arrow is an import, at the line given):\n" + "\n".join(
        _describe(cycle, graph) for cycle in cycles)


def test_the_cycle_check_sees_deferred_imports_and_skips_type_only_ones() -> None:
    known = {"p", "p.a", "p.b", "p.c"}
    a = ast.parse("def f():\n    from p import b\n")
    b = ast.parse("from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from p.c import X\n"
                  "else:\n    import p.a\n")
    c = ast.parse("from . import a\nfrom .b import name\n")
    graph = {"p": {}, "p.a": _imports("p.a", False, a, known),
             "p.b": _imports("p.b", False, b, known), "p.c": _imports("p.c", False, c, known)}
    assert graph["p.a"] == {"p.b": 2}
    assert graph["p.b"] == {"p.a": 5}
    assert graph["p.c"] == {"p.a": 1, "p.b": 2}
    assert _cycles(graph) == [["p.a", "p.b", "p.a"]]
    assert _describe(["p.a", "p.b", "p.a"], graph) == "p.a (line 2) -> p.b (line 5) -> p.a"


# --- sizes ---------------------------------------------------------------------------------------


def test_no_module_is_over_600_lines() -> None:
    too_long = []
    for path in sorted(PACKAGE.rglob("*.py")):
        module = path.relative_to(PACKAGE).as_posix()
        lines = len(path.read_text(encoding="utf-8").splitlines())
        if lines > MAX_LINES and module not in TOO_LONG_FOR_NOW:
            too_long.append(f"{module}: {lines} lines")
    assert not too_long, f"split by concern, under {MAX_LINES} lines:\n" + "\n".join(too_long)


def test_the_size_allowance_names_only_modules_still_too_long() -> None:
    """An allowance outlives its reason silently otherwise: once a module is split, it goes."""
    stale = [module for module in sorted(TOO_LONG_FOR_NOW)
             if not (PACKAGE / module).is_file()
             or len((PACKAGE / module).read_text(encoding="utf-8").splitlines()) <= MAX_LINES]
    assert not stale, f"no longer over {MAX_LINES} lines, take them off TOO_LONG_FOR_NOW: {stale}"


def test_no_folder_holds_more_than_12_modules() -> None:
    crowded = []
    for folder in sorted({PACKAGE, *(p.parent for p in PACKAGE.rglob("*.py"))}):
        modules = [p for p in folder.glob("*.py") if p.name != "__init__.py"]
        if len(modules) > MAX_MODULES:
            crowded.append(f"{folder.relative_to(PACKAGE.parent).as_posix()}/: {len(modules)}")
    assert not crowded, f"split into feature folders of at most {MAX_MODULES}:\n" + "\n".join(
        crowded)


# --- module-level state --------------------------------------------------------------------------

MUTABLE_CALLS = {"dict", "list", "set", "bytearray", "defaultdict", "OrderedDict", "deque",
                 "Counter", "WeakValueDictionary", "WeakKeyDictionary", "WeakSet"}
MUTATING_METHODS = {"append", "extend", "insert", "remove", "pop", "popitem", "clear", "update",
                    "setdefault", "add", "discard", "move_to_end", "appendleft", "popleft",
                    "extendleft", "sort", "reverse", "difference_update",
                    "intersection_update", "symmetric_difference_update"}


def _is_mutable(value: ast.expr | None) -> bool:
    if isinstance(value, ast.Dict | ast.List | ast.Set | ast.DictComp | ast.ListComp
                  | ast.SetComp):
        return True
    if isinstance(value, ast.Call):
        func = value.func
        name = func.id if isinstance(func, ast.Name) else (
            func.attr if isinstance(func, ast.Attribute) else "")
        return name in MUTABLE_CALLS
    return False


def _module_state(tree: ast.Module) -> Iterator[tuple[int, str]]:
    """``global`` statements, and module-level containers the module changes after making."""
    containers = set()
    for statement in tree.body:
        if isinstance(statement, ast.Assign) and _is_mutable(statement.value):
            containers |= {t.id for t in statement.targets if isinstance(t, ast.Name)}
        elif (isinstance(statement, ast.AnnAssign) and _is_mutable(statement.value)
              and isinstance(statement.target, ast.Name)):
            containers.add(statement.target.id)
    for node in ast.walk(tree):
        if isinstance(node, ast.Global):
            yield node.lineno, f"global {', '.join(node.names)}"
        targets: list[ast.expr] = []
        if isinstance(node, ast.Assign | ast.Delete):
            targets = node.targets
        elif isinstance(node, ast.AugAssign | ast.AnnAssign):
            targets = [node.target]
        for target in targets:
            if (isinstance(target, ast.Subscript) and isinstance(target.value, ast.Name)
                    and target.value.id in containers):
                yield node.lineno, f"{target.value.id}[...] changed"
            elif (isinstance(node, ast.AugAssign) and isinstance(target, ast.Name)
                  and target.id in containers):
                yield node.lineno, f"{target.id} changed"
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                and isinstance(node.func.value, ast.Name) and node.func.value.id in containers
                and node.func.attr in MUTATING_METHODS):
            yield node.lineno, f"{node.func.value.id}.{node.func.attr}()"


def test_no_module_level_mutable_state() -> None:
    found = []
    for module, tree in _modules():
        assert isinstance(tree, ast.Module)
        found += [f"{module}:{line}: {what}" for line, what in _module_state(tree)]
    assert not found, ("module-level state: give it to an object the composition root makes "
                       "(or to the object it is about):\n" + "\n".join(found))


@pytest.mark.parametrize("source", [
    "CACHE = {}\ndef f(k):\n    CACHE[k] = 1\n",
    "SEEN: list[int] = []\ndef f(k):\n    SEEN.append(k)\n",
    "from collections import OrderedDict\nC = OrderedDict()\ndef f():\n    C.popitem()\n",
    "N = 0\ndef f():\n    global N\n    N += 1\n",
    "TOTAL = [0]\ndef f():\n    TOTAL[0] += 1\n",
])
def test_the_state_check_sees_module_state(source: str) -> None:
    assert list(_module_state(ast.parse(source)))


def test_the_state_check_leaves_constants_alone() -> None:
    source = ("NAMES = {'a': 1}\nORDER = [1, 2]\ndef f(x):\n    local = {}\n"
              "    local[x] = NAMES[x]\n    return sorted(ORDER) + [local]\n")
    assert not list(_module_state(ast.parse(source)))
