//! # Royalties
//!
//! Every sale of an output pays, atomically and perpetually, everyone in its lineage.
//!
//! - **Policies**: when provenance mints an output it registers the output's royalty policy
//!   here (through [`RoyaltyPolicies`]): the creator's share, the model lineage's share (split
//!   among the model's licensees), the parents' share (split equally among the parents, each
//!   part along that parent's own policy), and the reserve's share. The stack is capped
//!   protocol-wide (`MaxRoyaltyStack`); a deeper lineage shares the same stack rather than
//!   growing it. The policy is flattened at mint into at most `MaxRecipients` accounts, so a
//!   sale costs the same whatever the lineage's depth.
//! - **Marketplace**: `list`, `unlist` and `buy`, priced in the native token or an accepted
//!   asset (the stablecoin). Every `list` makes a listing with a new id, and `buy` names the id,
//!   the asset and the most it pays, so a listing changed after the buyer saw it (a new price,
//!   another asset) fails the purchase instead of charging the buyer. A purchase pays the seller,
//!   the reserve and the recipients and moves the NFT in one transaction.
//! - **External sales**: for sales paid elsewhere the seller records the sale
//!   (`record_external_sale`) and the buyer accepts it (`accept_external_sale`), naming the same
//!   asset and price. Then the seller pays the stack on the declared price, at least the
//!   protocol's minimum royalty, and the NFT moves to the buyer. Nobody receives an output they
//!   did not accept, and an external sale is never a free transfer.
//! - **Pull-based payouts**: recipients' amounts accrue in the pallet's account and each recipient
//!   `claim`s them. A sale therefore never fails because one recipient's account cannot receive
//!   (a dust amount below the existential deposit, a missing asset account), and writing an
//!   accrual costs less than a transfer.
//! - **Exact amounts**: `seller_proceeds + reserve + Σ payouts == price`; every rounding remainder
//!   goes to the reserve.
//!
//! `docs/pallets/royalties.md` gives the formulas and every parameter.

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
mod impl_royalty_policies;
mod impl_royalty_pots;
pub mod migrations;
#[cfg(test)]
mod mock;
#[cfg(test)]
mod tests;
pub mod types;
pub mod weights;

pub use atelier_primitives::{
	activity::{Creation, Observer},
	models::{ModelId, ModelRegistry},
	provenance::{ClaimState, OutputId, OutputRegistry, RoyaltyGate, RoyaltyPolicies},
	AssetId,
};
pub use pallet::*;
pub use types::*;
pub use weights::WeightInfo;

