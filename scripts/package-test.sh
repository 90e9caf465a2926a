#!/usr/bin/env bash
# The packaging test (a stage of scripts/test.sh, WAVESHELF_TEST_PACKAGES=0|1):
#   1. builds the packages with cpack -G DEB and -G RPM, one package per component
#      (waveshelf, waveshelf-sandbox), from the build the tests use (build/: nothing is
#      compiled again; cpack strips the binaries). Nothing this test checks depends on
#      the optimisation level, so it needs no Release build of its own; a folder not yet
#      configured is configured as a Release build without tests (for releases);
#   2. checks them: the DEB's files (and that the sandbox is not in it), lintian with no
#      error, rpm -qpl / -qpR for the RPM's files and requirements;
#   3. installs the DEB into a clean Debian 12 root made by debootstrap (minbase, cached
#      as a tarball in ~/.cache/waveshelf) with `apt-get install ./waveshelf_*.deb` and
#      nothing else (no recommended packages either), then runs there, as an ordinary
#      user: waveshelf --version with no display, waveshelf-cli users add / users list
#      with --password-stdin, every installed binary's libraries resolved (ldd), and the
#      app offscreen up to its login window (WAVESHELF_REPORT_FIRST_WINDOW).
# Needs root (debootstrap, chroot, mounting /proc): run as root or with sudo available.
# Environment:
#   WAVESHELF_PACKAGE_BUILD_DIR   the build to package (default $WAVESHELF_BUILD_DIR, else build/)
#   WAVESHELF_CACHE_DIR           the cached root and downloaded .debs (default ~/.cache/waveshelf)
#   WAVESHELF_DEBIAN_MIRROR       Debian mirror (default: this system's, from /etc/apt)
#   WAVESHELF_PACKAGE_REFRESH_ROOT=1   make the cached root again
#   WAVESHELF_PACKAGE_KEEP_ROOT=1      keep the test root afterwards (its path is printed)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
build_dir="${WAVESHELF_PACKAGE_BUILD_DIR:-${WAVESHELF_BUILD_DIR:-$root/build}}"
cache_dir="${WAVESHELF_CACHE_DIR:-$HOME/.cache/waveshelf}"
suite=bookworm
started=$SECONDS
sudo_cmd=()
[ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)

step() { printf -- '--- %s (%d s)\n' "$*" "$((SECONDS - started))"; }
fail() {
    printf 'PACKAGING TEST FAILED: %s\n' "$*" >&2
    exit 1
}

# --- 1. build the packages ---
export CCACHE_BASEDIR="$root" CCACHE_NOHASHDIR=1
step "Building the packages in $build_dir"
if [ ! -f "$build_dir/CMakeCache.txt" ]; then
    cmake -S "$root" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Release -DWAVESHELF_BUILD_TESTS=OFF >/dev/null
fi
cmake --build "$build_dir"
out="$build_dir/packages"
rm -rf "$out"
(cd "$build_dir" && cpack -G "DEB;RPM" -B "$out" >/dev/null)
version="$(sed -n 's/^set(CPACK_PACKAGE_VERSION "\(.*\)")$/\1/p' "$build_dir/CPackConfig.cmake")"
deb_arch="$(dpkg --print-architecture)"
deb="$out/waveshelf_${version}_${deb_arch}.deb"
sandbox_deb="$out/waveshelf-sandbox_${version}_${deb_arch}.deb"
rpm_file="$(ls "$out"/waveshelf-"$version"-*.rpm)"
sandbox_rpm="$(ls "$out"/waveshelf-sandbox-"$version"-*.rpm)"
for f in "$deb" "$sandbox_deb" "$rpm_file" "$sandbox_rpm"; do
    [ -f "$f" ] || fail "not built: $f"
