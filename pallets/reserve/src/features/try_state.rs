//! The reserve's invariants, one function each; `try_state` runs them all, and the tests run
//! them after every test.

use crate::{pallet::*, pool::Pool as _, Config};
use alloc::collections::BTreeSet;
use atelier_primitives::purse::ProtocolReserve as _;
use frame_support::{ensure, traits::Get};
use sp_runtime::{traits::Zero, Permill, TryRuntimeError};

impl<T: Config> Pallet<T> {
	/// Runs every invariant.
	pub fn do_try_state() -> Result<(), TryRuntimeError> {
		Self::try_state_budget_totals_add_up()?;
		Self::try_state_budget_lines()?;
		Self::try_state_bought_atl_accounted()?;
		Self::try_state_lp_tokens_held()?;
		Self::try_state_price_and_period()?;
		Self::try_state_steering()?;
		Self::try_state_grants()?;
		Ok(())
	}

	/// The most demanded models are distinct, each with its demand of this period; and the
	/// grants share in force is inside the range's top (fixed or not).
	fn try_state_grants() -> Result<(), TryRuntimeError> {
		let period = CurrentPeriod::<T>::get().index;
		let leaders = Leaders::<T>::get();
		let distinct: BTreeSet<_> = leaders.iter().map(|(m, _)| *m).collect();
		ensure!(distinct.len() == leaders.len(), "a model is twice among the most demanded");
		for (model, demand) in leaders.iter() {
			let record = ModelDemands::<T>::get(model);
			ensure!(
				record.period == period && record.paid_away == *demand,
				"a most demanded model's demand is not its record of this period"
			);
		}
		ensure!(
			Self::steered().grants <= T::Grants::get().range.max,
			"the grants share in force is above the range's top"
		);
		Ok(())
	}

	/// What fell due is what was paid, what is still owed and what was forgiven.
	fn try_state_budget_totals_add_up() -> Result<(), TryRuntimeError> {
		let totals = RunningTotals::<T>::get();
		let arrears = Budget::<T>::get().iter().fold(0u128, |sum, l| sum.saturating_add(l.arrears));
		ensure!(
			totals.budget_due
				== totals
					.budget_paid
					.saturating_add(arrears)
					.saturating_add(totals.arrears_forgiven),
			"the budget's due, paid, arrears and forgiven amounts do not add up"
		);
		Ok(())
	}

	/// Each line pays something, and no account has two lines.
	fn try_state_budget_lines() -> Result<(), TryRuntimeError> {
		let lines = Budget::<T>::get();
		ensure!(lines.iter().all(|l| l.per_day > 0), "a budget line pays nothing");
		let distinct: BTreeSet<_> = lines.iter().map(|l| &l.who).collect();
		ensure!(distinct.len() == lines.len(), "an account has two budget lines");
		Ok(())
	}

	/// Every bought ATL was burned, pooled or is still held: burned and pooled never exceed what
	/// was bought.
	fn try_state_bought_atl_accounted() -> Result<(), TryRuntimeError> {
		let totals = RunningTotals::<T>::get();
		ensure!(
			totals.burned_atl.saturating_add(totals.pooled_atl) <= totals.bought_atl,
			"more ATL burned or pooled than bought back"
		);
		Ok(())
	}

	/// The reserve holds at least the LP tokens it received (only the reserve can move them;
	/// anyone may add).
	fn try_state_lp_tokens_held() -> Result<(), TryRuntimeError> {
		let (lp, _) = T::Pool::shares(&T::Purse::reserve());
		ensure!(
			lp >= RunningTotals::<T>::get().lp_minted,
			"the reserve holds fewer LP tokens than it received"
		);
		Ok(())
	}

	/// A price, once sampled, is positive; the period began no later than now.
	fn try_state_price_and_period() -> Result<(), TryRuntimeError> {
		if let Some(price) = PriceState::<T>::get() {
			ensure!(!price.average.is_zero() && !price.spot.is_zero(), "a zero price");
		}
		let now = frame_system::Pallet::<T>::block_number();
		ensure!(CurrentPeriod::<T>::get().started_at <= now, "the period begins in the future");
		Ok(())
	}

	/// The targets in force add up to 100% and the discount is above zero and inside the price
	/// guard's band; rules-moved targets stay in their ranges and the discount above its floor
	/// ([`Pallet::check_in_force`]); the period's active count is the accounts marked active in
	/// it; no style's record is ahead of the period.
	fn try_state_steering() -> Result<(), TryRuntimeError> {
		ensure!(Self::steered_is_whole(), "the reserve's targets do not add up to 100%");
		let period = CurrentPeriod::<T>::get().index;
		let marked = Engaged::<T>::iter_values().filter(|p| *p == period).count();
		ensure!(
			marked == Activity::<T>::get().engaged as usize,
			"the period's active count is not the accounts marked active in it"
		);
		ensure!(
			StyleDemands::<T>::iter_values().all(|r| r.period <= period),
			"a style's demand is recorded ahead of the period"
		);
		Self::check_in_force().map_err(TryRuntimeError::Other)?;
		Ok(())
	}

	/// The targets and discount in force are whole and inside the guard (used by `try_state`).
	fn steered_is_whole() -> bool {
		let s = Self::steered();
		let total = [s.targets.stable, s.targets.pol, s.targets.atl]
			.iter()
			.fold(0u32, |sum, p| sum.saturating_add(p.deconstruct()));
		total == Permill::one().deconstruct() && !s.discount.is_zero()
	}
}
