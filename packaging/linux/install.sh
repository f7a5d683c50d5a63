#!/bin/sh
# Per-user install of CaseApp from this tarball: no root needed.
#   ./install.sh            installs into ~/.local/opt/CaseApp
# Data is never touched here: it lives in ~/.local/share/CaseApp (see docs/install.md).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
prefix=${CASEAPP_PREFIX:-"$HOME/.local/opt/CaseApp"}
bin_dir="$HOME/.local/bin"
apps="${XDG_DATA_HOME:-$HOME/.local/share}/applications"
icons="${XDG_DATA_HOME:-$HOME/.local/share}/icons/hicolor"

"$here/CaseApp/caseapp" --self-test >/dev/null 2>&1 || {
  echo "CaseApp's self-test failed on this computer; run '$here/CaseApp/caseapp --self-test' to see why." >&2
  exit 1
}
mkdir -p "$(dirname "$prefix")" "$bin_dir" "$apps" "$icons/256x256/apps" "$icons/scalable/apps"
rm -rf "$prefix.new"
cp -a "$here/CaseApp" "$prefix.new"
rm -rf "$prefix"
mv "$prefix.new" "$prefix"
ln -sf "$prefix/caseapp" "$bin_dir/caseapp"
ln -sf "$prefix/caseapp-admin" "$bin_dir/caseapp-admin"
cp "$here/caseapp-256.png" "$icons/256x256/apps/caseapp.png"
cp "$here/caseapp.svg" "$icons/scalable/apps/caseapp.svg"
sed "s|^Exec=caseapp|Exec=$prefix/caseapp|; s|^TryExec=caseapp|TryExec=$prefix/caseapp|" \
  "$here/caseapp.desktop" > "$apps/caseapp.desktop"
command -v update-desktop-database >/dev/null && update-desktop-database "$apps" || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q "$icons" 2>/dev/null || true
echo "CaseApp installed in $prefix (menu entry: CaseApp)."
