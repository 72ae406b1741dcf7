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
