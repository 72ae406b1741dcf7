//! The score: pure arithmetic over a record, so that it can be checked by property tests and
//! computed for any block without writing anything.
//!
//! `score = creation + min(stake_points, creation × StakeCreationRatio) − penalties` (at least 0),
//! where `stake_points = ⌊√(staked / StakeUnit)⌋ × StakePointsPerRoot × maturity` and `maturity`
//! grows linearly from 0 to 1 over `StakeMaturity` blocks of the stake's age. Creation counts
//! once it has matured: points credited in period `p` join `creation` at period
//! `p + CreationMaturity`, and decay from then on. Creation and penalties decay once a period
//! by their retentions. `docs/pallets/reputation.md` gives the values and the reasons.

use crate::{pallet::*, types::*};
use atelier_primitives::reputation::{Points, Tier};
use frame_support::traits::Get;
use frame_system::pallet_prelude::BlockNumberFor;
use sp_runtime::{
	traits::{CheckedDiv, IntegerSquareRoot, Saturating, UniqueSaturatedInto, Zero},
	Perbill,
};

/// `value` after `periods` periods at `retention` a period, rounded down.
pub fn decay(value: Points, retention: Perbill, periods: u32) -> Points {
	if periods == 0 || value == 0 {
		return value;
	}
	// `saturating_pow` rounds each square; past 2^16 periods, everything is gone anyway.
	let periods = periods.min(u32::from(u16::MAX));
	retention.saturating_pow(periods as usize).mul_floor(value)
}

/// Stake points of `staked` (in whole stake units) with `age` blocks of a `maturity` of blocks.
pub fn stake_points(units: u128, per_root: Points, age: u64, maturity: u64) -> Points {
	let roots = Points::try_from(units.integer_sqrt()).unwrap_or(Points::MAX);
	let full = roots.saturating_mul(per_root);
	if maturity == 0 || age >= maturity {
		return full;
	}
	Perbill::from_rational(age, maturity).mul_floor(full)
}

/// The score of the parts: stake counts at most `ratio` times the creation points.
pub fn score(creation: Points, stake_points: Points, ratio: u32, penalties: Points) -> Points {
	let counted = stake_points.min(creation.saturating_mul(Points::from(ratio)));
	creation.saturating_add(counted).saturating_sub(penalties)
}

/// The tier of a score: the number of thresholds it reaches, counted from the first, stopping at
/// the first it misses (so thresholds set out of order never skip a tier).
pub fn tier_of(score: Points, thresholds: &[Points]) -> Tier {
	let reached = thresholds.iter().take_while(|t| score >= **t).count();
	Tier::try_from(reached).unwrap_or(Tier::MAX)
}

/// The score the next tier needs, if there is one.
pub fn next_threshold(tier: Tier, thresholds: &[Points]) -> Option<Points> {
	thresholds.get(usize::from(tier)).copied()
}

impl<T: Config> Pallet<T> {
	/// The current period: the block number divided by `Period`.
	pub fn period_at(now: BlockNumberFor<T>) -> u32 {
		let length: u64 = T::Period::get().unique_saturated_into();
		let now: u64 = now.unique_saturated_into();
		u32::try_from(now.checked_div(length).unwrap_or(0)).unwrap_or(u32::MAX)
	}

	/// Brings `record` to `period`: creation credited long enough ago joins `creation` at the
	/// period it matured in, and creation and penalties decay period by period; the period's
	/// earnings reset when it moved on.
	pub(crate) fn decay_to(record: &mut RecordOf<T>, period: u32) {
		let maturity = T::CreationMaturity::get();
		while let Some(&(credited_in, points)) = record.maturing.first() {
			let matures_at = credited_in.saturating_add(maturity);
			if matures_at > period {
				break;
			}
			// An entry that matured before the record's period (the maturity was lowered)
			// decays from when it matured, like the rest.
			let late = record.period.saturating_sub(matures_at);
			Self::advance(record, matures_at);
			let points = decay(points, T::CreationRetention::get(), late);
			record.creation = record.creation.saturating_add(points);
			record.maturing.remove(0);
		}
		Self::advance(record, period);
	}

	/// Decays `record` from its period to `period` (nothing if that is not later).
	fn advance(record: &mut RecordOf<T>, period: u32) {
		if period <= record.period {
			return;
		}
		let elapsed = period.saturating_sub(record.period);
		record.creation = decay(record.creation, T::CreationRetention::get(), elapsed);
		record.penalties = decay(record.penalties, T::PenaltyRetention::get(), elapsed);
		record.earned = Earned::default();
		record.period = period;
	}

