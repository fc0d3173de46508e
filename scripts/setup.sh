#!/usr/bin/env bash
# Idempotent set-up: installs only what is missing. Usage: scripts/setup.sh [build|test]
#   build: the wasm target, Trunk, the matching wasm-bindgen-cli, wasm-opt (npm binaryen)
#   test:  all of the above plus Debian's Chromium and the npm test packages
set -euo pipefail
cd "$(dirname "$0")/.."
want="${1:-build}"
TRUNK_VERSION=0.21.14
# wasm-bindgen-cli must equal the wasm-bindgen crate in Cargo.lock exactly.
WBG_VERSION="$(awk '/^name = "wasm-bindgen"$/{getline; gsub(/"/,"",$3); print $3; exit}' Cargo.lock)"
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

say() { printf '\033[1msetup:\033[0m %s\n' "$*"; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi
if ! trunk --version 2>/dev/null | grep -q "$TRUNK_VERSION"; then
  say "installing Trunk $TRUNK_VERSION (about 8 minutes the first time)"
  cargo install --locked trunk --version "$TRUNK_VERSION"
fi
if ! wasm-bindgen --version 2>/dev/null | grep -q "$WBG_VERSION"; then
  say "installing wasm-bindgen-cli $WBG_VERSION"
  cargo install --locked wasm-bindgen-cli --version "$WBG_VERSION" \
    || cargo install wasm-bindgen-cli --version "$WBG_VERSION"
fi
# npm packages: binaryen (wasm-opt) and terser for builds; playwright-core and axe for tests.
if [ ! -x node_modules/.bin/wasm-opt ] || [ ! -d node_modules/terser ] || { [ "$want" = test ] && [ ! -d node_modules/playwright-core ]; } \
   || { [ "$want" = test ] && [ ! -d node_modules/@axe-core/playwright ]; }; then
  say "installing npm packages (package-lock.json)"
  if [ -f package-lock.json ]; then npm ci --no-audit --no-fund; else npm install --no-audit --no-fund; fi
fi
if [ "$want" = test ] && [ ! -x /usr/bin/chromium ]; then
  say "installing Debian's Chromium"
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
  $SUDO apt-get update -q
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q chromium
fi
say "ready ($want)"
