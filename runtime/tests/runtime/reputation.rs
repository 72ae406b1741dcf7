//! Reputation on the real runtime: every reporting pallet moves the score, the item stays
//! soulbound against batches too, tiers gate and order the high-compute class, and Root alone
//! changes the parameters.

use crate::common::*;
use atelier_runtime::{
	configs::parameters::dynamic_params, ComputeMarket, Parameters, Reputation, RuntimeOrigin,
};
use frame_support::{
	assert_ok,
	traits::{Get, Hooks},
};
use pallet_compute_market::{receipt_signing_payload, HardwareClass, JobId, Receipt};
use pallet_reputation::Offence;
use sp_core::{Pair, H256};

fn score(who: Sr25519Keyring) -> pallet_reputation::ReputationInfo<Balance> {
	Reputation::reputation_of(&account(who))
}

pub(crate) fn mint_output(
	creator: Sr25519Keyring,
	model: pallet_provenance::ModelId,
) -> pallet_provenance::OutputId {
	apply_ok(
		creator,
		RuntimeCall::Provenance(pallet_provenance::Call::mint_output {
			model,
			job: None,
			content_hash: H256::repeat_byte(9),
			prompts: vec![],
			parents: vec![],
			content_credential: None,
			creator_share: Perbill::from_percent(10),
		}),
	);
	pallet_provenance::OutputId(pallet_provenance::NextOutputId::<Runtime>::get() - 1)
}

/// Lists `output` and has `buyer` buy it at `price` ATL.
pub(crate) fn sell(
	seller: Sr25519Keyring,
	buyer: Sr25519Keyring,
	output: pallet_provenance::OutputId,
	price: Balance,
) {
	use pallet_royalties::PaymentAsset;
	apply_ok(
		seller,
		RuntimeCall::Royalties(pallet_royalties::Call::list {
			output,
			asset: PaymentAsset::Native,
			price,
		}),
	);
	apply_ok(
		buyer,
		RuntimeCall::Royalties(pallet_royalties::Call::buy {
			output,
			listing: pallet_royalties::Listings::<Runtime>::get(output).unwrap().id,
			asset: PaymentAsset::Native,
			max_price: price,
		}),
	);
}

pub(crate) fn worker_key(who: Sr25519Keyring) -> sp_core::sr25519::Pair {
	sp_core::sr25519::Pair::from_string(&format!("//{who:?}//atel"), None).unwrap()
}

pub(crate) fn register_worker(who: Sr25519Keyring, class: HardwareClass, capacity: u64) {
	let key = worker_key(who);
	apply_ok(
		who,
		RuntimeCall::ComputeMarket(pallet_compute_market::Call::register_worker {
			stake: capacity as Balance * UNIT / 100,
			capacity,
			class,
			job_sizes: pallet_compute_market::JobSizes::ANY,
			signing_key: key.public().into(),
			key_proof: key
				.sign(&pallet_compute_market::key_ownership_payload(
					&System::block_hash(0),
					&account(who),
				))
				.into(),
		}),
	);
}

pub(crate) fn submit_job(
	who: Sr25519Keyring,
	model: pallet_provenance::ModelId,
	class: HardwareClass,
	units: u64,
	deadline: u32,
) -> ApplyExtrinsicResult {
	apply(
		who,
		RuntimeCall::ComputeMarket(pallet_compute_market::Call::submit_job {
			model,
			class,
			max_units: units,
			max_base_fee_per_unit: atelier_primitives::currency::MICRO_UNIT,
			tip_per_unit: 0,
			input_commitment: H256::repeat_byte(3),
			deadline,
			verification: pallet_compute_market::Verification::Required,
		}),
	)
}

pub(crate) fn next_block() {
	let n = System::block_number() + 1;
	System::set_block_number(n);
	ComputeMarket::on_initialize(n);
}

/// Compute at 0.1 ATL a unit at least (the economic track's fee floor, set by Root): a
/// 100 000-unit job pays 10 000 ATL of base fee, 1 500 ATL of it to the reserve and burned.
pub(crate) fn dear_compute() {
	use atelier_runtime::configs::parameters::{dynamic_params::compute, FeeBounds};
	assert_ok!(atelier_runtime::Governance::set_parameter(
		RuntimeOrigin::root(),
		atelier_runtime::configs::parameters::RuntimeParameters::Compute(
			compute::Parameters::BaseFeeBounds(
				compute::BaseFeeBounds,
				Some(FeeBounds { floor: UNIT / 10, ceiling: UNIT }),
			)
		),
	));
}

