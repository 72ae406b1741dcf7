//! Share classes, holdings, income pools and offers.

use crate::Config;
pub use atelier_primitives::currency::PaymentAsset;
use codec::{Decode, Encode, MaxEncodedLen};
use frame_support::{traits::fungible::Inspect, BoundedVec};
use scale_info::TypeInfo;

/// A number of shares of one model.
pub type Shares = u64;

/// The accumulator's fixed point: income per share is kept in units of `1 / SCALE` of the
/// asset's smallest unit. With at most `SCALE` shares in a class, a holder's rounding loss is
/// below two units over any holding period (`docs/pallets/model-shares.md#exactness`).
pub const SCALE: u128 = 1_000_000_000_000;

/// The native token's balance type (assets share it).
pub type BalanceOf<T> =
	<<T as Config>::Currency as Inspect<<T as frame_system::Config>::AccountId>>::Balance;
/// A share class as the pallet stores it.
pub type ClassOf<T> =
	ShareClass<<T as frame_system::Config>::AccountId, BalanceOf<T>, <T as Config>::MaxAssets>;
/// A holding as the pallet stores it.
pub type HoldingOf<T> = Holding<<T as Config>::MaxAssets>;
/// An offer as the pallet stores it.
pub type OfferOf<T> = Offer<BalanceOf<T>>;

/// One asset's income of one model: an accumulator of income per share.
#[derive(
	Clone, Copy, PartialEq, Eq, Encode, Decode, MaxEncodedLen, TypeInfo, Debug, serde::Serialize,
)]
#[serde(rename_all = "camelCase")]
pub struct Pool<Balance> {
	/// What the income is paid in.
	pub asset: PaymentAsset,
	/// Income per share since the class was issued, times [`SCALE`], rounded down.
	pub per_share: u128,
	/// What the last division left over, times [`SCALE`]: added to the next payment, so that no
	/// part of a payment is lost to rounding.
	pub carry: u128,
	/// Everything credited to the pool.
	pub income: Balance,
	/// What the pool still holds: credited, less claimed, less burned. The pallet's account
	/// holds it.
	pub pot: Balance,
	/// How many times the pool was burned: entitlements of an earlier epoch are void.
	pub epoch: u32,
	/// `per_share` when the pool was last burned: what accrued before it was burned with it.
	pub burned_at: u128,
}

impl<Balance: Default> Pool<Balance> {
	/// An empty pool of `asset`.
	pub fn new(asset: PaymentAsset) -> Self {
		Self {
			asset,
			per_share: 0,
			carry: 0,
			income: Default::default(),
			pot: Default::default(),
			epoch: 0,
			burned_at: 0,
		}
	}
}

/// A model's shares: a fixed supply, and one income pool per asset its income was paid in.
#[derive(Clone, PartialEq, Eq, Encode, Decode, MaxEncodedLen, TypeInfo, Debug)]
#[scale_info(skip_type_params(MaxAssets))]
pub struct ShareClass<AccountId, Balance, MaxAssets: frame_support::traits::Get<u32>> {
	/// Who issued them (the model's income owner at the time).
	pub issuer: AccountId,
	/// How many shares exist; fixed until the class is redeemed.
	pub supply: Shares,
	/// How many accounts hold shares.
	pub holders: u32,
	/// How many holdings are stored: the holders, and former holders with income to claim.
	pub entries: u32,
	/// The income pools, one per asset.
	pub pools: BoundedVec<Pool<Balance>, MaxAssets>,
}

/// What one holder is owed from one pool.
#[derive(Clone, Copy, PartialEq, Eq, Encode, Decode, MaxEncodedLen, TypeInfo, Debug)]
pub struct Entitlement {
	/// The pool's asset.
	pub asset: PaymentAsset,
	/// The pool's `per_share` when the holding was last settled.
	pub snapshot: u128,
	/// Settled and not yet claimed, times [`SCALE`]: claims pay the whole units.
	pub owed: u128,
	/// The pool's epoch when it was last settled.
	pub epoch: u32,
}

/// One account's shares of one model, and what it is owed from each pool.
#[derive(Clone, PartialEq, Eq, Encode, Decode, MaxEncodedLen, TypeInfo, Debug)]
#[scale_info(skip_type_params(MaxAssets))]
pub struct Holding<MaxAssets: frame_support::traits::Get<u32>> {
	/// The shares.
	pub shares: Shares,
	/// Per pool: the snapshot and what is owed.
	pub entitlements: BoundedVec<Entitlement, MaxAssets>,
}

impl<MaxAssets: frame_support::traits::Get<u32>> Default for Holding<MaxAssets> {
	fn default() -> Self {
		Self { shares: 0, entitlements: BoundedVec::new() }
	}
}

/// Shares a holder offers for sale.
#[derive(
	Clone, Copy, PartialEq, Eq, Encode, Decode, MaxEncodedLen, TypeInfo, Debug, serde::Serialize,
)]
#[serde(rename_all = "camelCase")]
pub struct Offer<Balance> {
	/// How many shares are still offered.
	pub amount: Shares,
	/// What the price is paid in.
	pub asset: PaymentAsset,
	/// The price of one share.
	pub price: Balance,
}

/// A holder's view of one holding, for `shares_of`.
#[derive(Clone, PartialEq, Eq, Encode, Decode, TypeInfo, Debug, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct HoldingView<Balance> {
	/// The model.
	pub model: atelier_primitives::models::ModelId,
	/// The holder's shares.
	pub shares: Shares,
	/// The class's supply.
	pub supply: Shares,
	/// What the holder may claim now, per asset (whole units, settled to the queried block).
	pub claimable: alloc::vec::Vec<(PaymentAsset, Balance)>,
}

/// One pool, for `model_shares`.
#[derive(Clone, PartialEq, Eq, Encode, Decode, TypeInfo, Debug, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PoolView<Balance> {
	/// What the income is paid in.
	pub asset: PaymentAsset,
	/// Everything paid to the shareholders.
	pub income: Balance,
	/// What is not yet claimed.
	pub unclaimed: Balance,
}

/// A model's shares, for `model_shares`.
#[derive(Clone, PartialEq, Eq, Encode, Decode, TypeInfo, Debug, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ClassView<AccountId, Balance> {
	/// Who issued them.
	pub issuer: AccountId,
	/// How many exist.
	pub supply: Shares,
	/// How many accounts hold some.
	pub holders: u32,
	/// The least a holding may be.
	pub min_holding: Shares,
	/// The income pools.
	pub pools: alloc::vec::Vec<PoolView<Balance>>,
}
