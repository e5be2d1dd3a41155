#!/usr/bin/env bash
# The release build of the whole site into dist/ (or $DIST): two pages, two wasm binaries.
#   1. the commune's app: index.html → dist/ (what the size budget counts: dist/*.*);
#   2. the compilation page (tổng hợp báo cáo, for the Sở): compile/index.html → dist/tong-hop/,
#      its own wasm, so its code never weighs on the commune's first load;
#   each page gets its own service worker and cache (scripts/gen-sw.mjs, BCCDS_SW_PAGE), so a commune's
#   first visit never pre-caches the compilation page, and both work offline once visited.
# Trunk builds one HTML target per run, hence two runs. Run after scripts/setup.sh.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
export PATH="$HOME/.cargo/bin:$ROOT/tools/node_modules/.bin:$PATH"
unset NO_COLOR # trunk reads it as a boolean flag and rejects "1"
DIST="${DIST:-dist}"

trunk build --release --dist "$DIST"
BCCDS_SW_PAGE=tong-hop trunk build compile/index.html --dist "$DIST/tong-hop" --release
# The single-file hook (scripts/single-file.mjs) also ran on the compilation page; its one-file copy is
# not offered (untested from file://), so it is not left in the build.
rm -f "$DIST/tong-hop/bao-cao-cds.html"
