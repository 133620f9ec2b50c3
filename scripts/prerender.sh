#!/usr/bin/env bash
# Trunk post-build hook: prerenders both language pages into the staging
# dir. A native build, so the wasm-only variables of the Debian route
# (scripts/setup.sh, wasm_env) must not reach it.
set -euo pipefail
unset CARGO_UNSTABLE_BUILD_STD CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_LINKER CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS RUSTUP_TOOLCHAIN
if [ "${TRUNK_PROFILE:-debug}" = release ]; then
  exec cargo run --quiet --locked --release --features prerender --bin prerender -- "$TRUNK_STAGING_DIR" --release
else
  exec cargo run --quiet --locked --features prerender --bin prerender -- "$TRUNK_STAGING_DIR"
fi
