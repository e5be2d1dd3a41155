#!/usr/bin/env bash
# Installs whatever the build and the tests need and is missing; quick when everything is present.
# Target machine: Debian 12, root, Rust via rustup, Node 20 + npm, Python 3 + pip, Java 17.
# Safe to run any number of times. Source it or run it; scripts/run.sh and scripts/test.sh call it.
set -euo pipefail

source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$ROOT"

TRUNK_VERSION="0.21.14"
GECKODRIVER_VERSION="0.37.1"
# fonts-liberation2: Liberation Serif 2 has the Vietnamese letters (1.x does not), so prints use no
# sans fallback; libreoffice-writer-nogui: the export checks print the .docx files with it.
APT_PACKAGES=(chromium chromium-driver firefox-esr poppler-utils fonts-liberation fonts-liberation2 libreoffice-writer-nogui)

export DEBIAN_FRONTEND=noninteractive

setup_start=$(date +%s)
step() { printf '[setup] %-28s %s\n' "$1" "$2"; }
die() { printf '[setup] ERROR: %s\n' "$*" >&2; exit 1; }
have() { command -v "$1" >/dev/null 2>&1; }

# --- Rust toolchain --------------------------------------------------------------------------
have cargo || die "cargo not found: install Rust with rustup first (https://rustup.rs)"
if rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
  step "wasm32 target" "present"
else
  step "wasm32 target" "installing"
  rustup target add wasm32-unknown-unknown
fi
missing_components=()
cargo fmt --version >/dev/null 2>&1 || missing_components+=(rustfmt)
cargo clippy --version >/dev/null 2>&1 || missing_components+=(clippy)
if ((${#missing_components[@]})); then
  step "rustup components" "installing ${missing_components[*]}"
  rustup component add "${missing_components[@]}"
else
  step "rustfmt, clippy" "present"
fi

# --- Debian packages -------------------------------------------------------------------------
apt_missing=()
for p in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || apt_missing+=("$p")
done
have java || apt_missing+=(openjdk-17-jre-headless)
if ((${#apt_missing[@]})); then
  step "apt" "installing ${apt_missing[*]}"
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${apt_missing[@]}" </dev/null
else
  step "apt packages" "present (${APT_PACKAGES[*]})"
fi

# --- trunk -----------------------------------------------------------------------------------
if [ "$(trunk --version 2>/dev/null || true)" = "trunk $TRUNK_VERSION" ]; then
  step "trunk" "$TRUNK_VERSION present"
else
  step "trunk" "installing $TRUNK_VERSION (cargo install, several minutes)"
  cargo install --locked trunk --version "$TRUNK_VERSION"
fi

# --- geckodriver (Firefox's WebDriver, for the wasm tests in Firefox) and a `firefox` on PATH ---
if [ "$(geckodriver --version 2>/dev/null | head -1 || true)" = "geckodriver $GECKODRIVER_VERSION" ]; then
  step "geckodriver" "$GECKODRIVER_VERSION present"
else
  step "geckodriver" "installing $GECKODRIVER_VERSION (cargo install, a few minutes)"
  cargo install --locked geckodriver --version "$GECKODRIVER_VERSION"
fi
# Debian's package installs /usr/bin/firefox-esr; tools that look for `firefox` find this link (tools/bin
# is not in git).
if [ "$(readlink tools/bin/firefox 2>/dev/null || true)" != /usr/bin/firefox-esr ]; then
  mkdir -p tools/bin
  ln -sfn /usr/bin/firefox-esr tools/bin/firefox
fi

# --- wasm-bindgen-cli: exactly the wasm-bindgen version in Cargo.lock -------------------------
WB_VERSION="$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)"
[ -n "$WB_VERSION" ] || die "could not read the wasm-bindgen version from Cargo.lock"
if ! grep -q "^wasm_bindgen = \"$WB_VERSION\"" Trunk.toml; then
  die "Trunk.toml [tools] wasm_bindgen must be \"$WB_VERSION\" (the version in Cargo.lock)"
fi
if [ "$(wasm-bindgen --version 2>/dev/null || true)" = "wasm-bindgen $WB_VERSION" ] &&
  [ "$(wasm-bindgen-test-runner --version 2>/dev/null || true)" = "wasm-bindgen-test-runner $WB_VERSION" ]; then
  step "wasm-bindgen-cli" "$WB_VERSION present"
else
  step "wasm-bindgen-cli" "installing $WB_VERSION (cargo install, a few minutes)"
  cargo install wasm-bindgen-cli --version "$WB_VERSION" --force
fi

# --- npm tools (tools/package.json + lock): wasm-opt, playwright-core, puppeteer-core, axe-core, vnu, Tinos
have node || die "node not found (Node 20 + npm expected)"
lock_sum="$(sha256sum tools/package-lock.json | cut -d' ' -f1)"
stamp="tools/node_modules/.setup-lock-sha256"
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$lock_sum" ] && [ -x tools/node_modules/.bin/wasm-opt ]; then
  step "npm tools" "present"
else
  step "npm tools" "npm ci --prefix tools"
  # --ignore-scripts: vnu-jar's postinstall would try to download a Java runtime; Java comes from the system.
  npm ci --prefix tools --ignore-scripts --no-audit --no-fund --loglevel=error
  echo "$lock_sum" >"$stamp"
fi
wasm_opt_version="$(wasm-opt --version 2>/dev/null || true)"
case "$wasm_opt_version" in
  *"(version_132)"*) ;;
  *) die "wasm-opt from tools/node_modules is not version_132 (got: $wasm_opt_version)" ;;
esac

# --- Python: jsonschema, python-docx (pinned in tools/requirements.txt) ------------------------------------
if python3 - <<'EOF' 2>/dev/null; then
import re, importlib.metadata as m
want = dict(re.findall(r"^([A-Za-z0-9_.-]+)==(\S+)", open("tools/requirements.txt").read(), re.M))
raise SystemExit(0 if all(m.version(k) == v for k, v in want.items()) else 1)
EOF
  step "python packages" "present ($(grep -v '^#' tools/requirements.txt | tr '\n' ' '))"
else
  step "python packages" "pip install -r tools/requirements.txt"
  if ! python3 -m pip --version >/dev/null 2>&1; then
    apt-get update -qq && apt-get install -y -qq --no-install-recommends python3-pip </dev/null
  fi
  if ! python3 -m pip install --quiet -r tools/requirements.txt 2>"${TMPDIR:-/tmp}/bccds-pip.err"; then
    if grep -q externally-managed "${TMPDIR:-/tmp}/bccds-pip.err"; then
      # Debian's own Python (PEP 668): this machine exists to build and test, so install beside it.
      python3 -m pip install --quiet --break-system-packages -r tools/requirements.txt
    else
      cat "${TMPDIR:-/tmp}/bccds-pip.err" >&2
      die "pip install failed"
    fi
  fi
fi

# --- crates: fetch everything so builds work offline ------------------------------------------
step "cargo fetch" "checking crates"
cargo fetch --locked --quiet

step "done" "in $(($(date +%s) - setup_start)) s"
