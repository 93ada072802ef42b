#!/bin/sh
# Installs what Forum Archive needs to build, run and test on Debian 12.
# Idempotent and quiet when everything is already there.
set -eu

packages="
  build-essential cmake ninja-build pkg-config clang clang-format libclang-rt-14-dev
  qt6-base-dev qt6-base-dev-tools qt6-multimedia-dev qt6-svg-dev qt6-tools-dev
  qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n qt6-qpa-plugins
  libqt6svg6 ccache
  gstreamer1.0-plugins-base gstreamer1.0-plugins-good gstreamer1.0-libav
  libbenchmark-dev xvfb xauth desktop-file-utils appstream dpkg-dev file librsvg2-bin
  fonts-dejavu-core
"

missing=""
for p in $packages; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing="$missing $p"
done
[ -z "$missing" ] && exit 0

sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
echo "install-deps: installing$missing"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
# shellcheck disable=SC2086 # one word per package
$sudo apt-get install -y -qq --no-install-recommends $missing >/dev/null
