//! The runtime API behind the `oracle_metrics` JSON-RPC method: what the reserve's steering
//! reads (the chain's own metrics, demand per style, the operators' feeds with their freshness)
//! and the targets it produced.

#![cfg_attr(not(feature = "std"), no_std)]
#![deny(missing_docs)]

extern crate alloc;

use alloc::vec::Vec;
pub use atelier_primitives::{models::StyleId, oracle::FeedKey, BlockNumber};
use codec::{Decode, DecodeWithMemTracking, Encode};
pub use pallet_oracle_operators::Feed;
pub use pallet_reserve::MetricsStatus;
use scale_info::TypeInfo;

/// One feed the operators published, and whether it is still fresh.
#[derive(Encode, Decode, DecodeWithMemTracking, TypeInfo, Clone, PartialEq, Eq, Debug)]
pub struct FeedStatus {
	/// What it measures.
	pub key: FeedKey,
	/// The median and the round it closed.
	pub feed: Feed<BlockNumber>,
	/// Within the stale bound: the reserve reads it.
	pub fresh: bool,
}

/// The oracle layer's state.
#[derive(Encode, Decode, DecodeWithMemTracking, TypeInfo, Clone, PartialEq, Eq, Debug)]
pub struct OracleMetrics {
	/// The chain's own metrics and the steering (the reserve's).
	pub chain: MetricsStatus<BlockNumber>,
	/// Every style's name, by id.
	pub style_names: Vec<(StyleId, Vec<u8>)>,
	/// The operators' current round, if one is open.
	pub round: Option<u32>,
	/// How many rounds a feed stays fresh.
	pub stale_rounds: u32,
	/// Every published feed (at most [`MAX_FEEDS`], by key).
	pub feeds: Vec<FeedStatus>,
}

/// The most feeds one answer lists.
pub const MAX_FEEDS: usize = 1_024;

/// The version whose answer carries the grants line (version 1's cannot be decoded by a node
/// of this version: its `oracle_metrics` answers an error until the runtime is upgraded).
pub const GRANTS_API: u32 = 2;

sp_api::decl_runtime_apis! {
	/// The oracle layer, for studios, operators and governance.
	#[api_version(2)]
	pub trait OracleApi {
		/// The chain's metrics so far this period with their averages, each style's demand,
		/// the operators' feeds and their freshness, the reserve targets in force with the
		/// last period's steering, and the grants line (the period's most demanded models, and
		/// what the last period's line paid).
		fn metrics() -> OracleMetrics;
	}
}
