//! Challenges: opening (the O(1) freeze), upholding, dismissing, lifting on appeal.

use crate::{
	pallet::*, AttestorStatus, BalanceOf, Challenge, ChallengeId, Severity, Target, Violation,
};
use alloc::vec::Vec;
use atelier_primitives::purse::ProtocolPurse as _;
use atelier_primitives::{
	activity::{Creation, Observer, Offence},
	provenance::{DatasetId, ModelLineage},
	reputation::StakeSlash,
};
use frame_support::{pallet_prelude::*, BoundedVec};
use frame_system::pallet_prelude::BlockNumberFor;
use sp_core::H256;
use sp_runtime::{
	traits::{CheckedDiv, Saturating, Zero},
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

	/// Opens a challenge against `target` (dismissing first one past its deadline), or joins
	/// the one open. Refuses an unknown target, one under a violation in force, and an account
	/// already challenging it.
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
		if let Some(open) = OpenChallenge::<T>::get(target) {
			match Challenges::<T>::get(open) {
				Some(challenge) if now <= challenge.deadline => {
					return Self::join(open, challenge, challenger, evidence)
				},
				// Past its deadline it freezes nothing: dismiss it, then open a new one.
				Some(_) => Self::do_dismiss(open, true)?,
				None => OpenChallenge::<T>::remove(target),
			}
		}
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
				opened: now,
				deadline,
				attestors,
				backers: BoundedVec::new(),
			},
		);
		OpenChallenge::<T>::insert(target, id);
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

	/// Adds `who` to the open challenge `id` with a bond; the deadline stays. Refuses after the
	/// join window, an account already in it and a full list of backers.
	fn join(
		id: ChallengeId,
		mut challenge: crate::ChallengeOf<T>,
		who: T::AccountId,
		evidence: H256,
	) -> DispatchResult {
		let now = frame_system::Pallet::<T>::block_number();
		ensure!(
			now <= challenge.opened.saturating_add(T::JoinWindow::get()),
			Error::<T>::JoinWindowClosed
		);
		ensure!(
			challenge.bonds().all(|(account, _)| account != who),
			Error::<T>::AlreadyChallenging
		);
		let bond = T::ChallengeBondAmount::get();
		challenge
			.backers
			.try_push((who.clone(), bond))
			.map_err(|_| Error::<T>::TooManyBackers)?;
		Self::hold(HoldReason::ChallengeBond, &who, bond)?;
		Challenges::<T>::insert(id, challenge);
		Self::deposit_event(Event::Joined { id, who, bond, evidence });
		Ok(())
	}

	/// The owner of what `target` names.
	fn owner_of(target: Target) -> Option<T::AccountId> {
		match target {
			Target::Dataset(dataset) => T::Lineage::dataset_owner(&dataset),
			Target::Model(model) => T::Lineage::model(&model).map(|link| link.owner),
		}
	}

	/// Pays `amount` of `from`'s hold `reason` to the challenge's challenger and backers: half to
	/// the challenger who found the violation (all of it without backers) and the other half in
	/// equal parts to its backers (the remainder of the division to the challenger), so that
	/// joining a challenge about to be upheld cannot take most of its reward. The parts of the
	/// target's owner and of the attestors it names (who would win back what their own fault
	/// costs) go to the reserve. Returns what the challengers received.
	pub(crate) fn pay_challengers(
		reason: HoldReason,
		from: &T::AccountId,
		challenge: &crate::ChallengeOf<T>,
		amount: BalanceOf<T>,
	) -> Result<BalanceOf<T>, DispatchError> {
		let owner = Self::owner_of(challenge.target);
		let at_fault =
			|who: &T::AccountId| owner.as_ref() == Some(who) || challenge.attestors.contains(who);
		let backers = BalanceOf::<T>::from(challenge.backers.len() as u64);
		let half = amount.checked_div(&2u32.into()).unwrap_or_default();
		let each = half.checked_div(&backers).unwrap_or_default();
		let first = amount.saturating_sub(each.saturating_mul(backers));
		let mut paid = BalanceOf::<T>::zero();
		let parts = core::iter::once((&challenge.challenger, first))
			.chain(challenge.backers.iter().map(|(who, _)| (who, each)));
		for (who, part) in parts {
			if at_fault(who) {
				T::Purse::pay_reserve_from_hold(&reason.into(), from, part)?;
			} else {
				if T::Purse::pay_from_hold(&reason.into(), from, who, part)?.reached_recipient() {
					paid = paid.saturating_add(part);
				}
			}
		}
		Ok(paid)
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
		if OpenChallenge::<T>::get(challenge.target) == Some(id) {
			OpenChallenge::<T>::remove(challenge.target);
		}
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

	/// Upholds an open challenge before its deadline: records the violation, slashes the
	/// attestors (or burns a challenged model's bond for a major one), rewards the challengers,
	/// slashes the offender's reputation stake and returns the bonds.
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
		match challenge.target {
			Target::Dataset(dataset) => {
				let fraction = T::AttestorSlash::get();
				let share = T::ChallengerShare::get();
				for who in challenge.attestors.iter() {
					let Some(mut attestor) = Attestors::<T>::get(who) else { continue };
					let amount = fraction.mul_floor(attestor.bond);
					let to_challenger = share.mul_floor(amount);
					let paid = Self::pay_challengers(
						HoldReason::AttestorBond,
						who,
						&challenge,
						to_challenger,
					)?;
					T::Purse::pay_reserve_from_hold(
						&HoldReason::AttestorBond.into(),
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
			},
			Target::Model(model) => {
				if severity == Severity::Major {
					slashed = Models::<T>::get(model).bond.map(|b| b.amount).unwrap_or_default();
					let (b, r) = Self::burn_model_bond_and_royalties(model, Some(&challenge))?;
					burned = b;
					reward = r;
				}
				Models::<T>::mutate(model, |record| {
					if !record.violation.is_some_and(|v| v.in_force(&now) && v.until.is_none()) {
						record.violation = Some(violation);
					}
				});
			},
		}
		if let Some(offender) = Self::owner_of(challenge.target) {
			T::Observer::offended(&offender, Offence::Violation);
			let fraction = match severity {
				Severity::Minor => T::MinorStakeSlash::get(),
				Severity::Major => T::MajorStakeSlash::get(),
			};
			let taken = T::StakeSlash::slash_stake(&offender, fraction);
			if taken > 0 {
				Self::deposit_event(Event::StakeSlashed {
					who: offender,
					amount: taken.saturated_into(),
				});
			}
		}
		for (who, bond) in challenge.bonds() {
			T::Purse::release(&HoldReason::ChallengeBond.into(), &who, bond)?;
		}
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

	/// Dismisses an open challenge: rejected before its deadline, or `lapsed` after it. Its
	/// bonds compensate the frozen target's owner and go to the reserve; the dataset's
	/// attestations by active attestors are extended by the time it froze them; a rejection
	/// credits the attestors.
	pub(crate) fn do_dismiss(id: ChallengeId, lapsed: bool) -> DispatchResult {
		let challenge = Challenges::<T>::get(id).ok_or(Error::<T>::UnknownChallenge)?;
		let now = frame_system::Pallet::<T>::block_number();
		if lapsed {
			ensure!(now > challenge.deadline, Error::<T>::DeadlineNotReached);
		} else {
			ensure!(now <= challenge.deadline, Error::<T>::DeadlinePassed);
		}
		Self::close(id, &challenge);
		let owner = Self::owner_of(challenge.target);
		let compensation_share = T::FrozenCompensation::get();
		let mut forfeited = BalanceOf::<T>::zero();
		let mut compensation = BalanceOf::<T>::zero();
		for (who, bond) in challenge.bonds() {
			let part = owner.as_ref().map_or(Zero::zero(), |_| compensation_share.mul_floor(bond));
			if let Some(owner) = owner.as_ref() {
				let paid =
					T::Purse::pay_from_hold(&HoldReason::ChallengeBond.into(), &who, owner, part)?;
				if paid.reached_recipient() {
					compensation = compensation.saturating_add(part);
				}
			}
			T::Purse::pay_reserve_from_hold(
				&HoldReason::ChallengeBond.into(),
				&who,
				bond.saturating_sub(part),
			)?;
			forfeited = forfeited.saturating_add(bond);
		}
		// The freeze ran from the opening to now, or to the deadline for a lapse; only a
		// dataset's attestations expire.
		let extended = match challenge.target {
			Target::Dataset(dataset) => {
				let frozen = now.min(challenge.deadline).saturating_sub(challenge.opened);
				Self::extend_attestations(dataset, challenge.opened, frozen, &now);
				frozen
			},
			Target::Model(_) => Zero::zero(),
		};
		if !lapsed {
			// A rejection proves the attestations right; a lapse proves nothing. Each attestor is
			// credited its part of what the reserve received (reputation prices creation by
			// value that left everyone's control; the owner's compensation did not).
			let count = challenge.attestors.len().max(1) as u32;
			let to_reserve: u128 = forfeited.saturating_sub(compensation).saturated_into();
			let each = to_reserve.checked_div(u128::from(count)).unwrap_or(0);
			for who in challenge.attestors.iter() {
				T::Observer::created(who, Creation::AttestationUpheld { forfeited: each });
			}
		}
		Self::deposit_event(Event::Dismissed {
			id,
			target: challenge.target,
			lapsed,
			bond: forfeited,
			compensation,
			extended,
		});
		Ok(())
	}

	/// Gives back `by` blocks (the freeze, from `opened`) to each attestation of `dataset` that
	/// expired under the freeze, by an active attestor that still holds the full attestor bond
	/// (who could have renewed it but for the freeze). Never past the longest attestation from
	/// now, so that a leaving attestor's unbonding still outlasts every attestation it made.
	fn extend_attestations(
		dataset: DatasetId,
		opened: BlockNumberFor<T>,
		by: BlockNumberFor<T>,
		now: &BlockNumberFor<T>,
	) {
		if by.is_zero() {
			return;
		}
		let freeze_end = opened.saturating_add(by);
		let cap = now.saturating_add(T::MaxAttestationPeriod::get());
		let bond = T::AttestorBond::get();
		Datasets::<T>::mutate(dataset, |record| {
			for entry in record.attestations.iter_mut() {
				if entry.expires <= opened || entry.expires > freeze_end {
					continue;
				}
				let renewable = Attestors::<T>::get(&entry.attestor)
					.is_some_and(|a| a.status == AttestorStatus::Active && a.bond >= bond);
				if renewable {
					entry.expires = entry.expires.max(entry.expires.saturating_add(by).min(cap));
				}
			}
		});
	}

	/// Lifts the violation in force on `target`; refuses a target with no violation in force.
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
