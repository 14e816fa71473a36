#!/usr/bin/env bash
# Put Delegation Planner in the desktop's menus for this user: the launcher, the icon in every size,
# the .dplan file type (so the file manager opens plans with it) and the AppStream metainfo.
#
#   install-desktop-integration.sh [EXECUTABLE]     # default: delegation-planner on PATH
#   install-desktop-integration.sh --uninstall
#
# Works from a checkout (packaging/) and from the Linux bundle, which carries it in share/.
# Installs under ${XDG_DATA_HOME:-~/.local/share}; nothing needs root.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
desktop=delegation-planner.desktop
metainfo=io.github.delegation_planner.DelegationPlanner.metainfo.xml
if [ -d "$here/icons" ]; then icons="$here/icons"; else icons="$here/../resources/icons"; fi

refresh() {
  command -v update-mime-database >/dev/null && update-mime-database "$data/mime" >/dev/null || true
  command -v update-desktop-database >/dev/null && update-desktop-database "$data/applications" || true
  command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$data/icons/hicolor" || true
}

if [ "${1:-}" = "--uninstall" ]; then
  rm -f "$data/applications/$desktop" "$data/mime/packages/delegation-planner.xml" "$data/metainfo/$metainfo"
  rm -f "$data"/icons/hicolor/*/apps/delegation-planner.{png,svg}
  refresh
  echo "removed Delegation Planner's desktop files from $data"
  exit 0
fi

executable=${1:-delegation-planner}
if [ "$executable" != delegation-planner ]; then
  executable=$(cd "$(dirname "$executable")" && pwd)/$(basename "$executable")
  [ -x "$executable" ] || { echo "install-desktop-integration: $executable is not an executable" >&2; exit 1; }
fi
mkdir -p "$data/applications" "$data/mime/packages" "$data/metainfo" "$data/icons/hicolor/scalable/apps"
# The desktop file's Exec names the executable, quoted (a path may hold spaces).
sed "s|^Exec=delegation-planner |Exec=\"$executable\" |" "$here/$desktop" > "$data/applications/$desktop"
cp "$here/delegation-planner.mime.xml" "$data/mime/packages/delegation-planner.xml"
cp "$here/$metainfo" "$data/metainfo/$metainfo"
cp "$icons/delegation-planner.svg" "$data/icons/hicolor/scalable/apps/"
for png in "$icons"/hicolor/*/apps/delegation-planner.png; do
  size=$(basename "$(dirname "$(dirname "$png")")")
  mkdir -p "$data/icons/hicolor/$size/apps" && cp "$png" "$data/icons/hicolor/$size/apps/"
done
refresh
echo "installed Delegation Planner's launcher, icon and .dplan file type into $data (Exec: $executable)"
