"""The shape of the code, checked so that it cannot drift (docs/architecture.md explains it).

* One composition root: the QApplication is constructed in ``app.py`` and nowhere else, and no
  module reaches for ``QApplication.instance()`` to find a service.
* Every question to the user goes through the Prompter: message, input and file dialogs are
  opened in ``ui/dialogs/prompter.py`` only.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "pilates_desktop"
APP_CLASSES = {"QApplication", "QGuiApplication", "QCoreApplication"}
DIALOG_CLASSES = {"QMessageBox", "QInputDialog", "QFileDialog"}
DIALOG_EXCEPTIONS: set[tuple[str, str]] = set()


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


def test_the_checks_see_what_they_look_for() -> None:
    tree = ast.parse("box = QMessageBox(None)\nQMessageBox.warning(None, 't', 'x')\n"
                     "app = QApplication.instance()\n")
    assert [name for _, name in _calls(tree)] == ["QMessageBox", "QMessageBox.warning",
                                                  "QApplication.instance"]
