//! The path of the upgrade-test wasm: the Atelier runtime with its spec_version one higher,
//! built by this crate's build script with `--features build`
//! (`$CARGO_TARGET_DIR/release/wbuild/atelier-runtime/atelier_runtime_upgraded.compact.compressed.wasm`).
//! The end-to-end test of the root track applies it to a running network.

#![cfg_attr(not(test), no_std)]

/// The wasm's file name under the runtime's `wbuild` directory.
pub const FILE_NAME: &str = "atelier_runtime_upgraded.compact.compressed.wasm";
