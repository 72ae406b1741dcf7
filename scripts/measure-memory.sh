#!/usr/bin/env bash
# Resident memory of a dev node after N blocks (default 100), as recorded in docs/build.md.
# Usage: scripts/measure-memory.sh [blocks]   (needs a built node: scripts/run-dev.sh builds it)
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
BLOCKS="${1:-100}"
BASE="$(mktemp -d)"
PORT="${RPC_PORT:-19944}"
"$ATELIER_NODE" --dev --base-path "$BASE" --rpc-port "$PORT" --prometheus-port 19615 \
  --no-telemetry >"$BASE/node.log" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null; wait $PID 2>/dev/null; rm -rf "$BASE"' EXIT
height() {
  curl -s -H 'Content-Type: application/json' \
    -d '{"jsonrpc":"2.0","id":1,"method":"chain_getHeader","params":[]}' \
    "http://127.0.0.1:$PORT" | sed -n 's/.*"number":"\(0x[0-9a-f]*\)".*/\1/p'
}
while :; do
  h="$(height || true)"
  if [ -n "$h" ] && [ $((h)) -ge "$BLOCKS" ]; then break; fi
  kill -0 $PID 2>/dev/null || { echo "node exited"; tail -20 "$BASE/node.log"; exit 1; }
  sleep 3
done
rss_kb="$(awk '/VmRSS/ {print $2}' /proc/$PID/status)"
hwm_kb="$(awk '/VmHWM/ {print $2}' /proc/$PID/status)"
echo "blocks=$((h)) rss=$((rss_kb / 1024)) MiB peak_rss=$((hwm_kb / 1024)) MiB"
