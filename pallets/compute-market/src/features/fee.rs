//! The EIP-1559 base fee: one per hardware class, updated once a block from the units the
//! previous block admitted.

use crate::*;
use frame_support::traits::Get;
use sp_runtime::{
	helpers_128bit::multiply_by_rational_with_rounding,
	traits::{One, Saturating, Zero},
	Rounding, SaturatedConversion,
};

impl<T: Config> Pallet<T> {
	/// Half of the units a block may admit: the usage at which the base fee stays put.
	pub fn target_units() -> u64 {
		(T::BlockUnitLimit::get() / 2).max(1)
	}

	/// The base fee after a block that admitted `used` units at `base`:
	/// `base × (1 + (used − target) / target / 8)`, moving up by at least one when above
	/// target, clamped to `[MinBaseFee, MaxBaseFee]`.
	pub fn next_base_fee(base: BalanceOf<T>, used: u64) -> BalanceOf<T> {
		let target = Self::target_units();
		let base_u: u128 = base.saturated_into();
		let denominator = u128::from(target).saturating_mul(8);
		let next = if used > target {
			let excess = u128::from(used.saturating_sub(target));
			let delta =
				multiply_by_rational_with_rounding(base_u, excess, denominator, Rounding::Down)
					.unwrap_or(u128::MAX)
					.max(1);
			base_u.saturating_add(delta)
		} else {
			let shortfall = u128::from(target.saturating_sub(used));
			let delta =
				multiply_by_rational_with_rounding(base_u, shortfall, denominator, Rounding::Down)
					.unwrap_or(base_u);
			base_u.saturating_sub(delta)
		};
		let next: BalanceOf<T> = next.saturated_into();
		next.clamp(T::MinBaseFee::get(), T::MaxBaseFee::get())
	}

	/// Moves every stored base fee into the current bounds, at once: the runtime calls it when
	/// governance changes the floor or the ceiling, so that no block runs with a fee outside
	/// them.
	pub fn clamp_base_fees() {
		for class in HardwareClass::ALL {
			let Ok(fee) = BaseFee::<T>::try_get(class) else { continue };
			let clamped = fee.clamp(T::MinBaseFee::get(), T::MaxBaseFee::get());
			if clamped != fee {
				BaseFee::<T>::insert(class, clamped);
				Self::deposit_event(Event::BaseFeeUpdated { class, base_fee_per_unit: clamped });
			}
		}
	}

	/// Moves every class's base fee by the units the previous block admitted, and resets the
	/// count for this block. A class without a stored fee (a new chain) gets one written, even
	/// at the floor: the storage's default is the floor, a governance parameter, and clients
	/// reading raw storage decode the default their metadata carries, which may be an older
	/// floor.
	pub(crate) fn update_base_fees() {
		for class in HardwareClass::ALL {
			let used = UnitsAdmitted::<T>::take(class);
			let stored = BaseFee::<T>::try_get(class).ok();
			let base = stored.unwrap_or_else(T::MinBaseFee::get);
			let next = Self::next_base_fee(base, used);
			if stored != Some(next) {
				BaseFee::<T>::insert(class, next);
			}
			if next != base {
				Self::deposit_event(Event::BaseFeeUpdated { class, base_fee_per_unit: next });
			}
		}
	}
}

impl<T: Config> Pallet<T> {
	/// A quote for a job of `units` units of `model` on `class` hardware (runtime API).
	///
	/// The suggested tip is one more than the tip of the first pending job (of that class,
	/// able to pay the next base fee) that would push this job past the next block's unit
	/// limit, or zero if the queue leaves room.
	pub fn quote(model: ModelId, class: HardwareClass, units: u64) -> Quote<BalanceOf<T>> {
		let base = BaseFee::<T>::get(class);
		let next = Self::next_base_fee(base, UnitsAdmitted::<T>::get(class));
		let limit = T::BlockUnitLimit::get();
		let mut ahead: u64 = 0;
		let mut tip = BalanceOf::<T>::zero();
		for entry in Pending::<T>::get().iter() {
			if entry.class != class || entry.max_base_fee_per_unit < next {
				continue;
			}
			if ahead.saturating_add(entry.max_units).saturating_add(units) > limit {
				tip = entry.tip_per_unit.saturating_add(One::one());
				break;
			}
			ahead = ahead.saturating_add(entry.max_units);
		}
		let units_b = BalanceOf::<T>::from(units);
		// Two blocks of 12.5% rises: × 81/64, rounded up.
		let margin =
			multiply_by_rational_with_rounding(next.saturated_into(), 81, 64, Rounding::Up)
				.unwrap_or(u128::MAX)
				.saturated_into::<BalanceOf<T>>()
				.min(T::MaxBaseFee::get());
		Quote {
			model_available: T::Models::exists(&model) && T::Models::is_monetizable(&model),
			base_fee_per_unit: base,
			next_base_fee_per_unit: next,
			suggested_tip_per_unit: tip,
			estimated_cost: units_b.saturating_mul(next.saturating_add(tip)),
			suggested_max_base_fee_per_unit: margin.max(next),
		}
	}

	/// What the active workers of `class` offer a job of `units` (runtime API, beside
	/// [`Pallet::quote`]): how many serve the size with deterministic answers and how many with
	/// nondeterministic ones (those serve only jobs that waive verification), and whether a
	/// deterministic worker's receipt of the class is spot-checked now, at least at what rate.
	/// Reads at most `MaxWorkersPerClass` workers.
	pub fn quote_verification(class: HardwareClass, units: u64) -> QuoteVerification {
		let (mut deterministic, mut nondeterministic, mut checkers) = (0u32, 0u32, 0u32);
		for worker in ActiveWorkers::<T>::get(class).iter() {
			let Some(info) = Workers::<T>::get(worker) else { continue };
			let deterministic_answers = info.answers == Answers::Deterministic;
			if deterministic_answers {
				checkers = checkers.saturating_add(1);
			}
			if !info.job_sizes.serves(units) {
				continue;
			}
			if deterministic_answers {
				deterministic = deterministic.saturating_add(1);
			} else {
				nondeterministic = nondeterministic.saturating_add(1);
			}
		}
		QuoteVerification {
			deterministic_workers: deterministic,
			nondeterministic_workers: nondeterministic,
			spot_checked: checkers >= 3,
			check_rate: T::CheckRate::get(),
		}
	}
}