/// A job of `units` at up to 1 ATL a unit (within the dear floor).
pub(crate) fn submit_dear_job(
	who: Sr25519Keyring,
	model: pallet_provenance::ModelId,
	units: u64,
) -> ApplyExtrinsicResult {
	apply(
		who,
		RuntimeCall::ComputeMarket(pallet_compute_market::Call::submit_job {
			model,
			class: HardwareClass::Cpu,
			max_units: units,
			max_base_fee_per_unit: UNIT,
			tip_per_unit: 0,
			input_commitment: H256::repeat_byte(3),
			deadline: System::block_number() + 50,
			verification: pallet_compute_market::Verification::Required,
		}),
	)
}

/// The points `spent` ATL that left everyone's control is worth at the runtime's rate (20 ATL a
/// point).
fn points(spent: Balance) -> u64 {
	(spent / (20 * UNIT)) as u64
}

/// Four weeks: creation credited now has matured.
fn mature() {
	System::set_block_number(System::block_number() + 28 * atelier_primitives::time::DAYS);
}

#[test]
fn genesis_creates_the_reputation_collection_owned_by_the_pallet_without_deposits() {
	dev_ext().execute_with(|| {
		let collection = pallet_reputation::ReputationCollection::<Runtime>::get().unwrap();
		assert_eq!(Nfts::collection_owner(collection), Some(Reputation::account_id()));
		assert_eq!(Balances::free_balance(Reputation::account_id()), 0);
	});
}

/// A settled receipt credits its worker (units) and its model's owner (licensing fees); a sale
/// credits the output's creator; a royalty claim credits the claimant; a missed deadline and
/// an upheld dispute charge the worker.
#[test]
fn every_reporting_pallet_moves_the_score() {
	dev_ext().execute_with(|| {
		dear_compute();
		let model = register_model(Sr25519Keyring::Charlie, Perbill::from_percent(20));
		register_worker(Sr25519Keyring::Ferdie, HardwareClass::Cpu, 100_000);
		assert_eq!(submit_dear_job(Sr25519Keyring::Bob, model, 100_000), Ok(Ok(())));
		next_block();
		let key = worker_key(Sr25519Keyring::Ferdie);
		let receipt =
			Receipt { job: JobId(0), output_hash: H256::repeat_byte(4), units_used: 100_000 };
		let signature = key.sign(&receipt_signing_payload(&System::block_hash(0), &receipt));
		assert_eq!(
			Executive::apply_extrinsic(UncheckedExtrinsic::new_bare(RuntimeCall::ComputeMarket(
				pallet_compute_market::Call::submit_receipt {
					receipt,
					signature: signature.into()
				},
			))),
			Ok(Ok(()))
		);
		// 10 000 ATL of base fee: 1 500 ATL to the reserve and burned, the worker counted 70/85
		// of it (1 235.29 ATL: 61 points), the model's owner 15/85 (264.70 ATL: 13 points). They
		// mature for four weeks before they count.
		let spent = System::events()
			.iter()
			.find_map(|r| match &r.event {
				RuntimeEvent::ComputeMarket(pallet_compute_market::Event::JobSettled {
					to_reserve,
					to_verification,
					burnt,
					..
				}) => Some(to_reserve + to_verification + burnt),
				_ => None,
			})
			.expect("the job settled");
		assert_eq!(spent, 1_500 * UNIT);
		let owner_spent = Perbill::from_rational(15u32, 85u32).mul_floor(spent);
		let (worker_points, owner_points) = (points(spent - owner_spent), points(owner_spent));
		assert_eq!((worker_points, owner_points), (61, 13));
		assert_eq!(score(Sr25519Keyring::Ferdie).maturing, worker_points);
		assert_eq!(score(Sr25519Keyring::Charlie).maturing, owner_points);
		assert_eq!(score(Sr25519Keyring::Ferdie).score, 0);

		// A sale at 50 000 ATL pays the reserve 2%, 1 000 ATL: 50 points to the creator (Eve),
		// whoever sells it later. The resale at 10 000 ATL adds 10 more; the reseller gets none.
		let output = mint_output(Sr25519Keyring::Eve, model);
		sell(Sr25519Keyring::Eve, Sr25519Keyring::Bob, output, 50_000 * UNIT);
		assert_eq!(score(Sr25519Keyring::Eve).maturing, 50);
		sell(Sr25519Keyring::Bob, Sr25519Keyring::Dave, output, 10_000 * UNIT);
		assert_eq!(score(Sr25519Keyring::Eve).maturing, 60);
		assert_eq!(score(Sr25519Keyring::Bob).maturing, 0);

		// Claiming royalties earns nothing: they are money a seller may have paid itself.
		apply_ok(
			Sr25519Keyring::Eve,
			RuntimeCall::Royalties(pallet_royalties::Call::claim {
				beneficiary: account(Sr25519Keyring::Eve),
				asset: pallet_royalties::PaymentAsset::Native,
				model,
			}),
		);
		assert_eq!(score(Sr25519Keyring::Eve).maturing, 60);

		// A dispute upheld by Root (sudo on dev): 1 000 penalty points for the worker.
		apply_ok(
			Sr25519Keyring::Bob,
			RuntimeCall::ComputeMarket(pallet_compute_market::Call::dispute_receipt {
				job: JobId(0),
			}),
		);
		assert!(ComputeMarket::resolve_dispute(RuntimeOrigin::root(), JobId(0), true).is_ok());
		assert_eq!(score(Sr25519Keyring::Ferdie).penalties, 1_000);
		assert_eq!(score(Sr25519Keyring::Ferdie).score, 0);
		System::assert_has_event(
			pallet_reputation::Event::Penalized {
				who: account(Sr25519Keyring::Ferdie),
				offence: Offence::DisputeUpheld,
				points: 1_000,
			}
			.into(),
		);
		// Four weeks on, all of it counts.
		mature();
		assert_eq!(score(Sr25519Keyring::Eve).score, 60);
		assert_eq!(score(Sr25519Keyring::Ferdie).creation, worker_points);
		assert_eq!(score(Sr25519Keyring::Charlie).score, owner_points);
	});
}

