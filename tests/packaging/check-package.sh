#!/usr/bin/env bash
# Builds the Debian package and the tarball from a finished build tree and
# checks them: the file list, the desktop entry and AppStream metainfo as
# installed, the man pages and icons, and smoke runs of both executables
# extracted into a scratch root.
#
# usage: check-package.sh BUILD_DIR SOURCE_DIR [CPACK]
# Exit 0 when every check passes, 1 when one fails, 77 (skipped) when a tool
# is missing (packaging/install-deps.sh installs them).
set -uo pipefail

build_dir=$(realpath "${1:?usage: check-package.sh BUILD_DIR SOURCE_DIR [CPACK]}")
source_dir=$(realpath "${2:?usage: check-package.sh BUILD_DIR SOURCE_DIR [CPACK]}")
cpack=${3:-cpack}
app_id=org.forumarchive.ForumArchive
icon_sizes=(16 22 24 32 48 64 128 256)

for tool in "$cpack" dpkg-deb dpkg-shlibdeps desktop-file-validate appstreamcli file tar gzip; do
  if ! command -v "$tool" >/dev/null; then
    echo "SKIP: $tool is missing (run packaging/install-deps.sh)"
    exit 77
  fi
done

failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
pass() { echo "ok: $*"; }
# check DESCRIPTION COMMAND...: runs the command and records the outcome.
check() {
  local description=$1
  shift
  if "$@"; then pass "$description"; else fail "$description"; fi
}

work="$build_dir/package-check"
rm -rf "$work"
mkdir -p "$work"

# --- build the packages --------------------------------------------------------
if ! "$cpack" -G "DEB;TGZ" --config "$build_dir/CPackConfig.cmake" -B "$work" >"$work/cpack.log" 2>&1; then
  cat "$work/cpack.log"
  echo "FAIL: cpack did not build the packages"
  exit 1
