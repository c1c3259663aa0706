#!/usr/bin/env bash
# Regenerates po/POTFILES.in from the files that hold translatable strings.
set -euo pipefail
cd "$(dirname "$0")/.."
{
  grep -l -E '\b(N?_|C_|NC_|g_dngettext|ngettext)\s*\(' src/core/*.[ch] src/cli/*.[ch] src/app/*.[ch]
  grep -l 'translatable="yes"' ui/*.ui ui/gtk/*.ui
  ls data/*.desktop.in.in data/*.metainfo.xml.in.in data/*.gschema.xml
} | sort -u > po/POTFILES.in
echo "po/POTFILES.in: $(wc -l < po/POTFILES.in) files"
