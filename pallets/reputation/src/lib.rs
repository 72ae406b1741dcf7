//! # Reputation
//!
//! A soulbound reputation earned by staking the native token and by verified creation
//! (Proof-of-Creation), which sets vote weight, gates the high-compute cluster and orders its
//! queue.
//!
//! - **Stake**: [`Pallet::stake`] holds ATL under [`HoldReason::Stake`]; [`Pallet::unstake`]
//!   starts an unbonding period during which the amount no longer counts and stays slashable;
//!   [`Pallet::withdraw_unbonded`] releases it afterwards. Stake locked behind an open vote
//!   ([`VoteStake`]) cannot be unstaked until the poll ends.
//! - **Score**: `creation + min(stake_points, creation × StakeCreationRatio) − penalties`, with
//!   stake points concave (a square root) and growing with the stake's age up to a maturity, and
//!   creation and penalties decaying once a period (see [`features::score`]). Stake counts only
//!   beside creation: capital alone earns nothing, and splitting it over many accounts earns
//!   nothing either (`docs/pallets/reputation.md` gives the argument).
//! - **Creation and penalties** come from other pallets through [`Observer`]: receipts, licensing
//!   fees, sales, royalties, attestations; missed deadlines, upheld disputes and challenges,
//!   violations. Each kind has a rate and a cap per account and period ([`CreationRates`]).
//! - **Soulbound item**: every account with a record holds exactly one item of the reputation
//!   collection (pallet-nfts), created at genesis and owned by the pallet. Its attributes (score,
//!   tier, the block they were written) are kept current on every update. No call or trait path
//!   transfers, burns or approves it; the pallet burns it when the record empties (no stake, no
//!   creation, no penalty left).
//! - **Tiers**: thresholds of score ([`Config::TierThresholds`]); the compute market asks them
//!   through [`Tiers`].
//! - **Bounded cost**: nothing walks accounts. A record is brought up to date (decayed) when its
//!   account acts, when it is reported on, or when anyone calls [`Pallet::refresh`].
//!
//! Governance changes every rate, cap, threshold and retention through `pallet-parameters`.

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
pub mod features;
mod impl_observer;
mod impl_scores;
mod impl_stake_slash;
mod impl_tiers;
mod impl_vote_stake;
pub mod migrations;
#[cfg(test)]
mod mock;
#[cfg(test)]
mod tests;
pub mod types;
pub mod weights;

pub use atelier_primitives::{
	activity::{Creation, Observer, Offence},
	reputation::{Points, StakeSlash, Tier, Tiers, VoteStake},
	AssetId, CollectionId, ItemId,
};
pub use features::soulbound::{NftsForceCreate, SoulboundCollections};
pub use pallet::*;
pub use types::*;
pub use weights::WeightInfo;

/// The log target of this pallet.
pub const LOG_TARGET: &str = "runtime::reputation";

