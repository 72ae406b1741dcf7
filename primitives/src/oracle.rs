//! What oracle operators report (`pallet-oracle-operators`): values only the world knows.

use crate::models::ModelId;
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;

/// A value operators report, by key.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	PartialOrd,
	Ord,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Debug,
)]
pub enum FeedKey {
	/// A model's quality on the round's evaluation set, in parts per million.
	ModelQuality(ModelId),
	/// ATL's price on venues outside the chain, in millionths of a US dollar.
	AtlPrice,
}

/// The benchmarks' keys: model `i`'s quality.
impl From<u32> for FeedKey {
	fn from(i: u32) -> Self {
		FeedKey::ModelQuality(ModelId(i))
	}
}

/// What the reserve's grants line reads of a model: who it pays and the quality it weighs a
/// model's demand by. The runtime implements it from provenance and the operators' feeds.
pub trait GrantQuality<AccountId> {
	/// `model`'s owner and its quality (parts per million, at most a million) if it earns a
	/// grant now: it may earn (no upheld violation), its quality is fresh, and a fine-tune's is
	/// above its base model's fresh quality (a base model without one: no grant).
	fn grant(model: &ModelId) -> Option<(AccountId, u32)>;
	/// What one [`GrantQuality::grant`] may read beyond the reserve's benchmark of its grants
	/// line (whose fixture cannot build the deepest lineage for every model): the reserve adds
	/// it for each model.
	fn max_weight() -> sp_runtime::Weight;
}

impl<AccountId> GrantQuality<AccountId> for () {
	fn grant(_: &ModelId) -> Option<(AccountId, u32)> {
		None
	}
	fn max_weight() -> sp_runtime::Weight {
		sp_runtime::Weight::zero()
	}
}
