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

/// A generative style (an id in the provenance pallet's style registry, which governance adds
/// to).
pub type StyleId = u16;

/// The most styles one model carries.
pub const MAX_MODEL_STYLES: u32 = 4;

/// A model's styles.
pub type ModelStyleList = BoundedVec<StyleId, sp_core::ConstU32<MAX_MODEL_STYLES>>;

/// A model's style tags, which the reserve's metrics count demand by. The provenance pallet
/// implements it.
pub trait ModelStyles {
	/// The model's styles (empty if it has none, or does not exist).
	fn styles(model: &ModelId) -> ModelStyleList;
	/// Every style and its name, in id order (for status queries, not for calls).
	fn registry() -> alloc::vec::Vec<(StyleId, alloc::vec::Vec<u8>)>;
}

impl ModelStyles for () {
	fn styles(_: &ModelId) -> ModelStyleList {
		ModelStyleList::default()
	}
	fn registry() -> alloc::vec::Vec<(StyleId, alloc::vec::Vec<u8>)> {
		alloc::vec::Vec::new()
	}
}
