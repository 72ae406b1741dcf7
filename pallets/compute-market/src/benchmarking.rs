//! Benchmarks of every extrinsic and of the per-block hook, each at its worst case.
//!
//! Run through the node: `scripts/benchmark.sh pallet_compute_market`, which writes
//! `weights.rs`.

// Benchmark setup panics on purpose when the runtime cannot set up its worst case.
#![allow(
	clippy::arithmetic_side_effects,
	clippy::indexing_slicing,
	clippy::unwrap_used,
	clippy::expect_used
)]

use super::*;
use crate::{features::TIMEOUT_SPILL, Pallet as ComputeMarket};
use alloc::vec;
use atelier_primitives::randomness::ChainRandomness;
use frame_benchmarking::v2::*;
use frame_support::{
	traits::{
		fungible::{Mutate, MutateHold},
		EnsureOrigin, Get,
	},
	weights::Weight,
};
use frame_system::{pallet_prelude::BlockNumberFor, RawOrigin};
use sp_core::H256;
use sp_runtime::{
	traits::{Bounded, One, Saturating, Zero},
	BoundedVec, RuntimeAppPublic,
};

/// Creates what the benchmarks need in the runtime being benchmarked.
pub trait BenchmarkHelper<AccountId> {
	/// A model that exists and may earn, with as many licensees as the registry allows, up to
	/// `licensees`.
	fn monetizable_model(licensees: u32) -> ModelId;

	/// A model that may earn and takes the longest check of that the registry allows (each job
	/// submission makes it).
	fn deepest_model() -> ModelId;

	/// Raises `who` to a reputation tier that may submit high-compute jobs.
	fn qualify_for_high_compute(who: &AccountId);
}

fn funded<T: Config>(name: &'static str, index: u32) -> T::AccountId {
	let who: T::AccountId = account(name, index, 0);
	let amount = BalanceOf::<T>::max_value() / 1_000_000u32.into();
	T::Currency::set_balance(&who, amount);
	who
}

fn register<T: Config>(index: u32, class: HardwareClass) -> (T::AccountId, WorkerPublic) {
	let who = funded::<T>("worker", index);
	let key = WorkerPublic::generate_pair(None);
	let stake = T::MinWorkerStake::get().saturating_mul(10u32.into());
	// All the capacity the stake backs.
	let capacity: u64 = (stake / T::StakePerUnit::get()).try_into().unwrap_or(u64::MAX);
	ComputeMarket::<T>::do_register_worker(
		who.clone(),
		stake,
		capacity,
		class,
		JobSizes::ANY,
		key.clone(),
	)
	.expect("a funded account registers");
	(who, key)
}

/// `key`'s proof of possession for `who`, signed through the keystore.
fn key_proof<T: Config>(key: &WorkerPublic, who: &T::AccountId) -> WorkerSignature {
	let payload = key_ownership_payload(&ComputeMarket::<T>::genesis_hash(), who);
	key.sign(&payload).expect("the key was generated in the keystore")
}

/// Declares every worker of `who` nondeterministic, and lists the active ones as such: the
/// worst case of calls that take a worker out of, or put one into, the lists of a class.
fn nondeterministic<T: Config>(workers: &[T::AccountId]) {
	for who in workers {
		let mut info = Workers::<T>::get(who).expect("registered");
		info.answers = Answers::Nondeterministic;
		if info.status == WorkerStatus::Active {
			NondeterministicWorkers::<T>::mutate(info.class, |list| {
				list.try_push(who.clone()).expect("a subset of the active list")
			});
		}
		Workers::<T>::insert(who, info);
	}
}

/// Fills the active list of `class` up to `count` workers.
fn fill_workers<T: Config>(class: HardwareClass, count: u32) {
	for i in 0..count {
		register::<T>(10_000 + i, class);
	}
}

fn submit<T: Config>(
	requester: &T::AccountId,
	model: ModelId,
	max_fee: BalanceOf<T>,
	tip: BalanceOf<T>,
	deadline: BlockNumberFor<T>,
) -> JobId {
	submit_in::<T>(requester, model, HardwareClass::Cpu, max_fee, tip, deadline)
}

fn submit_in<T: Config>(
	requester: &T::AccountId,
	model: ModelId,
	class: HardwareClass,
	max_fee: BalanceOf<T>,
	tip: BalanceOf<T>,
	deadline: BlockNumberFor<T>,
) -> JobId {
	ComputeMarket::<T>::do_submit_job(
		requester.clone(),
		model,
		class,
		1,
		max_fee,
		tip,
		H256::repeat_byte(1),
		deadline,
		Verification::Required,
	)
	.expect("a valid job")
}

/// As many funded accounts as it takes to fill the queue within the per-account bound.
fn queue_fillers<T: Config>(name: &'static str) -> vec::Vec<T::AccountId> {
	let per_account = T::MaxPendingPerAccount::get().max(1);
	let accounts = T::MaxPendingJobs::get().div_ceil(per_account);
	(0..accounts).map(|i| funded::<T>(name, i)).collect()
}

/// A deadline for the `i`-th filler job that keeps timeout buckets from overflowing and leaves
/// the service window.
fn spread_deadline<T: Config>(i: u32) -> BlockNumberFor<T> {
	let per_block = T::MaxTimeoutsPerBlock::get().max(1);
	let now = frame_system::Pallet::<T>::block_number();
	now.saturating_add(T::MinServiceWindow::get())
		.saturating_add((i / per_block + 1).into())
}

