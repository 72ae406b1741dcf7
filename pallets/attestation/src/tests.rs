//! The pallet's rules on the mock, honest callers and attackers alike. Every test runs the
//! invariants (`try_state`) at its end.

use crate::{mock::*, *};
use atelier_primitives::{
	activity::{Creation, Offence},
	provenance::{ClaimState, DatasetAttestation, Purpose, RoyaltyGate},
};
use atelier_primitives::{models::ModelId, provenance::DatasetId};
use frame_support::{
	assert_noop, assert_ok,
	traits::fungible::{Inspect, InspectHold},
};
use sp_core::H256;
use sp_runtime::DispatchError::BadOrigin;

const GEN: Uses = Uses(2);
const EVIDENCE: H256 = H256::repeat_byte(7);

fn attest(who: AccountId, dataset: atelier_primitives::provenance::DatasetId, uses: Uses) {
	assert_ok!(Attestation::attest(
		RuntimeOrigin::signed(who),
		dataset,
		uses,
		EVIDENCE,
		System::block_number() + MAX_PERIOD
	));
}

/// Datasets 1 and 2 attested by A and B for generative training; every model bonded.
fn cleared_lineage() {
	for d in [DATASET, DATASET_2, DATASET_3] {
		attest(ATTESTOR_A, d, GEN);
		attest(ATTESTOR_B, d, GEN);
	}
	for m in [BASE, TUNE, TUNE_2, OTHER] {
		assert_ok!(Attestation::bond_model(RuntimeOrigin::signed(OWNER), m));
	}
	assert!(may_earn(TUNE_2));
}

/// Provenance's walk, as the runtime makes it: every model up the lineage cleared, every
/// dataset cleared for generative training.
fn may_earn(model: ModelId) -> bool {
	let mut current = Some(model);
	while let Some(id) = current {
		let Some(link) =
			<MockLineage as atelier_primitives::provenance::ModelLineage<_>>::model(&id)
		else {
			return false;
		};
		if !Attestation::model_cleared(&id)
			|| !link
				.datasets
				.iter()
				.all(|d| Attestation::is_cleared(d, Purpose::GenerativeTraining))
		{
			return false;
		}
		current = link.base_model;
	}
	true
}

fn challenge(who: AccountId, target: Target, severity: Severity) -> ChallengeId {
	let id = NextChallengeId::<Test>::get();
	assert_ok!(Attestation::challenge(RuntimeOrigin::signed(who), target, severity, EVIDENCE));
	id
}

/// `who`'s challenge of `target` (a major one), without asserting its result.
fn try_challenge(who: AccountId, target: Target) -> sp_runtime::DispatchResult {
	Attestation::challenge(RuntimeOrigin::signed(who), target, Severity::Major, EVIDENCE)
}

fn held(reason: HoldReason, who: AccountId) -> Balance {
	Balances::balance_on_hold(&reason.into(), &who)
}

#[test]
fn a_dataset_is_attested_for_a_use_by_a_quorum_of_distinct_attestors() {
	ExtBuilder::default().build_and_execute(|| {
		attest(ATTESTOR_A, DATASET, GEN);
		assert_eq!(
			events().last(),
			Some(&Event::Attested {
				dataset: DATASET,
				attestor: ATTESTOR_A,
				uses: GEN,
				evidence: EVIDENCE,
				expires: 1 + MAX_PERIOD,
			})
		);
		assert!(!Attestation::is_cleared(&DATASET, Purpose::GenerativeTraining));
		// The same attestor again replaces its attestation: still one.
		attest(ATTESTOR_A, DATASET, Uses(2 | 4));
		assert_eq!(Attestation::attestations_for(&DATASET, Purpose::GenerativeTraining), 1);
		attest(ATTESTOR_B, DATASET, GEN);
		assert!(Attestation::is_cleared(&DATASET, Purpose::GenerativeTraining));
		// Only the uses both attested count.
		assert!(!Attestation::is_cleared(&DATASET, Purpose::Inference));
		assert!(!Attestation::is_cleared(&DATASET, Purpose::Training));
		// A quorum of three needs a third attestor.
		Quorum::set(3);
		assert!(!Attestation::is_cleared(&DATASET, Purpose::GenerativeTraining));
	});
}

#[test]
fn attestations_expire_without_a_hook_and_revocation_drops_one() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(Attestation::attest(
			RuntimeOrigin::signed(ATTESTOR_A),
			DATASET,
			GEN,
			EVIDENCE,
			50
		));
		assert_ok!(Attestation::attest(
			RuntimeOrigin::signed(ATTESTOR_B),
			DATASET,
			GEN,
			EVIDENCE,
			80
		));
		run_to(49);
		assert!(Attestation::is_cleared(&DATASET, Purpose::GenerativeTraining));
		run_to(50);
		assert!(!Attestation::is_cleared(&DATASET, Purpose::GenerativeTraining));
		// A fresh one restores the quorum; revoking takes it away again.
		attest(ATTESTOR_A, DATASET, GEN);
		assert!(Attestation::is_cleared(&DATASET, Purpose::GenerativeTraining));
		assert_ok!(Attestation::revoke(RuntimeOrigin::signed(ATTESTOR_B), DATASET));
		assert_eq!(
			events().last(),
			Some(&Event::Revoked { dataset: DATASET, attestor: ATTESTOR_B })
		);
		assert!(!Attestation::is_cleared(&DATASET, Purpose::GenerativeTraining));
		assert_noop!(
			Attestation::revoke(RuntimeOrigin::signed(ATTESTOR_B), DATASET),
			Error::<Test>::NotAttested
		);
	});
}

