//! The infrastructure budget: its lines, paid first each period, and the runway floor it sets.
//!
//! A line is a rate, aUSD a day: a period pays each line for the blocks it lasted
//! ([`Pallet::for_blocks`]), so the period's length decides how often the budget is paid, never
//! how much. The whole budget is bounded by the origin that sets it ([`Config::BudgetOrigin`]
//! answers with the most aUSD a day the budget may reach), so a budget line is never a way
//! around the treasury's spend limit.

use crate::{pallet::*, BudgetLine, BudgetReport, Config};
use atelier_primitives::purse::ProtocolReserve as _;
use atelier_primitives::Balance;
use frame_support::{
	pallet_prelude::*,
	traits::{
		fungible::{Inspect, Mutate},
		tokens::{Fortitude, Preservation},
	},
};
use frame_system::pallet_prelude::BlockNumberFor;
use sp_runtime::{
	helpers_128bit::multiply_by_rational_with_rounding, traits::UniqueSaturatedInto, Rounding,
};

impl<T: Config> Pallet<T> {
	/// What `per_day` comes to over `blocks` blocks, rounded down.
	pub fn for_blocks(per_day: Balance, blocks: BlockNumberFor<T>) -> Balance {
		let blocks: u128 = blocks.unique_saturated_into();
		let day: u128 = T::BlocksPerDay::get().unique_saturated_into();
		multiply_by_rational_with_rounding(per_day, blocks, day.max(1), Rounding::Down)
			.unwrap_or(Balance::MAX)
	}

	/// Sets, replaces (keeping its arrears) or, with `per_day` zero, removes `who`'s line. The
	/// budget may pay at most `limit` aUSD a day once the line is set.
	pub(crate) fn do_set_budget_line(
		who: T::AccountId,
		per_day: Balance,
		limit: Balance,
	) -> DispatchResult {
		if per_day == 0 {
			let forgiven = Budget::<T>::try_mutate(|lines| {
				let at = lines.iter().position(|l| l.who == who).ok_or(Error::<T>::NotInBudget)?;
				Ok::<_, Error<T>>(lines.remove(at).arrears)
			})?;
			RunningTotals::<T>::mutate(|t| {
				t.arrears_forgiven = t.arrears_forgiven.saturating_add(forgiven)
			});
			Self::deposit_event(Event::BudgetLineRemoved { who, arrears_forgiven: forgiven });
			return Ok(());
		}
		ensure!(per_day >= T::Stable::minimum_balance(), Error::<T>::BelowMinimum);
		Budget::<T>::try_mutate(|lines| {
			match lines.iter_mut().find(|l| l.who == who) {
				Some(line) => line.per_day = per_day,
				None => lines
					.try_push(BudgetLine { who: who.clone(), per_day, arrears: 0 })
					.map_err(|_| Error::<T>::TooManyLines)?,
			}
			let total = lines.iter().fold(0u128, |sum, l| sum.saturating_add(l.per_day));
			ensure!(total <= limit, Error::<T>::OverSpendLimit);
			Ok::<_, Error<T>>(())
		})?;
		Self::deposit_event(Event::BudgetLineSet { who, per_day });
		Ok(())
	}

	/// aUSD the budget pays a day.
	pub fn budget_per_day() -> Balance {
		Budget::<T>::get().iter().fold(0, |sum, l| sum.saturating_add(l.per_day))
	}

	/// The aUSD a buy-back or a grant leaves in the reserve: `runway_days` days of budget.
	pub fn runway_floor() -> Balance {
		Self::budget_per_day().saturating_mul(u128::from(T::BuyBack::get().runway_days))
	}

	/// The reserve's spendable aUSD (it keeps the account alive).
	pub(crate) fn spendable_stable() -> Balance {
		T::Stable::reducible_balance(
			&T::Purse::reserve(),
			Preservation::Preserve,
			Fortitude::Polite,
		)
	}

	/// Pays each line what it is due (its arrears and its rate over the period's `elapsed`
	/// blocks), in order, as far as the aUSD goes; what is not paid becomes its arrears. Never
	/// fails: a line that cannot be paid is reported.
	pub(crate) fn pay_budget(period: u32, now: BlockNumberFor<T>, elapsed: BlockNumberFor<T>) {
		let mut lines = Budget::<T>::get();
		if lines.is_empty() {
			return;
		}
		let reserve = T::Purse::reserve();
		let (mut due_now, mut paid, mut shortfall) = (0u128, 0u128, 0u128);
		for line in lines.iter_mut() {
			let this_period = Self::for_blocks(line.per_day, elapsed);
			due_now = due_now.saturating_add(this_period);
			let due = this_period.saturating_add(line.arrears);
			let pay = due.min(Self::spendable_stable());
			let done = pay > 0
				&& T::Stable::transfer(&reserve, &line.who, pay, Preservation::Preserve).is_ok();
			let line_paid = if done { pay } else { 0 };
			line.arrears = due.saturating_sub(line_paid);
			paid = paid.saturating_add(line_paid);
			if line.arrears > 0 {
				shortfall = shortfall.saturating_add(line.arrears);
				Self::deposit_event(Event::BudgetShortfall {
					period,
					who: line.who.clone(),
					unpaid: line.arrears,
				});
			}
		}
		Budget::<T>::put(lines);
		RunningTotals::<T>::mutate(|t| {
			t.budget_due = t.budget_due.saturating_add(due_now);
			t.budget_paid = t.budget_paid.saturating_add(paid);
		});
		LastBudget::<T>::put(BudgetReport { period, at: now, paid, shortfall });
		Self::deposit_event(Event::BudgetPaid { period, paid, shortfall });
	}
}