/// An assigned job. At the ceiling price (`dear`), what it pays the reserve and burns earns the
/// worker and the model's owner reputation points, so that its receipt's reports each open a
/// record (the costliest); at the floor price it earns none, so that the worker has no record
/// for a later offence report to find (the costliest for a dispute).
fn assigned_job<T: Config>(
	licensees: u32,
	dear: bool,
) -> (JobId, T::AccountId, WorkerPublic, T::AccountId) {
	let model = T::BenchmarkHelper::monetizable_model(licensees);
	let (worker, key) = register::<T>(0, HardwareClass::Cpu);
	let requester = funded::<T>("requester", 0);
	let deadline =
		frame_system::Pallet::<T>::block_number().saturating_add(T::MaxJobDuration::get());
	let price = if dear { T::MaxBaseFee::get() } else { T::MinBaseFee::get() };
	BaseFee::<T>::insert(HardwareClass::Cpu, price);
	let job = ComputeMarket::<T>::do_submit_job(
		requester.clone(),
		model,
		HardwareClass::Cpu,
		T::BlockUnitLimit::get(),
		price,
		1u32.into(),
		H256::repeat_byte(1),
		deadline,
		Verification::Required,
	)
	.expect("a valid job");
	ComputeMarket::<T>::admit_jobs(frame_system::Pallet::<T>::block_number());
	(job, worker, key, requester)
}

fn signed_receipt<T: Config>(
	job: JobId,
	units: u64,
	key: &WorkerPublic,
) -> (Receipt, WorkerSignature) {
	let receipt = Receipt { job, output_hash: H256::repeat_byte(2), units_used: units };
	let payload = receipt_signing_payload(&ComputeMarket::<T>::genesis_hash(), &receipt);
	let signature = key.sign(&payload).expect("the key was generated in the keystore");
	(receipt, signature)
}

/// A batch of `n` assigned jobs of one worker, each of its own requester, running one model
/// with `l` licensees, priced at the floor with a tip, each using three quarters of its units;
/// and its receipts, witness and signature.
fn receipts_batch<T: Config>(
	n: u32,
	l: u32,
) -> (BoundedVec<Receipt, T::MaxJobsPerWorker>, SettlementWitness, WorkerSignature) {
	let model = T::BenchmarkHelper::monetizable_model(l);
	let (worker, key) = register::<T>(0, HardwareClass::Cpu);
	let info = Workers::<T>::get(&worker).expect("registered");
	let units = (info.capacity.min(T::BlockUnitLimit::get())
		/ u64::from(T::MaxJobsPerWorker::get()))
	.max(1);
	let price = T::MinBaseFee::get();
	let deadline =
		frame_system::Pallet::<T>::block_number().saturating_add(T::MaxJobDuration::get());
	let mut jobs = vec::Vec::new();
	for i in 0..n {
		let requester = funded::<T>("requester", i);
		// A tip, and (below) fewer units used than reserved: each job pays the worker a tip and
		// releases the rest of its escrow, as jobs do.
		let job = ComputeMarket::<T>::do_submit_job(
			requester,
			model,
			HardwareClass::Cpu,
			units,
			price,
			1u32.into(),
			H256::repeat_byte(1),
			deadline,
			Verification::Required,
		)
		.expect("a valid job");
		jobs.push(job);
	}
	ComputeMarket::<T>::admit_jobs(frame_system::Pallet::<T>::block_number());
	// Two other workers of the class, registered after admission: they could check the batch
	// (a checker and a tie-breaker), so the settlement holds the worker's pay and files the
	// batch for its draw (the costlier way).
	register::<T>(1, HardwareClass::Cpu);
	register::<T>(3, HardwareClass::Cpu);
	let now = frame_system::Pallet::<T>::block_number().saturating_add(One::one());
	frame_system::Pallet::<T>::set_block_number(now);
	let receipts: vec::Vec<Receipt> = jobs
		.iter()
		.enumerate()
		.map(|(i, job)| {
			assert!(
				matches!(
					Jobs::<T>::get(job).map(|j| j.status),
					Some(JobStatus::Assigned { worker: ref w, .. }) if *w == worker
				),
				"job {i} is assigned to the worker"
			);
			let used = units.saturating_sub(units / 4).max(1);
			Receipt { job: *job, output_hash: H256::repeat_byte(2), units_used: used }
		})
		.collect();
	let payload = receipts_signing_payload(&ComputeMarket::<T>::genesis_hash(), &receipts);
	let signature = key.sign(&payload).expect("the key was generated in the keystore");
	let witness =
		SettlementWitness { models: 1, licensees: T::Models::licensees(&model).len() as u32 };
	(BoundedVec::truncate_from(receipts), witness, signature)
}

fn settled_job<T: Config>() -> (JobId, T::AccountId, T::AccountId) {
	let max = <T::Models as ModelRegistry<T::AccountId>>::MaxLicensees::get();
	let (job, worker, key, requester) = assigned_job::<T>(max, false);
	let (receipt, signature) = signed_receipt::<T>(job, T::BlockUnitLimit::get(), &key);
	ComputeMarket::<T>::do_submit_receipt(receipt, signature)
		.map(|_| ())
		.expect("a valid receipt");
	(job, worker, requester)
}

/// Moves `amount` into the settlement account's escrow hold, as settlements leave pay there.
fn hold_in_pot<T: Config>(amount: BalanceOf<T>) {
	let pot = ComputeMarket::<T>::settlement_account();
	T::Currency::mint_into(&pot, amount).expect("minted");
	T::Currency::hold(&HoldReason::JobEscrow.into(), &pot, amount).expect("held");
}

