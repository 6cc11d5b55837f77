#!/usr/bin/env bash
# Sets up and runs every test of Kezek: formatting and lints, Rust unit and integration tests
# (the server's against PostgreSQL), the UI's type checks and Vitest tests, and the end-to-end tests that drive the real app over
# WebDriver under Xvfb. Idempotent; CI (.ci/run) runs exactly this.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh --e2e
# shellcheck disable=SC1091
[ -f "$HOME/.cargo/env" ] && . "$HOME/.cargo/env"
# One feature set for every cargo command, so the app and Tauri compile once.
FEATURES=(--workspace --features kezek-app/custom-protocol)

step() { printf '\n==> %s\n' "$*"; }

step "cargo fmt --check"
cargo fmt --all --check

step "UI: eslint, svelte-check, Vitest, build"
(cd ui && npm run lint && npm run check && npm test && npm run build)

step "cargo clippy -D warnings"
cargo clippy "${FEATURES[@]}" --all-targets -- -D warnings

step "Rust unit and integration tests"
# The server's tests make their own databases: on the machine's PostgreSQL (127.0.0.1:5432), or
# on a throwaway cluster from Debian's postgresql package when none answers.
if [ -z "${KEZEK_TEST_DATABASE_URL:-}" ]; then
  KEZEK_TEST_DATABASE_URL="$(./scripts/postgres.sh)"
  export KEZEK_TEST_DATABASE_URL
fi
cargo test "${FEATURES[@]}"

step "TypeScript types generated from Rust are committed and fresh"
if [ -n "$(git status --porcelain -- ui/src/lib/generated)" ]; then
  git status --porcelain -- ui/src/lib/generated
  echo "ui/src/lib/generated is stale: commit the files cargo test regenerated" >&2
  exit 1
fi

step "End-to-end tests over WebDriver (real app, Xvfb)"
# --all-targets keeps the features unified as in the test build above, so nothing recompiles.
cargo build "${FEATURES[@]}" --all-targets
xvfb-run -a -s "-screen 0 1280x800x24" \
  cargo test "${FEATURES[@]}" --test e2e -- --ignored --skip startup_figures --test-threads=1

step "All tests passed"
