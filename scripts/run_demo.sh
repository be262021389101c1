#!/usr/bin/env bash
# One command for users: install what is missing, build (Release) and start the GUI on the demo plan.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install_deps.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release
cmake --build build -j"$(nproc)" --target hearingdesk hearingctl
if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  echo "No display found: starting under xvfb-run (nothing visible). Use a desktop session to see the window."
  exec xvfb-run -a ./build/hearingdesk --demo "$@"
fi
exec ./build/hearingdesk --demo "$@"
