//! Attestation on the real runtime: a model earns only once its dataset is attested to quorum
//! and it is bonded; a challenge stops it, its fine-tunes two generations down, their outputs'
//! sales and their royalty claims; an upheld major violation slashes the attestors, rewards the
//! challenger, reports the penalties and burns exactly the bonds and royalties; a rejection by
//! the disputes track pays the bond to the reserve; an undecided challenge lapses.

use crate::{
	common::*,
	governance::{enact, governance, submit, vote},
	reputation::{mint_output, next_block, register_worker, sell, submit_job, worker_key},
};
use atelier_primitives::time::DAYS;
use atelier_runtime::{
	configs::monetary::ReserveAccount, Attestation, Provenance, Reputation, RuntimeOrigin,
};
use pallet_attestation::{Reason, Severity, Target};
use pallet_compute_market::{receipt_signing_payload, HardwareClass, JobId, Receipt};
use pallet_provenance::{DatasetId, LicenseTerms, ModelId, ModelShares, Permission};
use pallet_royalties::PaymentAsset;
use sp_core::{Pair, H256};

/// `owner`'s dataset (open licence) and a base model on it, neither attested nor bonded.
fn unattested_model(owner: Sr25519Keyring) -> (DatasetId, ModelId) {
	let open = LicenseTerms {
		training: Permission::Allowed,
		generative_training: Permission::Allowed,
		inference: Permission::Allowed,
	};
	apply_ok(
		owner,
		RuntimeCall::Provenance(pallet_provenance::Call::register_dataset {
			content_hash: H256::repeat_byte(1),
			license: open,
			contributors: vec![(account(owner), 1)],
		}),
	);
	let dataset = DatasetId(pallet_provenance::NextDatasetId::<Runtime>::get() - 1);
	let model = fine_tune(owner, None, vec![dataset]);
	(dataset, model)
}

/// `owner`'s model on `datasets`, fine-tuned from `base` if any.
fn fine_tune(owner: Sr25519Keyring, base: Option<ModelId>, datasets: Vec<DatasetId>) -> ModelId {
	apply_ok(
		owner,
		RuntimeCall::Provenance(pallet_provenance::Call::register_model {
			base_model: base,
			datasets: datasets.clone(),
			fine_tuners: vec![],
			version_hash: H256::repeat_byte(2),
			shares: ModelShares {
				datasets: if datasets.is_empty() {
					Perbill::zero()
				} else {
					Perbill::from_percent(20)
				},
				base_model: if base.is_some() {
					Perbill::from_percent(20)
				} else {
					Perbill::zero()
				},
			},
		}),
	);
	ModelId(pallet_provenance::NextModelId::<Runtime>::get() - 1)
}

fn bond(owner: Sr25519Keyring, model: ModelId) {
	apply_ok(owner, RuntimeCall::Attestation(pallet_attestation::Call::bond_model { model }));
}

fn challenge(who: Sr25519Keyring, target: Target, severity: Severity) -> u32 {
	let id = pallet_attestation::NextChallengeId::<Runtime>::get();
	apply_ok(
		who,
		RuntimeCall::Attestation(pallet_attestation::Call::challenge {
			target,
			severity,
			evidence: H256::repeat_byte(0xee),
		}),
	);
	id
}

fn module_error<E: Into<DispatchError>>(error: E) -> ApplyExtrinsicResult {
	Ok(Err(error.into()))
}

fn may_earn(model: ModelId) -> bool {
	<Provenance as atelier_primitives::models::ModelRegistry<AccountId>>::is_monetizable(&model)
}

fn held_bond(who: Sr25519Keyring) -> Balance {
	use frame_support::traits::fungible::InspectHold;
	Balances::balance_on_hold(
		&atelier_runtime::RuntimeHoldReason::Attestation(
			pallet_attestation::HoldReason::AttestorBond,
		),
		&account(who),
	)
}

