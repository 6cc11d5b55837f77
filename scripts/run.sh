#!/usr/bin/env bash
# Sets up, builds and starts Kezek on its embedded default: the local SQLite database with
# demo data (loaded on the first run), no server needed. Idempotent. With KEZEK_SERVER_URL set
# the app signs in to that server instead (see README, "With a server").
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
# shellcheck disable=SC1091
[ -f "$HOME/.cargo/env" ] && . "$HOME/.cargo/env"

(cd ui && npm run build)
# Only what runs: the app and the kezek tool (the tests build the rest).
cargo build -p kezek-app -p kezek-cli --features kezek-app/custom-protocol

DATA_DIR="${KEZEK_DATA_DIR:-${XDG_DATA_HOME:-$HOME/.local/share}/kezek}"
# With a server (KEZEK_SERVER_URL) the first sync fills the database: no demo data then.
if [ ! -f "$DATA_DIR/kezek.sqlite3" ] && [ -z "${KEZEK_SERVER_URL:-}" ]; then
  ./target/debug/kezek --data-dir "$DATA_DIR" demo-data --applications 10000
fi
export KEZEK_DATA_DIR="$DATA_DIR"
if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  echo "No display found: starting Kezek inside a virtual X server (xvfb-run)."
  exec xvfb-run -a -s "-screen 0 1280x800x24" ./target/debug/kezek-app
fi
exec ./target/debug/kezek-app
