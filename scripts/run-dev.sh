#!/usr/bin/env bash
# Sets up, builds and starts a development chain: JSON-RPC and WebSocket on ws://127.0.0.1:9944,
# Prometheus on :9615, Alice authoring and finalizing; and Atelier Studio, the web app, on
# http://127.0.0.1:8000 (ATELIER_STUDIO_HOST and ATELIER_STUDIO_PORT move it;
# ATELIER_INFERENCE_URL is the inference service whose outputs it shows, by default
# http://127.0.0.1:8090). Extra arguments go to the node, e.g.
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

# Atelier Studio, the web app (app/), built and served beside the chain; it forwards /inference
# to a worker's inference service (the README's journey starts one on :8090).
(cd app && npm run --silent build)
node app/serve.mjs --host "${ATELIER_STUDIO_HOST:-127.0.0.1}" --port "${ATELIER_STUDIO_PORT:-8000}" \
	--inference "${ATELIER_INFERENCE_URL:-http://127.0.0.1:8090}" --node http://127.0.0.1:9944 &
studio=$!
trap 'kill $studio 2>/dev/null || true' EXIT
"$ATELIER_NODE" --dev --rpc-external --rpc-cors all --prometheus-external "$@"
