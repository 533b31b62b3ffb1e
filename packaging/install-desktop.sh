#!/usr/bin/env bash
# Puts Pilates Desktop into the desktop's application menu after `pipx install .` (or pip):
#   packaging/install-desktop.sh --user [--exec PATH]   install the menu entry, icons, metainfo
#   packaging/install-desktop.sh --user --uninstall     remove them again
# Files go into $XDG_DATA_HOME (default ~/.local/share): applications/, icons/hicolor/,
# metainfo/. The menu entry runs the pilates-desktop found on PATH now, by its full path,
# because ~/.local/bin (where pipx puts it) is not on every desktop session's PATH.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
id=io.github.pilates_desktop.PilatesDesktop
user=0 uninstall=0 exe=""
while (($#)); do
  case $1 in
    --user) user=1 ;;
    --uninstall) uninstall=1 ;;
    --exec) exe=${2:?--exec needs a path}; shift ;;
    *) echo "usage: $0 --user [--exec PATH] [--uninstall]" >&2; exit 2 ;;
  esac
  shift
done
if ((!user)); then
  echo "usage: $0 --user [--exec PATH] [--uninstall]  (only per-user installs are supported)" >&2
  exit 2
fi
data=${XDG_DATA_HOME:-$HOME/.local/share}
sizes=(16 32 48 64 128 256 512)

refresh() {  # optional caches; the menu works without them, only sooner with them
  command -v update-desktop-database >/dev/null && update-desktop-database -q "$data/applications" || true
  command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$data/icons/hicolor" 2>/dev/null || true
}

if ((uninstall)); then
  rm -f "$data/applications/$id.desktop" "$data/metainfo/$id.metainfo.xml" \
        "$data/icons/hicolor/scalable/apps/$id.svg"
  for s in "${sizes[@]}"; do rm -f "$data/icons/hicolor/${s}x${s}/apps/$id.png"; done
  refresh
  echo "install-desktop: removed the menu entry and icons from $data"
  exit 0
fi

if [[ -z $exe ]]; then
  exe=$(command -v pilates-desktop || true)
  if [[ -z $exe ]]; then
    echo "install-desktop: pilates-desktop is not on PATH; install it first (pipx install .) or give --exec PATH" >&2
    exit 1
  fi
fi
if [[ ! -x $exe ]]; then
  echo "install-desktop: $exe: not an executable file" >&2
  exit 1
fi
exe=$(cd "$(dirname "$exe")" && pwd)/$(basename "$exe")
case $exe in *[[:space:]\"\'\\\$\`]*)
  echo "install-desktop: $exe: a path with spaces or quotes cannot go into the menu entry; give --exec a simpler path" >&2
  exit 1 ;;
esac

install -d -m 755 "$data/applications" "$data/metainfo" "$data/icons/hicolor/scalable/apps"
# Every Exec line runs this executable; the rest of the entry is the validated file as it is.
sed -E "s#^Exec=pilates-desktop#Exec=$exe#" "$here/$id.desktop" > "$data/applications/$id.desktop.tmp"
chmod 644 "$data/applications/$id.desktop.tmp"
mv "$data/applications/$id.desktop.tmp" "$data/applications/$id.desktop"
install -m 644 "$here/$id.metainfo.xml" "$data/metainfo/$id.metainfo.xml"
install -m 644 "$root/assets/icon.svg" "$data/icons/hicolor/scalable/apps/$id.svg"
for s in "${sizes[@]}"; do
  install -D -m 644 "$root/assets/icons/icon-$s.png" "$data/icons/hicolor/${s}x${s}/apps/$id.png"
done
refresh
echo "install-desktop: Pilates Desktop is in the application menu (runs $exe)"
