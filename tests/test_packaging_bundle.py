"""The PyInstaller bundle's exclude lists (packaging/bundle/bundle_filter.py, which the spec
applies) leave out QtWebEngine, QtQuick/QML, Qt3D, QtPdf and other modules' translations, but
nothing the app imports. Building the bundle needs network and a minute, so it is not run here
(packaging/build-bundle.sh; docs/packaging.md has its size and start-up time)."""

from __future__ import annotations

import ast
import importlib.util
import re
import tomllib
from pathlib import Path
from types import ModuleType

import PySide6

from pilates_desktop.i18n import LANGUAGES, SOURCE_LANGUAGE

ROOT = Path(__file__).resolve().parent.parent
BUNDLE = ROOT / "packaging" / "bundle"
QT = Path(PySide6.__file__).resolve().parent / "Qt"


def _filter() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bundle_filter", BUNDLE / "bundle_filter.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _qt_modules_the_app_imports() -> set[str]:
    found = set()
    for path in (ROOT / "pilates_desktop").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module] + [f"{node.module}.{a.name}" for a in node.names]
            elif isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            else:
                continue
            found |= {n.split(".")[1] for n in names
                      if n.startswith("PySide6.Qt") and len(n.split(".")) > 1}
    return found


def test_the_big_unused_qt_modules_are_excluded() -> None:
    excluded = set(_filter().EXCLUDED_QT_MODULES)
    for module in ("QtWebEngineCore", "QtWebEngineWidgets", "QtQml", "QtQuick", "Qt3DCore",
                   "Qt3DRender", "QtPdf", "QtPdfWidgets"):
        assert module in excluded


def test_nothing_the_app_imports_is_excluded() -> None:
    bundle = _filter()
    used = _qt_modules_the_app_imports()
    assert {"QtCore", "QtGui", "QtWidgets", "QtMultimedia", "QtTextToSpeech"} <= used
    assert used & set(bundle.EXCLUDED_QT_MODULES) == set()


def test_the_excluded_libraries_and_plugins_of_the_installed_qt_are_dropped() -> None:
    keep = _filter().keep
    dropped = re.compile(r"libQt6(WebEngine|Quick|Qml|3D|Pdf|VirtualKeyboard)")
    libs = sorted(p.name for p in (QT / "lib").glob("libQt6*.so*"))
    assert any(dropped.match(name) for name in libs), "the wheel has these; the test must see them"
    for name in filter(dropped.match, libs):
        assert not keep(f"PySide6/Qt/lib/{name}"), name
        assert not keep(name), f"top-level link {name}"
    # What the app's modules and Qt's X11, Wayland and D-Bus support load stays.
    needed = {f"Qt{m.removeprefix('Qt')}" for m in _qt_modules_the_app_imports()} | {
        "QtXcbQpa", "QtWaylandClient", "QtDBus", "QtOpenGL", "QtConcurrent"}
    for module in needed:
        name = f"libQt6{module.removeprefix('Qt')}.so.6"
        assert (QT / "lib" / name).exists(), name
        assert keep(f"PySide6/Qt/lib/{name}") and keep(name), name
    for plugin in ("imageformats/libqpdf.so", "platforminputcontexts/libqtvirtualkeyboardplugin.so",
                   "platformthemes/libqgtk3.so"):
        assert not keep(f"PySide6/Qt/plugins/{plugin}"), plugin
    for plugin in ("platforms/libqxcb.so", "texttospeech/libqtexttospeech_speechd.so",
                   "multimedia/libffmpegmediaplugin.so", "imageformats/libqsvg.so",
                   "platformthemes/libqxdgdesktopportal.so"):
        assert keep(f"PySide6/Qt/plugins/{plugin}"), plugin


def test_only_qt_base_translations_in_the_apps_languages_stay() -> None:
    keep = _filter().keep
    installed = sorted(p.name for p in (QT / "translations").glob("*.qm"))
    kept = {name for name in installed if keep(f"PySide6/Qt/translations/{name}")}
    assert kept == {f"qtbase_{lang}.qm" for lang in LANGUAGES if lang != SOURCE_LANGUAGE}
    assert len(installed) > 10 * len(kept)
    assert keep("pilates_desktop/translations/pilates_de.qm")
    assert not keep("pilates_desktop/translations/pilates_de.ts")


def test_the_spec_applies_the_filter_and_pyinstaller_is_pinned_outside_the_tests() -> None:
    spec = (BUNDLE / "pilates-desktop.spec").read_text("utf-8")
    tree = ast.parse(spec)
    imported = {a.name for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)
                and node.module == "bundle_filter" for a in node.names}
    assert {"EXCLUDED_QT_MODULES", "EXCLUDED_PYTHON", "keep"} <= imported
    assert "a.binaries = [entry for entry in a.binaries if keep(entry[0])]" in spec
    assert "a.datas = [entry for entry in a.datas if keep(entry[0])]" in spec
    extras = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"][
        "optional-dependencies"]
    assert any(re.fullmatch(r"pyinstaller==[\d.]+", d) for d in extras["bundle"])
    assert not any(d.lower().startswith("pyinstaller") for d in extras["test"])
