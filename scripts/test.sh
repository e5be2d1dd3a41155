#!/usr/bin/env bash
# Sets up (scripts/setup.sh), then runs every check and test:
#   format, clippy (native + wasm32), core tests (native), app state tests (native), template schemas (tests/schema/*.py),
#   wasm tests in headless Chromium and Firefox
#   (core + app), release build, bundle and single-file size budgets, export checks (tests/export/run.sh),
#   end-to-end tests (Playwright + Chromium: tests/e2e/; Puppeteer + Firefox: tests/firefox/).
# Every stage runs even when an earlier one failed (unless it needs that one's output); the last line is
# "N passed, M failed[, K skipped]" and the exit status is non-zero when anything failed.
# Logs: tests/out/logs/<stage>.log
set -uo pipefail

source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$ROOT"
# 302 KB reached with this turn's carry-forward, versions, undo and document catalogue, after the
# sorted maps and the first look at JSON (README "Benchmarks and size" has the ledger).
BUDGET_KB="${BUNDLE_BUDGET_KB:-305}"
# dist/bao-cao-cds.html (scripts/single-file.mjs), raw bytes: what is copied to a USB stick or mailed.
# 410 KB reached with the Word writer, validation accuracy, the UI spine, carry-forward, versions,
# undo and the document catalogue.
SINGLE_BUDGET_KB="${SINGLE_FILE_BUDGET_KB:-413}"
t_start=$(date +%s)

if ! bash scripts/setup.sh; then
  echo "setup failed"
  echo "0 passed, 1 failed"
  exit 1
fi
t_setup=$(($(date +%s) - t_start))

export CARGO_TERM_COLOR=never
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

# wasm_test <chromium|firefox> <cargo test args...>: the wasm-bindgen tests in a headless browser.
# The runner takes the driver named by GECKODRIVER or CHROMEDRIVER (GECKODRIVER first), so only one is set;
# tests/e2e/lib/webdriver*.json name each browser's binary (Debian's /usr/bin/chromium, /usr/bin/firefox-esr).
wasm_test() {
  local driver=CHROMEDRIVER=/usr/bin/chromedriver json=webdriver.json
  if [ "$1" = firefox ]; then driver="GECKODRIVER=$(command -v geckodriver)" json=webdriver-firefox.json; fi
  shift
  env "$driver" \
    CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
    WASM_BINDGEN_TEST_WEBDRIVER_JSON="$ROOT/tests/e2e/lib/$json" \
    WASM_BINDGEN_TEST_TIMEOUT=120 \
    cargo test --locked --target wasm32-unknown-unknown "$@"
}