#[test]
fn bad_attestations_are_refused_with_named_errors() {
	ExtBuilder::default().build_and_execute(|| {
		let now = System::block_number();
		let attest = |who, dataset, uses, expires| {
			Attestation::attest(RuntimeOrigin::signed(who), dataset, uses, EVIDENCE, expires)
		};
		assert_noop!(attest(ALICE, DATASET, GEN, now + 10), Error::<Test>::NotAttestor);
		assert_noop!(attest(ATTESTOR_A, DATASET, Uses(0), now + 10), Error::<Test>::InvalidUses);
		assert_noop!(attest(ATTESTOR_A, DATASET, Uses(8), now + 10), Error::<Test>::InvalidUses);
		assert_noop!(attest(ATTESTOR_A, DATASET, GEN, now), Error::<Test>::InvalidExpiry);
		assert_noop!(
			attest(ATTESTOR_A, DATASET, GEN, now + MAX_PERIOD + 1),
			Error::<Test>::InvalidExpiry
		);
		assert_noop!(
			attest(ATTESTOR_A, DatasetId(77), GEN, now + 10),
			Error::<Test>::UnknownDataset
		);
		// A candidate does not attest until approved, and only the approving origin approves.
		assert_ok!(Attestation::apply_as_attestor(RuntimeOrigin::signed(CHARLIE)));
		assert_eq!(
			events().last(),
			Some(&Event::AttestorApplied { who: CHARLIE, bond: ATTESTOR_BOND })
		);
		assert_noop!(attest(CHARLIE, DATASET, GEN, now + 10), Error::<Test>::NotActive);
		assert_noop!(
			Attestation::approve_attestor(RuntimeOrigin::signed(CHARLIE), CHARLIE),
			BadOrigin
		);
		assert_noop!(
			Attestation::apply_as_attestor(RuntimeOrigin::signed(CHARLIE)),
			Error::<Test>::AlreadyAttestor
		);
		assert_ok!(Attestation::approve_attestor(RuntimeOrigin::root(), CHARLIE));
		assert_eq!(events().last(), Some(&Event::AttestorApproved { who: CHARLIE }));
		assert_ok!(attest(CHARLIE, DATASET, GEN, now + 10));
	});
}

#[test]
fn a_full_dataset_makes_room_only_from_expired_attestations() {
	ExtBuilder::default().build_and_execute(|| {
		for who in [CHARLIE, DAVE, EVE] {
			assert_ok!(Attestation::apply_as_attestor(RuntimeOrigin::signed(who)));
			assert_ok!(Attestation::approve_attestor(RuntimeOrigin::root(), who));
		}
		assert_ok!(Attestation::attest(RuntimeOrigin::signed(CHARLIE), DATASET, GEN, EVIDENCE, 20));
		for who in [ATTESTOR_A, ATTESTOR_B, DAVE] {
			attest(who, DATASET, GEN);
		}
		assert_noop!(
			Attestation::attest(RuntimeOrigin::signed(EVE), DATASET, GEN, EVIDENCE, 30),
			Error::<Test>::TooManyAttestations
		);
		run_to(20);
		assert_ok!(Attestation::attest(RuntimeOrigin::signed(EVE), DATASET, GEN, EVIDENCE, 30));
		assert_eq!(Datasets::<Test>::get(DATASET).attestations.len(), 4);
	});
}

#[test]
fn attestors_leave_through_an_unbonding_period_and_not_while_exposed() {
	ExtBuilder::default().build_and_execute(|| {
		// A candidate leaves at once.
		assert_ok!(Attestation::apply_as_attestor(RuntimeOrigin::signed(CHARLIE)));
		assert_eq!(held(HoldReason::AttestorBond, CHARLIE), ATTESTOR_BOND);
		assert_ok!(Attestation::leave(RuntimeOrigin::signed(CHARLIE)));
		assert_eq!(held(HoldReason::AttestorBond, CHARLIE), 0);
		assert_eq!(
			events().last(),
			Some(&Event::AttestorWithdrawn { who: CHARLIE, amount: ATTESTOR_BOND })
		);
		// An attestor waits, attests no more meanwhile, and stays exposed to an open challenge.
		attest(ATTESTOR_A, DATASET, GEN);
		assert_ok!(Attestation::leave(RuntimeOrigin::signed(ATTESTOR_A)));
		assert_eq!(
			events().last(),
			Some(&Event::AttestorLeaving { who: ATTESTOR_A, until: 1 + UNBONDING })
		);
		assert_noop!(
			Attestation::leave(RuntimeOrigin::signed(ATTESTOR_A)),
			Error::<Test>::NotActive
		);
		assert_noop!(
			Attestation::attest(RuntimeOrigin::signed(ATTESTOR_A), DATASET_2, GEN, EVIDENCE, 10),
			Error::<Test>::NotActive
		);
		assert_noop!(
			Attestation::withdraw_attestor(RuntimeOrigin::signed(ALICE), ATTESTOR_A),
			Error::<Test>::StillUnbonding
		);
		run_to(1 + UNBONDING - CHALLENGE_PERIOD);
		challenge(ALICE, Target::Dataset(DATASET), Severity::Major);
		run_to(1 + UNBONDING);
		assert_noop!(
			Attestation::withdraw_attestor(RuntimeOrigin::signed(ALICE), ATTESTOR_A),
			Error::<Test>::Exposed
		);
		assert_ok!(Attestation::reject(RuntimeOrigin::root(), 0));
		assert_ok!(Attestation::withdraw_attestor(RuntimeOrigin::signed(ALICE), ATTESTOR_A));
		assert_eq!(
			events().last(),
			Some(&Event::AttestorWithdrawn { who: ATTESTOR_A, amount: ATTESTOR_BOND })
		);
		assert_eq!(held(HoldReason::AttestorBond, ATTESTOR_A), 0);
		assert!(!Attestors::<Test>::contains_key(ATTESTOR_A));
	});
}

