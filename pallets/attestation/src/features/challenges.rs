//! Challenges: opening (the O(1) freeze), upholding, dismissing, lifting on appeal.

use crate::{pallet::*, BalanceOf, Challenge, ChallengeId, Severity, Target, Violation};
use alloc::vec::Vec;
use atelier_primitives::{
	provenance::ModelLineage,
	reputation::{Creation, Observer, Offence},
};
use frame_support::{pallet_prelude::*, BoundedVec};
use frame_system::pallet_prelude::BlockNumberFor;
use sp_core::H256;
use sp_runtime::{
	traits::{Saturating, Zero},
	SaturatedConversion,
};

impl<T: Config> Pallet<T> {
	/// The target's violation in force at `now`, if any.
	fn violation_in_force(target: Target, now: &BlockNumberFor<T>) -> bool {
		match target {
			Target::Dataset(id) => Datasets::<T>::get(id).violation,
			Target::Model(id) => Models::<T>::get(id).violation,
		}
		.is_some_and(|v| v.in_force(now))
	}

	pub(crate) fn do_challenge(
		challenger: T::AccountId,
		target: Target,
		severity: Severity,
		evidence: H256,
	) -> DispatchResult {
		match target {
			Target::Dataset(id) => {
				ensure!(T::Lineage::dataset_owner(&id).is_some(), Error::<T>::UnknownDataset)
			},
			Target::Model(id) => {
				ensure!(T::Lineage::model(&id).is_some(), Error::<T>::UnknownModel)
			},
		}
		let now = frame_system::Pallet::<T>::block_number();
		ensure!(!Self::violation_in_force(target, &now), Error::<T>::TargetFrozen);
		let id = NextChallengeId::<T>::get();
		let next = id.checked_add(1).ok_or(DispatchError::Exhausted)?;
		let deadline = now.saturating_add(T::ChallengePeriod::get());
		// The dataset's attestors when the challenge opens answer for it, whatever they revoke.
		let attestors: BoundedVec<T::AccountId, T::MaxAttestationsPerDataset> = match target {
			Target::Dataset(id) => {
				let record = Datasets::<T>::get(id);
				let list: Vec<_> = record
					.attestations
					.into_iter()
					.map(|a| a.attestor)
					.filter(|who| Attestors::<T>::contains_key(who))
					.collect();
				BoundedVec::truncate_from(list)
			},
			Target::Model(_) => BoundedVec::new(),
		};
		let bond = T::ChallengeBondAmount::get();
		Self::hold(HoldReason::ChallengeBond, &challenger, bond)?;
		for who in attestors.iter() {
			Attestors::<T>::mutate(who, |record| {
				if let Some(record) = record {
					record.exposure = record.exposure.saturating_add(1);
				}
			});
		}
		Self::mutate_freeze(target, |freeze| {
			freeze.open = freeze.open.saturating_add(1);
			freeze.until = freeze.until.max(deadline);
		});
		Challenges::<T>::insert(
			id,
			Challenge {
				challenger: challenger.clone(),
				target,
				severity,
				evidence,
				bond,
				deadline,
				attestors,
			},
		);
		NextChallengeId::<T>::put(next);
		Self::deposit_event(Event::Challenged {
			id,
			challenger,
			target,
			severity,
			evidence,
			deadline,
		});
		Ok(())
	}

	fn mutate_freeze(target: Target, f: impl FnOnce(&mut crate::Freeze<BlockNumberFor<T>>)) {
		match target {
			Target::Dataset(id) => Datasets::<T>::mutate(id, |r| f(&mut r.freeze)),
			Target::Model(id) => Models::<T>::mutate(id, |r| f(&mut r.freeze)),
		}
	}

	/// Closes an open challenge: takes it out of its target's freeze and its attestors'
	/// exposure.
	fn close(id: ChallengeId, challenge: &crate::ChallengeOf<T>) {
		Challenges::<T>::remove(id);
		Self::mutate_freeze(challenge.target, |freeze| {
			freeze.open = freeze.open.saturating_sub(1);
		});
		for who in challenge.attestors.iter() {
			Attestors::<T>::mutate(who, |record| {
				if let Some(record) = record {
					record.exposure = record.exposure.saturating_sub(1);
				}
			});
		}
	}

