# Sourced by scripts/serve, scripts/test and scripts/bench: installs whatever
# is missing, skips what is there, and leaves PATH (and, on the Debian
# fallback route, the variables cargo needs) set for the caller.
# Facts behind each step: ../shared/TOOLCHAIN.md.

set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TRUNK_VERSION="0.21.14"
WASM_TARGET="wasm32-unknown-unknown"
export PATH="$HOME/.cargo/bin:$ROOT/e2e/node_modules/.bin:$PATH"

log() { echo "setup: $*" >&2; }

as_root() {
  if [ "$(id -u)" = 0 ]; then
    "$@"
  elif command -v sudo >/dev/null; then
    sudo "$@"
  else
    log "needs root to run: $*"
    return 1
  fi
}

# Installs the Debian packages among "$@" that are not installed yet.
apt_install() {
  local missing=()
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "ok installed" || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  command -v apt-get >/dev/null || { log "not Debian: install ${missing[*]} yourself"; return 1; }
  log "installing ${missing[*]}"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
}

toolchain_channel() {
  sed -n 's/^channel *= *"\(.*\)"/\1/p' "$ROOT/rust-toolchain.toml"
}

# rustup installs a missing toolchain with the components and target of
# rust-toolchain.toml on first use, but adds none to one already installed.
rustup_ready() {
  local channel="$1" components
  components="$(rustup component list --installed --toolchain "$channel" 2>/dev/null)" || return 1
  rustup target list --installed --toolchain "$channel" 2>/dev/null | grep -qx "$WASM_TARGET" &&
    grep -q '^rust-src' <<<"$components" &&
    grep -q '^clippy' <<<"$components" &&
    grep -q '^rustfmt' <<<"$components"
}

# Debian's Rust for web builds, for when rustup's server is out of reach.
# Its cargo reads the [unstable] table of .cargo/config.toml on every
# command, native ones too, but its rustc is stable: RUSTC_BOOTSTRAP lets
# it take what build-std passes. The wasm commands also get Debian's linker
# through `wasm_env`.
use_debian_rust() {
  log "rustup unavailable: using Debian's rustc-web route"
  apt_install rustc-web cargo-web rust-web-src rust-web-clippy rustfmt-web lld-16
  export PATH="/usr/bin:$PATH"
  export RUSTC_BOOTSTRAP=1
  export XR_DEBIAN_RUST=1
}

setup_rust() {
  # XR_RUST_ROUTE=debian takes the fallback on purpose (to test it).
  if [ "${XR_RUST_ROUTE:-}" = debian ]; then
    use_debian_rust
    return 0
  fi
  local channel
  channel="$(toolchain_channel)"
  if command -v rustup >/dev/null; then
    if rustup_ready "$channel"; then
      return 0
    fi
    log "installing Rust $channel as rust-toolchain.toml lists it"
    if (cd "$ROOT" && rustup toolchain install >&2); then
      return 0
    fi
  fi
  use_debian_rust
}

# Runs a command that compiles for wasm32 with what the active route needs:
# nothing on the rustup route (rust-toolchain.toml and .cargo/config.toml
# say it all), Debian's wasm linker on the Debian route.
wasm_env() {
  if [ "${XR_DEBIAN_RUST:-}" = 1 ]; then
    CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_LINKER=wasm-ld-16 "$@"
  else
    "$@"
  fi
}

setup_trunk() {
  if trunk --version 2>/dev/null | grep -qx "trunk $TRUNK_VERSION"; then
    return 0
  fi
  log "installing trunk $TRUNK_VERSION (about 11 minutes on 2 cores, once)"
  cargo install --locked "trunk@$TRUNK_VERSION" >&2
}

# wasm-bindgen-cli must equal the crate in Cargo.lock, or Trunk tries to
# download one. Its own lock file names a crate the registry lacks, hence
# no --locked.
setup_wasm_bindgen() {
  local version
  version="$(grep -A1 '^name = "wasm-bindgen"$' "$ROOT/Cargo.lock" | sed -n 's/^version = "\(.*\)"/\1/p')"
  if wasm-bindgen --version 2>/dev/null | grep -qx "wasm-bindgen $version"; then
    return 0
  fi
  log "installing wasm-bindgen-cli $version (about 5 minutes, once)"
  cargo install --force "wasm-bindgen-cli@$version" >&2
}