#[test]
fn a_model_earns_only_while_its_owner_keeps_the_bond_held() {
	ExtBuilder::default().build_and_execute(|| {
		cleared_lineage();
		assert_noop!(
			Attestation::bond_model(RuntimeOrigin::signed(ALICE), BASE),
			Error::<Test>::NotModelOwner
		);
		assert_noop!(
			Attestation::bond_model(RuntimeOrigin::signed(OWNER), BASE),
			Error::<Test>::AlreadyBonded
		);
		assert_noop!(
			Attestation::bond_model(RuntimeOrigin::signed(OWNER), ModelId(99)),
			Error::<Test>::UnknownModel
		);
		// Unbonding the base model stops it and its fine-tunes at once.
		assert_ok!(Attestation::unbond_model(RuntimeOrigin::signed(OWNER), BASE));
		assert_eq!(
			events().last(),
			Some(&Event::ModelUnbonding { model: BASE, until: 1 + MODEL_UNBONDING })
		);
		assert!(!may_earn(BASE) && !may_earn(TUNE_2) && may_earn(OTHER));
		assert_noop!(
			Attestation::withdraw_model_bond(RuntimeOrigin::signed(OWNER), BASE),
			Error::<Test>::StillUnbonding
		);
		run_to(1 + MODEL_UNBONDING);
		assert_ok!(Attestation::withdraw_model_bond(RuntimeOrigin::signed(OWNER), BASE));
		assert_eq!(
			events().last(),
			Some(&Event::ModelBondWithdrawn { model: BASE, who: OWNER, amount: MODEL_BOND })
		);
		assert_eq!(held(HoldReason::ModelBond, OWNER), 3 * MODEL_BOND);
		// A raised bond stops every model until its owner tops it up.
		ModelBondAmount::set(MODEL_BOND * 2);
		assert!(!may_earn(OTHER));
		assert_ok!(Attestation::bond_model(RuntimeOrigin::signed(OWNER), OTHER));
		// The event gives the bond held now, not the top-up.
		assert_eq!(
			events().last(),
			Some(&Event::ModelBonded { model: OTHER, who: OWNER, amount: MODEL_BOND * 2 })
		);
		assert!(may_earn(OTHER));
		assert_eq!(Models::<Test>::get(OTHER).bond.unwrap().amount, MODEL_BOND * 2);
	});
}

#[test]
fn a_challenge_freezes_everything_downstream_two_generations_down_and_nothing_else() {
	ExtBuilder::default().build_and_execute(|| {
		cleared_lineage();
		Pots::mutate(|p| p.insert(TUNE_2.0, 300));
		let writes_before = sp_io::storage::root(sp_runtime::StateVersion::V1);
		challenge(ALICE, Target::Dataset(DATASET), Severity::Major);
		assert_ne!(writes_before, sp_io::storage::root(sp_runtime::StateVersion::V1));
		// The challenge wrote the dataset's record only (and its attestors' exposure): every
		// model downstream finds it on its walk.
		assert!(!Attestation::is_cleared(&DATASET, Purpose::GenerativeTraining));
		assert!(!may_earn(BASE) && !may_earn(TUNE) && !may_earn(TUNE_2));
		assert!(may_earn(OTHER));
		assert_eq!(Attestation::claim_state(&TUNE_2), ClaimState::Frozen);
		assert_eq!(Attestation::claim_state(&OTHER), ClaimState::Clear);
		assert_eq!(Attestation::taint(&TUNE_2), Some(Taint::Frozen(Target::Dataset(DATASET))));
		assert_eq!(held(HoldReason::ChallengeBond, ALICE), CHALLENGE_BOND);
		assert_eq!(Attestors::<Test>::get(ATTESTOR_A).unwrap().exposure, 1);
		assert_eq!(
			events().last(),
			Some(&Event::Challenged {
				id: 0,
				challenger: ALICE,
				target: Target::Dataset(DATASET),
				severity: Severity::Major,
				evidence: EVIDENCE,
				deadline: 1 + CHALLENGE_PERIOD,
			})
		);
	});
}

