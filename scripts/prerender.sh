#!/usr/bin/env bash
# Trunk post-build hook: prerenders both language pages into the staging
# dir. A native build: on the Debian route (scripts/setup.sh, wasm_env),
# without RUSTC_BOOTSTRAP its stable cargo ignores the build-std of
# .cargo/config.toml and links Debian's prebuilt std, as its other native
# commands do.
set -euo pipefail
unset RUSTC_BOOTSTRAP
if [ "${TRUNK_PROFILE:-debug}" = release ]; then
  exec cargo run --quiet --locked --release --features prerender --bin prerender -- "$TRUNK_STAGING_DIR" --release
else
  exec cargo run --quiet --locked --features prerender --bin prerender -- "$TRUNK_STAGING_DIR"
fi
