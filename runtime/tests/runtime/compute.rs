//! The compute market on the real runtime.

use crate::common::*;

/// The compute market on the real runtime: a model NFT, a worker, a job, and its receipt as a
/// bare extrinsic through `Executive` (so the unsigned-transaction validation runs too).
#[test]
fn compute_job_settles_through_an_unsigned_receipt_and_pays_every_share() {
	use atelier_runtime::{configs::monetary::ReserveAccount, ComputeMarket};
	use frame_support::traits::{fungible::Inspect, Hooks};
	use pallet_compute_market::{
		receipt_signing_payload, HardwareClass, JobId, JobStatus, ModelId, Receipt,
	};
	use sp_core::{Pair, H256};

	dev_ext().execute_with(|| {
		// Charlie registers a dataset and a model on it (model 0): he is its sole licensee.
		let model = register_model(Sr25519Keyring::Charlie, Perbill::from_percent(20));
		assert_eq!(model, ModelId(0));
		let key = register_cpu_worker(Sr25519Keyring::Ferdie);
		let fee_per_unit = atelier_primitives::currency::MICRO_UNIT;
		apply_ok(
			Sr25519Keyring::Bob,
			RuntimeCall::ComputeMarket(pallet_compute_market::Call::submit_job {
				model,
				class: HardwareClass::Cpu,
				max_units: 1_000,
				max_base_fee_per_unit: 10 * fee_per_unit,
				tip_per_unit: 2 * fee_per_unit,
				input_commitment: H256::repeat_byte(3),
				deadline: 50,
				verification: pallet_compute_market::Verification::Required,
			}),
		);

		System::set_block_number(2);
		ComputeMarket::on_initialize(2);
		let job = pallet_compute_market::Jobs::<Runtime>::get(JobId(0)).unwrap();
		assert!(matches!(job.status, JobStatus::Assigned { .. }));

		let bob = Balances::total_balance(&account(Sr25519Keyring::Bob));
		let charlie = free(Sr25519Keyring::Charlie);
		let ferdie = free(Sr25519Keyring::Ferdie);
		let reserve = Balances::free_balance(ReserveAccount::get());
		let issuance = Balances::total_issuance();

		// The receipt commits to the output's hash (0x04…).
		let committed =
			atelier_primitives::compute::output_commitment(JobId(0), &H256::repeat_byte(4));
		let receipt = Receipt { job: JobId(0), output_hash: committed, units_used: 600 };
		let signature = key.sign(&receipt_signing_payload(&System::block_hash(0), &receipt));
		let xt = UncheckedExtrinsic::new_bare(RuntimeCall::ComputeMarket(
			pallet_compute_market::Call::submit_receipt { receipt, signature: signature.into() },
		));
		assert_eq!(Executive::apply_extrinsic(xt.clone()), Ok(Ok(())));

		let base = 600 * fee_per_unit;
		let tip = 600 * 2 * fee_per_unit;
		assert_eq!(Balances::total_balance(&account(Sr25519Keyring::Bob)), bob - base - tip);
		assert_eq!(free(Sr25519Keyring::Ferdie), ferdie + base * 70 / 100 + tip);
		assert_eq!(free(Sr25519Keyring::Charlie), charlie + base * 15 / 100);
		// The reserve's 10%, less the 5% that pays checkers (held in the settlement account).
		assert_eq!(Balances::free_balance(ReserveAccount::get()), reserve + base * 5 / 100);
		assert_eq!(pallet_compute_market::VerificationFund::<Runtime>::get(), base * 5 / 100);
		assert_eq!(Balances::total_issuance(), issuance - base * 5 / 100);

		// The same receipt again is not a valid transaction.
		assert_eq!(
			Executive::apply_extrinsic(xt),
			Err(TransactionValidityError::Invalid(InvalidTransaction::Custom(4)))
		);

		// Bob, who requested the job, mints its output as a provenance NFT, citing the receipt.
		let mint = |who, content| {
			apply(
				who,
				RuntimeCall::Provenance(pallet_provenance::Call::mint_output {
					model,
					job: Some(JobId(0)),
					content_hash: content,
					prompts: vec![H256::repeat_byte(3)],
					parents: vec![],
					content_credential: None,
					creator_share: Perbill::from_percent(10),
				}),
			)
		};
		assert_eq!(
			mint(Sr25519Keyring::Dave, H256::repeat_byte(4)),
			Ok(Err(pallet_provenance::Error::<Runtime>::NotRequester.into()))
		);
		assert_eq!(
			mint(Sr25519Keyring::Bob, H256::repeat_byte(5)),
			Ok(Err(pallet_provenance::Error::<Runtime>::ReceiptMismatch.into()))
		);
		assert_eq!(mint(Sr25519Keyring::Bob, H256::repeat_byte(4)), Ok(Ok(())));
		let output = pallet_provenance::Outputs::<Runtime>::get(pallet_provenance::OutputId(0))
			.expect("the output is minted");
		assert_eq!(output.job, Some(JobId(0)));
		assert_eq!(output.creator, account(Sr25519Keyring::Bob));
	});
}

