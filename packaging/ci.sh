#!/usr/bin/env bash
# What CI runs after `make test`: build the Linux one-folder package (with the bare-window
# baseline, size ratio and start-up timing), then prove the frozen app works on this machine:
# its self-test, the packaging tests run against it (keyring discovery with and without a
# Secret Service; with and without the Wayland client libraries; the licence texts against
# the folder's contents), the .deb installed with apt, started and removed (data kept), and
# the tarball's per-user install and uninstall.
# Needs (apt): binutils (strip), dbus and gnome-keyring (Secret Service test),
# libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 (or PyInstaller leaves them out),
# desktop-file-utils (optional: validates the .desktop file); root and apt for the .deb test.
set -euo pipefail
cd "$(dirname "$0")/.."
export QT_QPA_PLATFORM=offscreen

make package

app="$PWD/dist/CaseApp/caseapp"
echo "== frozen self-test (no keyring daemon)"
"$app" --self-test

echo "== packaging tests against the frozen app and the .deb (apt install, self-test, remove)"
deb=$(ls dist/caseapp_*.deb)
CASEAPP_FROZEN_APP="$app" CASEAPP_DEB="$deb" \
  .venv/bin/python -m pytest tests/packaging -q -p no:cacheprovider

if command -v desktop-file-validate >/dev/null; then
  desktop-file-validate packaging/linux/caseapp.desktop
fi

echo "== tarball: per-user install, run, uninstall"
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
tarball=$(ls dist/CaseApp-*-linux-*.tar.gz)
tar -xzf "$tarball" -C "$scratch"
(
  export HOME="$scratch/home" XDG_DATA_HOME="$scratch/home/.local/share"
  mkdir -p "$HOME"
  "$scratch"/CaseApp-*/install.sh
  "$HOME/.local/opt/CaseApp/caseapp" --self-test >/dev/null
  "$HOME/.local/bin/caseapp-admin" --help >/dev/null  # the admin CLI, same program
  grep -q "^Exec=$HOME/.local/opt/CaseApp/caseapp" "$XDG_DATA_HOME/applications/caseapp.desktop"
  "$scratch"/CaseApp-*/uninstall.sh
  test ! -e "$HOME/.local/opt/CaseApp"
)
echo "packaging: frozen app checked"