#[test]
fn an_upheld_major_violation_slashes_rewards_and_burns_exactly() {
	ExtBuilder::default().build_and_execute(|| {
		cleared_lineage();
		Pots::mutate(|p| p.insert(TUNE_2.0, 300));
		{
			use frame_support::traits::fungible::Mutate;
			Balances::mint_into(&ROYALTIES, 300).unwrap();
		}
		let id = challenge(ALICE, Target::Dataset(DATASET), Severity::Major);
		// An attestor who revokes after the challenge opened is still slashed.
		assert_ok!(Attestation::revoke(RuntimeOrigin::signed(ATTESTOR_A), DATASET));
		let alice = Balances::balance(&ALICE);
		let reserve = Balances::balance(&RESERVE);
		let issuance = Balances::total_issuance();
		Reports::take();
		assert_ok!(Attestation::uphold(RuntimeOrigin::root(), id, Severity::Major));
		// Each attestor loses half its bond: the challenger gets 20% of it, the reserve 80%.
		let slash = ATTESTOR_BOND / 2;
		for a in [ATTESTOR_A, ATTESTOR_B] {
			assert_eq!(held(HoldReason::AttestorBond, a), ATTESTOR_BOND - slash);
		}
		assert_eq!(Balances::balance(&ALICE), alice + CHALLENGE_BOND + 2 * slash / 5);
		assert_eq!(Balances::balance(&RESERVE), reserve + 2 * (slash - slash / 5));
		assert_eq!(Balances::total_issuance(), issuance, "slashes move money, burn nothing");
		for a in [ATTESTOR_A, ATTESTOR_B] {
			assert!(events().contains(&Event::AttestorSlashed { who: a, amount: slash }));
		}
		assert_eq!(
			events().last(),
			Some(&Event::Upheld {
				id,
				target: Target::Dataset(DATASET),
				severity: Severity::Major,
				slashed: 2 * slash,
				reward: 2 * slash / 5,
				burned: 0,
			})
		);
		assert_eq!(
			Reports::take(),
			vec![
				(ATTESTOR_A, Err(Offence::ChallengeUpheld)),
				(ATTESTOR_B, Err(Offence::ChallengeUpheld)),
				(OWNER, Err(Offence::Violation)),
			]
		);
		// The lineage is barred for good; the attestations proved false are gone.
		assert!(Datasets::<Test>::get(DATASET).attestations.is_empty());
		run_to(10_000);
		assert!(!may_earn(TUNE_2));
		assert_eq!(Attestation::claim_state(&TUNE_2), ClaimState::Burn);
		// Two generations down, the fine-tune's bond and royalties burn when anyone enforces.
		let issuance = Balances::total_issuance();
		assert_ok!(Attestation::enforce(RuntimeOrigin::signed(BOB), TUNE_2));
		assert_eq!(Balances::total_issuance(), issuance - MODEL_BOND - 300);
		assert!(events().contains(&Event::ModelBondBurned { model: TUNE_2, amount: MODEL_BOND }));
		assert_eq!(events().last(), Some(&Event::RoyaltiesBurned { model: TUNE_2, amount: 300 }));
		assert!(Models::<Test>::get(TUNE_2).bond.is_none());
		// The base model's owner cannot take its bond out instead: withdrawing burns it.
		assert_ok!(Attestation::unbond_model(RuntimeOrigin::signed(OWNER), BASE));
		run_to(10_000 + MODEL_UNBONDING);
		let issuance = Balances::total_issuance();
		assert_ok!(Attestation::withdraw_model_bond(RuntimeOrigin::signed(OWNER), BASE));
		assert_eq!(Balances::total_issuance(), issuance - MODEL_BOND);
		// Nothing accrued to the base model: its bond alone burns.
		assert_eq!(
			events().last(),
			Some(&Event::ModelBondBurned { model: BASE, amount: MODEL_BOND })
		);
		assert_noop!(
			Attestation::enforce(RuntimeOrigin::signed(BOB), OTHER),
			Error::<Test>::NotTainted
		);
		// A slashed attestor below its bond attests nothing; a violated dataset cannot be
		// attested (by anyone) or challenged again.
		assert_noop!(
			Attestation::attest(
				RuntimeOrigin::signed(ATTESTOR_B),
				DATASET_3,
				GEN,
				EVIDENCE,
				11_000
			),
			Error::<Test>::BondTooLow
		);
		assert_ok!(Attestation::apply_as_attestor(RuntimeOrigin::signed(CHARLIE)));
		assert_ok!(Attestation::approve_attestor(RuntimeOrigin::root(), CHARLIE));
		assert_noop!(
			Attestation::attest(RuntimeOrigin::signed(CHARLIE), DATASET, GEN, EVIDENCE, 11_000),
			Error::<Test>::TargetFrozen
		);
		assert_noop!(try_challenge(BOB, Target::Dataset(DATASET)), Error::<Test>::TargetFrozen);
	});
}

#[test]
fn an_upheld_challenge_against_a_model_burns_its_bond_less_the_reward() {
	ExtBuilder::default().build_and_execute(|| {
		cleared_lineage();
		Pots::mutate(|p| p.insert(TUNE.0, 100));
		{
			use frame_support::traits::fungible::Mutate;
			Balances::mint_into(&ROYALTIES, 100).unwrap();
		}
		let id = challenge(ALICE, Target::Model(TUNE), Severity::Major);
		assert!(may_earn(BASE) && !may_earn(TUNE) && !may_earn(TUNE_2));
		let issuance = Balances::total_issuance();
		let alice = Balances::balance(&ALICE);
		assert_ok!(Attestation::uphold(RuntimeOrigin::root(), id, Severity::Major));
		let reward = MODEL_BOND / 5;
		assert_eq!(Balances::balance(&ALICE), alice + CHALLENGE_BOND + reward);
		assert_eq!(Balances::total_issuance(), issuance - (MODEL_BOND - reward) - 100);
		assert!(
			events().contains(&Event::ModelBondBurned { model: TUNE, amount: MODEL_BOND - reward })
		);
		assert!(events().contains(&Event::RoyaltiesBurned { model: TUNE, amount: 100 }));
		assert_eq!(
			events().last(),
			Some(&Event::Upheld {
				id,
				target: Target::Model(TUNE),
				severity: Severity::Major,
				slashed: MODEL_BOND,
				reward,
				burned: MODEL_BOND - reward + 100,
			})
		);
		assert!(Models::<Test>::get(TUNE).bond.is_none());
		// The base model is untouched; the fine-tune below the model is barred.
		assert!(may_earn(BASE) && !may_earn(TUNE_2));
		// A violated model cannot be bonded again.
		assert_noop!(
			Attestation::bond_model(RuntimeOrigin::signed(OWNER), TUNE),
			Error::<Test>::TargetFrozen
		);
	});
}

