#!/usr/bin/env bash
# Builds and runs `atelier-sim` (docs/simulator.md) with the tests' features, so that it shares
# their build (and the pallets' try_state, the fuzzer's invariants, is compiled in). Arguments go
# to the binary:
#   scripts/sim.sh run sim/scenarios/baseline.json     # a scenario: sim/out/baseline.{csv,svg}
#   scripts/sim.sh sweep sim/scenarios/baseline.json --field jobs_per_day --values 100,300,900
#   scripts/sim.sh fuzz --calls 20000 --seed 1 --runs 50 # 50 campaigns: a million calls
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
scripts/setup.sh >/dev/null
source scripts/features.sh
# `--tests` as scripts/test.sh's nextest step builds: the same features, the same artifacts.
SKIP_WASM_BUILD=1 cargo build --release --locked --quiet --tests --bins "${featured[@]}"
exec "$CARGO_TARGET_DIR/release/atelier-sim" "$@"
