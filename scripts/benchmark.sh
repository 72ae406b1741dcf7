#!/usr/bin/env bash
# Builds the node with runtime benchmarks and runs them.
#   scripts/benchmark.sh pallet <pallet_name> [output.rs]  # weights, e.g. pallet_compute_market
#       (an Atelier pallet's weights go to pallets/<name>/src/weights.rs, through
#       scripts/frame-weight-template.hbs; a standard pallet's to runtime/src/weights/)
#   scripts/benchmark.sh receipts                          # receipts vs transfers per block
#   scripts/benchmark.sh overhead                          # block and extrinsic base weights
#   scripts/benchmark.sh extrinsic [pallet] [extrinsic]    # one builder on the dev chain
#   scripts/benchmark.sh machine                           # this machine vs. reference hardware
# The runtime-benchmarks build compiles FRAME and the client a second time (their own feature
# set): about 30 minutes on the 2-core reference machine (docs/build.md).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh

scripts/setup.sh
# frame-benchmarking-cli's storage benchmark carries a test runtime whose wasm builder looks
# itself up in `cargo metadata`; the CLI is an optional dependency of the node (only in this
# build), so the lookup fails. Its wasm serves only `benchmark storage`, which Atelier does not
# run: skip it.
export SKIP_FRAME_STORAGE_ACCESS_TEST_RUNTIME_WASM_BUILD=1
cargo build --release --locked -p atelier-node --features runtime-benchmarks
node="$ATELIER_NODE"
wasm="$CARGO_TARGET_DIR/release/wbuild/atelier-runtime/atelier_runtime.compact.compressed.wasm"

case "${1:-}" in
pallet)
	dir="pallets/$(echo "${2#pallet_}" | tr _ -)"
	template=()
	if [ -z "${3:-}" ] && [ -d "$dir" ]; then
		out="$dir/src/weights.rs"
		template=(--template scripts/frame-weight-template.hbs)
	else
		out="${3:-runtime/src/weights/$2.rs}"
	fi
	"$node" benchmark pallet --runtime "$wasm" --genesis-builder runtime --genesis-builder-preset development \
		--pallet "$2" --extrinsic '*' --steps 50 --repeat 20 --output "$out" "${template[@]}"
	;;
receipts)
	# One chain (compute-bench: 6 144 assigned jobs of real models), three builders, side by
	# side: plain transfers, single receipts, and batches of 32 receipts (one worker's jobs).
	base="$(mktemp -d)"
	trap 'rm -rf "$base"' EXIT
	# A worker settles once a block: a block holds at most one single receipt or batch a worker
	# (192 workers).
	for builder in "balances transfer_keep_alive 8192" "compute_market submit_receipt 192" \
		"compute_market submit_receipts 192"; do
		set -- $builder
		echo "== $1 $2"
		"$node" benchmark extrinsic --chain compute-bench --base-path "$base" \
			--pallet "$1" --extrinsic "$2" --max-ext-per-block "$3" 2>&1 |
			grep -E "Extrinsics per block|Total:|Average|Percentiles|Error" || true
	done
	echo "(each submit_receipts extrinsic carries 32 receipts)"
	;;
overhead) "$node" benchmark overhead --chain dev ;;
extrinsic) "$node" benchmark extrinsic --chain dev --pallet "${2:-balances}" --extrinsic "${3:-transfer_keep_alive}" ;;
machine) "$node" benchmark machine --chain dev ;;
*)
	sed -n '2,9p' "$0"
	exit 2
	;;
esac
