//! Builds the runtime's wasm blob with `substrate-wasm-builder` (for the `wasm32v1-none` target).
//! Set `SKIP_WASM_BUILD=1` for native-only work, such as pallet tests.

#[cfg(all(feature = "std", feature = "metadata-hash"))]
fn main() {
	// The token symbol and decimals of `atelier_primitives::currency`: offline signers show
	// amounts with them. A build script cannot import the crate it belongs to, hence the copy.
	substrate_wasm_builder::WasmBuilder::init_with_defaults()
		.enable_metadata_hash("ATL", 12)
		.build();
}

#[cfg(all(feature = "std", not(feature = "metadata-hash")))]
fn main() {
	substrate_wasm_builder::WasmBuilder::build_using_defaults();
}

#[cfg(not(feature = "std"))]
fn main() {}
