# Shared by scripts/*.sh (sourced, never run): the repository root, PATH to the
# pinned tools, the files of a first visit and their gzipped sizes, a static server for a built folder.
# shellcheck shell=bash

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# cargo-installed tools (trunk, wasm-bindgen, geckodriver), npm tools (wasm-opt…), local shims (tools/bin).
export PATH="$HOME/.cargo/bin:$ROOT/tools/node_modules/.bin:$ROOT/tools/bin:$PATH"
# trunk 0.21 reads NO_COLOR as a boolean flag and rejects "1".
unset NO_COLOR

# The single-file build (scripts/single-file.mjs): a download, not part of a visit to the hosted app.
SINGLE_FILE=bao-cao-cds.html

# first_visit_files <dist>: what a visit to the hosted app transfers (the service worker caches the
# manifest and the icon at once), one path a line.
first_visit_files() {
  local f
  for f in "$1"/*.html "$1"/*.js "$1"/*.wasm "$1"/*.css "$1"/*.webmanifest "$1"/*.svg; do
    if [ -f "$f" ] && [ "${f##*/}" != "$SINGLE_FILE" ]; then echo "$f"; fi
  done
}

# gzip_sizes <file>...: prints each file's raw and gzip -9 size; the sum of the gzipped sizes (bytes)
# is left in GZIP_TOTAL.
gzip_sizes() {
  local f n
  GZIP_TOTAL=0
  for f in "$@"; do
    n=$(gzip -9 -c "$f" | wc -c)
    printf '  %-48s %8d bytes raw %8d bytes gzipped\n' "$f" "$(wc -c <"$f")" "$n"
    GZIP_TOTAL=$((GZIP_TOTAL + n))
  done
}

# start_server <dir> [prefix]: serves a built folder on 127.0.0.1 (a free port) in the background
# (tests/e2e/lib/server.mjs); sets SERVER_URL and SERVER_PID. stop_server ends it.
start_server() {
  local url_file
  url_file=$(mktemp)
  node "$ROOT/tests/e2e/lib/server.mjs" "$1" 0 "${2:-/}" >"$url_file" &
  SERVER_PID=$!
  for _ in $(seq 50); do
    [ -s "$url_file" ] && break
    sleep 0.1
  done
  SERVER_URL=$(head -1 "$url_file")
  rm -f "$url_file"
  if [ -z "$SERVER_URL" ]; then
    stop_server
    echo "static server did not start"
    return 1
  fi
}

stop_server() {
  [ -n "${SERVER_PID:-}" ] || return 0
  kill "$SERVER_PID" 2>/dev/null || true
  wait "$SERVER_PID" 2>/dev/null || true
  SERVER_PID=""
}
