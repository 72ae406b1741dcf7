//! Slashes and the settlement's tally of where money went. Every movement out of a hold (a
//! release, a payment, a burn) goes through the protocol's purse ([`Config::Purse`]), by its one
//! rule: to the recipient, else to the reserve, else burned.

use crate::*;
use atelier_primitives::purse::Paid;
use atelier_primitives::purse::ProtocolPurse as _;
use frame_support::pallet_prelude::*;
use sp_runtime::{
	traits::{Saturating, Zero},
	Perbill,
};

/// What a settlement sent past its recipients: to the reserve (a recipient that could not take
/// a payment) or burned (while the reserve could not take it either).
pub(crate) struct Outflow<B> {
	/// Paid to the reserve.
	pub to_reserve: B,
	/// Burned.
	pub burnt: B,
}

impl<B: Saturating + Copy> Outflow<B> {
	/// Counts a payment of `amount` that went as `paid`; returns whether its recipient got it.
	pub(crate) fn reached(&mut self, paid: Paid, amount: B) -> bool {
		match paid {
			Paid::Recipient => return true,
			Paid::Reserve => self.to_reserve = self.to_reserve.saturating_add(amount),
			Paid::Burned => self.burnt = self.burnt.saturating_add(amount),
		}
		false
	}
}

impl<T: Config> Pallet<T> {
	/// Slashes `fraction` of a worker's stake, sending it to `beneficiary` up to
	/// `beneficiary_cap` and the rest to the reserve. Pauses the worker if its stake falls below
	/// the minimum. Returns (slashed, paid to the beneficiary).
	pub(crate) fn slash_worker(
		worker: &T::AccountId,
		fraction: Perbill,
		beneficiary: Option<(&T::AccountId, BalanceOf<T>)>,
	) -> Result<(BalanceOf<T>, BalanceOf<T>), DispatchError> {
		Self::slash_worker_at_least(worker, fraction, Zero::zero(), beneficiary)
	}

	/// [`Self::slash_worker`], slashing at least `floor` (or the whole stake, if less).
	pub(crate) fn slash_worker_at_least(
		worker: &T::AccountId,
		fraction: Perbill,
		floor: BalanceOf<T>,
		beneficiary: Option<(&T::AccountId, BalanceOf<T>)>,
	) -> Result<(BalanceOf<T>, BalanceOf<T>), DispatchError> {
		let Some(info) = Workers::<T>::get(worker) else {
			return Ok((Zero::zero(), Zero::zero()));
		};
		let amount = fraction.mul_floor(info.stake).max(floor);
		let payees: alloc::vec::Vec<_> =
			beneficiary.into_iter().map(|(who, cap)| (who.clone(), cap)).collect();
		Self::slash_to(worker, amount, &payees)
	}

	/// Slashes `amount` of a worker's stake (the whole stake, if less), paying `payees` in
	/// order as far as it goes and the rest to the reserve. Pauses the worker if its stake
	/// falls below the minimum. Returns (slashed, what reached the payees).
	pub(crate) fn slash_to(
		worker: &T::AccountId,
		amount: BalanceOf<T>,
		payees: &[(T::AccountId, BalanceOf<T>)],
	) -> Result<(BalanceOf<T>, BalanceOf<T>), DispatchError> {
		let Some(mut info) = Workers::<T>::get(worker) else {
			return Ok((Zero::zero(), Zero::zero()));
		};
		let amount = amount.min(info.stake);
		let stake: T::RuntimeHoldReason = HoldReason::WorkerStake.into();
		let (mut left, mut reached) = (amount, BalanceOf::<T>::zero());
		for (who, due) in payees {
			let part = (*due).min(left);
			let paid = T::Purse::pay_from_hold(&stake, worker, who, part)?;
			if paid.reached_recipient() {
				reached = reached.saturating_add(part);
			}
			left = left.saturating_sub(part);
		}
		T::Purse::pay_reserve_from_hold(&stake, worker, left)?;
		info.stake = info.stake.saturating_sub(amount);
		if info.stake < T::MinWorkerStake::get() && info.status == WorkerStatus::Active {
			Self::deactivate(worker, &info);
			info.status = WorkerStatus::Paused;
			Self::deposit_event(Event::WorkerPaused { worker: worker.clone() });
		}
		Workers::<T>::insert(worker, info);
		if !amount.is_zero() {
			Self::deposit_event(Event::WorkerSlashed { worker: worker.clone(), amount });
		}
		Ok((amount, reached))
	}
}