// FRAME's pallet macro expands `expect`s (storage and error metadata) into this module. The
// code written here stays thin; its own `expect`s are genesis checks, which must panic on a bad
// genesis, each with its reason.
#[allow(clippy::expect_used)]
#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use atelier_primitives::activity::Metrics as _;
	use frame_support::{
		pallet_prelude::*,
		traits::{
			fungible::{Inspect, InspectHold, Mutate, MutateHold},
			tokens::nonfungibles_v2::{
				Inspect as NftInspect, InspectEnumerable, Mutate as NftMutate,
				Transfer as NftTransfer,
			},
		},
		PalletId,
	};
	use frame_system::pallet_prelude::*;
	use pallet_nfts::ItemConfig;
	use sp_runtime::{traits::Convert, Perbill};

	/// The in-code storage version.
	const STORAGE_VERSION: StorageVersion = StorageVersion::new(2);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	/// The native token's balance.
	pub type BalanceOf<T> =
		<<T as Config>::Currency as Inspect<<T as frame_system::Config>::AccountId>>::Balance;

	/// An account's record in this runtime.
	pub type RecordOf<T> = Record<
		BalanceOf<T>,
		BlockNumberFor<T>,
		<T as Config>::MaxUnbonding,
		<T as Config>::MaxVoteLocks,
	>;

	/// Why the pallet holds funds.
	#[pallet::composite_enum]
	pub enum HoldReason {
		/// Stake behind a reputation, counted or unbonding.
		Stake,
	}

	#[pallet::config]
	pub trait Config: frame_system::Config {
		// Money and NFTs.
		/// The native token, in which stakes are held.
		type Currency: Inspect<Self::AccountId>
			+ Mutate<Self::AccountId>
			+ InspectHold<Self::AccountId, Reason = Self::RuntimeHoldReason>
			+ MutateHold<Self::AccountId, Reason = Self::RuntimeHoldReason>;
		/// The overarching hold reason.
		type RuntimeHoldReason: From<HoldReason>;
		/// Where the soulbound items live (`pallet-nfts`).
		type Nfts: NftInspect<Self::AccountId, CollectionId = CollectionId, ItemId = ItemId>
			+ InspectEnumerable<Self::AccountId>
			+ NftMutate<Self::AccountId, ItemConfig>
			+ NftTransfer<Self::AccountId>;
		/// Creates the reputation collection at genesis (`NftsForceCreate`: no deposits).
		type Collections: SoulboundCollections<Self::AccountId>;
		/// The pallet's id; its account owns the reputation collection.
		#[pallet::constant]
		type PalletId: Get<PalletId>;
		/// The protocol's purse: releases unbonded stake, and pays slashed stake to the reserve
		/// by the one rule.
		type Purse: atelier_primitives::purse::ProtocolPurse<
			Self::AccountId,
			Balance = BalanceOf<Self>,
			Reason = Self::RuntimeHoldReason,
		>;
		/// The nominal value, in the native token's smallest unit, of an amount of a payment
		/// asset (`None`: the native token), for the creation rates of sales and royalties.
		type NominalValue: Convert<(Option<AssetId>, u128), u128>;

		// Parameters (`pallet-parameters` in the runtime: governance changes them).
		/// The stake unit whose square root is counted (one whole token).
		#[pallet::constant]
		type StakeUnit: Get<BalanceOf<Self>>;
		/// Stake points for each unit of the square root of the stake, at maturity.
		type StakePointsPerRoot: Get<Points>;
		/// Blocks a stake takes to count fully; it counts from zero, linearly.
		type StakeMaturity: Get<BlockNumberFor<Self>>;
		/// Stake points count at most this many times the creation points.
		type StakeCreationRatio: Get<u32>;
		/// The least stake an account holds (or none).
		type MinStake: Get<BalanceOf<Self>>;
		/// Blocks unstaked funds stay held (and slashable) before they can be withdrawn.
		type UnbondingPeriod: Get<BlockNumberFor<Self>>;
		/// Each kind of creation's rate and cap per period.
		type CreationRates: Get<CreationRates>;
		/// Each offence's penalty points.
		type Penalties: Get<Penalties>;
		/// The share of creation points kept from one period to the next.
		type CreationRetention: Get<Perbill>;
		/// The share of penalty points kept from one period to the next.
		type PenaltyRetention: Get<Perbill>;
		/// The least score of tiers 1, 2 and 3.
		type TierThresholds: Get<[Points; MAX_TIER as usize]>;
		/// Periods creation waits before it counts (below [`MAX_MATURING`]): points bought
		/// today vote, and reach a tier, only this long after.
		type CreationMaturity: Get<u32>;

		// Bounds (compile-time: changing them would need a migration).
		/// The length of a period in blocks: caps count per period, decay steps once a period.
		#[pallet::constant]
		type Period: Get<BlockNumberFor<Self>>;
		/// The most unbonding chunks an account holds (one per block it unstaked in).
		#[pallet::constant]
		type MaxUnbonding: Get<u32>;
		/// The most open votes whose stake lock an account holds.
		#[pallet::constant]
		type MaxVoteLocks: Get<u32>;

		/// Told of each staker (the reserve's metrics count active accounts).
		type Metrics: atelier_primitives::activity::Metrics<Self::AccountId>;

		/// Weights of the dispatchables and reports, from the benchmarks.
		type WeightInfo: WeightInfo;
	}

	/// The reputation collection, created at genesis.
	#[pallet::storage]
	pub type ReputationCollection<T: Config> = StorageValue<_, CollectionId>;

	/// Every account's reputation. Blake2: accounts are chosen by users.
	#[pallet::storage]
	pub type Reputations<T: Config> = StorageMap<_, Blake2_128Concat, T::AccountId, RecordOf<T>>;

	/// The id the next soulbound item gets.
	#[pallet::storage]
	pub type NextItem<T: Config> = StorageValue<_, ItemId, ValueQuery>;

	/// The sum of every record's score as last written (`Record::score`): governance's
	/// electorate. Records decay lazily, so it may lag a decay or a stake's maturing until the
	/// record is next written (by any report, a vote or anyone's `refresh`).
	#[pallet::storage]
	pub type TotalScore<T: Config> = StorageValue<_, Points, ValueQuery>;

	/// The founding electorate: each founder's seed, the vote weight it has beside its score
	/// while the community's own score is small (see [`Pallet::seed_fade`]). Set at genesis
	/// only. Blake2: accounts are chosen by users.
	#[pallet::storage]
	pub type Seeds<T: Config> = StorageMap<_, Blake2_128Concat, T::AccountId, Points, ValueQuery>;

	/// The sum of the seeds.
	#[pallet::storage]
	pub type TotalSeed<T: Config> = StorageValue<_, Points, ValueQuery>;

	/// The community's own score (`TotalScore`) at which the seeds stop counting: they fade
	/// linearly from all at zero to nothing here. At least twice `TotalSeed`, so that every
	/// point the community earns adds at least half a point to the electorate.
	#[pallet::storage]
	pub type SeedHorizon<T: Config> = StorageValue<_, Points, ValueQuery>;

	#[pallet::genesis_config]
	#[derive(frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		/// The founding electorate: `(account, seed)`; the founding attestors and creators a
		/// chain starts with, so that its first referenda are not decided by the first account
		/// to earn a point.
		pub founders: alloc::vec::Vec<(T::AccountId, Points)>,
		/// The community score at which the seeds have faded out: at least twice their sum.
		pub seed_horizon: Points,
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		fn build(&self) {
			// A chain without its collection would refuse every stake and drop every report, so
			// a genesis that cannot create it does not build.
			match Pallet::<T>::create_collection() {
				Ok(collection) => ReputationCollection::<T>::put(collection),
				Err(error) => {
					panic!("the reputation collection could not be created at genesis: {error:?}")
				},
			}
			let mut total: Points = 0;
			for (who, seed) in &self.founders {
				assert!(!Seeds::<T>::contains_key(who), "a founder is named twice");
				Seeds::<T>::insert(who, seed);
				total = total.checked_add(*seed).expect("the seeds add up within u64");
			}
			assert!(
				total.saturating_mul(2) <= self.seed_horizon,
				"the seed horizon must be at least twice the seeds"
			);
			TotalSeed::<T>::put(total);
			SeedHorizon::<T>::put(self.seed_horizon);
		}
	}

	#[pallet::event]
	#[pallet::generate_deposit(pub(crate) fn deposit_event)]
	pub enum Event<T: Config> {
		/// An account staked.
		Staked {
			/// The account.
			who: T::AccountId,
			/// The amount added.
			amount: BalanceOf<T>,
			/// Its counted stake now.
			staked: BalanceOf<T>,
		},
		/// An account unstaked: the amount no longer counts and unlocks later.
		Unbonding {
			/// The account.
			who: T::AccountId,
			/// The amount.
			amount: BalanceOf<T>,
			/// The first block it can be withdrawn in.
			unlocks_at: BlockNumberFor<T>,
		},
		/// Unbonded stake was released.
		Withdrawn {
			/// The account.
			who: T::AccountId,
			/// The amount released.
			amount: BalanceOf<T>,
		},
		/// Creation points were credited (after the period's cap).
		Credited {
			/// The account.
			who: T::AccountId,
			/// What it created.
			kind: CreationKind,
			/// The points credited.
			points: Points,
		},
		/// Penalty points were charged.
		Penalized {
			/// The account.
			who: T::AccountId,
			/// The offence.
			offence: Offence,
			/// The penalty points.
			points: Points,
		},
		/// Stake was slashed to the reserve.
		Slashed {
			/// The account.
			who: T::AccountId,
			/// The amount taken.
			amount: BalanceOf<T>,
		},
		/// An account's score or tier changed; its item's attributes show the new values.
		ScoreUpdated {
			/// The account.
			who: T::AccountId,
			/// The score.
			score: Points,
			/// The tier.
			tier: Tier,
		},
		/// An account got its soulbound item.
		ItemMinted {
			/// The account.
			who: T::AccountId,
			/// The item.
			item: ItemId,
		},
		/// An account's record emptied (no stake, no creation, no penalty): its item was burnt.
		Cleared {
			/// The account.
			who: T::AccountId,
			/// The item burnt.
			item: ItemId,
		},
		/// Stake was locked behind a vote.
		VoteLocked {
			/// The voter.
			who: T::AccountId,
			/// The poll.
			poll: PollIndex,
			/// The stake locked.
			amount: BalanceOf<T>,
		},
		/// A vote's stake lock was released.
		VoteUnlocked {
			/// The voter.
			who: T::AccountId,
			/// The poll.
			poll: PollIndex,
		},
	}

	#[pallet::error]
	pub enum Error<T> {
		/// The reputation collection does not exist: the chain's genesis did not create it.
		NoCollection,
		/// The amount is zero.
		ZeroAmount,
		/// The stake would be above zero and below `MinStake`.
		BelowMinStake,
		/// The account has no reputation record.
		NoReputation,
		/// The account's counted stake is less than the amount.
		InsufficientStake,
		/// Open votes lock the stake: unstake after their polls end.
		StakeLockedByVote,
		/// The account already holds `MaxUnbonding` unbonding chunks: withdraw first.
		TooManyUnbonding,
		/// No unbonding chunk has unlocked yet.
		NothingToWithdraw,
		/// The account already holds `MaxVoteLocks` vote locks.
		TooManyVoteLocks,
		/// The item id space is exhausted.
		ItemsExhausted,
		/// An amount overflowed.
		Overflow,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn integrity_test() {
			assert!(!T::Period::get().is_zero(), "a period must last at least a block");
			assert!(T::MaxUnbonding::get() > 0, "an account must be able to unstake");
			assert!(T::MaxVoteLocks::get() > 0, "an account must be able to vote");
			assert!(!T::StakeUnit::get().is_zero(), "the stake unit must not be zero");
			let thresholds = T::TierThresholds::get();
			assert!(
				thresholds.windows(2).all(|w| matches!(w, [a, b] if a < b)),
				"tier thresholds must rise"
			);
			assert!(thresholds.first().is_some_and(|t| *t > 0), "tier 1 must need a score");
			assert!(
				T::CreationRetention::get() < Perbill::one()
					&& T::PenaltyRetention::get() < Perbill::one(),
				"creation and penalties must decay"
			);
			assert!(
				T::CreationMaturity::get() < MAX_MATURING,
				"creation must mature within the periods a record keeps"
			);
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Stake `amount` of the native token behind the caller's reputation, held under
		/// [`HoldReason::Stake`]. The first stake opens the caller's record and mints its
		/// soulbound item. The stake ages from this block (a top-up moves the average age toward
		/// zero in proportion to its size).
		///
		/// - Origin: signed, the staker.
		/// - `amount`: above zero; the counted stake after it at least `MinStake`.
		///
		/// Errors: [`Error::ZeroAmount`], [`Error::BelowMinStake`], [`Error::Overflow`],
		/// [`Error::NoCollection`], [`Error::ItemsExhausted`], or a balance error if the amount
		/// cannot be held.
		///
		/// Emits: [`Event::Staked`], and [`Event::ItemMinted`] and [`Event::ScoreUpdated`] when
		/// they apply.
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::stake().saturating_add(T::Metrics::max_weight()))]
		pub fn stake(
			origin: OriginFor<T>,
			#[pallet::compact] amount: BalanceOf<T>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_stake(who.clone(), amount)?;
			T::Metrics::engaged(&who);
			Ok(())
		}

		/// Start unbonding `amount` of the caller's counted stake: it stops counting now, stays
		/// held and slashable, and can be withdrawn after `UnbondingPeriod` blocks.
		///
		/// - Origin: signed, the staker.
		/// - `amount`: above zero, at most the counted stake less what open votes lock; what
		///   stays counted is zero or at least `MinStake`.
		///
		/// Errors: [`Error::ZeroAmount`], [`Error::NoReputation`], [`Error::InsufficientStake`],
		/// [`Error::StakeLockedByVote`], [`Error::BelowMinStake`], [`Error::TooManyUnbonding`].
		///
		/// Emits: [`Event::Unbonding`], and [`Event::ScoreUpdated`] when it applies.
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::unstake())]
		pub fn unstake(
			origin: OriginFor<T>,
			#[pallet::compact] amount: BalanceOf<T>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_unstake(who, amount)
		}

		/// Release every unbonding chunk of the caller that has unlocked. A record left empty is
		/// removed and its item burnt.
		///
		/// - Origin: signed, the staker.
		///
		/// Errors: [`Error::NoReputation`], [`Error::NothingToWithdraw`].
		///
		/// Emits: [`Event::Withdrawn`], and [`Event::ScoreUpdated`] or [`Event::Cleared`] when
		/// they apply.
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::withdraw_unbonded())]
		pub fn withdraw_unbonded(origin: OriginFor<T>) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_withdraw_unbonded(who)
		}

		/// Bring `who`'s record up to date: decay its creation and penalties to this block and
		/// write its score and tier to its item. Anyone may call it (wallets and explorers read
		/// the item); a record left empty is removed and its item burnt.
		///
		/// - Origin: signed, anyone (who pays the fee).
		/// - `who`: an account with a record.
		///
		/// Errors: [`Error::NoReputation`].
		///
		/// Emits: [`Event::ScoreUpdated`] or [`Event::Cleared`] when they apply.
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::refresh())]
		pub fn refresh(origin: OriginFor<T>, who: T::AccountId) -> DispatchResult {
			ensure_signed(origin)?;
			Self::do_refresh(who)
		}
	}

	impl<T: Config> Pallet<T> {
		/// The pallet's account: owner of the reputation collection.
		pub fn account_id() -> T::AccountId {
			use sp_runtime::traits::AccountIdConversion;
			T::PalletId::get().into_account_truncating()
		}
	}
}
