#!/usr/bin/env bash
# Measures and prints (never asserts) how fast and how big the app is:
#   1. native benchmarks of the core (cargo bench -p bccds-core: core/benches/core.rs, compile.rs);
#   2. the release build (scripts/build.sh into $DIST, default dist/; SKIP_BUILD=1 uses the one
#      there) and the gzipped size of everything the first visit transfers;
#   3. in-browser figures with the CPU throttled 4× (tests/e2e/perf.test.mjs: start page usable,
#      keystroke to updated messages on the largest template, JS heap and wasm memory), and the
#      compilation page with 100 and 1 000 reports at 1× and 4× (tests/e2e/compile-perf.test.mjs).
# Usage: bash scripts/bench.sh        (about 3 minutes with a fresh build; TWIGGY=1 adds what is largest in
#        the wasm, see the end of this file)
set -euo pipefail

source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$ROOT"
DIST="${DIST:-dist}"
export CARGO_TERM_COLOR=never

echo "======== native benchmarks (cargo bench -p bccds-core) ========"
cargo bench --locked -p bccds-core --bench core 2>/dev/null
echo
cargo bench --locked -p bccds-core --bench compile 2>/dev/null

echo
echo "======== release build ========"
if [ "${SKIP_BUILD:-0}" = 1 ] && [ -f "$DIST/index.html" ]; then
  echo "using the existing $DIST/"
else
  DIST="$DIST" bash scripts/build.sh || {
    echo "release build (scripts/build.sh) failed (its output is above)"
    exit 1
  }
fi
mapfile -t files < <(first_visit_files "$DIST")
gzip_sizes "${files[@]}"
echo "first visit transfers $(((GZIP_TOTAL + 1023) / 1024)) KB gzipped ($GZIP_TOTAL bytes)"
if [ -f "$DIST/$SINGLE_FILE" ]; then
  echo "single file $DIST/$SINGLE_FILE: $((($(wc -c <"$DIST/$SINGLE_FILE") + 1023) / 1024)) KB"
fi
page=0
for f in "$DIST"/tong-hop/*.html "$DIST"/tong-hop/*.js "$DIST"/tong-hop/*.wasm "$DIST"/tong-hop/*.css; do
  [ -f "$f" ] && page=$((page + $(gzip -9 -c "$f" | wc -c)))
done
echo "the compilation page (tong-hop/, its own wasm) transfers $(((page + 1023) / 1024)) KB gzipped when opened"

echo
echo "======== in the browser (Chromium, CPU throttled 4×) ========"
start_server "$DIST"
trap stop_server EXIT
BASE_URL="$SERVER_URL" node --test --test-reporter=spec tests/e2e/perf.test.mjs tests/e2e/single-file.test.mjs 2>&1 |
  grep -E '^(✔|✖|ℹ (start|keystroke|memory|single))' || true
BASE_URL="$SERVER_URL" node --test --test-reporter=spec --test-timeout=600000 tests/e2e/compile-perf.test.mjs 2>&1 |
  grep -E '^(✔|✖|ℹ [0-9]+ reports)' || true
echo "(all figures: tests/out/perf.json, tests/out/single-file.json, tests/out/perf-compile.json)"

# What is largest in the wasm: TWIGGY=1 builds the app once more with function names kept (into a
# temporary folder outside the repository), runs wasm-bindgen and wasm-opt as Trunk does, and prints
# `twiggy top` (needs `cargo install twiggy`).
if [ "${TWIGGY:-0}" = 1 ]; then
  echo
  echo "======== largest items in the wasm (twiggy top, release build with names) ========"
  tmp=$(mktemp -d)
  CARGO_PROFILE_RELEASE_STRIP=false cargo build --locked --release --target wasm32-unknown-unknown \
    --bin bao-cao-cds --target-dir "$tmp/target" >/dev/null 2>&1
  wasm-bindgen --target web --out-dir "$tmp/out" "$tmp/target/wasm32-unknown-unknown/release/bao-cao-cds.wasm"
  wasm-opt -Oz -g --strip-dwarf --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
    --enable-mutable-globals --enable-reference-types --enable-multivalue \
    "$tmp/out/bao-cao-cds_bg.wasm" -o "$tmp/named.wasm"
  twiggy top -n 30 "$tmp/named.wasm"
  rm -rf "$tmp"
fi
