//! The reserve's invariants, checked by `try-runtime` and after every test.

use crate::{pallet::*, pool::Pool as _, Config};
use alloc::collections::BTreeSet;
use frame_support::{ensure, traits::Get};
use sp_runtime::{traits::Zero, TryRuntimeError};

impl<T: Config> Pallet<T> {
	/// - The budget's totals add up: what fell due is what was paid, what is still owed and
	///   what was forgiven.
	/// - Each line pays something, and no account has two lines.
	/// - Every bought ATL was burned, pooled or is still held: burned and pooled never exceed
	///   what was bought.
	/// - The reserve holds at least the LP tokens it received (only the reserve can move them;
	///   anyone may add).
	/// - A price, once sampled, is positive; the period began no later than now.
	pub fn do_try_state() -> Result<(), TryRuntimeError> {
		let lines = Budget::<T>::get();
		let totals = RunningTotals::<T>::get();
		let arrears = lines.iter().fold(0u128, |sum, l| sum.saturating_add(l.arrears));
		ensure!(
			totals.budget_due
				== totals
					.budget_paid
					.saturating_add(arrears)
					.saturating_add(totals.arrears_forgiven),
			"the budget's due, paid, arrears and forgiven amounts do not add up"
		);
		ensure!(lines.iter().all(|l| l.per_day > 0), "a budget line pays nothing");
		let distinct: BTreeSet<_> = lines.iter().map(|l| &l.who).collect();
		ensure!(distinct.len() == lines.len(), "an account has two budget lines");
		ensure!(
			totals.burned_atl.saturating_add(totals.pooled_atl) <= totals.bought_atl,
			"more ATL burned or pooled than bought back"
		);
		let (lp, _) = T::Pool::shares(&T::ReserveAccount::get());
		ensure!(lp >= totals.lp_minted, "the reserve holds fewer LP tokens than it received");
		if let Some(price) = PriceState::<T>::get() {
			ensure!(!price.average.is_zero() && !price.spot.is_zero(), "a zero price");
		}
		let now = frame_system::Pallet::<T>::block_number();
		let period = CurrentPeriod::<T>::get();
		ensure!(period.started_at <= now, "the period begins in the future");
		Ok(())
	}
}
