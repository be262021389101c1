#!/usr/bin/env bash
# Renders every screen of the demo plan in a real OpenGL window under Xvfb and checks a PNG came out.
# Skipped (exit 77) when xvfb-run is not installed.
set -euo pipefail
HEARINGDESK=$1
HEARINGCTL=$2
command -v xvfb-run >/dev/null || { echo "xvfb-run not installed: skipping"; exit 77; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$HEARINGCTL" demo "$tmp/demo.hdesk" >/dev/null
export HD_SETTINGS="$tmp/settings.json"
for screen in home setup reporter projection review board core_review forum cycle; do
  xvfb-run -a -s "-screen 0 1280x800x24" "$HEARINGDESK" "$tmp/demo.hdesk" --screen "$screen" \
    --screenshot "$tmp/$screen.png" --size 1280x800 --frames 4
  size=$(stat -c %s "$tmp/$screen.png")
  [ "$size" -gt 20000 ] || { echo "screenshot of $screen is suspiciously small ($size bytes)"; exit 1; }
  head -c 8 "$tmp/$screen.png" | od -An -c | grep -q "P   N   G" || { echo "$screen.png is not a PNG"; exit 1; }
done
# A settings file nested 300,000 levels deep (it crashed every start, issue 16): the GUI starts with
# defaults and sets the damaged file aside.
python3 -c 'import sys; sys.stdout.write("{\"x\":" + "[" * 300000 + "]" * 300000 + "}")' > "$tmp/settings.json"
xvfb-run -a -s "-screen 0 1280x800x24" "$HEARINGDESK" "$tmp/demo.hdesk" --screen home \
  --screenshot "$tmp/deep.png" --size 1280x800 --frames 2
[ -f "$tmp/settings.json.damaged" ] || { echo "the damaged settings file was not set aside"; exit 1; }
echo "screenshots ok"
