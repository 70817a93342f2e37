#!/usr/bin/env bash
# `make package`: the PyInstaller bundle, then a .deb around it (dpkg-deb), an SBOM and an audit.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
PY="$ROOT/.venv/bin/python"
VERSION="$("$PY" -c 'import importlib.metadata as m; print(m.version("kiosk"))')"
OUT="$ROOT/build"
STAGE="$OUT/deb/kiosk_${VERSION}_amd64"
DEB="$OUT/kiosk_${VERSION}_amd64.deb"

# The bundle is built in its own venv from the hash-pinned requirements, so nothing from the
# development environment (test tools, the hub's server) can slip into it.
BUILD_VENV="$OUT/venv-bundle"
if [ ! -x "$BUILD_VENV/bin/python" ] || [ "$ROOT/installer/requirements-bundle.txt" -nt "$BUILD_VENV/.complete" ]; then
  rm -rf "$BUILD_VENV"
  python3 -m venv "$BUILD_VENV"
  "$BUILD_VENV/bin/pip" install -q --upgrade pip
  "$BUILD_VENV/bin/pip" install -q --require-hashes --no-deps -r "$ROOT/installer/requirements-bundle.txt"
  "$BUILD_VENV/bin/pip" install -q "pyinstaller==6.22.3"
  touch "$BUILD_VENV/.complete"
fi
"$BUILD_VENV/bin/pip" install -q --no-deps --no-build-isolation "$ROOT" 2>/dev/null \
  || "$BUILD_VENV/bin/pip" install -q --no-deps "$ROOT"
"$BUILD_VENV/bin/python" -m PyInstaller --noconfirm --log-level WARN --distpath "$OUT/dist" \
  --workpath "$OUT/pyinstaller" "$ROOT/installer/kiosk.spec"

rm -rf "$STAGE"
mkdir -p "$STAGE/DEBIAN" "$STAGE/opt" "$STAGE/usr/bin" "$STAGE/usr/share/applications" \
  "$STAGE/usr/share/icons/hicolor/256x256/apps" "$STAGE/usr/share/kiosk" "$STAGE/usr/share/xsessions"
cp -a "$OUT/dist/kiosk" "$STAGE/opt/kiosk"
ln -s /opt/kiosk/kiosk "$STAGE/usr/bin/kiosk"
install -m 0755 "$ROOT/installer/linux/kiosk-autostart" "$STAGE/usr/bin/kiosk-autostart"
install -m 0644 "$ROOT/installer/kiosk.png" "$STAGE/usr/share/icons/hicolor/256x256/apps/tw-eservice-kiosk.png"
install -m 0644 "$ROOT/installer/linux/tw.eservice.kiosk.desktop" "$STAGE/usr/share/applications/"
install -m 0644 "$ROOT/installer/linux/kiosk-autostart.desktop" "$STAGE/usr/share/kiosk/"
install -m 0644 "$ROOT/installer/linux/kiosk-session.desktop" "$STAGE/usr/share/xsessions/kiosk.desktop"
SIZE_KB="$(du -sk "$STAGE" | cut -f1)"
sed -e "s/@VERSION@/$VERSION/" -e "s/@SIZE@/$SIZE_KB/" "$ROOT/installer/linux/control" > "$STAGE/DEBIAN/control"
dpkg-deb --root-owner-group --build "$STAGE" "$DEB" >/dev/null

# Supply chain: what is inside (CycloneDX) and whether any of it has a known vulnerability.
# The tools get a venv of their own: installed into .venv they pulled in jsonschema's optional
# format checkers (rfc3987-syntax builds a grammar on import: 1.6 s on every `kiosk` start).
TOOLS_VENV="$OUT/venv-tools"
if [ ! -x "$TOOLS_VENV/bin/pip-audit" ] || [ "$ROOT/installer/requirements-tools.txt" -nt "$TOOLS_VENV/.complete" ]; then
  rm -rf "$TOOLS_VENV"
  python3 -m venv "$TOOLS_VENV"
  "$TOOLS_VENV/bin/pip" install -q --upgrade pip
  "$TOOLS_VENV/bin/pip" install -q -r "$ROOT/installer/requirements-tools.txt"
  touch "$TOOLS_VENV/.complete"
fi
"$TOOLS_VENV/bin/cyclonedx-py" environment "$BUILD_VENV/bin/python" --of JSON -o "$OUT/kiosk_${VERSION}.cdx.json"
"$TOOLS_VENV/bin/pip-audit" --requirement "$ROOT/installer/requirements-bundle.txt" --require-hashes \
  --disable-pip --format json -o "$OUT/pip-audit.json" || { echo "pip-audit found vulnerabilities: $OUT/pip-audit.json"; exit 1; }
"$PY" - "$ROOT/resources/release-keys.json" <<'PYEOF' || echo "warning: resources/release-keys.json pins no release key: this build will show no update notices (installer/README.md §6)"
import json, sys
sys.exit(0 if json.load(open(sys.argv[1])).get("keys") else 1)
PYEOF
echo "built $DEB ($(du -h "$DEB" | cut -f1)), bundle $(du -sh "$OUT/dist/kiosk" | cut -f1), installed ${SIZE_KB} KiB"
