//! # Model shares
//!
//! A model's income owner issues a fixed number of fungible shares of the model's income; from
//! then on every payment that would go to the owner (its part of licensing fees from compute
//! jobs, down its lineage too, and of royalties on sales of outputs made with it or with models
//! fine-tuned from it) is paid into the model's share pool and divided among the shareholders pro
//! rata.
//!
//! - **An accumulator**: each pool keeps its income per share; a holding keeps the pool's value
//!   when it was last settled and what it is owed. A payment costs the same for 2 holders or
//!   20 000, and each holder claims when it likes.
//! - **Settlement first**: every change of a holding (`transfer`, `buy`) settles both sides'
//!   accruals before any share moves, so a holder receives exactly what was paid while it held.
//! - **Its own ledger**: `transfer`, and a market of per-share offers in ATL or an accepted
//!   asset (`offer`, `cancel_offer`, `buy`). Holdings are at least `supply / MaxHolders` shares,
//!   so a class never has more than `MaxHolders` holders and dust holdings cannot fill it.
//! - **The model's risks stay**: claims wait while a challenge is open in the model's lineage,
//!   and a violation upheld with burning burns the pools with the model's royalty pots.
//! - **Redemption**: the holder of every share ends the class and becomes the model's income
//!   owner.
//!
//! `docs/pallets/model-shares.md` gives the arithmetic, its bounds and why this ledger.

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

extern crate alloc;

#[cfg(feature = "runtime-benchmarks")]
pub mod benchmarking;
mod features;
mod impl_model_income;
mod impl_royalty_pots;
#[cfg(test)]
mod mock;
#[cfg(test)]
mod tests;
pub mod types;
pub mod weights;

pub use atelier_primitives::{
	models::{ModelId, ModelRegistry},
	provenance::RoyaltyGate,
	AssetId,
};
pub use pallet::*;
pub use types::*;
pub use weights::WeightInfo;