const ATTESTOR_BOND: Balance = 1_000 * UNIT;
const MODEL_BOND: Balance = 100 * UNIT;
const CHALLENGE_BOND: Balance = 200 * UNIT;

#[test]
fn a_model_earns_once_attested_and_bonded_and_an_upheld_violation_stops_burns_and_slashes() {
	dev_ext().execute_with(|| {
		let (dataset, base) = unattested_model(Sr25519Keyring::Charlie);
		register_worker(Sr25519Keyring::Ferdie, HardwareClass::Cpu, 100_000);

		// Not attested, not bonded: no job, and the status says why.
		assert_eq!(
			submit_job(Sr25519Keyring::Bob, base, HardwareClass::Cpu, 100_000, 50),
			module_error(pallet_compute_market::Error::<Runtime>::ModelNotMonetizable)
		);
		let status = Attestation::status(Target::Model(base)).unwrap();
		assert!(!status.cleared);
		assert!(status.reasons.contains(&Reason::NoModelBond(base)));
		assert!(status.reasons.contains(&Reason::LacksQuorum {
			dataset,
			attestations: 0,
			quorum: 2
		}));

		// One attestation is short of the quorum of two; a bond alone is not enough either.
		apply_ok(
			ATTESTORS[0],
			RuntimeCall::Attestation(pallet_attestation::Call::attest {
				dataset,
				uses: pallet_attestation::Uses::ALL,
				evidence: H256::repeat_byte(9),
				expires: System::block_number() + 30 * DAYS,
			}),
		);
		bond(Sr25519Keyring::Charlie, base);
		assert!(!may_earn(base));
		attest(dataset);
		assert!(may_earn(base));
		assert!(Attestation::status(Target::Model(base)).unwrap().reasons.is_empty());

		// Two generations of fine-tunes, each bonded by its owner, earn through the same dataset.
		let tune = fine_tune(Sr25519Keyring::Dave, Some(base), vec![]);
		assert!(!may_earn(tune), "a fine-tune needs its own bond");
		bond(Sr25519Keyring::Dave, tune);
		let tune_2 = fine_tune(Sr25519Keyring::Eve, Some(tune), vec![]);
		bond(Sr25519Keyring::Eve, tune_2);
		assert!(may_earn(tune_2));

		// The base model earns on a receipt: its licensing share reaches its owner.
		assert_eq!(
			submit_job(Sr25519Keyring::Bob, base, HardwareClass::Cpu, 100_000, 50),
			Ok(Ok(()))
		);
		next_block();
		let receipt =
			Receipt { job: JobId(0), output_hash: H256::repeat_byte(4), units_used: 100_000 };
		let signature = worker_key(Sr25519Keyring::Ferdie)
			.sign(&receipt_signing_payload(&System::block_hash(0), &receipt));
		let charlie = free(Sr25519Keyring::Charlie);
		assert_eq!(
			Executive::apply_extrinsic(UncheckedExtrinsic::new_bare(RuntimeCall::ComputeMarket(
				pallet_compute_market::Call::submit_receipt {
					receipt,
					signature: signature.into()
				},
			))),
			Ok(Ok(()))
		);
		assert!(free(Sr25519Keyring::Charlie) > charlie, "the model's owner was paid licensing");

		// The deepest fine-tune's output sells; royalties accrue under it.
		let output = mint_output(Sr25519Keyring::Eve, tune_2);
		sell(Sr25519Keyring::Eve, Sr25519Keyring::Bob, output, 50 * UNIT);
		let pot = pallet_royalties::Pots::<Runtime>::get(tune_2, PaymentAsset::Native).total;
		assert!(pot > 0);
		let second = mint_output(Sr25519Keyring::Eve, tune_2);

		// Ferdie challenges the dataset: everything downstream stops at once.
		let id = challenge(Sr25519Keyring::Ferdie, Target::Dataset(dataset), Severity::Major);
		assert!(!may_earn(base) && !may_earn(tune) && !may_earn(tune_2));
		assert_eq!(
			submit_job(Sr25519Keyring::Bob, tune_2, HardwareClass::Cpu, 1_000, 50),
			module_error(pallet_compute_market::Error::<Runtime>::ModelNotMonetizable)
		);
		assert_eq!(
			apply(
				Sr25519Keyring::Eve,
				RuntimeCall::Royalties(pallet_royalties::Call::list {
					output: second,
					asset: PaymentAsset::Native,
					price: 10 * UNIT,
				})
			),
			module_error(pallet_royalties::Error::<Runtime>::NotMonetizable)
		);
		let claim = |who: Sr25519Keyring| {
			apply(
				who,
				RuntimeCall::Royalties(pallet_royalties::Call::claim {
					beneficiary: account(who),
					asset: PaymentAsset::Native,
					model: tune_2,
				}),
			)
		};
		assert_eq!(
			claim(Sr25519Keyring::Dave),
			module_error(pallet_royalties::Error::<Runtime>::ClaimFrozen)
		);
		assert!(Attestation::status(Target::Model(tune_2)).unwrap().reasons.iter().any(
			|r| matches!(r, Reason::ChallengeOpen { target: Target::Dataset(d), .. } if *d == dataset)
		));

		// Only the deciding origin decides.
		assert_eq!(
			apply(
				Sr25519Keyring::Bob,
				RuntimeCall::Attestation(pallet_attestation::Call::uphold {
					id,
					severity: Severity::Major
				})
			),
			Ok(Err(DispatchError::BadOrigin))
		);

		// Upheld (Root: the sudo key on dev; the disputes track elsewhere).
		let ferdie = free(Sr25519Keyring::Ferdie);
		let reserve = Balances::free_balance(ReserveAccount::get());
		let issuance = Balances::total_issuance();
		assert_eq!(Attestation::uphold(RuntimeOrigin::root(), id, Severity::Major), Ok(()));
		let slash = ATTESTOR_BOND / 2;
		for attestor in ATTESTORS {
			assert_eq!(held_bond(attestor), ATTESTOR_BOND - slash);
			assert_eq!(Reputation::reputation_of(&account(attestor)).penalties, 5_000);
		}
		assert_eq!(Reputation::reputation_of(&account(Sr25519Keyring::Charlie)).penalties, 10_000);
		// The challenger: its bond back and a fifth of both slashes; the reserve the rest.
		assert_eq!(free(Sr25519Keyring::Ferdie), ferdie + CHALLENGE_BOND + 2 * slash / 5);
		assert_eq!(
			Balances::free_balance(ReserveAccount::get()),
			reserve + 2 * (slash - slash / 5)
		);
		assert_eq!(Balances::total_issuance(), issuance, "slashes move money; nothing burned yet");

		// Two generations down, anyone enforces the burn: exactly the bond and the royalties.
		let issuance = Balances::total_issuance();
		// (Dispatched directly, so that the transaction fee does not blur the issuance.)
		assert_eq!(
			Attestation::enforce(RuntimeOrigin::signed(account(Sr25519Keyring::Bob)), tune_2),
			Ok(())
		);
		assert_eq!(Balances::total_issuance(), issuance - MODEL_BOND - pot);
		assert_eq!(
			claim(Sr25519Keyring::Dave),
			module_error(pallet_royalties::Error::<Runtime>::AccrualBurned)
		);
		// The dataset stays barred for good.
		System::set_block_number(System::block_number() + 365 * DAYS);
		assert!(!may_earn(base));
	});
}

