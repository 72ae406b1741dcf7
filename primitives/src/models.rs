//! Models: their ids, and the registry through which the compute market and royalties ask about
//! them (the provenance pallet keeps it).

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;
use sp_runtime::{BoundedVec, Perbill};

/// A model: the id of its NFT in the provenance pallet's models collection.
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
	serde::Serialize,
	serde::Deserialize,
)]
pub struct ModelId(pub u32);

/// What the compute market asks about models. The provenance pallet implements it; tests and
/// benchmarks use simpler implementations.
pub trait ModelRegistry<AccountId> {
	/// The most accounts that share one model's licensing fee.
	type MaxLicensees: sp_core::Get<u32>;

	/// Whether the model exists.
	fn exists(model: &ModelId) -> bool;

	/// The model's owner (reputation credits its licensing fees to them).
	fn owner(model: &ModelId) -> Option<AccountId>;

	/// Whether the model may earn: jobs for models that may not are refused.
	fn is_monetizable(model: &ModelId) -> bool;

	/// Who shares the model's licensing fee, and in what proportions. Shares that add up to
	/// less than 100% leave the rest to the reserve; the market never pays out more than the
	/// licensing fee.
	fn licensees(model: &ModelId) -> BoundedVec<(AccountId, Perbill), Self::MaxLicensees>;
}
