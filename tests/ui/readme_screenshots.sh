#!/usr/bin/env bash
# The README shows only screenshots that scripts/screenshots.sh makes, and docs/screenshots holds
# nothing else: every picture can be rebuilt from the demo plan.
set -euo pipefail
cd "$1"
made=$(grep -oE '^  "[a-z_]+:[0-9]*"' scripts/screenshots.sh | tr -d ' "' | cut -d: -f1)
expected=$(for s in $made; do echo "${s}_1280x720.png ${s}_1920x1080.png ${s}_1280x720_en.png"; done | tr ' ' '\n' | sort)
present=$(ls docs/screenshots | sort)
if [ "$expected" != "$present" ]; then
  echo "docs/screenshots differs from what scripts/screenshots.sh makes:"
  diff <(echo "$expected") <(echo "$present") || true
  exit 1
fi
status=0
for f in $(grep -ohE 'screenshots/[A-Za-z0-9_.-]+\.png' README.md docs/*.md | sed 's#.*screenshots/##' | sort -u); do
  echo "$expected" | grep -qx "$f" || { echo "README or docs show $f, which scripts/screenshots.sh does not make"; status=1; }
done
[ $status -eq 0 ] && echo "README screenshots ok"
exit $status
