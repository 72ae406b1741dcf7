#!/usr/bin/env bash
# Sets up, builds and starts a development chain: JSON-RPC and WebSocket on ws://127.0.0.1:9944,
# Prometheus on :9615, Alice authoring and finalizing. Extra arguments go to the node, e.g.
#   scripts/run-dev.sh --base-path /tmp/atelier    # keep the chain between runs
# Without --base-path the chain lives in a temporary directory and is gone when the node stops.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh

scripts/setup.sh
# The same build as scripts/test.sh's (the whole workspace): cargo unifies features per build,
# so a `-p atelier-node` build would compile every Atelier crate again after the tests' build,
# and the tests' build again after it.
cargo build --release --locked --workspace
exec "$ATELIER_NODE" --dev --rpc-external --rpc-cors all --prometheus-external "$@"
