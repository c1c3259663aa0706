#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks the Flatpak manifests: they parse, keep the sandbox portal-only,
pin libxlsxwriter with a checksum and the locale-safe number formatting,
and provide every dependency the meson build asks for."""

import json
import pathlib
import re
import sys

ROOT = pathlib.Path(sys.argv[1])

# What org.gnome.Platform/Sdk provide (GNOME runtime and freedesktop base).
RUNTIME = {"glib-2.0", "gio-2.0", "gobject-2.0", "gtk4", "libadwaita-1", "sqlite3"}
# pkg-config names built as manifest modules, by module name.
MODULES = {"xlsxwriter": "libxlsxwriter"}

failures = []


def check(condition, message):
    if not condition:
        failures.append(message)


deps = set()
for build_file in ROOT.rglob("meson.build"):
    if "build" in build_file.relative_to(ROOT).parts[:1]:
        continue
    deps.update(re.findall(r"dependency\(\s*'([^']+)'", build_file.read_text()))

check(deps, "no dependency() calls found in the meson files")

for name, app_id, profile in [("io.github.gapwise.Gapwise.json", "io.github.gapwise.Gapwise", "default"),
                              ("io.github.gapwise.Gapwise.Devel.json", "io.github.gapwise.Gapwise.Devel",
                               "development")]:
    path = ROOT / "flatpak" / name
    manifest = json.loads(path.read_text())

    check(manifest.get("id") == app_id, f"{name}: id is not {app_id}")
    check(manifest.get("command") == "gapwise", f"{name}: command is not gapwise")
    check(manifest.get("runtime") == "org.gnome.Platform", f"{name}: not the GNOME runtime")
    check(int(manifest.get("runtime-version", "0")) >= 47, f"{name}: the GNOME runtime is not current")

    args = manifest.get("finish-args", [])
    for required in ("--share=ipc", "--socket=wayland", "--socket=fallback-x11"):
        check(required in args, f"{name}: finish-args lack {required}")
    for arg in args:
        check(not arg.startswith("--filesystem"), f"{name}: {arg}: files must go through the portals")
        check(arg != "--share=network", f"{name}: Gapwise needs no network")

    modules = {m["name"]: m for m in manifest.get("modules", []) if isinstance(m, dict)}
    check("gapwise" in modules, f"{name}: no gapwise module")
    if "gapwise" in modules:
        check(f"-Dprofile={profile}" in modules["gapwise"].get("config-opts", []),
              f"{name}: gapwise is not built with the {profile} profile")

    xlsx = modules.get("libxlsxwriter")
    check(xlsx is not None, f"{name}: no libxlsxwriter module")
    if xlsx:
        check("-DUSE_DTOA_LIBRARY=ON" in xlsx.get("config-opts", []),
              f"{name}: libxlsxwriter without USE_DTOA_LIBRARY writes '1,5' under comma locales")
        for source in xlsx.get("sources", []):
            check(re.fullmatch(r"[0-9a-f]{64}", source.get("sha256", "")) is not None,
                  f"{name}: libxlsxwriter source is not pinned by sha256")
            check("RELEASE_1.1.4" in source.get("url", "") or "v1." in source.get("url", ""),
                  f"{name}: libxlsxwriter is not a pinned release")

    for dep in sorted(deps):
        check(dep in RUNTIME or MODULES.get(dep) in modules,
              f"{name}: the build needs '{dep}', which neither the runtime nor a module provides")

for failure in failures:
    print("FAIL:", failure)
print(f"{len(deps)} build dependencies checked against 2 manifests")
sys.exit(1 if failures else 0)
