#!/usr/bin/env bash
# Sets up (scripts/setup.sh), then runs every check and test:
#   format, clippy (native + wasm32), core tests (native), app state tests (native), wasm tests in headless Chromium (core + app),
#   release build, bundle size budget, export checks (tests/export/run.sh), end-to-end tests (Playwright).
# Every stage runs even when an earlier one failed (unless it needs that one's output); the last line is
# "N passed, M failed[, K skipped]" and the exit status is non-zero when anything failed.
# Logs: tests/out/logs/<stage>.log
set -uo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
BUDGET_KB="${BUNDLE_BUDGET_KB:-300}"
t_start=$(date +%s)

if ! bash scripts/setup.sh; then
  echo "setup failed"
  echo "0 passed, 1 failed"
  exit 1
fi
t_setup=$(($(date +%s) - t_start))

export PATH="$HOME/.cargo/bin:$ROOT/tools/node_modules/.bin:$PATH"
export CARGO_TERM_COLOR=never
# trunk reads NO_COLOR as a boolean flag and rejects "1"
unset NO_COLOR
LOGS="$ROOT/tests/out/logs"
rm -rf "$LOGS"
mkdir -p "$LOGS"

PASSED=0
FAILED=0
SKIPPED=0
declare -a REPORT=()
declare -A STATUS=()