#[test]
fn a_missed_deadline_charges_the_worker() {
	dev_ext().execute_with(|| {
		let model = register_model(Sr25519Keyring::Charlie, Perbill::from_percent(20));
		register_worker(Sr25519Keyring::Ferdie, HardwareClass::Cpu, 10_000);
		assert_eq!(
			submit_job(Sr25519Keyring::Bob, model, HardwareClass::Cpu, 1_000, 20),
			Ok(Ok(()))
		);
		while System::block_number() < 22 {
			next_block();
		}
		assert_eq!(score(Sr25519Keyring::Ferdie).penalties, 100);
		let item = score(Sr25519Keyring::Ferdie).item.expect("an offender gets a record");
		let collection = pallet_reputation::ReputationCollection::<Runtime>::get().unwrap();
		assert_eq!(Nfts::owner(collection, item), Some(account(Sr25519Keyring::Ferdie)));
	});
}

/// Attack: a reputation moved in a batch, or through `dispatch_as`-style wrappers. The batch
/// runs, the transfer inside it fails, the item stays.
#[test]
fn a_batch_cannot_move_or_burn_the_soulbound_item() {
	dev_ext().execute_with(|| {
		apply_ok(
			Sr25519Keyring::Bob,
			RuntimeCall::Reputation(pallet_reputation::Call::stake { amount: 100 * UNIT }),
		);
		let collection = pallet_reputation::ReputationCollection::<Runtime>::get().unwrap();
		let item = score(Sr25519Keyring::Bob).item.unwrap();
		for call in [
			pallet_nfts::Call::transfer {
				collection,
				item,
				dest: account(Sr25519Keyring::Eve).into(),
			},
			pallet_nfts::Call::burn { collection, item },
		] {
			apply_ok(
				Sr25519Keyring::Bob,
				RuntimeCall::Utility(pallet_utility::Call::batch {
					calls: vec![RuntimeCall::Nfts(call)],
				}),
			);
			assert!(System::events().iter().any(|r| matches!(
				r.event,
				RuntimeEvent::Utility(pallet_utility::Event::BatchInterrupted { .. })
			)));
			System::reset_events();
			assert_eq!(
				apply(
					Sr25519Keyring::Bob,
					RuntimeCall::Utility(pallet_utility::Call::batch_all {
						calls: vec![RuntimeCall::Nfts(pallet_nfts::Call::transfer {
							collection,
							item,
							dest: account(Sr25519Keyring::Eve).into()
						})]
					})
				)
				.map(|r| r.is_err()),
				Ok(true)
			);
		}
		assert_eq!(Nfts::owner(collection, item), Some(account(Sr25519Keyring::Bob)));
	});
}

