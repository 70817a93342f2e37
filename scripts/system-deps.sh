#!/usr/bin/env bash
# Installs the Debian/Ubuntu packages Kiosk and its tests need, only those that are missing.
# Runs apt-get as root (or through sudo); never needed again once everything is present.
set -euo pipefail

PACKAGES=(
  python3-venv        # the project's .venv
  espeak-ng           # offline speech (pyttsx3's Linux engine)
  alsa-utils          # aplay: pyttsx3 plays espeak-ng speech through it
  poppler-utils       # pdftotext / pdftoppm: PDF checks in tests
  xvfb                # real-window screenshots
  libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3  # Qt's offscreen platform
  libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-shape0 libxcb-xkb1 libxkbcommon-x11-0  # a real window (xcb)
  postgresql          # the hub's PostgreSQL test run
  sox                 # measuring rendered speech
  nsis                # makensis: the Windows installer script is compiled in the tests
  chromium chromium-driver  # the hub's status page is tested in a real browser (Selenium + axe-core)
  fonts-noto-cjk fonts-thai-tlwg  # Chinese and Thai glyphs for that browser (else its screenshots show empty boxes)
)

missing=()
for pkg in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ]; then SUDO=""; elif command -v sudo >/dev/null; then SUDO="sudo"; else
  echo "Kiosk needs these system packages: ${missing[*]}" >&2
  echo "Install them as root: apt-get install -y ${missing[*]}" >&2
  exit 1
fi
echo "Installing system packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