/// Batched receipts through `Executive`, as blocks carry them (issue 28's attacks): a batch
/// with another worker's job, a replayed job, or a second settlement of the worker in the same
/// block is not a valid transaction, so no block can carry it; the worker's own batch settles
/// its jobs, paying the model's licensee once and leaving nothing in the settlement account.
#[test]
fn a_batch_settles_through_the_executive_and_a_foreign_or_replayed_job_never_enters_a_block() {
	use atelier_runtime::ComputeMarket;
	use frame_support::traits::{fungible::InspectHold, Hooks};
	use pallet_compute_market::{
		receipts_signing_payload, HardwareClass, JobId, JobStatus, Receipt, SettlementWitness,
	};
	use sp_core::{Pair, H256};

	dev_ext().execute_with(|| {
		let model = register_model(Sr25519Keyring::Charlie, Perbill::from_percent(20));
		let worker_keys = [Sr25519Keyring::Ferdie, Sr25519Keyring::Eve]
			.map(|who| (who, register_cpu_worker(who)));
		let fee = atelier_primitives::currency::MICRO_UNIT;
		for requester in
			[Sr25519Keyring::Bob, Sr25519Keyring::Dave, Sr25519Keyring::Bob, Sr25519Keyring::Dave]
		{
			apply_ok(
				requester,
				RuntimeCall::ComputeMarket(pallet_compute_market::Call::submit_job {
					model,
					class: HardwareClass::Cpu,
					max_units: 1_000,
					max_base_fee_per_unit: 10 * fee,
					tip_per_unit: 0,
					input_commitment: H256::repeat_byte(3),
					deadline: 50,
					verification: pallet_compute_market::Verification::Required,
				}),
			);
		}
		System::set_block_number(2);
		ComputeMarket::on_initialize(2);
		let assigned_to = |job: u64| match pallet_compute_market::Jobs::<Runtime>::get(JobId(job))
			.map(|job| job.status)
		{
			Some(JobStatus::Assigned { worker, .. }) => worker,
			other => panic!("job {job} is not assigned: {other:?}"),
		};
		let (ferdie, eve) = (account(Sr25519Keyring::Ferdie), account(Sr25519Keyring::Eve));
		let mine: Vec<u64> = (0..4).filter(|job| assigned_to(*job) == ferdie).collect();
		let theirs: Vec<u64> = (0..4).filter(|job| assigned_to(*job) == eve).collect();
		assert!(mine.len() >= 2 && !theirs.is_empty(), "both workers hold jobs: {mine:?}");
		let batch = |jobs: &[u64], key: &sp_core::sr25519::Pair| {
			let receipts: Vec<Receipt> = jobs
				.iter()
				.map(|job| Receipt {
					job: JobId(*job),
					output_hash: H256::repeat_byte(4),
					units_used: 1_000,
				})
				.collect();
			let signature = key.sign(&receipts_signing_payload(&System::block_hash(0), &receipts));
			UncheckedExtrinsic::new_bare(RuntimeCall::ComputeMarket(
				pallet_compute_market::Call::submit_receipts {
					receipts: receipts.try_into().unwrap(),
					witness: SettlementWitness { models: 1, licensees: 2 },
					signature: signature.into(),
				},
			))
		};
		let ferdie_key = &worker_keys[0].1;

		// Another worker's job in Ferdie's batch: refused before it can enter a block.
		let mut mixed: Vec<u64> = mine.iter().chain(theirs.iter()).copied().collect();
		mixed.sort();
		assert_eq!(
			Executive::apply_extrinsic(batch(&mixed, ferdie_key)),
			Err(TransactionValidityError::Invalid(InvalidTransaction::Custom(8)))
		);

		let charlie = free(Sr25519Keyring::Charlie);
		System::reset_events();
		let (first, rest) = mine.split_at(mine.len() - 1);
		assert_eq!(Executive::apply_extrinsic(batch(first, ferdie_key)), Ok(Ok(())));
		let base = first.len() as u128 * 1_000 * fee;
		assert_eq!(free(Sr25519Keyring::Charlie), charlie + base * 15 / 100);
		let to_charlie = System::events()
			.iter()
			.filter(|r| {
				matches!(&r.event, RuntimeEvent::Balances(pallet_balances::Event::TransferOnHold {
					dest, ..
				}) if *dest == account(Sr25519Keyring::Charlie))
			})
			.count();
		assert_eq!(to_charlie, 1, "the licensee is paid once a batch");
		// The settlement account keeps the verification fund: Ferdie is paid at once, since a
		// check of its receipts needs two other workers (Eve alone could not break a tie).
		let pot = ComputeMarket::settlement_account();
		let held: u128 = pallet_compute_market::Sampling::<Runtime>::iter()
			.flat_map(|(_, _, batch)| batch.jobs.into_iter().map(|job| job.pay))
			.sum();
		assert_eq!(held, 0);
		assert_eq!(
			Balances::balance_on_hold(
				&atelier_runtime::RuntimeHoldReason::ComputeMarket(
					pallet_compute_market::HoldReason::JobEscrow,
				),
				&pot
			),
			pallet_compute_market::VerificationFund::<Runtime>::get() + held
		);

		// One more settlement of Ferdie in this block (its receipts split to cost the chain
		// more per job), or the same batch again (a replay), with or without new jobs.
		assert_eq!(
			Executive::apply_extrinsic(batch(rest, ferdie_key)),
			Err(TransactionValidityError::Invalid(InvalidTransaction::Custom(9)))
		);
		System::set_block_number(3);
		assert_eq!(
			Executive::apply_extrinsic(batch(&mine, ferdie_key)),
			Err(TransactionValidityError::Invalid(InvalidTransaction::Custom(4)))
		);
		assert_eq!(Executive::apply_extrinsic(batch(rest, ferdie_key)), Ok(Ok(())));
		// Eve's own batch settles.
		assert_eq!(Executive::apply_extrinsic(batch(&theirs, &worker_keys[1].1)), Ok(Ok(())));
		invariants().unwrap();
	});
}