// FRAME's pallet macro expands `expect`s (storage and error metadata) and dispatchables with
// many arguments into this module. The code written here stays thin; its own `expect`s are
// genesis checks, which must panic on a bad genesis, each with its reason.
#[allow(clippy::expect_used, clippy::too_many_arguments)]
#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use atelier_primitives::activity::Metrics as _;
	use frame_support::{
		pallet_prelude::*,
		traits::{fungible, fungibles, tokens::Balance as BalanceT, Contains},
		PalletId,
	};
	use frame_system::pallet_prelude::*;
	use sp_runtime::{traits::Convert, Perbill};

	/// The in-code storage version: 1 gave listings their ids, 2 kept accruals by model, 3
	/// names policies' payees ([`crate::migrations`]).
	pub const STORAGE_VERSION: StorageVersion = StorageVersion::new(3);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	#[pallet::config]
	pub trait Config: frame_system::Config {
		// Money.
		/// The native token.
		type Currency: fungible::Inspect<Self::AccountId, Balance: BalanceT>
			+ fungible::Mutate<Self::AccountId>;
		/// Assets of `pallet-assets`, in the native token's balance type.
		type Assets: fungibles::Inspect<Self::AccountId, AssetId = AssetId, Balance = BalanceOf<Self>>
			+ fungibles::Mutate<Self::AccountId>;
		/// The assets a price may be set in, besides the native token.
		type AcceptedAssets: Contains<AssetId>;
		/// The pallet's id; its account holds accrued royalties until they are claimed.
		#[pallet::constant]
		type PalletId: Get<PalletId>;
		/// The protocol's purse, which names the treasury reserve's account (a sale's reserve
		/// share is paid there from the buyer's free balance, in the sale's asset).
		type Purse: atelier_primitives::purse::ProtocolReserve<Self::AccountId>;

		// Seams to other pallets.
		/// Outputs: their owner, their model, and the one way their NFT moves (provenance).
		type Outputs: OutputRegistry<Self::AccountId>;
		/// Models: whether they may earn, and their licensees (provenance).
		type Models: ModelRegistry<Self::AccountId>;
		/// Where a model owner's part of a sale goes: the model's shareholders once it has
		/// issued shares, else its owner (model shares).
		type Income: atelier_primitives::models::ModelIncome<Self::AccountId>;
		/// Told of every sale (credited to the output's creator) and every claim (reputation).
		type Observer: Observer<Self::AccountId>;
		/// Told of each sale on chain (the model's demand) and of its buyer and seller (the
		/// reserve's metrics).
		type Metrics: atelier_primitives::activity::Metrics<Self::AccountId>;
		/// Whether the royalties accrued from a model's outputs may be paid out: attestation
		/// freezes them while a challenge is open in the model's lineage and burns them after
		/// a major violation.
		type Gate: RoyaltyGate;

		// The royalty stack.
		/// The cap on an output's whole royalty stack, to protect buyers.
		#[pallet::constant]
		type MaxRoyaltyStack: Get<Perbill>;
		/// The model lineage's share of every sale, split among the model's licensees.
		#[pallet::constant]
		type ModelShare: Get<Perbill>;
		/// The parents' share of every sale of a remix, split equally among its parents and each
		/// part along that parent's policy.
		#[pallet::constant]
		type ParentShare: Get<Perbill>;
		/// The reserve's share of every sale.
		#[pallet::constant]
		type ReserveShare: Get<Perbill>;
		/// The most accounts a sale pays; the smallest shares beyond go to the reserve.
		#[pallet::constant]
		type MaxRecipients: Get<u32>;
		/// The least royalty an external sale pays in each asset, whatever price is declared:
		/// what the stack on the declared price falls short of goes to the reserve.
		type MinExternalRoyalty: Convert<PaymentAsset, BalanceOf<Self>>;

		/// Weights of the dispatchables, from the benchmarks.
		type WeightInfo: WeightInfo;

		/// Sets up what the benchmarks need from other pallets.
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: benchmarking::BenchmarkHelper<Self::AccountId>;
	}

	/// Each output's royalty policy, registered at mint. Twox64 is safe: output ids are
	/// sequential, not chosen by users.
	#[pallet::storage]
	pub type Policies<T: Config> = StorageMap<_, Twox64Concat, OutputId, PolicyOf<T>>;

	/// Outputs for sale.
	#[pallet::storage]
	pub type Listings<T: Config> = StorageMap<_, Twox64Concat, OutputId, ListingOf<T>>;

	/// The id the next listing gets.
	#[pallet::storage]
	pub type NextListingId<T: Config> = StorageValue<_, ListingId, ValueQuery>;

	/// External sales recorded by their sellers and not yet accepted by their buyers: at most one
	/// per output, dropped whenever the output moves.
	#[pallet::storage]
	pub type ExternalSales<T: Config> = StorageMap<_, Twox64Concat, OutputId, ExternalSaleOf<T>>;

	/// Royalties accrued to each account in each asset from the sales of each model's outputs,
	/// held in the pallet's account until claimed. Keyed by model so that a violation in a
	/// model's lineage freezes or burns exactly what its outputs earned.
	#[pallet::storage]
	pub type Accrued<T: Config> = StorageNMap<
		_,
		(
			NMapKey<Blake2_128Concat, T::AccountId>,
			NMapKey<Twox64Concat, PaymentAsset>,
			NMapKey<Twox64Concat, ModelId>,
		),
		Accrual<BalanceOf<T>>,
		ValueQuery,
	>;

	/// Each model's unclaimed accruals in each asset, and its epoch (see [`Pot`]).
	#[pallet::storage]
	pub type Pots<T: Config> = StorageDoubleMap<
		_,
		Twox64Concat,
		ModelId,
		Twox64Concat,
		PaymentAsset,
		Pot<BalanceOf<T>>,
		ValueQuery,
	>;

	/// The sum of [`Accrued`] in each asset: what the pallet's account owes.
	#[pallet::storage]
	pub type TotalAccrued<T: Config> =
		StorageMap<_, Twox64Concat, PaymentAsset, BalanceOf<T>, ValueQuery>;

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// An output's royalty policy was registered at its mint.
		PolicyRegistered {
			/// The output.
			output: OutputId,
			/// The whole royalty stack.
			stack: Perbill,
			/// How many accounts each sale pays.
			recipients: u32,
		},
		/// An output was listed for sale.
		Listed {
			/// The output.
			output: OutputId,
			/// The listing's id, which `buy` names.
			listing: ListingId,
			/// Its owner.
			seller: T::AccountId,
			/// What the price is paid in.
			asset: PaymentAsset,
			/// The price.
			price: BalanceOf<T>,
		},
		/// A listing was withdrawn.
		Unlisted {
			/// The output.
			output: OutputId,
		},
		/// A seller recorded a sale paid outside the chain; the output moves when the buyer
		/// accepts it with `accept_external_sale`.
		ExternalSaleRecorded {
			/// The output.
			output: OutputId,
			/// Its owner, who pays the royalties on acceptance.
			seller: T::AccountId,
			/// Who must accept it.
			buyer: T::AccountId,
			/// What the declared price was paid in.
			asset: PaymentAsset,
			/// The declared price.
			price: BalanceOf<T>,
		},
		/// A recorded external sale was withdrawn by its seller or declined by its buyer.
		ExternalSaleCancelled {
			/// The output.
			output: OutputId,
		},
		/// An output was sold: the seller, the reserve and the lineage were paid and the NFT
		/// moved to the buyer.
		Sold {
			/// The output.
			output: OutputId,
			/// Who sold it.
			seller: T::AccountId,
			/// Who bought it.
			buyer: T::AccountId,
			/// What the price was paid in.
			asset: PaymentAsset,
			/// The price.
			price: BalanceOf<T>,
			/// The royalty stack paid out of the price (to the reserve and the recipients).
			royalties: BalanceOf<T>,
			/// Whether the price was paid outside the chain (`record_external_sale`).
			external: bool,
		},
		/// Accrued royalties were paid out.
		Claimed {
			/// Who received them.
			beneficiary: T::AccountId,
			/// In what.
			asset: PaymentAsset,
			/// From the sales of which model's outputs.
			model: ModelId,
			/// How much.
			amount: BalanceOf<T>,
		},
		/// Every royalty accrued and unclaimed from a model's outputs in `asset` was burned: a
		/// major violation taints the model's lineage.
		PotBurned {
			/// The model.
			model: ModelId,
			/// In what.
			asset: PaymentAsset,
			/// How much: the asset's total issuance fell by exactly this.
			amount: BalanceOf<T>,
		},
	}

	#[pallet::error]
	pub enum Error<T> {
		/// The output does not exist.
		UnknownOutput,
		/// The output has no royalty policy (it was not minted through provenance).
		NoPolicy,
		/// A policy for this output already exists.
		PolicyExists,
		/// The creator's share with the protocol's lineage shares exceeds the royalty cap.
		RoyaltyStackTooHigh,
		/// Only the output's owner may do this.
		NotOwner,
		/// The output is not listed.
		NotListed,
		/// The price must be above zero.
		ZeroPrice,
		/// Prices in this asset are not accepted.
		AssetNotAccepted,
		/// The output's model may not earn (a dataset in its lineage is not cleared), so its
		/// outputs may not be sold.
		NotMonetizable,
		/// The listing's price is above the most the buyer agreed to pay.
		PriceAboveMax,
		/// The output was listed again (another price, asset or seller) after the buyer saw the
		/// listing they name: read the current listing and buy that one if it suits.
		ListingChanged,
		/// The listing is priced in another asset than the one the buyer agreed to pay in.
		AssetMismatch,
		/// No external sale of this output is waiting for acceptance.
		NoExternalSale,
		/// Only the buyer named in the external sale may accept it.
		NotBuyer,
		/// Only the beneficiary claims its royalties (sign the claim with its account).
		NotBeneficiary,
		/// The recorded external sale has another asset or price than the one accepted: read the
		/// recorded sale and accept it only if it matches what was paid.
		ExternalSaleChanged,
		/// Only the external sale's seller or buyer may cancel it.
		NotParty,
		/// The seller cannot buy from themself.
		BuyerIsSeller,
		/// Nothing has accrued to this account in this asset from this model's outputs.
		NothingToClaim,
		/// A challenge is open in the model's lineage, or a minor violation locks it: the
		/// royalties wait until it closes or the lock ends.
		ClaimFrozen,
		/// The accrual was burned with its model's pot (a major violation in the lineage).
		AccrualBurned,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn integrity_test() {
			let fixed = [T::ModelShare::get(), T::ParentShare::get(), T::ReserveShare::get()]
				.iter()
				.map(|share| u64::from(share.deconstruct()))
				.sum::<u64>();
			assert!(
				fixed <= u64::from(T::MaxRoyaltyStack::get().deconstruct()),
				"the protocol's own shares exceed the royalty cap: no creator could mint"
			);
			assert!(
				T::MaxRoyaltyStack::get() < Perbill::one(),
				"a 100% royalty stack leaves the seller nothing"
			);
			assert!(T::MaxRecipients::get() > 0, "a sale must be able to pay the creator");
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// List an output for sale.
		///
		/// - Origin: signed, the output's owner.
		/// - `asset`: what the price is paid in: the native token or an accepted asset.
		/// - `price`: above zero. Listing again replaces the earlier listing (with a new id).
		///
		/// Errors: [`Error::ZeroPrice`], [`Error::AssetNotAccepted`], [`Error::UnknownOutput`],
		/// [`Error::NotOwner`], [`Error::NoPolicy`], [`Error::NotMonetizable`].
		///
		/// Emits: [`Event::Listed`].
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::list())]
		pub fn list(
			origin: OriginFor<T>,
			output: OutputId,
			asset: PaymentAsset,
			price: BalanceOf<T>,
		) -> DispatchResult {
			let seller = ensure_signed(origin)?;
			Self::do_list(seller, output, asset, price)
		}

		/// Withdraw a listing.
		///
		/// - Origin: signed, the seller.
		///
		/// Errors: [`Error::NotListed`], [`Error::NotOwner`].
		///
		/// Emits: [`Event::Unlisted`].
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::unlist())]
		pub fn unlist(origin: OriginFor<T>, output: OutputId) -> DispatchResult {
			let seller = ensure_signed(origin)?;
			Self::do_unlist(seller, output)
		}

		/// Buy a listed output: pay the listing's price, split between the seller, the reserve
		/// and the output's royalty recipients, and receive the NFT.
		///
		/// - Origin: signed, the buyer, who must keep its account alive after paying.
		/// - `listing`: the id of the listing the buyer saw ([`Event::Listed`], or the
		///   `Listings` entry); any later `list` of the output gives it another id.
		/// - `asset`: what the buyer agrees to pay in.
		/// - `max_price`: the most the buyer pays, in `asset`.
		///
		/// Errors: [`Error::NotListed`], [`Error::ListingChanged`], [`Error::AssetMismatch`],
		/// [`Error::PriceAboveMax`], [`Error::BuyerIsSeller`], [`Error::AssetNotAccepted`],
		/// [`Error::NotOwner`], [`Error::NotMonetizable`], [`Error::NoPolicy`], or the asset's
		/// own error when the buyer cannot pay.
		///
		/// Emits: [`Event::Sold`].
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::buy(T::MaxRecipients::get())
			.saturating_add(T::Metrics::max_weight().saturating_mul(3))
			.saturating_add(Pallet::<T>::credits_weight(T::MaxRecipients::get(), T::MaxRecipients::get())))]
		pub fn buy(
			origin: OriginFor<T>,
			output: OutputId,
			listing: ListingId,
			asset: PaymentAsset,
			max_price: BalanceOf<T>,
		) -> DispatchResultWithPostInfo {
			let buyer = ensure_signed(origin)?;
			let (recipients, payees, shared, reported) =
				Self::do_buy(buyer, output, listing, asset, max_price)?;
			let metrics = T::Metrics::max_weight().saturating_mul(3);
			Ok(Some(
				Self::refund_report(T::WeightInfo::buy(recipients), reported)
					.saturating_add(metrics)
					.saturating_add(Self::credits_weight(payees, shared)),
			)
			.into())
		}

		/// Record a sale paid outside the chain. Nothing moves until the buyer accepts it with
		/// [`Pallet::accept_external_sale`]; a second record of the same output replaces the
		/// first.
		///
		/// - Origin: signed, the output's owner (the seller), who pays the royalties on
		///   acceptance.
		/// - `buyer`: who receives the NFT once they accept.
		/// - `asset`, `price`: the declared price (above zero). The royalties are the stack on
		///   it, and at least the protocol's minimum royalty in `asset`.
		///
		/// Errors: [`Error::ZeroPrice`], [`Error::BuyerIsSeller`], [`Error::AssetNotAccepted`],
		/// [`Error::UnknownOutput`], [`Error::NotOwner`], [`Error::NoPolicy`],
		/// [`Error::NotMonetizable`].
		///
		/// Emits: [`Event::ExternalSaleRecorded`].
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::record_external_sale())]
		pub fn record_external_sale(
			origin: OriginFor<T>,
			output: OutputId,
			buyer: T::AccountId,
			asset: PaymentAsset,
			price: BalanceOf<T>,
		) -> DispatchResult {
			let seller = ensure_signed(origin)?;
			Self::do_record_external_sale(seller, output, buyer, asset, price)
		}

		/// Pay out what has accrued to `beneficiary` in `asset` from the sales of `model`'s
		/// outputs. If a major violation taints the model's lineage, burn the model's whole pot
		/// instead (and pay nothing).
		///
		/// - Origin: signed, the `beneficiary` itself. A claim credits the beneficiary's
		///   reputation under its daily cap, so no one else chooses when it is made (a claim
		///   timed after the cap is reached would waste its points).
		/// - `model`: the model whose outputs' sales the royalties came from
		///   (`types::UNATTRIBUTED` for those accrued before accruals were kept by model).
		///
		/// Errors: [`Error::NotBeneficiary`], [`Error::NothingToClaim`],
		/// [`Error::AccrualBurned`], [`Error::ClaimFrozen`], or the asset's own error when the payout cannot be made (for example an amount below
		/// the asset's minimum balance to a new account).
		///
		/// Emits: [`Event::Claimed`], or [`Event::PotBurned`].
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::claim())]
		pub fn claim(
			origin: OriginFor<T>,
			beneficiary: T::AccountId,
			asset: PaymentAsset,
			model: ModelId,
		) -> DispatchResultWithPostInfo {
			let who = ensure_signed(origin)?;
			ensure!(who == beneficiary, Error::<T>::NotBeneficiary);
			Self::do_claim(beneficiary, asset, model)?;
			Ok(().into())
		}

		/// Accept an external sale recorded for the caller: the seller pays the royalties due on
		/// the declared price (at least the minimum royalty), and the NFT moves to the caller.
		///
		/// - Origin: signed, the buyer named in the recorded sale.
		/// - `asset`, `price`: the declared price as the buyer agrees to it; must equal the
		///   recorded one.
		///
		/// Errors: [`Error::NoExternalSale`], [`Error::NotBuyer`], [`Error::ExternalSaleChanged`],
		/// [`Error::NotOwner`] (the output moved), [`Error::AssetNotAccepted`],
		/// [`Error::NotMonetizable`], [`Error::NoPolicy`], or the asset's own error when the
		/// seller cannot pay the royalties.
		///
		/// Emits: [`Event::Sold`] with `external: true`.
		#[pallet::call_index(5)]
		#[pallet::weight(T::WeightInfo::accept_external_sale(T::MaxRecipients::get())
			.saturating_add(Pallet::<T>::credits_weight(T::MaxRecipients::get(), T::MaxRecipients::get())))]
		pub fn accept_external_sale(
			origin: OriginFor<T>,
			output: OutputId,
			asset: PaymentAsset,
			price: BalanceOf<T>,
		) -> DispatchResultWithPostInfo {
			let buyer = ensure_signed(origin)?;
			let (recipients, payees, shared, reported) =
				Self::do_accept_external_sale(buyer, output, asset, price)?;
			let weight = T::WeightInfo::accept_external_sale(recipients)
				.saturating_add(Self::credits_weight(payees, shared));
			Ok(Some(Self::refund_report(weight, reported)).into())
		}

		/// Withdraw (the seller) or decline (the buyer) a recorded external sale.
		///
		/// - Origin: signed, the recorded sale's seller or buyer.
		///
		/// Errors: [`Error::NoExternalSale`], [`Error::NotParty`].
		///
		/// Emits: [`Event::ExternalSaleCancelled`].
		#[pallet::call_index(6)]
		#[pallet::weight(T::WeightInfo::cancel_external_sale())]
		pub fn cancel_external_sale(origin: OriginFor<T>, output: OutputId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_cancel_external_sale(who, output)
		}
	}

	impl<T: Config> Pallet<T> {
		/// `charged` (benchmarked with the costliest report to reputation, one that opens a
		/// record) less what the report did not use.
		pub(crate) fn refund_report(charged: Weight, reported: Weight) -> Weight {
			let costliest = T::Observer::max_report_weight();
			charged.saturating_sub(costliest).saturating_add(reported.min(costliest))
		}
		/// What model shares add to a sale whose policy names `recipients` payees, `shared` of them paid into
		/// share pools (the benchmarks price accruals to accounts): resolving each payee (a
		/// share class, an income owner and a model read), and a transfer and a credit for each
		/// pool. Charged at the most before the sale, refunded to what it paid after.
		pub fn credits_weight(recipients: u32, shared: u32) -> Weight {
			use atelier_primitives::models::ModelIncome as _;
			T::DbWeight::get().reads(3).saturating_mul(recipients.into()).saturating_add(
				T::Income::credit_weight()
					.saturating_add(T::DbWeight::get().reads_writes(2, 2))
					.saturating_mul(shared.into()),
			)
		}
		/// The pallet's account: it holds accrued royalties.
		pub fn account_id() -> T::AccountId {
			use sp_runtime::traits::AccountIdConversion;
			T::PalletId::get().into_account_truncating()
		}
	}
}