#[test]
fn a_minor_violation_locks_until_its_end_or_an_appeal() {
	ExtBuilder::default().build_and_execute(|| {
		cleared_lineage();
		let id = challenge(ALICE, Target::Dataset(DATASET_2), Severity::Major);
		// The deciding origin may uphold a lighter severity than claimed.
		assert_ok!(Attestation::uphold(RuntimeOrigin::root(), id, Severity::Minor));
		assert!(may_earn(BASE) && !may_earn(TUNE) && !may_earn(TUNE_2));
		assert_eq!(Attestation::claim_state(&TUNE_2), ClaimState::Frozen);
		assert_ok!(Attestation::unbond_model(RuntimeOrigin::signed(OWNER), TUNE));
		run_to(1 + MODEL_UNBONDING);
		assert_noop!(
			Attestation::withdraw_model_bond(RuntimeOrigin::signed(OWNER), TUNE),
			Error::<Test>::LineageLocked
		);
		assert_noop!(
			Attestation::enforce(RuntimeOrigin::signed(BOB), TUNE),
			Error::<Test>::NotTainted
		);
		// When the lock ends the bond comes back, and the dataset needs attesting afresh.
		run_to(1 + LOCK_PERIOD);
		assert_eq!(Attestation::claim_state(&TUNE_2), ClaimState::Clear);
		assert!(!Attestation::is_cleared(&DATASET_2, Purpose::GenerativeTraining));
		assert_ok!(Attestation::withdraw_model_bond(RuntimeOrigin::signed(OWNER), TUNE));
		assert_eq!(held(HoldReason::ModelBond, OWNER), 3 * MODEL_BOND);

		// An appeal lifts a lock early.
		let id = challenge(ALICE, Target::Model(OTHER), Severity::Minor);
		assert_ok!(Attestation::uphold(RuntimeOrigin::root(), id, Severity::Minor));
		assert!(!may_earn(OTHER));
		assert_noop!(
			Attestation::lift(RuntimeOrigin::signed(ALICE), Target::Model(OTHER)),
			BadOrigin
		);
		assert_ok!(Attestation::lift(RuntimeOrigin::root(), Target::Model(OTHER)));
		assert_eq!(
			events().last(),
			Some(&Event::ViolationLifted { target: Target::Model(OTHER), challenge: id })
		);
		assert!(may_earn(OTHER));
		assert_noop!(
			Attestation::lift(RuntimeOrigin::root(), Target::Model(OTHER)),
			Error::<Test>::NoViolation
		);
	});
}

#[test]
fn a_rejected_challenge_compensates_the_owner_and_credits_the_attestors_with_the_rest() {
	ExtBuilder::default().build_and_execute(|| {
		cleared_lineage();
		let id = challenge(ALICE, Target::Dataset(DATASET), Severity::Major);
		assert_noop!(Attestation::reject(RuntimeOrigin::signed(ALICE), id), BadOrigin);
		assert_noop!(
			Attestation::uphold(RuntimeOrigin::signed(ALICE), id, Severity::Major),
			BadOrigin
		);
		let reserve = Balances::balance(&RESERVE);
		let owner = Balances::balance(&OWNER);
		let alice = Balances::total_balance(&ALICE);
		Reports::take();
		assert_ok!(Attestation::reject(RuntimeOrigin::root(), id));
		// Half of the bond compensates the dataset's owner for the freeze, half goes to the
		// reserve.
		assert_eq!(Balances::balance(&OWNER), owner + CHALLENGE_BOND / 2);
		assert_eq!(Balances::balance(&RESERVE), reserve + CHALLENGE_BOND / 2);
		assert_eq!(Balances::total_balance(&ALICE), alice - CHALLENGE_BOND);
		assert_eq!(
			Reports::take(),
			vec![
				// Each attestor is credited half of what reached the reserve: the owner's
				// compensation is money a self-challenging owner gets back.
				(ATTESTOR_A, Ok(Creation::AttestationUpheld { forfeited: CHALLENGE_BOND / 4 })),
				(ATTESTOR_B, Ok(Creation::AttestationUpheld { forfeited: CHALLENGE_BOND / 4 })),
			]
		);
		assert_eq!(
			events().last(),
			Some(&Event::Dismissed {
				id,
				target: Target::Dataset(DATASET),
				lapsed: false,
				bond: CHALLENGE_BOND,
				compensation: CHALLENGE_BOND / 2,
				extended: 0,
			})
		);
		assert!(may_earn(TUNE_2));
		assert!(OpenChallenge::<Test>::get(Target::Dataset(DATASET)).is_none());
		assert_noop!(
			Attestation::reject(RuntimeOrigin::root(), id),
			Error::<Test>::UnknownChallenge
		);
	});
}

