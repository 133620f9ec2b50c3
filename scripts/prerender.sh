#!/usr/bin/env bash
# Trunk post-build hook: prerenders both language pages into the staging
# dir.
set -euo pipefail
if [ "${TRUNK_PROFILE:-debug}" = release ]; then
  exec cargo run --quiet --locked --release --features prerender --bin prerender -- "$TRUNK_STAGING_DIR" --release
else
  exec cargo run --quiet --locked --features prerender --bin prerender -- "$TRUNK_STAGING_DIR"
fi
