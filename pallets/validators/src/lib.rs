//! # Validators
//!
//! The session manager: who authors blocks (BABE) and votes on finality (GRANDPA) each session,
//! elected by reputation from bonded candidates, paid by the blocks they author, slashed when
//! an equivocation is proven or a session passes without a block of theirs.
//!
//! - **Candidates** ([`Pallet::register_candidate`]) hold a bond under
//!   [`HoldReason::ValidatorBond`] and need session keys (`session.setKeys`) and a reputation
//!   tier of at least the election's `min_tier`. They add to the bond ([`Pallet::bond_more`]),
//!   leave ([`Pallet::leave`]: the bond unbonds for [`Config::UnbondingSessions`], slashable
//!   all along) and withdraw it ([`Pallet::withdraw_unbonded`]).
//! - **The election** ([`features::election`]), at each session change for the session after
//!   next: the eligible candidates (bond, tier, keys, not idle last session) ranked by their
//!   reputation standing (a vote's weight: the score, and a founder's seed while it lasts), then
//!   bond, then account; the set starts from the current one, drops the members that can no
//!   longer validate (left, expelled, idle, without keys), fills its seats and swaps outranked
//!   members (first those merely below the bond or tier) for better-ranked outsiders, at most
//!   `max_seat_changes` entering a session. With fewer than `min_validators` eligible the set is
//!   kept. It reads only the bounded candidate list.
//! - **Authorship** ([`pallet_authorship::EventHandler`]): each block counts one for its author.
//! - **Session end**: an elected validator that authored nothing is idle: it loses
//!   `idle_slash` of its stake to the reserve, is reported to reputation and sits out the next
//!   election. The pot's stablecoin ([`Config::PayAsset`] in the account of
//!   [`Config::PalletId`], which the reserve's infrastructure budget fills) is split among the
//!   validators by the blocks they authored.
//! - **Offences** ([`sp_staking::offence::OnOffenceHandler`], from `pallet-offences`): an
//!   equivocation costs `equivocation_slash` of the bond and of any unbonding amount, is
//!   reported to reputation, disables the offender for the rest of the session and ends its
//!   candidacy.
//!
//! `docs/pallets/validators.md` gives every formula, parameter and attack.

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
mod impl_authorship;
mod impl_offences;
mod impl_session_manager;
#[cfg(test)]
mod mock;
#[cfg(test)]
mod tests;
pub mod types;
pub mod weights;

pub use atelier_primitives::{
	activity::{Observer, Offence},
	reputation::{Points, Scores, Tier, Tiers},
	AssetId, Balance,
};
pub use features::offences::IDLE_MIN_EXPECTED_BLOCKS;
pub use impl_session_manager::UnitIdentification;
pub use pallet::*;
pub use sp_staking::SessionIndex;
pub use types::*;
pub use weights::WeightInfo;

/// The log target of this pallet.
pub const LOG_TARGET: &str = "runtime::validators";

