//! Types of the validator election: its parameters and their checks, a candidate's bond, a bond
//! unbonding, why a set was kept, and the narrow seam to the session pallet.

use crate::Config;
use atelier_primitives::{reputation::Tier, Balance};
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::BoundedVec;
use scale_info::TypeInfo;
use sp_runtime::Perbill;
use sp_staking::SessionIndex;

/// A set of validators as the pallet stores it: sorted by account, at most `MaxValidators`.
pub type ValidatorSetOf<T> =
	BoundedVec<<T as frame_system::Config>::AccountId, <T as Config>::MaxValidators>;

/// The candidates' accounts as the pallet stores them: sorted, at most `MaxCandidates`.
pub type CandidateListOf<T> =
	BoundedVec<<T as frame_system::Config>::AccountId, <T as Config>::MaxCandidates>;

/// The blocks each validator authored in the session, in the order each first authored.
pub type AuthoredOf<T> =
	BoundedVec<(<T as frame_system::Config>::AccountId, u32), <T as Config>::MaxValidators>;

/// The election's parameters (`pallet-parameters` in the runtime: governance changes them; the
/// runtime refuses a value that fails [`ElectionParams::check`]).
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
pub struct ElectionParams {
	/// The size of the set the election fills when enough candidates are eligible.
	pub seats: u32,
	/// The fewest validators a set has: with fewer eligible candidates the set is kept, and
	/// when forced removals leave fewer, as many enter as reach it whatever `max_seat_changes`.
	pub min_validators: u32,
	/// The most candidates that enter the set at one session change (beyond those needed to
	/// reach `min_validators`): at least two thirds of a set of four seats or more stay, so
	/// that the finality votes of a new set come mostly from validators already running.
	pub max_seat_changes: u32,
	/// The least bond an eligible candidate holds (and the least it registers with).
	pub min_bond: Balance,
	/// The least reputation tier of an eligible candidate (and of one that registers).
	pub min_tier: Tier,
}

impl ElectionParams {
	/// Whether the parameters relate as the election needs:
	///
	/// - `1 ≤ min_validators ≤ seats ≤ max_validators` (the runtime's `MaxValidators`);
	/// - `max_seat_changes ≥ 1`, and `3 × max_seat_changes < seats` (more than two thirds of a
	///   full set stay from one session to the next); a set of fewer than four seats cannot keep
	///   that with any change, so there one change a session is allowed (such a set tolerates
	///   no faulty validator anyway);
	/// - `min_bond > 0`.
	pub fn check(&self, max_validators: u32) -> Result<(), &'static str> {
		if self.min_validators == 0 {
			return Err("a set needs at least one validator");
		}
		if self.min_validators > self.seats {
			return Err("min_validators must not exceed the seats");
		}
		if self.seats > max_validators {
			return Err("the seats must not exceed MaxValidators");
		}
		if self.max_seat_changes == 0 {
			return Err("at least one candidate must be able to enter the set at a session change");
		}
		if !Self::keeps_two_thirds(self.seats, self.max_seat_changes) {
			return Err("max_seat_changes must leave more than two thirds of the seats unchanged");
		}
		if self.min_bond == 0 {
			return Err("a candidate must bond something");
		}
		Ok(())
	}

	/// `3 × changes < seats`, or a single change in a set of fewer than four seats.
	pub fn keeps_two_thirds(seats: u32, changes: u32) -> bool {
		u64::from(changes).saturating_mul(3) < u64::from(seats) || (seats < 4 && changes == 1)
	}
}

/// The share of its bond a validator loses for each offence (`pallet-parameters` in the
/// runtime; the runtime refuses a value that fails [`ValidatorPenalties::check`]).
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
pub struct ValidatorPenalties {
	/// Of everything it has at stake (bond and unbonding) for an equivocation proven on chain.
	/// BABE's and GRANDPA's own fraction is not used: with a few validators it is 56 to 100%.
	pub equivocation_slash: Perbill,
	/// Of everything it has at stake for a session in which it was elected and authored no
	/// block.
	pub idle_slash: Perbill,
}

impl ValidatorPenalties {
	/// Whether the penalties relate as they should: an equivocation costs something (else it is
	/// free to repeat), and an idle session, an accident, never costs more than an equivocation,
	/// an attack.
	pub fn check(&self) -> Result<(), &'static str> {
		if self.equivocation_slash == Perbill::zero() {
			return Err("an equivocation must cost a share of the bond");
		}
		if self.idle_slash > self.equivocation_slash {
			return Err("an idle session must not cost more than an equivocation");
		}
		Ok(())
	}
}

/// A candidate for the validator set.
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
pub struct Candidate {
	/// Its bond, held under the pallet's `ValidatorBond` reason.
	pub bond: Balance,
}

/// A bond on its way out: held (and slashable) until `unlock_at`, then withdrawn.
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
pub struct Unbond {
	/// The amount, held under the pallet's `ValidatorBond` reason.
	pub amount: Balance,
	/// The first session in which it may be withdrawn.
	pub unlock_at: SessionIndex,
}

/// Why an election kept the set it had.
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
pub enum KeepReason {
	/// Fewer candidates were eligible than the election's `min_validators`: the chain keeps
	/// the validators it has rather than shrink below what it needs (liveness first).
	TooFewEligible {
		/// The candidates that were eligible.
		eligible: u32,
		/// The election's `min_validators`.
		needed: u32,
	},
	/// The election's parameters fail their checks (the runtime refuses such values, so this
	/// is a misconfigured runtime): nothing is elected until they are fixed.
	InvalidParameters,
}

/// What the pallet needs of the session pallet. The runtime implements it over
/// `pallet-session` and its `historical` part; each function's cost is at most a few reads and
/// is part of the benchmarks that call it.
pub trait SessionInterface<AccountId> {
	/// Whether `who` registered session keys (`session.setKeys`): a validator without keys
	/// could not author, so it cannot stand. The runtime answers with `pallet-session`'s
	/// `ValidatorRegistration::is_registered`.
	fn has_keys(who: &AccountId) -> bool;

	/// Disables `who` for the rest of the session, if it validates in it (`pallet-session`'s
	/// `report_offence`, whose disabling strategy decides), with `severity` the share slashed.
	fn disable(who: &AccountId, severity: Perbill);

	/// Whether `who` is disabled in the current session: a disabled validator is not judged
	/// idle, since it was kept from authoring.
	fn is_disabled(who: &AccountId) -> bool;

	/// Prunes the historical roots of the sessions before `up_to`: an offence in them can no
	/// longer be proven (`pallet-session`'s `historical::Pallet::prune_up_to`).
	fn prune_history(up_to: SessionIndex);

	/// The current session's index.
	fn current_index() -> SessionIndex;
}