/// The high-compute class takes tier 1 and up; each tier above goes first whatever the tip.
/// Tier thresholds are on-chain parameters Root changes (a signed account cannot).
#[test]
fn tiers_gate_and_order_the_high_compute_class_and_root_sets_the_thresholds() {
	dev_ext().execute_with(|| {
		let model = register_model(Sr25519Keyring::Charlie, Perbill::from_percent(20));
		// Creation raises Bob to tier 1 (100 points: a 100 000 ATL sale pays the reserve
		// 2 000 ATL) and Dave to 80, once it has matured.
		let output = mint_output(Sr25519Keyring::Bob, model);
		sell(Sr25519Keyring::Bob, Sr25519Keyring::Eve, output, 100_000 * UNIT);
		let output = mint_output(Sr25519Keyring::Dave, model);
		sell(Sr25519Keyring::Dave, Sr25519Keyring::Eve, output, 80_000 * UNIT);
		let deadline = || System::block_number() + 50;
		assert_eq!(
			submit_job(Sr25519Keyring::Bob, model, HardwareClass::DatacenterGpu, 1_000, deadline()),
			Ok(Err(pallet_compute_market::Error::<Runtime>::TierTooLow.into()))
		);
		mature();
		assert_eq!(
			submit_job(Sr25519Keyring::Bob, model, HardwareClass::Cpu, 1_000, deadline()),
			Ok(Ok(()))
		);
		assert_eq!((score(Sr25519Keyring::Bob).tier, score(Sr25519Keyring::Dave).tier), (1, 0));
		assert_eq!(
			submit_job(Sr25519Keyring::Bob, model, HardwareClass::DatacenterGpu, 1_000, deadline()),
			Ok(Ok(()))
		);
		assert_eq!(
			submit_job(
				Sr25519Keyring::Dave,
				model,
				HardwareClass::DatacenterGpu,
				1_000,
				deadline()
			),
			Ok(Err(pallet_compute_market::Error::<Runtime>::TierTooLow.into()))
		);

		// Only governance (here Root, the root track) sets parameters, through the checks; not
		// a signed account, not even through `pallet-parameters` directly.
		let thresholds = || {
			atelier_runtime::configs::parameters::RuntimeParameters::Reputation(
				dynamic_params::reputation::Parameters::TierThresholds(
					dynamic_params::reputation::TierThresholds,
					Some([50, 90, 5_000]),
				),
			)
		};
		assert_eq!(
			apply(
				Sr25519Keyring::Bob,
				RuntimeCall::Parameters(pallet_parameters::Call::set_parameter {
					key_value: thresholds()
				})
			),
			Ok(Err(DispatchError::BadOrigin))
		);
		assert_eq!(
			Parameters::set_parameter(RuntimeOrigin::root(), thresholds()),
			Err(DispatchError::BadOrigin)
		);
		// Attack (issue 25, 10): Root giving itself the `None` origin with `dispatch_as` to write
		// around the checks. pallet-parameters' call accepts no origin at all.
		let before = dynamic_params::reputation::TierThresholds::get();
		assert_ok!(atelier_runtime::Utility::dispatch_as(
			RuntimeOrigin::root(),
			Box::new(atelier_runtime::OriginCaller::system(frame_system::RawOrigin::None)),
			Box::new(RuntimeCall::Parameters(pallet_parameters::Call::set_parameter {
				key_value: thresholds()
			})),
		));
		System::assert_last_event(RuntimeEvent::Utility(pallet_utility::Event::DispatchedAs {
			result: Err(DispatchError::BadOrigin),
		}));
		assert_eq!(dynamic_params::reputation::TierThresholds::get(), before);
		assert!(
			atelier_runtime::Governance::set_parameter(RuntimeOrigin::root(), thresholds()).is_ok()
		);
		// Bob (100) is now tier 2, Dave (80) tier 1: Bob's job outranks Dave's later one.
		assert_eq!((score(Sr25519Keyring::Bob).tier, score(Sr25519Keyring::Dave).tier), (2, 1));
		assert_eq!(
			submit_job(
				Sr25519Keyring::Dave,
				model,
				HardwareClass::DatacenterGpu,
				1_000,
				deadline()
			),
			Ok(Ok(()))
		);
		assert_eq!(
			submit_job(Sr25519Keyring::Bob, model, HardwareClass::DatacenterGpu, 1_000, deadline()),
			Ok(Ok(()))
		);
		let gpu: Vec<_> = pallet_compute_market::Pending::<Runtime>::get()
			.into_iter()
			.filter(|e| e.class == HardwareClass::DatacenterGpu)
			.map(|e| (e.requester, e.priority))
			.collect();
		let (bob, dave) = (account(Sr25519Keyring::Bob), account(Sr25519Keyring::Dave));
		// Bob's first job was queued at tier 1 (priority 0); his second at tier 2 (priority 1).
		assert_eq!(gpu, vec![(bob.clone(), 1), (bob, 0), (dave, 0)]);
	});
}