/// Ferdie's refusal of `job`, signed by its `atel` key, applied as the off-chain worker submits
/// it: a bare extrinsic through `Executive`.
fn refuse(
	job: pallet_compute_market::JobId,
	reason: pallet_compute_market::RefusalReason,
) -> ApplyExtrinsicResult {
	use sp_core::Pair;
	let refusal = pallet_compute_market::Refusal { job, reason };
	let signature = crate::reputation::worker_key(Sr25519Keyring::Ferdie)
		.sign(&pallet_compute_market::refusal_signing_payload(&System::block_hash(0), &refusal));
	Executive::apply_extrinsic(UncheckedExtrinsic::new_bare(RuntimeCall::ComputeMarket(
		pallet_compute_market::Call::refuse_job { refusal, signature: signature.into() },
	)))
}

fn worker_slashed() -> bool {
	System::events().iter().any(|r| {
		matches!(
			r.event,
			atelier_runtime::RuntimeEvent::ComputeMarket(
				pallet_compute_market::Event::WorkerSlashed { .. }
			)
		)
	})
}

fn held_by(reason: pallet_compute_market::HoldReason, who: Sr25519Keyring) -> Balance {
	use frame_support::traits::fungible::InspectHold;
	Balances::balance_on_hold(
		&atelier_runtime::RuntimeHoldReason::ComputeMarket(reason),
		&account(who),
	)
}