#[test]
fn the_disputes_track_rejects_a_challenge_and_its_bond_compensates_the_owner_and_the_reserve() {
	dev_ext().execute_with(|| {
		let (dataset, model) = unattested_model(Sr25519Keyring::Charlie);
		clear_to_earn(Sr25519Keyring::Charlie, dataset, model);
		let id = challenge(Sr25519Keyring::Ferdie, Target::Model(model), Severity::Major);
		assert!(!may_earn(model));
		let ferdie = <Balances as frame_support::traits::fungible::Inspect<_>>::total_balance(
			&account(Sr25519Keyring::Ferdie),
		);
		let reserve = Balances::free_balance(ReserveAccount::get());
		let charlie = <Balances as frame_support::traits::fungible::Inspect<_>>::total_balance(
			&account(Sr25519Keyring::Charlie),
		);
		let index = submit(
			Sr25519Keyring::Dave,
			governance(pallet_governance::Origin::Disputes),
			RuntimeCall::Attestation(pallet_attestation::Call::reject { id }),
		);
		assert_eq!(vote(Sr25519Keyring::Dave, index, true), Ok(Ok(())));
		assert_eq!(enact(index, DAYS), Ok(()));
		assert!(may_earn(model));
		assert_eq!(
			<Balances as frame_support::traits::fungible::Inspect<_>>::total_balance(&account(
				Sr25519Keyring::Ferdie
			)),
			ferdie - CHALLENGE_BOND
		);
		// Half to the model's owner for the days it could not earn, half to the reserve.
		assert_eq!(
			<Balances as frame_support::traits::fungible::Inspect<_>>::total_balance(&account(
				Sr25519Keyring::Charlie
			)),
			charlie + CHALLENGE_BOND / 2
		);
		assert_eq!(Balances::free_balance(ReserveAccount::get()), reserve + CHALLENGE_BOND / 2);
	});
}

