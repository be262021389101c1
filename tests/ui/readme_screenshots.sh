#!/usr/bin/env bash
# The README shows only screenshots that scripts/screenshots.sh makes, and docs/screenshots holds
# nothing else: every picture can be rebuilt from the demo plan. The README shows every screen at
# 1280x720 and 1920x1080, and the audience view at every projector size the script makes.
set -euo pipefail
cd "$1"
made=$(grep -oE '^  "[a-z_]+:[0-9]*"' scripts/screenshots.sh | tr -d ' "' | cut -d: -f1)
audience_sizes=$(grep -oE '^AUDIENCE_SIZES=\(.*\)' scripts/screenshots.sh | sed 's/.*(//; s/).*//')
shown=$( (for s in $made; do echo "${s}_1280x720.png ${s}_1920x1080.png"; done
          for size in $audience_sizes; do echo "audience_${size}.png"; done) | tr ' ' '\n' | sort)
expected=$( (echo "$shown"; for s in $made; do echo "${s}_1280x720_en.png"; done) | sort)
present=$(ls docs/screenshots | sort)
if [ "$expected" != "$present" ]; then
  echo "docs/screenshots differs from what scripts/screenshots.sh makes:"
  diff <(echo "$expected") <(echo "$present") || true
  exit 1
fi
status=0
referenced=$(grep -ohE 'screenshots/[A-Za-z0-9_.-]+\.png' README.md docs/*.md | sed 's#.*screenshots/##' | sort -u)
for f in $referenced; do
  # A here-string, not `echo | grep -q`: grep -q stops at the first match, and with pipefail the
  # echo it cut off (SIGPIPE) would fail the check now and then.
  grep -qx "$f" <<< "$expected" || { echo "README or docs show $f, which scripts/screenshots.sh does not make"; status=1; }
done
for f in $shown; do
  grep -q "screenshots/$f" README.md || { echo "README does not show $f"; status=1; }
done
[ $status -eq 0 ] && echo "README screenshots ok"
exit $status
