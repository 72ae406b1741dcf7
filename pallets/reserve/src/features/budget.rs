//! The infrastructure budget: its lines, paid first each period, and the runway floor it sets.

use crate::{pallet::*, BudgetLine, BudgetReport, Config};
use atelier_primitives::Balance;
use frame_support::{
	pallet_prelude::*,
	traits::{
		fungible::{Inspect, Mutate},
		tokens::{Fortitude, Preservation},
	},
};
use frame_system::pallet_prelude::BlockNumberFor;

impl<T: Config> Pallet<T> {
	/// Sets, replaces (keeping its arrears) or, with `per_period` zero, removes `who`'s line.
	pub(crate) fn do_set_budget_line(who: T::AccountId, per_period: Balance) -> DispatchResult {
		if per_period == 0 {
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
		ensure!(per_period >= T::Stable::minimum_balance(), Error::<T>::BelowMinimum);
		Budget::<T>::try_mutate(|lines| {
			match lines.iter_mut().find(|l| l.who == who) {
				Some(line) => line.per_period = per_period,
				None => lines
					.try_push(BudgetLine { who: who.clone(), per_period, arrears: 0 })
					.map_err(|_| Error::<T>::TooManyLines)?,
			}
			Ok::<_, Error<T>>(())
		})?;
		Self::deposit_event(Event::BudgetLineSet { who, per_period });
		Ok(())
	}

	/// aUSD the budget pays each period.
	pub fn budget_per_period() -> Balance {
		Budget::<T>::get().iter().fold(0, |sum, l| sum.saturating_add(l.per_period))
	}

	/// The aUSD a buy-back or a grant leaves in the reserve: `runway_periods` periods of
	/// budget.
	pub fn runway_floor() -> Balance {
		Self::budget_per_period().saturating_mul(u128::from(T::BuyBack::get().runway_periods))
	}

	/// The reserve's spendable aUSD (it keeps the account alive).
	pub(crate) fn spendable_stable() -> Balance {
		T::Stable::reducible_balance(
			&T::ReserveAccount::get(),
			Preservation::Preserve,
			Fortitude::Polite,
		)
	}

	/// Pays each line what it is due (its arrears and this period's amount), in order, as far
	/// as the aUSD goes; what is not paid becomes its arrears. Never fails: a line that cannot
	/// be paid is reported.
	pub(crate) fn pay_budget(period: u32, now: BlockNumberFor<T>) {
		let mut lines = Budget::<T>::get();
		if lines.is_empty() {
			return;
		}
		let reserve = T::ReserveAccount::get();
		let (mut due_now, mut paid, mut shortfall) = (0u128, 0u128, 0u128);
		for line in lines.iter_mut() {
			due_now = due_now.saturating_add(line.per_period);
			let due = line.per_period.saturating_add(line.arrears);
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