#[test]
fn an_undecided_challenge_stops_freezing_at_its_deadline_and_lapses_to_the_reserve() {
	dev_ext().execute_with(|| {
		let (dataset, model) = unattested_model(Sr25519Keyring::Charlie);
		clear_to_earn(Sr25519Keyring::Charlie, dataset, model);
		let id = challenge(Sr25519Keyring::Ferdie, Target::Dataset(dataset), Severity::Minor);
		assert!(!may_earn(model));
		let lapse = || {
			apply(
				Sr25519Keyring::Bob,
				RuntimeCall::Attestation(pallet_attestation::Call::lapse { id }),
			)
		};
		assert_eq!(lapse(), module_error(pallet_attestation::Error::<Runtime>::DeadlineNotReached));
		// Three days later nobody has decided: the freeze is over before anyone lapses it.
		System::set_block_number(System::block_number() + 3 * DAYS + 1);
		assert!(may_earn(model));
		assert_eq!(
			Attestation::uphold(RuntimeOrigin::root(), id, Severity::Minor),
			Err(pallet_attestation::Error::<Runtime>::DeadlinePassed.into())
		);
		let reserve = Balances::free_balance(ReserveAccount::get());
		assert_eq!(lapse(), Ok(Ok(())));
		assert_eq!(Balances::free_balance(ReserveAccount::get()), reserve + CHALLENGE_BOND / 2);
	});
}

