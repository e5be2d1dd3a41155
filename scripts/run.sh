#!/usr/bin/env bash
# Sets up (scripts/setup.sh), then builds and serves the app with live reload on http://127.0.0.1:8080/.
#   bash scripts/run.sh            release build (small, fast; what users get)
#   bash scripts/run.sh --dev      debug build (quicker to rebuild)
#   PORT=9000 bash scripts/run.sh  another port
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
bash scripts/setup.sh
export PATH="$HOME/.cargo/bin:$ROOT/tools/node_modules/.bin:$PATH"
unset NO_COLOR # trunk reads it as a boolean flag and rejects "1"

PORT="${PORT:-8080}"
RELEASE=(--release)
if [ "${1:-}" = "--dev" ]; then RELEASE=(); fi

echo
echo "Báo cáo chuyển đổi số: http://127.0.0.1:$PORT/  (first build takes a few minutes; Ctrl+C to stop)"
echo
exec trunk serve "${RELEASE[@]}" --address 127.0.0.1 --port "$PORT"