/// A settled job whose receipt is under check in its second round: the checker dissented (its
/// answer other than the receipt's) and a tie-breaker was drawn (`committed`: and committed to
/// the checker's answer, and the checker revealed it, so that the tie-breaker's reveal proves the
/// receipt wrong). The worker's pay is held.
/// Returns the job, the tie-breaker, its key, the answer and the tie-breaker's salt.
fn check_in_round_two<T: Config>(
	committed: bool,
) -> (JobId, T::AccountId, WorkerPublic, H256, [u8; 32]) {
	let (job, worker, requester) = settled_job::<T>();
	let (checker, _) = register::<T>(1, HardwareClass::Cpu);
	let (tie, tie_key) = register::<T>(2, HardwareClass::Cpu);
	let record = Jobs::<T>::get(job).expect("settled");
	let JobStatus::Settled { output_hash, charged, .. } = record.status else {
		panic!("the job is settled")
	};
	let (truth, salt) = (H256::repeat_byte(3), [7u8; 32]);
	let mut answers = BoundedVec::new();
	answers
		.try_push(CheckAnswer {
			checker: checker.clone(),
			commitment: Some(check_commitment(job, &checker, &truth, &[1u8; 32])),
			revealed: committed.then_some(truth),
			dissented: true,
		})
		.expect("two slots");
	answers
		.try_push(CheckAnswer {
			checker: tie.clone(),
			commitment: committed.then(|| check_commitment(job, &tie, &truth, &salt)),
			revealed: None,
			dissented: false,
		})
		.expect("two slots");
	ChecksOf::<T>::insert(&tie, BoundedVec::truncate_from(vec![job]));
	let now = frame_system::Pallet::<T>::block_number();
	let due = now.saturating_add(T::CheckWindow::get());
	CheckDue::<T>::insert(due.saturating_add(One::one()), BoundedVec::truncate_from(vec![job]));
	let held = ComputeMarket::<T>::check_fee(charged);
	hold_in_pot::<T>(held);
	CheckRecords::<T>::mutate(&worker, |r| r.open = r.open.saturating_add(1));
	Checks::<T>::insert(
		job,
		Check {
			worker,
			requester,
			model: record.model,
			class: record.class,
			input_commitment: record.input_commitment,
			max_units: record.max_units,
			claimed: output_hash,
			charged,
			held,
			fee: ComputeMarket::<T>::check_fee(charged),
			requested: false,
			answers,
			stage: if committed { CheckStage::Reveal } else { CheckStage::Commit },
			due,
			redraws: 0,
		},
	);
	(job, tie, tie_key, truth, salt)
}

/// The class's active workers, all `MaxWorkersPerClass` of them, three in four with a full list
/// of checks: a draw reads up to `DRAW_TRIES` lists before it finds room.
fn busy_class<T: Config>() -> vec::Vec<T::AccountId> {
	fill_workers::<T>(HardwareClass::Cpu, T::MaxWorkersPerClass::get());
	let active = ActiveWorkers::<T>::get(HardwareClass::Cpu).to_vec();
	let full: vec::Vec<JobId> = (0..T::MaxJobsPerWorker::get())
		.map(|i| JobId(u64::MAX - u64::from(i)))
		.collect();
	for (i, worker) in active.iter().enumerate() {
		if i % 4 != 3 {
			ChecksOf::<T>::insert(worker, BoundedVec::truncate_from(full.clone()));
		}
	}
	active
}

#[benchmarks]
mod benchmarks {
	use super::*;

	/// The class is full: the newcomer outstakes every active worker, so each is read to find
	/// the least-staked, which is displaced (paused).
	#[benchmark]
	fn register_worker() {
		fill_workers::<T>(HardwareClass::Cpu, T::MaxWorkersPerClass::get());
		nondeterministic::<T>(&ActiveWorkers::<T>::get(HardwareClass::Cpu));
		let who = funded::<T>("worker", 0);
		let key = WorkerPublic::generate_pair(None);
		let proof = key_proof::<T>(&key, &who);
		let stake = T::MinWorkerStake::get().saturating_mul(11u32.into());

		#[extrinsic_call]
		_(
			RawOrigin::Signed(who.clone()),
			stake,
			100,
			HardwareClass::Cpu,
			JobSizes { min_units: 1, max_units: 100 },
			key,
			proof,
		);

		assert!(ActiveWorkers::<T>::get(HardwareClass::Cpu).contains(&who));
	}

	#[benchmark]
	fn update_worker() {
		let (who, _) = register::<T>(0, HardwareClass::Cpu);
		let key = WorkerPublic::generate_pair(None);
		let proof = key_proof::<T>(&key, &who);

		#[extrinsic_call]
		_(
			RawOrigin::Signed(who.clone()),
			Some(7),
			Some((key.clone(), proof)),
			T::MinWorkerStake::get(),
		);

		assert_eq!(WorkerKeys::<T>::get(&key), Some(who));
	}

