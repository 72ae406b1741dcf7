//! Royalty policies, listings, and the split of a sale.

use crate::Config;
pub use atelier_primitives::currency::PaymentAsset;
pub use atelier_primitives::models::{Payee, Recipient};
use codec::{Decode, Encode, MaxEncodedLen};
use frame_support::{traits::fungible::Inspect, BoundedVec};
use scale_info::TypeInfo;
use sp_runtime::Perbill;

/// The native token's balance type (assets share it).
pub type BalanceOf<T> =
	<<T as Config>::Currency as Inspect<<T as frame_system::Config>::AccountId>>::Balance;
/// A policy as the pallet stores it.
pub type PolicyOf<T> =
	RoyaltyPolicy<<T as frame_system::Config>::AccountId, <T as Config>::MaxRecipients>;
/// A listing as the pallet stores it.
pub type ListingOf<T> = Listing<<T as frame_system::Config>::AccountId, BalanceOf<T>>;
/// A recorded external sale awaiting its buyer, as the pallet stores it.
pub type ExternalSaleOf<T> = ExternalSale<<T as frame_system::Config>::AccountId, BalanceOf<T>>;

/// A listing's id: every `list` call makes a new one, so a purchase names exactly the listing
/// its buyer saw.
pub type ListingId = u64;
/// A sale's split as the pallet computes it.
pub type SplitOf<T> = RoyaltySplit<<T as frame_system::Config>::AccountId, BalanceOf<T>>;

/// What has accrued to one account from the sales of one model's outputs, in one asset.
#[derive(Clone, Copy, PartialEq, Eq, Encode, Decode, MaxEncodedLen, TypeInfo, Debug, Default)]
pub struct Accrual<Balance> {
	/// The amount.
	pub amount: Balance,
	/// The pot's epoch when it accrued: an accrual of an earlier epoch was burned with its pot.
	pub epoch: u32,
}

/// Everything accrued and not yet claimed from the sales of one model's outputs, in one asset:
/// what a major violation in the model's lineage burns at once.
#[derive(Clone, Copy, PartialEq, Eq, Encode, Decode, MaxEncodedLen, TypeInfo, Debug, Default)]
pub struct Pot<Balance> {
	/// The sum of the accruals of this epoch.
	pub total: Balance,
	/// How many times the pot was burned: accruals of earlier epochs are void.
	pub epoch: u32,
}

/// The model royalties were accrued under before accruals were kept by model (storage version
/// 1): nothing taints it, so they are claimed as before.
pub const UNATTRIBUTED: atelier_primitives::models::ModelId =
	atelier_primitives::models::ModelId(u32::MAX);

/// An output's royalty policy, fixed at mint: who gets what share of every sale's price.
#[derive(Clone, PartialEq, Eq, Encode, Decode, MaxEncodedLen, TypeInfo, Debug)]
#[scale_info(skip_type_params(MaxRecipients))]
pub struct RoyaltyPolicy<AccountId, MaxRecipients: frame_support::traits::Get<u32>> {
	/// The creator's own share (also among `recipients`).
	pub creator_share: Perbill,
	/// The whole royalty stack: creator, model lineage, parents' lineages and reserve. At most
	/// the protocol's cap.
	pub stack: Perbill,
	/// Everyone paid on a sale, with their share of the price, largest first: the creator and
	/// others as accounts, each model owner's part as [`Payee::Owner`] (paid to whoever holds
	/// that model's income at the sale). What the stack leaves after them goes to the reserve.
	pub recipients: BoundedVec<(Payee<AccountId>, Perbill), MaxRecipients>,
}

impl<AccountId, Balance> RoyaltySplit<AccountId, Balance> {
	/// How many payouts go to a model's shareholders (each a transfer and a credit).
	pub fn shared(&self) -> u32 {
		self.payouts
			.iter()
			.filter(|(to, _)| matches!(to, Recipient::Shareholders(_)))
			.count() as u32
	}
}

/// An output offered for sale in the pallet's marketplace.
#[derive(
	Clone, PartialEq, Eq, Encode, Decode, MaxEncodedLen, TypeInfo, Debug, serde::Serialize,
)]
pub struct Listing<AccountId, Balance> {
	/// This listing's id, new at every `list`: a `buy` made against an earlier listing of the
	/// same output names another id and fails.
	pub id: ListingId,
	/// The owner who listed it.
	pub seller: AccountId,
	/// What the price is paid in.
	pub asset: PaymentAsset,
	/// The price.
	pub price: Balance,
}

/// A sale paid outside the chain, recorded by its seller and waiting for its buyer to accept it.
#[derive(
	Clone, PartialEq, Eq, Encode, Decode, MaxEncodedLen, TypeInfo, Debug, serde::Serialize,
)]
pub struct ExternalSale<AccountId, Balance> {
	/// The owner who recorded the sale; pays the royalties when the buyer accepts.
	pub seller: AccountId,
	/// Who receives the output, once they accept.
	pub buyer: AccountId,
	/// What the declared price was paid in.
	pub asset: PaymentAsset,
	/// The declared price.
	pub price: Balance,
}

/// How a price splits: `seller_proceeds + reserve + Σ payouts == price`, exactly.
#[derive(Clone, PartialEq, Eq, Encode, Decode, TypeInfo, Debug)]
pub struct RoyaltySplit<AccountId, Balance> {
	/// The price.
	pub price: Balance,
	/// What the seller receives: the price less the royalty stack.
	pub seller_proceeds: Balance,
	/// What the reserve receives: its share, the lineage's unassigned shares and the rounding
	/// remainder.
	pub reserve: Balance,
	/// What each recipient accrues (an account) or is paid (a model's shareholders), in the
	/// policy's order; zero amounts left out.
	pub payouts: alloc::vec::Vec<(Recipient<AccountId>, Balance)>,
}
