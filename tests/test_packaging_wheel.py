"""`python -m build` makes an sdist and, from it, a wheel that carries all of the app.

The build runs the way a user's would (sdist first, then the wheel built from the unpacked
sdist), from a copy of the checkout's files that git knows of, so nothing that only exists in a
developer's tree (compiled .qm files, build/ leftovers) can make it pass. It is offline:
`--no-isolation` uses the test environment's setuptools and PySide6 (for lrelease) instead of
downloading them, and the fresh venv the wheel goes into sees the already installed
dependencies through a .pth file rather than reinstalling 300 MB of Qt.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import tarfile
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.slow


def _source_copy(dest: Path) -> Path:
    """The files git tracks or would track (the checkout as a clone would have it)."""
    listed = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT, check=True, capture_output=True).stdout.decode().split("\0")
    for rel in filter(None, listed):
        src = ROOT / rel
        if src.is_file():
            (dest / rel).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(src, dest / rel)
    return dest


@pytest.fixture(scope="module")
def dists(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    base = tmp_path_factory.mktemp("wheel")
    src = _source_copy(base / "src")
    assert not list(src.glob("translations/*.qm")), "the copy must start without .qm files"
    out = base / "dist"
    run = subprocess.run([sys.executable, "-m", "build", "--no-isolation", "-o", str(out),
                          str(src)], capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-3000:]
    (wheel,) = out.glob("*.whl")
    (sdist,) = out.glob("*.tar.gz")
    return {"wheel": wheel, "sdist": sdist, "base": base}


def test_sdist_carries_translation_sources_and_backend(dists: dict[str, Path]) -> None:
    with tarfile.open(dists["sdist"]) as tar:
        names = {n.split("/", 1)[1] for n in tar.getnames() if "/" in n}
    assert {"pyproject.toml", "packaging/backend/pilates_build.py",
            "translations/pilates_de.ts", "translations/pilates_es.ts"} <= names


def test_wheel_carries_data_assets_and_compiled_translations(dists: dict[str, Path]) -> None:
    with zipfile.ZipFile(dists["wheel"]) as whl:
        names = set(whl.namelist())
    pkg = "pilates_desktop/"
    for required in ("data/poses.json", "assets/icon.svg", "assets/sounds/go.wav",
                     "translations/pilates_de.qm", "translations/pilates_es.qm"):
        assert pkg + required in names
    assert len([n for n in names if n.startswith(pkg + "data/exercises/")]) >= 23
    assert not [n for n in names if n.endswith(".ts")], "sources stay out of the wheel"


@pytest.fixture(scope="module")
def venv(dists: dict[str, Path]) -> Path:
    env_dir = dists["base"] / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(env_dir)], check=True)
    # Dependencies: the test environment's own, made visible to the fresh venv (offline).
    site = subprocess.run([str(env_dir / "bin" / "python"), "-c",
                           "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                          check=True, capture_output=True, text=True).stdout.strip()
    Path(site, "test-dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    pip = subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(env_dir / "bin" / "python"), "install",
         "--no-deps", "--no-index", "--disable-pip-version-check", "-q", str(dists["wheel"])],
        capture_output=True, text=True, timeout=120)
    assert pip.returncode == 0, pip.stderr
    return env_dir


def _run(venv: Path, tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    home = tmp_path / "home"
    home.mkdir(exist_ok=True)
    env = {"PATH": f"{venv / 'bin'}:/usr/bin:/bin", "HOME": str(home),
           "XDG_DATA_HOME": str(home / "data"), "XDG_CONFIG_HOME": str(home / "config"),
           "XDG_CACHE_HOME": str(home / "cache"), "XDG_STATE_HOME": str(home / "state"),
           "QT_QPA_PLATFORM": "offscreen", "LANG": "C.UTF-8"}
    return subprocess.run(list(args), cwd=tmp_path, env=env, capture_output=True, text=True,
                          timeout=60)


def test_installed_wheel_runs_from_outside_the_checkout(venv: Path, tmp_path: Path) -> None:
    where = _run(venv, tmp_path, str(venv / "bin" / "python"), "-c",
                 "import pilates_desktop; print(pilates_desktop.__file__)")
    assert where.returncode == 0, where.stderr
    assert Path(where.stdout.strip()).is_relative_to(venv), "the wheel's copy must be used"

    exe = str(venv / "bin" / "pilates-desktop")
    version = _run(venv, tmp_path, exe, "--version")
    assert version.returncode == 0, version.stderr
    from pilates_desktop import __version__
    assert __version__ in version.stdout

    listing = _run(venv, tmp_path, exe, "exercises", "--json")
    assert listing.returncode == 0, listing.stderr
    assert len(json.loads(listing.stdout)) == 23

    plan = _run(venv, tmp_path, exe, "plan", "back-care-basics", "--json")
    assert plan.returncode == 0, plan.stderr
    assert json.loads(plan.stdout), "a built-in routine compiles to a non-empty plan"
    assert not (tmp_path / "pilates_desktop").exists()
    assert os.listdir(tmp_path) == ["home"]


def test_installed_translations_load(venv: Path, tmp_path: Path) -> None:
    probe = (
        "from importlib import resources\n"
        "from PySide6.QtCore import QTranslator\n"
        "for lang in ('de', 'es'):\n"
        "    qm = resources.files('pilates_desktop.translations') / f'pilates_{lang}.qm'\n"
        "    t = QTranslator()\n"
        "    assert t.load(str(qm)), qm\n"
        "    print(lang, t.language(), t.isEmpty())\n"
    )
    run = _run(venv, tmp_path, str(venv / "bin" / "python"), "-c", probe)
    assert run.returncode == 0, run.stderr
    assert run.stdout.split() == ["de", "de", "False", "es", "es", "False"]
