#!/bin/sh
# Removes the per-user CaseApp program. Case data is kept unless --delete-data is given.
set -eu
prefix=${CASEAPP_PREFIX:-"$HOME/.local/opt/CaseApp"}
share="${XDG_DATA_HOME:-$HOME/.local/share}"
rm -rf "$prefix"
rm -f "$HOME/.local/bin/caseapp" "$HOME/.local/bin/caseapp-admin" "$share/applications/caseapp.desktop" \
  "$share/icons/hicolor/256x256/apps/caseapp.png" "$share/icons/hicolor/scalable/apps/caseapp.svg"
if [ "${1:-}" = "--delete-data" ]; then
  printf 'Delete ALL CaseApp case data in %s? This cannot be undone. Type DELETE: ' "$share/CaseApp"
  read -r answer
  if [ "$answer" = "DELETE" ]; then
    rm -rf "$share/CaseApp"
    echo "Case data deleted."
  else
    echo "Case data kept in $share/CaseApp."
  fi
else
  echo "CaseApp removed. Case data kept in $share/CaseApp (delete it with --delete-data)."
fi
