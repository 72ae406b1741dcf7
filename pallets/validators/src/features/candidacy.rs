//! Candidacy: standing with a held bond, adding to it, leaving (the bond unbonds, slashable, for
//! `UnbondingSessions`), and withdrawing it once unbonded.

use crate::{pallet::*, types::*, Balance, Points};
use atelier_primitives::{
	purse::ProtocolPurse as _,
	reputation::{Scores as _, Tiers as _},
};
use frame_support::{pallet_prelude::*, traits::fungible::MutateHold};

impl<T: Config> Pallet<T> {
	/// Registers `who` as a candidate with `bond` held. Refuses a candidate, a member still in
	/// the set, an account without session keys, below the least tier or bond. Into a full list
	/// it enters in place of the weakest candidate outside the set, if it outranks it (that one's
	/// bond unbonds): a full list of squatters keeps nobody out who would be elected before them.
	pub(crate) fn do_register_candidate(who: T::AccountId, bond: Balance) -> DispatchResult {
		ensure!(!Candidates::<T>::contains_key(&who), Error::<T>::AlreadyCandidate);
		// A member that left or was expelled stands again only once it is out of the set: else
		// the election that removes it would find it standing, and keep it.
		ensure!(!Self::in_set(&who), Error::<T>::StillValidating);
		ensure!(T::Session::has_keys(&who), Error::<T>::NoSessionKeys);
		let params = T::Election::get();
		ensure!(T::Tiers::tier(&who) >= params.min_tier, Error::<T>::TierTooLow);
		ensure!(bond > 0 && bond >= params.min_bond, Error::<T>::BondTooLow);
		let listed = CandidateList::<T>::decode_len().unwrap_or(0);
		let displaced = if listed < T::MaxCandidates::get() as usize {
			None
		} else {
			let standing = Self::standing(&who, bond, &params);
			let weakest = Self::weakest_outside_the_set(&params);
			match weakest {
				Some((weakest, its)) if standing > its => Some(weakest),
				_ => return Err(Error::<T>::TooManyCandidates.into()),
			}
		};

		T::Currency::hold(&HoldReason::ValidatorBond.into(), &who, bond)?;
		if let Some(weakest) = displaced {
			if let Some(unbond) = Self::retire(&weakest) {
				Self::deposit_event(Event::Displaced {
					who: weakest,
					by: who.clone(),
					unbonding: unbond.amount,
					unlock_at: unbond.unlock_at,
				});
			}
		}
		Self::insert_candidate(&who, bond)?;
		Self::deposit_event(Event::CandidateRegistered { who, bond });
		Ok(())
	}

	/// How a candidate ranks for a place in a full list: eligible before not (keys, bond, tier
	/// and a standing above zero), then by standing, then bond, then the lower account.
	fn standing(
		who: &T::AccountId,
		bond: Balance,
		params: &ElectionParams,
	) -> (bool, Points, Balance, core::cmp::Reverse<T::AccountId>) {
		let score = T::Scores::score(who);
		let eligible = score > 0
			&& bond >= params.min_bond
			&& T::Tiers::tier(who) >= params.min_tier
			&& T::Session::has_keys(who);
		(eligible, score, bond, core::cmp::Reverse(who.clone()))
	}

	/// The listed candidate outside the active and queued sets that ranks lowest, with its
	/// rank: one pass over the bounded list.
	#[allow(clippy::type_complexity)]
	fn weakest_outside_the_set(
		params: &ElectionParams,
	) -> Option<(T::AccountId, (bool, Points, Balance, core::cmp::Reverse<T::AccountId>))> {
		CandidateList::<T>::get()
			.into_iter()
			.filter(|who| !Self::in_set(who))
			.filter_map(|who| {
				let bond = Candidates::<T>::get(&who)?.bond;
				let standing = Self::standing(&who, bond, params);
				Some((who, standing))
			})
			.min_by(|(_, a), (_, b)| a.cmp(b))
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
		ensure!(!Self::in_set(&who), Error::<T>::StillValidating);

		T::Purse::release(&HoldReason::ValidatorBond.into(), &who, unbond.amount)?;
		Unbonding::<T>::remove(&who);
		if !Candidates::<T>::contains_key(&who) {
			LastSlash::<T>::remove(&who);
		}
		Self::deposit_event(Event::Withdrawn { who, amount: unbond.amount });
		Ok(())
	}

	/// Whether `who` validates in this session or is queued for the next.
	pub(crate) fn in_set(who: &T::AccountId) -> bool {
		Active::<T>::get().binary_search(who).is_ok()
			|| Queued::<T>::get().is_some_and(|queued| queued.binary_search(who).is_ok())
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