	/// Adds `points` credited in `period` (the record's current period) to what matures. Entries
	/// are one per period, at most `CreationMaturity` of them live, below the bound; should the
	/// bound be reached anyway, the points join the newest entry, which matures last.
	pub(crate) fn add_maturing(record: &mut RecordOf<T>, period: u32, points: Points) {
		if let Some((last, total)) = record.maturing.last_mut() {
			if *last == period {
				*total = total.saturating_add(points);
				return;
			}
		}
		if let Err((_, points)) = record.maturing.try_push((period, points)) {
			if let Some((_, total)) = record.maturing.last_mut() {
				*total = total.saturating_add(points);
			}
		}
	}

	/// The creation points still maturing in `record`.
	pub fn maturing_points(record: &RecordOf<T>) -> Points {
		record
			.maturing
			.iter()
			.fold(0, |sum: Points, (_, points)| sum.saturating_add(*points))
	}

	/// How much of the founding seed counts now: all of it while the community's own score is
	/// zero, nothing once it reaches `SeedHorizon`, linearly between.
	pub fn seed_fade() -> Perbill {
		let horizon = SeedHorizon::<T>::get();
		if horizon == 0 {
			return Perbill::zero();
		}
		let organic = TotalScore::<T>::get().min(horizon);
		Perbill::from_rational(horizon.saturating_sub(organic), horizon)
	}

	/// `who`'s founding seed as it counts now.
	pub fn seed_of(who: &T::AccountId) -> Points {
		Self::seed_fade().mul_floor(Seeds::<T>::get(who))
	}

	/// The stake points of `record` at `now`.
	pub(crate) fn stake_points_of(record: &RecordOf<T>, now: BlockNumberFor<T>) -> Points {
		let units: u128 = record
			.staked
			.checked_div(&T::StakeUnit::get())
			.map_or(0, |units| units.unique_saturated_into());
		let age: u64 = now.saturating_sub(record.stake_since).unique_saturated_into();
		let maturity: u64 = T::StakeMaturity::get().unique_saturated_into();
		stake_points(units, T::StakePointsPerRoot::get(), age, maturity)
	}

	/// Everything about `record` at `now`, without writing: the record decayed to `now`'s
	/// period, and the score of it.
	pub(crate) fn evaluate(
		mut record: RecordOf<T>,
		now: BlockNumberFor<T>,
	) -> (RecordOf<T>, ReputationInfo<BalanceOf<T>>) {
		Self::decay_to(&mut record, Self::period_at(now));
		let stake = Self::stake_points_of(&record, now);
		let ratio = T::StakeCreationRatio::get();
		let counted = stake.min(record.creation.saturating_mul(Points::from(ratio)));
		let score = score(record.creation, stake, ratio, record.penalties);
		let thresholds = T::TierThresholds::get();
		let tier = tier_of(score, &thresholds);
		let next_tier_at = next_threshold(tier, &thresholds);
		let unbonding = record.held().saturating_sub(record.staked);
		let info = ReputationInfo {
			score,
			tier,
			creation: record.creation,
			maturing: Self::maturing_points(&record),
			seed: 0,
			stake_points: stake,
			counted_stake_points: counted,
			penalties: record.penalties,
			staked: record.staked,
			unbonding,
			next_tier_at,
			next_tier_needs: next_tier_at.map_or(0, |at| at.saturating_sub(score)),
			item: Some(record.item),
		};
		(record, info)
	}

	/// An account's reputation now (zero for an account without a record), with the founding
	/// seed its vote weighs beside its score.
	pub fn reputation_of(who: &T::AccountId) -> ReputationInfo<BalanceOf<T>> {
		let now = frame_system::Pallet::<T>::block_number();
		let seed = Self::seed_of(who);
		match Reputations::<T>::get(who) {
			Some(record) => {
				let mut info = Self::evaluate(record, now).1;
				info.seed = seed;
				info
			},
			None => {
				let next_tier_at = next_threshold(0, &T::TierThresholds::get());
				ReputationInfo {
					score: 0,
					tier: 0,
					creation: 0,
					maturing: 0,
					seed,
					stake_points: 0,
					counted_stake_points: 0,
					penalties: 0,
					staked: Zero::zero(),
					unbonding: Zero::zero(),
					next_tier_at,
					next_tier_needs: next_tier_at.unwrap_or(0),
					item: None,
				}
			},
		}
	}

	/// An account's score now.
	pub fn score_of(who: &T::AccountId) -> Points {
		Self::reputation_of(who).score
	}

	/// An account's tier now.
	pub fn tier_now(who: &T::AccountId) -> Tier {
		Self::reputation_of(who).tier
	}
}
