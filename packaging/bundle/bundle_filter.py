"""What the PyInstaller bundle leaves out (read by pilates-desktop.spec and by
tests/test_packaging_bundle.py, so the test checks the very lists the build uses).

PyInstaller follows imports and the libraries Qt's plugins link to. That would bring QtPdf
(through the PDF image-format plugin), QtQuick and QML (through the virtual-keyboard input
plugin), GTK (through the GTK theme plugin) and every Qt module's translations in some forty
languages. The app uses none of them: the PDF report is drawn with QPdfWriter, which is QtGui.
"""

from __future__ import annotations

import re

# Python modules never to collect, even if something tries to import them.
EXCLUDED_QT_MODULES = (
    "QtWebEngineCore", "QtWebEngineWidgets", "QtWebEngineQuick", "QtWebChannel",
    "QtWebSockets", "QtWebView",
    "QtQml", "QtQuick", "QtQuick3D", "QtQuickControls2", "QtQuickWidgets", "QtQuickTest",
    "Qt3DCore", "Qt3DRender", "Qt3DInput", "Qt3DLogic", "Qt3DAnimation", "Qt3DExtras",
    "QtPdf", "QtPdfWidgets",
    "QtCharts", "QtDataVisualization", "QtGraphs", "QtGraphsWidgets",
    "QtBluetooth", "QtNfc", "QtPositioning", "QtLocation", "QtSensors", "QtSerialPort",
    "QtSerialBus", "QtRemoteObjects", "QtScxml", "QtStateMachine", "QtSql", "QtHttpServer",
    "QtDesigner", "QtUiTools", "QtHelp", "QtSpatialAudio", "QtTest", "QtOpenGLWidgets",
)
# Other Python packages that pyqtgraph or the standard library try but the app never needs.
EXCLUDED_PYTHON = ("PyQt5", "PyQt6", "PySide2", "tkinter", "matplotlib", "scipy", "IPython",
                   "pytest", "OpenGL", "cupy", "numba", "h5py", "pyqtgraph.opengl",
                   "pyqtgraph.examples", "pyqtgraph.jupyter")

# Shared libraries and Qt plugins to drop after the analysis, by file name.
_EXCLUDED_LIBRARY = re.compile(
    r"libQt6(WebEngine\w*|WebChannel\w*|WebSockets|WebView\w*|Qml\w*|Quick\w*|3D\w*|Pdf\w*"
    r"|VirtualKeyboard\w*|Charts\w*|DataVisualization\w*|Graphs\w*|Designer\w*|Sql"
    r"|Positioning\w*|Location|Sensors\w*|SerialPort|Bluetooth|Nfc|RemoteObjects\w*"
    r"|Scxml\w*|StateMachine\w*|Test|ShaderTools|SpatialAudio|Help|Labs\w*)\.so")
_EXCLUDED_PLUGIN = re.compile(
    r"plugins/(imageformats/libqpdf|platforminputcontexts/libqtvirtualkeyboard"
    r"|sqldrivers/|qmltooling/|scenegraph/|position/|sensors/|geoservices/|canbus/"
    r"|renderers/|sceneparsers/|geometryloaders/|renderplugins/|designer/|webview/"
    # The GTK 3 theme plugin links GTK, which the bundle cannot carry; pulling in half of GTK's
    # libraries (cairo, pango, gdk-pixbuf) next to a system GTK is how bundles break. Without
    # it Qt draws its own Fusion style and still follows the desktop's portal for dark mode.
    r"|platformthemes/libqgtk3)")

# Qt's own translations: only Qt base, only in the languages the app speaks.
KEPT_QT_TRANSLATIONS = frozenset({"qtbase_de.qm", "qtbase_es.qm"})


def keep(dest: str) -> bool:
    """Whether a collected file (its path inside the bundle) stays. Applied to every entry,
    libraries, plugins, data and the top-level symlinks PyInstaller makes to Qt's libraries."""
    name = dest.replace("\\", "/")
    base = name.rsplit("/", 1)[-1]
    if _EXCLUDED_LIBRARY.search(base) or _EXCLUDED_PLUGIN.search(name):
        return False
    if name.startswith("PySide6/Qt/translations/"):
        return base in KEPT_QT_TRANSLATIONS
    if name.startswith("PySide6/Qt/qml/"):
        return False
    return not name.endswith(".ts")