/// Attack: one 100 ATL challenge froze everything downstream of a dataset for the challenge
/// period, a second account's challenge extended it, and the attestations could not be renewed
/// meanwhile, so the quorum expired under the freeze. Now a second challenge joins the first
/// (the deadline stays), a freeze that ends without a violation extends the attestations by
/// its length, and every freeze costs the challengers their bonds, half to the frozen owner.
#[test]
fn a_second_challenge_joins_the_first_and_a_dismissed_freeze_extends_the_attestations() {
	ExtBuilder::default().build_and_execute(|| {
		// Attestations that would run out during the freeze.
		for who in [ATTESTOR_A, ATTESTOR_B] {
			assert_ok!(Attestation::attest(
				RuntimeOrigin::signed(who),
				DATASET,
				GEN,
				EVIDENCE,
				1 + CHALLENGE_PERIOD / 2
			));
		}
		for m in [BASE, TUNE, TUNE_2, OTHER] {
			assert_ok!(Attestation::bond_model(RuntimeOrigin::signed(OWNER), m));
		}
		let id = challenge(ALICE, Target::Dataset(DATASET), Severity::Major);
		let deadline = 1 + CHALLENGE_PERIOD;
		run_to(1 + JOIN_WINDOW);
		// Bob's challenge joins Alice's: no new challenge, the deadline does not move.
		assert_ok!(try_challenge(BOB, Target::Dataset(DATASET)));
		assert_eq!(NextChallengeId::<Test>::get(), id + 1);
		assert_eq!(Datasets::<Test>::get(DATASET).freeze, Freeze { open: 1, until: deadline });
		assert_eq!(
			events().last(),
			Some(&Event::Joined { id, who: BOB, bond: CHALLENGE_BOND, evidence: EVIDENCE })
		);
		assert_eq!(held(HoldReason::ChallengeBond, BOB), CHALLENGE_BOND);
		// Nobody joins twice; the list is bounded.
		for who in [ALICE, BOB] {
			assert_noop!(
				try_challenge(who, Target::Dataset(DATASET)),
				Error::<Test>::AlreadyChallenging
			);
		}
		assert_ok!(Attestation::challenge(
			RuntimeOrigin::signed(CHARLIE),
			Target::Dataset(DATASET),
			Severity::Minor,
			EVIDENCE
		));
		assert_noop!(try_challenge(DAVE, Target::Dataset(DATASET)), Error::<Test>::TooManyBackers);
		// After the join window nobody joins (nor opens another): the freeze stays as it was.
		run_to(CHALLENGE_PERIOD - 5);
		assert_noop!(try_challenge(EVE, Target::Dataset(DATASET)), Error::<Test>::JoinWindowClosed);
		// The quorum expired under the freeze.
		assert_eq!(Attestation::attestations_for(&DATASET, Purpose::GenerativeTraining), 0);

		// Rejected at block 40: every bond is forfeited, half of each to the owner; the
		// attestations get back the 39 blocks the freeze took.
		run_to(40);
		let owner = Balances::balance(&OWNER);
		assert_ok!(Attestation::reject(RuntimeOrigin::root(), id));
		assert_eq!(Balances::balance(&OWNER), owner + 3 * CHALLENGE_BOND / 2);
		for who in [ALICE, BOB, CHARLIE] {
			assert_eq!(held(HoldReason::ChallengeBond, who), 0);
		}
		assert_eq!(
			events().last(),
			Some(&Event::Dismissed {
				id,
				target: Target::Dataset(DATASET),
				lapsed: false,
				bond: 3 * CHALLENGE_BOND,
				compensation: 3 * CHALLENGE_BOND / 2,
				extended: 39,
			})
		);
		let expires: Vec<_> =
			Datasets::<Test>::get(DATASET).attestations.iter().map(|a| a.expires).collect();
		assert_eq!(expires, vec![1 + CHALLENGE_PERIOD / 2 + 39; 2]);
		assert_eq!(Attestation::attestations_for(&DATASET, Purpose::GenerativeTraining), 2);
		assert!(may_earn(BASE));
	});
}

#[test]
fn an_extension_gives_back_only_what_the_freeze_took_and_skips_leaving_attestors() {
	ExtBuilder::default().build_and_execute(|| {
		// A's and B's attestations of dataset 1 expire under the freeze; A's of dataset 2 after.
		let attest_until = |who, dataset, expires| {
			assert_ok!(Attestation::attest(
				RuntimeOrigin::signed(who),
				dataset,
				GEN,
				EVIDENCE,
				expires
			));
		};
		attest_until(ATTESTOR_A, DATASET, 20);
		attest_until(ATTESTOR_B, DATASET, 20);
		attest_until(ATTESTOR_A, DATASET_2, 1 + MAX_PERIOD);
		let first = challenge(ALICE, Target::Dataset(DATASET), Severity::Major);
		let second = challenge(BOB, Target::Dataset(DATASET_2), Severity::Major);
		// B leaves: its unbonding must outlast its attestation, so the extension skips it.
		assert_ok!(Attestation::leave(RuntimeOrigin::signed(ATTESTOR_B)));
		run_to(1 + CHALLENGE_PERIOD);
		assert_ok!(Attestation::reject(RuntimeOrigin::root(), first));
		assert_ok!(Attestation::reject(RuntimeOrigin::root(), second));
		let expiry = |dataset, who| {
			Datasets::<Test>::get(dataset)
				.attestations
				.iter()
				.find(|a| a.attestor == who)
				.unwrap()
				.expires
		};
		// A gets back the 50 blocks the freeze took; B nothing; A's attestation that outlived
		// the freeze keeps the expiry A chose.
		assert_eq!(expiry(DATASET, ATTESTOR_A), 20 + CHALLENGE_PERIOD);
		assert_eq!(expiry(DATASET, ATTESTOR_B), 20);
		assert_eq!(expiry(DATASET_2, ATTESTOR_A), 1 + MAX_PERIOD);
	});
}

