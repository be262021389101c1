#!/usr/bin/env bash
# One command for developers and CI: install what is missing, build with warnings as errors, and run
# every test through ctest. UI tests are headless ImGui (no display needed); the screenshot smoke test
# uses xvfb-run when present.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install_deps.sh
BUILD_DIR=${BUILD_DIR:-build-ci}
cmake -S . -B "$BUILD_DIR" -DCMAKE_BUILD_TYPE=Release -DHD_WERROR=ON
cmake --build "$BUILD_DIR" -j"$(nproc)"
cd "$BUILD_DIR"
ctest --output-on-failure -j"$(nproc)" --timeout 600