# Node packages: playwright-core and axe-core for the browser tests, and
# binaryen, whose wasm-opt Trunk finds on PATH (Debian's is too old).
setup_node() {
  command -v npm >/dev/null || { log "npm is missing: install Node.js 20 or newer"; return 1; }
  local stamp="$ROOT/e2e/node_modules/.package-lock.json"
  if [ -f "$stamp" ] && [ "$stamp" -nt "$ROOT/e2e/package-lock.json" ]; then
    return 0
  fi
  log "installing node packages in e2e/"
  (cd "$ROOT/e2e" && npm ci --no-audit --no-fund --loglevel=error >&2)
}

setup_browser() {
  if [ -n "${CHROMIUM:-}" ] && [ -x "$CHROMIUM" ]; then
    return 0
  fi
  apt_install chromium fonts-noto-cjk
  export CHROMIUM=/usr/bin/chromium
}

# The build draws each chart's picture with a CJK font from the system
# (src/pictures/raster.rs, which stops the build, naming the fonts, if there
# is none). Debian's fonts-noto-cjk gives "Noto Sans CJK SC"; elsewhere any
# of the fonts that error names will do.
setup_cjk_font() {
  if command -v apt-get >/dev/null; then
    apt_install fonts-noto-cjk
  elif command -v fc-list >/dev/null && [ -z "$(fc-list :lang=zh-cn family 2>/dev/null)" ]; then
    log "no Chinese font found: the build will stop; install Noto Sans CJK SC or Source Han Sans SC"
  fi
}

# The engines of the cross-engine tests (e2e/run.mjs, e2e/lib/engines.mjs),
# driven through W3C WebDriver: Debian's chromedriver, Firefox ESR, and
# WebKitGTK's WebDriver with what its bare browser (e2e/lib/webkit-browser.py)
# needs: the GObject bindings and an X server (xvfb-run). geckodriver has no
# Debian package: crates.io's, pinned.
GECKODRIVER_VERSION="0.37.1"
setup_engines() {
  if command -v apt-get >/dev/null; then
    apt_install chromium-driver firefox-esr webkit2gtk-driver gir1.2-webkit2-4.1 python3-gi xvfb
  else
    log "not Debian: install chromedriver, Firefox, WebKitGTK's WebKitWebDriver with its GObject bindings and xvfb-run yourself (e2e/README.md)"
  fi
  if ! geckodriver --version 2>/dev/null | grep -q "^geckodriver $GECKODRIVER_VERSION "; then
    log "installing geckodriver $GECKODRIVER_VERSION (about 2 minutes on 2 cores, once)"
    cargo install --locked "geckodriver@$GECKODRIVER_VERSION" >&2
  fi
}

# nginx for the deploy tests (e2e/tests/deploy.test.mjs), which start and
# stop an instance of their own on 127.0.0.1; they skip, saying so, without.
setup_nginx() {
  if [ -x "${NGINX:-}" ] || command -v nginx >/dev/null || [ -x /usr/sbin/nginx ]; then
    return 0
  fi
  apt_install nginx
}

# Only scripts/bench needs these: twiggy for the wasm breakdown, Lighthouse
# (its own folder: `npm install`, as its lock file defeats `npm ci`).
setup_bench_tools() {
  if ! twiggy --version >/dev/null 2>&1; then
    log "installing twiggy (a few minutes, once)"
    cargo install --locked twiggy >&2
  fi
  if [ ! -x "$ROOT/e2e/lighthouse/node_modules/.bin/lighthouse" ]; then
    log "installing Lighthouse for the benchmark"
    (cd "$ROOT/e2e/lighthouse" && npm install --no-audit --no-fund --loglevel=error >&2)
  fi
}

setup_build_tools() {
  setup_rust
  setup_node
  setup_trunk
  setup_wasm_bindgen
  setup_cjk_font
}
