# Sourced by the other scripts: one persistent target dir for every build, so that the run
# command, the tests and CI share compiled dependencies (see docs/build.md).
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/atelier/target}"
export ATELIER_NODE="${ATELIER_NODE:-$CARGO_TARGET_DIR/release/atelier-node}"
