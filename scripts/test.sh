#!/usr/bin/env bash
# Sets up and runs every test: Rust unit and runtime tests (cargo-nextest), then the end-to-end
# tests that start real atelier-node processes and drive them with polkadot.js. Prints each
# runner's summary and a last line with the totals; exits non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh

scripts/setup.sh

started=$(date +%s)
echo "== build (release profile, shared by the run command and the tests)"
cargo build --release --locked --workspace

echo "== Rust tests"
rust_status=0
cargo nextest run --release --locked --workspace --no-fail-fast || rust_status=$?

echo "== end-to-end tests (real node, polkadot.js client)"
e2e_status=0
(cd e2e && node --test --test-concurrency=1 --test-reporter=spec \
	--test-reporter-destination=stdout ./*.test.mjs) || e2e_status=$?

elapsed=$(($(date +%s) - started))
echo "== summary: rust tests $([ $rust_status -eq 0 ] && echo passed || echo FAILED)," \
	"end-to-end tests $([ $e2e_status -eq 0 ] && echo passed || echo FAILED), ${elapsed}s"
[ $rust_status -eq 0 ] && [ $e2e_status -eq 0 ]
