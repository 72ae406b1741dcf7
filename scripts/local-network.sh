#!/usr/bin/env bash
# Starts the four-validator `local` chain (Alice, Bob, Charlie, Dave) as local processes.
# RPC: Alice ws://127.0.0.1:9944, Bob :9945, Charlie :9946, Dave :9947. Ctrl-C stops them all.
# Databases and logs live under $ATELIER_LOCAL_DIR (default /tmp/atelier-local); add --purge to
# start from genesis again.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh

dir="${ATELIER_LOCAL_DIR:-/tmp/atelier-local}"
if [ "${1:-}" = "--purge" ]; then rm -rf "$dir"; fi
mkdir -p "$dir"

scripts/setup.sh
# The same build as scripts/test.sh's (the whole workspace): cargo unifies features per build,
# so a `-p atelier-node` build would compile every Atelier crate again after the tests' build,
# and the tests' build again after it.
cargo build --release --locked --workspace

# Alice's node key is fixed so that the others can find her; its peer id follows from it.
alice_key=0000000000000000000000000000000000000000000000000000000000000001
alice_peer=$("$ATELIER_NODE" key inspect-node-key --file <(printf %s "$alice_key"))

pids=()
trap 'kill "${pids[@]}" 2>/dev/null; wait' EXIT INT TERM
i=0
for name in alice bob charlie dave; do
	args=(--chain local "--$name" --validator --base-path "$dir/$name"
		--port $((30333 + i)) --rpc-port $((9944 + i)) --prometheus-port $((9615 + i))
		--rpc-cors all)
	if [ "$name" = alice ]; then
		args+=(--node-key "$alice_key")
	else
		args+=(--node-key "$(openssl rand -hex 32)"
			--bootnodes "/ip4/127.0.0.1/tcp/30333/p2p/$alice_peer")
	fi
	"$ATELIER_NODE" "${args[@]}" >"$dir/$name.log" 2>&1 &
	pids+=($!)
	echo "$name: ws://127.0.0.1:$((9944 + i)), log $dir/$name.log"
	i=$((i + 1))
done
wait
