#!/usr/bin/env bash
# make report-screenshot: renders the HTML report of Samples/gtnum-reve-draft and photographs it in
# headless Chromium at a phone's width (390 px) and a laptop's (1280 px), light and dark, so anyone
# can look at it.
# Installs Debian's chromium with apt-get when no Chromium is found.
#
# Environment:
#   FAIRPACK   the binary (default .build/release/fairpack)
#   CHROMIUM   the browser (default: chromium, else chromium-browser, else google-chrome)
#   OUT        the folder for report.html and the PNGs (default .build/screenshots)
# Exit status: 0 the screenshots are written, 1 otherwise.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

FAIRPACK=${FAIRPACK:-.build/release/fairpack}
OUT=${OUT:-.build/screenshots}
die() { printf 'report-screenshot: error: %s\n' "$*" >&2; exit 1; }
[ -x "$FAIRPACK" ] || die "no fairpack binary at $FAIRPACK: run 'swift build -c release' or set FAIRPACK"

browser=${CHROMIUM:-}
if [ -z "$browser" ]; then
  for name in chromium chromium-browser google-chrome; do
    if command -v "$name" >/dev/null 2>&1; then browser=$name; break; fi
  done
fi
if [ -z "$browser" ]; then
  echo "report-screenshot: installing chromium"
  if [ "$(id -u)" = 0 ]; then SUDO=""; elif command -v sudo >/dev/null 2>&1; then SUDO="sudo"
  else die "chromium is missing and this user cannot install it; ask an administrator to run: apt-get install chromium"; fi
  $SUDO apt-get update -qq && $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null \
    || die "could not install chromium with apt-get"
  browser=chromium
fi

mkdir -p "$OUT"
status=0
"$FAIRPACK" check Samples/gtnum-reve-draft --quiet --format html --output "$OUT/report.html" || status=$?
[ "$status" -le 1 ] || die "fairpack check exited $status"
page="file://$(cd "$OUT" && pwd)/report.html"

# Chromium refuses its sandbox as root; the page is our own file and loads nothing else.
flags=(--headless --disable-gpu --hide-scrollbars --no-first-run --no-default-browser-check --mute-audio)
[ "$(id -u)" != 0 ] || flags+=(--no-sandbox)
profile=$(mktemp -d "${TMPDIR:-/tmp}/fairpack-chromium.XXXXXX")
trap 'rm -rf "$profile"' EXIT
# The dark one asks for the reader's dark preference (Blink's preferredColorScheme 0 is dark).
for shot in narrow:390,2800 wide:1280,2000 wide-dark:1280,1000; do
  name=${shot%%:*}
  size=${shot#*:}
  scheme=()
  case "$name" in *-dark) scheme=(--blink-settings=preferredColorScheme=0) ;; esac
  timeout 120 "$browser" "${flags[@]}" ${scheme[@]+"${scheme[@]}"} --user-data-dir="$profile" --window-size="$size" \
    --screenshot="$OUT/report-$name.png" "$page" >/dev/null 2>&1 || die "$browser could not take the $name screenshot"
  [ -s "$OUT/report-$name.png" ] || die "$browser wrote no $OUT/report-$name.png"
  echo "report-screenshot: $OUT/report-$name.png (${size/,/×} px)"
done
