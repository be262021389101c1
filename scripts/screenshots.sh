#!/usr/bin/env bash
# Regenerates every screenshot in docs/screenshots/ (the README shows only these) from a fresh demo
# plan: each screen in Dutch at 1280x720 and 1920x1080, and in English at 1280x720; the audience view
# also at the other projector sizes (AUDIENCE_SIZES).
# Usage: bash scripts/screenshots.sh [BUILD_DIR]   (default: build; builds hearingdesk when missing)
# Needs xvfb-run (scripts/install_deps.sh installs it). Everything shown is the fictional demo city.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR=${1:-build}
if [ ! -x "$BUILD_DIR/hearingdesk" ]; then
  cmake -S . -B "$BUILD_DIR" -DCMAKE_BUILD_TYPE=Release
  cmake --build "$BUILD_DIR" -j"$(nproc)" --target hearingdesk
fi
OUT=docs/screenshots
# A fixed folder, so the path the Home screen lists under recent plans is the same in every run.
work=${TMPDIR:-/tmp}/hearingdesk-screenshots
rm -rf "$work"
trap 'rm -rf "$work"' EXIT
# A private HOME: the screenshots never read or change the user's own settings or demo plan.
export HOME="$work/home" HD_SETTINGS="$work/settings.json" HD_DEMO_PLAN="$work/dijlestede-demo.hdesk"
mkdir -p "$HOME" "$OUT"

# screen and the demo hearing it shows: the running hearing (4) for the room, the hearing under
# review (3) for review and the core group; "audience" is what the room sees of the projection.
SHOTS=(
  "home:"
  "setup:"
  "reporter:4"
  "projection:4"
  "audience:4"
  "review:3"
  "board:"
  "core_review:3"
  "forum:"
  "cycle:"
)

# The audience view is what the room reads from a projector: also at the other common projector
# sizes (it is also made at 1280x720 and 1920x1080 with every screen above).
AUDIENCE_SIZES=(1366x768 1600x900 3840x2160)

shoot() { # screen hearing size lang file
  local args=(--demo --size "$3" --lang "$4" --screenshot "$5")
  # "audience" is the projection's content-only view for the room.
  if [ "$1" = audience ]; then args+=(--screen projection --audience); else args+=(--screen "$1"); fi
  [ -n "$2" ] && args+=(--hearing "$2")
  xvfb-run -a -s "-screen 0 ${3}x24" "$BUILD_DIR/hearingdesk" "${args[@]}" >/dev/null 2>"$work/err" || {
    echo "screenshot of $1 ($3, $4) failed:" >&2
    cat "$work/err" >&2
    exit 1
  }
}

n=0
for shot in "${SHOTS[@]}"; do
  screen=${shot%%:*}
  hearing=${shot#*:}
  for size in 1280x720 1920x1080; do
    shoot "$screen" "$hearing" "$size" nl "$OUT/${screen}_${size}.png"
    n=$((n + 1))
  done
  shoot "$screen" "$hearing" 1280x720 en "$OUT/${screen}_1280x720_en.png"
  n=$((n + 1))
done
for size in "${AUDIENCE_SIZES[@]}"; do
  shoot audience 4 "$size" nl "$OUT/audience_${size}.png"
  n=$((n + 1))
done
echo "screenshots: $n files in $OUT"