/// Attack 9 (`docs/attacks.md`): a 1-unit job at the earliest deadline, which the reference
/// service refuses (below its smallest design), expired and slashed the worker 1% of its stake
/// with a `MissedDeadline` penalty, while the requester got its escrow back; repeated, it
/// paused any worker. Now the worker's declared sizes keep such a job from it, and a job it was
/// given anyway is refused on chain: refunded, nobody slashed.
#[test]
fn an_honest_worker_is_not_slashed_for_a_job_its_service_cannot_serve() {
	use crate::reputation::{next_block, register_worker, submit_job};
	use atelier_runtime::Reputation;
	use pallet_compute_market::{
		HardwareClass, HoldReason, JobId, JobSizes, RefusalReason, WorkerStatus,
	};
	dev_ext().execute_with(|| {
		let model = register_model(Sr25519Keyring::Charlie, Perbill::from_percent(20));
		register_worker(Sr25519Keyring::Ferdie, HardwareClass::Cpu, 100_000);
		let sizes = |min_units| {
			apply_ok(
				Sr25519Keyring::Ferdie,
				RuntimeCall::ComputeMarket(pallet_compute_market::Call::set_job_sizes {
					job_sizes: JobSizes { min_units, max_units: 100_000 },
				}),
			)
		};
		// Ferdie declares the reference service's sizes: a 1-unit job finds no worker.
		sizes(48);
		let deadline = || System::block_number() + 11;
		assert_eq!(
			submit_job(Sr25519Keyring::Bob, model, HardwareClass::Cpu, 1, deadline()),
			Ok(Err(pallet_compute_market::Error::<Runtime>::NoWorkerServesSize.into()))
		);

		// A worker that declared every size is given it, and its node refuses it.
		sizes(1);
		let stake = held_by(HoldReason::WorkerStake, Sr25519Keyring::Ferdie);
		assert_eq!(
			submit_job(Sr25519Keyring::Bob, model, HardwareClass::Cpu, 1, deadline()),
			Ok(Ok(()))
		);
		next_block();
		let job = JobId(pallet_compute_market::NextJobId::<Runtime>::get() - 1);
		assert!(held_by(HoldReason::JobEscrow, Sr25519Keyring::Bob) > 0);
		assert_eq!(refuse(job, RefusalReason::TooSmall { min_units: 48 }), Ok(Ok(())));
		assert_eq!(held_by(HoldReason::JobEscrow, Sr25519Keyring::Bob), 0);

		// Its deadline passes: nobody is slashed or penalised.
		for _ in 0..15 {
			next_block();
		}
		assert!(!worker_slashed());
		assert_eq!(held_by(HoldReason::WorkerStake, Sr25519Keyring::Ferdie), stake);
		assert_eq!(Reputation::reputation_of(&account(Sr25519Keyring::Ferdie)).penalties, 0);
		let worker =
			pallet_compute_market::Workers::<Runtime>::get(account(Sr25519Keyring::Ferdie))
				.unwrap();
		assert_eq!(worker.status, WorkerStatus::Active);
		assert_eq!(worker.job_sizes, JobSizes { min_units: 48, max_units: 100_000 });
		// Repeated, the attack does not reach the worker at all.
		for _ in 0..20 {
			assert_eq!(
				submit_job(Sr25519Keyring::Bob, model, HardwareClass::Cpu, 1, deadline()),
				Ok(Err(pallet_compute_market::Error::<Runtime>::NoWorkerServesSize.into()))
			);
		}
	});
}

/// Refusing is not a way out of work: four refusals and a twentieth of the jobs given a day;
/// the fifth of five jobs cannot be refused, and expires and slashes as a missed deadline did.
#[test]
fn a_worker_cannot_refuse_its_way_out_of_work_it_dislikes() {
	use crate::reputation::{next_block, register_worker, submit_job};
	use pallet_compute_market::{HardwareClass, JobId, RefusalReason};
	use sp_runtime::transaction_validity::{InvalidTransaction, TransactionValidityError};
	dev_ext().execute_with(|| {
		let model = register_model(Sr25519Keyring::Charlie, Perbill::from_percent(20));
		register_worker(Sr25519Keyring::Ferdie, HardwareClass::Cpu, 100_000);
		let first = pallet_compute_market::NextJobId::<Runtime>::get();
		let deadline = System::block_number() + 20;
		for _ in 0..5 {
			assert_eq!(
				submit_job(Sr25519Keyring::Bob, model, HardwareClass::Cpu, 1_000, deadline),
				Ok(Ok(()))
			);
		}
		next_block();
		for job in first..first + 4 {
			assert_eq!(refuse(JobId(job), RefusalReason::Invalid), Ok(Ok(())));
		}
		assert_eq!(
			refuse(JobId(first + 4), RefusalReason::Invalid),
			Err(TransactionValidityError::Invalid(InvalidTransaction::Custom(6)))
		);
		assert!(!worker_slashed());
		while System::block_number() <= deadline + 1 {
			next_block();
		}
		assert!(worker_slashed());
	});
}