/// Attack 7 (`docs/attacks.md`): one 100 ATL challenge froze everything downstream of a
/// dataset for three days, a second account's challenge extended it, and the attestors could
/// not renew meanwhile, so the quorum expired under the freeze. Now the second challenge joins
/// the first (the deadline stays), every bond of a challenge that ends without a violation is
/// forfeited, half of it to the frozen owner, and the attestations get back the time the
/// freeze took.
#[test]
fn a_second_challenge_cannot_extend_a_freeze_and_a_rejection_gives_the_attestations_their_time_back(
) {
	dev_ext().execute_with(|| {
		let (dataset, model) = unattested_model(Sr25519Keyring::Charlie);
		let start = System::block_number();
		let attest = |who, expires| {
			apply(
				who,
				RuntimeCall::Attestation(pallet_attestation::Call::attest {
					dataset,
					uses: pallet_attestation::Uses::ALL,
					evidence: H256::repeat_byte(9),
					expires,
				}),
			)
		};
		// The attestations have two days left when the challenge comes.
		for attestor in ATTESTORS {
			assert_eq!(attest(attestor, start + 2 * DAYS), Ok(Ok(())));
		}
		bond(Sr25519Keyring::Charlie, model);
		assert!(may_earn(model));
		let id = challenge(Sr25519Keyring::Ferdie, Target::Dataset(dataset), Severity::Minor);
		let deadline = pallet_attestation::Challenges::<Runtime>::get(id).unwrap().deadline;
		assert_eq!(deadline, start + 3 * DAYS);

		// Ten minutes in, a second account challenges: it joins, the freeze stays.
		System::set_block_number(start + 100);
		let next = pallet_attestation::NextChallengeId::<Runtime>::get();
		challenge(Sr25519Keyring::Eve, Target::Dataset(dataset), Severity::Major);
		assert_eq!(pallet_attestation::NextChallengeId::<Runtime>::get(), next);
		assert_eq!(pallet_attestation::Datasets::<Runtime>::get(dataset).freeze.until, deadline);
		// Two and a half days in, a third finds the challenge closed to joining, and cannot
		// open another: the freeze ends when this one does.
		System::set_block_number(start + 5 * DAYS / 2);
		assert_eq!(
			apply(
				Sr25519Keyring::Dave,
				RuntimeCall::Attestation(pallet_attestation::Call::challenge {
					target: Target::Dataset(dataset),
					severity: Severity::Major,
					evidence: H256::repeat_byte(0xee),
				})
			),
			module_error(pallet_attestation::Error::<Runtime>::JoinWindowClosed)
		);
		assert_eq!(pallet_attestation::Datasets::<Runtime>::get(dataset).freeze.until, deadline);
		// The quorum expired under the freeze, and the attestors cannot renew it meanwhile.
		assert_eq!(
			Attestation::attestations_for(
				&dataset,
				atelier_primitives::provenance::Purpose::Inference
			),
			0
		);
		assert_eq!(
			attest(ATTESTORS[0], start + 30 * DAYS),
			module_error(pallet_attestation::Error::<Runtime>::TargetFrozen)
		);

		// Rejected: both bonds forfeited, half of each to the owner.
		let total = |who| {
			<Balances as frame_support::traits::fungible::Inspect<_>>::total_balance(&account(who))
		};
		let (charlie, ferdie, eve) = (
			total(Sr25519Keyring::Charlie),
			total(Sr25519Keyring::Ferdie),
			total(Sr25519Keyring::Eve),
		);
		let reserve = Balances::free_balance(ReserveAccount::get());
		assert_eq!(Attestation::reject(RuntimeOrigin::root(), id), Ok(()));
		assert_eq!(total(Sr25519Keyring::Ferdie), ferdie - CHALLENGE_BOND);
		assert_eq!(total(Sr25519Keyring::Eve), eve - CHALLENGE_BOND);
		assert_eq!(total(Sr25519Keyring::Charlie), charlie + CHALLENGE_BOND);
		assert_eq!(Balances::free_balance(ReserveAccount::get()), reserve + CHALLENGE_BOND);
		// The attestations got back the two and a half days the freeze took: the model earns
		// at once, until two and a half days after their original expiry.
		assert!(may_earn(model));
		System::set_block_number(start + 2 * DAYS + 5 * DAYS / 2 - 1);
		assert!(may_earn(model));
		System::set_block_number(start + 2 * DAYS + 5 * DAYS / 2);
		assert!(!may_earn(model));
	});
}

