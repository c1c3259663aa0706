#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Every file with a translatable string must be listed in po/POTFILES.in,
# or its strings silently stay English in every language.
set -euo pipefail
cd "$1"

listed=$(grep -v -E '^\s*(#|$)' po/POTFILES.in | sort -u)
wanted=$( (grep -l -E '\b(N?_|C_|NC_|g_dngettext|ngettext)\s*\(' src/core/*.[ch] src/cli/*.[ch] src/app/*.[ch] 2>/dev/null;
           grep -l 'translatable="yes"' ui/*.ui ui/gtk/*.ui 2>/dev/null;
           ls data/*.desktop.in.in data/*.metainfo.xml.in.in data/*.gschema.xml) | sort -u)

missing=$(comm -13 <(echo "$listed") <(echo "$wanted"))
stale=$(comm -23 <(echo "$listed") <(echo "$wanted"))
status=0
if [ -n "$missing" ]; then
  echo "FAIL: translatable files missing from po/POTFILES.in:"
  echo "$missing"
  status=1
fi
for file in $stale; do
  if [ ! -e "$file" ]; then
    echo "FAIL: po/POTFILES.in lists $file, which does not exist"
    status=1
  fi
done
[ "$status" -eq 0 ] && echo "po/POTFILES.in lists all $(echo "$wanted" | wc -l) translatable files"
exit "$status"