# Counts in a log: cargo/wasm-bindgen-test "test result:" lines, node's test runner, or a plain
# "N passed, M failed" line. Prints "passed failed", or nothing when no count was found.
count_tests() {
  awk '
    function num(re) { return match($0, re) ? substr($0, RSTART, RLENGTH) + 0 : 0 }
    /^test result: / { tp += num("[0-9]+ passed"); tf += num("[0-9]+ failed"); tr = 1; next }
    /^(ℹ|#) pass [0-9]+/ { np = $3 + 0; nr = 1; next }
    /^(ℹ|#) fail [0-9]+/ { nf = $3 + 0; next }
    /^(ℹ|#) cancelled [0-9]+/ { nf += $3; next }
    /[0-9]+ passed/ { lp = num("[0-9]+ passed"); lf = num("[0-9]+ failed"); lr = 1 }
    END { if (tr) print tp, tf; else if (nr) print np, nf; else if (lr) print lp, lf }
  ' "$1"
}

# stage <id> <kind: check|tests> <title> <command...>
# A "check" counts as one test; a "tests" stage adds the counts its runner printed
# (and one failure if it failed without printing any, e.g. a compile error).
stage() {
  local id="$1" kind="$2" title="$3"
  shift 3
  local log="$LOGS/$id.log" t0 rc counts p=0 f=0 note=""
  printf '\n======== %s ========\n' "$title"
  t0=$(date +%s)
  "$@" 2>&1 | tee "$log"
  rc=${PIPESTATUS[0]}
  if [ "$kind" = tests ]; then
    counts=$(count_tests "$log")
    if [ -n "$counts" ]; then
      read -r p f <<<"$counts"
      note="$p passed, $f failed"
    fi
    if [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then f=1; note="${note:+$note, }exit status $rc"; fi
  else
    if [ "$rc" -eq 0 ]; then p=1; else f=1; fi
  fi
  PASSED=$((PASSED + p))
  FAILED=$((FAILED + f))
  local verdict=ok
  [ "$rc" -eq 0 ] || verdict=FAILED
  STATUS[$id]=$verdict
  REPORT+=("$(printf '%-8s %-44s %5ss  %s' "$verdict" "$title" "$(($(date +%s) - t0))" "$note")")
  printf -- '-------- %s: %s (%ss)%s\n' "$title" "$verdict" "$(($(date +%s) - t0))" "${note:+ — $note}"
  return 0
}

skip() {
  local title="$1" why="$2"
  printf '\n======== %s ========\nskipped: %s\n' "$title" "$why"
  SKIPPED=$((SKIPPED + 1))
  REPORT+=("$(printf '%-8s %-44s %5s   %s' skipped "$title" - "$why")")
}

wasm_test() {
  CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
    CHROMEDRIVER=/usr/bin/chromedriver \
    WASM_BINDGEN_TEST_WEBDRIVER_JSON="$ROOT/tests/e2e/lib/webdriver.json" \
    WASM_BINDGEN_TEST_TIMEOUT=120 \
    cargo test --locked --target wasm32-unknown-unknown "$@"
}

bundle_size() {
  local files total=0 n
  shopt -s nullglob
  files=(dist/*.html dist/*.js dist/*.wasm dist/*.css dist/*.webmanifest dist/*.svg)
  shopt -u nullglob
  if [ ${#files[@]} -eq 0 ]; then
    echo "dist/ is empty"
    return 1
  fi
  for f in "${files[@]}"; do
    n=$(gzip -9 -c "$f" | wc -c)
    printf '  %-48s %8d bytes raw %8d bytes gzipped\n' "$f" "$(wc -c <"$f")" "$n"
    total=$((total + n))
  done
  local kb=$(((total + 1023) / 1024))
  echo "bundle: $kb KB gzipped (budget $BUDGET_KB KB)"
  [ "$kb" -le "$BUDGET_KB" ] || {
    echo "over budget by $((kb - BUDGET_KB)) KB"
    return 1
  }
}

e2e() {
  local server_pid url rc url_file
  url_file=$(mktemp)
  node tests/e2e/lib/server.mjs dist 0 >"$url_file" &
  server_pid=$!
  for _ in $(seq 50); do
    [ -s "$url_file" ] && break
    sleep 0.1
  done
  url=$(head -1 "$url_file")
  rm -f "$url_file"
  if [ -z "$url" ]; then
    kill "$server_pid" 2>/dev/null
    echo "static server did not start"
    return 1
  fi
  echo "serving dist/ at $url"
  BASE_URL="$url" node --test --test-reporter=spec --test-concurrency=1 --test-timeout=300000 tests/e2e/
  rc=$?
  kill "$server_pid" 2>/dev/null
  wait "$server_pid" 2>/dev/null
  return $rc
}

stage fmt check "cargo fmt --check" cargo fmt --all --check
stage clippy-native check "clippy (native, all targets)" cargo clippy --locked --workspace --all-targets -- -D warnings
stage clippy-wasm check "clippy (wasm32)" cargo clippy --locked --workspace --target wasm32-unknown-unknown -- -D warnings
stage core-native tests "core tests (native)" cargo test --locked -p bccds-core
stage app-native tests "app state tests (native: reducer, routes, files)" cargo test --locked -p bao-cao-cds --lib

# The core's tests run in the browser too once the core opts in (dev-dependency wasm-bindgen-test and
# its tests marked for wasm); plain #[test] functions are not run by wasm-bindgen-test-runner.
if grep -q '^wasm-bindgen-test' core/Cargo.toml; then
  stage core-wasm tests "core tests (wasm32, headless Chromium)" wasm_test -p bccds-core --lib --tests
else
  skip "core tests (wasm32, headless Chromium)" "core/Cargo.toml has no wasm-bindgen-test dev-dependency"
fi
stage app-wasm tests "app tests (wasm32, headless Chromium)" wasm_test -p bao-cao-cds

rm -rf dist
stage build check "trunk build --release" trunk build --release
if [ "${STATUS[build]}" = ok ]; then
  stage size check "bundle size (budget ${BUDGET_KB} KB gzipped)" bundle_size
else
  skip "bundle size" "no release build"
fi

if [ -f tests/export/run.sh ]; then
  stage export tests "export checks (tests/export/run.sh)" bash tests/export/run.sh
else
  skip "export checks" "tests/export/run.sh does not exist yet"
fi

if [ "${STATUS[build]}" = ok ]; then
  stage e2e tests "end-to-end (Playwright, Chromium)" e2e
else
  skip "end-to-end" "no release build"
fi

printf '\n======== summary ========\n'
printf '%s\n' "${REPORT[@]}"
echo "setup ${t_setup}s, total $(($(date +%s) - t_start))s (checks count as one test each)"
if [ "$SKIPPED" -gt 0 ]; then
  echo "$PASSED passed, $FAILED failed, $SKIPPED skipped"
else
  echo "$PASSED passed, $FAILED failed"
fi
[ "$FAILED" -eq 0 ]