/// `StakeSlash` has a caller: an upheld violation takes half (major) or a tenth (minor) of the
/// stake behind the offender's reputation, counted and unbonding alike, to the reserve.
#[test]
fn an_upheld_violation_slashes_the_offenders_reputation_stake_to_the_reserve() {
	dev_ext().execute_with(|| {
		let (dataset, model) = unattested_model(Sr25519Keyring::Charlie);
		clear_to_earn(Sr25519Keyring::Charlie, dataset, model);
		apply_ok(
			Sr25519Keyring::Charlie,
			RuntimeCall::Reputation(pallet_reputation::Call::stake { amount: 1_000 * UNIT }),
		);
		apply_ok(
			Sr25519Keyring::Charlie,
			RuntimeCall::Reputation(pallet_reputation::Call::unstake { amount: 200 * UNIT }),
		);
		let held = |who| {
			let r = Reputation::reputation_of(&account(who));
			r.staked + r.unbonding
		};
		assert_eq!(held(Sr25519Keyring::Charlie), 1_000 * UNIT);
		let id = challenge(Sr25519Keyring::Ferdie, Target::Model(model), Severity::Minor);
		let reserve = Balances::free_balance(ReserveAccount::get());
		assert_eq!(Attestation::uphold(RuntimeOrigin::root(), id, Severity::Minor), Ok(()));
		assert_eq!(held(Sr25519Keyring::Charlie), 900 * UNIT);
		assert_eq!(Balances::free_balance(ReserveAccount::get()), reserve + 100 * UNIT);
		assert!(System::events().iter().any(|r| r.event
			== atelier_runtime::RuntimeEvent::Attestation(
				pallet_attestation::Event::StakeSlashed {
					who: account(Sr25519Keyring::Charlie),
					amount: 100 * UNIT
				}
			)));

		// A major violation of the dataset takes half of what is left.
		assert_eq!(Attestation::lift(RuntimeOrigin::root(), Target::Model(model)), Ok(()));
		let id = challenge(Sr25519Keyring::Ferdie, Target::Dataset(dataset), Severity::Major);
		assert_eq!(Attestation::uphold(RuntimeOrigin::root(), id, Severity::Major), Ok(()));
		assert_eq!(held(Sr25519Keyring::Charlie), 450 * UNIT);
	});
}

