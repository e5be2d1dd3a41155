#!/usr/bin/env bash
# The release build of the whole site into dist/ (or $DIST): one page per user, one wasm binary each.
#   1. the commune's app: index.html → dist/ (what the size budget counts: dist/*.*);
#   2. the template editor (soạn mẫu báo cáo, for the Sở): editor/index.html → dist/soan-mau/,
#      its own wasm, so its code never weighs on the commune's first load;
#   3. sw.js written again over every page, so the service worker keeps them all working offline.
# Trunk builds one HTML target per run, hence one run per page. Run after scripts/setup.sh.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
export PATH="$HOME/.cargo/bin:$ROOT/tools/node_modules/.bin:$PATH"
unset NO_COLOR # trunk reads it as a boolean flag and rejects "1"
DIST="${DIST:-dist}"

trunk build --release --dist "$DIST"
trunk build editor/index.html --dist "$DIST/soan-mau" --release
# The page registers the site's worker (../sw.js); the one Trunk's hook wrote for the sub-folder is not
# used, nor the single-file copy the other hook made of this page (the single file is the commune's app).
rm -f "$DIST/soan-mau/sw.js" "$DIST/soan-mau/bao-cao-cds.html"
node scripts/gen-sw.mjs "$DIST"
