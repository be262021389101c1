#!/bin/sh
# Converts DOCX exports of the demo plan to PDF with LibreOffice: proof that a real office suite opens
# them. Skipped (exit 77) when LibreOffice is not installed; it is deliberately not a CI dependency.
set -eu
HEARINGCTL="$1"
LO=$(command -v libreoffice || command -v soffice || true)
if [ -z "$LO" ]; then
  echo "SKIPPED: LibreOffice is not installed (apt-get install libreoffice-writer-nogui to run this check)"
  exit 77
fi
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
"$HEARINGCTL" demo "$WORK/plan.hdesk" >/dev/null
"$HEARINGCTL" export "$WORK/plan.hdesk" --what minutes --hearing 1 --format docx --date 2026-11-22 -o "$WORK/minutes.docx"
"$HEARINGCTL" export "$WORK/plan.hdesk" --what plan --format docx --date 2026-11-22 -o "$WORK/plan.docx"
"$HEARINGCTL" export "$WORK/plan.hdesk" --what actions --year 2027 --format docx --date 2026-11-22 -o "$WORK/actions.docx"
# A heading each document must show (a single word: PDF text may break lines anywhere else).
expect_minutes="Deelnemers"
expect_plan="Procesfasen"
expect_actions="Jaaractieplan"
for f in minutes plan actions; do
  # A private profile: no clash with a running LibreOffice or another test.
  "$LO" -env:UserInstallation="file://$WORK/profile" --headless --convert-to pdf --outdir "$WORK" "$WORK/$f.docx" >"$WORK/lo.log" 2>&1 || true
  if [ ! -s "$WORK/$f.pdf" ]; then
    echo "FAILED: LibreOffice did not convert $f.docx to PDF"; cat "$WORK/lo.log"; exit 1
  fi
  if command -v pdftotext >/dev/null 2>&1; then
    pdftotext "$WORK/$f.pdf" "$WORK/$f.txt"
    eval "expect=\$expect_$f"
    grep -q "$expect" "$WORK/$f.txt" || { echo "FAILED: $f.pdf lacks the heading '$expect'"; exit 1; }
  fi
  echo "ok: $f.docx -> $f.pdf ($(wc -c < "$WORK/$f.pdf") bytes)"
done