// FRAME's pallet macro expands `expect`s (storage and error metadata) into this module.
#[allow(clippy::expect_used)]
#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use frame_support::{
		pallet_prelude::*,
		traits::{fungible, fungibles, tokens::Balance as BalanceT, Contains},
		PalletId,
	};
	use frame_system::pallet_prelude::*;

	/// The in-code storage version.
	pub const STORAGE_VERSION: StorageVersion = StorageVersion::new(0);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	#[pallet::config]
	pub trait Config: frame_system::Config {
		/// The native token.
		type Currency: fungible::Inspect<Self::AccountId, Balance: BalanceT + From<u64>>
			+ fungible::Mutate<Self::AccountId>;
		/// Assets of `pallet-assets`, in the native token's balance type.
		type Assets: fungibles::Inspect<Self::AccountId, AssetId = AssetId, Balance = BalanceOf<Self>>
			+ fungibles::Mutate<Self::AccountId>;
		/// The assets an offer may be priced in, besides the native token.
		type AcceptedAssets: Contains<AssetId>;
		/// The pallet's id; its account holds the pools until shareholders claim them.
		#[pallet::constant]
		type PalletId: Get<PalletId>;
		/// Models: whether they exist, and their owners (provenance).
		type Models: ModelRegistry<Self::AccountId>;
		/// Whether a model's income may be paid out: attestation freezes it while a challenge
		/// is open in the model's lineage and burns it after a violation upheld with burning.
		type Gate: RoyaltyGate;
		/// The most shares a class may have (at most [`SCALE`], for the accumulator's bound).
		#[pallet::constant]
		type MaxSupply: Get<Shares>;
		/// The most accounts that hold shares of one model: a holding is at least
		/// `supply / MaxHolders` shares, rounded up.
		#[pallet::constant]
		type MaxHolders: Get<u32>;
		/// The most assets one model's income is paid in (the native token and the accepted
		/// assets).
		#[pallet::constant]
		type MaxAssets: Get<u32>;
		/// Weights of the dispatchables and of a credit, from the benchmarks.
		type WeightInfo: WeightInfo;
		/// Sets up what the benchmarks need from other pallets.
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: benchmarking::BenchmarkHelper<Self::AccountId>;
	}

	/// Each model's shares. Twox64 is safe: model ids are sequential, not chosen by users.
	#[pallet::storage]
	pub type Classes<T: Config> = StorageMap<_, Twox64Concat, ModelId, ClassOf<T>>;

	/// Each account's holdings, by model: an account's holdings are one prefix (`shares_of`).
	#[pallet::storage]
	pub type Holdings<T: Config> =
		StorageDoubleMap<_, Blake2_128Concat, T::AccountId, Twox64Concat, ModelId, HoldingOf<T>>;

	/// Shares offered for sale, one offer per model and holder.
	#[pallet::storage]
	pub type Offers<T: Config> =
		StorageDoubleMap<_, Twox64Concat, ModelId, Blake2_128Concat, T::AccountId, OfferOf<T>>;

	/// The income owner of a model whose shares were redeemed by an account other than its
	/// owner in provenance: that account takes the owner's part of the model's income.
	#[pallet::storage]
	pub type IncomeOwners<T: Config> = StorageMap<_, Twox64Concat, ModelId, T::AccountId>;

	/// The sum of every pool's pot in each asset: what the pallet's account owes.
	#[pallet::storage]
	pub type TotalPots<T: Config> =
		StorageMap<_, Twox64Concat, PaymentAsset, BalanceOf<T>, ValueQuery>;

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// A model's income owner issued its shares, all to itself.
		Issued {
			/// The model.
			model: ModelId,
			/// The issuer.
			issuer: T::AccountId,
			/// How many.
			supply: Shares,
		},
		/// Shares moved (both sides' income settled first).
		Transferred {
			/// The model.
			model: ModelId,
			/// From.
			from: T::AccountId,
			/// To.
			to: T::AccountId,
			/// How many.
			amount: Shares,
		},
		/// Income was paid into a model's share pool.
		IncomeCredited {
			/// The model.
			model: ModelId,
			/// In what.
			asset: PaymentAsset,
			/// How much.
			amount: BalanceOf<T>,
		},
		/// A holder's income was paid out.
		Claimed {
			/// The model.
			model: ModelId,
			/// Who received it.
			holder: T::AccountId,
			/// In what.
			asset: PaymentAsset,
			/// How much.
			amount: BalanceOf<T>,
		},
		/// A model's pool was burned with its royalty pots: a violation upheld with burning.
		PoolBurned {
			/// The model.
			model: ModelId,
			/// In what.
			asset: PaymentAsset,
			/// How much: the asset's total issuance fell by exactly this.
			amount: BalanceOf<T>,
		},
		/// A holder offered shares for sale.
		Offered {
			/// The model.
			model: ModelId,
			/// The seller.
			seller: T::AccountId,
			/// How many.
			amount: Shares,
			/// What the price is paid in.
			asset: PaymentAsset,
			/// The price of one share.
			price: BalanceOf<T>,
		},
		/// An offer shrank because its seller moved shares away: it offers no more than the
		/// seller holds.
		OfferReduced {
			/// The model.
			model: ModelId,
			/// The seller.
			seller: T::AccountId,
			/// How many shares it offers now.
			amount: Shares,
		},
		/// An offer was withdrawn, or ended because its seller moved every share away.
		OfferCancelled {
			/// The model.
			model: ModelId,
			/// The seller.
			seller: T::AccountId,
		},
		/// Shares were bought from an offer.
		Bought {
			/// The model.
			model: ModelId,
			/// The seller.
			seller: T::AccountId,
			/// The buyer.
			buyer: T::AccountId,
			/// How many.
			amount: Shares,
			/// What was paid in.
			asset: PaymentAsset,
			/// What the buyer paid the seller.
			cost: BalanceOf<T>,
		},
		/// Every share was gathered and the class ended; the redeemer owns the model's income.
		Redeemed {
			/// The model.
			model: ModelId,
			/// The model's income owner from now on.
			owner: T::AccountId,
		},
	}

	#[pallet::error]
	pub enum Error<T> {
		/// The model does not exist.
		UnknownModel,
		/// Only the model's income owner may issue its shares.
		NotIncomeOwner,
		/// The model's shares are already issued.
		AlreadyIssued,
		/// The supply must be between 1 and `MaxSupply`.
		SupplyOutOfRange,
		/// The model has no shares.
		NoShares,
		/// The amount must be above zero.
		ZeroAmount,
		/// Shares move between two different accounts.
		SelfTransfer,
		/// The account holds fewer shares than that.
		InsufficientShares,
		/// A holding must be zero or at least the class's minimum holding (`supply /
		/// MaxHolders`, rounded up): move more, or all of it.
		BelowMinHolding,
		/// The class has `MaxHolders` holders.
		TooManyHolders,
		/// Nothing is owed to this account from this model's pools.
		NothingToClaim,
		/// A challenge is open in the model's lineage, or a violation locks it: the income waits
		/// until it closes or the lock ends.
		ClaimFrozen,
		/// Only an account holding every share may redeem them.
		NotAllShares,
		/// Former holders still have income to claim: claim it for them (`claim` names any
		/// holder), then redeem.
		UnclaimedHolders,
		/// The price must be above zero.
		ZeroPrice,
		/// Prices in this asset are not accepted.
		AssetNotAccepted,
		/// The seller has no offer of this model's shares.
		NoOffer,
		/// The offer is priced in another asset than the one the buyer agreed to pay in.
		AssetMismatch,
		/// The offer's price is above the most the buyer agreed to pay.
		PriceAboveMax,
		/// The offer has fewer shares than that.
		AboveOffer,
		/// A seller cannot buy from itself.
		BuyerIsSeller,
		/// The amount cannot be accounted (an overflow of the accumulator).
		Overflow,
		/// The model's income is paid in `MaxAssets` assets already.
		TooManyAssets,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn integrity_test() {
			assert!(T::MaxSupply::get() > 0, "a class must be able to have a share");
			assert!(
				u128::from(T::MaxSupply::get()) <= SCALE,
				"the accumulator's rounding bound needs at most SCALE shares"
			);
			assert!(T::MaxHolders::get() > 0, "a class must be able to have a holder");
			assert!(T::MaxAssets::get() > 0, "income must be payable in the native token");
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Issue a model's shares, all to the caller. From then on the owner's part of the
		/// model's income goes to its shareholders.
		///
		/// - Origin: signed, the model's income owner (its owner in provenance, or whoever
		///   redeemed its shares last).
		/// - `supply`: between 1 and `MaxSupply`; fixed until the class is redeemed.
		///
		/// Errors: [`Error::UnknownModel`], [`Error::NotIncomeOwner`], [`Error::AlreadyIssued`],
		/// [`Error::SupplyOutOfRange`].
		///
		/// Emits: [`Event::Issued`].
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::issue())]
		pub fn issue(origin: OriginFor<T>, model: ModelId, supply: Shares) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_issue(who, model, supply)
		}

		/// Move shares to another account, settling both sides' income first.
		///
		/// - Origin: signed, the holder.
		/// - `amount`: above zero; both holdings end at zero or at least the minimum holding.
		///
		/// Errors: [`Error::NoShares`], [`Error::ZeroAmount`], [`Error::SelfTransfer`],
		/// [`Error::InsufficientShares`], [`Error::BelowMinHolding`],
		/// [`Error::TooManyHolders`].
		///
		/// Emits: [`Event::Transferred`]; [`Event::OfferReduced`] or [`Event::OfferCancelled`]
		/// when the sender's offer was larger than what it keeps.
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::transfer())]
		pub fn transfer(
			origin: OriginFor<T>,
			model: ModelId,
			to: T::AccountId,
			amount: Shares,
		) -> DispatchResult {
			let from = ensure_signed(origin)?;
			Self::do_transfer(model, &from, &to, amount)
		}

		/// Pay out what `holder` is owed from `model`'s pools, in every asset. If a violation
		/// upheld with burning taints the model's lineage, burn the pools instead.
		///
		/// - Origin: signed, anyone: the income goes to `holder` (a claim is not reported to
		///   reputation, so its timing gains no one anything), so that a former holder's
		///   unclaimed income cannot block a redemption.
		///
		/// Errors: [`Error::NoShares`], [`Error::NothingToClaim`], [`Error::ClaimFrozen`], or the
		/// asset's own error when the payout cannot be made (an amount below the asset's
		/// minimum balance to a new account).
		///
		/// Emits: [`Event::Claimed`] per asset, or [`Event::PoolBurned`].
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::claim())]
		pub fn claim(origin: OriginFor<T>, model: ModelId, holder: T::AccountId) -> DispatchResult {
			ensure_signed(origin)?;
			Self::do_claim(model, &holder)
		}

		/// End a model's shares: the caller, holding every share, receives what the pools still
		/// hold and becomes the model's income owner.
		///
		/// - Origin: signed, the holder of every share.
		///
		/// Errors: [`Error::NoShares`], [`Error::NotAllShares`], [`Error::UnclaimedHolders`],
		/// [`Error::ClaimFrozen`].
		///
		/// Emits: [`Event::Claimed`] per asset (or [`Event::PoolBurned`]), [`Event::Redeemed`].
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::redeem())]
		pub fn redeem(origin: OriginFor<T>, model: ModelId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_redeem(model, who)
		}

		/// Offer shares for sale at a price per share; a new offer replaces the caller's earlier
		/// one. The shares stay the caller's until bought.
		///
		/// - Origin: signed, the holder.
		///
		/// Errors: [`Error::NoShares`], [`Error::ZeroAmount`], [`Error::ZeroPrice`],
		/// [`Error::AssetNotAccepted`], [`Error::InsufficientShares`].
		///
		/// Emits: [`Event::Offered`].
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::offer())]
		pub fn offer(
			origin: OriginFor<T>,
			model: ModelId,
			amount: Shares,
			asset: PaymentAsset,
			price: BalanceOf<T>,
		) -> DispatchResult {
			let seller = ensure_signed(origin)?;
			Self::do_offer(model, seller, amount, asset, price)
		}

		/// Withdraw the caller's offer.
		///
		/// - Origin: signed, the seller.
		///
		/// Errors: [`Error::NoOffer`].
		///
		/// Emits: [`Event::OfferCancelled`].
		#[pallet::call_index(5)]
		#[pallet::weight(T::WeightInfo::cancel_offer())]
		pub fn cancel_offer(origin: OriginFor<T>, model: ModelId) -> DispatchResult {
			let seller = ensure_signed(origin)?;
			Self::do_cancel_offer(model, seller)
		}

		/// Buy shares from an offer: pay `amount × price` to the seller and receive the shares
		/// (both sides' income settled first).
		///
		/// - Origin: signed, the buyer, who must keep its account alive after paying.
		/// - `asset`, `max_price`: what the buyer agrees to pay in, and the most per share.
		///
		/// Errors: [`Error::NoOffer`], [`Error::AssetMismatch`], [`Error::PriceAboveMax`],
		/// [`Error::AboveOffer`], [`Error::BuyerIsSeller`], [`Error::Overflow`], the errors of
		/// [`Pallet::transfer`], or the asset's own error when the buyer cannot pay.
		///
		/// Emits: [`Event::Bought`], [`Event::Transferred`].
		#[pallet::call_index(6)]
		#[pallet::weight(T::WeightInfo::buy())]
		pub fn buy(
			origin: OriginFor<T>,
			model: ModelId,
			seller: T::AccountId,
			amount: Shares,
			asset: PaymentAsset,
			max_price: BalanceOf<T>,
		) -> DispatchResult {
			let buyer = ensure_signed(origin)?;
			Self::do_buy(model, seller, buyer, amount, asset, max_price)
		}
	}

	impl<T: Config> Pallet<T> {
		/// The pallet's account: it holds the pools.
		pub fn account_id() -> T::AccountId {
			use sp_runtime::traits::AccountIdConversion;
			T::PalletId::get().into_account_truncating()
		}
	}
}
