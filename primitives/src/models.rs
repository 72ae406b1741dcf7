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

	/// Who shares the model's licensing fee, and in what proportions: accounts (dataset
	/// contributors, fine-tuners), and the owner's part of each model in the lineage as
	/// [`Payee::Owner`], which [`ModelIncome`] resolves when it is paid. Shares that add up to
	/// less than 100% leave the rest to the reserve; the market never pays out more than the
	/// licensing fee.
	fn licensees(model: &ModelId) -> BoundedVec<(Payee<AccountId>, Perbill), Self::MaxLicensees>;
}

/// Who is entitled to a part of a payment, as a model's licensees and an output's royalty
/// policy record it.
#[derive(
	Clone,
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
#[serde(rename_all = "camelCase")]
pub enum Payee<AccountId> {
	/// An account, paid itself.
	Account(AccountId),
	/// The owner's part of a model's income: whoever holds that income when it is paid (the
	/// model's shareholders once it has issued shares, else its owner).
	Owner(ModelId),
}

/// Where a payment due to a [`Payee`] goes when it is made.
#[derive(
	Clone,
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
#[serde(rename_all = "camelCase")]
pub enum Recipient<AccountId> {
	/// To this account.
	Account(AccountId),
	/// Into the model's share pool, divided among its shareholders pro rata.
	Shareholders(ModelId),
}

/// The seam through which the compute market and royalties pay a model's owner part: the model
/// shares pallet implements it. Payers move the money into [`ModelIncome::pool`] and then
/// [`ModelIncome::credit`] it, in the same transaction.
pub trait ModelIncome<AccountId> {
	/// Where a payment due to `payee` goes now; `None` for a model that does not exist (its
	/// part goes to the reserve).
	fn recipient(payee: &Payee<AccountId>) -> Option<Recipient<AccountId>>;
	/// The account that holds shareholders' income until they claim it.
	fn pool() -> AccountId;
	/// Records `amount` of `asset` (`None`: the native token), just paid into [`Self::pool`],
	/// as `model`'s income. Fails, and the payment with it, if `model` has no shares or the
	/// amount cannot be accounted.
	fn credit(
		model: &ModelId,
		asset: Option<crate::AssetId>,
		amount: crate::Balance,
	) -> sp_runtime::DispatchResult;
	/// The most one [`Self::credit`] costs, whatever the number of holders.
	fn credit_weight() -> sp_runtime::Weight;
}

/// [`ModelIncome`] for a chain without model shares (tests of the paying pallets): every owner
/// part goes to the model's owner in `Models`, and `Pool` is never paid.
pub struct OwnersOnly<Models, Pool>(core::marker::PhantomData<(Models, Pool)>);

impl<AccountId: Clone, Models: ModelRegistry<AccountId>, Pool: sp_core::Get<AccountId>>
	ModelIncome<AccountId> for OwnersOnly<Models, Pool>
{
	fn recipient(payee: &Payee<AccountId>) -> Option<Recipient<AccountId>> {
		match payee {
			Payee::Account(who) => Some(Recipient::Account(who.clone())),
			Payee::Owner(model) => Models::owner(model).map(Recipient::Account),
		}
	}
	fn pool() -> AccountId {
		Pool::get()
	}
	fn credit(
		_: &ModelId,
		_: Option<crate::AssetId>,
		_: crate::Balance,
	) -> sp_runtime::DispatchResult {
		Err(sp_runtime::DispatchError::Other("no model has shares"))
	}
	fn credit_weight() -> sp_runtime::Weight {
		sp_runtime::Weight::zero()
	}
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
