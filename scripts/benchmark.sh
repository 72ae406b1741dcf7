#!/usr/bin/env bash
# Builds the node with runtime benchmarks and regenerates weights.
#   scripts/benchmark.sh pallet <pallet_name> <output.rs>   # e.g. pallet_balances /tmp/w.rs
#   scripts/benchmark.sh overhead                            # block and extrinsic base weights
#   scripts/benchmark.sh extrinsic                           # remark and transfer_keep_alive
#   scripts/benchmark.sh machine                             # this machine vs. reference hardware
# The runtime-benchmarks build compiles FRAME a second time (its own feature set), so it takes
# about as long as the first build.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh

scripts/setup.sh
cargo build --release --locked -p atelier-node --features runtime-benchmarks
node="$ATELIER_NODE"

case "${1:-}" in
pallet)
	"$node" benchmark pallet --runtime "$CARGO_TARGET_DIR/release/wbuild/atelier-runtime/atelier_runtime.compact.compressed.wasm" \
		--genesis-builder-preset development --pallet "$2" --extrinsic '*' \
		--steps 50 --repeat 20 --output "$3"
	;;
overhead) "$node" benchmark overhead --chain dev ;;
extrinsic) "$node" benchmark extrinsic --chain dev --pallet "${2:-balances}" --extrinsic "${3:-transfer_keep_alive}" ;;
machine) "$node" benchmark machine --chain dev ;;
*)
	sed -n '2,8p' "$0"
	exit 2
	;;
esac
