//! # Oracle operators
//!
//! Values only the world knows (a model's quality on an evaluation set, a price on a venue
//! outside the chain), reported by bonded operators in rounds, so that no operator can copy
//! another's value and no cartel short of a strict majority of a key's reporters moves it.
//!
//! - **Operators** ([`Pallet::register`]) hold a bond under [`HoldReason::OperatorBond`], add to
//!   it ([`Pallet::bond_more`]), leave ([`Pallet::leave`]: no more rounds, never with a
//!   commitment open; the bond stays held for [`Config::UnbondingPeriod`]) and withdraw it
//!   ([`Pallet::withdraw`]).
//! - **A round** has two windows. In the first, each operator commits
//!   ([`Pallet::commit`]) to `blake2_256(("atelier/oracle/v1", round, operator, values, salt))`;
//!   in the second it reveals ([`Pallet::reveal`]) the values and the salt. Nobody sees a value
//!   before every commitment is in, and a commitment names its operator, so none can be
//!   replayed by another.
//! - **The close** (`on_initialize` of the block after the reveals): for each key revealed by at
//!   least `quorum` operators, the median is published as [`Feeds`] (of an even count, only if
//!   the two middle values lie within `band` of each other: half the reporters never decide);
//!   every operator whose value lies further from it than `band` of it, and every operator that
//!   committed and did not reveal, loses `deviation_slash` of its bond to the reserve. An
//!   operator that has not spoken (revealed a value of a published key) for `silence_rounds`
//!   rounds in a row loses `silence_slash`. Then the next round opens.
//! - **Staleness**: [`Pallet::value`] returns a feed only within `stale_rounds` rounds of the
//!   round that published it, so a feed nobody renews stops steering anything.
//!
//! `docs/pallets/oracle-operators.md` gives the rules, the parameters and the attacks.

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
pub mod migrations;
#[cfg(test)]
mod mock;
#[cfg(test)]
mod tests;
pub mod types;
pub mod weights;

pub use atelier_primitives::Balance;
pub use pallet::*;
pub use types::*;
pub use weights::WeightInfo;

/// The log target of this pallet.
pub const LOG_TARGET: &str = "runtime::oracle-operators";

