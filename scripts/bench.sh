#!/usr/bin/env bash
# Prints Kezek's performance figures (benchmarks, not tests): the journal and the card at
# 100,000 and 1,000,000 applications (release build), signing and rendering, and the app's
# start-up and memory under Xvfb, sync (initial sync of 100,000, push and pull of 100, 200 pulling
# clients). Usage: scripts/bench.sh [--quick]  (--quick: 100,000 only, no app start-up)
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release -p kezek-cli -p kezek-sync-bench
./target/release/kezek bench journal --applications 100000
./target/release/kezek bench queue --applications 100000
# A throwaway RSA-2048 signing key for `bench sign` (openssl, as the CAs' .p12 files).
keydir=$(mktemp -d); trap 'rm -rf "$keydir"' EXIT
openssl req -x509 -newkey rsa:2048 -nodes -keyout "$keydir/k.pem" -out "$keydir/c.pem" -days 2 \
  -subj "/CN=Kezek bench/serialNumber=IIN851212400345" \
  -addext "keyUsage=critical,digitalSignature,nonRepudiation" 2>/dev/null
openssl pkcs12 -export -inkey "$keydir/k.pem" -in "$keydir/c.pem" -out "$keydir/k.p12" -passout pass:bench
KEZEK_KEY_PASSWORD=bench ./target/release/kezek bench sign --key "$keydir/k.p12"
# Sync (a throwaway PostgreSQL database per figure, the real server on loopback in-process).
KEZEK_TEST_DATABASE_URL="${KEZEK_TEST_DATABASE_URL:-$(./scripts/postgres.sh)}"
export KEZEK_TEST_DATABASE_URL
./target/release/kezek-sync-bench push-pull
./target/release/kezek-sync-bench initial --applications 100000
./target/release/kezek-sync-bench load --clients 200 --seconds 10
if [ "${1:-}" != "--quick" ]; then
  ./target/release/kezek bench journal --applications 1000000 --samples 100
  ./scripts/setup.sh --e2e
  (cd ui && npm run build)
  cargo build --workspace --features kezek-app/custom-protocol
  xvfb-run -a -s "-screen 0 1280x800x24" \
    cargo test --workspace --features kezek-app/custom-protocol --test e2e -- \
    --ignored --exact startup_figures --nocapture
fi
