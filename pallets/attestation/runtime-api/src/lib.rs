//! The runtime API behind the `attestation_status` JSON-RPC method.

#![cfg_attr(not(feature = "std"), no_std)]
// A panic in runtime code halts block production: arithmetic is checked or saturating, indexing
// is checked, and nothing unwraps. Tests and benchmarks allow these in their own modules.
#![cfg_attr(
	not(test),
	deny(
		clippy::arithmetic_side_effects,
		clippy::indexing_slicing,
		clippy::unwrap_used,
		clippy::expect_used
	)
)]
#![deny(missing_docs)]

pub use atelier_primitives::BlockNumber;
pub use pallet_attestation::{Reason, Status, Target, UseStatus};

sp_api::decl_runtime_apis! {
	/// Attestation queries for creators, studios and wallets.
	pub trait AttestationApi {
		/// The attestation status of a dataset (each use) or a model (whether it may earn), with
		/// every reason it is not cleared up its lineage; `None` if it does not exist.
		fn status(target: Target) -> Option<Status<BlockNumber>>;
	}
}
