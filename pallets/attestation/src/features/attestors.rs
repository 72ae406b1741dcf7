//! Attestors: application with a bond, approval, leaving through an unbonding period.

use crate::{pallet::*, Attestor, AttestorStatus};
use atelier_primitives::purse::ProtocolPurse as _;
use frame_support::pallet_prelude::*;
use frame_system::pallet_prelude::BlockNumberFor;
use sp_runtime::Saturating;

impl<T: Config> Pallet<T> {
	/// Holds the attestor bond and records `who` as a candidate; refuses an existing attestor.
	pub(crate) fn do_apply(who: T::AccountId) -> DispatchResult {
		ensure!(!Attestors::<T>::contains_key(&who), Error::<T>::AlreadyAttestor);
		let bond = T::AttestorBond::get();
		Self::hold(HoldReason::AttestorBond, &who, bond)?;
		Attestors::<T>::insert(
			&who,
			Attestor { bond, status: AttestorStatus::Candidate, exposure: 0 },
		);
		Self::deposit_event(Event::AttestorApplied { who, bond });
		Ok(())
	}

	/// Makes candidate `who` an active attestor; refuses an account that is not a candidate.
	pub(crate) fn do_approve(who: T::AccountId) -> DispatchResult {
		Attestors::<T>::try_mutate(&who, |record| {
			let record = record.as_mut().ok_or(Error::<T>::NotCandidate)?;
			ensure!(record.status == AttestorStatus::Candidate, Error::<T>::NotCandidate);
			record.status = AttestorStatus::Active;
			Ok::<_, DispatchError>(())
		})?;
		Self::deposit_event(Event::AttestorApproved { who });
		Ok(())
	}

	/// Releases a candidate's bond at once, or starts an active attestor's unbonding; refuses a
	/// non-attestor and one already leaving.
	pub(crate) fn do_leave(who: T::AccountId) -> DispatchResult {
		let mut record = Attestors::<T>::get(&who).ok_or(Error::<T>::NotAttestor)?;
		match record.status {
			AttestorStatus::Candidate => {
				// A candidate never attested: nothing to answer for.
				T::Purse::release(&HoldReason::AttestorBond.into(), &who, record.bond)?;
				Attestors::<T>::remove(&who);
				Self::deposit_event(Event::AttestorWithdrawn { who, amount: record.bond });
			},
			AttestorStatus::Active => {
				let until: BlockNumberFor<T> = frame_system::Pallet::<T>::block_number()
					.saturating_add(T::AttestorUnbonding::get());
				record.status = AttestorStatus::Leaving { until };
				Attestors::<T>::insert(&who, record);
				Self::deposit_event(Event::AttestorLeaving { who, until });
			},
			AttestorStatus::Leaving { .. } => return Err(Error::<T>::NotActive.into()),
		}
		Ok(())
	}

	/// Releases a leaving attestor's bond and removes it; refuses a non-attestor, one not leaving
	/// or still unbonding, and one exposed to an open challenge.
	pub(crate) fn do_withdraw_attestor(who: T::AccountId) -> DispatchResult {
		let record = Attestors::<T>::get(&who).ok_or(Error::<T>::NotAttestor)?;
		let AttestorStatus::Leaving { until } = record.status else {
			return Err(Error::<T>::NotLeaving.into());
		};
		ensure!(frame_system::Pallet::<T>::block_number() >= until, Error::<T>::StillUnbonding);
		ensure!(record.exposure == 0, Error::<T>::Exposed);
		T::Purse::release(&HoldReason::AttestorBond.into(), &who, record.bond)?;
		Attestors::<T>::remove(&who);
		Self::deposit_event(Event::AttestorWithdrawn { who, amount: record.bond });
		Ok(())
	}
}