/// Stake counts only beside creation and from its age; unstaking stops it counting at once.
#[test]
fn stake_counts_beside_creation_once_both_mature_and_stops_when_unstaked() {
	dev_ext().execute_with(|| {
		let model = register_model(Sr25519Keyring::Charlie, Perbill::from_percent(20));
		apply_ok(
			Sr25519Keyring::Bob,
			RuntimeCall::Reputation(pallet_reputation::Call::stake { amount: 10_000 * UNIT }),
		);
		// A 50 000 ATL sale: 1 000 ATL to the reserve, 50 points maturing.
		let output = mint_output(Sr25519Keyring::Bob, model);
		sell(Sr25519Keyring::Bob, Sr25519Keyring::Eve, output, 50_000 * UNIT);
		let info = score(Sr25519Keyring::Bob);
		assert_eq!((info.stake_points, info.maturing, info.score), (0, 50, 0));
		// Two weeks: the stake half mature (500 of 1 000 stake points), but no creation has
		// matured for it to count beside.
		let two_weeks = 14 * atelier_primitives::time::DAYS;
		System::set_block_number(System::block_number() + two_weeks);
		let info = score(Sr25519Keyring::Bob);
		assert_eq!((info.stake_points, info.creation, info.score), (500, 0, 0));
		// Four weeks: both mature; the stake counts up to twice the creation.
		System::set_block_number(System::block_number() + two_weeks);
		let info = score(Sr25519Keyring::Bob);
		assert_eq!((info.stake_points, info.creation, info.counted_stake_points), (1_000, 50, 100));
		assert_eq!(info.score, 150);
		apply_ok(
			Sr25519Keyring::Bob,
			RuntimeCall::Reputation(pallet_reputation::Call::unstake { amount: 10_000 * UNIT }),
		);
		let info = score(Sr25519Keyring::Bob);
		assert_eq!((info.stake_points, info.score, info.unbonding), (0, 50, 10_000 * UNIT));
	});
}

/// A receipt is charged for two reports that open records (the worker's and the model owner's)
/// and refunds what the reports did not use: the second receipt of the same worker and model
/// only updates their records, and costs that much less.
#[test]
fn a_receipt_refunds_the_reputation_weight_it_did_not_use() {
	use pallet_reputation::WeightInfo;
	type W = pallet_reputation::weights::SubstrateWeight<Runtime>;
	dev_ext().execute_with(|| {
		// Jobs dear enough to earn points (a job at the fee floor of 0.000001 ATL a unit pays
		// nothing worth a point, and reports nothing).
		dear_compute();
		let model = register_model(Sr25519Keyring::Charlie, Perbill::from_percent(20));
		register_worker(Sr25519Keyring::Ferdie, HardwareClass::Cpu, 100_000);
		for _ in 0..2 {
			assert_eq!(submit_dear_job(Sr25519Keyring::Bob, model, 100_000), Ok(Ok(())));
		}
		let key = worker_key(Sr25519Keyring::Ferdie);
		let mut weights = vec![];
		for job in 0..2 {
			next_block();
			System::reset_events();
			let receipt =
				Receipt { job: JobId(job), output_hash: H256::repeat_byte(4), units_used: 100_000 };
			let signature = key.sign(&receipt_signing_payload(&System::block_hash(0), &receipt));
			assert_eq!(
				Executive::apply_extrinsic(UncheckedExtrinsic::new_bare(
					RuntimeCall::ComputeMarket(pallet_compute_market::Call::submit_receipt {
						receipt,
						signature: signature.into()
					},)
				)),
				Ok(Ok(()))
			);
			let info: frame_system::DispatchEventInfo = System::events()
				.into_iter()
				.find_map(|r| match r.event {
					RuntimeEvent::System(frame_system::Event::ExtrinsicSuccess {
						dispatch_info,
					}) => Some(dispatch_info),
					_ => None,
				})
				.expect("the receipt succeeded");
			weights.push(info.weight);
		}
		// The first opened both records, the second recorded its points in them (they mature
		// later: the scores and the items' attributes stay as they were).
		assert!(score(Sr25519Keyring::Ferdie).maturing > 61);
		assert!(score(Sr25519Keyring::Charlie).maturing > 13);
		let difference = W::report_creation().saturating_sub(W::report_record()).saturating_mul(2);
		assert!(difference.ref_time() > 0);
		assert_eq!(weights[0].saturating_sub(weights[1]), difference);
	});
}
