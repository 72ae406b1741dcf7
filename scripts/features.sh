# Sourced by scripts/test.sh and scripts/sim.sh: the crates built with the tests' features, and
# those features, as `featured` (cargo arguments) and `pallets` (`-p pallet-<name>` each).
# The pallets (each `pallets/<name>` is `pallet-<name>`) are tested with the runtime; the
# simulator (`atelier-sim`) runs the runtime with every pallet's try_state as the fuzzer's oracle.
pallets=()
features=atelier-runtime/try-runtime,atelier-runtime/runtime-benchmarks,atelier-sim/try-runtime
for dir in pallets/*/; do
	pallets+=(-p "pallet-$(basename "$dir")")
	# Named for each pallet too, so that a pallet not (yet) in the runtime gets them as well.
	features+=",pallet-$(basename "$dir")/try-runtime,pallet-$(basename "$dir")/runtime-benchmarks"
done
# The pallets' and the runtime's features for the tests: every pallet's try_state after each
# runtime test (try-runtime) and the pallets' benchmarks as tests (runtime-benchmarks), in one
# build, so that FRAME and every pallet compile once for both; the simulator shares that build.
featured=(-p atelier-runtime -p atelier-sim "${pallets[@]}" --features "$features")
