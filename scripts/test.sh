#!/usr/bin/env bash
# Sets up, builds and runs every check and test: formatting and clippy (warnings are errors),
# the Rust unit tests (cargo-nextest), the pallets' tests and benchmarks (as tests) and the
# runtime tests (each followed by every pallet's try_state), the Studio app's type check and build,
# then the end-to-end tests that start real atelier-node processes and drive them with polkadot.js
# and, for the Studio app, with Debian's headless Chromium. Prints each runner's summary, each
# step's time and a last line with the totals; exits non-zero on any failure, and when the
# end-to-end runners run fewer tests than the suites have.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh

scripts/setup.sh

started=$(date +%s)
status() { [ "$1" -eq 0 ] && echo passed || echo FAILED; }
# Each step's wall time, printed as it ends and again in the summary, so that the next issue
# sees what it adds (docs/build.md keeps the measured figures).
steps=""
step_started=$started
step() {
	local now
	now=$(date +%s)
	if [ -n "${step_name:-}" ]; then
		echo "== ($step_name: $((now - step_started)) s)"
		steps="$steps, $step_name $((now - step_started)) s"
	fi
	step_name=$1
	step_started=$now
	[ -n "$1" ] && echo "== $2"
	return 0
}

# The pallets, the runtime and the simulator with their test features (`featured`).
source scripts/features.sh

step build "build (release profile, shared by the run command and the tests)"
# ATELIER_TIMINGS=1 adds cargo's --timings report (target/cargo-timings/), as docs/build.md uses.
cargo build --release --locked --workspace ${ATELIER_TIMINGS:+--timings}

step lints "lints: rustfmt --check, clippy -D warnings"
lint_status=0
cargo fmt --all --check || lint_status=$?
# Clippy checks without building the wasm runtime again. `--release` shares build scripts and
# proc macros with the release build above.
SKIP_WASM_BUILD=1 cargo clippy --release --locked --workspace --all-targets -- -D warnings ||
	lint_status=$?
# The tests below build the runtime and the pallets with their test features, so they are
# linted with them too (the benchmarks and try_state included).
SKIP_WASM_BUILD=1 cargo clippy --release --locked "${featured[@]}" --all-targets -- -D warnings ||
	lint_status=$?

step "rust tests" "Rust tests: the node, the RPC, the primitives and the inference service"
rust_status=0
exclude=()
for arg in "${pallets[@]}"; do
	[ "$arg" = -p ] || exclude+=(--exclude "$arg")
done
cargo nextest run --release --locked --workspace --exclude atelier-runtime --exclude atelier-sim \
	"${exclude[@]}" \
	--no-fail-fast || rust_status=$?

step "pallet and runtime tests" \
	"the pallets' tests and benchmarks (as tests), the runtime tests with every pallet's try_state"
pallet_status=0
SKIP_WASM_BUILD=1 cargo nextest run --release --locked --no-fail-fast "${featured[@]}" ||
	pallet_status=$?

step "upgrade wasm" \
	"the runtime-upgrade test wasm (the runtime one spec_version higher) for the e2e root track"
# Built as part of the workspace, so that its build dependencies (the wasm builder, binaryen's
# wasm-opt) are the workspace build's: with `-p` cargo resolves their features anew and compiles
# them again (6 min from an empty target dir).
cargo build --release --locked --workspace --features atelier-runtime-upgrade-test-wasm/build

step "app" "the Studio app (app/): TypeScript's check and the static build the browser tests serve"
app_status=0
(cd app && npm run --silent build) || app_status=$?

step "end-to-end" "end-to-end tests (real node, polkadot.js client, the Studio app in Chromium)"
e2e_status=0
expected=$(grep -cE "^\s+test\('" e2e/*.test.mjs | awk -F: '{ n += $2 } END { print n }')
e2e_log=$(mktemp)
# A test that runs longer than 10 minutes (a stuck transaction, a node that stopped) fails.
# The suites run side by side, each in its own runner with its own nodes, base paths and free
# ports: they mostly wait for blocks (2-second slots on `dev-fast` and `local-fast`, 6 on the
# chains users run). ATELIER_E2E_CONCURRENCY sets how many at once
# (docs/build.md has the measurements behind the default). They start longest first (by the
# times this script last printed), so that the longest (governance, four validators) bounds the
# run and no long suite starts last; a suite not in the list starts after them. (One
# `node --test` runner for all of them would start them in alphabetical order.) Each suite's
# report is printed whole when it ends.
longest_first="governance validators local-network readme-journey studio compute-market reserve dev-node oracle
	spot-checks attestation launch provenance-royalties equivocation reputation"
suites=()
for name in $longest_first; do
	[ -f "e2e/$name.test.mjs" ] && suites+=("./$name.test.mjs")
done
for file in e2e/*.test.mjs; do
	case " ${suites[*]} " in *" ./${file#e2e/} "*) ;; *) suites+=("./${file#e2e/}") ;; esac
done
e2e_reports=$(mktemp -d)
trap 'rm -rf "$e2e_log" "$e2e_reports"' EXIT
e2e_started=$(date +%s)
printf '%s\n' "${suites[@]}" |
	(cd e2e && xargs -P "${ATELIER_E2E_CONCURRENCY:-4}" -I{} sh -c \
		'node --test --test-timeout=600000 --test-reporter=spec "$1" >"$2/${1#./}.log" 2>&1
		status=$?; cat "$2/${1#./}.log"; exit $status' suite {} "$e2e_reports") |
	tee "$e2e_log" || e2e_status=$?
echo "== end-to-end suites: $(($(date +%s) - e2e_started)) s in all"
echo "== the web app's screenshots (laptop and phone): ${ATELIER_ARTIFACTS:-e2e/artifacts}/studio/"
passed=$(sed -n 's/^ℹ pass \([0-9]*\)$/\1/p' "$e2e_log" | awk '{ n += $1 } END { print n + 0 }')
echo "== end-to-end suites, each's own time (they overlap):"
sed -n 's/^\(✔\|✖\) \(.*\) (\([0-9]*\)\.[0-9]*ms)$/  \1 \2: \3 ms/p' "$e2e_log"
if [ "${passed:-0}" -ne "$expected" ]; then
	echo "end-to-end: ${passed:-0} tests passed, the suite has $expected"
	e2e_status=1
fi

step "" ""
elapsed=$(($(date +%s) - started))
echo "== steps: ${steps#, }"
echo "== summary: lints $(status $lint_status), rust tests $(status $rust_status)," \
	"pallet, benchmark and runtime tests $(status $pallet_status), app build $(status $app_status), end-to-end tests" \
	"$(status $e2e_status) (${passed:-0} of $expected), ${elapsed}s"
[ $lint_status -eq 0 ] && [ $rust_status -eq 0 ] && [ $pallet_status -eq 0 ] && [ $app_status -eq 0 ] &&
	[ $e2e_status -eq 0 ]
