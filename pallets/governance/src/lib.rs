//! # Governance
//!
//! Atelier's referenda are polkadot-sdk's `pallet-referenda` (tracks, deposits, decision and
//! confirmation periods, enactment through `pallet-scheduler`). This pallet gives them what is
//! Atelier's own:
//!
//! - **A tally weighted by reputation** ([`Tally`], counted by [`Pallet::vote`]): a vote weighs
//!   the voter's reputation score when it is cast (`VoteStake::vote_weight`), and locks the
//!   voter's counted stake until the vote is removed, so that a stake cannot vote and leave.
//!   Approval is `ayes / (ayes + nays)`; support is `ayes / electorate`, the electorate being
//!   the sum of every score (`VoteStake::total_weight`). Capital alone has no score (reputation
//!   counts stake only beside creation), so a whale without creation has no vote.
//! - **The tracks' origins** ([`Origin`]): `Treasurer`, `EconomicParameters`, `Disputes`, each the
//!   origin a referendum on its track dispatches with, and each the privileged origin of the
//!   pallets it governs (spends, `pallet-parameters`, the compute market's disputes).
//! - **Checked economic parameters** ([`Pallet::set_parameter`]): the economic track changes a
//!   dynamic parameter only through the runtime's checks ([`ParameterStore`]), so a proposal that
//!   would break the chain (shares that no longer add up, a floor above its ceiling) fails with
//!   a named error and changes nothing.
//!
//! Nothing here walks accounts or referenda in a hook: there are no hooks.
//! `docs/pallets/governance.md` explains the choices, the tracks and the attacks.

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
mod impl_tally;
#[cfg(test)]
mod mock;
pub mod origins;
#[cfg(test)]
mod tests;
pub mod types;
pub mod weights;

pub use atelier_primitives::reputation::{Points, VoteStake};
pub use origins::{
	EnsureDisputes, EnsureEconomicParameters, EnsureReferendumCanceller, EnsureReferendumKiller,
	EnsureTreasurer,
};
pub use pallet::*;
pub use types::*;
pub use weights::WeightInfo;

/// The log target of this pallet.
pub const LOG_TARGET: &str = "runtime::governance";