	#[benchmark]
	fn pause_worker() {
		fill_workers::<T>(HardwareClass::Cpu, T::MaxWorkersPerClass::get() - 1);
		let (who, _) = register::<T>(0, HardwareClass::Cpu);
		nondeterministic::<T>(&ActiveWorkers::<T>::get(HardwareClass::Cpu));

		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()));

		assert_eq!(Workers::<T>::get(&who).map(|w| w.status), Some(WorkerStatus::Paused));
	}

	/// The class filled up while the worker was paused; with more stake than any active
	/// worker it takes the least-staked one's slot.
	#[benchmark]
	fn resume_worker() {
		let (who, _) = register::<T>(0, HardwareClass::Cpu);
		ComputeMarket::<T>::do_pause_worker(who.clone()).expect("active");
		fill_workers::<T>(HardwareClass::Cpu, T::MaxWorkersPerClass::get());
		let mut workers = ActiveWorkers::<T>::get(HardwareClass::Cpu).into_inner();
		workers.push(who.clone());
		nondeterministic::<T>(&workers);
		ComputeMarket::<T>::do_update_worker(who.clone(), None, None, T::MinWorkerStake::get())
			.expect("the worker adds stake");

		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()));

		assert_eq!(Workers::<T>::get(&who).map(|w| w.status), Some(WorkerStatus::Active));
	}

	#[benchmark]
	fn leave() {
		fill_workers::<T>(HardwareClass::Cpu, T::MaxWorkersPerClass::get() - 1);
		let (who, _) = register::<T>(0, HardwareClass::Cpu);
		nondeterministic::<T>(&ActiveWorkers::<T>::get(HardwareClass::Cpu));

		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()));

		assert!(!ActiveWorkers::<T>::get(HardwareClass::Cpu).contains(&who));
	}

	#[benchmark]
	fn withdraw_stake() {
		let (who, _) = register::<T>(0, HardwareClass::Cpu);
		ComputeMarket::<T>::do_leave(who.clone()).expect("registered");
		frame_system::Pallet::<T>::set_block_number(
			frame_system::Pallet::<T>::block_number().saturating_add(T::UnbondingPeriod::get()),
		);

		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()));

		assert!(!Workers::<T>::contains_key(&who));
	}

	#[benchmark]
	fn submit_job() {
		let model = T::BenchmarkHelper::deepest_model();
		// A full queue of another class's jobs, from as few accounts as the per-account bound
		// allows: the new job evicts the worst of them (a refund, a job removed).
		let fillers = queue_fillers::<T>("filler");
		for i in 0..T::MaxPendingJobs::get() {
			let filler = &fillers[(i / T::MaxPendingPerAccount::get().max(1)) as usize];
			submit_in::<T>(
				filler,
				model,
				HardwareClass::ConsumerGpu,
				T::MinBaseFee::get(),
				0u32.into(),
				spread_deadline::<T>(i),
			);
		}
		// The highest tip goes to the front of the queue; its deadline's bucket and all but
		// the last it may spill into are full.
		let deadline = frame_system::Pallet::<T>::block_number()
			.saturating_add(T::MaxJobDuration::get())
			.saturating_sub(TIMEOUT_SPILL.into());
		let mut block = deadline.saturating_add(One::one());
		for _ in 0..TIMEOUT_SPILL - 1 {
			let full = vec![JobId(u64::MAX); T::MaxTimeoutsPerBlock::get() as usize];
			Timeouts::<T>::insert(block, BoundedVec::truncate_from(full));
			block = block.saturating_add(One::one());
		}
		// A high-compute job: its requester's tier is read and ranks it.
		let requester = funded::<T>("requester", 0);
		T::BenchmarkHelper::qualify_for_high_compute(&requester);
		// Every active worker of the class is read to find one that serves the size: all but
		// the last serve smaller jobs only.
		let workers = T::MaxWorkersPerClass::get();
		for i in 0..workers {
			let (who, _) = register::<T>(20_000 + i, HardwareClass::DatacenterGpu);
			if i + 1 < workers {
				let smaller = JobSizes { min_units: 1, max_units: T::BlockUnitLimit::get() - 1 };
				ComputeMarket::<T>::do_set_job_sizes(who, smaller).expect("a worker sets sizes");
			}
		}

		#[extrinsic_call]
		_(
			RawOrigin::Signed(requester),
			model,
			HardwareClass::DatacenterGpu,
			T::BlockUnitLimit::get(),
			T::MinBaseFee::get(),
			1u32.into(),
			H256::repeat_byte(1),
			deadline,
			Verification::Required,
		);

		assert_eq!(Pending::<T>::get().len() as u32, T::MaxPendingJobs::get());
	}

	/// A size refusal (the worker's sizes narrowed: two events) of a job whose escrow is
	/// released, in a window to roll over.
	#[benchmark]
	fn refuse_job() {
		let (job, worker, key, requester) = assigned_job::<T>(0, false);
		// Room above the job's units for the service's smallest size.
		let capacity = T::BlockUnitLimit::get() + 1;
		let stake = T::StakePerUnit::get().saturating_mul((capacity as u32).into());
		ComputeMarket::<T>::do_update_worker(worker.clone(), Some(capacity), None, stake)
			.expect("the worker stakes for more capacity");
		let deadline = Jobs::<T>::get(job).expect("assigned").deadline;
		frame_system::Pallet::<T>::set_block_number(deadline);
		let refusal = Refusal { job, reason: RefusalReason::TooSmall { min_units: capacity } };
		let payload = refusal_signing_payload(&ComputeMarket::<T>::genesis_hash(), &refusal);
		let signature = key.sign(&payload).expect("the key was generated in the keystore");

		#[extrinsic_call]
		_(RawOrigin::None, refusal, signature);

		assert!(!Jobs::<T>::contains_key(job));
		let held =
			<T::Currency as frame_support::traits::fungible::InspectHold<_>>::balance_on_hold(
				&HoldReason::JobEscrow.into(),
				&requester,
			);
		assert!(held.is_zero());
	}

	#[benchmark]
	fn set_job_sizes() {
		let (who, _) = register::<T>(0, HardwareClass::Cpu);
		let sizes = JobSizes { min_units: 2, max_units: 3 };

		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), sizes);

		assert_eq!(Workers::<T>::get(&who).unwrap().job_sizes, sizes);
	}

	/// A paused worker that settled long ago declares nondeterministic answers: every lock
	/// read.
	#[benchmark]
	fn set_answers() {
		let (who, _) = register::<T>(0, HardwareClass::Cpu);
		ComputeMarket::<T>::do_pause_worker(who.clone()).expect("an active worker pauses");
		SettledIn::<T>::insert(&who, frame_system::Pallet::<T>::block_number());
		let after = frame_system::Pallet::<T>::block_number()
			.saturating_add(T::ChallengePeriod::get())
			.saturating_add(1u32.into());
		frame_system::Pallet::<T>::set_block_number(after);

		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), Answers::Nondeterministic);

		assert_eq!(Workers::<T>::get(&who).unwrap().answers, Answers::Nondeterministic);
	}

	/// A worker's batch of `n` receipts for jobs of `n` requesters, all running one model with
	/// `l` licensees (each a distinct account that takes its payment), checked as the block
	/// author checks it (`pre_dispatch`: the signature verified) and then dispatched (checked
	/// and verified again, and settled). Priced at the floor, so that its reports to reputation
	/// record nothing: the settlement is charged their weight as they used it, on top. A batch
	/// of jobs of several models is charged each further model as a further licensee (its read
	/// costs less than a licensee's payment).
	#[benchmark]
	fn submit_receipts(
		n: Linear<1, { T::MaxJobsPerWorker::get() }>,
		l: Linear<1, { <T::Models as ModelRegistry<T::AccountId>>::MaxLicensees::get() }>,
	) -> Result<(), BenchmarkError> {
		let (receipts, witness, signature) = receipts_batch::<T>(n, l);
		let call = Call::<T>::submit_receipts { receipts, witness, signature };

		#[block]
		{
			#[allow(deprecated)]
			use frame_support::{traits::UnfilteredDispatchable, unsigned::ValidateUnsigned};
			#[allow(deprecated)]
			<ComputeMarket<T> as ValidateUnsigned>::pre_dispatch(&call)
				.map_err(|_| "the batch is valid")?;
			call.dispatch_bypass_filter(RawOrigin::None.into())
				.map_err(|_| "the batch settles")?;
		}

		assert_eq!(AssignedJobs::<T>::iter().count(), 0);
		Ok(())
	}

	/// `on_idle` forgets `c` settled jobs whose challenge periods ended in one block (`c = 0`:
	/// the block looked at and nothing in it).
	#[benchmark]
	fn close_settled(c: Linear<0, { T::MaxClosingsPerBlock::get().min(1_024) }>) {
		let now = frame_system::Pallet::<T>::block_number().saturating_add(One::one());
		frame_system::Pallet::<T>::set_block_number(now);
		let requester = funded::<T>("requester", 0);
		let worker = funded::<T>("worker", 0);
		let ids: vec::Vec<JobId> = (0..c).map(|i| JobId(u64::from(i))).collect();
		for id in ids.iter() {
			Jobs::<T>::insert(
				id,
				Job {
					requester: requester.clone(),
					model: ModelId(0),
					class: HardwareClass::Cpu,
					max_units: 1,
					max_base_fee_per_unit: T::MinBaseFee::get(),
					tip_per_unit: Zero::zero(),
					input_commitment: H256::zero(),
					deadline: now,
					escrow: Zero::zero(),
					status: JobStatus::Settled {
						worker: worker.clone(),
						output_hash: H256::zero(),
						units_used: 1,
						charged: T::MinBaseFee::get(),
						settled_at: Zero::zero(),
					},
				},
			);
		}
		Closings::<T>::insert(now, BoundedVec::truncate_from(ids));
		ClosingsFrom::<T>::put(now);

		#[block]
		{
			ComputeMarket::<T>::close_settled(now, Weight::MAX);
		}

		assert_eq!(Jobs::<T>::iter().count(), 0);
		assert_eq!(ClosingsFrom::<T>::get(), Some(now.saturating_add(One::one())));
	}

	#[benchmark]
	fn dispute_receipt() {
		let (job, _, requester) = settled_job::<T>();

		#[extrinsic_call]
		_(RawOrigin::Signed(requester), job);

		assert!(matches!(Jobs::<T>::get(job).map(|j| j.status), Some(JobStatus::Disputed { .. })));
	}

	#[benchmark]
	fn resolve_dispute() -> Result<(), BenchmarkError> {
		let (job, _, requester) = settled_job::<T>();
		ComputeMarket::<T>::do_dispute_receipt(requester, job).expect("settled");
		let origin =
			T::DisputeOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, job, true);

		assert!(!Jobs::<T>::contains_key(job));
		Ok(())
	}

	/// The hook with nothing to do but move all three base fees.
	#[benchmark]
	fn on_initialize_base() {
		for class in HardwareClass::ALL {
			UnitsAdmitted::<T>::insert(class, T::BlockUnitLimit::get());
		}
		let now = frame_system::Pallet::<T>::block_number().saturating_add(One::one());
		frame_system::Pallet::<T>::set_block_number(now);

		#[block]
		{
			ComputeMarket::<T>::update_base_fees();
			ComputeMarket::<T>::process_timeouts(now);
			ComputeMarket::<T>::admit_jobs(now);
		}

		assert!(BaseFee::<T>::get(HardwareClass::Cpu) > T::MinBaseFee::get());
	}

	/// `t` assigned jobs expire in one block: each is refunded and its worker slashed. Each job
	/// is a distinct requester's and has a worker of its own, the costliest case per job (a
	/// worker already slashed in the block is read from the overlay and written once). So `t`
	/// runs up to the number of workers the classes hold; the generated weight is linear in `t`
	/// and extrapolates past it, an upper bound when up to `MaxTimeoutsPerBlock` jobs share the
	/// workers. (Over the whole range, with workers shared beyond it, the cost is concave and a
	/// least-squares line under-charges near the bend and over-charges every block at `t = 0`.)
	#[benchmark]
	fn process_timeouts(
		t: Linear<
			0,
			{
				T::MaxTimeoutsPerBlock::get().min(
					T::MaxWorkersPerClass::get().saturating_mul(HardwareClass::ALL.len() as u32),
				)
			},
		>,
	) {
		let per_class = T::MaxWorkersPerClass::get();
		let count = t.min(per_class.saturating_mul(HardwareClass::ALL.len() as u32)).max(1);
		let workers: vec::Vec<T::AccountId> = (0..count)
			.map(|i| {
				let class = HardwareClass::ALL[(i / per_class) as usize % HardwareClass::ALL.len()];
				register::<T>(i, class).0
			})
			.collect();
		let model = T::BenchmarkHelper::monetizable_model(0);
		let now = frame_system::Pallet::<T>::block_number();
		// Each worker had its full service window, so each is slashed.
		let deadline = now.saturating_add(T::MinServiceWindow::get());
		let fee = T::MinBaseFee::get();
		let mut due = BoundedVec::<JobId, T::MaxTimeoutsPerBlock>::new();
		for i in 0..t {
			let id = JobId(u64::from(i));
			let requester = funded::<T>("requester", i);
			let worker = workers[(i % count) as usize].clone();
			let info = Workers::<T>::get(&worker).expect("registered above");
			let escrow = fee.saturating_mul(10u32.into());
			T::Currency::hold(&HoldReason::JobEscrow.into(), &requester, escrow).expect("funded");
			Jobs::<T>::insert(
				id,
				Job {
					requester,
					model,
					class: info.class,
					max_units: 10,
					max_base_fee_per_unit: fee,
					tip_per_unit: 0u32.into(),
					input_commitment: H256::zero(),
					deadline,
					escrow,
					status: JobStatus::Assigned {
						worker: worker.clone(),
						base_fee_per_unit: fee,
						admitted_at: now,
					},
				},
			);
			AssignedJobs::<T>::mutate(&worker, |jobs| jobs.try_push(id))
				.expect("a worker of its own for every job");
			Workers::<T>::mutate(&worker, |w| {
				if let Some(w) = w {
					w.load = w.load.saturating_add(10);
					w.open_jobs = w.open_jobs.saturating_add(1);
				}
			});
			due.try_push(id).expect("t <= MaxTimeoutsPerBlock");
		}
		let at = deadline.saturating_add(One::one());
		Timeouts::<T>::insert(at, due);

		#[block]
		{
			ComputeMarket::<T>::process_timeouts(at);
		}

		assert_eq!(Jobs::<T>::iter().count(), 0);
	}

	/// `p` pending jobs of a full queue lapse in one block: each leaves its lapse fee to the
	/// reserve and is refunded the rest, each from a requester of its own (the costliest case:
	/// no account is read from the overlay), and the queue is rewritten once without them.
	#[benchmark]
	/// (`p` is at most the queue, and at most the timeouts a block looks at.)
	fn expire_pending(
		p: Linear<0, { T::MaxPendingJobs::get().min(T::MaxTimeoutsPerBlock::get()) }>,
	) {
		let model = T::BenchmarkHelper::monetizable_model(0);
		let now = frame_system::Pallet::<T>::block_number();
		let mut jobs = vec::Vec::new();
		for i in 0..T::MaxPendingJobs::get() {
			let requester = funded::<T>("lapsing", i);
			jobs.push(submit::<T>(
				&requester,
				model,
				T::MinBaseFee::get(),
				0u32.into(),
				spread_deadline::<T>(i),
			));
		}
		// The first `p` are due in one block past every deadline.
		let at = now.saturating_add(T::MaxJobDuration::get()).saturating_add(One::one());
		let due: vec::Vec<JobId> = jobs.iter().take(p as usize).copied().collect();
		Timeouts::<T>::insert(at, BoundedVec::truncate_from(due));

		#[block]
		{
			ComputeMarket::<T>::process_timeouts(at);
		}

		assert_eq!(Pending::<T>::get().len() as u32, T::MaxPendingJobs::get() - p);
	}

	/// `a` jobs admitted from a full queue whose other jobs cannot pay the base fee, among `w`
	/// workers of the class.
	#[benchmark]
	fn admit_jobs(
		a: Linear<0, { T::MaxAdmissionsPerBlock::get() }>,
		w: Linear<1, { T::MaxWorkersPerClass::get() }>,
	) {
		fill_workers::<T>(HardwareClass::Cpu, w);
		let model = T::BenchmarkHelper::monetizable_model(0);
		let requesters = queue_fillers::<T>("requester");
		let floor = T::MinBaseFee::get();
		let paying = floor.saturating_mul(2u32.into());
		for i in 0..T::MaxPendingJobs::get() {
			let max_fee = if i < a { paying } else { floor };
			let requester = &requesters[(i / T::MaxPendingPerAccount::get().max(1)) as usize];
			submit::<T>(requester, model, max_fee, 0u32.into(), spread_deadline::<T>(i));
		}
		BaseFee::<T>::insert(HardwareClass::Cpu, floor.saturating_add(One::one()));
		let now = frame_system::Pallet::<T>::block_number();

		#[block]
		{
			ComputeMarket::<T>::admit_jobs(now);
		}

		// Each worker takes at most MaxJobsPerWorker jobs.
		let admitted = a.min(w.saturating_mul(T::MaxJobsPerWorker::get()));
		let left = T::MaxPendingJobs::get().saturating_sub(admitted);
		assert_eq!(Pending::<T>::get().len() as u32, left);
	}

	/// A tie-breaker commits, completing its round: the check moves to its reveals. The
	/// tie-breaker is the second checker, so the first's key is tried before its own.
	#[benchmark]
	fn commit_check() -> Result<(), BenchmarkError> {
		let (job, tie, tie_key, truth, salt) = check_in_round_two::<T>(false);
		let commitment = check_commitment(job, &tie, &truth, &salt);
		let payload = check_commit_payload(&ComputeMarket::<T>::genesis_hash(), job, &commitment);
		let signature = tie_key.sign(&payload).expect("the key was generated in the keystore");
		let call = Call::<T>::commit_check { job, commitment, signature };

		#[block]
		{
			#[allow(deprecated)]
			use frame_support::{traits::UnfilteredDispatchable, unsigned::ValidateUnsigned};
			#[allow(deprecated)]
			<ComputeMarket<T> as ValidateUnsigned>::pre_dispatch(&call)
				.map_err(|_| "the commitment is valid")?;
			call.dispatch_bypass_filter(RawOrigin::None.into())
				.map_err(|_| "the commitment is recorded")?;
		}

		assert_eq!(Checks::<T>::get(job).map(|c| c.stage), Some(CheckStage::Reveal));
		Ok(())
	}

	/// A first-round checker dissents: its answer sealed, a tie-breaker filed to be drawn.
	#[benchmark]
	fn dissent_check() -> Result<(), BenchmarkError> {
		let (job, _, _) = settled_job::<T>();
		let (checker, key) = register::<T>(2, HardwareClass::Cpu);
		let record = Jobs::<T>::get(job).expect("settled");
		let JobStatus::Settled { worker, output_hash, charged, .. } = record.status else {
			panic!("the job is settled")
		};
		let mut answers = BoundedVec::new();
		answers
			.try_push(CheckAnswer {
				checker: checker.clone(),
				commitment: Some(check_commitment(job, &checker, &H256::repeat_byte(3), &[1; 32])),
				revealed: None,
				dissented: false,
			})
			.expect("a slot");
		ChecksOf::<T>::insert(&checker, BoundedVec::truncate_from(vec![job]));
		let now = frame_system::Pallet::<T>::block_number();
		let due = now.saturating_add(T::CheckWindow::get());
		CheckDue::<T>::insert(due.saturating_add(One::one()), BoundedVec::truncate_from(vec![job]));
		CheckRecords::<T>::mutate(&worker, |r| r.open = r.open.saturating_add(1));
		let check = Check {
			worker,
			requester: record.requester,
			model: record.model,
			class: record.class,
			input_commitment: record.input_commitment,
			max_units: record.max_units,
			claimed: output_hash,
			charged,
			held: Zero::zero(),
			fee: ComputeMarket::<T>::check_fee(charged),
			requested: false,
			answers,
			stage: CheckStage::Reveal,
			due,
			redraws: 0,
		};
		Checks::<T>::insert(job, check);
		let payload = check_dissent_payload(&ComputeMarket::<T>::genesis_hash(), job);
		let signature = key.sign(&payload).expect("the key was generated in the keystore");
		let call = Call::<T>::dissent_check { job, signature };

		#[block]
		{
			#[allow(deprecated)]
			use frame_support::{traits::UnfilteredDispatchable, unsigned::ValidateUnsigned};
			#[allow(deprecated)]
			<ComputeMarket<T> as ValidateUnsigned>::pre_dispatch(&call)
				.map_err(|_| "the dissent is valid")?;
			call.dispatch_bypass_filter(RawOrigin::None.into())
				.map_err(|_| "the dissent is recorded")?;
		}

		assert_eq!(Checks::<T>::get(job).map(|c| c.stage), Some(CheckStage::Drawing));
		Ok(())
	}

	/// The tie-breaker's reveal proves the receipt wrong, the costliest decision: the worker is
	/// slashed and reported, the requester refunded from the held pay and the slash, both
	/// checkers paid, the rest to the reserve.
	#[benchmark]
	fn reveal_check() -> Result<(), BenchmarkError> {
		let (job, _, tie_key, truth, salt) = check_in_round_two::<T>(true);
		let payload = check_reveal_payload(&ComputeMarket::<T>::genesis_hash(), job, &truth, &salt);
		let signature = tie_key.sign(&payload).expect("the key was generated in the keystore");
		let call = Call::<T>::reveal_check { job, output_hash: truth, salt, signature };

		#[block]
		{
			#[allow(deprecated)]
			use frame_support::{traits::UnfilteredDispatchable, unsigned::ValidateUnsigned};
			#[allow(deprecated)]
			<ComputeMarket<T> as ValidateUnsigned>::pre_dispatch(&call)
				.map_err(|_| "the reveal is valid")?;
			call.dispatch_bypass_filter(RawOrigin::None.into())
				.map_err(|_| "the reveal decides")?;
		}

		assert!(!Checks::<T>::contains_key(job));
		Ok(())
	}

	/// A requester asks for a check of its settled job: its fees held, the check filed for a
	/// draw.
	#[benchmark]
	fn request_check() {
		let (job, _, requester) = settled_job::<T>();
		// A checker and a tie-breaker.
		register::<T>(1, HardwareClass::Cpu);
		register::<T>(3, HardwareClass::Cpu);

		#[extrinsic_call]
		_(RawOrigin::Signed(requester), job);

		assert_eq!(Checks::<T>::get(job).map(|c| c.stage), Some(CheckStage::Drawing));
	}

	/// The draw of one settled batch: `u` jobs not drawn (paid to the worker in one payment) and
	/// `c` drawn and checked (each a checker drawn from a busy class). The two are measured
	/// apart, each up to half a batch, and the weight extrapolates linearly to a whole one.
	#[benchmark]
	fn draw_sample(
		u: Linear<0, { T::MaxJobsPerWorker::get() / 2 }>,
		c: Linear<0, { T::MaxJobsPerWorker::get() / 2 }>,
	) {
		busy_class::<T>();
		let worker = funded::<T>("worker", 0);
		let requester = funded::<T>("requester", 0);
		let now = frame_system::Pallet::<T>::block_number();
		let pay = T::MinBaseFee::get();
		let mut jobs = vec::Vec::new();
		for i in 0..(u + c) {
			let id = JobId(u64::from(i));
			// A job whose slash the stake (zero here) does not cover is always checked; one
			// that slashes nothing is covered, and at a zero rate never.
			let charged: BalanceOf<T> = if i < c { One::one() } else { Zero::zero() };
			Jobs::<T>::insert(
				id,
				Job {
					requester: requester.clone(),
					model: ModelId(0),
					class: HardwareClass::Cpu,
					max_units: 1,
					max_base_fee_per_unit: T::MinBaseFee::get(),
					tip_per_unit: Zero::zero(),
					input_commitment: H256::zero(),
					deadline: now,
					escrow: Zero::zero(),
					status: JobStatus::Settled {
						worker: worker.clone(),
						output_hash: H256::zero(),
						units_used: 1,
						charged,
						settled_at: now,
					},
				},
			);
			jobs.push(Unsampled { job: id, pay, charged });
		}
		hold_in_pot::<T>(pay.saturating_mul((u + c).into()));
		let batch = SampleBatch {
			rate: sp_runtime::Perbill::zero(),
			stake: Zero::zero(),
			jobs: BoundedVec::truncate_from(jobs),
		};
		Sampling::<T>::insert(now, &worker, batch);
		let seed: T::Hash = Default::default();

		#[block]
		{
			for (worker, batch) in Sampling::<T>::drain_prefix(now) {
				ComputeMarket::<T>::draw_batch(&worker, batch, Some(seed), now);
			}
		}

		assert_eq!(Checks::<T>::iter().count() as u32, c);
	}

	/// `n` checks whose checkers missed their commitments, looked at in one block: each checker
	/// slashed and reported, and another drawn from a busy class. Each check is a distinct
	/// checker's, up to the class's workers (the weight is linear and extrapolates).
	#[benchmark]
	fn check_due(n: Linear<0, { T::MaxWorkersPerClass::get() }>) {
		let active = busy_class::<T>();
		let worker = funded::<T>("worker", 0);
		let requester = funded::<T>("requester", 0);
		let now = frame_system::Pallet::<T>::block_number().saturating_add(One::one());
		frame_system::Pallet::<T>::set_block_number(now);
		let due = now.saturating_sub(One::one());
		let mut ids = vec::Vec::new();
		for i in 0..n {
			let id = JobId(u64::from(i));
			let checker = active[i as usize % active.len()].clone();
			ChecksOf::<T>::mutate(&checker, |list| {
				list.pop();
				list.try_push(id).expect("room made");
			});
			let mut answers = BoundedVec::new();
			answers
				.try_push(CheckAnswer {
					checker,
					commitment: None,
					revealed: None,
					dissented: false,
				})
				.expect("a slot");
			Checks::<T>::insert(
				id,
				Check {
					worker: worker.clone(),
					requester: requester.clone(),
					model: ModelId(0),
					class: HardwareClass::Cpu,
					input_commitment: H256::zero(),
					max_units: 1,
					claimed: H256::zero(),
					charged: T::MinBaseFee::get(),
					held: Zero::zero(),
					fee: Zero::zero(),
					requested: false,
					answers,
					stage: CheckStage::Commit,
					due,
					redraws: 0,
				},
			);
			CheckRecords::<T>::mutate(&worker, |r| r.open = r.open.saturating_add(1));
			ids.push(id);
		}
		CheckDue::<T>::insert(now, BoundedVec::truncate_from(ids));

		#[block]
		{
			let seed = T::Randomness::parent_block_randomness(b"benchmark").0.unwrap_or_default();
			for id in CheckDue::<T>::take(now) {
				ComputeMarket::<T>::check_due(id, now, Some(seed)).expect("a check due");
			}
		}

		assert!(Checks::<T>::iter().all(|(_, check)| check.redraws == 1));
	}

	impl_benchmark_test_suite!(
		ComputeMarket,
		crate::mock::ExtBuilder::default().build(),
		crate::mock::Test
	);
}
