#!/usr/bin/env bash
# The two set-up commands of the README, for a fresh Debian machine with Python 3.11:
#   packaging/bootstrap.sh run   [ARGS...]  install everything, then open the app
#   packaging/bootstrap.sh test  [PYTEST ARGS...]  install everything, then run the whole suite
# Both install the system libraries Qt needs (or name them in one line when they cannot),
# create .venv, install the app with exact pins and build the translations.
set -euo pipefail
cd "$(dirname "$0")/.."
mode=${1:-run}
shift || true
case $mode in run|test) ;; *) echo "usage: $0 run|test [ARGS...]" >&2; exit 2 ;; esac

# Qt's xcb platform plugin, QtMultimedia (libpulse0), fonts and the time-zone database.
pkgs=(libxcb-icccm4 libxcb-keysyms1 libxcb-cursor0 libxcb-image0 libxcb-render-util0
      libxcb-xkb1 libxkbcommon-x11-0 libxkbcommon0 libxcb-shape0 libxcb-randr0 libxcb-xinerama0
      libegl1 libgl1 libfontconfig1 libdbus-1-3 libglib2.0-0 libpulse0 fonts-dejavu-core tzdata
      libxss1
      # A voice out of the box: Qt's speechd engine needs speech-dispatcher and a synthesizer.
      speech-dispatcher espeak-ng)
# The tests use the real parts a user has: an X screen driven by xdotool, a session bus with a
# notification daemon, two Syncthing instances, PDF text extraction and the desktop-file and
# AppStream validators.
[[ $mode == test ]] && pkgs+=(xvfb xdotool x11-utils dbus-daemon dbus-bin dunst syncthing
                             poppler-utils desktop-file-utils appstream)
py=${PYTHON:-python3}
# Debian splits venv's pip bootstrap into python3-venv.
"$py" -c "import ensurepip, venv" 2>/dev/null || pkgs+=(python3-venv)
missing=()
for p in "${pkgs[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
if ((${#missing[@]})); then
  if [[ $(id -u) == 0 ]]; then sudo=(); elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then sudo=(sudo -n); else sudo=(none); fi
  if [[ ${sudo[0]:-} == none ]]; then
    echo "bootstrap: please install the system libraries Qt needs: sudo apt-get install ${missing[*]}" >&2
    exit 1
  fi
  echo "bootstrap: installing ${missing[*]}" >&2
  "${sudo[@]}" apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq "${missing[@]}" >/dev/null
fi

if [[ ! -x .venv/bin/python ]]; then
  "$py" -m venv .venv
fi
extra=""
[[ $mode == test ]] && extra="[test]"
.venv/bin/python -m pip install -q --disable-pip-version-check -e ".${extra}"
# .qm files are built from translations/*.ts, never edited by hand.
.venv/bin/python packaging/i18n_tools.py --build

if [[ $mode == run ]]; then
  exec .venv/bin/pilates-desktop "$@"
fi

export QT_QPA_PLATFORM=offscreen
echo "== ruff"; .venv/bin/ruff check .
echo "== mypy --strict pilates_desktop"; .venv/bin/mypy
if [[ -f packaging/check_translations.py ]]; then
  echo "== translations"; .venv/bin/python packaging/check_translations.py
fi
echo "== pytest"
exec .venv/bin/python -m pytest -q "$@"