// FRAME's pallet macro expands `expect`s (storage and error metadata) into this module.
#[allow(clippy::expect_used)]
#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use atelier_primitives::activity::Metrics as _;
	use frame_support::{pallet_prelude::*, traits::Polling};
	use frame_system::pallet_prelude::*;

	/// The in-code storage version.
	const STORAGE_VERSION: StorageVersion = StorageVersion::new(0);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	#[pallet::config]
	pub trait Config: frame_system::Config {
		/// Reputation: vote weights, the electorate, and locks on the stake behind a vote.
		type VoteStake: VoteStake<Self::AccountId, PollIndex = PollIndex>;
		/// The referenda (`pallet-referenda`), whose tallies the votes count into.
		type Polls: Polling<
			Tally<Self>,
			Index = PollIndex,
			Votes = Points,
			Moment = BlockNumberFor<Self>,
		>;
		/// The runtime's economic parameters (a key and its value), as `pallet-parameters`
		/// aggregates them.
		type Parameters: Parameter + Member + MaxEncodedLen;
		/// Checks a parameter's new value against its range and the other parameters, and
		/// writes it.
		type ParameterStore: ParameterStore<Self::Parameters>;
		/// Who may change an economic parameter: the economic parameters track.
		type ParametersOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		// Bounds (compile-time: changing them would need a migration).
		/// The most open votes of one account: reputation's `MaxVoteLocks` (each vote locks the
		/// stake for its poll). Only the benchmarks read it, to set up the worst case.
		#[pallet::constant]
		type MaxVotesPerAccount: Get<u32>;

		/// The least electorate support is counted against: on a young chain the first
		/// account to earn a point would otherwise be all of it.
		#[pallet::constant]
		type MinElectorate: Get<Points>;

		/// Told of each voter (the reserve's metrics count active accounts).
		type Metrics: atelier_primitives::activity::Metrics<Self::AccountId>;

		/// Weights of the dispatchables, from the benchmarks.
		type WeightInfo: WeightInfo;

		/// Sets up the benchmarks' worst cases in the runtime.
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: benchmarking::BenchmarkHelper<Self>;
	}

	/// The origins of the referendum tracks besides Root: a referendum on a track dispatches its
	/// call with that track's origin.
	#[pallet::origin]
	#[derive(
		PartialEq, Eq, Clone, MaxEncodedLen, Encode, Decode, DecodeWithMemTracking, TypeInfo, Debug,
	)]
	pub enum Origin {
		/// The treasury track: spends from the treasury, in ATL and in aUSD.
		Treasurer,
		/// The economic parameters track: the values `pallet-parameters` stores.
		EconomicParameters,
		/// The disputes and appeals track: compute disputes (and, later, attestation
		/// challenges).
		Disputes,
		/// The referendum canceller track: cancels an ongoing referendum on any track, its
		/// deposits refunded (a mistake, or a proposal overtaken by events).
		ReferendumCanceller,
		/// The referendum killer track: kills an ongoing referendum on any track, its deposits
		/// slashed (a malicious or junk proposal holding a decision slot).
		ReferendumKiller,
	}

	/// Each open vote: its side and the weight it was counted with. Twox for the poll index (a
	/// counter the referenda pallet assigns), Blake2 for the voter (chosen by users).
	#[pallet::storage]
	pub type VotingOf<T: Config> = StorageDoubleMap<
		_,
		Twox64Concat,
		PollIndex,
		Blake2_128Concat,
		T::AccountId,
		Vote,
		OptionQuery,
	>;

	/// Every track's periods (prepare, decide, confirm, enactment) are divided by this number: 1
	/// on every production chain. Set only at genesis: the `local_fast` preset (end-to-end tests)
	/// sets a larger divisor so that a referendum passes in minutes. A value of 0 reads as 1.
	#[pallet::storage]
	pub type TrackPeriodDivisor<T: Config> = StorageValue<_, u32, ValueQuery>;

	#[pallet::genesis_config]
	#[derive(frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		/// See [`TrackPeriodDivisor`]; 1 (or 0) keeps the periods as they are.
		pub track_period_divisor: u32,
		#[serde(skip)]
		#[allow(missing_docs)]
		pub _config: core::marker::PhantomData<T>,
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		fn build(&self) {
			TrackPeriodDivisor::<T>::put(self.track_period_divisor.max(1));
		}
	}

	#[pallet::event]
	#[pallet::generate_deposit(pub(crate) fn deposit_event)]
	pub enum Event<T: Config> {
		/// `who` voted on `poll`, counted with `weight` (its score).
		Voted {
			/// The voter.
			who: T::AccountId,
			/// The referendum.
			poll: PollIndex,
			/// For or against.
			aye: bool,
			/// The weight counted: the voter's score when it voted.
			weight: Points,
		},
		/// `who`'s vote on `poll` was removed (from the tally if the poll is still open) and the
		/// lock on its stake released.
		VoteRemoved {
			/// The voter.
			who: T::AccountId,
			/// The referendum.
			poll: PollIndex,
			/// The weight the vote was counted with.
			weight: Points,
		},
	}

	#[pallet::error]
	pub enum Error<T> {
		/// The poll is not open to votes: unknown, or already decided, cancelled or timed out.
		NotOngoing,
		/// The voter has no score, so no vote weight (stake counts only beside creation).
		NoVoteWeight,
		/// The account has no vote on this poll.
		NotVoted,
		/// The poll is still open: only the voter removes its own vote from an open poll.
		PollOngoing,
		/// The parameter's value is outside its documented range.
		ParameterOutOfRange,
		/// The parameter's value breaks a relation with other parameters (shares that no longer
		/// add up, a floor above its ceiling, tiers out of order).
		ParametersInconsistent,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn integrity_test() {
			assert!(T::MaxVotesPerAccount::get() > 0, "an account must be able to vote");
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Vote on an open referendum, for (`aye`) or against, with one's reputation score. A
		/// second vote on the same poll replaces the first (counted with the score now). The
		/// voter's counted stake stays locked (it cannot be unstaked) until the vote is removed
		/// with [`Pallet::remove_vote`].
		///
		/// - Origin: signed, the voter (an account with a score).
		/// - `poll`: a referendum that is preparing or deciding.
		///
		/// Errors: [`Error::NoVoteWeight`], [`Error::NotOngoing`], reputation's
		/// `TooManyVoteLocks` (as many open votes as reputation keeps locks).
		///
		/// Emits: [`Event::Voted`] (and reputation's `VoteLocked`).
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::vote().saturating_add(T::Metrics::max_weight()))]
		pub fn vote(origin: OriginFor<T>, poll: PollIndex, aye: bool) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_vote(who.clone(), poll, aye)?;
			T::Metrics::engaged(&who);
			Ok(())
		}

		/// Remove one's vote: from the tally while the poll is open, and in any case release
		/// the lock it put on one's stake.
		///
		/// - Origin: signed, the voter.
		/// - `poll`: a referendum the origin voted on.
		///
		/// Errors: [`Error::NotVoted`].
		///
		/// Emits: [`Event::VoteRemoved`] (and reputation's `VoteUnlocked`).
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::remove_vote())]
		pub fn remove_vote(origin: OriginFor<T>, poll: PollIndex) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_remove_vote(who, poll, true)
		}

		/// Remove another account's vote on a poll that is no longer open, releasing its lock:
		/// anyone may tidy up after a referendum ends.
		///
		/// - Origin: signed, anyone.
		/// - `who`: the voter; `poll`: a referendum that is decided, cancelled or timed out.
		///
		/// Errors: [`Error::PollOngoing`], [`Error::NotVoted`].
		///
		/// Emits: [`Event::VoteRemoved`] (and reputation's `VoteUnlocked`).
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::remove_other_vote())]
		pub fn remove_other_vote(
			origin: OriginFor<T>,
			who: T::AccountId,
			poll: PollIndex,
		) -> DispatchResult {
			ensure_signed(origin)?;
			Self::do_remove_vote(who, poll, false)
		}

		/// Set an economic parameter, after the runtime's checks of its range and of its
		/// relations with the other parameters; a value that fails them changes nothing.
		///
		/// - Origin: [`Config::ParametersOrigin`] (the economic parameters track).
		/// - `key_value`: the parameter and its new value, as `pallet-parameters` takes them.
		///
		/// Errors: [`Error::ParameterOutOfRange`], [`Error::ParametersInconsistent`].
		///
		/// Emits: `pallet-parameters`' `Updated`.
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::set_parameter())]
		pub fn set_parameter(origin: OriginFor<T>, key_value: T::Parameters) -> DispatchResult {
			T::ParametersOrigin::ensure_origin(origin)?;
			Self::do_set_parameter(key_value)
		}
	}
}
