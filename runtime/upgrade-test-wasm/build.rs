//! Builds the Atelier runtime's wasm a second time with its `increment-spec-version` feature
//! (spec_version one above the real one), as polkadot-sdk's test runtimes build their upgrade
//! blobs. A crate of its own, so that the runtime's features (and so its main wasm) never change
//! when the test blob is built.

#[cfg(feature = "build")]
fn main() {
	// Read when the script runs, not baked in when it compiles: the shared target dir may hold
	// this script compiled from another checkout (a CI clone), whose path is gone or stale.
	let dir = std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
	// The runtime's files this run names (through the wasm builder) are the files of this
	// checkout; built from another checkout that shares the target dir, cargo would compare
	// those, unchanged, and keep a stale blob. `scripts/env.sh` exports the checkout's path.
	println!("cargo:rerun-if-env-changed=ATELIER_CHECKOUT");
	let runtime = std::path::Path::new(&dir)
		.join("../Cargo.toml")
		.canonicalize()
		.expect("the runtime's manifest is beside this crate");
	substrate_wasm_builder::WasmBuilder::new()
		.with_project(runtime)
		.expect("the runtime's manifest exists")
		.export_heap_base()
		.import_memory()
		.enable_feature("increment-spec-version")
		.set_file_name("atelier_runtime_upgraded")
		.build();
}

#[cfg(not(feature = "build"))]
fn main() {}
