#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs Gapwise into a scratch DESTDIR and checks that every file lands
# where the desktop expects it, and that the installed MIME type names an
# audit file (by its name and by its content) with Gapwise as its handler.
set -euo pipefail

build_dir="$1"
app_id="$2"
prefix="$3"

destdir="$(mktemp -d)"
trap 'rm -rf "$destdir"' EXIT

meson install -C "$build_dir" --destdir "$destdir" --no-rebuild --quiet >/dev/null

root="$destdir$prefix"
status=0
expect () {
  if [ ! -e "$root/$1" ]; then
    echo "FAIL: $1 was not installed"
    status=1
  fi
}

expect "bin/gapwise"
expect "bin/gapwise-cli"
expect "share/applications/$app_id.desktop"
expect "share/metainfo/$app_id.metainfo.xml"
expect "share/glib-2.0/schemas/io.github.gapwise.Gapwise.gschema.xml"
expect "share/mime/packages/$app_id.xml"
expect "share/icons/hicolor/scalable/apps/$app_id.svg"
expect "share/icons/hicolor/symbolic/apps/$app_id-symbolic.svg"
for lang in $(cat "$(dirname "$0")/../po/LINGUAS" 2>/dev/null); do
  expect "share/locale/$lang/LC_MESSAGES/gapwise.mo"
done

# Nothing unexpected either: every installed file is one of these kinds.
unexpected=$(cd "$root" && find . -type f | grep -v -E \
  '^\./(bin/gapwise(-cli)?|share/applications/.*\.desktop|share/metainfo/.*\.xml|share/glib-2\.0/schemas/.*|share/mime/.*|share/icons/hicolor/.*\.svg|share/icons/hicolor/icon-theme\.cache|share/locale/.*/LC_MESSAGES/gapwise\.mo|share/applications/mimeinfo\.cache)$' || true)
if [ -n "$unexpected" ]; then
  echo "FAIL: unexpected installed files:"
  echo "$unexpected"
  status=1
fi

# The MIME type, as a file manager sees it.
update-mime-database "$root/share/mime" >/dev/null
update-desktop-database "$root/share/applications" >/dev/null 2>&1 || true
export XDG_DATA_DIRS="$root/share:/usr/share"
export XDG_DATA_HOME="$destdir/home-data"
export XDG_CONFIG_HOME="$destdir/home-config"
export XDG_STATE_HOME="$destdir/home-state"
export XDG_CURRENT_DESKTOP=GNOME

"$build_dir/src/cli/gapwise-cli" demo "$destdir/demo.gapwise" >/dev/null
cp "$destdir/demo.gapwise" "$destdir/demo-without-extension"

for file in "$destdir/demo.gapwise" "$destdir/demo-without-extension"; do
  type=$(gio info -a standard::content-type "$file" | sed -n 's/^ *standard::content-type: //p')
  if [ "$type" != "application/x-gapwise" ]; then
    echo "FAIL: $(basename "$file") is seen as '$type', not application/x-gapwise"
    status=1
  fi
done

type=$(xdg-mime query filetype "$destdir/demo.gapwise" 2>/dev/null || true)
if [ "$type" != "application/x-gapwise" ]; then
  echo "FAIL: xdg-mime query filetype says '$type'"
  status=1
fi

handler=$(xdg-mime query default application/x-gapwise 2>/dev/null || true)
if [ "$handler" != "$app_id.desktop" ]; then
  echo "FAIL: the default handler is '$handler', not $app_id.desktop"
  status=1
fi

# A plain SQLite file is not mistaken for an audit.
sqlite3 "$destdir/other" "CREATE TABLE t (x);"
type=$(gio info -a standard::content-type "$destdir/other" | sed -n 's/^ *standard::content-type: //p')
if [ "$type" = "application/x-gapwise" ]; then
  echo "FAIL: a plain SQLite database is taken for an audit"
  status=1
fi

[ "$status" -eq 0 ] && echo "installed files, MIME type and default handler are in place"
exit "$status"