#[test]
fn a_challenge_past_its_deadline_is_dismissed_by_the_next_one() {
	ExtBuilder::default().build_and_execute(|| {
		cleared_lineage();
		let first = challenge(ALICE, Target::Model(BASE), Severity::Major);
		run_to(2 + CHALLENGE_PERIOD);
		let reserve = Balances::balance(&RESERVE);
		let second = challenge(BOB, Target::Model(BASE), Severity::Major);
		assert!(Challenges::<Test>::get(first).is_none());
		assert_eq!(OpenChallenge::<Test>::get(Target::Model(BASE)), Some(second));
		assert_eq!(Balances::balance(&RESERVE), reserve + CHALLENGE_BOND / 2);
		assert!(events().contains(&Event::Dismissed {
			id: first,
			target: Target::Model(BASE),
			lapsed: true,
			bond: CHALLENGE_BOND,
			compensation: CHALLENGE_BOND / 2,
			extended: 0,
		}));
		assert!(!may_earn(TUNE));
	});
}

#[test]
fn an_upheld_challenge_rewards_its_backers_and_slashes_the_offenders_stake() {
	ExtBuilder::default().build_and_execute(|| {
		cleared_lineage();
		Stakes::set([(OWNER, 1_000)].into());
		let id = challenge(ALICE, Target::Model(OTHER), Severity::Major);
		for backer in [BOB, CHARLIE] {
			assert_ok!(try_challenge(backer, Target::Model(OTHER)));
		}
		let balances = || [ALICE, BOB, CHARLIE].map(|who| Balances::balance(&who));
		let before = balances();
		assert_ok!(Attestation::uphold(RuntimeOrigin::root(), id, Severity::Major));
		// A fifth of the 500 model bond: half to Alice, who found it, half shared by the two
		// who joined; each bond back.
		let reward = MODEL_BOND / 5;
		assert_eq!(
			balances(),
			[
				before[0] + reward / 2 + CHALLENGE_BOND,
				before[1] + reward / 4 + CHALLENGE_BOND,
				before[2] + reward / 4 + CHALLENGE_BOND
			]
		);
		// A major violation takes half the offender's reputation stake.
		assert_eq!(Stakes::get()[&OWNER], 500);
		assert!(events().contains(&Event::StakeSlashed { who: OWNER, amount: 500 }));

		// A minor one takes a tenth.
		let id = challenge(ALICE, Target::Dataset(DATASET_2), Severity::Minor);
		assert_ok!(Attestation::uphold(RuntimeOrigin::root(), id, Severity::Minor));
		assert_eq!(Stakes::get()[&OWNER], 450);
	});
}

#[test]
fn an_undecided_challenge_stops_freezing_at_its_deadline_and_lapses() {
	ExtBuilder::default().build_and_execute(|| {
		cleared_lineage();
		let id = challenge(ALICE, Target::Model(BASE), Severity::Major);
		assert!(!may_earn(TUNE));
		assert_noop!(
			Attestation::lapse(RuntimeOrigin::signed(BOB), id),
			Error::<Test>::DeadlineNotReached
		);
		run_to(1 + CHALLENGE_PERIOD);
		assert_noop!(
			Attestation::lapse(RuntimeOrigin::signed(BOB), id),
			Error::<Test>::DeadlineNotReached
		);
		// From the block after the deadline nothing is frozen, even before anyone lapses it, and
		// the deciding origin can no longer decide it.
		run_to(2 + CHALLENGE_PERIOD);
		assert!(may_earn(TUNE));
		assert_noop!(
			Attestation::uphold(RuntimeOrigin::root(), id, Severity::Major),
			Error::<Test>::DeadlinePassed
		);
		let reserve = Balances::balance(&RESERVE);
		Reports::take();
		assert_ok!(Attestation::lapse(RuntimeOrigin::signed(BOB), id));
		assert_eq!(Balances::balance(&RESERVE), reserve + CHALLENGE_BOND / 2);
		assert!(Reports::take().is_empty(), "a lapse proves nothing about anyone");
	});
}

#[test]
fn an_owner_cannot_escape_a_challenge_by_unbonding_before_it() {
	ExtBuilder::default().build_and_execute(|| {
		cleared_lineage();
		// The owner sees a challenge coming and unbonds; the challenge lands late in the
		// unbonding period, and its deadline runs past the period's end.
		assert_ok!(Attestation::unbond_model(RuntimeOrigin::signed(OWNER), BASE));
		run_to(MODEL_UNBONDING - 10);
		let id = challenge(ALICE, Target::Model(BASE), Severity::Major);
		run_to(1 + MODEL_UNBONDING);
		assert_noop!(
			Attestation::withdraw_model_bond(RuntimeOrigin::signed(OWNER), BASE),
			Error::<Test>::LineageFrozen
		);
		let issuance = Balances::total_issuance();
		assert_ok!(Attestation::uphold(RuntimeOrigin::root(), id, Severity::Major));
		assert_eq!(held(HoldReason::ModelBond, OWNER), 3 * MODEL_BOND);
		assert_eq!(Balances::total_issuance(), issuance - (MODEL_BOND - MODEL_BOND / 5));
	});
}

