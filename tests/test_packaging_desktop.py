"""The desktop integration files pass the freedesktop validators, agree with pyproject and with
each other, the icon's PNGs are renderings of the one SVG, and install-desktop.sh puts it all
where desktops look."""

from __future__ import annotations

import configparser
import importlib.util
import os
import shutil
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtGui import QImage

from pilates_desktop import __version__

ROOT = Path(__file__).resolve().parent.parent
PKG = ROOT / "packaging"
APP_ID = "io.github.pilates_desktop.PilatesDesktop"
DESKTOP = PKG / f"{APP_ID}.desktop"
METAINFO = PKG / f"{APP_ID}.metainfo.xml"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
SIZES = (16, 32, 48, 64, 128, 256, 512)


def _desktop(path: Path = DESKTOP) -> configparser.RawConfigParser:
    entry = configparser.RawConfigParser(interpolation=None, strict=True)
    entry.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    entry.read(path, encoding="utf-8")
    return entry


def _pyproject() -> dict:  # type: ignore[type-arg]
    return tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))


def test_desktop_file_passes_desktop_file_validate() -> None:
    run = subprocess.run(["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True)
    assert run.returncode == 0 and not run.stdout.strip(), run.stdout + run.stderr


def test_desktop_file_has_tray_action_wm_class_keywords_and_categories() -> None:
    entry = _desktop()
    main = entry["Desktop Entry"]
    assert main["Icon"] == APP_ID
    assert main["StartupWMClass"] == "pilates-desktop"  # the executable's X11 instance name
    assert main["Exec"] == "pilates-desktop"
    assert "Education" in main["Categories"].split(";")
    assert len([k for k in main["Keywords"].split(";") if k]) >= 5
    actions = [a for a in main["Actions"].split(";") if a]
    assert "background" in actions
    assert entry["Desktop Action background"]["Exec"] == "pilates-desktop --background"
    for action in actions:
        assert entry[f"Desktop Action {action}"]["Exec"].startswith("pilates-desktop ")
    # Everything a user reads in the menu is in German and Spanish too.
    for key in ("GenericName", "Comment", "Keywords"):
        for lang in ("de", "es"):
            assert main[f"{key}[{lang}]"], f"{key}[{lang}]"
    for action in actions:
        for lang in ("de", "es"):
            assert entry[f"Desktop Action {action}"][f"Name[{lang}]"]


def test_metainfo_passes_appstreamcli_validate() -> None:
    run = subprocess.run(["appstreamcli", "validate", "--no-net", str(METAINFO)],
                         capture_output=True, text=True)
    assert run.returncode == 0, run.stdout + run.stderr


def test_metainfo_agrees_with_pyproject_and_the_desktop_file() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    releases = [r.get("version") for r in root.iterfind("releases/release")]
    project = _pyproject()["project"]
    assert releases and releases[0] == project["version"] == __version__
    assert root.findtext("project_license") == project["license"]
    for summary in root.iterfind("summary"):
        assert 0 < len(summary.text or "") <= 35, summary.text
    assert {s.get(XML_LANG) for s in root.iterfind("summary")} == {None, "de", "es"}
    assert root.findtext("launchable[@type='desktop-id']") == DESKTOP.name
    assert root.find("content_rating[@type='oars-1.1']") is not None
    assert root.findtext("developer/name") and root.findtext("url[@type='homepage']")
    assert root.find("description/p") is not None
    assert root.findtext("provides/binary") == next(iter(project["scripts"]))
    assert root.findtext("url[@type='homepage']") == project["urls"]["Homepage"]
    assert root.findtext("url[@type='bugtracker']") == project["urls"]["Issues"]


def test_metainfo_screenshots_are_the_ones_in_docs() -> None:
    urls = [i.text or "" for i in ET.parse(METAINFO).getroot().iterfind(
        "screenshots/screenshot/image")]
    assert len(urls) >= 3
    homepage = ET.parse(METAINFO).getroot().findtext("url[@type='homepage']") or ""
    repo = homepage.removeprefix("https://github.com/")
    for url in urls:
        prefix = f"https://raw.githubusercontent.com/{repo}/main/"
        assert url.startswith(prefix + "docs/"), url
        shot = QImage(str(ROOT / url.removeprefix(prefix)))
        assert not shot.isNull(), f"{url}: no such image in docs/"
        assert shot.width() >= 1024 and shot.height() >= 576, "software centres want >= 1024 wide"


def _make_icons() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_icons", PKG / "make_icons.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_icon_pngs_are_the_svg_rendered(qapp: object) -> None:
    assert _make_icons().stale() == [], "run python packaging/make_icons.py"
    for size in SIZES:
        image = QImage(str(ROOT / "assets" / "icons" / f"icon-{size}.png"))
        assert (image.width(), image.height()) == (size, size)


def test_icon_check_notices_a_png_drawn_by_hand(qapp: object, tmp_path: Path) -> None:
    make_icons = _make_icons()
    for size in SIZES:
        shutil.copy(ROOT / "assets" / "icons" / f"icon-{size}.png", tmp_path)
    touched = QImage(str(tmp_path / "icon-48.png"))
    touched.setPixelColor(24, 24, touched.pixelColor(0, 0))
    touched.save(str(tmp_path / "icon-48.png"))
    assert make_icons.stale(tmp_path) == [tmp_path / "icon-48.png"]


def _install(tmp_path: Path, *args: str, data_home: bool = True,
             path: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {"HOME": str(tmp_path / "home"),
           "PATH": path if path is not None else f"{Path(sys.executable).parent}:/usr/bin:/bin"}
    if data_home:
        env["XDG_DATA_HOME"] = str(tmp_path / "xdg")
    return subprocess.run(["bash", str(PKG / "install-desktop.sh"), *args], env=env,
                          capture_output=True, text=True, timeout=60)


def test_install_desktop_puts_entry_icons_and_metainfo_into_xdg_data_home(tmp_path: Path) -> None:
    run = _install(tmp_path, "--user")
    assert run.returncode == 0, run.stderr
    data = tmp_path / "xdg"
    installed = data / "applications" / DESKTOP.name
    check = subprocess.run(["desktop-file-validate", str(installed)], capture_output=True,
                           text=True)
    assert check.returncode == 0, check.stdout
    exe = shutil.which("pilates-desktop", path=str(Path(sys.executable).parent))
    assert exe is not None
    entry = _desktop(installed)
    for section in entry.sections():
        command = entry[section]["Exec"].split()[0]
        assert command == exe and os.access(command, os.X_OK)
    assert entry["Desktop Entry"]["Icon"] == APP_ID
    assert (data / "metainfo" / METAINFO.name).read_bytes() == METAINFO.read_bytes()
    assert (data / "icons/hicolor/scalable/apps" / f"{APP_ID}.svg").is_file()
    for size in SIZES:
        icon = QImage(str(data / f"icons/hicolor/{size}x{size}/apps/{APP_ID}.png"))
        assert (icon.width(), icon.height()) == (size, size)
    assert not (tmp_path / "home").exists(), "XDG_DATA_HOME is honoured"

    gone = _install(tmp_path, "--user", "--uninstall")
    assert gone.returncode == 0, gone.stderr
    left = [p for p in data.rglob("*") if p.is_file() and APP_ID in p.name]
    assert left == []


def test_install_desktop_defaults_to_home_local_share(tmp_path: Path) -> None:
    run = _install(tmp_path, "--user", data_home=False)
    assert run.returncode == 0, run.stderr
    assert (tmp_path / "home/.local/share/applications" / DESKTOP.name).is_file()
    assert (tmp_path / "home/.local/share/icons/hicolor/512x512/apps" / f"{APP_ID}.png").is_file()


def test_install_desktop_without_the_app_says_what_to_do(tmp_path: Path) -> None:
    run = _install(tmp_path, "--user", path="/usr/bin:/bin")
    assert run.returncode == 1
    assert run.stderr.count("\n") == 1 and "pipx install ." in run.stderr
    assert not (tmp_path / "xdg").exists()
    usage = _install(tmp_path)
    assert usage.returncode == 2 and "--user" in usage.stderr


def test_flatpak_manifest_uses_the_pyside_baseapp_the_app_id_and_our_pins() -> None:
    import re

    text = (PKG / "flatpak" / f"{APP_ID}.yml").read_text("utf-8")
    assert re.search(rf"^app-id: {re.escape(APP_ID)}$", text, re.MULTILINE)
    assert re.search(r"^base: io\.qt\.PySide\.BaseApp$", text, re.MULTILINE)
    # The files it installs exist (the manifest's sources are the repository's top).
    for rel in re.findall(r"install -Dm644 (\S+)", text):
        rel = rel.replace("${FLATPAK_ID}", APP_ID).replace("$s", "16")
        assert (ROOT / rel).is_file(), rel
    # The Python dependencies it installs are pyproject's exact pins, except Qt and its
    # bindings (the BaseApp's).
    pins = {d.split("==")[0].lower(): d for d in _pyproject()["project"]["dependencies"]
            if "==" in d and ";" not in d
            and not d.lower().startswith(("pyside6", "shiboken6"))}
    installed = dict(re.findall(r"\b([A-Za-z0-9_.-]+)==(\S+)", text))
    assert {name.lower(): f"{name}=={v}" for name, v in installed.items()} == pins


@pytest.fixture
def xvfb() -> Iterator[str]:
    read_fd, write_fd = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        pass_fds=(write_fd,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write_fd)
    try:
        number = b""
        with os.fdopen(read_fd, "rb", buffering=0) as pipe:
            while not number.endswith(b"\n"):
                chunk = pipe.read(1)
                assert chunk, "Xvfb did not start"
                number += chunk
        yield f":{number.decode().strip()}"
    finally:
        server.terminate()
        server.wait(timeout=10)


@pytest.mark.xvfb
def test_the_apps_window_carries_the_startup_wm_class(xvfb: str, tmp_path: Path) -> None:
    """Docks group the window under the menu entry only if WM_CLASS matches StartupWMClass."""
    wm_class = _desktop()["Desktop Entry"]["StartupWMClass"]
    exe = shutil.which("pilates-desktop", path=str(Path(sys.executable).parent))
    assert exe is not None
    env = {"PATH": "/usr/bin:/bin", "DISPLAY": xvfb, "HOME": str(tmp_path),
           "QT_QPA_PLATFORM": "xcb"}
    app = subprocess.Popen([exe, "--data-dir", str(tmp_path / "data"), "--no-first-run"],
                           env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        found = subprocess.run(["xdotool", "search", "--sync", "--onlyvisible", "--pid",
                                str(app.pid)], env=env, capture_output=True, text=True,
                               timeout=60)
        assert found.returncode == 0 and found.stdout.split(), found.stderr
        window = found.stdout.split()[0]
        prop = subprocess.run(["xprop", "-id", window, "WM_CLASS"], env=env,
                              capture_output=True, text=True, timeout=10).stdout
        # WM_CLASS(STRING) = "instance", "class": docks match StartupWMClass against either.
        assert f'"{wm_class}"' in prop.split("=", 1)[1], prop
    finally:
        app.terminate()
        try:
            app.wait(timeout=10)
        except subprocess.TimeoutExpired:
            app.kill()
            app.wait()


def test_the_app_names_its_menu_entry_for_wayland() -> None:
    """On Wayland the window's app id is QGuiApplication's desktop file name: the entry's."""
    probe = ("from pilates_desktop.app import create_application\n"
             "print(create_application(['x']).desktopFileName())")
    run = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                         env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, timeout=60)
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == DESKTOP.stem
