#!/usr/bin/env bash
# Installs what Gapwise needs to build and test, on Debian 12 or Ubuntu,
# when it is missing. Uses sudo when not run as root. Sourced by the other
# scripts in this folder; safe to run on its own.
set -euo pipefail

GAPWISE_PACKAGES=(
  # build
  gcc libc6-dev meson ninja-build pkg-config gettext
  libglib2.0-dev libglib2.0-bin libsqlite3-dev libxlsxwriter-dev
  libgtk-4-dev libadwaita-1-dev
  # run time data the core relies on (MIME types of attachments)
  shared-mime-info
  # tests
  sqlite3 locales
  # the ui suite: a virtual X server, and the fonts and icons screenshots show
  xvfb xauth fonts-cantarell adwaita-icon-theme
  # the data suite: the validators distributions run, and MIME look-ups
  desktop-file-utils appstream xdg-utils
  # the export suite: openpyxl reads the workbook, LibreOffice converts it to
  # PDF, and Carlito has Calibri's metrics so the pages lay out as in Excel;
  # the de_DE.UTF-8 locale is generated below
  python3 python3-openpyxl libreoffice-calc-nogui fonts-crosextra-carlito
)

# Locales the tests run under: the export must write valid numbers where the
# decimal separator is a comma.
GAPWISE_LOCALES=(de_DE.UTF-8)

gapwise_install_deps () {
  local missing=()
  local pkg

  if ! command -v dpkg-query >/dev/null 2>&1; then
    echo "setup-deps: this is not a Debian-based system; install these packages by hand:" >&2
    echo "  ${GAPWISE_PACKAGES[*]}" >&2
    return 0
  fi

  for pkg in "${GAPWISE_PACKAGES[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
      missing+=("$pkg")
    fi
  done

  local sudo=()
  if [ "$(id -u)" -ne 0 ]; then
    sudo=(sudo)
  fi

  if [ "${#missing[@]}" -gt 0 ]; then
    echo "setup-deps: installing ${missing[*]}"
    "${sudo[@]}" apt-get update -q
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
  fi

  gapwise_generate_locales
}

# Generates each of GAPWISE_LOCALES that `locale -a` does not list: on
# Debian by enabling it in /etc/locale.gen, on Ubuntu by naming it.
gapwise_generate_locales () {
  local wanted name
  local sudo=()
  if [ "$(id -u)" -ne 0 ]; then
    sudo=(sudo)
  fi

  for wanted in "${GAPWISE_LOCALES[@]}"; do
    # `locale -a` spells de_DE.UTF-8 as de_DE.utf8.
    name="${wanted%%.*}.utf8"
    if locale -a 2>/dev/null | grep -qix "$name"; then
      continue
    fi

    echo "setup-deps: generating the $wanted locale"
    if [ -f /etc/locale.gen ] && grep -qE "^#? *$wanted UTF-8" /etc/locale.gen; then
      "${sudo[@]}" sed -i -E "s/^# *($wanted UTF-8)/\1/" /etc/locale.gen
      "${sudo[@]}" locale-gen >/dev/null
    else
      "${sudo[@]}" locale-gen "$wanted" >/dev/null
    fi

    if ! locale -a 2>/dev/null | grep -qix "$name"; then
      echo "setup-deps: could not generate the $wanted locale" >&2
      return 1
    fi
  done
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  gapwise_install_deps
fi