fi
shopt -s nullglob
debs=("$work"/*.deb)
tgzs=("$work"/*.tar.gz)
shopt -u nullglob
if [ ${#debs[@]} -ne 1 ] || [ ${#tgzs[@]} -ne 1 ]; then
  cat "$work/cpack.log"
  echo "FAIL: expected one .deb and one .tar.gz in $work, found ${#debs[@]} and ${#tgzs[@]}"
  exit 1
fi
deb=${debs[0]}
tgz=${tgzs[0]}
pass "built $(basename "$deb") and $(basename "$tgz")"

# --- control fields ------------------------------------------------------------
version=$(dpkg-deb -f "$deb" Version)
depends=$(dpkg-deb -f "$deb" Depends)
check "package name forum-archive" test "$(dpkg-deb -f "$deb" Package)" = forum-archive
check "section video" test "$(dpkg-deb -f "$deb" Section)" = video
# Libraries come from dpkg-shlibdeps, plugins and data from the explicit list.
for dep in libqt6core6 libqt6widgets6 libqt6multimedia6 libc6 qt6-qpa-plugins libqt6svg6 \
           gstreamer1.0-plugins-base gstreamer1.0-plugins-good qt6-translations-l10n; do
  grep -Eq "(^|, )$dep( |,|$)" <<<"$depends" || fail "Depends lacks $dep: $depends"
done
pass "Depends: $depends"

# --- file list -----------------------------------------------------------------
dpkg-deb -c "$deb" | awk '{ print $6 }' | sed 's|^\./|/|' | sort >"$work/deb-files.txt"
expected=(
  /usr/bin/forum-archive
  /usr/bin/forum-archive-catalog
  "/usr/share/applications/$app_id.desktop"
  "/usr/share/metainfo/$app_id.metainfo.xml"
  "/usr/share/icons/hicolor/scalable/apps/$app_id.svg"
  /usr/share/man/man1/forum-archive.1.gz
  /usr/share/man/man1/forum-archive-catalog.1.gz
  /usr/share/doc/forum-archive/copyright
)
for size in "${icon_sizes[@]}"; do
  expected+=("/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png")
done
# Every file of the sample archive except its generator script.
while IFS= read -r f; do
  expected+=("/usr/share/forum-archive/sample-archive/$f")
done < <(cd "$source_dir/resources/sample-archive" && find . -type f ! -name 'generate-*.sh' | sed 's|^\./||' | sort)
missing=0
for f in "${expected[@]}"; do
  if ! grep -qxF "$f" "$work/deb-files.txt"; then
    fail "the .deb lacks $f"
    missing=$((missing + 1))
  fi
done
[ $missing -eq 0 ] && pass "the .deb lists all ${#expected[@]} expected files"
if grep -q 'generate-media.sh' "$work/deb-files.txt"; then
  fail "the .deb carries generate-media.sh"
fi

tar -tzf "$tgz" | sed 's|^[^/]*/||' >"$work/tgz-files.txt"
for f in bin/forum-archive bin/forum-archive-catalog share/applications/$app_id.desktop \
         share/metainfo/$app_id.metainfo.xml share/forum-archive/sample-archive/catalog.json; do
  grep -qxF "$f" "$work/tgz-files.txt" || fail "the .tar.gz lacks $f"
done
pass "the .tar.gz holds the executables, desktop files and sample archive"

# --- installed copies ------------------------------------------------------------
root="$work/root"
dpkg -x "$deb" "$root" || { echo "FAIL: dpkg -x"; exit 1; }
share="$root/usr/share"

if desktop-file-validate "$share/applications/$app_id.desktop"; then
  pass "desktop-file-validate"
else
  fail "desktop-file-validate"
fi
if appstreamcli validate --no-net "$share/metainfo/$app_id.metainfo.xml"; then
  pass "appstreamcli validate --no-net"
else
  fail "appstreamcli validate --no-net"
fi
# The tree check also ties the metainfo to the desktop entry and its icon.
if appstreamcli validate-tree --no-net "$root" >"$work/validate-tree.log" 2>&1; then
  pass "appstreamcli validate-tree --no-net"
else
  cat "$work/validate-tree.log"
  fail "appstreamcli validate-tree --no-net"
fi
check "metainfo release $version with a date" \
  grep -q "<release version=\"$version\" date=\"[0-9]\{4\}-[0-9]\{2\}-[0-9]\{2\}\"" \
  "$share/metainfo/$app_id.metainfo.xml"
grep -q '@' "$share/metainfo/$app_id.metainfo.xml" && fail "unstamped @VAR@ left in the metainfo"

for size in "${icon_sizes[@]}"; do
  png="$share/icons/hicolor/${size}x${size}/apps/$app_id.png"
  [ -f "$png" ] || continue
  file -b "$png" | grep -q "PNG image data, $size x $size" || fail "$png is not a $size px PNG: $(file -b "$png")"
done
pass "icon sizes"

for page in forum-archive forum-archive-catalog; do
  gz="$share/man/man1/$page.1.gz"
  [ -f "$gz" ] || continue
  gzip -t "$gz" || fail "$gz is not valid gzip"
  if command -v man >/dev/null; then
    warnings=$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -l "$gz" 2>&1 >/dev/null)
    check "man page $page renders without warnings${warnings:+: $warnings}" test -z "$warnings"
  fi
done

# --- smoke runs from the scratch root ---------------------------------------------
home="$work/home"
mkdir -p "$home"
run_env=(env HOME="$home" XDG_CONFIG_HOME="$home/.config" XDG_DATA_HOME="$home/.local/share"
         XDG_CACHE_HOME="$home/.cache" XDG_RUNTIME_DIR="$home/run" QT_QPA_PLATFORM=offscreen
         LC_ALL=C.UTF-8)
mkdir -p "$home/run"
chmod 0700 "$home/run"
sample="$share/forum-archive/sample-archive"

probe() {
  local out
  out=$("${run_env[@]}" timeout 120 "$root/usr/bin/forum-archive" --startup-probe "$@" 2>"$work/probe.err")
  local rc=$?
  if [ $rc -eq 0 ] && grep -Eq '^first-paint-ms: [0-9]+$' <<<"$out"; then
    pass "forum-archive --startup-probe $* ($out)"
  else
    cat "$work/probe.err"
    fail "forum-archive --startup-probe $* exited $rc and printed: $out"
  fi
}
probe --no-restore
probe --no-restore --language fr --catalog "$sample"

if "${run_env[@]}" "$root/usr/bin/forum-archive-catalog" validate "$sample"; then
  pass "forum-archive-catalog validate on the installed sample archive"
else
  fail "forum-archive-catalog validate on the installed sample archive"
fi
reported=$("${run_env[@]}" "$root/usr/bin/forum-archive-catalog" --version)
check "forum-archive-catalog --version prints $version (got: $reported)" \
  test "$reported" = "forum-archive-catalog $version"

if [ $failures -ne 0 ]; then
  echo "$failures check(s) failed"
  exit 1
fi
echo "all package checks passed"