// FRAME's pallet macro expands `expect`s (storage and error metadata) into this module. The
// code written here stays thin; its own `expect`s are genesis checks, which must panic on a bad
// genesis, each with its reason.
#[allow(clippy::expect_used)]
#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use frame_support::{
		pallet_prelude::*,
		traits::{fungible, fungible::MutateHold, fungibles},
		PalletId,
	};
	use frame_system::pallet_prelude::*;

	/// The in-code storage version.
	const STORAGE_VERSION: StorageVersion = StorageVersion::new(0);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	/// Why the pallet holds funds.
	#[pallet::composite_enum]
	pub enum HoldReason {
		/// A validator's bond, standing or unbonding: slashed for equivocations and idle
		/// sessions.
		ValidatorBond,
	}

	#[pallet::config]
	pub trait Config: frame_system::Config {
		// Money.
		/// The native token, in which bonds are held.
		type Currency: fungible::Inspect<Self::AccountId, Balance = Balance>
			+ fungible::Mutate<Self::AccountId>
			+ fungible::hold::Mutate<Self::AccountId, Reason = Self::RuntimeHoldReason>;
		/// The overarching hold reason.
		type RuntimeHoldReason: From<HoldReason>;
		/// The protocol's purse: releases unbonded bonds, and pays slashes to the reserve by the
		/// one rule.
		type Purse: atelier_primitives::purse::ProtocolPurse<
			Self::AccountId,
			Balance = Balance,
			Reason = Self::RuntimeHoldReason,
		>;

		// Pay.
		/// Fungible assets (`pallet-assets`), in which validators are paid.
		type Assets: fungibles::Inspect<Self::AccountId, AssetId = AssetId, Balance = Balance>
			+ fungibles::Mutate<Self::AccountId>;
		/// The asset validators are paid in: the stablecoin.
		#[pallet::constant]
		type PayAsset: Get<AssetId>;
		/// The pallet's id. Its account is the pot: the reserve's infrastructure budget pays the
		/// validators' line into it (a budget line that governance or the genesis sets; this
		/// pallet never touches the reserve), and each session end empties it to the validators.
		#[pallet::constant]
		type PalletId: Get<PalletId>;

		// Seams to other pallets.
		/// Reputation standing (a vote's weight: the score, and a founder's seed while it
		/// lasts): the election's ranking.
		type Scores: Scores<Self::AccountId>;
		/// Reputation tiers: who may stand.
		type Tiers: Tiers<Self::AccountId>;
		/// Told of equivocations and idle sessions (reputation charges them as penalties).
		type Observer: Observer<Self::AccountId>;
		/// The session pallet: keys, disabling, history and the current index.
		type Session: SessionInterface<Self::AccountId>;

		// Parameters (`pallet-parameters` in the runtime: governance changes them).
		/// Seats, the least set, the churn bound, the least bond and tier.
		type Election: Get<ElectionParams>;
		/// What each offence costs of the bond.
		type Penalties: Get<ValidatorPenalties>;

		// Bounds (compile-time: changing them would need a migration).
		/// The most validators a set holds: BABE's and GRANDPA's `MaxAuthorities`.
		#[pallet::constant]
		type MaxValidators: Get<u32>;
		/// The most candidates: the election reads each of them once a session.
		#[pallet::constant]
		type MaxCandidates: Get<u32>;
		/// Sessions a leaving bond stays held and slashable. More than `ReportWindow + 1`: a
		/// leaving validator still validates the session already queued when it leaves, and an
		/// offence there stays reportable for `ReportWindow` sessions after.
		#[pallet::constant]
		type UnbondingSessions: Get<SessionIndex>;
		/// Sessions in which an offence can still be reported: offences in older sessions are
		/// ignored, and the session history is pruned behind it.
		#[pallet::constant]
		type ReportWindow: Get<SessionIndex>;

		/// Weights of the calls and the session hooks, from the benchmarks.
		type WeightInfo: WeightInfo;

		/// Sets up the benchmarks' candidates and pot in the runtime.
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: benchmarking::BenchmarkHelper<Self::AccountId>;
	}

	/// Candidates and their bonds. Blake2: accounts are chosen by users.
	#[pallet::storage]
	pub type Candidates<T: Config> = StorageMap<_, Blake2_128Concat, T::AccountId, Candidate>;

	/// Every candidate's account, sorted: the election reads the candidates from this one
	/// bounded value (a map's iteration would walk hashed keys, a read each, in no useful
	/// order), and a membership test is a binary search.
	#[pallet::storage]
	pub type CandidateList<T: Config> = StorageValue<_, CandidateListOf<T>, ValueQuery>;

	/// The current session's validators, sorted: `pallet-session`'s set.
	#[pallet::storage]
	pub type Active<T: Config> = StorageValue<_, ValidatorSetOf<T>, ValueQuery>;

	/// The set elected for the next session, if the election changed it; it becomes `Active`
	/// when that session starts.
	#[pallet::storage]
	pub type Queued<T: Config> = StorageValue<_, ValidatorSetOf<T>, OptionQuery>;

	/// The blocks each active validator authored in this session: one value, so that counting a
	/// block is one read and one write. Emptied at each session end.
	#[pallet::storage]
	pub type Authored<T: Config> = StorageValue<_, AuthoredOf<T>, ValueQuery>;

	/// The validators that authored nothing in the last session that ended, sorted: they sit out
	/// the next election.
	#[pallet::storage]
	pub type Idle<T: Config> = StorageValue<_, ValidatorSetOf<T>, ValueQuery>;

	/// Bonds unbonding, one entry an account (leaving again adds to it and moves its unlock
	/// later). Blake2: accounts are chosen by users.
	#[pallet::storage]
	pub type Unbonding<T: Config> = StorageMap<_, Blake2_128Concat, T::AccountId, Unbond>;

	/// The latest session of an equivocation for which each account was slashed: reports of its
	/// offences in that session or before are not slashed again (one slash a session, however
	/// many slots it equivocated in; a report of an earlier session arriving late is older than
	/// the slash already taken). An equivocation in a later session is slashed again. Removed
	/// when the account withdraws its bond. Blake2: accounts are chosen by users.
	#[pallet::storage]
	pub type LastSlash<T: Config> = StorageMap<_, Blake2_128Concat, T::AccountId, SessionIndex>;

	#[pallet::genesis_config]
	#[derive(frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		/// The first validators and their bonds: candidates whose bonds are held from genesis,
		/// and the set of sessions 0 and 1. `pallet-session`'s genesis asks this pallet for the
		/// set (so this one is built first), and must register each one's keys.
		pub validators: alloc::vec::Vec<(T::AccountId, Balance)>,
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		fn build(&self) {
			let min_bond = T::Election::get().min_bond;
			let mut set = alloc::vec::Vec::with_capacity(self.validators.len());
			for (who, bond) in &self.validators {
				assert!(!Candidates::<T>::contains_key(who), "a genesis validator is named twice");
				assert!(
					*bond > 0 && *bond >= min_bond,
					"a genesis validator's bond is below the election's min_bond"
				);
				if let Err(error) = T::Currency::hold(&HoldReason::ValidatorBond.into(), who, *bond)
				{
					panic!(
						"a genesis validator cannot hold its bond (endow it in the balances \
						 genesis): {error:?}"
					);
				}
				Pallet::<T>::insert_candidate(who, *bond)
					.expect("at most MaxCandidates genesis validators");
				set.push(who.clone());
			}
			set.sort();
			let set = ValidatorSetOf::<T>::try_from(set)
				.expect("at most MaxValidators genesis validators");
			Active::<T>::put(set);
		}
	}

	#[pallet::event]
	#[pallet::generate_deposit(pub(crate) fn deposit_event)]
	pub enum Event<T: Config> {
		/// An account stood as a candidate.
		CandidateRegistered {
			/// The candidate.
			who: T::AccountId,
			/// Its bond, held.
			bond: Balance,
		},
		/// A candidate added to its bond.
		Bonded {
			/// The candidate.
			who: T::AccountId,
			/// The amount added.
			amount: Balance,
			/// Its bond now.
			bond: Balance,
		},
		/// A candidate left: it leaves the set at the next election, and its bond unbonds.
		CandidateLeft {
			/// The former candidate.
			who: T::AccountId,
			/// What it has unbonding now (this bond and any earlier one).
			unbonding: Balance,
			/// The first session in which it may be withdrawn.
			unlock_at: SessionIndex,
		},
		/// A candidate that entered a full list took the place of the weakest outside the set:
		/// its candidacy ended and its bond unbonds.
		Displaced {
			/// The candidate displaced.
			who: T::AccountId,
			/// The candidate that took its place.
			by: T::AccountId,
			/// What it has unbonding now.
			unbonding: Balance,
			/// The first session in which it may be withdrawn.
			unlock_at: SessionIndex,
		},
		/// An unbonded bond was released.
		Withdrawn {
			/// The account.
			who: T::AccountId,
			/// The amount released.
			amount: Balance,
		},
		/// The election changed the set: it validates from `session`.
		NewSet {
			/// The session the set validates from.
			session: SessionIndex,
			/// The new set, sorted.
			validators: alloc::vec::Vec<T::AccountId>,
			/// Who entered it.
			entered: alloc::vec::Vec<T::AccountId>,
			/// Who left it.
			left: alloc::vec::Vec<T::AccountId>,
		},
		/// The election kept the set it had for `session`.
		SetKept {
			/// The session the election was for.
			session: SessionIndex,
			/// Why.
			reason: KeepReason,
		},
		/// An elected validator authored no block in `session`: it lost `slashed` to the reserve
		/// and sits out the next election.
		Idle {
			/// The validator.
			who: T::AccountId,
			/// The session it left idle.
			session: SessionIndex,
			/// What it lost.
			slashed: Balance,
		},
		/// A validator's equivocation in `session` was proven: it lost `amount` to the reserve,
		/// was disabled for the rest of the current session, and its candidacy ended.
		Slashed {
			/// The validator.
			who: T::AccountId,
			/// What it lost.
			amount: Balance,
			/// The session of the offence.
			session: SessionIndex,
		},
		/// An offence ended a candidacy: its bond unbonds.
		Expelled {
			/// The former candidate.
			who: T::AccountId,
			/// What it has unbonding now.
			unbonding: Balance,
			/// The first session in which it may be withdrawn.
			unlock_at: SessionIndex,
		},
		/// The pot paid the validators of `session` by the blocks they authored.
		Paid {
			/// The session paid for.
			session: SessionIndex,
			/// What was paid in all (the rounding remainder and unpaid shares stay in the pot).
			total: Balance,
			/// How many validators were paid.
			validators: u32,
		},
		/// A validator's share could not be paid (a new account below the asset's minimum
		/// balance, or the asset frozen): it stays in the pot for the next session.
		Unpaid {
			/// The validator.
			who: T::AccountId,
			/// Its share.
			amount: Balance,
			/// The session paid for.
			session: SessionIndex,
		},
	}

	#[pallet::error]
	pub enum Error<T> {
		/// The account has no session keys: generate them on your node (`author_rotateKeysWithOwner`)
		/// and register them with `session.setKeys` first.
		NoSessionKeys,
		/// The account's reputation tier is below the election's `min_tier`: earn reputation
		/// (creation others pay for, a stake beside it) first.
		TierTooLow,
		/// The bond is below the election's `min_bond`.
		BondTooLow,
		/// The amount is zero.
		ZeroAmount,
		/// The account is already a candidate: add to its bond with `bond_more`.
		AlreadyCandidate,
		/// The account is not a candidate.
		NotCandidate,
		/// The candidate list holds `MaxCandidates`, and every candidate outside the set ranks
		/// at least as high as this one would: earn standing (or bond more) first.
		TooManyCandidates,
		/// The account has no bond unbonding.
		NothingUnbonding,
		/// The bond is still unbonding: withdraw it from the session `unlock_at` of
		/// [`Event::CandidateLeft`].
		StillUnbonding,
		/// The bond would overflow.
		Overflow,
		/// The account is still in the validator set (it left or was expelled, and the set has
		/// not changed yet, or was kept for want of candidates to replace it): withdraw its bond,
		/// or stand again, once it has left the set.
		StillValidating,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn integrity_test() {
			assert!(T::MaxValidators::get() > 0, "a set must hold a validator");
			assert!(
				T::MaxCandidates::get() >= T::MaxValidators::get(),
				"the candidates must be able to fill the set"
			);
			assert!(
				T::ReportWindow::get() > 0,
				"an offence must be reportable after its session ends"
			);
			assert!(
				T::UnbondingSessions::get() > T::ReportWindow::get().saturating_add(1),
				"a leaving bond must outlast the report window of the last session its validator \
				 validates (the one queued when it leaves)"
			);
			if let Err(error) = T::Election::get().check(T::MaxValidators::get()) {
				panic!("the default election parameters fail their checks: {error}");
			}
			if let Err(error) = T::Penalties::get().check() {
				panic!("the default penalties fail their checks: {error}");
			}
			// A session change at its bounds (every validator idle and paid, every candidate
			// ranked) leaves most of its block to transactions.
			let hook = T::WeightInfo::end_session(T::MaxValidators::get())
				.saturating_add(T::WeightInfo::start_session())
				.saturating_add(T::WeightInfo::new_session(T::MaxCandidates::get()));
			let max_block = <T as frame_system::Config>::BlockWeights::get().max_block;
			assert!(
				hook.ref_time() <= max_block.ref_time() / 4,
				"a session change at its bounds must fit in a quarter of a block"
			);
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Stand as a candidate for the validator set, holding `bond` under `ValidatorBond`.
		///
		/// - Origin: signed, the validator's account (its session keys' owner, which is bonded,
		///   paid and slashed).
		/// - `bond`: at least the election's `min_bond`.
		///
		/// The account needs session keys (`session.setKeys`) and a reputation tier of at least
		/// the election's `min_tier`. An account whose earlier bond is still unbonding may stand
		/// again: the new bond is a new hold, and the old one keeps unbonding.
		///
		/// Errors: [`Error::AlreadyCandidate`], [`Error::NoSessionKeys`], [`Error::TierTooLow`],
		/// [`Error::BondTooLow`], [`Error::TooManyCandidates`], or a balance error if the bond
		/// cannot be held.
		///
		/// Emits: [`Event::CandidateRegistered`].
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::register_candidate())]
		pub fn register_candidate(
			origin: OriginFor<T>,
			#[pallet::compact] bond: Balance,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_register_candidate(who, bond)
		}

		/// Add `extra` to the caller's bond.
		///
		/// - Origin: signed, a candidate.
		///
		/// Errors: [`Error::ZeroAmount`], [`Error::NotCandidate`], [`Error::Overflow`], or a
		/// balance error if the amount cannot be held.
		///
		/// Emits: [`Event::Bonded`].
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::bond_more())]
		pub fn bond_more(
			origin: OriginFor<T>,
			#[pallet::compact] extra: Balance,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_bond_more(who, extra)
		}

		/// Stop standing. The caller leaves the set at the next election (whatever the churn
		/// bound), after the session already queued; its bond stays held and slashable for
		/// `UnbondingSessions` sessions (leaving again, after standing again, adds to what is
		/// unbonding and restarts its count).
		///
		/// - Origin: signed, a candidate.
		///
		/// Errors: [`Error::NotCandidate`].
		///
		/// Emits: [`Event::CandidateLeft`].
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::leave())]
		pub fn leave(origin: OriginFor<T>) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_leave(who)
		}

		/// Release the caller's unbonded bond.
		///
		/// - Origin: signed, an account whose bond has unbonded.
		///
		/// Errors: [`Error::NothingUnbonding`], [`Error::StillUnbonding`].
		///
		/// Emits: [`Event::Withdrawn`].
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::withdraw_unbonded())]
		pub fn withdraw_unbonded(origin: OriginFor<T>) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_withdraw_unbonded(who)
		}
	}

	#[pallet::view_functions]
	impl<T: Config> Pallet<T> {
		/// The current session's validators.
		pub fn validators() -> alloc::vec::Vec<T::AccountId> {
			Active::<T>::get().into_inner()
		}

		/// A candidate's bond.
		pub fn candidate(who: T::AccountId) -> Option<Candidate> {
			Candidates::<T>::get(who)
		}

		/// An account's bond unbonding.
		pub fn unbonding(who: T::AccountId) -> Option<Unbond> {
			Unbonding::<T>::get(who)
		}
	}
}