	pub(crate) fn do_uphold(id: ChallengeId, severity: Severity) -> DispatchResult {
		let challenge = Challenges::<T>::get(id).ok_or(Error::<T>::UnknownChallenge)?;
		let now = frame_system::Pallet::<T>::block_number();
		ensure!(now <= challenge.deadline, Error::<T>::DeadlinePassed);
		let until = match severity {
			Severity::Minor => Some(now.saturating_add(T::LockPeriod::get())),
			Severity::Major => None,
		};
		let violation = Violation { challenge: id, severity, until };
		Self::close(id, &challenge);
		let mut slashed = BalanceOf::<T>::zero();
		let mut reward = BalanceOf::<T>::zero();
		let mut burned = BalanceOf::<T>::zero();
		let offender = match challenge.target {
			Target::Dataset(dataset) => {
				let fraction = T::AttestorSlash::get();
				let share = T::ChallengerShare::get();
				for who in challenge.attestors.iter() {
					let Some(mut attestor) = Attestors::<T>::get(who) else { continue };
					let amount = fraction.mul_floor(attestor.bond);
					let to_challenger = share.mul_floor(amount);
					let paid = Self::pay_from_hold(
						HoldReason::AttestorBond,
						who,
						&challenge.challenger,
						to_challenger,
					)?;
					Self::pay_reserve_from_hold(
						HoldReason::AttestorBond,
						who,
						amount.saturating_sub(to_challenger),
					)?;
					attestor.bond = attestor.bond.saturating_sub(amount);
					Attestors::<T>::insert(who, attestor);
					slashed = slashed.saturating_add(amount);
					reward = reward.saturating_add(paid);
					T::Observer::offended(who, Offence::ChallengeUpheld);
					Self::deposit_event(Event::AttestorSlashed { who: who.clone(), amount });
				}
				Datasets::<T>::mutate(dataset, |record| {
					// The attestations proved false no longer count, even after a lock ends.
					record.attestations.clear();
					if !record.violation.is_some_and(|v| v.in_force(&now) && v.until.is_none()) {
						record.violation = Some(violation);
					}
				});
				T::Lineage::dataset_owner(&dataset)
			},
			Target::Model(model) => {
				if severity == Severity::Major {
					slashed = Models::<T>::get(model).bond.map(|b| b.amount).unwrap_or_default();
					let (b, r) =
						Self::burn_model_bond_and_royalties(model, Some(&challenge.challenger))?;
					burned = b;
					reward = r;
				}
				Models::<T>::mutate(model, |record| {
					if !record.violation.is_some_and(|v| v.in_force(&now) && v.until.is_none()) {
						record.violation = Some(violation);
					}
				});
				T::Lineage::model(&model).map(|link| link.owner)
			},
		};
		if let Some(offender) = offender {
			T::Observer::offended(&offender, Offence::Violation);
		}
		Self::release(HoldReason::ChallengeBond, &challenge.challenger, challenge.bond)?;
		Self::deposit_event(Event::Upheld {
			id,
			target: challenge.target,
			severity,
			slashed,
			reward,
			burned,
		});
		Ok(())
	}

	pub(crate) fn do_dismiss(id: ChallengeId, lapsed: bool) -> DispatchResult {
		let challenge = Challenges::<T>::get(id).ok_or(Error::<T>::UnknownChallenge)?;
		let now = frame_system::Pallet::<T>::block_number();
		if lapsed {
			ensure!(now > challenge.deadline, Error::<T>::DeadlineNotReached);
		} else {
			ensure!(now <= challenge.deadline, Error::<T>::DeadlinePassed);
		}
		Self::close(id, &challenge);
		Self::pay_reserve_from_hold(
			HoldReason::ChallengeBond,
			&challenge.challenger,
			challenge.bond,
		)?;
		if !lapsed {
			// A rejection proves the attestations right; a lapse proves nothing. Each attestor is
			// credited its part of the forfeited bond (reputation prices creation by value that
			// left everyone's control, here to the reserve).
			let count = challenge.attestors.len().max(1) as u32;
			let forfeited: u128 = challenge.bond.saturated_into();
			let each = forfeited.checked_div(u128::from(count)).unwrap_or(0);
			for who in challenge.attestors.iter() {
				T::Observer::created(who, Creation::AttestationUpheld { forfeited: each });
			}
		}
		Self::deposit_event(Event::Dismissed {
			id,
			target: challenge.target,
			lapsed,
			bond: challenge.bond,
		});
		Ok(())
	}

	pub(crate) fn do_lift(target: Target) -> DispatchResult {
		let now = frame_system::Pallet::<T>::block_number();
		let take = |violation: &mut Option<Violation<BlockNumberFor<T>>>| {
			violation.take_if(|v| v.in_force(&now)).ok_or(Error::<T>::NoViolation)
		};
		let violation = match target {
			Target::Dataset(id) => Datasets::<T>::try_mutate(id, |r| take(&mut r.violation)),
			Target::Model(id) => Models::<T>::try_mutate(id, |r| take(&mut r.violation)),
		}?;
		Self::deposit_event(Event::ViolationLifted { target, challenge: violation.challenge });
		Ok(())
	}
}
