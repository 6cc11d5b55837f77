#!/usr/bin/env bash
# Sets up everything Kezek needs on a fresh Debian 12 / Ubuntu machine; idempotent.
#   scripts/setup.sh          system packages, Rust components, npm packages
#   scripts/setup.sh --e2e    the above plus tauri-driver (for the end-to-end tests)
set -euo pipefail
cd "$(dirname "$0")/.."

./scripts/setup-system.sh

if ! command -v cargo >/dev/null; then
  echo "Rust is missing: installing it with rustup (https://rustup.rs)"
  curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs | sh -s -- -y --profile minimal
  # shellcheck disable=SC1091
  . "$HOME/.cargo/env"
fi
if command -v rustup >/dev/null; then
  for c in rustfmt clippy; do
    rustup component list --installed 2>/dev/null | grep -q "^$c" || rustup component add "$c"
  done
fi

if ! command -v node >/dev/null; then
  echo "Node.js 20 or newer is needed (apt-get install nodejs npm, or https://nodejs.org)" >&2
  exit 1
fi
# npm ci only when the lockfile changed since the last install.
if [ ! -f ui/node_modules/.package-lock.json ] || [ ui/package-lock.json -nt ui/node_modules/.package-lock.json ]; then
  (cd ui && npm ci --no-audit --no-fund)
else
  echo "npm packages: up to date"
fi

if [ "${1:-}" = "--e2e" ]; then
  if [ ! -x .tools/bin/tauri-driver ]; then
    cargo install tauri-driver --version '^2' --locked --root .tools
  else
    echo "tauri-driver: present"
  fi
fi
