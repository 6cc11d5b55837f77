#!/usr/bin/env bash
# Prints Kezek's performance figures (benchmarks, not tests): the journal and the card at
# 100,000 and 1,000,000 applications (release build), and the app's start-up and memory
# under Xvfb. Usage: scripts/bench.sh [--quick]  (--quick: 100,000 only, no app start-up)
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release -p kezek-cli
./target/release/kezek bench journal --applications 100000
./target/release/kezek bench queue --applications 100000
if [ "${1:-}" != "--quick" ]; then
  ./target/release/kezek bench journal --applications 1000000 --samples 100
  ./scripts/setup.sh --e2e
  (cd ui && npm run build)
  cargo build --workspace --features kezek-app/custom-protocol
  xvfb-run -a -s "-screen 0 1280x800x24" \
    cargo test --workspace --features kezek-app/custom-protocol --test e2e -- \
    --ignored --exact startup_figures --nocapture
fi
