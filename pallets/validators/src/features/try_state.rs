//! The pallet's invariants, one function each; `try_state` runs them all, and the tests run
//! them after every test.

use crate::{pallet::*, Balance};
use alloc::collections::btree_set::BTreeSet;
use frame_support::{ensure, traits::fungible::InspectHold};
use sp_runtime::TryRuntimeError;

impl<T: Config> Pallet<T> {
	/// Runs every invariant.
	#[cfg(any(feature = "try-runtime", test))]
	pub fn do_try_state() -> Result<(), TryRuntimeError> {
		Self::try_state_bonds_are_held()?;
		Self::try_state_candidate_list_matches_candidates()?;
		Self::try_state_sets_are_sorted_and_never_empty()?;
		Self::try_state_authors_are_active()?;
		Self::try_state_idle_are_sorted()?;
		Ok(())
	}

	/// What is held under `ValidatorBond` for each candidate and each account unbonding is
	/// exactly its bond plus its unbonding amount; no unbonding entry is empty.
	fn try_state_bonds_are_held() -> Result<(), TryRuntimeError> {
		let accounts: BTreeSet<T::AccountId> =
			Candidates::<T>::iter_keys().chain(Unbonding::<T>::iter_keys()).collect();
		for who in accounts {
			let bond: Balance = Candidates::<T>::get(&who).map_or(0, |c| c.bond);
			let unbonding = Unbonding::<T>::get(&who).map_or(0, |u| u.amount);
			let held = T::Currency::balance_on_hold(&HoldReason::ValidatorBond.into(), &who);
			ensure!(
				held == bond.saturating_add(unbonding),
				"the bond held differs from a bond plus its unbonding"
			);
		}
		for (_, unbond) in Unbonding::<T>::iter() {
			ensure!(unbond.amount > 0, "an unbonding entry holds nothing");
		}
		Ok(())
	}

	/// The candidate list is sorted without duplicates and lists exactly the candidates.
	fn try_state_candidate_list_matches_candidates() -> Result<(), TryRuntimeError> {
		let list = CandidateList::<T>::get();
		ensure!(
			list.windows(2).all(|pair| matches!(pair, [a, b] if a < b)),
			"the candidate list is not sorted, or lists an account twice"
		);
		for who in list.iter() {
			ensure!(Candidates::<T>::contains_key(who), "a listed account is no candidate");
		}
		ensure!(
			Candidates::<T>::iter_keys().count() == list.len(),
			"a candidate is missing from the list"
		);
		Ok(())
	}

	/// The active and queued sets are sorted without duplicates, and an elected set is never
	/// empty.
	fn try_state_sets_are_sorted_and_never_empty() -> Result<(), TryRuntimeError> {
		let active = Active::<T>::get();
		ensure!(
			active.windows(2).all(|pair| matches!(pair, [a, b] if a < b)),
			"the active set is not sorted, or holds an account twice"
		);
		if let Some(queued) = Queued::<T>::get() {
			ensure!(!queued.is_empty(), "an empty set was queued");
			ensure!(
				queued.windows(2).all(|pair| matches!(pair, [a, b] if a < b)),
				"the queued set is not sorted, or holds an account twice"
			);
		}
		Ok(())
	}

	/// Only active validators have blocks counted, each once, each at least one.
	fn try_state_authors_are_active() -> Result<(), TryRuntimeError> {
		let active = Active::<T>::get();
		let authored = Authored::<T>::get();
		let mut seen = BTreeSet::new();
		for (who, blocks) in authored.iter() {
			ensure!(active.binary_search(who).is_ok(), "an author is not an active validator");
			ensure!(seen.insert(who), "an author is counted twice");
			ensure!(*blocks > 0, "an author is counted with no block");
		}
		Ok(())
	}

	/// The idle validators are sorted without duplicates.
	fn try_state_idle_are_sorted() -> Result<(), TryRuntimeError> {
		let idle = Idle::<T>::get();
		ensure!(
			idle.windows(2).all(|pair| matches!(pair, [a, b] if a < b)),
			"the idle validators are not sorted, or one is named twice"
		);
		Ok(())
	}
}
