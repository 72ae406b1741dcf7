//! Candidacy: standing with a held bond, adding to it, leaving (the bond unbonds, slashable, for
//! `UnbondingSessions`), and withdrawing it once unbonded.

use crate::{pallet::*, types::*, Balance};
use atelier_primitives::{purse::ProtocolPurse as _, reputation::Tiers as _};
use frame_support::{pallet_prelude::*, traits::fungible::MutateHold};

impl<T: Config> Pallet<T> {
	/// Registers `who` as a candidate with `bond` held. Refuses a candidate, an account without
	/// session keys, below the least tier or bond, and a full list.
	pub(crate) fn do_register_candidate(who: T::AccountId, bond: Balance) -> DispatchResult {
		ensure!(!Candidates::<T>::contains_key(&who), Error::<T>::AlreadyCandidate);
		ensure!(T::Session::has_keys(&who), Error::<T>::NoSessionKeys);
		let params = T::Election::get();
		ensure!(T::Tiers::tier(&who) >= params.min_tier, Error::<T>::TierTooLow);
		ensure!(bond > 0 && bond >= params.min_bond, Error::<T>::BondTooLow);
		let listed = CandidateList::<T>::decode_len().unwrap_or(0);
		ensure!(listed < T::MaxCandidates::get() as usize, Error::<T>::TooManyCandidates);

		T::Currency::hold(&HoldReason::ValidatorBond.into(), &who, bond)?;
		Self::insert_candidate(&who, bond)?;
		Self::deposit_event(Event::CandidateRegistered { who, bond });
		Ok(())
	}

	/// Adds `extra` to a candidate's bond.
	pub(crate) fn do_bond_more(who: T::AccountId, extra: Balance) -> DispatchResult {
		ensure!(extra > 0, Error::<T>::ZeroAmount);
		let mut candidate = Candidates::<T>::get(&who).ok_or(Error::<T>::NotCandidate)?;
		candidate.bond = candidate.bond.checked_add(extra).ok_or(Error::<T>::Overflow)?;

		T::Currency::hold(&HoldReason::ValidatorBond.into(), &who, extra)?;
		Candidates::<T>::insert(&who, candidate);
		Self::deposit_event(Event::Bonded { who, amount: extra, bond: candidate.bond });
		Ok(())
	}

	/// Ends `who`'s candidacy at its own request.
	pub(crate) fn do_leave(who: T::AccountId) -> DispatchResult {
		let unbond = Self::retire(&who).ok_or(Error::<T>::NotCandidate)?;
		Self::deposit_event(Event::CandidateLeft {
			who,
			unbonding: unbond.amount,
			unlock_at: unbond.unlock_at,
		});
		Ok(())
	}

	/// Releases `who`'s unbonding bond once its unlock session has come. An account that is no
	/// longer a candidate also forgets its last slash: its last session as a validator is out
	/// of the report window by now (`UnbondingSessions > ReportWindow + 1`).
	pub(crate) fn do_withdraw_unbonded(who: T::AccountId) -> DispatchResult {
		let unbond = Unbonding::<T>::get(&who).ok_or(Error::<T>::NothingUnbonding)?;
		ensure!(T::Session::current_index() >= unbond.unlock_at, Error::<T>::StillUnbonding);
		// A validator the set kept (too few candidates to replace it) is still validating: its
		// bond unbonds from the session it leaves the set.
		ensure!(
			Active::<T>::get().binary_search(&who).is_err()
				&& Queued::<T>::get().is_none_or(|queued| queued.binary_search(&who).is_err()),
			Error::<T>::StillValidating
		);

		T::Purse::release(&HoldReason::ValidatorBond.into(), &who, unbond.amount)?;
		Unbonding::<T>::remove(&who);
		if !Candidates::<T>::contains_key(&who) {
			LastSlash::<T>::remove(&who);
		}
		Self::deposit_event(Event::Withdrawn { who, amount: unbond.amount });
		Ok(())
	}

	/// Records `who` as a candidate with `bond` (already held), in the map and the sorted list.
	pub(crate) fn insert_candidate(who: &T::AccountId, bond: Balance) -> DispatchResult {
		CandidateList::<T>::try_mutate(|list| {
			let at = list.binary_search(who).err().ok_or(Error::<T>::AlreadyCandidate)?;
			list.try_insert(at, who.clone()).map_err(|_| Error::<T>::TooManyCandidates)
		})?;
		Candidates::<T>::insert(who, Candidate { bond });
		Ok(())
	}

	/// Ends `who`'s candidacy, if it has one: its bond joins what it has unbonding, which
	/// unlocks `UnbondingSessions` from now (an earlier unbonding is held as long). Returns the
	/// unbonding (`None` for an account that was no candidate). The bond stays held.
	pub(crate) fn retire(who: &T::AccountId) -> Option<Unbond> {
		let candidate = Candidates::<T>::take(who)?;
		CandidateList::<T>::mutate(|list| {
			if let Ok(at) = list.binary_search(who) {
				list.remove(at);
			}
		});
		let unlock_at = T::Session::current_index().saturating_add(T::UnbondingSessions::get());
		let unbond = Unbonding::<T>::mutate_exists(who, |entry| {
			let mut unbond = (*entry).unwrap_or(Unbond { amount: 0, unlock_at });
			unbond.amount = unbond.amount.saturating_add(candidate.bond);
			unbond.unlock_at = unbond.unlock_at.max(unlock_at);
			// A bond slashed to nothing leaves nothing to unbond.
			*entry = (unbond.amount > 0).then_some(unbond);
			unbond
		});
		Some(unbond)
	}
}
