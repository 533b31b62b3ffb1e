#!/usr/bin/env bash
# Builds the one-folder bundle: dist/pilates-desktop/ with the executable pilates-desktop, which
# needs no Python on the target. Needs network (PyInstaller and the app's pins come from PyPI);
# not part of .ci/run (tests/test_packaging_bundle.py checks what it leaves out).
#   packaging/build-bundle.sh            build, then check the executable under env -i
set -euo pipefail
cd "$(dirname "$0")/.."
py=${PYTHON:-python3}
venv=build/bundle-venv
mkdir -p build
[[ -x $venv/bin/python ]] || "$py" -m venv "$venv"
# A real (not editable) install: the wheel's build compiles the .qm translations into it.
"$venv/bin/python" -m pip install -q --disable-pip-version-check --upgrade ".[bundle]"
# From build/, so that the checkout's pilates_desktop/ (which lacks assets/ and the .qm files,
# mapped in by pyproject) cannot shadow the installed package while PyInstaller collects it.
top=$PWD
(cd build && "$top/$venv/bin/python" -m PyInstaller --noconfirm --log-level WARN \
   --distpath "$top/dist" --workpath "$top/build/pyinstaller" \
   "$top/packaging/bundle/pilates-desktop.spec")
out=dist/pilates-desktop
# The bundle must work with nothing from the build machine's environment.
n=$(env -i "$out/pilates-desktop" exercises --json | "$py" -c "import json,sys; print(len(json.load(sys.stdin)))")
window="not checked (no Xvfb)"
if command -v Xvfb >/dev/null; then
  # Open the window on a private X server, also under env -i, and wait for its first paint.
  tmp=$(mktemp -d)
  Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3>"$tmp/display" 2>/dev/null &
  xvfb=$!
  for _ in $(seq 100); do [[ -s $tmp/display ]] && break; sleep 0.1; done
  env -i DISPLAY=":$(tr -d '\n' < "$tmp/display")" HOME="$tmp" PILATES_EXIT_AFTER_PAINT=1 \
    timeout 60 "$out/pilates-desktop" --data-dir "$tmp/data" --no-first-run 2>"$tmp/log" || true
  if grep -q '^first-paint-wall' "$tmp/log"; then
    window="opens its window"
  else
    window="FAILED to open its window"
  fi
  kill "$xvfb"; wait "$xvfb" 2>/dev/null || true
  rm -rf "$tmp"
fi
echo "build-bundle: $out: $(du -sh "$out" | cut -f1), $n exercises, $window; run $out/pilates-desktop"
[[ $window != FAILED* ]]
