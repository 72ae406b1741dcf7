# Sourced by the other scripts: one persistent target dir for every build, so that the run
# command, the tests and CI share compiled dependencies (see docs/build.md).
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/atelier/target}"
export ATELIER_NODE="${ATELIER_NODE:-$CARGO_TARGET_DIR/release/atelier-node}"
# The checkout being built. Build scripts' outputs in the shared target dir name files at the
# paths of the checkout that last ran them, so cargo would not notice that another checkout's
# sources differ; the upgrade-test wasm's build script reruns when this changes.
export ATELIER_CHECKOUT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