#[test]
fn challenges_need_a_bond_and_a_real_target() {
	ExtBuilder::default().build_and_execute(|| {
		let challenge = |who, target| {
			Attestation::challenge(RuntimeOrigin::signed(who), target, Severity::Minor, EVIDENCE)
		};
		assert_noop!(
			challenge(ALICE, Target::Dataset(DatasetId(9))),
			Error::<Test>::UnknownDataset
		);
		assert_noop!(challenge(ALICE, Target::Model(ModelId(9))), Error::<Test>::UnknownModel);
		// An account that cannot hold the bond opens nothing.
		assert!(challenge(777, Target::Model(BASE)).is_err());
		assert_eq!(NextChallengeId::<Test>::get(), 0);
		// One challenge stands against a target; a second account's joins it.
		assert_ok!(challenge(ALICE, Target::Model(BASE)));
		assert_ok!(challenge(BOB, Target::Model(BASE)));
		assert_eq!(Models::<Test>::get(BASE).freeze.open, 1);
		assert_eq!(
			Challenges::<Test>::get(0).unwrap().backers.into_inner(),
			vec![(BOB, CHALLENGE_BOND)]
		);
	});
}

#[test]
fn try_state_catches_a_bond_that_is_not_held() {
	ExtBuilder::default().build_and_execute(|| {
		Attestors::<Test>::mutate(ATTESTOR_A, |a| a.as_mut().unwrap().bond += 1);
		assert!(Attestation::do_try_state().is_err());
		Attestors::<Test>::mutate(ATTESTOR_A, |a| a.as_mut().unwrap().bond -= 1);
		Models::<Test>::mutate(BASE, |m| m.freeze.open = 1);
		assert!(Attestation::do_try_state().is_err());
		Models::<Test>::mutate(BASE, |m| m.freeze.open = 0);
	});
}

#[test]
fn the_v1_migration_gives_open_challenges_their_opening_and_targets_their_open_challenge() {
	use crate::migrations::v1;
	use frame_support::traits::{GetStorageVersion, OnRuntimeUpgrade, StorageVersion};
	ExtBuilder::default().build_and_execute(|| {
		cleared_lineage();
		// Three challenges against one model, as version 0 allowed (Alice's twice, the second
		// with an earlier deadline: a shorter challenge period then), and one against a dataset.
		let old = |challenger, target, deadline| v1::ChallengeV0 {
			challenger,
			target,
			severity: Severity::Major,
			evidence: EVIDENCE,
			bond: CHALLENGE_BOND,
			deadline,
			attestors: Default::default(),
		};
		for (id, challenger, target, deadline) in [
			(0, ALICE, Target::Model(BASE), 60),
			(1, BOB, Target::Model(BASE), 60),
			(2, ALICE, Target::Dataset(DATASET_3), 60),
			(3, ALICE, Target::Model(BASE), 55),
		] {
			v1::Challenges::<Test>::insert(id, old(challenger, target, deadline));
			assert_ok!(<Balances as frame_support::traits::fungible::MutateHold<_>>::hold(
				&HoldReason::ChallengeBond.into(),
				&challenger,
				CHALLENGE_BOND
			));
		}
		Models::<Test>::mutate(BASE, |m| m.freeze = Freeze { open: 3, until: 60 });
		Datasets::<Test>::mutate(DATASET_3, |d| d.freeze = Freeze { open: 1, until: 60 });
		NextChallengeId::<Test>::put(4);
		StorageVersion::new(0).put::<Attestation>();

		v1::MigrateToV1::<Test>::on_runtime_upgrade();

		assert_eq!(Attestation::on_chain_storage_version(), 1);
		// The challenge with the latest deadline (the latest id among equals) stands; the others'
		// challenger backs it with both its bonds still held.
		assert!(Challenges::<Test>::get(0).is_none());
		assert!(Challenges::<Test>::get(3).is_none());
		let standing = Challenges::<Test>::get(1).unwrap();
		assert_eq!(
			(standing.challenger, standing.opened, standing.deadline),
			(BOB, 60 - CHALLENGE_PERIOD, 60)
		);
		assert_eq!(standing.backers.into_inner(), vec![(ALICE, 2 * CHALLENGE_BOND)]);
		assert_eq!(held(HoldReason::ChallengeBond, ALICE), 3 * CHALLENGE_BOND);
		assert_eq!(Models::<Test>::get(BASE).freeze.open, 1);
		assert_eq!(OpenChallenge::<Test>::get(Target::Model(BASE)), Some(1));
		assert_eq!(OpenChallenge::<Test>::get(Target::Dataset(DATASET_3)), Some(2));
		Attestation::do_try_state().unwrap();
		// A new challenge against the model joins the one standing.
		assert_ok!(try_challenge(CHARLIE, Target::Model(BASE)));
		assert_eq!(Challenges::<Test>::get(1).unwrap().backers.len(), 2);
	});
}