bundle_size() {
  local files
  mapfile -t files < <(first_visit_files dist)
  if [ ${#files[@]} -eq 0 ]; then
    echo "dist/ is empty"
    return 1
  fi
  gzip_sizes "${files[@]}"
  local kb=$(((GZIP_TOTAL + 1023) / 1024))
  echo "bundle: $kb KB gzipped (budget $BUDGET_KB KB)"
  # The template editor is its own page (dist/soan-mau/): not part of the commune's first load.
  local editor=0
  for f in dist/soan-mau/*.js dist/soan-mau/*.wasm dist/soan-mau/*.css dist/soan-mau/*.html; do
    [ -f "$f" ] && editor=$((editor + $(gzip -9 -c "$f" | wc -c)))
  done
  echo "template editor page (soan-mau/): $(((editor + 1023) / 1024)) KB gzipped, loaded only by whoever opens it"
  [ "$kb" -le "$BUDGET_KB" ] || {
    echo "over budget by $((kb - BUDGET_KB)) KB"
    return 1
  }
}

# The template files against their JSON Schemas, and the tests of that check (tests/schema/*.py).
schema_tests() {
  local log p1=0 f1=0 p2 f2 rc=0
  log=$(mktemp)
  python3 tests/schema/check_templates.py | tee "$log" || rc=1
  read -r p1 f1 < <(sed -nE 's/^([0-9]+) passed, ([0-9]+) failed$/\1 \2/p' "$log" | tail -1)
  python3 -m unittest discover -s tests/schema -p 'test_*.py' -v 2>&1 | tee "$log" || rc=1
  p2=$(grep -c ' \.\.\. ok$' "$log")
  f2=$(grep -cE ' \.\.\. (FAIL|ERROR)$' "$log")
  rm -f "$log"
  echo "$((${p1:-0} + p2)) passed, $((${f1:-0} + f2)) failed"
  return $rc
}

# The single file is mailed and copied as it is: its raw size counts (about 1.33 × the gzipped wasm).
single_file_size() {
  local f="dist/$SINGLE_FILE"
  [ -f "$f" ] || {
    echo "$f was not written (scripts/single-file.mjs, a post_build hook in Trunk.toml)"
    return 1
  }
  local kb=$((($(wc -c <"$f") + 1023) / 1024))
  echo "$f: $kb KB (budget $SINGLE_BUDGET_KB KB; gzipped $((($(gzip -9 -c "$f" | wc -c) + 1023) / 1024)) KB)"
  [ "$kb" -le "$SINGLE_BUDGET_KB" ] || {
    echo "over budget by $((kb - SINGLE_BUDGET_KB)) KB"
    return 1
  }
}

# e2e <test files or folders...>: node's test runner against dist/ served on 127.0.0.1 ($BASE_URL).
e2e() {
  local rc
  start_server dist || return 1
  echo "serving dist/ at $SERVER_URL"
  BASE_URL="$SERVER_URL" node --test --test-reporter=spec --test-concurrency=1 --test-timeout=300000 "$@"
  rc=$?
  stop_server
  return $rc
}

stage fmt check "cargo fmt --check" cargo fmt --all --check
stage clippy-native check "clippy (native, all targets)" cargo clippy --locked --workspace --all-targets -- -D warnings
stage clippy-wasm check "clippy (wasm32)" cargo clippy --locked --workspace --target wasm32-unknown-unknown -- -D warnings
stage core-native tests "core tests (native)" cargo test --locked -p bccds-core
stage schema tests "template schemas (tests/schema)" schema_tests
stage app-native tests "app state tests (native: reducer, routes, files)" cargo test --locked -p bao-cao-cds --lib

# The core's tests run in the browser too once the core opts in (dev-dependency wasm-bindgen-test and
# its tests marked for wasm); plain #[test] functions are not run by wasm-bindgen-test-runner.
for browser in chromium firefox; do
  name=Chromium
  [ "$browser" = firefox ] && name=Firefox
  if grep -q '^wasm-bindgen-test' core/Cargo.toml; then
    stage "core-wasm-$browser" tests "core tests (wasm32, headless $name)" wasm_test "$browser" -p bccds-core --lib --tests
  else
    skip "core tests (wasm32, headless $name)" "core/Cargo.toml has no wasm-bindgen-test dev-dependency"
  fi
  stage "app-wasm-$browser" tests "app tests (wasm32, headless $name)" wasm_test "$browser" -p bao-cao-cds
done

rm -rf dist
stage build check "release build (scripts/build.sh: every page)" bash scripts/build.sh
if [ "${STATUS[build]}" = ok ]; then
  stage size check "bundle size (budget ${BUDGET_KB} KB gzipped)" bundle_size
  stage single-size check "single file size (budget ${SINGLE_BUDGET_KB} KB)" single_file_size
else
  skip "bundle size" "no release build"
  skip "single file size" "no release build"
fi

if [ -f tests/export/run.sh ]; then
  stage export tests "export checks (tests/export/run.sh)" bash tests/export/run.sh
else
  skip "export checks" "tests/export/run.sh does not exist yet"
fi

if [ "${STATUS[build]}" = ok ]; then
  stage e2e tests "end-to-end (Playwright, Chromium)" e2e tests/e2e/
  stage e2e-firefox tests "end-to-end (Puppeteer, Firefox)" e2e tests/firefox/
else
  skip "end-to-end" "no release build"
  skip "end-to-end (Firefox)" "no release build"
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
