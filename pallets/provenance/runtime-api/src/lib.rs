//! The runtime API behind the `provenance_lineage` JSON-RPC method.

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

use codec::Codec;
pub use pallet_provenance::{DatasetId, Lineage, LineageNode, ModelId, OutputId, ProvenanceItem};

sp_api::decl_runtime_apis! {
	/// Lineage queries for studios and explorers.
	pub trait ProvenanceApi<AccountId>
	where
		AccountId: Codec,
	{
		/// The ancestry of `item`, breadth first, down to `max_depth` (capped by the runtime's
		/// `MaxLineageDepth`) and at most `MaxLineageNodes` ancestors; `None` if it does not
		/// exist.
		fn lineage(item: ProvenanceItem, max_depth: u32) -> Option<Lineage<AccountId>>;
	}
}
