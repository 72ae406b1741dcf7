//! The pallet's invariants, one function each; `try_state` runs them all, and the tests run
//! them after every test.

use crate::{pallet::*, BalanceOf, Target};
use alloc::collections::{btree_map::BTreeMap, btree_set::BTreeSet};
use frame_support::{ensure, traits::fungible::InspectHold};
use sp_runtime::{Saturating, TryRuntimeError};

impl<T: Config> Pallet<T> {
	/// Runs every invariant.
	pub fn do_try_state() -> Result<(), TryRuntimeError> {
		Self::try_state_bonds_are_held()?;
		Self::try_state_challenges_are_counted()?;
		Self::try_state_attestations_are_distinct()?;
		Ok(())
	}

	/// What each account has held under each reason equals what the records say: an
	/// attestor's bond (after slashes), the model bonds it keeps, its open challenges' bonds.
	fn try_state_bonds_are_held() -> Result<(), TryRuntimeError> {
		for (who, attestor) in Attestors::<T>::iter() {
			let held = T::Currency::balance_on_hold(&HoldReason::AttestorBond.into(), &who);
			ensure!(held == attestor.bond, "an attestor's hold differs from its bond");
		}
		let mut model_bonds: BTreeMap<T::AccountId, BalanceOf<T>> = BTreeMap::new();
		for (_, record) in Models::<T>::iter() {
			if let Some(bond) = record.bond {
				let sum = model_bonds.entry(bond.who).or_default();
				*sum = sum.saturating_add(bond.amount);
			}
		}
		for (who, sum) in model_bonds {
			let held = T::Currency::balance_on_hold(&HoldReason::ModelBond.into(), &who);
			ensure!(held == sum, "model bonds held differ from the model records");
		}
		let mut challenge_bonds: BTreeMap<T::AccountId, BalanceOf<T>> = BTreeMap::new();
		for (_, challenge) in Challenges::<T>::iter() {
			for (who, bond) in challenge.bonds() {
				let sum = challenge_bonds.entry(who).or_default();
				*sum = sum.saturating_add(bond);
			}
		}
		for (who, sum) in challenge_bonds {
			let held = T::Currency::balance_on_hold(&HoldReason::ChallengeBond.into(), &who);
			ensure!(held == sum, "challenge bonds held differ from the open challenges");
		}
		Ok(())
	}

	/// Every target's freeze counts its open challenges and lasts until the latest deadline;
	/// every attestor's exposure counts the open challenges naming it; every challenge id is
	/// below the next one; a challenge's accounts are distinct and it opened before its
	/// deadline; a target has at most one open challenge, and [`OpenChallenge`] names it.
	fn try_state_challenges_are_counted() -> Result<(), TryRuntimeError> {
		let next = NextChallengeId::<T>::get();
		let mut open: BTreeMap<Target, u32> = BTreeMap::new();
		let mut exposure: BTreeMap<T::AccountId, u32> = BTreeMap::new();
		for (id, challenge) in Challenges::<T>::iter() {
			ensure!(id < next, "a challenge id at or above the next id");
			let freeze = match challenge.target {
				Target::Dataset(d) => Datasets::<T>::get(d).freeze,
				Target::Model(m) => Models::<T>::get(m).freeze,
			};
			ensure!(freeze.until >= challenge.deadline, "a freeze ends before a deadline");
			ensure!(
				challenge.opened <= challenge.deadline,
				"a challenge opened after its deadline"
			);
			let accounts: BTreeSet<_> = challenge.bonds().map(|(who, _)| who).collect();
			ensure!(
				accounts.len() == challenge.backers.len().saturating_add(1),
				"an account twice in one challenge"
			);
			let count = open.entry(challenge.target).or_default();
			*count = count.saturating_add(1);
			for who in challenge.attestors {
				let count = exposure.entry(who).or_default();
				*count = count.saturating_add(1);
			}
		}
		for (target, id) in OpenChallenge::<T>::iter() {
			ensure!(
				Challenges::<T>::get(id).is_some_and(|c| c.target == target),
				"an open challenge entry names no open challenge against its target"
			);
		}
		for (target, count) in open.iter() {
			ensure!(*count == 1, "two challenges open against one target");
			ensure!(
				OpenChallenge::<T>::contains_key(target),
				"a target's open challenge is not named"
			);
		}
		for (dataset, record) in Datasets::<T>::iter() {
			let expected = open.get(&Target::Dataset(dataset)).copied().unwrap_or_default();
			ensure!(record.freeze.open == expected, "a dataset's freeze miscounts its challenges");
		}
		for (model, record) in Models::<T>::iter() {
			let expected = open.get(&Target::Model(model)).copied().unwrap_or_default();
			ensure!(record.freeze.open == expected, "a model's freeze miscounts its challenges");
		}
		for (who, attestor) in Attestors::<T>::iter() {
			let expected = exposure.get(&who).copied().unwrap_or_default();
			ensure!(attestor.exposure == expected, "an attestor's exposure miscounts");
		}
		Ok(())
	}

	/// A dataset keeps at most one attestation per attestor, and each that still counts is by
	/// a known attestor (a leaving attestor stays slashable until all of its attestations run
	/// out).
	fn try_state_attestations_are_distinct() -> Result<(), TryRuntimeError> {
		let now = frame_system::Pallet::<T>::block_number();
		for (_, record) in Datasets::<T>::iter() {
			let mut seen = BTreeSet::new();
			for attestation in record.attestations.iter() {
				ensure!(seen.insert(&attestation.attestor), "two attestations by one attestor");
				ensure!(
					attestation.expires <= now
						|| Attestors::<T>::contains_key(&attestation.attestor),
					"an attestation by an account that is no attestor"
				);
			}
		}
		Ok(())
	}
}