done
ls -l "$out"/*.deb "$out"/*.rpm

# --- 2. what is in them ---
libdir="$(sed -n 's/^CMAKE_INSTALL_LIBDIR:PATH=//p' "$build_dir/CMakeCache.txt")"
app_id=io.github.waveshelf.Waveshelf
private_libs=()  # the internal libraries, private to the package (cmake/InternalLibraries.cmake)
for lib in core player gui mpris; do
    private_libs+=("/usr/$libdir/waveshelf/libwaveshelf_$lib.so")
done
expected=(/usr/bin/waveshelf /usr/bin/waveshelf-cli "/usr/$libdir/waveshelf/libwaveshelf_connect_plugin.so"
    "${private_libs[@]}"
    "/usr/share/applications/$app_id.desktop" "/usr/share/metainfo/$app_id.metainfo.xml"
    "/usr/share/icons/hicolor/scalable/apps/$app_id.svg"
    /usr/share/man/man1/waveshelf.1.gz /usr/share/man/man1/waveshelf-cli.1.gz
    /usr/share/doc/waveshelf/copyright /usr/share/doc/waveshelf/changelog.gz)
for size in 16 22 24 32 48 64 128 256 512; do
    expected+=("/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png")
done
check_files() {  # check_files LABEL LISTING-FILE
    for f in "${expected[@]}"; do
        grep -qx "$f" "$2" || fail "$1 lacks $f"
    done
    ! grep -qE 'waveshelf-sandbox|libwaveshelf_sandbox' "$2" || fail "$1 holds the sandbox"
    ! grep -qE '^/usr/include|\.(a|h|cmake)$' "$2" || fail "$1 holds development files"
}
step "DEB: files and control"
dpkg-deb --contents "$deb" | awk '{print $6}' | sed 's|^\./|/|; s|/$||' >"$out/deb-files.txt"
check_files "$deb" "$out/deb-files.txt"
dpkg-deb --field "$deb" Package Version Depends Recommends Suggests
grep -q 'libqt6webenginewidgets6' <<<"$(dpkg-deb --field "$deb" Depends)" \
    || fail "the DEB does not depend on QtWebEngine (dpkg-shlibdeps missed the sign-in plugin)"
dpkg-deb --contents "$sandbox_deb" | grep '/usr/bin/waveshelf-sandbox$' >/dev/null || fail "the sandbox package lacks its binary"
dpkg-deb --contents "$sandbox_deb" | grep "/usr/$libdir/waveshelf/libwaveshelf_sandbox.so\$" >/dev/null \
    || fail "the sandbox package lacks its library"

step "lintian (errors fail; warnings listed in docs/PACKAGING.md)"
lintian_out="$(lintian --tag-display-limit 0 "$deb" "$sandbox_deb" 2>&1 || true)"
printf '%s\n' "$lintian_out"
! grep -q '^E: ' <<<"$lintian_out" || fail "lintian reports errors"

step "RPM: rpm -qpl / -qpR"
rpm -qpl "$rpm_file" >"$out/rpm-files.txt"
check_files "$rpm_file" "$out/rpm-files.txt"
rpm -qpR "$rpm_file" | tee "$out/rpm-requires.txt"
for req in 'libQt6Widgets.so.6' 'libQt6Sql.so.6' 'libQt6WebEngineWidgets.so.6' 'libsodium.so'; do
    grep -q "^$req" "$out/rpm-requires.txt" || fail "the RPM does not require $req"
done
while read -r relation _ rpm_name _; do
    case "$relation" in ''|'#'*) continue ;; depends) ;; *) continue ;; esac
    [ "$rpm_name" = - ] || grep -qx "$rpm_name" "$out/rpm-requires.txt" || fail "the RPM does not require $rpm_name"
done <"$root/packaging/linux/runtime-depends.txt"
rpm -qpl "$sandbox_rpm" | grep -x /usr/bin/waveshelf-sandbox >/dev/null || fail "the sandbox RPM lacks its binary"

# --- 3. a clean Debian 12 root ---
mirror="${WAVESHELF_DEBIAN_MIRROR:-}"
if [ -z "$mirror" ]; then
    mirror="$(cat /etc/apt/sources.list /etc/apt/sources.list.d/*.list /etc/apt/sources.list.d/*.sources 2>/dev/null | grep -v "^\s*#" \
        | grep -oE 'https?://[^ ]+/debian/?( |$)' | head -n 1 | tr -d ' ' || true)"
    mirror="${mirror:-http://deb.debian.org/debian}"
fi
mirror="${mirror%/}"
security_mirror="${mirror%/debian}/debian-security"
mkdir -p "$cache_dir/apt-archives/partial"
tarball="$cache_dir/debian-$suite-minbase-$deb_arch.tar"
if [ ! -s "$tarball" ] || [ "${WAVESHELF_PACKAGE_REFRESH_ROOT:-0}" = 1 ]; then
    step "debootstrap --variant=minbase $suite from $mirror (cached as $tarball)"
    fresh="$(mktemp -d "${TMPDIR:-/var/tmp}/waveshelf-debootstrap.XXXXXX")"
    "${sudo_cmd[@]}" debootstrap --variant=minbase "$suite" "$fresh" "$mirror" >"$cache_dir/debootstrap.log" 2>&1 \
        || { tail -n 20 "$cache_dir/debootstrap.log"; fail "debootstrap failed"; }
    "${sudo_cmd[@]}" tar -C "$fresh" -cf "$tarball.part" .
    "${sudo_cmd[@]}" mv "$tarball.part" "$tarball"
    "${sudo_cmd[@]}" rm -rf "$fresh"
fi

step "Unpacking the clean root"
chroot_dir="$(mktemp -d "${TMPDIR:-/var/tmp}/waveshelf-root.XXXXXX")"
mounted=()
cleanup() {
    for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do
        "${sudo_cmd[@]}" umount "${mounted[$i]}" || "${sudo_cmd[@]}" umount -l "${mounted[$i]}" || true
    done
    if [ "${WAVESHELF_PACKAGE_KEEP_ROOT:-0}" = 1 ]; then
        echo "The test root stays in $chroot_dir"
    else
        "${sudo_cmd[@]}" rm -rf --one-file-system "$chroot_dir"
    fi
}
trap cleanup EXIT
"${sudo_cmd[@]}" tar -C "$chroot_dir" -xf "$tarball"
"${sudo_cmd[@]}" chmod 0755 "$chroot_dir"  # its / for the ordinary user and apt's _apt
"${sudo_cmd[@]}" mount -t proc proc "$chroot_dir/proc" && mounted+=("$chroot_dir/proc")
# Downloaded .debs are kept between runs (the root itself is thrown away).
"${sudo_cmd[@]}" mount --bind "$cache_dir/apt-archives" "$chroot_dir/var/cache/apt/archives" \
    && mounted+=("$chroot_dir/var/cache/apt/archives")
"${sudo_cmd[@]}" cp /etc/resolv.conf "$chroot_dir/etc/resolv.conf"
printf 'deb %s %s main\ndeb %s %s-updates main\ndeb %s %s-security main\n' \
    "$mirror" "$suite" "$mirror" "$suite" "$security_mirror" "$suite" \
    | "${sudo_cmd[@]}" tee "$chroot_dir/etc/apt/sources.list" >/dev/null
"${sudo_cmd[@]}" rm -f "$chroot_dir/etc/apt/apt.conf.d/docker-clean"
# A throwaway root: dpkg need not sync every file it unpacks (about twice as fast).
echo force-unsafe-io | "${sudo_cmd[@]}" tee "$chroot_dir/etc/dpkg/dpkg.cfg.d/waveshelf-test" >/dev/null
"${sudo_cmd[@]}" cp "$deb" "$chroot_dir/tmp/"
in_root() { "${sudo_cmd[@]}" chroot "$chroot_dir" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LC_ALL=C.UTF-8 "$@"; }

step "apt-get install ./$(basename "$deb") (and nothing else)"
in_root apt-get update -q >/dev/null
in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "/tmp/$(basename "$deb")" \
    >"$out/apt-install.log" 2>&1 || { tail -n 30 "$out/apt-install.log"; fail "apt-get install failed"; }
grep -E '^(Setting up|[0-9]+ upgraded)' "$out/apt-install.log" | tail -n 1

step "Running the installed package as an ordinary user, no display"
in_root useradd --create-home --uid 4242 tester
as_user() {
    "${sudo_cmd[@]}" chroot --userspec=4242:4242 "$chroot_dir" /usr/bin/env -i HOME=/home/tester USER=tester \
        PATH=/usr/bin:/bin LC_ALL=C.UTF-8 WAVESHELF_KDF_LIMITS=interactive "$@"
}
for elf in /usr/bin/waveshelf /usr/bin/waveshelf-cli "/usr/$libdir/waveshelf/libwaveshelf_connect_plugin.so" \
    "${private_libs[@]}"; do
    missing="$(in_root ldd "$elf" | grep 'not found' || true)"
    [ -z "$missing" ] || fail "$elf: libraries not installed: $missing"
done
in_root test -f "/usr/lib/$(dpkg-architecture -qDEB_HOST_MULTIARCH)/qt6/plugins/sqldrivers/libqsqlite.so" \
    || fail "the SQLite driver is not installed"
in_root test ! -e /usr/bin/waveshelf-sandbox || fail "the sandbox was installed"

got="$(as_user waveshelf --version 2>&1)" || fail "waveshelf --version: $got"
[ "$got" = "waveshelf $version" ] || fail "waveshelf --version said: $got"
echo "waveshelf --version: $got"
grep -q -- '--data-dir' <<<"$(as_user waveshelf --help)" || fail "waveshelf --help"
got="$(as_user waveshelf-cli --version 2>&1)" || fail "waveshelf-cli --version: $got"
echo "waveshelf-cli --version: $got"

printf 'packaged-test-password\n' | as_user waveshelf-cli users add --password-stdin alice \
    || fail "waveshelf-cli users add"
listing="$(as_user waveshelf-cli users list)" || fail "waveshelf-cli users list"
printf '%s\n' "$listing"
grep -q alice <<<"$listing" || fail "users list does not show alice"

step "The app offscreen, up to its login window"
window_log="$out/first-window.log"
# A client id skips the first-run guide: the first window is the login page.
as_user env QT_QPA_PLATFORM=offscreen QTWEBENGINE_DISABLE_SANDBOX=1 WAVESHELF_REPORT_FIRST_WINDOW=1 \
    WAVESHELF_CLIENT_ID=package-test \
    timeout 120 waveshelf >"$window_log" 2>&1 || { cat "$window_log"; fail "waveshelf did not reach its window"; }
grep -q '^first-window ms=' "$window_log" || { cat "$window_log"; fail "no first window reported"; }
grep '^first-window' "$window_log"
if grep -iE 'not loaded|cannot load|could not (load|find)' "$window_log"; then
    fail "the app reported a missing part"
fi

step "Packaging test passed"