// FRAME's pallet macro expands `expect`s (storage and error metadata) into this module.
#[allow(clippy::expect_used)]
#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use frame_support::{pallet_prelude::*, traits::fungible};
	use frame_system::pallet_prelude::*;
	use sp_core::H256;

	/// The in-code storage version.
	const STORAGE_VERSION: StorageVersion = StorageVersion::new(1);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	/// Why the pallet holds funds.
	#[pallet::composite_enum]
	pub enum HoldReason {
		/// An operator's bond, standing or unbonding: slashed for values far from the median and
		/// for silence.
		OperatorBond,
	}

	#[pallet::config]
	pub trait Config: frame_system::Config {
		/// The native token, in which bonds are held.
		type Currency: fungible::Inspect<Self::AccountId, Balance = Balance>
			+ fungible::Mutate<Self::AccountId>
			+ fungible::hold::Mutate<Self::AccountId, Reason = Self::RuntimeHoldReason>;
		/// The overarching hold reason.
		type RuntimeHoldReason: From<HoldReason>;
		/// The protocol's purse: releases unbonded bonds, and pays slashes to the reserve.
		type Purse: atelier_primitives::purse::ProtocolPurse<
			Self::AccountId,
			Balance = Balance,
			Reason = Self::RuntimeHoldReason,
		>;

		/// Reputation, told of each slash: a value far from the median or withheld
		/// (`Offence::OracleDeviation`), and silence (`Offence::OracleSilence`).
		type Observer: atelier_primitives::activity::Observer<Self::AccountId>;

		/// What operators report: a bounded, ordered key (a model's quality, a venue's price).
		type Key: Parameter + Member + MaxEncodedLen + Ord + Copy;
		/// The keys the runtime takes (a model's quality only for a model that exists): feeds
		/// are at most one a key taken.
		type Keys: frame_support::traits::Contains<Self::Key>;

		/// Bonds, windows, quorum, band and slashes (`pallet-parameters` in the runtime).
		type Params: Get<ParamsOf<Self>>;

		/// The most operators: a round's close reads each of them once.
		#[pallet::constant]
		type MaxOperators: Get<u32>;
		/// The most values one reveal carries.
		#[pallet::constant]
		type MaxKeys: Get<u32>;
		/// Blocks a leaving operator's bond stays held: the same money cannot take a slot
		/// again, under another account, at once.
		#[pallet::constant]
		type UnbondingPeriod: Get<BlockNumberFor<Self>>;

		/// Weights of the calls and the close, from the benchmarks.
		type WeightInfo: WeightInfo;

		/// Keys the runtime takes, for the benchmarks.
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: benchmarking::BenchmarkHelper<Self::Key>;
	}

	/// Operators and their bonds. Blake2: accounts are chosen by users.
	#[pallet::storage]
	pub type Operators<T: Config> = StorageMap<_, Blake2_128Concat, T::AccountId, OperatorOf<T>>;

	/// The operators that take part in rounds (registered, not leaving), sorted: a round's close
	/// reads them from this one bounded value.
	#[pallet::storage]
	pub type OperatorList<T: Config> = StorageValue<_, OperatorListOf<T>, ValueQuery>;

	/// The current round; the first opens in the first block.
	#[pallet::storage]
	pub type CurrentRound<T: Config> = StorageValue<_, RoundOf<T>, OptionQuery>;

	/// This round's commitments, by operator: only listed operators commit, and none leaves
	/// while committed, so at most `MaxOperators`; emptied at the close.
	#[pallet::storage]
	pub type Commitments<T: Config> = StorageMap<_, Blake2_128Concat, T::AccountId, H256>;

	/// This round's reveals, by operator: each opens a commitment, so at most `MaxOperators`;
	/// emptied at the close.
	#[pallet::storage]
	pub type Reveals<T: Config> = StorageMap<_, Blake2_128Concat, T::AccountId, ValuesOf<T>>;

	/// The published values, by key: one a key the runtime takes ([`Config::Keys`]), published
	/// only with a quorum's reveals.
	#[pallet::storage]
	pub type Feeds<T: Config> = StorageMap<_, Twox64Concat, T::Key, FeedOf<T>>;

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// An operator registered with `bond`.
		OperatorRegistered {
			/// The operator.
			operator: T::AccountId,
			/// Its bond.
			bond: Balance,
		},
		/// An operator added to its bond.
		Bonded {
			/// The operator.
			operator: T::AccountId,
			/// Its bond now.
			bond: Balance,
		},
		/// An operator left; its bond may be withdrawn from `unbonds_at`.
		OperatorLeaving {
			/// The operator.
			operator: T::AccountId,
			/// The first block the bond may be withdrawn in.
			unbonds_at: BlockNumberFor<T>,
		},
		/// An operator withdrew its bond and is gone.
		OperatorLeft {
			/// The operator.
			operator: T::AccountId,
			/// The bond released.
			bond: Balance,
		},
		/// An operator committed to its values for `round`.
		Committed {
			/// The operator.
			operator: T::AccountId,
			/// The round.
			round: RoundIndex,
		},
		/// An operator revealed its values for `round`.
		Revealed {
			/// The operator.
			operator: T::AccountId,
			/// The round.
			round: RoundIndex,
			/// How many values.
			values: u32,
		},
		/// A round closed, publishing the median of every key a quorum revealed.
		RoundClosed {
			/// The round.
			round: RoundIndex,
			/// Keys published.
			published: u32,
			/// Operators that revealed.
			revealed: u32,
		},
		/// A value was published.
		FeedUpdated {
			/// The key.
			key: T::Key,
			/// The median.
			value: Value,
			/// How many operators revealed it.
			reporters: u32,
		},
		/// An operator was slashed: for a value outside the band, or for silence.
		OperatorSlashed {
			/// The operator.
			operator: T::AccountId,
			/// The amount, paid to the reserve.
			amount: Balance,
			/// Why.
			reason: SlashReason,
		},
		/// A round opened.
		RoundOpened {
			/// The round.
			round: RoundIndex,
			/// The last block of its commitments.
			commit_ends: BlockNumberFor<T>,
			/// The last block of its reveals.
			reveal_ends: BlockNumberFor<T>,
		},
	}

	#[pallet::error]
	pub enum Error<T> {
		/// The account is an operator already.
		AlreadyRegistered,
		/// The account is not an operator.
		NotAnOperator,
		/// The bond is below the parameters' `min_bond`.
		BondTooLow,
		/// Every operator slot is taken.
		TooManyOperators,
		/// The operator is leaving: it takes no part in rounds.
		Leaving,
		/// The operator is not leaving, or its bond is still unbonding.
		StillBonded,
		/// No round is open yet.
		NoRound,
		/// The call names another round than the current one.
		WrongRound,
		/// Commitments are not taken now (after the round's commit window).
		NotCommitting,
		/// Reveals are not taken now (only after the commit window, until the reveal window
		/// ends).
		NotRevealing,
		/// The operator committed already in this round.
		AlreadyCommitted,
		/// The operator did not commit in this round.
		NotCommitted,
		/// The operator revealed already in this round.
		AlreadyRevealed,
		/// The values and salt do not open the commitment.
		BadReveal,
		/// A reveal's keys must be sorted and distinct.
		UnsortedKeys,
		/// A reveal carries at least one value.
		NoValues,
		/// A key the runtime does not take (a model that does not exist).
		UnknownKey,
		/// The operator committed in this round: it leaves after the round's close, which
		/// judges the commitment.
		Committed,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn on_initialize(now: BlockNumberFor<T>) -> Weight {
			Self::on_block(now)
		}

		fn integrity_test() {
			assert!(T::MaxOperators::get() >= 3, "a quorum needs three operators at least");
			assert!(T::MaxKeys::get() > 0, "a reveal must carry a value");
			assert!(!T::UnbondingPeriod::get().is_zero(), "a leaving bond must stay held a while");
			assert!(T::Params::get().is_valid(), "the oracle's parameters cannot run rounds");
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Register as an operator with `bond`, held under [`HoldReason::OperatorBond`]. It
		/// takes part at once (it may commit if the commit window is open), and is not counted
		/// silent in the round it registers in. In a full list, a bond larger than the smallest
		/// bond of an operator without a commitment this round takes that operator's place (it
		/// unbonds, as if it had left).
		///
		/// - Origin: signed, not an operator.
		///
		/// Errors: [`Error::AlreadyRegistered`], [`Error::BondTooLow`],
		/// [`Error::TooManyOperators`], or a balance error if the bond cannot be held.
		///
		/// Emits: [`Event::OperatorRegistered`].
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::register())]
		pub fn register(origin: OriginFor<T>, bond: Balance) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_register(who, bond)
		}

		/// Add `extra` to the bond.
		///
		/// - Origin: signed, an operator that is not leaving.
		///
		/// Errors: [`Error::NotAnOperator`], [`Error::Leaving`], or a balance error.
		///
		/// Emits: [`Event::Bonded`].
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::bond_more())]
		pub fn bond_more(origin: OriginFor<T>, extra: Balance) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_bond_more(who, extra)
		}

		/// Leave: no more rounds. The bond stays held for `UnbondingPeriod` blocks.
		///
		/// - Origin: signed, an operator that is not leaving and did not commit in this round
		///   (it leaves after the close, which judges the commitment).
		///
		/// Errors: [`Error::NotAnOperator`], [`Error::Leaving`], [`Error::Committed`].
		///
		/// Emits: [`Event::OperatorLeaving`].
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::leave())]
		pub fn leave(origin: OriginFor<T>) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_leave(who)
		}

		/// Withdraw the bond of an operator that left, once unbonded.
		///
		/// - Origin: signed, the operator.
		///
		/// Errors: [`Error::NotAnOperator`], [`Error::StillBonded`].
		///
		/// Emits: [`Event::OperatorLeft`].
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::withdraw())]
		pub fn withdraw(origin: OriginFor<T>) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_withdraw(who)
		}

		/// Commit to this round's values: `commitment` is [`commitment`] of the round, the
		/// operator, the values (keys sorted) and a secret 32-byte salt.
		///
		/// - Origin: signed, an operator in the list (not leaving).
		/// - `round`: the current round's index (a commitment meant for another round fails).
		///
		/// Errors: [`Error::NotAnOperator`], [`Error::Leaving`], [`Error::NoRound`],
		/// [`Error::WrongRound`], [`Error::NotCommitting`], [`Error::AlreadyCommitted`].
		///
		/// Emits: [`Event::Committed`].
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::commit())]
		pub fn commit(origin: OriginFor<T>, round: RoundIndex, commitment: H256) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_commit(who, round, commitment)
		}

		/// Reveal the values committed to, with the salt, after the commit window.
		///
		/// - Origin: signed, an operator that committed in this round.
		/// - `values`: one to `MaxKeys`, keys sorted, distinct and taken by the runtime.
		///
		/// Errors: [`Error::NotAnOperator`], [`Error::NoRound`], [`Error::WrongRound`],
		/// [`Error::NotRevealing`], [`Error::NotCommitted`], [`Error::AlreadyRevealed`],
		/// [`Error::NoValues`], [`Error::UnsortedKeys`], [`Error::UnknownKey`],
		/// [`Error::BadReveal`].
		///
		/// Emits: [`Event::Revealed`].
		#[pallet::call_index(5)]
		#[pallet::weight(T::WeightInfo::reveal(values.len() as u32))]
		pub fn reveal(
			origin: OriginFor<T>,
			round: RoundIndex,
			values: ValuesOf<T>,
			salt: [u8; 32],
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_reveal(who, round, values, salt)
		}
	}

	/// Why an operator was slashed.
	#[derive(
		Clone,
		Copy,
		PartialEq,
		Eq,
		Encode,
		Decode,
		DecodeWithMemTracking,
		MaxEncodedLen,
		TypeInfo,
		Debug,
	)]
	pub enum SlashReason {
		/// A value further from the median than the band allows.
		Deviation,
		/// `silence_rounds` rounds in a row without a reveal.
		Silence,
		/// A commitment never revealed: it costs what a deviation does, so that no operator can
		/// reveal only when the others' values suit it.
		Withheld,
	}

	impl<T: Config> Pallet<T> {
		/// The published value of `key`, if a round within `stale_rounds` of the current one
		/// published it.
		pub fn value(key: &T::Key) -> Option<Value> {
			Self::fresh_feed(key).map(|feed| feed.value)
		}

		/// The published feed of `key`, if it is fresh.
		pub fn fresh_feed(key: &T::Key) -> Option<FeedOf<T>> {
			let feed = Feeds::<T>::get(key)?;
			let current = CurrentRound::<T>::get().map(|round| round.index).unwrap_or_default();
			let age = current.saturating_sub(feed.round);
			(age <= T::Params::get().stale_rounds).then_some(feed)
		}
	}
}
