#!/usr/bin/env bash
# The release build of the whole site into dist/ (or $DIST): one page per user, one wasm binary each.
#   1. the commune's app: index.html → dist/ (what the size budget counts: dist/*.*);
#   2. the compilation page (tổng hợp báo cáo, for the Sở): compile/index.html → dist/tong-hop/;
#   3. the template editor (soạn mẫu báo cáo, for the Sở): editor/index.html → dist/soan-mau/;
#   the Sở's pages have their own wasm, so their code never weighs on the commune's first load, and each
#   page gets its own service worker and cache (scripts/gen-sw.mjs, BCCDS_SW_PAGE), so a commune's first
#   visit never pre-caches them, and each works offline once visited.
# Trunk builds one HTML target per run, hence one run per page. Run after scripts/setup.sh.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
export PATH="$HOME/.cargo/bin:$ROOT/tools/node_modules/.bin:$PATH"
unset NO_COLOR # trunk reads it as a boolean flag and rejects "1"
DIST="${DIST:-dist}"
# Panic locations in the wasm name the source files of the crates: written relative to the registry
# (`crates/yew-0.23.0/src/…`) rather than with the builder's home folder, so the shipped file says
# nothing of the machine that built it, and is a little smaller.
REGISTRY="${CARGO_HOME:-$HOME/.cargo}/registry/src"
export RUSTFLAGS="${RUSTFLAGS:-} --remap-path-prefix=$REGISTRY=crates --remap-path-prefix=$ROOT=."

trunk build --release --dist "$DIST"
BCCDS_SW_PAGE=tong-hop trunk build compile/index.html --dist "$DIST/tong-hop" --release
BCCDS_SW_PAGE=soan-mau trunk build editor/index.html --dist "$DIST/soan-mau" --release
# The single-file hook (scripts/single-file.mjs) also ran on these pages; their one-file copies are not
# offered (the single file is the commune's app), so they are not left in the build.
rm -f "$DIST/tong-hop/bao-cao-cds.html" "$DIST/soan-mau/bao-cao-cds.html"
