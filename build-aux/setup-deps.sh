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
)

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

  if [ "${#missing[@]}" -eq 0 ]; then
    return 0
  fi

  local sudo=()
  if [ "$(id -u)" -ne 0 ]; then
    sudo=(sudo)
  fi

  echo "setup-deps: installing ${missing[*]}"
  "${sudo[@]}" apt-get update -q
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  gapwise_install_deps
fi