#[test]
fn attestation_refuses_bad_inputs_and_unauthorized_origins_with_named_errors() {
	use atelier_runtime::configs::parameters::{
		dynamic_params::attestation, AttestationPeriods, AttestationRemedies, RuntimeParameters,
	};
	dev_ext().execute_with(|| {
		let (dataset, _) = unattested_model(Sr25519Keyring::Charlie);
		let attest_by = |who| {
			apply(
				who,
				RuntimeCall::Attestation(pallet_attestation::Call::attest {
					dataset,
					uses: pallet_attestation::Uses::ALL,
					evidence: H256::zero(),
					expires: System::block_number() + 10,
				}),
			)
		};
		assert_eq!(
			attest_by(Sr25519Keyring::Charlie),
			module_error(pallet_attestation::Error::<Runtime>::NotAttestor)
		);
		// Applying is open; approval is the deciding track's (or Root's), not a signed account's.
		apply_ok(
			Sr25519Keyring::Charlie,
			RuntimeCall::Attestation(pallet_attestation::Call::apply_as_attestor {}),
		);
		assert_eq!(
			attest_by(Sr25519Keyring::Charlie),
			module_error(pallet_attestation::Error::<Runtime>::NotActive)
		);
		assert_eq!(
			apply(
				Sr25519Keyring::Charlie,
				RuntimeCall::Attestation(pallet_attestation::Call::approve_attestor {
					who: account(Sr25519Keyring::Charlie)
				})
			),
			Ok(Err(DispatchError::BadOrigin))
		);
		assert_eq!(
			apply(
				Sr25519Keyring::Bob,
				RuntimeCall::Attestation(pallet_attestation::Call::challenge {
					target: Target::Dataset(DatasetId(999)),
					severity: Severity::Minor,
					evidence: H256::zero(),
				})
			),
			module_error(pallet_attestation::Error::<Runtime>::UnknownDataset)
		);
		assert_eq!(
			apply(
				Sr25519Keyring::Bob,
				RuntimeCall::Attestation(pallet_attestation::Call::bond_model {
					model: ModelId(0)
				})
			),
			module_error(pallet_attestation::Error::<Runtime>::NotModelOwner)
		);
		// A leaving attestor must stay slashable as long as its attestations run: governance
		// cannot shorten the unbonding below the longest attestation.
		let periods = AttestationPeriods {
			max_attestation: 90 * DAYS,
			attestor_unbonding: 30 * DAYS,
			model_unbonding: 7 * DAYS,
			challenge: 3 * DAYS,
			lock: 90 * DAYS,
		};
		assert_eq!(
			atelier_runtime::Governance::set_parameter(
				RuntimeOrigin::root(),
				RuntimeParameters::Attestation(attestation::Parameters::Periods(
					attestation::Periods,
					Some(periods),
				)),
			),
			Err(pallet_governance::Error::<Runtime>::ParametersInconsistent.into())
		);
		// A dismissed challenge always leaves the reserve a tenth (a self-challenge costs), and
		// a minor violation never takes more stake than a major one.
		let remedies = |compensation, minor, major| {
			atelier_runtime::Governance::set_parameter(
				RuntimeOrigin::root(),
				RuntimeParameters::Attestation(attestation::Parameters::Remedies(
					attestation::Remedies,
					Some(AttestationRemedies {
						compensation: Perbill::from_percent(compensation),
						minor_stake_slash: Perbill::from_percent(minor),
						major_stake_slash: Perbill::from_percent(major),
					}),
				)),
			)
		};
		assert_eq!(
			remedies(100, 10, 50),
			Err(pallet_governance::Error::<Runtime>::ParameterOutOfRange.into())
		);
		assert_eq!(
			remedies(50, 60, 50),
			Err(pallet_governance::Error::<Runtime>::ParametersInconsistent.into())
		);
		assert_eq!(remedies(90, 0, 100), Ok(()));
		// An offender who unbonds its reputation stake when challenged stays slashable: the
		// stake's unbonding is never shorter than a challenge (3 days).
		assert_eq!(
			atelier_runtime::Governance::set_parameter(
				RuntimeOrigin::root(),
				RuntimeParameters::Reputation(
					atelier_runtime::configs::parameters::dynamic_params::reputation::Parameters::UnbondingPeriod(
						atelier_runtime::configs::parameters::dynamic_params::reputation::UnbondingPeriod,
						Some(2 * DAYS),
					)
				),
			),
			Err(pallet_governance::Error::<Runtime>::ParametersInconsistent.into())
		);
	});
}

/// A relation between two pallets' parameters holds after a reset to a default too: with the
/// reputation stake's unbonding raised to 30 days and challenges to 20, a reset of the unbonding
/// to its 7-day default (shorter than a challenge: an offender's stake would leave before it is
/// decided) is refused, and changes nothing.
#[test]
fn a_reset_to_a_default_cannot_break_a_relation() {
	use atelier_runtime::configs::parameters::{
		dynamic_params::{attestation, reputation},
		AttestationPeriods, RuntimeParameters,
	};
	use frame_support::traits::Get;
	dev_ext().execute_with(|| {
		let unbonding = |value| {
			atelier_runtime::Governance::set_parameter(
				RuntimeOrigin::root(),
				RuntimeParameters::Reputation(reputation::Parameters::UnbondingPeriod(
					reputation::UnbondingPeriod,
					value,
				)),
			)
		};
		assert_eq!(unbonding(Some(30 * DAYS)), Ok(()));
		let long = AttestationPeriods { challenge: 20 * DAYS, ..attestation::Periods::get() };
		assert_eq!(
			atelier_runtime::Governance::set_parameter(
				RuntimeOrigin::root(),
				RuntimeParameters::Attestation(attestation::Parameters::Periods(
					attestation::Periods,
					Some(long),
				)),
			),
			Ok(())
		);
		assert_eq!(
			unbonding(None),
			Err(pallet_governance::Error::<Runtime>::ParametersInconsistent.into())
		);
		assert_eq!(reputation::UnbondingPeriod::get(), 30 * DAYS);
	});
}
