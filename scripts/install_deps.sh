#!/usr/bin/env bash
# Installs the Debian 12 packages Hearing Desk needs to build, test and run, when missing.
# Runs as root or through sudo. Nothing is downloaded at build time.
set -euo pipefail
PACKAGES=(
  build-essential cmake pkg-config
  libimgui-dev libglfw3-dev libstb-dev libgl1-mesa-dev
  libsqlite3-dev libcereal-dev catch2 libstemmer-dev
  libzip-dev libasio-dev libsodium-dev
  libutf8proc-dev libcli11-dev libxlsxwriter-dev
  libexpat1-dev libpng-dev
  fonts-dejavu-core
  xvfb xauth libgl1-mesa-dri
  python3 python3-sklearn
  clang libclang-rt-14-dev
)
missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "install_deps: all packages present"
  exit 0
fi
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
echo "install_deps: installing ${missing[*]}"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
