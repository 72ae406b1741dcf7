//! Behaviour of the compute market, in its own terms. Every test ends with the pallet's
//! invariants (`do_try_state`) checked by `build_and_execute`.

// Receipts are validated through `ValidateUnsigned` (see lib.rs for why).
#![allow(deprecated)]

use crate::{mock::*, *};
use frame_support::{
	assert_noop, assert_ok,
	traits::{
		fungible::{Inspect, InspectHold},
		Hooks,
	},
};
use sp_core::{Pair as _, H256};
use sp_runtime::{
	traits::ValidateUnsigned,
	transaction_validity::{InvalidTransaction, TransactionSource, TransactionValidityError},
	BoundedVec, DispatchError, DispatchResult, Perbill, TokenError,
};

const INPUT: H256 = H256::repeat_byte(7);

fn register(worker: AccountId, seed: u8, capacity: u64) {
	assert_ok!(ComputeMarket::register_worker(
		RuntimeOrigin::signed(worker),
		MIN_STAKE * 10,
		capacity,
		HardwareClass::Cpu,
		JobSizes::ANY,
		worker_key(seed),
		key_proof(seed, worker),
	));
}

fn submit(who: AccountId, units: u64, max_fee: Balance, tip: Balance, deadline: u64) -> JobId {
	let id = JobId(NextJobId::<Test>::get());
	assert_ok!(ComputeMarket::submit_job(
		RuntimeOrigin::signed(who),
		MODEL,
		HardwareClass::Cpu,
		units,
		max_fee,
		tip,
		INPUT,
		deadline,
		Verification::Required,
	));
	id
}

/// A CPU job at the floor fee for MODEL, as `submit` makes it, without asserting its result.
fn try_submit(who: AccountId, units: u64, tip: Balance, deadline: u64) -> DispatchResult {
	ComputeMarket::submit_job(
		RuntimeOrigin::signed(who),
		MODEL,
		HardwareClass::Cpu,
		units,
		FLOOR,
		tip,
		INPUT,
		deadline,
		Verification::Required,
	)
}

/// The output the tests' workers answer with.
const OUTPUT: H256 = H256::repeat_byte(9);

/// A receipt committing to [`OUTPUT`].
fn receipt(job: JobId, units: u64) -> Receipt {
	Receipt { job, output_hash: output_commitment(job, &OUTPUT), units_used: units }
}

fn deliver(
	seed: u8,
	job: JobId,
	units: u64,
) -> frame_support::dispatch::DispatchResultWithPostInfo {
	let receipt = receipt(job, units);
	let signature = sign_receipt(&worker_pair(seed), &receipt);
	ComputeMarket::submit_receipt(RuntimeOrigin::none(), receipt, signature)
}

fn held(reason: HoldReason, who: AccountId) -> Balance {
	Balances::balance_on_hold(&reason.into(), &who)
}

fn assigned_worker(job: JobId) -> Option<AccountId> {
	match Jobs::<Test>::get(job)?.status {
		JobStatus::Assigned { worker, .. } => Some(worker),
		_ => None,
	}
}

#[test]
fn integrity_test_accepts_the_mock() {
	ExtBuilder::default().build_and_execute(|| {
		<ComputeMarket as Hooks<u64>>::integrity_test();
	});
}

// Workers.

#[test]
fn register_worker_holds_the_stake_and_lists_it() {
	ExtBuilder::default().build_and_execute(|| {
		register(WORKER, 1, 500);
		assert_eq!(held(HoldReason::WorkerStake, WORKER), MIN_STAKE * 10);
		assert_eq!(ActiveWorkers::<Test>::get(HardwareClass::Cpu).to_vec(), vec![WORKER]);
		assert_eq!(WorkerKeys::<Test>::get(worker_key(1)), Some(WORKER));
		System::assert_last_event(
			Event::WorkerRegistered {
				worker: WORKER,
				stake: MIN_STAKE * 10,
				capacity: 500,
				class: HardwareClass::Cpu,
				job_sizes: JobSizes::ANY,
			}
			.into(),
		);
	});
}

#[test]
fn register_worker_fails_on_bad_input() {
	ExtBuilder::default().build_and_execute(|| {
		let origin = RuntimeOrigin::signed(WORKER);
		assert_noop!(
			ComputeMarket::register_worker(
				origin.clone(),
				MIN_STAKE - 1,
				10,
				HardwareClass::Cpu,
				JobSizes::ANY,
				worker_key(1),
				key_proof(1, WORKER)
			),
			Error::<Test>::StakeTooLow
		);
		assert_noop!(
			ComputeMarket::register_worker(
				origin.clone(),
				MIN_STAKE,
				0,
				HardwareClass::Cpu,
				JobSizes::ANY,
				worker_key(1),
				key_proof(1, WORKER)
			),
			Error::<Test>::ZeroCapacity
		);
		assert_noop!(
			ComputeMarket::register_worker(
				origin.clone(),
				2_000_000,
				10,
				HardwareClass::Cpu,
				JobSizes::ANY,
				worker_key(1),
				key_proof(1, WORKER)
			),
			TokenError::FundsUnavailable
		);
		register(WORKER, 1, 10);
		assert_noop!(
			ComputeMarket::register_worker(
				origin,
				MIN_STAKE,
				10,
				HardwareClass::Cpu,
				JobSizes::ANY,
				worker_key(2),
				key_proof(2, WORKER)
			),
			Error::<Test>::AlreadyRegistered
		);
		assert_noop!(
			ComputeMarket::register_worker(
				RuntimeOrigin::signed(WORKER_2),
				MIN_STAKE,
				10,
				HardwareClass::Cpu,
				JobSizes::ANY,
				worker_key(1),
				key_proof(1, WORKER_2)
			),
			Error::<Test>::KeyInUse
		);
	});
}

#[test]
fn leave_unbonds_the_stake_after_the_unbonding_period() {
	ExtBuilder::default().build_and_execute(|| {
		register(WORKER, 1, 10);
		assert_ok!(ComputeMarket::leave(RuntimeOrigin::signed(WORKER)));
		assert!(ActiveWorkers::<Test>::get(HardwareClass::Cpu).is_empty());
		assert_noop!(
			ComputeMarket::withdraw_stake(RuntimeOrigin::signed(WORKER)),
			Error::<Test>::StillBonded
		);
		assert_noop!(ComputeMarket::leave(RuntimeOrigin::signed(WORKER)), Error::<Test>::Leaving);
		run_to_block(21);
		assert_ok!(ComputeMarket::withdraw_stake(RuntimeOrigin::signed(WORKER)));
		assert_eq!(held(HoldReason::WorkerStake, WORKER), 0);
		assert_eq!(Balances::free_balance(WORKER), 1_000_000);
		assert!(Workers::<Test>::get(WORKER).is_none());
		assert!(WorkerKeys::<Test>::get(worker_key(1)).is_none());
	});
}

#[test]
fn paused_workers_get_no_jobs_and_resume_gets_them_again() {
	ExtBuilder::default().build_and_execute(|| {
		register(WORKER, 1, 500);
		assert_ok!(ComputeMarket::pause_worker(RuntimeOrigin::signed(WORKER)));
		assert_noop!(
			ComputeMarket::pause_worker(RuntimeOrigin::signed(WORKER)),
			Error::<Test>::NotActive
		);
		let job = submit(ALICE, 100, FLOOR, 0, 50);
		run_to_block(2);
		assert_eq!(assigned_worker(job), None);
		assert_ok!(ComputeMarket::resume_worker(RuntimeOrigin::signed(WORKER)));
		run_to_block(3);
		assert_eq!(assigned_worker(job), Some(WORKER));
	});
}

#[test]
fn update_worker_changes_capacity_key_and_stake() {
	ExtBuilder::default().build_and_execute(|| {
		register(WORKER, 1, 10);
		assert_ok!(ComputeMarket::update_worker(
			RuntimeOrigin::signed(WORKER),
			Some(99),
			Some((worker_key(5), key_proof(5, WORKER))),
			1_000
		));
		let info = Workers::<Test>::get(WORKER).unwrap();
		assert_eq!((info.capacity, info.stake), (99, MIN_STAKE * 10 + 1_000));
		assert_eq!(WorkerKeys::<Test>::get(worker_key(5)), Some(WORKER));
		assert!(WorkerKeys::<Test>::get(worker_key(1)).is_none());
		assert_noop!(
			ComputeMarket::update_worker(RuntimeOrigin::signed(WORKER), Some(0), None, 0),
			Error::<Test>::ZeroCapacity
		);
		assert_noop!(
			ComputeMarket::update_worker(RuntimeOrigin::signed(BOB), None, None, 0),
			Error::<Test>::NotAWorker
		);
	});
}

// Jobs and escrow.

#[test]
fn submit_job_holds_max_units_times_max_fee_plus_tip() {
	ExtBuilder::default().build_and_execute(|| {
		let job = submit(ALICE, 100, 5_000, 30, 50);
		assert_eq!(held(HoldReason::JobEscrow, ALICE), 100 * (5_000 + 30) + LAPSE_FEE);
		assert_eq!(Jobs::<Test>::get(job).unwrap().status, JobStatus::Pending);
		assert_eq!(Pending::<Test>::get().len(), 1);
	});
}

#[test]
fn submit_job_fails_on_bad_input() {
	ExtBuilder::default().build_and_execute(|| {
		let submit_with = |model, units, max_fee, deadline| {
			ComputeMarket::submit_job(
				RuntimeOrigin::signed(ALICE),
				model,
				HardwareClass::Cpu,
				units,
				max_fee,
				0,
				INPUT,
				deadline,
				Verification::Required,
			)
		};
		assert_noop!(submit_with(ModelId(42), 10, FLOOR, 10), Error::<Test>::UnknownModel);
		assert_noop!(
			submit_with(UNCLEARED_MODEL, 10, FLOOR, 10),
			Error::<Test>::ModelNotMonetizable
		);
		assert_noop!(submit_with(MODEL, 0, FLOOR, 10), Error::<Test>::InvalidUnits);
		assert_noop!(submit_with(MODEL, LIMIT + 1, FLOOR, 10), Error::<Test>::InvalidUnits);
		assert_noop!(submit_with(MODEL, 10, FLOOR, 1), Error::<Test>::InvalidDeadline);
		assert_noop!(submit_with(MODEL, 10, FLOOR, 102), Error::<Test>::InvalidDeadline);
		assert_noop!(submit_with(MODEL, 10, FLOOR - 1, 10), Error::<Test>::MaxBaseFeeTooLow);
		assert_noop!(submit_with(MODEL, 10, Balance::MAX, 10), Error::<Test>::Overflow);
		assert_noop!(
			ComputeMarket::submit_job(
				RuntimeOrigin::signed(WORKER),
				MODEL,
				HardwareClass::Cpu,
				LIMIT,
				CEILING,
				0,
				INPUT,
				10,
				Verification::Required
			),
			TokenError::FundsUnavailable
		);
	});
}

#[test]
fn the_queue_refuses_jobs_when_full() {
	ExtBuilder::default().build_and_execute(|| {
		for _ in 0..16 {
			submit(ALICE, 1, FLOOR, 0, 50 + NextJobId::<Test>::get() / 4);
		}
		// Bob, with no job queued, does not outbid the worst (tip 0) job.
		assert_noop!(
			ComputeMarket::submit_job(
				RuntimeOrigin::signed(BOB),
				MODEL,
				HardwareClass::Cpu,
				1,
				FLOOR,
				0,
				INPUT,
				90,
				Verification::Required
			),
			Error::<Test>::QueueFull
		);
	});
}

#[test]
fn too_many_deadlines_in_one_place_are_refused() {
	ExtBuilder::default().build_and_execute(|| {
		// Eight a block, spilling over at most eight blocks: 64 timeouts around block 51.
		for block in 51..59u64 {
			Timeouts::<Test>::insert(block, BoundedVec::truncate_from(vec![JobId(1_000); 8]));
		}
		assert_noop!(
			ComputeMarket::submit_job(
				RuntimeOrigin::signed(ALICE),
				MODEL,
				HardwareClass::Cpu,
				1,
				FLOOR,
				0,
				INPUT,
				50,
				Verification::Required
			),
			Error::<Test>::TooManyTimeouts
		);
		for block in 51..59u64 {
			Timeouts::<Test>::remove(block);
		}
	});
}

#[test]
fn jobs_are_admitted_by_tip_per_unit() {
	ExtBuilder::default().build_and_execute(|| {
		// Room for one 400-unit job at a time.
		register(WORKER, 1, 400);
		let low = submit(ALICE, 400, FLOOR, 1, 50);
		let high = submit(BOB, 400, FLOOR, 5, 50);
		let middle = submit(ALICE, 400, FLOOR, 3, 50);
		run_to_block(2);
		assert_eq!(assigned_worker(high), Some(WORKER));
		assert_eq!(assigned_worker(middle), None);
		assert_eq!(assigned_worker(low), None);
		assert_ok!(deliver(1, high, 400));
		run_to_block(3);
		assert_eq!(assigned_worker(middle), Some(WORKER));
		assert_eq!(assigned_worker(low), None);
	});
}

#[test]
fn admission_stops_at_the_block_unit_limit() {
	ExtBuilder::default().build_and_execute(|| {
		register(WORKER, 1, 10_000);
		let a = submit(ALICE, 600, FLOOR, 3, 50);
		// Willing to pay the higher base fee that a full block brings.
		let b = submit(ALICE, 600, 2 * FLOOR, 2, 50);
		let c = submit(ALICE, 400, FLOOR, 1, 50);
		run_to_block(2);
		// 600 + 400 fit in 1 000; the second 600 waits.
		assert_eq!(assigned_worker(a), Some(WORKER));
		assert_eq!(assigned_worker(b), None);
		assert_eq!(assigned_worker(c), Some(WORKER));
		assert_eq!(UnitsAdmitted::<Test>::get(HardwareClass::Cpu), 1_000);
		run_to_block(3);
		assert_eq!(assigned_worker(b), Some(WORKER));
	});
}

#[test]
fn jobs_whose_max_fee_is_below_the_base_fee_wait() {
	ExtBuilder::default().build_and_execute(|| {
		register(WORKER, 1, 10_000);
		BaseFee::<Test>::insert(HardwareClass::Cpu, 2 * FLOOR);
		let cheap = submit(ALICE, 10, FLOOR, 100, 50);
		let willing = submit(ALICE, 10, 3 * FLOOR, 0, 50);
		run_to_block(2);
		assert_eq!(assigned_worker(cheap), None);
		assert_eq!(assigned_worker(willing), Some(WORKER));
	});
}

#[test]
fn admission_releases_the_escrow_above_the_base_fee() {
	ExtBuilder::default().build_and_execute(|| {
		register(WORKER, 1, 10_000);
		let job = submit(ALICE, 100, 5 * FLOOR, 10, 50);
		run_to_block(2);
		assert_eq!(assigned_worker(job), Some(WORKER));
		assert_eq!(held(HoldReason::JobEscrow, ALICE), 100 * (FLOOR + 10));
	});
}

#[test]
fn assigning_a_job_that_is_no_longer_pending_is_refused_by_name() {
	ExtBuilder::default().build_and_execute(|| {
		register(WORKER, 1, 10_000);
		let job = submit(ALICE, 100, FLOOR, 0, 50);
		let entry = Pending::<Test>::get()[0].clone();
		run_to_block(2);
		assert_eq!(assigned_worker(job), Some(WORKER));
		assert_noop!(ComputeMarket::assign(&entry, &WORKER, FLOOR, 2), Error::<Test>::NotPending);
		let mut unknown = entry;
		unknown.job = JobId(99);
		assert_noop!(ComputeMarket::assign(&unknown, &WORKER, FLOOR, 2), Error::<Test>::UnknownJob);
	});
}

#[test]
fn jobs_go_to_the_worker_with_the_most_free_capacity() {
	ExtBuilder::default().build_and_execute(|| {
		register(WORKER, 1, 300);
		register(WORKER_2, 2, 500);
		let first = submit(ALICE, 200, FLOOR, 2, 50);
		let second = submit(ALICE, 200, FLOOR, 1, 50);
		run_to_block(2);
		assert_eq!(assigned_worker(first), Some(WORKER_2));
		assert_eq!(assigned_worker(second), Some(WORKER));
	});
}

#[test]
fn pending_jobs_past_their_deadline_are_refunded_less_the_lapse_fee() {
	ExtBuilder::default().build_and_execute(|| {
		let before = Balances::free_balance(ALICE);
		let reserve = Balances::free_balance(RESERVE);
		let job = submit(ALICE, 100, 2 * FLOOR, 5, 5);
		run_to_block(5);
		assert!(Jobs::<Test>::get(job).is_some());
		run_to_block(6);
		assert!(Jobs::<Test>::get(job).is_none());
		assert!(Pending::<Test>::get().is_empty());
		assert_eq!(Balances::free_balance(ALICE), before - LAPSE_FEE);
		assert_eq!(Balances::free_balance(RESERVE), reserve + LAPSE_FEE);
		System::assert_has_event(Event::JobExpired { job, refunded: 100 * (2 * FLOOR + 5) }.into());
	});
}

#[test]
fn missed_deadlines_refund_the_requester_and_slash_the_worker() {
	ExtBuilder::default().build_and_execute(|| {
		register(WORKER, 1, 500);
		let before = Balances::free_balance(ALICE);
		let reserve_before = Balances::free_balance(RESERVE);
		let job = submit(ALICE, 100, FLOOR, 5, 5);
		run_to_block(6);
		assert!(Jobs::<Test>::get(job).is_none());
		assert_eq!(Balances::free_balance(ALICE), before);
		let slash = MIN_STAKE; // 10% of 10 × MIN_STAKE
		assert_eq!(held(HoldReason::WorkerStake, WORKER), MIN_STAKE * 10 - slash);
		assert_eq!(Balances::free_balance(RESERVE), reserve_before + slash);
		System::assert_has_event(Event::WorkerSlashed { worker: WORKER, amount: slash }.into());
		let info = Workers::<Test>::get(WORKER).unwrap();
		assert_eq!((info.load, info.open_jobs), (0, 0));
	});
}

#[test]
fn a_slash_below_the_minimum_stake_pauses_the_worker() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(ComputeMarket::register_worker(
			RuntimeOrigin::signed(WORKER),
			MIN_STAKE,
			500,
			HardwareClass::Cpu,
			JobSizes::ANY,
			worker_key(1),
			key_proof(1, WORKER),
		));
		submit(ALICE, 100, FLOOR, 0, 3);
		run_to_block(4);
		assert_eq!(Workers::<Test>::get(WORKER).unwrap().status, WorkerStatus::Paused);
		assert!(ActiveWorkers::<Test>::get(HardwareClass::Cpu).is_empty());
		assert_noop!(
			ComputeMarket::resume_worker(RuntimeOrigin::signed(WORKER)),
			Error::<Test>::StakeTooLow
		);
		assert_ok!(ComputeMarket::update_worker(
			RuntimeOrigin::signed(WORKER),
			None,
			None,
			MIN_STAKE
		));
		assert_ok!(ComputeMarket::resume_worker(RuntimeOrigin::signed(WORKER)));
	});
}

// The base fee.

#[test]
fn full_blocks_raise_the_base_fee_by_at_most_an_eighth() {
	ExtBuilder::default().build_and_execute(|| {
		let mut fee = FLOOR * 8;
		for _ in 0..20 {
			let next = ComputeMarket::next_base_fee(fee, LIMIT);
			assert!(next > fee);
			assert!(next * 8 <= fee * 9, "{next} is more than 12.5% above {fee}");
			fee = next;
		}
		// (9/8)^20 ≈ 10.5: twenty full blocks raise it about tenfold.
		assert!(fee > FLOOR * 8 * 10 && fee < FLOOR * 8 * 11);
	});
}

#[test]
fn the_base_fee_follows_admitted_units_block_by_block() {
	ExtBuilder::default().build_and_execute(|| {
		register(WORKER, 1, 10_000);
		register(WORKER_2, 2, 10_000);
		let mut fees = vec![BaseFee::<Test>::get(HardwareClass::Cpu)];
		for block in 2..=21u64 {
			// Demand for a full block at any price: two 500-unit jobs.
			let a = submit(ALICE, 500, CEILING, 0, block + 10);
			let b = submit(BOB, 500, CEILING, 0, block + 10);
			run_to_block(block);
			let fee = BaseFee::<Test>::get(HardwareClass::Cpu);
			fees.push(fee);
			for job in [a, b] {
				let seed = if assigned_worker(job) == Some(WORKER) { 1 } else { 2 };
				assert_ok!(deliver(seed, job, 500));
			}
		}
		for pair in fees.windows(2) {
			assert!(pair[1] >= pair[0] && pair[1] * 8 <= pair[0] * 9, "{pair:?}");
		}
		assert!(fees[20] > fees[0] * 9);
		// Then no demand: back to the floor, and not below.
		run_to_block(120);
		assert_eq!(BaseFee::<Test>::get(HardwareClass::Cpu), FLOOR);
		run_to_block(130);
		assert_eq!(BaseFee::<Test>::get(HardwareClass::Cpu), FLOOR);
	});
}

#[test]
fn empty_blocks_bring_the_base_fee_to_the_floor_and_not_below() {
	ExtBuilder::default().build_and_execute(|| {
		BaseFee::<Test>::insert(HardwareClass::Cpu, 50 * FLOOR);
		let mut last = 50 * FLOOR;
		for block in 2..=60 {
			run_to_block(block);
			let fee = BaseFee::<Test>::get(HardwareClass::Cpu);
			assert!(fee <= last && fee >= FLOOR);
			// An empty block takes off at most an eighth.
			assert!(fee * 8 >= last * 7);
			last = fee;
		}
		assert_eq!(last, FLOOR);
	});
}

#[test]
fn the_base_fee_recovers_from_the_floor() {
	ExtBuilder::default().build_and_execute(|| {
		assert_eq!(ComputeMarket::next_base_fee(FLOOR, LIMIT), FLOOR + FLOOR / 8);
		// Even a tiny excess moves it up by at least one.
		assert_eq!(ComputeMarket::next_base_fee(FLOOR, LIMIT / 2 + 1), FLOOR + 1);
		assert_eq!(ComputeMarket::next_base_fee(FLOOR, LIMIT / 2), FLOOR);
		assert_eq!(ComputeMarket::next_base_fee(CEILING, LIMIT), CEILING);
	});
}

#[test]
fn each_hardware_class_has_its_own_base_fee() {
	ExtBuilder::default().build_and_execute(|| {
		UnitsAdmitted::<Test>::insert(HardwareClass::DatacenterGpu, LIMIT);
		run_to_block(2);
		assert_eq!(BaseFee::<Test>::get(HardwareClass::DatacenterGpu), FLOOR + FLOOR / 8);
		assert_eq!(BaseFee::<Test>::get(HardwareClass::Cpu), FLOOR);
	});
}

// Receipts and settlement.

#[test]
fn settle_receipt_splits_the_base_fee_exactly_and_burns() {
	ExtBuilder::default().build_and_execute(|| {
		register(WORKER, 1, 1_000);
		let job = submit(ALICE, 500, 2 * FLOOR, 7, 20);
		run_to_block(2);
		let alice = Balances::total_balance(&ALICE);
		let worker = Balances::free_balance(WORKER);
		let reserve = Balances::free_balance(RESERVE);
		let issuance = Balances::total_issuance();

		let info = deliver(1, job, 333).expect("the receipt settles");
		// Charged for one model and its two licensees, not for `MaxLicensees`.
		assert_eq!(info.actual_weight, Some(<() as WeightInfo>::submit_receipts(1, 1 + 2)));
		assert!(
			<() as WeightInfo>::submit_receipts(1, 3).ref_time()
				< <() as WeightInfo>::submit_receipts(1, 5).ref_time()
		);

		let base = 333 * FLOOR; // 333 000
		let tip = 333 * 7;
		let to_worker = base * 70 / 100 + tip; // 233 100 + 2 331
		let licensing = base * 15 / 100; // 49 950
		let burnt = base * 5 / 100; // 16 650
		let to_reserve = base - base * 70 / 100 - licensing - burnt; // 33 300
		assert_eq!(Balances::total_balance(&ALICE), alice - base - tip);
		assert_eq!(Balances::free_balance(WORKER), worker + to_worker);
		assert_eq!(Balances::free_balance(LICENSEE_A), licensing * 60 / 100);
		assert_eq!(Balances::free_balance(LICENSEE_B), licensing * 40 / 100);
		assert_eq!(Balances::free_balance(RESERVE), reserve + to_reserve);
		assert_eq!(Balances::total_issuance(), issuance - burnt);
		assert_eq!(held(HoldReason::JobEscrow, ALICE), 0);
		System::assert_has_event(
			Event::JobSettled {
				job,
				worker: WORKER,
				output_hash: output_commitment(job, &OUTPUT),
				units_used: 333,
				charged: base + tip,
				to_worker,
				to_licensees: licensing,
				to_reserve,
				to_verification: 0,
				burnt,
			}
			.into(),
		);
		System::assert_last_event(
			Event::ReceiptsSettled {
				worker: WORKER,
				jobs: 1,
				to_worker,
				held: 0,
				to_licensees: licensing,
				to_reserve,
				burnt,
			}
			.into(),
		);
	});
}

#[test]
fn rounding_dust_and_unpayable_shares_go_to_the_reserve() {
	ExtBuilder::default().build_and_execute(|| {
		register(WORKER, 1, 1_000);
		// Block 2's update takes an eighth off an idle class's fee: 1 200 becomes 1 050, a fee
		// that the shares do not divide.
		BaseFee::<Test>::insert(HardwareClass::Cpu, 1_200);
		assert_ok!(ComputeMarket::submit_job(
			RuntimeOrigin::signed(ALICE),
			DUST_MODEL,
			HardwareClass::Cpu,
			1,
			2 * FLOOR,
			0,
			INPUT,
			20,
			Verification::Required,
		));
		run_to_block(2);
		let base = match Jobs::<Test>::get(JobId(0)).unwrap().status {
			JobStatus::Assigned { base_fee_per_unit, .. } => base_fee_per_unit,
			_ => panic!("not assigned"),
		};
		assert_eq!(base, 1_050);
		let (reserve, issuance) = (Balances::free_balance(RESERVE), Balances::total_issuance());
		let worker = Balances::free_balance(WORKER);
		assert_ok!(deliver(1, JobId(0), 1));
		// 70% = 735 to the worker; 5% = 52.5, floored to 52, burnt; 15% = 157.5, floored to
		// 157, for the licensees: 99% = 155.43 → 155 to A, 1% = 1.57 → 1 to C, who has no
		// account and cannot take less than the existential deposit (10).
		assert_eq!(Balances::free_balance(WORKER) - worker, 735);
		assert_eq!(issuance - Balances::total_issuance(), 52);
		assert_eq!(Balances::free_balance(LICENSEE_A), 155);
		assert_eq!(Balances::free_balance(LICENSEE_C), 0);
		// The reserve: its 10% (105), the 1 the licensees' floors left, C's unpayable 1, and
		// the 1 the top-level floors left (1 050 − 735 − 157 − 52 − 105).
		assert_eq!(Balances::free_balance(RESERVE) - reserve, 105 + 1 + 1 + 1);
		// The purse says where C's share went instead.
		let pot = ComputeMarket::settlement_account();
		System::assert_has_event(
			pallet_purse::Event::Redirected { from: pot, intended: LICENSEE_C, amount: 1 }.into(),
		);
		// The job's split, then where the batch's payments went.
		System::assert_has_event(
			Event::JobSettled {
				job: JobId(0),
				worker: WORKER,
				output_hash: output_commitment(JobId(0), &OUTPUT),
				units_used: 1,
				charged: 1_050,
				to_worker: 735,
				to_licensees: 157,
				to_reserve: 106,
				to_verification: 0,
				burnt: 52,
			}
			.into(),
		);
		System::assert_last_event(
			Event::ReceiptsSettled {
				worker: WORKER,
				jobs: 1,
				to_worker: 735,
				held: 0,
				to_licensees: 155,
				to_reserve: 108,
				burnt: 52,
			}
			.into(),
		);
	});
}

#[test]
fn licensing_goes_to_the_reserve_for_models_without_licensees() {
	ExtBuilder::default().build_and_execute(|| {
		register(WORKER, 1, 1_000);
		assert_ok!(ComputeMarket::submit_job(
			RuntimeOrigin::signed(ALICE),
			ORPHAN_MODEL,
			HardwareClass::Cpu,
			100,
			FLOOR,
			0,
			INPUT,
			20,
			Verification::Required,
		));
		run_to_block(2);
		let reserve = Balances::free_balance(RESERVE);
		let info = deliver(1, JobId(0), 100).expect("the receipt settles");
		assert_eq!(info.actual_weight, Some(<() as WeightInfo>::submit_receipts(1, 1)));
		let base = 100 * FLOOR;
		assert_eq!(Balances::free_balance(RESERVE), reserve + base * 25 / 100);
	});
}

#[test]
fn the_reserve_share_is_burnt_while_the_reserve_account_does_not_exist() {
	ExtBuilder::default().without_reserve().build_and_execute(|| {
		register(WORKER, 1, 1_000);
		let job = submit(ALICE, 1, FLOOR, 0, 20);
		run_to_block(2);
		// An existential deposit above everything but the worker's share: neither the
		// licensees (90 and 60) nor the reserve (100, with the licensees' 150: 250) can open
		// an account, so all of it is burnt with the burn share (50). (The settlement account
		// keeps the new deposit, as it would have from genesis.)
		assert_ok!(<Balances as frame_support::traits::fungible::Mutate<_>>::mint_into(
			&ComputeMarket::settlement_account(),
			300
		));
		ExistentialDeposit::set(300);
		let issuance = Balances::total_issuance();
		assert_ok!(deliver(1, job, 1));
		assert_eq!(Balances::free_balance(RESERVE), 0);
		assert!(!frame_system::Account::<Test>::contains_key(RESERVE));
		assert_eq!(Balances::free_balance(LICENSEE_A) + Balances::free_balance(LICENSEE_B), 0);
		assert_eq!(issuance - Balances::total_issuance(), 50 + 250);
		System::assert_last_event(
			Event::ReceiptsSettled {
				worker: WORKER,
				jobs: 1,
				to_worker: 700,
				held: 0,
				to_licensees: 0,
				to_reserve: 0,
				burnt: 300,
			}
			.into(),
		);
	});
}

#[test]
fn replayed_receipts_are_rejected() {
	ExtBuilder::default().build_and_execute(|| {
		register(WORKER, 1, 1_000);
		let job = submit(ALICE, 100, FLOOR, 0, 20);
		run_to_block(2);
		assert_ok!(deliver(1, job, 50));
		assert_noop!(deliver(1, job, 50), Error::<Test>::NotAssigned);
		let receipt = receipt(job, 50);
		let signature = sign_receipt(&worker_pair(1), &receipt);
		assert_eq!(
			<ComputeMarket as ValidateUnsigned>::validate_unsigned(
				TransactionSource::External,
				&Call::submit_receipt { receipt, signature }
			),
			Err(TransactionValidityError::Invalid(InvalidTransaction::Custom(4)))
		);
	});
}

#[test]
fn forged_receipts_are_rejected() {
	ExtBuilder::default().build_and_execute(|| {
		register(WORKER, 1, 1_000);
		register(WORKER_2, 2, 10);
		let job = submit(ALICE, 100, FLOOR, 0, 20);
		run_to_block(2);
		assert_eq!(assigned_worker(job), Some(WORKER));
		// Signed by another registered worker's key.
		assert_noop!(deliver(2, job, 50), Error::<Test>::BadSignature);
		// Signed by the right key, then altered.
		let honest = receipt(job, 50);
		let signature = sign_receipt(&worker_pair(1), &honest);
		let altered = Receipt { units_used: 100, ..honest };
		assert_noop!(
			ComputeMarket::submit_receipt(
				RuntimeOrigin::none(),
				altered.clone(),
				signature.clone()
			),
			Error::<Test>::BadSignature
		);
		assert_eq!(
			<ComputeMarket as ValidateUnsigned>::validate_unsigned(
				TransactionSource::External,
				&Call::submit_receipt { receipt: altered, signature }
			),
			Err(TransactionValidityError::Invalid(InvalidTransaction::Custom(1)))
		);
		// Only an unsigned transaction may carry a receipt.
		let signature = sign_receipt(&worker_pair(1), &honest);
		assert_noop!(
			ComputeMarket::submit_receipt(RuntimeOrigin::signed(WORKER), honest, signature),
			DispatchError::BadOrigin
		);
	});
}

#[test]
fn receipts_over_the_unit_limit_or_late_are_rejected() {
	ExtBuilder::default().build_and_execute(|| {
		register(WORKER, 1, 1_000);
		let job = submit(ALICE, 100, FLOOR, 0, 5);
		run_to_block(2);
		assert_noop!(deliver(1, job, 101), Error::<Test>::TooManyUnits);
		assert_noop!(deliver(1, job, 0), Error::<Test>::TooManyUnits);
		assert_noop!(deliver(1, JobId(77), 1), Error::<Test>::UnknownJob);
		System::set_block_number(6);
		assert_noop!(deliver(1, job, 100), Error::<Test>::DeadlinePassed);
	});
}

#[test]
fn valid_receipts_are_valid_transactions_until_the_deadline() {
	ExtBuilder::default().build_and_execute(|| {
		register(WORKER, 1, 1_000);
		let job = submit(ALICE, 100, FLOOR, 0, 12);
		run_to_block(2);
		let receipt = receipt(job, 10);
		let signature = sign_receipt(&worker_pair(1), &receipt);
		let valid = <ComputeMarket as ValidateUnsigned>::validate_unsigned(
			TransactionSource::External,
			&Call::submit_receipt { receipt, signature },
		)
		.unwrap();
		assert_eq!(valid.longevity, 11);
		// The job's tag and the worker's: one settlement a worker in the pool.
		assert_eq!(valid.provides.len(), 2);
	});
}

// Disputes.

fn settled_job() -> JobId {
	register(WORKER, 1, 1_000);
	let job = submit(ALICE, 100, FLOOR, 0, 20);
	run_to_block(2);
	assert_ok!(deliver(1, job, 100));
	job
}

#[test]
fn upheld_disputes_slash_the_worker_and_refund_the_requester() {
	ExtBuilder::default().build_and_execute(|| {
		let job = settled_job();
		let alice = Balances::free_balance(ALICE);
		let reserve = Balances::free_balance(RESERVE);
		assert_noop!(
			ComputeMarket::dispute_receipt(RuntimeOrigin::signed(BOB), job),
			Error::<Test>::NotRequester
		);
		assert_ok!(ComputeMarket::dispute_receipt(RuntimeOrigin::signed(ALICE), job));
		assert_eq!(held(HoldReason::DisputeDeposit, ALICE), 500);
		assert_noop!(
			ComputeMarket::resolve_dispute(RuntimeOrigin::signed(ALICE), job, true),
			DispatchError::BadOrigin
		);
		assert_ok!(ComputeMarket::resolve_dispute(RuntimeOrigin::root(), job, true));
		// Half the stake (50 000) is less than the requester paid (100 000): the worker loses
		// at least what was paid, here its whole stake, and the requester gets it all back;
		// nothing is left for the reserve.
		// The slash is the larger of half the stake and what was paid, at most the stake: here
		// what was paid, 100 000, which is the whole stake.
		let slashed = MIN_STAKE * 10;
		let refunded = slashed.min(100 * FLOOR);
		assert_eq!(refunded, 100 * FLOOR);
		assert_eq!(Balances::free_balance(ALICE), alice + refunded);
		assert_eq!(Balances::free_balance(RESERVE), reserve + slashed - refunded);
		assert_eq!(held(HoldReason::WorkerStake, WORKER), MIN_STAKE * 10 - slashed);
		assert!(Jobs::<Test>::get(job).is_none());
		System::assert_last_event(
			Event::DisputeResolved { job, upheld: true, slashed, refunded }.into(),
		);
	});
}

#[test]
fn dismissed_disputes_cost_the_requester_its_deposit() {
	ExtBuilder::default().build_and_execute(|| {
		let job = settled_job();
		let reserve = Balances::free_balance(RESERVE);
		assert_ok!(ComputeMarket::dispute_receipt(RuntimeOrigin::signed(ALICE), job));
		assert_noop!(
			ComputeMarket::dispute_receipt(RuntimeOrigin::signed(ALICE), job),
			Error::<Test>::NotSettled
		);
		assert_ok!(ComputeMarket::resolve_dispute(RuntimeOrigin::root(), job, false));
		assert_eq!(Balances::free_balance(RESERVE), reserve + 500);
		assert_eq!(held(HoldReason::WorkerStake, WORKER), MIN_STAKE * 10);
		assert_noop!(
			ComputeMarket::resolve_dispute(RuntimeOrigin::root(), job, false),
			Error::<Test>::UnknownJob
		);
	});
}

#[test]
fn disputes_after_the_challenge_period_fail_and_settled_jobs_are_forgotten() {
	ExtBuilder::default().build_and_execute(|| {
		let job = settled_job();
		// Settled in block 2; the challenge period of 10 blocks ends after block 12.
		run_to_block(12);
		assert!(Jobs::<Test>::get(job).is_some());
		// Over at block 13 whether or not the job is forgotten yet (that waits for idle weight).
		run_to_block(13);
		assert_noop!(
			ComputeMarket::dispute_receipt(RuntimeOrigin::signed(ALICE), job),
			Error::<Test>::ChallengePeriodOver
		);
		run_to_block(14);
		assert_noop!(
			ComputeMarket::dispute_receipt(RuntimeOrigin::signed(ALICE), job),
			Error::<Test>::UnknownJob
		);
	});
}

#[test]
fn a_worker_under_dispute_cannot_withdraw() {
	ExtBuilder::default().build_and_execute(|| {
		let job = settled_job();
		assert_ok!(ComputeMarket::dispute_receipt(RuntimeOrigin::signed(ALICE), job));
		assert_ok!(ComputeMarket::leave(RuntimeOrigin::signed(WORKER)));
		// Unbonded after block 22; the dispute (opened in block 2) lapses after block 32.
		run_to_block(30);
		assert_noop!(
			ComputeMarket::withdraw_stake(RuntimeOrigin::signed(WORKER)),
			Error::<Test>::StillBonded
		);
		assert_ok!(ComputeMarket::resolve_dispute(RuntimeOrigin::root(), job, false));
		assert_ok!(ComputeMarket::withdraw_stake(RuntimeOrigin::signed(WORKER)));
	});
}

// Attacks: each test plays the attacker and asserts the attack fails.

/// Deadline griefing: a job whose deadline leaves no time to serve it is refused at submission;
/// one that runs out of window while waiting is never admitted (so it neither reaches a worker
/// nor moves the base fee) and is refunded without slashing anyone.
#[test]
fn a_job_without_a_service_window_never_reaches_a_worker() {
	ExtBuilder::default().build_and_execute(|| {
		register(WORKER, 1, 1_000);
		let stake = held(HoldReason::WorkerStake, WORKER);
		// Block 1: the earliest admission is block 2, which must leave SERVICE_WINDOW blocks.
		let too_soon = 1 + SERVICE_WINDOW;
		assert_noop!(
			ComputeMarket::submit_job(
				RuntimeOrigin::signed(ALICE),
				MODEL,
				HardwareClass::Cpu,
				LIMIT,
				FLOOR,
				0,
				INPUT,
				too_soon,
				Verification::Required,
			),
			Error::<Test>::InvalidDeadline
		);
		// A job accepted with the least window, kept from admission in block 2 (no worker
		// active), has none left by block 3: it waits, is refunded, and its worker is not
		// slashed.
		assert_ok!(ComputeMarket::pause_worker(RuntimeOrigin::signed(WORKER)));
		let alice = Balances::free_balance(ALICE);
		let job = submit(ALICE, LIMIT, FLOOR, 0, too_soon + 1);
		run_to_block(2);
		assert_ok!(ComputeMarket::resume_worker(RuntimeOrigin::signed(WORKER)));
		run_to_block(3);
		assert_eq!(Jobs::<Test>::get(job).map(|j| j.status), Some(JobStatus::Pending));
		assert_eq!(UnitsAdmitted::<Test>::get(HardwareClass::Cpu), 0, "no units counted");
		run_to_block(4);
		assert!(Jobs::<Test>::get(job).is_none());
		assert_eq!(Balances::free_balance(ALICE), alice - LAPSE_FEE, "refunded but the lapse fee");
		assert_eq!(held(HoldReason::WorkerStake, WORKER), stake, "nobody is slashed");
		assert_eq!(BaseFee::<Test>::get(HardwareClass::Cpu), FLOOR, "the price did not move");
		assert!(!System::events().iter().any(|r| matches!(
			r.event,
			RuntimeEvent::ComputeMarket(Event::JobAssigned { .. } | Event::WorkerSlashed { .. })
		)));
	});
}

/// Reserving the whole block's units and reporting one unit used would move the base fee for
/// everyone at the price of one unit: a settled job pays for at least `MinChargedShare` of
/// what it reserved.
#[test]
fn reserving_units_to_move_the_price_pays_for_them() {
	ExtBuilder::default().build_and_execute(|| {
		register(WORKER, 1, LIMIT);
		let job = submit(ALICE, LIMIT, FLOOR, 0, 20);
		run_to_block(2);
		assert!(assigned_worker(job).is_some());
		let alice = Balances::total_balance(&ALICE);
		assert_ok!(deliver(1, job, 1));
		let billable = MinChargedShare::get().mul_ceil(LIMIT);
		assert_eq!(billable, LIMIT / 10);
		let charged = Balance::from(billable) * FLOOR;
		assert_eq!(Balances::total_balance(&ALICE), alice - charged);
		assert!(System::events().iter().any(|r| matches!(
			r.event,
			RuntimeEvent::ComputeMarket(Event::JobSettled { units_used: 1, charged: c, .. })
				if c == charged
		)));
	});
}

/// Without a deciding origin, a dispute would freeze the worker's stake forever for a deposit:
/// after `DisputeTimeout` it lapses (nobody slashed, the deposit to the reserve) and the stake
/// is free.
#[test]
fn a_dispute_nobody_decides_lapses_and_frees_the_stake() {
	ExtBuilder::default().build_and_execute(|| {
		let job = settled_job();
		let alice = Balances::free_balance(ALICE);
		let reserve = Balances::free_balance(RESERVE);
		assert_ok!(ComputeMarket::dispute_receipt(RuntimeOrigin::signed(ALICE), job));
		assert_ok!(ComputeMarket::leave(RuntimeOrigin::signed(WORKER)));
		let lapses_at = 2 + DISPUTE_TIMEOUT;
		run_to_block(lapses_at);
		assert_noop!(
			ComputeMarket::withdraw_stake(RuntimeOrigin::signed(WORKER)),
			Error::<Test>::StillBonded
		);
		run_to_block(lapses_at + 1);
		System::assert_has_event(Event::DisputeLapsed { job }.into());
		assert!(Jobs::<Test>::get(job).is_none());
		// The undecided dispute cost its opener the deposit, to the reserve (issue 25, attack
		// 10): opening one that nobody takes up is not free.
		assert_eq!(Balances::free_balance(ALICE), alice - 500);
		assert_eq!(Balances::free_balance(RESERVE), reserve + 500);
		assert_eq!(held(HoldReason::DisputeDeposit, ALICE), 0);
		assert_eq!(Workers::<Test>::get(WORKER).unwrap().disputes, 0);
		assert_ok!(ComputeMarket::withdraw_stake(RuntimeOrigin::signed(WORKER)));
		assert_eq!(held(HoldReason::WorkerStake, WORKER), 0);
	});
}

/// A 50% slash of a small stake could be less than a wrong receipt earned: an upheld dispute
/// costs the worker at least what the requester paid, and the requester gets it back.
#[test]
fn an_upheld_dispute_costs_the_worker_at_least_what_was_paid() {
	ExtBuilder::default().build_and_execute(|| {
		register(WORKER, 1, 1_000);
		let job = submit(ALICE, 80, FLOOR, 0, 20);
		run_to_block(2);
		assert_ok!(deliver(1, job, 80));
		let paid = 80 * FLOOR;
		let stake = held(HoldReason::WorkerStake, WORKER);
		assert!(DisputeSlash::get().mul_floor(stake) < paid, "the fraction alone falls short");
		let alice = Balances::free_balance(ALICE);
		assert_ok!(ComputeMarket::dispute_receipt(RuntimeOrigin::signed(ALICE), job));
		assert_ok!(ComputeMarket::resolve_dispute(RuntimeOrigin::root(), job, true));
		assert_eq!(held(HoldReason::WorkerStake, WORKER), stake - paid);
		assert_eq!(Balances::free_balance(ALICE), alice + paid);
		System::assert_has_event(
			Event::DisputeResolved { job, upheld: true, slashed: paid, refunded: paid }.into(),
		);
	});
}

/// Key squatting: registering someone else's `atel` key would make their node serve the
/// attacker's jobs on its own GPU. A key is registered only with its holder's signature over
/// the registering account and the chain, and a proof for one account does not serve another.
#[test]
fn a_worker_cannot_register_or_rotate_to_someone_elses_key() {
	ExtBuilder::default().build_and_execute(|| {
		let victim_key = worker_key(7);
		// The attacker (WORKER) does not hold key 7: its own key's signature, or the victim's
		// proof made for the victim's account, is refused.
		for proof in [key_proof(1, WORKER), key_proof(7, WORKER_2)] {
			assert_noop!(
				ComputeMarket::register_worker(
					RuntimeOrigin::signed(WORKER),
					MIN_STAKE,
					10,
					HardwareClass::Cpu,
					JobSizes::ANY,
					victim_key.clone(),
					proof,
				),
				Error::<Test>::BadKeyProof
			);
		}
		// A proof for another chain (another genesis hash) is refused too.
		let other_chain = key_ownership_payload(&H256::repeat_byte(1), &WORKER);
		assert_noop!(
			ComputeMarket::register_worker(
				RuntimeOrigin::signed(WORKER),
				MIN_STAKE,
				10,
				HardwareClass::Cpu,
				JobSizes::ANY,
				victim_key.clone(),
				worker_pair(7).sign(&other_chain).into(),
			),
			Error::<Test>::BadKeyProof
		);
		// Registered with its own key, the attacker cannot rotate to the victim's either.
		register(WORKER, 1, 10);
		assert_noop!(
			ComputeMarket::update_worker(
				RuntimeOrigin::signed(WORKER),
				None,
				Some((victim_key.clone(), key_proof(1, WORKER))),
				0
			),
			Error::<Test>::BadKeyProof
		);
		// The key's holder registers it.
		assert_ok!(ComputeMarket::register_worker(
			RuntimeOrigin::signed(WORKER_2),
			MIN_STAKE,
			10,
			HardwareClass::Cpu,
			JobSizes::ANY,
			victim_key.clone(),
			key_proof(7, WORKER_2),
		));
		assert_eq!(WorkerKeys::<Test>::get(&victim_key), Some(WORKER_2));
	});
}

/// Queue lock-out: jobs that can never be admitted (a class without workers) fill the queue.
/// A job that outbids the worst queued job of its class still gets in, the worst is refunded in
/// full and dropped, and a class holding less than its third of the queue is never locked out.
#[test]
fn a_full_queue_still_takes_a_better_job_and_every_class_gets_its_share() {
	ExtBuilder::default().build_and_execute(|| {
		// The attacker fills all 16 places with GPU jobs no worker serves, at tip 0.
		let gpu = |who, tip| {
			ComputeMarket::submit_job(
				RuntimeOrigin::signed(who),
				MODEL,
				HardwareClass::DatacenterGpu,
				1,
				FLOOR,
				tip,
				INPUT,
				50 + NextJobId::<Test>::get() / 4,
				Verification::Required,
			)
		};
		for _ in 0..16 {
			assert_ok!(gpu(BOB, 0));
		}
		let bob = Balances::free_balance(BOB);
		// A GPU job at the same tip does not get in; one that outbids the worst does.
		assert_noop!(gpu(ALICE, 0), Error::<Test>::QueueFull);
		assert_ok!(gpu(ALICE, 1));
		// The worst GPU job (tip 0, the latest) was dropped and refunded in full.
		let dropped = JobId(15);
		assert!(Jobs::<Test>::get(dropped).is_none());
		System::assert_has_event(
			Event::JobEvicted { job: dropped, refunded: FLOOR + LAPSE_FEE }.into(),
		);
		assert_eq!(Balances::free_balance(BOB), bob + FLOOR + LAPSE_FEE);
		// A CPU job that cannot run now (no CPU worker) does not claim the CPU class's share: it
		// would only wait to lapse for the lapse fee.
		let cpu = |deadline| try_submit(ALICE, 1, 0, deadline);
		assert_noop!(cpu(60), Error::<Test>::QueueFull);
		// With a CPU worker, a CPU job gets in at tip 0 while the CPU class holds less than a
		// third of the queue: it takes the place of the worst job of the fullest class.
		register(WORKER, 1, 500);
		for i in 0..(16 / 3) {
			assert_ok!(ComputeMarket::submit_job(
				RuntimeOrigin::signed(ALICE),
				MODEL,
				HardwareClass::Cpu,
				1,
				FLOOR,
				0,
				INPUT,
				60 + i,
				Verification::Required,
			));
		}
		let queue = Pending::<Test>::get();
		assert_eq!(queue.len(), 16);
		assert_eq!(queue.iter().filter(|e| e.class == HardwareClass::Cpu).count(), 16 / 3);
		// Now the CPU class has its share: a further CPU job must outbid the worst CPU job.
		assert_noop!(
			ComputeMarket::submit_job(
				RuntimeOrigin::signed(ALICE),
				MODEL,
				HardwareClass::Cpu,
				1,
				FLOOR,
				0,
				INPUT,
				70,
				Verification::Required,
			),
			Error::<Test>::QueueFull
		);
	});
}

/// One account cannot hold more than `MaxPendingPerAccount` places in the queue.
#[test]
fn one_account_holds_a_bounded_share_of_the_queue() {
	ExtBuilder::default().build_and_execute(|| {
		MaxPendingPerAccount::set(4);
		for _ in 0..4 {
			submit(BOB, 1, FLOOR, 0, 50);
		}
		assert_noop!(
			ComputeMarket::submit_job(
				RuntimeOrigin::signed(BOB),
				MODEL,
				HardwareClass::Cpu,
				1,
				FLOOR,
				100,
				INPUT,
				50,
				Verification::Required,
			),
			Error::<Test>::TooManyPendingJobs
		);
		submit(ALICE, 1, FLOOR, 0, 50);
		MaxPendingPerAccount::set(16);
	});
}

/// A worker claiming `u64::MAX` units would take every job of its class: capacity is bounded by
/// stake, and a slash cuts what the worker may take at once.
#[test]
fn capacity_is_bounded_by_stake() {
	ExtBuilder::default().build_and_execute(|| {
		let register_with = |stake, capacity| {
			ComputeMarket::register_worker(
				RuntimeOrigin::signed(WORKER),
				stake,
				capacity,
				HardwareClass::Cpu,
				JobSizes::ANY,
				worker_key(1),
				key_proof(1, WORKER),
			)
		};
		assert_noop!(register_with(MIN_STAKE, u64::MAX), Error::<Test>::CapacityAboveStake);
		let backed = (MIN_STAKE / STAKE_PER_UNIT) as u64;
		assert_noop!(register_with(MIN_STAKE, backed + 1), Error::<Test>::CapacityAboveStake);
		assert_ok!(register_with(MIN_STAKE, backed));
		assert_noop!(
			ComputeMarket::update_worker(RuntimeOrigin::signed(WORKER), Some(backed * 2), None, 0),
			Error::<Test>::CapacityAboveStake
		);
		// With the stake to back it, the larger capacity is allowed.
		assert_ok!(ComputeMarket::update_worker(
			RuntimeOrigin::signed(WORKER),
			Some(backed * 2),
			None,
			MIN_STAKE
		));
		// A slash leaves less stake: the worker may then take only what the rest backs.
		let mut info = Workers::<Test>::get(WORKER).unwrap();
		info.stake = MIN_STAKE + MIN_STAKE / 2;
		assert_eq!(ComputeMarket::usable_capacity(&info), backed * 3 / 2);
	});
}

/// 64 workers with capacity 1 would fill a class's slots and lock everyone else out: a
/// newcomer that stakes more than the least-staked active worker takes its slot.
#[test]
fn a_better_staked_newcomer_takes_the_least_staked_slot() {
	ExtBuilder::default().build_and_execute(|| {
		// The squatters fill the class's 4 slots with the least stake each.
		let squatters: Vec<AccountId> = (200..204).collect();
		for (i, who) in squatters.iter().enumerate() {
			assert_ok!(Balances::force_set_balance(RuntimeOrigin::root(), *who, MIN_STAKE * 2));
			assert_ok!(ComputeMarket::register_worker(
				RuntimeOrigin::signed(*who),
				MIN_STAKE,
				1,
				HardwareClass::Cpu,
				JobSizes::ANY,
				worker_key(10 + i as u8),
				key_proof(10 + i as u8, *who),
			));
		}
		// Equal stake does not displace anyone.
		assert_noop!(
			ComputeMarket::register_worker(
				RuntimeOrigin::signed(WORKER),
				MIN_STAKE,
				1,
				HardwareClass::Cpu,
				JobSizes::ANY,
				worker_key(1),
				key_proof(1, WORKER),
			),
			Error::<Test>::TooManyWorkers
		);
		register(WORKER, 1, 1_000);
		let active = ActiveWorkers::<Test>::get(HardwareClass::Cpu);
		assert!(active.contains(&WORKER));
		// The latest registered among the least staked lost its slot and is paused.
		assert!(!active.contains(&203));
		assert_eq!(Workers::<Test>::get(203).unwrap().status, WorkerStatus::Paused);
		System::assert_has_event(Event::WorkerPaused { worker: 203 }.into());
		// It cannot come back without outstaking the least-staked active worker.
		assert_noop!(
			ComputeMarket::resume_worker(RuntimeOrigin::signed(203)),
			Error::<Test>::TooManyWorkers
		);
		assert_ok!(ComputeMarket::update_worker(RuntimeOrigin::signed(203), None, None, 1));
		assert_ok!(ComputeMarket::resume_worker(RuntimeOrigin::signed(203)));
		assert!(!ActiveWorkers::<Test>::get(HardwareClass::Cpu).contains(&202));
	});
}

// Job sizes and refusals (issue 25, attack 9: an honest worker slashed for a job its service
// cannot serve).

fn register_sized(worker: AccountId, seed: u8, capacity: u64, job_sizes: JobSizes) {
	assert_ok!(ComputeMarket::register_worker(
		RuntimeOrigin::signed(worker),
		MIN_STAKE * 10,
		capacity,
		HardwareClass::Cpu,
		job_sizes,
		worker_key(seed),
		key_proof(seed, worker),
	));
}

fn sizes(min_units: u64, max_units: u64) -> JobSizes {
	JobSizes { min_units, max_units }
}

fn refuse(seed: u8, job: JobId, reason: RefusalReason) -> DispatchResult {
	let refusal = Refusal { job, reason };
	let signature = sign_refusal(&worker_pair(seed), &refusal);
	ComputeMarket::refuse_job(RuntimeOrigin::none(), refusal, signature)
}

#[test]
fn workers_declare_the_job_sizes_they_serve_and_bad_sizes_fail() {
	ExtBuilder::default().build_and_execute(|| {
		for bad in [sizes(0, 10), sizes(20, 10), sizes(600, 1_000)] {
			assert_noop!(
				ComputeMarket::register_worker(
					RuntimeOrigin::signed(WORKER),
					MIN_STAKE * 10,
					500,
					HardwareClass::Cpu,
					bad,
					worker_key(1),
					key_proof(1, WORKER),
				),
				Error::<Test>::InvalidJobSizes
			);
		}
		register_sized(WORKER, 1, 500, sizes(100, 1_000));
		System::assert_last_event(
			Event::WorkerRegistered {
				worker: WORKER,
				stake: MIN_STAKE * 10,
				capacity: 500,
				class: HardwareClass::Cpu,
				job_sizes: sizes(100, 1_000),
			}
			.into(),
		);
		// A capacity below the smallest job it serves would never be given one.
		assert_noop!(
			ComputeMarket::update_worker(RuntimeOrigin::signed(WORKER), Some(50), None, 0),
			Error::<Test>::InvalidJobSizes
		);
		assert_ok!(ComputeMarket::set_job_sizes(RuntimeOrigin::signed(WORKER), sizes(1, 500)));
		System::assert_last_event(
			Event::JobSizesSet { worker: WORKER, job_sizes: sizes(1, 500) }.into(),
		);
		assert_noop!(
			ComputeMarket::set_job_sizes(RuntimeOrigin::signed(WORKER), sizes(0, 1)),
			Error::<Test>::InvalidJobSizes
		);
		assert_noop!(
			ComputeMarket::set_job_sizes(RuntimeOrigin::signed(WORKER_2), sizes(1, 1)),
			Error::<Test>::NotAWorker
		);
		assert_ok!(ComputeMarket::leave(RuntimeOrigin::signed(WORKER)));
		assert_noop!(
			ComputeMarket::set_job_sizes(RuntimeOrigin::signed(WORKER), sizes(1, 1)),
			Error::<Test>::Leaving
		);
	});
}

#[test]
fn jobs_outside_a_workers_sizes_never_reach_it_and_unserved_sizes_are_refused() {
	ExtBuilder::default().build_and_execute(|| {
		register_sized(WORKER, 1, 500, sizes(100, 1_000));
		register_sized(WORKER_2, 2, 200, JobSizes::ANY);
		// WORKER has more free capacity, but a 10-unit job is below its sizes.
		let small = submit(ALICE, 10, FLOOR, 0, 20);
		let large = submit(ALICE, 300, FLOOR, 0, 20);
		run_to_block(2);
		assert_eq!(assigned_worker(small), Some(WORKER_2));
		assert_eq!(assigned_worker(large), Some(WORKER));
		// With WORKER_2 paused, no active worker serves 10 units: refused at submission.
		assert_ok!(ComputeMarket::pause_worker(RuntimeOrigin::signed(WORKER_2)));
		assert_noop!(try_submit(ALICE, 10, 0, 20), Error::<Test>::NoWorkerServesSize);
		// A class without active workers queues jobs for the workers to come, as before.
		assert_ok!(ComputeMarket::pause_worker(RuntimeOrigin::signed(WORKER)));
		submit(ALICE, 10, FLOOR, 0, 20);
	});
}

/// The attack: a 1-unit job the service cannot serve, at the earliest deadline. Before, the
/// job expired, the worker lost 1% of its stake and took a `MissedDeadline` penalty, and the
/// requester got its escrow back; repeated, it paused any worker.
#[test]
fn a_refused_job_refunds_the_requester_slashes_nobody_and_narrows_the_sizes() {
	ExtBuilder::default().build_and_execute(|| {
		register(WORKER, 1, 500);
		let alice = Balances::free_balance(ALICE);
		let job = submit(ALICE, 1, FLOOR, 5, 4);
		run_to_block(2);
		assert_eq!(assigned_worker(job), Some(WORKER));
		let escrow = Jobs::<Test>::get(job).unwrap().escrow;

		assert_ok!(refuse(1, job, RefusalReason::TooSmall { min_units: 48 }));
		assert!(Jobs::<Test>::get(job).is_none());
		assert_eq!(held(HoldReason::JobEscrow, ALICE), 0);
		assert_eq!(Balances::free_balance(ALICE), alice);
		assert_eq!(held(HoldReason::WorkerStake, WORKER), MIN_STAKE * 10);
		let info = Workers::<Test>::get(WORKER).unwrap();
		assert_eq!((info.load, info.open_jobs), (0, 0));
		assert_eq!(info.job_sizes, sizes(48, u64::MAX));
		assert_eq!(info.refusals.refused, 1);
		System::assert_has_event(
			Event::JobSizesSet { worker: WORKER, job_sizes: sizes(48, u64::MAX) }.into(),
		);
		System::assert_last_event(
			Event::JobRefused {
				job,
				worker: WORKER,
				reason: RefusalReason::TooSmall { min_units: 48 },
				refunded: escrow,
			}
			.into(),
		);

		// Past the deadline nothing happens to anyone: the timeout finds no job.
		run_to_block(10);
		assert!(!System::events()
			.iter()
			.any(|r| matches!(r.event, RuntimeEvent::ComputeMarket(Event::WorkerSlashed { .. }))));
		assert!(Offences::get().is_empty());
		assert_eq!(Workers::<Test>::get(WORKER).unwrap().status, WorkerStatus::Active);
		// Repeated, it is refused at submission: the worker's sizes start at 48 now.
		assert_noop!(try_submit(ALICE, 1, 5, 20), Error::<Test>::NoWorkerServesSize);
	});
}

#[test]
fn refusals_are_checked_like_receipts() {
	ExtBuilder::default().build_and_execute(|| {
		register(WORKER, 1, 500);
		register(WORKER_2, 2, 200);
		let job = submit(ALICE, 300, FLOOR, 0, 20);
		assert_noop!(refuse(1, job, RefusalReason::Invalid), Error::<Test>::NotAssigned);
		run_to_block(2);
		assert_eq!(assigned_worker(job), Some(WORKER));
		// Another worker's key; a receipt's signature passed off as a refusal.
		assert_noop!(refuse(2, job, RefusalReason::Invalid), Error::<Test>::BadSignature);
		let refusal = Refusal { job, reason: RefusalReason::Invalid };
		let replayed = sign_receipt(&worker_pair(1), &receipt(job, 10));
		assert_noop!(
			ComputeMarket::refuse_job(RuntimeOrigin::none(), refusal.clone(), replayed),
			Error::<Test>::BadSignature
		);
		assert_noop!(
			ComputeMarket::refuse_job(
				RuntimeOrigin::signed(WORKER),
				refusal.clone(),
				sign_refusal(&worker_pair(1), &refusal)
			),
			DispatchError::BadOrigin
		);
		// A size bound that does not exclude the job, or that no job could meet.
		for min_units in [300, 10, 501] {
			assert_noop!(
				refuse(1, job, RefusalReason::TooSmall { min_units }),
				Error::<Test>::BadRefusal
			);
		}
		assert_noop!(refuse(1, JobId(99), RefusalReason::Invalid), Error::<Test>::UnknownJob);
		// A valid refusal is a valid transaction, with the receipt's tag: the pool keeps one.
		let signature = sign_refusal(&worker_pair(1), &refusal);
		let valid = <ComputeMarket as ValidateUnsigned>::validate_unsigned(
			TransactionSource::External,
			&Call::refuse_job { refusal: refusal.clone(), signature: signature.clone() },
		)
		.unwrap();
		let receipt = receipt(job, 10);
		let as_receipt = <ComputeMarket as ValidateUnsigned>::validate_unsigned(
			TransactionSource::External,
			&Call::submit_receipt {
				receipt: receipt.clone(),
				signature: sign_receipt(&worker_pair(1), &receipt),
			},
		)
		.unwrap();
		assert!(as_receipt.provides.contains(&valid.provides[0]));
		// After its deadline, a refusal is too late (the timeout decides).
		System::set_block_number(21);
		assert_noop!(
			ComputeMarket::refuse_job(RuntimeOrigin::none(), refusal, signature),
			Error::<Test>::DeadlinePassed
		);
	});
}

/// A worker cannot refuse its way out of work it dislikes: two refusals, and a tenth of the
/// jobs it was given, in each window of 100 blocks (the mock's); beyond, the job is served or
/// expires and slashes as before.
#[test]
fn refusals_are_bounded_by_the_jobs_given_and_the_window_rolls() {
	ExtBuilder::default().build_and_execute(|| {
		register(WORKER, 1, 500);
		let jobs: Vec<_> = (0..3).map(|_| submit(ALICE, 10, FLOOR, 0, 20)).collect();
		run_to_block(2);
		assert_eq!(Workers::<Test>::get(WORKER).unwrap().refusals.assigned, 3);
		assert_ok!(refuse(1, jobs[0], RefusalReason::Invalid));
		assert_ok!(refuse(1, jobs[1], RefusalReason::Invalid));
		assert_noop!(refuse(1, jobs[2], RefusalReason::Invalid), Error::<Test>::TooManyRefusals);
		let refusal = Refusal { job: jobs[2], reason: RefusalReason::Invalid };
		assert_eq!(
			<ComputeMarket as ValidateUnsigned>::validate_unsigned(
				TransactionSource::External,
				&Call::refuse_job {
					refusal: refusal.clone(),
					signature: sign_refusal(&worker_pair(1), &refusal),
				},
			),
			Err(InvalidTransaction::Custom(6).into())
		);
		// The job it could not refuse expires and costs it, as a missed deadline always did.
		run_to_block(22);
		System::assert_has_event(Event::WorkerSlashed { worker: WORKER, amount: MIN_STAKE }.into());
		// Ten jobs given raise the allowance by one.
		assert_eq!(ComputeMarket::refusal_allowance(10), 3);
		// A new window: refusals are counted afresh.
		run_to_block(103);
		let job = submit(ALICE, 10, FLOOR, 0, 120);
		run_to_block(104);
		assert_ok!(refuse(1, job, RefusalReason::Invalid));
		let book = Workers::<Test>::get(WORKER).unwrap().refusals;
		assert_eq!((book.since, book.assigned, book.refused), (104, 1, 1));
	});
}

#[test]
fn try_state_catches_invalid_sizes_and_refusals_over_the_allowance() {
	ExtBuilder::default().build_and_execute(|| {
		register(WORKER, 1, 500);
		Workers::<Test>::mutate(WORKER, |w| w.as_mut().unwrap().job_sizes = sizes(501, 600));
		assert!(ComputeMarket::do_try_state().is_err());
		Workers::<Test>::mutate(WORKER, |w| w.as_mut().unwrap().job_sizes = JobSizes::ANY);
		Workers::<Test>::mutate(WORKER, |w| w.as_mut().unwrap().refusals.refused = 3);
		assert!(ComputeMarket::do_try_state().is_err());
		Workers::<Test>::mutate(WORKER, |w| w.as_mut().unwrap().refusals.refused = 0);
	});
}

// Reputation: what the market reports, and the tiers it asks.

fn gpu_job(who: AccountId, tip: Balance) -> Result<JobId, sp_runtime::DispatchError> {
	let id = JobId(NextJobId::<Test>::get());
	ComputeMarket::submit_job(
		RuntimeOrigin::signed(who),
		MODEL,
		HardwareClass::DatacenterGpu,
		100,
		FLOOR,
		tip,
		INPUT,
		40,
		Verification::Required,
	)
	.map(|_| id)
}

#[test]
fn settlement_credits_the_worker_and_the_model_owner_and_offences_are_reported() {
	ExtBuilder::default().build_and_execute(|| {
		let job = settled_job();
		// 100 units at the floor: 100 000 of base fee, 15% (15 000) to the licensees.
		assert_eq!(
			Created::get(),
			vec![
				// 10% to the reserve and 5% burnt (15 000) left everyone's control: the owner
				// is counted 15/85 of it, the worker the rest.
				(WORKER, Creation::ComputeDelivered { units: 100, paid: 100_000, spent: 12_353 }),
				(MODEL_OWNER, Creation::LicensingEarned { amount: 15_000, spent: 2_647 }),
			]
		);
		assert!(Offences::get().is_empty());
		// A dismissed dispute charges the worker nothing; an upheld one is an offence.
		assert_ok!(ComputeMarket::dispute_receipt(RuntimeOrigin::signed(ALICE), job));
		assert_ok!(ComputeMarket::resolve_dispute(RuntimeOrigin::root(), job, false));
		assert!(Offences::get().is_empty());
		let second = submit(ALICE, 100, FLOOR, 0, 30);
		run_to_block(3);
		assert_ok!(deliver(1, second, 100));
		assert_ok!(ComputeMarket::dispute_receipt(RuntimeOrigin::signed(ALICE), second));
		assert_ok!(ComputeMarket::resolve_dispute(RuntimeOrigin::root(), second, true));
		assert_eq!(Offences::get(), vec![(WORKER, Offence::DisputeUpheld)]);
	});
}

#[test]
fn a_missed_deadline_is_reported_as_an_offence_and_credits_nothing() {
	ExtBuilder::default().build_and_execute(|| {
		register(WORKER, 1, 500);
		submit(ALICE, 100, FLOOR, 5, 5);
		run_to_block(6);
		assert_eq!(Offences::get(), vec![(WORKER, Offence::MissedDeadline)]);
		assert!(Created::get().is_empty());
	});
}

/// Attack: an account below the high-compute tier (a fresh account, or one of many sybils)
/// queues datacenter GPU jobs. Refused, and nothing is held; other classes stay open to it.
#[test]
fn the_high_compute_class_takes_only_accounts_at_its_tier() {
	ExtBuilder::default().build_and_execute(|| {
		HighComputeTier::set(1);
		AccountTiers::set(vec![(BOB, 1)]);
		let alice = Balances::free_balance(ALICE);
		assert_noop!(
			ComputeMarket::submit_job(
				RuntimeOrigin::signed(ALICE),
				MODEL,
				HardwareClass::DatacenterGpu,
				100,
				FLOOR,
				0,
				INPUT,
				40,
				Verification::Required,
			),
			Error::<Test>::TierTooLow
		);
		assert_eq!(Balances::free_balance(ALICE), alice);
		submit(ALICE, 100, FLOOR, 0, 40);
		assert_ok!(gpu_job(BOB, 0));
		assert_eq!(Pending::<Test>::get().len(), 2);
	});
}

/// Each tier above the high-compute tier is one priority level: a higher tier goes first
/// whatever the tips; the tip orders jobs within a tier; equal tiers and tips keep their order.
/// A higher tier outranks the worst job of a full class; the same tier must outbid it.
#[test]
fn tiers_order_the_high_compute_queue_before_tips() {
	ExtBuilder::default().build_and_execute(|| {
		HighComputeTier::set(1);
		AccountTiers::set(vec![(ALICE, 1), (BOB, 2), (WORKER_2, 3)]);
		let low_rich = gpu_job(ALICE, 1_000).unwrap();
		let mid_poor = gpu_job(BOB, 0).unwrap();
		let mid_rich = gpu_job(BOB, 10).unwrap();
		let mid_poor_later = gpu_job(BOB, 0).unwrap();
		let top = gpu_job(WORKER_2, 0).unwrap();
		let order: Vec<_> = Pending::<Test>::get()
			.iter()
			.map(|e| (e.job, e.priority, e.tip_per_unit))
			.collect();
		assert_eq!(
			order,
			vec![
				(top, 2, 0),
				(mid_rich, 1, 10),
				(mid_poor, 1, 0),
				(mid_poor_later, 1, 0),
				(low_rich, 0, 1_000),
			]
		);

		// Admission follows the queue: a GPU worker with room for one job a block takes the
		// highest tier first.
		assert_ok!(ComputeMarket::register_worker(
			RuntimeOrigin::signed(WORKER),
			MIN_STAKE * 10,
			100,
			HardwareClass::DatacenterGpu,
			JobSizes::ANY,
			worker_key(1),
			key_proof(1, WORKER),
		));
		run_to_block(2);
		assert_eq!(assigned_worker(top), Some(WORKER));
		assert_eq!(assigned_worker(low_rich), None);
	});
}

#[test]
fn in_a_full_queue_a_higher_tier_outranks_and_the_same_tier_must_outbid() {
	ExtBuilder::default().build_and_execute(|| {
		HighComputeTier::set(1);
		AccountTiers::set(vec![(ALICE, 1), (BOB, 1), (WORKER_2, 2)]);
		// Fill the queue (16) with tier-1 GPU jobs at tip 5: 15 from BOB, 1 from ALICE.
		for _ in 0..15 {
			gpu_job(BOB, 5).unwrap();
		}
		gpu_job(ALICE, 5).unwrap();
		assert_eq!(gpu_job(ALICE, 5), Err(Error::<Test>::QueueFull.into()));
		// The same tier at a higher tip gets in; a higher tier at tip 0 too.
		gpu_job(ALICE, 6).unwrap();
		let top = gpu_job(WORKER_2, 0).unwrap();
		let queue = Pending::<Test>::get();
		assert_eq!(queue.len(), 16);
		assert_eq!(queue[0].job, top);
		// The higher tier's job is never the one evicted: the worst is the lowest priority.
		assert_eq!(gpu_job(ALICE, 7).map(|_| ()), Ok(()));
		assert!(Pending::<Test>::get().iter().any(|e| e.job == top));
	});
}

// The off-chain worker.

mod offchain_worker {
	use super::*;
	use codec::Decode;
	use sp_core::offchain::{
		testing::{PendingRequest, TestOffchainExt, TestTransactionPoolExt},
		OffchainDbExt, OffchainWorkerExt, TransactionPoolExt,
	};
	use sp_keystore::{testing::MemoryKeystore, Keystore, KeystoreExt};
	use std::sync::Arc;

	const SEED: &str = "//atel-worker";

	/// A test chain with the off-chain, pool and keystore extensions a node gives its off-chain
	/// worker, and an `atel` key in the keystore: `(ext, offchain state, pool state, key)`.
	macro_rules! worker_node {
		() => {{
			let mut ext = ExtBuilder::default().build();
			let (offchain, offchain_state) = TestOffchainExt::new();
			let (pool, pool_state) = TestTransactionPoolExt::new();
			let keystore = MemoryKeystore::new();
			let public = keystore
				.sr25519_generate_new(atelier_primitives::compute::ATEL_KEY_TYPE, Some(SEED))
				.unwrap();
			ext.register_extension(OffchainDbExt::new(offchain.clone()));
			ext.register_extension(OffchainWorkerExt::new(offchain));
			ext.register_extension(TransactionPoolExt::new(pool));
			ext.register_extension(KeystoreExt(Arc::new(keystore)));
			(ext, offchain_state, pool_state, public)
		}};
	}

	/// Has the test HTTP client expect `job`'s request (of `units`, with `headers` beside the
	/// content type) and answer it with an output hash of `byte`s and `used` units.
	fn expect_job(
		state: &mut sp_core::offchain::testing::OffchainState,
		job: JobId,
		units: u64,
		headers: &[(&str, &str)],
		byte: &str,
		used: u64,
	) {
		let body = offchain::request_body(job, MODEL, HardwareClass::Cpu, &INPUT, units);
		let output = format!("0x{}", byte.repeat(32));
		let mut all = vec![("Content-Type".into(), "application/json".into())];
		all.extend(headers.iter().map(|(k, v)| (k.to_string(), v.to_string())));
		state.expect_request(PendingRequest {
			method: "POST".into(),
			uri: "http://127.0.0.1:7878/v1/jobs".into(),
			body: body.into_bytes(),
			headers: all,
			response: Some(
				format!("{{\"output_hash\":\"{output}\",\"units_used\":{used}}}").into_bytes(),
			),
			sent: true,
			..Default::default()
		});
	}

	/// Registers WORKER with the keystore's `atel` key, proving possession through the keystore.
	fn register_keystore_worker(public: &sp_core::sr25519::Public) {
		assert_ok!(ComputeMarket::register_worker(
			RuntimeOrigin::signed(WORKER),
			MIN_STAKE,
			1_000,
			HardwareClass::Cpu,
			JobSizes::ANY,
			(*public).into(),
			keystore_proof(public, WORKER),
		));
	}

	#[test]
	fn serves_assigned_jobs_and_submits_signed_receipts() {
		let (mut ext, offchain_state, pool_state, public) = worker_node!();

		ext.execute_with(|| {
			register_keystore_worker(&public);
			let job = submit(ALICE, 300, FLOOR, 0, 20);
			run_to_block(2);
			configure(&[WORKER], None);
			expect_job(&mut offchain_state.write(), job, 300, &[], "ab", 123);

			ComputeMarket::offchain_worker(2);

			let tx = pool_state.write().transactions.pop().expect("a batch was submitted");
			assert!(pool_state.read().transactions.is_empty());
			let tx = Extrinsic::decode(&mut &*tx).unwrap();
			let RuntimeCall::ComputeMarket(Call::submit_receipts { receipts, witness, signature }) =
				tx.function
			else {
				panic!("not a batch of receipts: {:?}", tx.function);
			};
			assert_eq!(
				receipts.to_vec(),
				vec![Receipt {
					job,
					output_hash: output_commitment(job, &H256::repeat_byte(0xab)),
					units_used: 123
				}]
			);
			assert_eq!(witness, SettlementWitness { models: 1, licensees: 2 });

			// Until it lands, the node submits the same receipts again (the pool keeps the one
			// it has: same tags, same priority); the service is not asked again.
			ComputeMarket::offchain_worker(2);
			let again = pool_state.write().transactions.pop().expect("the batch again");
			let again = Extrinsic::decode(&mut &*again).unwrap();
			assert!(matches!(
				again.function,
				RuntimeCall::ComputeMarket(Call::submit_receipts { receipts: ref r, .. }) if *r == receipts
			));
			// The chain accepts it, and then the node has nothing more to submit.
			run_to_block(3);
			assert_ok!(ComputeMarket::submit_receipts(
				RuntimeOrigin::none(),
				receipts,
				witness,
				signature
			));
			ComputeMarket::offchain_worker(3);
			assert!(pool_state.read().transactions.is_empty());
			assert_eq!(offchain::attempt_records::<Test>(), vec![(job.0, 2)]);
			// Once no job that old can still be open, its record is pruned.
			ComputeMarket::offchain_worker(2 + 100 + 1);
			assert!(offchain::attempt_records::<Test>().is_empty());
			ComputeMarket::do_try_state().unwrap();
		});
	}

	/// A node whose worker is drawn to check a rival's receipt re-runs the job through its own
	/// service, commits to its answer under a secret salt, reveals it once the round's
	/// commitments are in, and the check passes: the rival is paid, the checker too.
	#[test]
	fn a_drawn_checker_re_runs_the_job_commits_and_reveals() {
		let (mut ext, offchain_state, pool_state, public) = worker_node!();

		ext.execute_with(|| {
			// The rival registers first and takes the job; the node's worker can check it, and a
			// third worker (its list of checks full, so never drawn here) could break a tie.
			register(WORKER_3, 3, 1_000);
			register_keystore_worker(&public);
			register(WORKER_2, 2, 1_000);
			let full: Vec<JobId> = (0..4).map(|i| JobId(1_000 + i)).collect();
			ChecksOf::<Test>::insert(WORKER_2, BoundedVec::truncate_from(full));
			always_check();
			let job = submit(ALICE, 300, FLOOR, 0, 20);
			run_to_block(2);
			assert_eq!(assigned_worker(job), Some(WORKER_3));
			assert_ok!(deliver(3, job, 300));
			run_to_block(4);
			assert_eq!(checker(job), WORKER);
			configure(&[WORKER], None);
			// The service's answer is the receipt's hash (`receipt` uses 0x09…).
			expect_job(&mut offchain_state.write(), job, 300, &[], "09", 300);

			let apply = |tx: Vec<u8>| {
				let tx = Extrinsic::decode(&mut &*tx).unwrap();
				let RuntimeCall::ComputeMarket(call) = tx.function else { panic!("not ours") };
				assert_ok!(ComputeMarket::validate_unsigned(TransactionSource::External, &call));
				use frame_support::traits::UnfilteredDispatchable;
				assert_ok!(call.dispatch_bypass_filter(RuntimeOrigin::none()));
			};
			ComputeMarket::offchain_worker(4);
			let commit = pool_state.write().transactions.pop().expect("a commitment");
			// Nothing reveals the answer yet: the commitment hides it.
			let decoded = Extrinsic::decode(&mut &*commit.clone()).unwrap();
			assert!(matches!(
				decoded.function,
				RuntimeCall::ComputeMarket(Call::commit_check { job: j, .. }) if j == job
			));
			run_to_block(5);
			apply(commit);
			assert_eq!(Checks::<Test>::get(job).unwrap().stage, CheckStage::Reveal);

			// The next run reveals what it committed to, without asking the service again.
			let worker = Balances::free_balance(WORKER_3);
			ComputeMarket::offchain_worker(5);
			let reveal = pool_state.write().transactions.pop().expect("a reveal");
			apply(reveal);
			assert!(!Checks::<Test>::contains_key(job));
			assert_eq!(Balances::free_balance(WORKER_3), worker + 300 * FLOOR * 70 / 100);
			assert_eq!(CheckRecords::<Test>::get(WORKER_3).passed, 1);
			ComputeMarket::do_try_state().unwrap();
		});
	}

	/// An answer the node holds for another job of the same id (a reorg replaced the job) or
	/// with units outside the job's is never signed: the job is asked again, and the fresh
	/// answer replaces the stale one.
	#[test]
	fn a_stale_answer_is_not_signed_and_the_job_is_asked_again() {
		let (mut ext, offchain_state, pool_state, public) = worker_node!();

		ext.execute_with(|| {
			use codec::Encode;
			register_keystore_worker(&public);
			let job = submit(ALICE, 300, FLOOR, 0, 20);
			run_to_block(2);
			configure(&[WORKER], None);
			let stale: Vec<(u64, H256, H256, u64)> =
				vec![(job.0, H256::repeat_byte(0xee), H256::repeat_byte(0x11), 100)];
			sp_io::offchain::local_storage_set(
				sp_core::offchain::StorageKind::PERSISTENT,
				offchain::ANSWERS_KEY,
				&stale.encode(),
			);
			expect_job(&mut offchain_state.write(), job, 300, &[], "ab", 123);

			ComputeMarket::offchain_worker(2);

			let tx = pool_state.write().transactions.pop().expect("a batch was submitted");
			let tx = Extrinsic::decode(&mut &*tx).unwrap();
			let RuntimeCall::ComputeMarket(Call::submit_receipts { receipts, .. }) = tx.function
			else {
				panic!("not a batch of receipts: {:?}", tx.function);
			};
			assert_eq!(
				receipts.to_vec(),
				vec![Receipt {
					job,
					output_hash: output_commitment(job, &H256::repeat_byte(0xab)),
					units_used: 123
				}]
			);
		});
	}

	/// Sets the endpoint, the served accounts and the token as the node's flags do.
	fn configure(accounts: &[AccountId], token: Option<&str>) {
		use codec::Encode;
		let set = |key: &[u8], value: &[u8]| {
			sp_io::offchain::local_storage_set(
				sp_core::offchain::StorageKind::PERSISTENT,
				key,
				value,
			)
		};
		set(offchain::ENDPOINT_KEY, b"http://127.0.0.1:7878/");
		set(offchain::ACCOUNTS_KEY, &accounts.to_vec().encode());
		if let Some(token) = token {
			set(offchain::TOKEN_KEY, token.as_bytes());
		}
	}

	/// The service answers 422 for a job below its smallest design: the node refuses the job on
	/// chain with the service's bound, signed by the key, and the chain accepts it. (The test
	/// HTTP client always answers 200, so the answer is handed over directly.)
	#[test]
	fn a_job_the_service_rejects_is_refused_on_chain_with_its_bound() {
		let (mut ext, _, pool_state, public) = worker_node!();

		ext.execute_with(|| {
			register_keystore_worker(&public);
			let job = submit(ALICE, 1, FLOOR, 0, 20);
			run_to_block(2);
			let info = Jobs::<Test>::get(job).unwrap();
			let body = br#"{"error":"max_units 1 is below the smallest design (48 units)","reason":"too_small","min_units":48}"#;
			let genesis = ComputeMarket::genesis_hash();
			assert_eq!(
				offchain::handle_answer::<Test>(job, &info, &public.into(), 422, body, &genesis),
				Ok(offchain::Served::Refused(RefusalReason::TooSmall { min_units: 48 }))
			);
			let tx = pool_state.write().transactions.pop().expect("a refusal was submitted");
			let tx = Extrinsic::decode(&mut &*tx).unwrap();
			let RuntimeCall::ComputeMarket(Call::refuse_job { refusal, signature }) = tx.function
			else {
				panic!("not a refusal: {:?}", tx.function);
			};
			assert_ok!(ComputeMarket::refuse_job(RuntimeOrigin::none(), refusal, signature));
			assert_eq!(Workers::<Test>::get(WORKER).unwrap().job_sizes.min_units, 48);
			// Any other answer is an error to log; the job is tried again later.
			assert!(offchain::handle_answer::<Test>(job, &info, &public.into(), 500, b"", &genesis)
				.is_err());
		});
	}

	#[test]
	fn only_a_bound_that_excludes_the_job_is_a_size_refusal() {
		let parse = offchain::parse_refusal;
		assert_eq!(
			parse(br#"{"reason":"too_small","min_units":48}"#, 1),
			RefusalReason::TooSmall { min_units: 48 }
		);
		for body in [
			&br#"{"reason":"too_small","min_units":48}"#[..],
			br#"{"reason":"too_large","min_units":100}"#,
			br#"{"error":"bad input"}"#,
			b"not json",
		] {
			assert_eq!(parse(body, 48), RefusalReason::Invalid, "{:?}", core::str::from_utf8(body));
		}
	}

	/// A node with the key of a worker it is not configured to serve (a squatter registered
	/// it, or the operator did not name the account) sends nothing and signs nothing.
	#[test]
	fn serves_only_the_configured_worker_accounts() {
		let (mut ext, _, pool_state, public) = worker_node!();

		ext.execute_with(|| {
			register_keystore_worker(&public);
			submit(ALICE, 300, FLOOR, 0, 20);
			run_to_block(2);
			// Configured for another account only: no request (the test client would panic
			// on an unexpected one), no receipt.
			configure(&[WORKER_2], None);
			ComputeMarket::offchain_worker(2);
			assert!(pool_state.read().transactions.is_empty());
			assert!(offchain::attempt_records::<Test>().is_empty());
		});
	}

	/// Jobs are sent together and answered within one deadline (not one after another), each
	/// with the bearer token; both receipts are submitted.
	#[test]
	fn serves_a_workers_jobs_together_with_the_bearer_token() {
		let (mut ext, offchain_state, pool_state, public) = worker_node!();

		ext.execute_with(|| {
			register_keystore_worker(&public);
			let jobs = [submit(ALICE, 300, FLOOR, 0, 20), submit(ALICE, 200, FLOOR, 0, 20)];
			run_to_block(2);
			configure(&[WORKER], Some("s3cret"));
			for (job, units) in jobs.iter().zip([300, 200]) {
				let bearer = [("Authorization", "Bearer s3cret")];
				expect_job(&mut offchain_state.write(), *job, units, &bearer, "cd", 50);
			}
			ComputeMarket::offchain_worker(2);
			// One batch carries both receipts.
			let tx = pool_state.write().transactions.pop().expect("a batch was submitted");
			assert!(pool_state.read().transactions.is_empty());
			let tx = Extrinsic::decode(&mut &*tx).unwrap();
			let RuntimeCall::ComputeMarket(Call::submit_receipts { receipts, .. }) = tx.function
			else {
				panic!("not a batch of receipts: {:?}", tx.function);
			};
			assert_eq!(receipts.iter().map(|r| r.job).collect::<Vec<_>>(), jobs.to_vec());
		});
	}

	#[test]
	fn an_oversized_answer_is_refused() {
		let limit = offchain::MAX_RESPONSE_BYTES;
		assert!(offchain::read_bounded(core::iter::repeat_n(b' ', limit)).is_ok());
		assert!(offchain::read_bounded(core::iter::repeat_n(b' ', limit + 1)).is_err());
		// The reader stops at the limit: an endless answer is not read to its end.
		assert!(offchain::read_bounded(core::iter::repeat(b'x')).is_err());
	}

	#[test]
	fn parses_the_service_answer_strictly() {
		assert!(offchain::parse_response(b"{\"output_hash\":\"0x00\",\"units_used\":1}").is_err());
		assert!(offchain::parse_response(b"not json").is_err());
		let hash = format!("{{\"output_hash\":\"{}\",\"units_used\":9}}", "11".repeat(32));
		assert_eq!(
			offchain::parse_response(hash.as_bytes()).unwrap(),
			(H256::repeat_byte(0x11), 9)
		);
	}
}

// Genesis.

#[test]
fn genesis_registers_workers_and_assigns_jobs_in_order() {
	let genesis = crate::GenesisConfig::<Test> {
		workers: vec![
			(WORKER, MIN_STAKE, 1_000, HardwareClass::Cpu, worker_key(1)),
			(WORKER_2, MIN_STAKE, 1_000, HardwareClass::Cpu, worker_key(2)),
		],
		assigned_jobs: (0..5).map(|_| (ALICE, MODEL, HardwareClass::Cpu, 100, 0, 0, 20)).collect(),
	};
	ExtBuilder::default().with_genesis(genesis).build_and_execute(|| {
		// Four jobs a worker at most: the fifth goes to the second worker.
		assert_eq!(assigned_worker(JobId(3)), Some(WORKER));
		assert_eq!(assigned_worker(JobId(4)), Some(WORKER_2));
		assert_eq!(held(HoldReason::JobEscrow, ALICE), 5 * 100 * FLOOR);
		assert_eq!(held(HoldReason::WorkerStake, WORKER_2), MIN_STAKE);
		assert_ok!(deliver(2, JobId(4), 100));
		assert_noop!(deliver(2, JobId(0), 100), Error::<Test>::BadSignature);
	});
}

// Quotes.

#[test]
fn quotes_price_the_next_block_and_outbid_a_full_queue() {
	ExtBuilder::default().build_and_execute(|| {
		let quote = ComputeMarket::quote(MODEL, HardwareClass::Cpu, 100);
		assert!(quote.model_available);
		assert_eq!(quote.base_fee_per_unit, FLOOR);
		// Nothing admitted this block: the next block stays at the floor.
		assert_eq!(quote.next_base_fee_per_unit, FLOOR);
		assert_eq!(quote.suggested_tip_per_unit, 0);
		assert_eq!(quote.estimated_cost, 100 * FLOOR);
		assert_eq!(quote.suggested_max_base_fee_per_unit, FLOOR * 81 / 64 + 1);
		assert!(!ComputeMarket::quote(UNCLEARED_MODEL, HardwareClass::Cpu, 1).model_available);

		// 900 units bid 5 a unit; a 200-unit job must outbid them to be in the next block.
		submit(ALICE, 900, 2 * FLOOR, 5, 50);
		let quote = ComputeMarket::quote(MODEL, HardwareClass::Cpu, 200);
		assert_eq!(quote.suggested_tip_per_unit, 6);
		assert_eq!(quote.estimated_cost, 200 * (FLOOR + 6));
		// A 100-unit job fits beside them.
		assert_eq!(ComputeMarket::quote(MODEL, HardwareClass::Cpu, 100).suggested_tip_per_unit, 0);

		UnitsAdmitted::<Test>::insert(HardwareClass::Cpu, LIMIT);
		let quote = ComputeMarket::quote(MODEL, HardwareClass::Cpu, 1);
		assert_eq!(quote.next_base_fee_per_unit, FLOOR + FLOOR / 8);
	});
}

// The base fee's path under a recorded demand spike (docs/pallets/compute-market.md, Figures).

/// Ten idle blocks; forty blocks in which three 400-unit jobs arrive each block, willing to pay
/// up to 6×, 3× and 1.5× the floor (tips 3, 2, 1) and waiting at most four blocks; then idle
/// again. The fee climbs 12.5% a block while more than the target is admitted, settles where
/// admitted demand meets the target (the 1.5× jobs priced out, the 3× jobs in and out), and
/// decays back to the floor. With `ATELIER_FIGURES_DIR` set, the path is written there as
/// `base-fee-spike.csv` (scripts/plot-base-fee.py draws it).
#[test]
fn base_fee_path_under_a_demand_spike() {
	ExtBuilder::default().build_and_execute(|| {
		register(WORKER, 1, 10_000);
		register(WORKER_2, 2, 10_000);
		let seed_of = |worker| if worker == WORKER { 1 } else { 2 };
		let mut rows = vec![];
		let mut expired = 0;
		for block in 2..=80u64 {
			if (10..50).contains(&block) {
				for (max_fee, tip) in [(6 * FLOOR, 3), (3 * FLOOR, 2), (3 * FLOOR / 2, 1)] {
					submit(ALICE, 400, max_fee, tip, block + 4);
				}
			}
			let before = System::events().len();
			run_to_block(block);
			expired += System::events()[before..]
				.iter()
				.filter(|r| {
					matches!(r.event, RuntimeEvent::ComputeMarket(Event::JobExpired { .. }))
				})
				.count();
			let fee = BaseFee::<Test>::get(HardwareClass::Cpu);
			let admitted = UnitsAdmitted::<Test>::get(HardwareClass::Cpu);
			rows.push((block, fee, admitted, Pending::<Test>::get().len()));
			let assigned: Vec<_> = Jobs::<Test>::iter()
				.filter_map(|(id, job)| match job.status {
					JobStatus::Assigned { worker, .. } => Some((id, worker, job.max_units)),
					_ => None,
				})
				.collect();
			for (id, worker, units) in assigned {
				assert_ok!(deliver(seed_of(worker), id, units));
			}
		}
		for pair in rows.windows(2) {
			let (a, b) = (pair[0].1, pair[1].1);
			assert!(b * 8 <= a * 9 && b * 8 >= a * 7, "{a} -> {b}: more than 12.5% in a block");
		}
		let peak = rows.iter().map(|r| r.1).max().unwrap();
		assert!(peak > 3 * FLOOR && peak < 4 * FLOOR, "the fee settles near 3× the floor: {peak}");
		assert!(expired > 0, "priced-out jobs wait, then expire with a refund");
		assert_eq!(rows.last().unwrap().1, FLOOR, "back at the floor");

		if let Ok(dir) = std::env::var("ATELIER_FIGURES_DIR") {
			let mut csv = String::from("block,base_fee_over_floor,units_admitted,jobs_pending\n");
			for (block, fee, admitted, pending) in &rows {
				let ratio = *fee as f64 / FLOOR as f64;
				csv.push_str(&format!("{block},{ratio:.4},{admitted},{pending}\n"));
			}
			std::fs::write(std::path::Path::new(&dir).join("base-fee-spike.csv"), csv).unwrap();
		}
	});
}

// Every error and every event, each triggered or asserted at least once.

#[test]
fn resuming_an_active_worker_fails_and_resuming_a_paused_one_is_announced() {
	ExtBuilder::default().build_and_execute(|| {
		register(WORKER, 1, 10);
		assert_noop!(
			ComputeMarket::resume_worker(RuntimeOrigin::signed(WORKER)),
			Error::<Test>::AlreadyActive
		);
		assert_ok!(ComputeMarket::pause_worker(RuntimeOrigin::signed(WORKER)));
		assert_ok!(ComputeMarket::resume_worker(RuntimeOrigin::signed(WORKER)));
		System::assert_last_event(Event::WorkerResumed { worker: WORKER }.into());
		assert_eq!(ActiveWorkers::<Test>::get(HardwareClass::Cpu).to_vec(), vec![WORKER]);
	});
}

#[test]
fn updating_leaving_and_withdrawing_are_announced_with_their_amounts() {
	ExtBuilder::default().build_and_execute(|| {
		register(WORKER, 1, 10);
		assert_ok!(ComputeMarket::update_worker(RuntimeOrigin::signed(WORKER), Some(20), None, 5));
		System::assert_last_event(
			Event::WorkerUpdated { worker: WORKER, stake: MIN_STAKE * 10 + 5, capacity: 20 }.into(),
		);
		assert_ok!(ComputeMarket::leave(RuntimeOrigin::signed(WORKER)));
		// Left in block 1; the mock's unbonding period is 20 blocks.
		System::assert_last_event(Event::WorkerLeaving { worker: WORKER, unbonds_at: 21 }.into());
		run_to_block(21);
		assert_ok!(ComputeMarket::withdraw_stake(RuntimeOrigin::signed(WORKER)));
		System::assert_last_event(
			Event::WorkerLeft { worker: WORKER, stake: MIN_STAKE * 10 + 5 }.into(),
		);
	});
}

#[test]
fn a_submitted_job_is_announced_with_the_escrow_actually_held() {
	ExtBuilder::default().build_and_execute(|| {
		let job = submit(ALICE, 100, 5_000, 30, 50);
		let escrow = 100 * (5_000 + 30) + LAPSE_FEE;
		assert_eq!(held(HoldReason::JobEscrow, ALICE), escrow);
		System::assert_last_event(
			Event::JobSubmitted {
				job,
				requester: ALICE,
				model: MODEL,
				class: HardwareClass::Cpu,
				max_units: 100,
				escrow,
				verification: Verification::Required,
			}
			.into(),
		);
	});
}

#[test]
fn a_base_fee_change_is_announced_and_an_unchanged_fee_is_not() {
	ExtBuilder::default().build_and_execute(|| {
		register(WORKER, 1, 10_000);
		// A full block in block 2 raises the fee for block 3.
		submit(ALICE, LIMIT, 2 * FLOOR, 0, 50);
		run_to_block(2);
		assert_eq!(BaseFee::<Test>::get(HardwareClass::Cpu), FLOOR);
		run_to_block(3);
		let raised = ComputeMarket::next_base_fee(FLOOR, LIMIT);
		assert!(raised > FLOOR);
		assert_eq!(BaseFee::<Test>::get(HardwareClass::Cpu), raised);
		System::assert_has_event(
			Event::BaseFeeUpdated { class: HardwareClass::Cpu, base_fee_per_unit: raised }.into(),
		);
		// The other classes stayed at the floor and said nothing.
		assert!(!System::events().iter().any(|record| matches!(
			&record.event,
			RuntimeEvent::ComputeMarket(Event::BaseFeeUpdated { class, .. })
				if *class != HardwareClass::Cpu
		)));
	});
}

#[test]
fn a_dispute_is_announced_with_its_deposit_and_only_disputes_can_be_resolved() {
	ExtBuilder::default().build_and_execute(|| {
		let job = settled_job();
		assert_noop!(
			ComputeMarket::resolve_dispute(RuntimeOrigin::root(), job, true),
			Error::<Test>::NotDisputed
		);
		assert_ok!(ComputeMarket::dispute_receipt(RuntimeOrigin::signed(ALICE), job));
		System::assert_last_event(Event::ReceiptDisputed { job, deposit: 500 }.into());
	});
}

#[test]
fn a_receipt_still_on_record_after_its_challenge_period_cannot_be_disputed() {
	ExtBuilder::default().build_and_execute(|| {
		let job = settled_job();
		// Settled in block 2, with a challenge period of 10 blocks. In block 13, before the
		// block's hook forgets the record (or when a busy block defers it), the record is
		// still there but the period is over.
		System::set_block_number(13);
		assert!(Jobs::<Test>::get(job).is_some());
		assert_noop!(
			ComputeMarket::dispute_receipt(RuntimeOrigin::signed(ALICE), job),
			Error::<Test>::ChallengePeriodOver
		);
	});
}

#[test]
fn provenance_gets_a_receipt_only_for_a_settled_job() {
	use atelier_primitives::provenance::ComputeReceipts;
	ExtBuilder::default().build_and_execute(|| {
		register(WORKER, 1, 1_000);
		let job = submit(ALICE, 100, FLOOR, 0, 20);
		assert!(ComputeMarket::settled_receipt(&job).is_none(), "pending");
		run_to_block(2);
		assert!(ComputeMarket::settled_receipt(&job).is_none(), "assigned");
		assert_ok!(deliver(1, job, 100));
		let receipt = ComputeMarket::settled_receipt(&job).expect("settled");
		assert_eq!(
			(receipt.requester, receipt.model, receipt.output_hash),
			(ALICE, MODEL, output_commitment(job, &OUTPUT))
		);
		assert_ok!(ComputeMarket::dispute_receipt(RuntimeOrigin::signed(ALICE), job));
		assert!(ComputeMarket::settled_receipt(&job).is_none(), "disputed");
		assert!(ComputeMarket::settled_receipt(&JobId(99)).is_none(), "unknown");
	});
}

// Each invariant can fail: corrupt the storage it guards and `do_try_state` reports it.

/// Runs `setup`, checks the invariants hold, applies `corrupt`, and expects `message`.
fn invariant_catches(setup: impl FnOnce(), corrupt: impl FnOnce(), message: &'static str) {
	ExtBuilder::default().build().execute_with(|| {
		setup();
		assert_ok!(ComputeMarket::do_try_state());
		corrupt();
		assert_eq!(ComputeMarket::do_try_state(), Err(DispatchError::Other(message)));
	});
}

#[test]
fn try_state_catches_escrow_that_is_not_held() {
	invariant_catches(
		|| {
			submit(ALICE, 100, FLOOR, 0, 50);
		},
		|| Jobs::<Test>::mutate(JobId(0), |job| job.as_mut().unwrap().escrow += 1),
		"escrow held differs from open escrows",
	);
}

#[test]
fn try_state_catches_a_stake_that_is_not_held() {
	invariant_catches(
		|| register(WORKER, 1, 10),
		|| Workers::<Test>::mutate(WORKER, |w| w.as_mut().unwrap().stake += 1),
		"a worker's stake differs from its hold",
	);
}

#[test]
fn try_state_catches_a_pending_job_missing_from_the_queue() {
	invariant_catches(
		|| {
			submit(ALICE, 100, FLOOR, 0, 50);
		},
		Pending::<Test>::kill,
		"a pending job is missing from the queue",
	);
}

#[test]
fn try_state_catches_a_worker_load_that_differs_from_its_jobs() {
	invariant_catches(
		|| {
			register(WORKER, 1, 1_000);
			submit(ALICE, 100, FLOOR, 0, 50);
			run_to_block(2);
		},
		|| Workers::<Test>::mutate(WORKER, |w| w.as_mut().unwrap().load += 1),
		"a worker's load differs from its jobs",
	);
}

#[test]
fn try_state_catches_a_paused_worker_still_listed() {
	invariant_catches(
		|| register(WORKER, 1, 10),
		|| Workers::<Test>::mutate(WORKER, |w| w.as_mut().unwrap().status = WorkerStatus::Paused),
		"a listed worker is not active",
	);
}

#[test]
fn try_state_catches_a_base_fee_out_of_bounds() {
	invariant_catches(
		|| {},
		|| BaseFee::<Test>::insert(HardwareClass::DatacenterGpu, FLOOR - 1),
		"a base fee is out of bounds",
	);
}

// Properties of the base fee rule, over every base fee and load.

proptest::proptest! {
	#[test]
	fn the_next_base_fee_stays_in_bounds_moves_by_an_eighth_and_rises_with_load(
		base in FLOOR..=CEILING,
		used in 0..=LIMIT,
		more in 0..=LIMIT,
	) {
		use proptest::prelude::*;
		ExtBuilder::default().build().execute_with(|| {
			let target = LIMIT / 2;
			let next = ComputeMarket::next_base_fee(base, used);
			// Bounds: never below the floor, never above the ceiling.
			prop_assert!((FLOOR..=CEILING).contains(&next));
			// At most an eighth either way (at least one unit up above target).
			prop_assert!(next <= base + (base / 8).max(1));
			prop_assert!(next >= (base - base / 8).max(FLOOR));
			// The direction follows the load: up above target (unless at the ceiling), down
			// below it (unless at the floor), unchanged at it.
			match used.cmp(&target) {
				core::cmp::Ordering::Greater => prop_assert!(next > base || next == CEILING),
				core::cmp::Ordering::Less => {
					prop_assert!(next <= base);
					prop_assert!(next < base || next == FLOOR || base < 8);
				},
				core::cmp::Ordering::Equal => prop_assert_eq!(next, base),
			}
			// Monotone in load: more admitted units never give a lower fee.
			let (low, high) = (used.min(more), used.max(more));
			prop_assert!(
				ComputeMarket::next_base_fee(base, low) <= ComputeMarket::next_base_fee(base, high)
			);
			Ok(())
		})?;
	}
}

#[test]
fn try_state_catches_a_queue_out_of_priority_order_or_a_priority_outside_the_gpu_class() {
	invariant_catches(
		|| {
			submit(ALICE, 100, FLOOR, 5, 50);
			submit(ALICE, 100, FLOOR, 1, 50);
		},
		|| Pending::<Test>::mutate(|q| q[1].priority = 1),
		"the queue is out of priority and tip order",
	);
	invariant_catches(
		|| {
			submit(ALICE, 100, FLOOR, 5, 50);
		},
		|| Pending::<Test>::mutate(|q| q[0].priority = 1),
		"a job outside the high-compute class has a priority",
	);
}

// Batches of receipts.

/// WORKER's batch of receipts for `jobs` (`(job, units)`, in the order given), signed by
/// `seed`'s key, with the witness the chain measures for it.
fn batch(seed: u8, jobs: &[(JobId, u64)]) -> Call<Test> {
	let receipts: Vec<Receipt> = jobs.iter().map(|(job, units)| receipt(*job, *units)).collect();
	let signature = sign_receipts(&worker_pair(seed), &receipts);
	Call::submit_receipts {
		receipts: BoundedVec::truncate_from(receipts),
		witness: SettlementWitness { models: 1, licensees: 2 },
		signature,
	}
}

fn dispatch_batch(call: Call<Test>) -> frame_support::dispatch::DispatchResultWithPostInfo {
	let Call::submit_receipts { receipts, witness, signature } = call else {
		panic!("not a batch")
	};
	ComputeMarket::submit_receipts(RuntimeOrigin::none(), receipts, witness, signature)
}

fn validate(
	call: &Call<Test>,
) -> Result<sp_runtime::transaction_validity::ValidTransaction, TransactionValidityError> {
	<ComputeMarket as ValidateUnsigned>::validate_unsigned(TransactionSource::External, call)
}

/// Three jobs of three requesters for one model settle in one batch: each job as a single
/// receipt would (its escrow, its state, its event), and the payments once a batch: the worker
/// once, each licensee once, the reserve once, one burn; one report for the worker and one for
/// the model's owner, of the sums.
#[test]
fn a_batch_settles_its_jobs_and_pays_each_recipient_once() {
	ExtBuilder::default().build_and_execute(|| {
		register(WORKER, 1, 1_000);
		let jobs = [
			submit(ALICE, 100, FLOOR, 3, 20),
			submit(BOB, 200, FLOOR, 0, 20),
			submit(CHARLIE, 300, FLOOR, 0, 20),
		];
		run_to_block(2);
		let (worker, reserve, issuance) = (
			Balances::free_balance(WORKER),
			Balances::free_balance(RESERVE),
			Balances::total_issuance(),
		);
		let (a, b) = (Balances::free_balance(LICENSEE_A), Balances::free_balance(LICENSEE_B));
		Created::take();
		System::reset_events();

		let call = batch(1, &[(jobs[0], 100), (jobs[1], 150), (jobs[2], 300)]);
		let valid = validate(&call).expect("a valid batch");
		// Its worker's tag and its three jobs'; a larger batch outranks a smaller.
		assert_eq!(valid.provides.len(), 4);
		assert_eq!(valid.priority, (1 << 20) + 3);
		let info = dispatch_batch(call).expect("the batch settles");
		assert_eq!(info.actual_weight, Some(<() as WeightInfo>::submit_receipts(3, 1 + 2)));

		// 550 units at the floor (the second job pays for the 150 it used, above half its 200),
		// and the first job's tip of 3 a unit.
		let base = 550 * FLOOR;
		let tips = 100 * 3;
		let licensing = base * 15 / 100;
		assert_eq!(Balances::free_balance(WORKER) - worker, base * 70 / 100 + tips);
		assert_eq!(Balances::free_balance(LICENSEE_A) - a, licensing * 60 / 100);
		assert_eq!(Balances::free_balance(LICENSEE_B) - b, licensing * 40 / 100);
		assert_eq!(Balances::free_balance(RESERVE) - reserve, base * 10 / 100);
		assert_eq!(issuance - Balances::total_issuance(), base * 5 / 100);
		for (job, who) in jobs.iter().zip([ALICE, BOB, CHARLIE]) {
			assert_eq!(held(HoldReason::JobEscrow, who), 0);
			assert!(matches!(Jobs::<Test>::get(job).unwrap().status, JobStatus::Settled { .. }));
		}
		// One payment each: the worker, two licensees, the reserve (and one burn).
		let paid_from_pot = System::events()
			.iter()
			.filter(|e| {
				matches!(&e.event, RuntimeEvent::Balances(pallet_balances::Event::TransferOnHold {
					source, ..
				}) if *source == ComputeMarket::settlement_account())
			})
			.count();
		assert_eq!(paid_from_pot, 4);
		let settled = System::events()
			.iter()
			.filter(|e| matches!(e.event, RuntimeEvent::ComputeMarket(Event::JobSettled { .. })))
			.count();
		assert_eq!(settled, 3);
		// One report each for the worker and the model's owner, of the sums.
		let created = Created::take();
		assert_eq!(created.len(), 2);
		assert!(matches!(
			created[0],
			(WORKER, Creation::ComputeDelivered { units: 550, paid, .. }) if paid == base
		));
		assert!(matches!(
			created[1],
			(MODEL_OWNER, Creation::LicensingEarned { amount, .. }) if amount == licensing
		));
		assert_eq!(Workers::<Test>::get(WORKER).unwrap().open_jobs, 0);
	});
}

/// A batch may carry only its signer's jobs: one of another worker's jobs refuses it whole.
#[test]
fn a_batch_with_another_workers_job_is_refused_whole() {
	ExtBuilder::default().build_and_execute(|| {
		register(WORKER, 1, 300);
		register(WORKER_2, 2, 300);
		let mine = submit(ALICE, 300, FLOOR, 0, 20);
		let theirs = submit(BOB, 300, FLOOR, 0, 20);
		run_to_block(2);
		assert_eq!(assigned_worker(mine), Some(WORKER));
		assert_eq!(assigned_worker(theirs), Some(WORKER_2));
		let call = batch(1, &[(mine, 300), (theirs, 300)]);
		assert_eq!(validate(&call), Err(InvalidTransaction::Custom(8).into()));
		assert_noop!(dispatch_batch(call), Error::<Test>::NotTheWorkersJob);
		// Nor does a worker's key sign for another's jobs.
		let call = batch(2, &[(mine, 300)]);
		assert_noop!(dispatch_batch(call), Error::<Test>::BadSignature);
	});
}

/// A batch that repeats a settled job (a replay of an old receipt with new ones, or a job
/// named twice) is refused whole by the pool and the block author, so it never costs a block;
/// the worker's other jobs settle in its next batch.
#[test]
fn a_batch_repeating_a_settled_job_is_refused_before_it_costs_the_block() {
	ExtBuilder::default().build_and_execute(|| {
		register(WORKER, 1, 1_000);
		let first = submit(ALICE, 100, FLOOR, 0, 20);
		let second = submit(BOB, 100, FLOOR, 0, 20);
		run_to_block(2);
		assert_ok!(deliver(1, first, 100));
		run_to_block(3);
		let replay = batch(1, &[(first, 100), (second, 100)]);
		assert_eq!(validate(&replay), Err(InvalidTransaction::Custom(4).into()));
		assert_eq!(
			<ComputeMarket as ValidateUnsigned>::pre_dispatch(&replay),
			Err(InvalidTransaction::Custom(4).into())
		);
		assert_noop!(dispatch_batch(replay), Error::<Test>::NotAssigned);
		// Named twice, or out of order: refused by name.
		for jobs in [[(second, 100), (second, 100)], [(second, 100), (first, 100)]] {
			let call = batch(1, &jobs);
			assert_eq!(validate(&call), Err(InvalidTransaction::Custom(11).into()));
			assert_noop!(dispatch_batch(call), Error::<Test>::ReceiptsOutOfOrder);
		}
		assert_ok!(dispatch_batch(batch(1, &[(second, 100)])));
	});
}

/// One settlement a worker a block: a worker that splits its receipts into many transactions,
/// to spend the chain's weight per job rather than per batch, gets one of them into a block;
/// the rest are refused before they cost it.
#[test]
fn a_worker_settles_once_a_block() {
	ExtBuilder::default().build_and_execute(|| {
		register(WORKER, 1, 1_000);
		let jobs = [submit(ALICE, 100, FLOOR, 0, 20), submit(BOB, 100, FLOOR, 0, 20)];
		run_to_block(2);
		assert_ok!(dispatch_batch(batch(1, &[(jobs[0], 100)])));
		let split = batch(1, &[(jobs[1], 100)]);
		assert_eq!(validate(&split), Err(InvalidTransaction::Custom(9).into()));
		assert_noop!(dispatch_batch(split.clone()), Error::<Test>::AlreadySettledThisBlock);
		assert_noop!(deliver(1, jobs[1], 100), Error::<Test>::AlreadySettledThisBlock);
		run_to_block(3);
		assert_ok!(dispatch_batch(split));
	});
}

/// The weight is charged by the witness before the batch runs, so the witness must be exactly
/// what the batch pays: one below would under-charge the block, and one above (which anyone
/// relaying the batch could set, the signature not covering it) would let a stranger inflate a
/// worker's batch until no block takes it. A batch holds at most a worker's own jobs, so padding
/// cannot make it larger than that.
#[test]
fn a_batch_is_weighed_by_its_exact_witness() {
	ExtBuilder::default().build_and_execute(|| {
		register(WORKER, 1, 1_000);
		let job = submit(ALICE, 100, FLOOR, 0, 20);
		run_to_block(2);
		let receipts = vec![receipt(job, 100)];
		let signature = sign_receipts(&worker_pair(1), &receipts);
		let with = |witness| Call::submit_receipts {
			receipts: BoundedVec::truncate_from(receipts.clone()),
			witness,
			signature: signature.clone(),
		};
		for wrong in [
			SettlementWitness { models: 1, licensees: 1 },
			SettlementWitness { models: 4, licensees: 16 },
			SettlementWitness { models: 0, licensees: 2 },
		] {
			assert_eq!(validate(&with(wrong)), Err(InvalidTransaction::Custom(10).into()));
			assert_noop!(dispatch_batch(with(wrong)), Error::<Test>::BadWitness);
		}
		let exact = SettlementWitness { models: 1, licensees: 2 };
		use frame_support::dispatch::GetDispatchInfo;
		assert_eq!(
			with(exact).get_dispatch_info().call_weight,
			ComputeMarket::settlement_weight(1, exact)
		);
		let info = dispatch_batch(with(exact)).expect("settles");
		// Refunded the reports' unused weight (the mock's reports cost nothing).
		assert_eq!(info.actual_weight, Some(<() as WeightInfo>::submit_receipts(1, 3)));
		// More receipts than a worker can hold do not decode.
		let bound = <<Test as Config>::MaxJobsPerWorker as sp_core::Get<u32>>::get() as usize;
		let too_many = vec![receipt(job, 1); bound + 1];
		let encoded = codec::Encode::encode(&too_many);
		assert!(
			<BoundedVec<Receipt, <Test as Config>::MaxJobsPerWorker> as codec::Decode>::decode(
				&mut &encoded[..]
			)
			.is_err()
		);
	});
}

/// Settled jobs are forgotten after their challenge period in the weight blocks leave, oldest
/// first, and what one block cannot take waits for the next.
#[test]
fn settled_jobs_close_in_idle_weight_oldest_first() {
	ExtBuilder::default().build_and_execute(|| {
		register(WORKER, 1, 1_000);
		let jobs = [
			submit(ALICE, 100, FLOOR, 0, 20),
			submit(BOB, 100, FLOOR, 0, 20),
			submit(CHARLIE, 100, FLOOR, 0, 20),
		];
		run_to_block(2);
		assert_ok!(dispatch_batch(batch(1, &[(jobs[0], 100), (jobs[1], 100), (jobs[2], 100)])));
		// Settled at 2: filed to close at 13.
		assert_eq!(Closings::<Test>::get(13).to_vec(), jobs.to_vec());
		assert_eq!(ClosingsFrom::<Test>::get(), Some(13));
		System::set_block_number(13);
		// Room for the block and one job.
		let db = <<Test as frame_system::Config>::DbWeight as frame_support::traits::Get<
			frame_support::weights::RuntimeDbWeight,
		>>::get();
		let room = <() as WeightInfo>::close_settled(1) + db.reads(1);
		ComputeMarket::on_idle(13, room);
		assert!(Jobs::<Test>::get(jobs[0]).is_none());
		assert!(Jobs::<Test>::get(jobs[1]).is_some());
		assert_eq!(Closings::<Test>::get(13).to_vec(), jobs[1..].to_vec());
		ComputeMarket::do_try_state().unwrap();
		// No weight at all: nothing moves.
		ComputeMarket::on_idle(13, frame_support::weights::Weight::zero());
		assert_eq!(ClosingsFrom::<Test>::get(), Some(13));
		ComputeMarket::on_idle(13, frame_support::weights::Weight::MAX);
		assert!(jobs.iter().all(|job| Jobs::<Test>::get(job).is_none()));
		assert!(!Closings::<Test>::contains_key(13));
		assert_eq!(ClosingsFrom::<Test>::get(), Some(14));
	});
}

/// Version 3 kept a worker's jobs one entry a job; version 4 keeps them in one entry a worker,
/// in id order, and opens the settlement account.
#[test]
fn the_v4_migration_moves_each_workers_jobs_into_one_entry_and_opens_the_settlement_account() {
	use frame_support::traits::{GetStorageVersion, OnRuntimeUpgrade, StorageVersion};
	ExtBuilder::default().build_and_execute(|| {
		register(WORKER, 1, 1_000);
		register(WORKER_2, 2, 1_000);
		let jobs: Vec<JobId> = (0..3).map(|_| submit(ALICE, 100, FLOOR, 0, 20)).collect();
		run_to_block(2);
		// Back to version 3's layout: the jobs one entry a job, no settlement account.
		let lists: Vec<(AccountId, Vec<JobId>)> =
			AssignedJobs::<Test>::iter().map(|(w, jobs)| (w, jobs.to_vec())).collect();
		assert_eq!(lists.iter().map(|(_, jobs)| jobs.len()).sum::<usize>(), 3);
		for (worker, list) in lists.iter() {
			AssignedJobs::<Test>::remove(worker);
			for job in list.iter().rev() {
				migrations::v4::WorkerJobs::<Test>::insert(worker, job, ());
			}
		}
		let pot = ComputeMarket::settlement_account();
		let _ = <Balances as frame_support::traits::fungible::Mutate<_>>::burn_from(
			&pot,
			Balances::free_balance(pot),
			frame_support::traits::tokens::Preservation::Expendable,
			frame_support::traits::tokens::Precision::Exact,
			frame_support::traits::tokens::Fortitude::Force,
		);
		assert_eq!(Balances::free_balance(pot), 0);
		StorageVersion::new(3).put::<ComputeMarket>();

		migrations::v4::MigrateToV4::<Test>::on_runtime_upgrade();

		assert_eq!(ComputeMarket::on_chain_storage_version(), 4);
		assert_eq!(migrations::v4::WorkerJobs::<Test>::iter().count(), 0);
		for (worker, list) in lists {
			assert_eq!(AssignedJobs::<Test>::get(worker).to_vec(), list);
		}
		assert_eq!(Balances::free_balance(pot), ED);
		// The migrated jobs settle in a batch.
		let mine: Vec<(JobId, u64)> =
			AssignedJobs::<Test>::get(WORKER).iter().map(|job| (*job, 100)).collect();
		assert!(!mine.is_empty());
		assert_ok!(dispatch_batch(batch(1, &mine)));
		assert!(jobs.iter().any(|job| matches!(
			Jobs::<Test>::get(job).map(|j| j.status),
			Some(JobStatus::Settled { .. })
		)));
	});
}

// Spot checks.

/// The test key seed of each worker account.
fn seed_of(who: AccountId) -> u8 {
	match who {
		WORKER => 1,
		WORKER_2 => 2,
		WORKER_3 => 3,
		WORKER_4 => 4,
		_ => panic!("not a test worker"),
	}
}

/// Three CPU workers, registered in this order (the first takes the first job).
fn three_workers() {
	register(WORKER, 1, 1_000);
	register(WORKER_2, 2, 1_000);
	register(WORKER_3, 3, 1_000);
}

/// A one-unit CPU job at the floor from ALICE, admitted in block 2 and delivered there by
/// WORKER with `receipt`'s hash: charged 1 000, the worker's pay 700.
fn settle_one() -> JobId {
	let job = submit(ALICE, 1, FLOOR, 0, 20);
	run_to_block(2);
	assert_eq!(assigned_worker(job), Some(WORKER));
	assert_ok!(deliver(1, job, 1));
	job
}

fn commit(who: AccountId, job: JobId, hash: H256, salt: [u8; 32]) -> DispatchResult {
	let commitment = check_commitment(job, &who, &hash, &salt);
	let payload = check_commit_payload(&ComputeMarket::genesis_hash(), job, &commitment);
	let signature = worker_pair(seed_of(who)).sign(&payload).into();
	ComputeMarket::commit_check(RuntimeOrigin::none(), job, commitment, signature)
}

fn reveal(who: AccountId, job: JobId, hash: H256, salt: [u8; 32]) -> DispatchResult {
	let payload = check_reveal_payload(&ComputeMarket::genesis_hash(), job, &hash, &salt);
	let signature = worker_pair(seed_of(who)).sign(&payload).into();
	ComputeMarket::reveal_check(RuntimeOrigin::none(), job, hash, salt, signature)
}

/// The checker the check of `job` waits on now (the last drawn).
fn checker(job: JobId) -> AccountId {
	Checks::<Test>::get(job)
		.expect("checked")
		.answers
		.last()
		.expect("drawn")
		.checker
}

fn dissent(who: AccountId, job: JobId) -> DispatchResult {
	let payload = check_dissent_payload(&ComputeMarket::genesis_hash(), job);
	let signature = worker_pair(seed_of(who)).sign(&payload).into();
	ComputeMarket::dissent_check(RuntimeOrigin::none(), job, signature)
}

/// Commits to `hash` for the current checker of `job` (its salt: its account's byte), then as
/// its node would: reveals it if it opens the receipt's commitment or the round breaks a tie,
/// else dissents.
fn answer(job: JobId, hash: H256) -> AccountId {
	let who = checker(job);
	assert_ok!(commit(who, job, hash, [who as u8; 32]));
	let check = Checks::<Test>::get(job).expect("checked");
	if check.answers.len() == 1 && output_commitment(job, &hash) != check.claimed {
		assert_ok!(dissent(who, job));
	} else {
		assert_ok!(reveal(who, job, hash, [who as u8; 32]));
	}
	who
}

/// Reveals, for a checker that dissented, the answer it committed to with [`answer`].
fn open(who: AccountId, job: JobId, hash: H256) {
	assert_ok!(reveal(who, job, hash, [who as u8; 32]));
}

/// Every settled job checked, with randomness, and a verification fund of 10% of base fees.
fn always_check() {
	CheckRate::set(Perbill::one());
	CheckSeed::set(Some(H256::repeat_byte(42)));
	VerificationShare::set(Perbill::from_percent(10));
}

#[test]
fn a_batch_pays_its_worker_after_the_draw_when_another_worker_could_check_it() {
	ExtBuilder::default().build_and_execute(|| {
		three_workers();
		let worker = Balances::free_balance(WORKER);
		let job = settle_one();
		// Held in the settlement account, not paid.
		assert_eq!(Balances::free_balance(WORKER), worker);
		System::assert_last_event(
			Event::ReceiptsSettled {
				worker: WORKER,
				jobs: 1,
				to_worker: 0,
				held: 700,
				to_licensees: 150,
				to_reserve: 100,
				burnt: 50,
			}
			.into(),
		);
		assert!(Sampling::<Test>::contains_key(2, WORKER));
		// No randomness in this test: the draw two blocks later checks nothing and pays.
		run_to_block(3);
		assert_eq!(Balances::free_balance(WORKER), worker);
		run_to_block(4);
		assert_eq!(Balances::free_balance(WORKER), worker + 700);
		System::assert_has_event(
			Event::SampleDrawn { worker: WORKER, jobs: 1, checked: 0, paid: 700 }.into(),
		);
		assert!(!Checks::<Test>::contains_key(job));
	});
}

#[test]
fn the_draw_checks_each_job_at_its_rate() {
	ExtBuilder::default().build_and_execute(|| {
		// Workers serving a tenth of the class's block each.
		register(WORKER, 1, LIMIT / 10);
		CheckRate::set(Perbill::from_percent(15));
		// A worker without a tier is checked twice as often.
		let rate = ComputeMarket::check_rate(&WORKER, &Workers::<Test>::get(WORKER).unwrap(), 2);
		assert_eq!(rate, Perbill::from_percent(30));
		// A thousand jobs at that rate: the count drawn is within the binomial's reach.
		let chosen = (0..1_000u64)
			.filter(|job| ComputeMarket::selected(&H256::repeat_byte(7), JobId(*job), rate))
			.count();
		assert!((240..=360).contains(&chosen), "{chosen} of 1 000 at 30%");
		// And the rate is never below the base, never above the ceiling.
		AccountTiers::mutate(|t| t.push((WORKER, 1)));
		let info = Workers::<Test>::get(WORKER).unwrap();
		assert_eq!(ComputeMarket::check_rate(&WORKER, &info, 2), Perbill::from_percent(15));
		CheckRecords::<Test>::mutate(WORKER, |r| r.last_failed = Some(1));
		assert_eq!(ComputeMarket::check_rate(&WORKER, &info, 2), Perbill::from_percent(60));
		assert_eq!(ComputeMarket::check_rate(&WORKER, &info, 52), Perbill::from_percent(15));
		// A quarter of the class's block doubles it.
		register(WORKER_2, 2, LIMIT / 4);
		let info = Workers::<Test>::get(WORKER_2).unwrap();
		AccountTiers::mutate(|t| t.push((WORKER_2, 1)));
		assert_eq!(ComputeMarket::check_rate(&WORKER_2, &info, 2), Perbill::from_percent(30));
		// Never above the ceiling.
		CheckRate::set(Perbill::from_percent(80));
		assert_eq!(ComputeMarket::check_rate(&WORKER_2, &info, 2), Perbill::one());
	});
}

#[test]
fn a_check_that_confirms_the_receipt_pays_the_worker_and_the_checker() {
	ExtBuilder::default().build_and_execute(|| {
		three_workers();
		always_check();
		let worker = Balances::free_balance(WORKER);
		let job = settle_one();
		assert_eq!(VerificationFund::<Test>::get(), 100);
		run_to_block(4);
		System::assert_has_event(
			Event::SampleDrawn { worker: WORKER, jobs: 1, checked: 1, paid: 0 }.into(),
		);
		let drawn = checker(job);
		assert!(drawn == WORKER_2 || drawn == WORKER_3);
		assert_eq!(ChecksOf::<Test>::get(drawn).to_vec(), vec![job]);
		let before = Balances::free_balance(drawn);
		// The receipt's own hash.
		answer(job, OUTPUT);
		assert_eq!(Balances::free_balance(WORKER), worker + 700);
		// The checker's fee is the worker's share of the charge (700), paid from the fund as
		// far as it holds (100).
		assert_eq!(Balances::free_balance(drawn), before + 100);
		assert_eq!(VerificationFund::<Test>::get(), 0);
		assert!(!Checks::<Test>::contains_key(job));
		assert_eq!(CheckRecords::<Test>::get(WORKER).passed, 1);
		System::assert_last_event(Event::CheckPassed { job, worker: WORKER, paid: 700 }.into());
	});
}

#[test]
fn a_wrong_receipt_is_slashed_when_a_tie_breaker_agrees_with_the_checker() {
	ExtBuilder::default().build_and_execute(|| {
		three_workers();
		always_check();
		let job = settle_one();
		run_to_block(4);
		let alice = Balances::free_balance(ALICE);
		let reserve = Balances::free_balance(RESERVE);
		let truth = H256::repeat_byte(1);
		let first = answer(job, truth);
		// A tie: a third worker is drawn three blocks later, with randomness the checker did
		// not know when it revealed.
		assert_eq!(Checks::<Test>::get(job).unwrap().stage, CheckStage::Drawing);
		run_to_block(6);
		assert_eq!(Checks::<Test>::get(job).unwrap().answers.len(), 1);
		run_to_block(7);
		let tie = checker(job);
		assert!(tie != first && tie != WORKER);
		let (first_before, tie_before) =
			(Balances::free_balance(first), Balances::free_balance(tie));
		// The dissenter's answer stayed sealed while the tie-breaker was drawn.
		let check = Checks::<Test>::get(job).unwrap();
		assert_eq!((check.answers[0].dissented, check.answers[0].revealed), (true, None));
		answer(job, truth);
		open(first, job, truth);
		// The slash: 20 × the charge (1 000), within the stake (100 000). From the held pay
		// (700) and the slash, the requester gets its 1 000 back; each checker its fee (700);
		// the reserve the rest (20 000 − 300 − 1 400).
		assert_eq!(Workers::<Test>::get(WORKER).unwrap().stake, MIN_STAKE * 10 - 20_000);
		assert_eq!(Balances::free_balance(ALICE), alice + 1_000);
		assert_eq!(Balances::free_balance(first), first_before + 700);
		assert_eq!(Balances::free_balance(tie), tie_before + 700);
		assert_eq!(Balances::free_balance(RESERVE), reserve + 18_300);
		assert_eq!(Offences::get().last(), Some(&(WORKER, Offence::DisputeUpheld)));
		let record = CheckRecords::<Test>::get(WORKER);
		assert_eq!((record.failed, record.last_failed, record.open), (1, Some(7), 0));
		System::assert_last_event(
			Event::CheckFailed {
				job,
				wrong: WORKER,
				receipt_wrong: true,
				slashed: 20_700,
				refunded: 1_000,
			}
			.into(),
		);
		// The job is over: its requester cannot ask again for the same refund, nor dispute it.
		assert!(!Jobs::<Test>::contains_key(job));
		assert_noop!(
			ComputeMarket::request_check(RuntimeOrigin::signed(ALICE), job),
			Error::<Test>::UnknownJob
		);
		assert_noop!(
			ComputeMarket::dispute_receipt(RuntimeOrigin::signed(ALICE), job),
			Error::<Test>::UnknownJob
		);
		// Its receipts are checked four times as often for `PenaltyMemory` (and twice for its
		// missing tier, twice for its capacity: a whole block).
		let info = Workers::<Test>::get(WORKER).unwrap();
		CheckRate::set(Perbill::from_percent(5));
		assert_eq!(ComputeMarket::check_rate(&WORKER, &info, 8), Perbill::from_percent(80));
		assert_eq!(ComputeMarket::check_rate(&WORKER, &info, 58), Perbill::from_percent(20));
	});
}

#[test]
fn a_checker_proved_wrong_by_the_tie_breaker_is_slashed_and_the_worker_paid() {
	ExtBuilder::default().build_and_execute(|| {
		three_workers();
		always_check();
		let worker = Balances::free_balance(WORKER);
		let job = settle_one();
		run_to_block(4);
		let reserve = Balances::free_balance(RESERVE);
		let liar = answer(job, H256::repeat_byte(1));
		run_to_block(7);
		let tie = checker(job);
		let tie_before = Balances::free_balance(tie);
		answer(job, OUTPUT);
		open(liar, job, H256::repeat_byte(1));
		assert_eq!(Balances::free_balance(WORKER), worker + 700);
		assert_eq!(Workers::<Test>::get(liar).unwrap().stake, MIN_STAKE * 10 - 20_000);
		assert_eq!(Balances::free_balance(tie), tie_before + 700);
		assert_eq!(Balances::free_balance(RESERVE), reserve + 19_300);
		assert_eq!(Offences::get().last(), Some(&(liar, Offence::DisputeUpheld)));
		assert_eq!(CheckRecords::<Test>::get(WORKER).passed, 1);
		System::assert_has_event(
			Event::CheckFailed {
				job,
				wrong: liar,
				receipt_wrong: false,
				slashed: 20_000,
				refunded: 0,
			}
			.into(),
		);
	});
}

#[test]
fn three_different_answers_leave_the_check_undecided() {
	ExtBuilder::default().build_and_execute(|| {
		three_workers();
		always_check();
		let worker = Balances::free_balance(WORKER);
		let job = settle_one();
		run_to_block(4);
		let first = answer(job, H256::repeat_byte(1));
		run_to_block(7);
		answer(job, H256::repeat_byte(2));
		open(first, job, H256::repeat_byte(1));
		assert_eq!(Balances::free_balance(WORKER), worker + 700);
		System::assert_last_event(Event::CheckUndecided { job }.into());
		// The requester may still dispute it within the challenge period.
		assert_ok!(ComputeMarket::dispute_receipt(RuntimeOrigin::signed(ALICE), job));
	});
}

#[test]
fn commit_and_reveal_keep_answers_secret_and_bound_to_their_checker() {
	ExtBuilder::default().build_and_execute(|| {
		three_workers();
		always_check();
		let job = settle_one();
		// Nothing to commit to before the draw.
		assert_noop!(commit(WORKER_2, job, H256::repeat_byte(9), [0; 32]), Error::<Test>::NoCheck);
		run_to_block(4);
		let drawn = checker(job);
		let other = if drawn == WORKER_2 { WORKER_3 } else { WORKER_2 };
		// Only the drawn checker's key commits; not the worker, not another.
		assert_noop!(commit(other, job, H256::repeat_byte(9), [0; 32]), Error::<Test>::NotChecker);
		assert_noop!(commit(WORKER, job, H256::repeat_byte(9), [0; 32]), Error::<Test>::NotChecker);
		// No reveal before the commitments are in.
		assert_noop!(
			reveal(drawn, job, H256::repeat_byte(9), [0; 32]),
			Error::<Test>::WrongCheckStage
		);
		// The pool refuses what the call refuses, with the code the node logs.
		let commitment = check_commitment(job, &other, &H256::repeat_byte(9), &[5; 32]);
		let payload = check_commit_payload(&ComputeMarket::genesis_hash(), job, &commitment);
		let call = Call::commit_check {
			job,
			commitment,
			signature: worker_pair(seed_of(other)).sign(&payload).into(),
		};
		assert_eq!(
			ComputeMarket::validate_unsigned(TransactionSource::External, &call),
			Err(TransactionValidityError::Invalid(InvalidTransaction::Custom(14)))
		);
		assert_ok!(commit(drawn, job, H256::repeat_byte(9), [5; 32]));
		assert_noop!(
			commit(drawn, job, H256::repeat_byte(9), [5; 32]),
			Error::<Test>::WrongCheckStage
		);
		// The commitment binds the answer and the salt: another answer, or the same answer
		// under another salt, is refused.
		assert_noop!(reveal(drawn, job, H256::repeat_byte(8), [5; 32]), Error::<Test>::BadReveal);
		assert_noop!(reveal(drawn, job, H256::repeat_byte(9), [6; 32]), Error::<Test>::BadReveal);
		// A commitment is bound to its checker's account: the same bytes from another account
		// do not open to the same answer.
		assert_ne!(
			check_commitment(job, &drawn, &H256::repeat_byte(9), &[5; 32]),
			check_commitment(job, &other, &H256::repeat_byte(9), &[5; 32])
		);
		assert_ok!(reveal(drawn, job, H256::repeat_byte(9), [5; 32]));
	});
}

#[test]
fn a_checker_that_does_not_answer_is_slashed_and_replaced_and_the_check_ends_after_three() {
	ExtBuilder::default().build_and_execute(|| {
		three_workers();
		always_check();
		let worker = Balances::free_balance(WORKER);
		let job = settle_one();
		run_to_block(4);
		let first = checker(job);
		let due = Checks::<Test>::get(job).unwrap().due;
		assert_eq!(due, 4 + CHECK_WINDOW);
		// Looked at in the block after its window: slashed 10% of its stake, reported, and
		// another drawn.
		run_to_block(due + 1);
		assert_eq!(Workers::<Test>::get(first).unwrap().stake, MIN_STAKE * 10 - MIN_STAKE);
		assert_eq!(Offences::get().last(), Some(&(first, Offence::MissedDeadline)));
		assert_eq!(CheckRecords::<Test>::get(first).missed, 1);
		assert!(ChecksOf::<Test>::get(first).is_empty());
		let check = Checks::<Test>::get(job).unwrap();
		assert_eq!((check.redraws, check.answers.len()), (1, 1));
		// A checker that committed but does not reveal is slashed the same way.
		let second = checker(job);
		assert_ok!(commit(second, job, H256::repeat_byte(9), [1; 32]));
		let due = Checks::<Test>::get(job).unwrap().due;
		run_to_block(due + 1);
		assert!(CheckRecords::<Test>::get(second).missed >= 1);
		// The third miss ends the check: the worker is paid what was held.
		let due = Checks::<Test>::get(job).unwrap().due;
		run_to_block(due + 1);
		assert!(!Checks::<Test>::contains_key(job));
		System::assert_has_event(Event::CheckAbandoned { job }.into());
		assert_eq!(Balances::free_balance(WORKER), worker + 700);
		assert_eq!(CheckRecords::<Test>::get(WORKER).open, 0);
	});
}

#[test]
fn a_job_whose_slash_the_stake_does_not_cover_is_always_checked() {
	ExtBuilder::default().build_and_execute(|| {
		three_workers();
		CheckSeed::set(Some(H256::repeat_byte(42)));
		// The least rate, which a covered job escapes nearly always.
		CheckRate::set(Perbill::from_parts(1));
		// 10 units: a charge of 10 000, a slash of 200 000 against a stake of 100 000.
		let job = submit(ALICE, 10, FLOOR, 0, 20);
		run_to_block(2);
		assert_ok!(deliver(1, job, 10));
		run_to_block(4);
		assert!(Checks::<Test>::contains_key(job));
	});
}

#[test]
fn a_requester_pays_for_the_check_it_asks_for() {
	ExtBuilder::default().build_and_execute(|| {
		three_workers();
		let job = settle_one();
		// The draw at block 4 has no randomness here: the job is paid unchecked.
		run_to_block(4);
		assert!(!Checks::<Test>::contains_key(job));
		CheckSeed::set(Some(H256::repeat_byte(42)));
		// Not a requester's to ask for another's job.
		assert_noop!(
			ComputeMarket::request_check(RuntimeOrigin::signed(BOB), job),
			Error::<Test>::NotRequester
		);
		let alice = Balances::free_balance(ALICE);
		assert_ok!(ComputeMarket::request_check(RuntimeOrigin::signed(ALICE), job));
		// Two fees held (a checker's and a tie-breaker's: 700 each).
		assert_eq!(held(HoldReason::CheckFee, ALICE), 1_400);
		assert_noop!(
			ComputeMarket::request_check(RuntimeOrigin::signed(ALICE), job),
			Error::<Test>::CheckOpen
		);
		// Its checker is drawn three blocks later: the requester chose the block it asked in.
		assert_eq!(Checks::<Test>::get(job).unwrap().stage, CheckStage::Drawing);
		run_to_block(7);
		let drawn = checker(job);
		let before = Balances::free_balance(drawn);
		answer(job, OUTPUT);
		// The receipt stood: the checker is paid from the requester's hold, the rest returned.
		assert_eq!(Balances::free_balance(drawn), before + 700);
		assert_eq!(held(HoldReason::CheckFee, ALICE), 0);
		assert_eq!(Balances::free_balance(ALICE), alice - 700);
		// After the challenge period nobody may ask.
		run_to_block(13);
		assert_noop!(
			ComputeMarket::request_check(RuntimeOrigin::signed(ALICE), job),
			Error::<Test>::ChallengePeriodOver
		);
	});
}

#[test]
fn a_worker_with_open_checks_cannot_withdraw_its_stake() {
	ExtBuilder::default().build_and_execute(|| {
		three_workers();
		let job = settle_one();
		assert_ok!(ComputeMarket::leave(RuntimeOrigin::signed(WORKER)));
		// Asked for late in the challenge period, the check outlives the unbonding (block 22).
		run_to_block(12);
		CheckSeed::set(Some(H256::repeat_byte(42)));
		assert_ok!(ComputeMarket::request_check(RuntimeOrigin::signed(ALICE), job));
		run_to_block(22);
		assert!(Checks::<Test>::contains_key(job));
		assert_noop!(
			ComputeMarket::withdraw_stake(RuntimeOrigin::signed(WORKER)),
			Error::<Test>::StillBonded
		);
		// Nobody answers: three checkers miss, the check ends, and the stake may go.
		run_to_block(40);
		assert!(!Checks::<Test>::contains_key(job));
		assert_ok!(ComputeMarket::withdraw_stake(RuntimeOrigin::signed(WORKER)));
	});
}

#[test]
fn a_drawn_job_beyond_the_blocks_checks_waits_for_the_next_block_with_room() {
	ExtBuilder::default().build_and_execute(|| {
		three_workers();
		always_check();
		MaxChecksPerBlock::set(1);
		// Two jobs, one a worker (the least loaded takes each), both settled in block 2.
		let first = submit(ALICE, 1, FLOOR, 0, 20);
		let second = submit(BOB, 1, FLOOR, 0, 20);
		run_to_block(2);
		assert_eq!(assigned_worker(first), Some(WORKER));
		assert_eq!(assigned_worker(second), Some(WORKER_2));
		assert_ok!(deliver(1, first, 1));
		assert_ok!(deliver(2, second, 1));
		let pays = (Balances::free_balance(WORKER), Balances::free_balance(WORKER_2));
		// Block 4 opens one check (the batches are drawn in storage order); the other drawn
		// job waits, its pay held.
		run_to_block(4);
		let (opened, waiting, owner) = if Checks::<Test>::contains_key(first) {
			(first, second, WORKER_2)
		} else {
			(second, first, WORKER)
		};
		assert!(Checks::<Test>::contains_key(opened));
		assert!(!Checks::<Test>::contains_key(waiting));
		assert_eq!(DeferredChecks::<Test>::get(waiting), Some((owner, 700)));
		assert_eq!(DeferredCount::<Test>::get(), 1);
		assert_eq!((Balances::free_balance(WORKER), Balances::free_balance(WORKER_2)), pays);
		// Block 5 has room: its check opens first.
		run_to_block(5);
		assert!(Checks::<Test>::contains_key(waiting));
		assert_eq!(DeferredCount::<Test>::get(), 0);
		assert_eq!(Checks::<Test>::get(waiting).unwrap().held, 700);
	});
}

#[test]
fn a_deferred_draw_adds_its_held_pay_to_a_check_its_requester_opened_meanwhile() {
	ExtBuilder::default().build_and_execute(|| {
		three_workers();
		always_check();
		MaxChecksPerBlock::set(1);
		let first = submit(ALICE, 1, FLOOR, 0, 20);
		let second = submit(BOB, 1, FLOOR, 0, 20);
		run_to_block(2);
		assert_ok!(deliver(1, first, 1));
		assert_ok!(deliver(2, second, 1));
		run_to_block(4);
		let (waiting, requester, owner) = if Checks::<Test>::contains_key(first) {
			(second, BOB, WORKER_2)
		} else {
			(first, ALICE, WORKER)
		};
		// The deferred job's requester asks for a check in block 4 (room made for it), before
		// the deferral opens.
		MaxChecksPerBlock::set(2);
		assert_ok!(ComputeMarket::request_check(RuntimeOrigin::signed(requester), waiting));
		let pay = Balances::free_balance(owner);
		run_to_block(5);
		// The deferred draw found the requester's check: it holds the pay, not the worker.
		assert_eq!(DeferredCount::<Test>::get(), 0);
		assert_eq!(Checks::<Test>::get(waiting).unwrap().held, 700);
		assert_eq!(Balances::free_balance(owner), pay);
	});
}

#[test]
fn a_leaving_worker_withdraws_only_once_its_last_settlement_can_no_longer_be_checked() {
	ExtBuilder::default().build_and_execute(|| {
		three_workers();
		// It leaves with a job assigned, and delivers it late in its unbonding (block 21).
		let job = submit(ALICE, 1, FLOOR, 0, 30);
		run_to_block(2);
		assert_eq!(assigned_worker(job), Some(WORKER));
		assert_ok!(ComputeMarket::leave(RuntimeOrigin::signed(WORKER)));
		run_to_block(21);
		assert_ok!(deliver(1, job, 1));
		// Unbonded (block 22) with no job open, but its receipt can be drawn and asked to be
		// checked until block 31: the stake that backs it stays.
		run_to_block(24);
		assert_noop!(
			ComputeMarket::withdraw_stake(RuntimeOrigin::signed(WORKER)),
			Error::<Test>::StillBonded
		);
		run_to_block(31);
		assert_noop!(
			ComputeMarket::withdraw_stake(RuntimeOrigin::signed(WORKER)),
			Error::<Test>::StillBonded
		);
		run_to_block(32);
		assert_ok!(ComputeMarket::withdraw_stake(RuntimeOrigin::signed(WORKER)));
	});
}

#[test]
fn a_checker_cannot_agree_with_a_receipt_without_computing_its_output() {
	use atelier_primitives::provenance::ComputeReceipts;
	ExtBuilder::default().build_and_execute(|| {
		three_workers();
		always_check();
		let job = settle_one();
		run_to_block(4);
		let lazy = checker(job);
		// All a lazy checker sees is the receipt's commitment: answering it does not open it.
		let claimed = Checks::<Test>::get(job).unwrap().claimed;
		assert_ok!(commit(lazy, job, claimed, [1; 32]));
		assert_noop!(reveal(lazy, job, claimed, [1; 32]), Error::<Test>::Disagrees);
		// Nor can it copy a rival checker's answer: a dissent keeps its own sealed until the
		// tie-breaker has committed. Here it dissents, the tie-breaker computes the output, and
		// the lazy checker is the one proved wrong.
		assert_ok!(dissent(lazy, job));
		assert_noop!(dissent(lazy, job), Error::<Test>::WrongCheckStage);
		run_to_block(7);
		let tie = checker(job);
		assert_ne!(tie, lazy);
		assert_ok!(commit(tie, job, OUTPUT, [2; 32]));
		assert_ok!(reveal(tie, job, OUTPUT, [2; 32]));
		assert_ok!(reveal(lazy, job, claimed, [1; 32]));
		System::assert_has_event(
			Event::CheckFailed {
				job,
				wrong: lazy,
				receipt_wrong: false,
				slashed: 20_000,
				refunded: 0,
			}
			.into(),
		);
		assert_eq!(CheckRecords::<Test>::get(WORKER).passed, 1);
		assert!(<ComputeMarket as ComputeReceipts<_>>::settled_receipt(&job).is_some());
	});
}

#[test]
fn a_receipt_under_draw_or_check_cannot_be_minted_from() {
	use atelier_primitives::provenance::ComputeReceipts;
	ExtBuilder::default().build_and_execute(|| {
		three_workers();
		always_check();
		let job = settle_one();
		// Waiting for its draw: minting would open the commitment before a checker answers.
		assert!(<ComputeMarket as ComputeReceipts<_>>::settled_receipt(&job).is_none());
		run_to_block(4);
		// Under check.
		assert!(Checks::<Test>::contains_key(job));
		assert!(<ComputeMarket as ComputeReceipts<_>>::settled_receipt(&job).is_none());
		answer(job, OUTPUT);
		let receipt = <ComputeMarket as ComputeReceipts<_>>::settled_receipt(&job).unwrap();
		assert_eq!(receipt.output_hash, output_commitment(job, &OUTPUT));
	});
}

#[test]
fn a_worker_with_one_rival_is_paid_at_once_since_no_tie_could_be_broken() {
	ExtBuilder::default().build_and_execute(|| {
		register(WORKER, 1, 1_000);
		register(WORKER_2, 2, 1_000);
		always_check();
		let worker = Balances::free_balance(WORKER);
		let job = settle_one();
		assert_eq!(Balances::free_balance(WORKER), worker + 700);
		assert!(Sampling::<Test>::iter().next().is_none());
		// Nor may its requester ask for a check.
		assert_noop!(
			ComputeMarket::request_check(RuntimeOrigin::signed(ALICE), job),
			Error::<Test>::NoChecker
		);
	});
}

// Answers: a worker whose service cannot promise deterministic answers, and jobs that waive
// verification.

/// Pauses `who`, declares `answers` and resumes it.
fn declare(who: AccountId, answers: Answers) {
	assert_ok!(ComputeMarket::pause_worker(RuntimeOrigin::signed(who)));
	assert_ok!(ComputeMarket::set_answers(RuntimeOrigin::signed(who), answers));
	assert_ok!(ComputeMarket::resume_worker(RuntimeOrigin::signed(who)));
}

/// A one-unit CPU job at the floor from ALICE that asks `verification`.
fn submit_asking(verification: Verification) -> Result<JobId, sp_runtime::DispatchError> {
	let id = JobId(NextJobId::<Test>::get());
	ComputeMarket::submit_job(
		RuntimeOrigin::signed(ALICE),
		MODEL,
		HardwareClass::Cpu,
		1,
		FLOOR,
		0,
		INPUT,
		20,
		verification,
	)
	.map(|_| id)
}

#[test]
fn a_nondeterministic_worker_serves_only_jobs_that_waive_verification_and_is_paid_unchecked() {
	ExtBuilder::default().build_and_execute(|| {
		register(WORKER, 1, 1_000);
		declare(WORKER, Answers::Nondeterministic);
		System::assert_has_event(
			Event::AnswersSet { worker: WORKER, answers: Answers::Nondeterministic }.into(),
		);
		assert_eq!(NondeterministicWorkers::<Test>::get(HardwareClass::Cpu).to_vec(), vec![WORKER]);
		// The quote says so.
		let offer = ComputeMarket::quote_verification(HardwareClass::Cpu, 1);
		assert_eq!((offer.deterministic_workers, offer.nondeterministic_workers), (0, 1));
		assert!(!offer.spot_checked);
		// A job that requires verification would wait for a worker that never comes.
		assert_noop!(submit_asking(Verification::Required), Error::<Test>::NoVerifiableWorker);
		// One that waives it runs.
		let job = submit_asking(Verification::Waived).unwrap();
		System::assert_last_event(
			Event::JobSubmitted {
				job,
				requester: ALICE,
				model: MODEL,
				class: HardwareClass::Cpu,
				max_units: 1,
				escrow: FLOOR + LAPSE_FEE,
				verification: Verification::Waived,
			}
			.into(),
		);
		always_check();
		run_to_block(2);
		assert_eq!(assigned_worker(job), Some(WORKER));
		let worker = Balances::free_balance(WORKER);
		let fund = VerificationFund::<Test>::get();
		assert_ok!(deliver(1, job, 1));
		// Paid at once, nothing filed for a draw, no verification share: the reserve keeps it.
		assert_eq!(Balances::free_balance(WORKER), worker + 700);
		assert!(Sampling::<Test>::iter().next().is_none());
		assert_eq!(VerificationFund::<Test>::get(), fund);
		System::assert_has_event(
			Event::JobSettled {
				job,
				worker: WORKER,
				output_hash: output_commitment(job, &OUTPUT),
				units_used: 1,
				charged: 1_000,
				to_worker: 700,
				to_licensees: 150,
				to_reserve: 100,
				to_verification: 0,
				burnt: 50,
			}
			.into(),
		);
		// No re-run can check it, and its requester cannot pay for one.
		assert_noop!(
			ComputeMarket::request_check(RuntimeOrigin::signed(ALICE), job),
			Error::<Test>::Unverifiable
		);
	});
}

#[test]
fn jobs_that_require_verification_go_only_to_deterministic_workers() {
	ExtBuilder::default().build_and_execute(|| {
		// The nondeterministic worker has the most free capacity: admission would pick it.
		register(WORKER, 1, 1_000);
		register(WORKER_2, 2, 100);
		declare(WORKER, Answers::Nondeterministic);
		let required: Vec<JobId> =
			(0..3).map(|_| submit_asking(Verification::Required).unwrap()).collect();
		let waived = submit_asking(Verification::Waived).unwrap();
		run_to_block(2);
		for job in required {
			assert_eq!(assigned_worker(job), Some(WORKER_2));
		}
		assert_eq!(assigned_worker(waived), Some(WORKER));
		let offer = ComputeMarket::quote_verification(HardwareClass::Cpu, 1);
		assert_eq!((offer.deterministic_workers, offer.nondeterministic_workers), (1, 1));
		assert_eq!(offer.check_rate, CheckRate::get());
	});
}

#[test]
fn a_nondeterministic_worker_never_checks_and_does_not_count_as_a_checker() {
	ExtBuilder::default().build_and_execute(|| {
		three_workers();
		declare(WORKER_3, Answers::Nondeterministic);
		always_check();
		// WORKER has one deterministic rival: no tie could be broken, so it is paid at once.
		assert!(!ComputeMarket::quote_verification(HardwareClass::Cpu, 1).spot_checked);
		let worker = Balances::free_balance(WORKER);
		let job = settle_one();
		assert_eq!(Balances::free_balance(WORKER), worker + 700);
		assert_noop!(
			ComputeMarket::request_check(RuntimeOrigin::signed(ALICE), job),
			Error::<Test>::NoChecker
		);
		// With a fourth worker, deterministic, every draw picks a deterministic checker.
		register(WORKER_4, 4, 1_000);
		assert!(ComputeMarket::quote_verification(HardwareClass::Cpu, 1).spot_checked);
		for round in 0..8u8 {
			CheckSeed::set(Some(H256::repeat_byte(round)));
			let job = submit(ALICE, 1, FLOOR, 0, System::block_number() + 20);
			run_to_block(System::block_number() + 1);
			let served_by = assigned_worker(job).unwrap();
			assert_ne!(served_by, WORKER_3, "a job that requires verification");
			assert_ok!(deliver(seed_of(served_by), job, 1));
			run_to_block(System::block_number() + 2);
			let check = Checks::<Test>::get(job).expect("every job checked");
			for answer in check.answers.iter() {
				assert_ne!(answer.checker, WORKER_3);
				assert_ne!(answer.checker, served_by);
			}
			answer(job, OUTPUT);
		}
	});
}

#[test]
fn answers_change_only_while_paused_and_once_nothing_served_under_them_can_be_checked() {
	ExtBuilder::default().build_and_execute(|| {
		three_workers();
		assert_noop!(
			ComputeMarket::set_answers(RuntimeOrigin::signed(CHARLIE), Answers::Nondeterministic),
			Error::<Test>::NotAWorker
		);
		// An active worker pauses first.
		assert_noop!(
			ComputeMarket::set_answers(RuntimeOrigin::signed(WORKER), Answers::Nondeterministic),
			Error::<Test>::NotPaused
		);
		// A job assigned to it was admitted under its answers.
		let job = submit(ALICE, 1, FLOOR, 0, 20);
		run_to_block(2);
		assert_eq!(assigned_worker(job), Some(WORKER));
		assert_ok!(ComputeMarket::pause_worker(RuntimeOrigin::signed(WORKER)));
		assert_noop!(
			ComputeMarket::set_answers(RuntimeOrigin::signed(WORKER), Answers::Nondeterministic),
			Error::<Test>::AnswersLocked
		);
		// Settled, it can still be drawn and checked at its requester's cost until the
		// challenge period ends (block 2 + 10): the worker cannot escape that by declaring.
		assert_ok!(deliver(1, job, 1));
		for block in [2, 6, 12] {
			run_to_block(block);
			assert_noop!(
				ComputeMarket::set_answers(
					RuntimeOrigin::signed(WORKER),
					Answers::Nondeterministic
				),
				Error::<Test>::AnswersLocked
			);
		}
		// A check the worker owes, too.
		run_to_block(13);
		Checks::<Test>::remove(job);
		ChecksOf::<Test>::mutate(WORKER, |list| list.try_push(job).unwrap());
		assert_noop!(
			ComputeMarket::set_answers(RuntimeOrigin::signed(WORKER), Answers::Nondeterministic),
			Error::<Test>::AnswersLocked
		);
		ChecksOf::<Test>::remove(WORKER);
		assert_ok!(ComputeMarket::set_answers(
			RuntimeOrigin::signed(WORKER),
			Answers::Nondeterministic
		));
		assert_eq!(Workers::<Test>::get(WORKER).unwrap().answers, Answers::Nondeterministic);
		// Paused, it is in no list; resumed, it is in both; each way out takes it out of both.
		assert!(NondeterministicWorkers::<Test>::get(HardwareClass::Cpu).is_empty());
		assert_ok!(ComputeMarket::resume_worker(RuntimeOrigin::signed(WORKER)));
		assert_eq!(NondeterministicWorkers::<Test>::get(HardwareClass::Cpu).to_vec(), vec![WORKER]);
		assert_ok!(ComputeMarket::leave(RuntimeOrigin::signed(WORKER)));
		assert!(NondeterministicWorkers::<Test>::get(HardwareClass::Cpu).is_empty());
		// A leaving worker declares nothing.
		assert_noop!(
			ComputeMarket::set_answers(RuntimeOrigin::signed(WORKER), Answers::Deterministic),
			Error::<Test>::NotPaused
		);
	});
}

#[test]
fn a_nondeterministic_worker_slashed_below_the_minimum_or_displaced_leaves_both_lists() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(ComputeMarket::register_worker(
			RuntimeOrigin::signed(WORKER),
			MIN_STAKE,
			500,
			HardwareClass::Cpu,
			JobSizes::ANY,
			worker_key(1),
			key_proof(1, WORKER),
		));
		declare(WORKER, Answers::Nondeterministic);
		// A missed deadline's slash below the minimum stake pauses it.
		let job = submit_asking(Verification::Waived).unwrap();
		run_to_block(2);
		assert_eq!(assigned_worker(job), Some(WORKER));
		run_to_block(21);
		assert_eq!(Workers::<Test>::get(WORKER).unwrap().status, WorkerStatus::Paused);
		assert!(NondeterministicWorkers::<Test>::get(HardwareClass::Cpu).is_empty());
		assert!(ActiveWorkers::<Test>::get(HardwareClass::Cpu).is_empty());
		// Topped up and resumed, it is back in both.
		assert_ok!(ComputeMarket::update_worker(
			RuntimeOrigin::signed(WORKER),
			None,
			None,
			MIN_STAKE
		));
		assert_ok!(ComputeMarket::resume_worker(RuntimeOrigin::signed(WORKER)));
		assert_eq!(NondeterministicWorkers::<Test>::get(HardwareClass::Cpu).to_vec(), vec![WORKER]);
		// A better-staked newcomer takes its slot in a full class (4 slots): it leaves both.
		register(WORKER_2, 2, 1_000);
		register(WORKER_3, 3, 1_000);
		register(WORKER_4, 4, 1_000);
		assert_ok!(Balances::force_set_balance(RuntimeOrigin::root(), 200, MIN_STAKE * 20));
		assert_ok!(ComputeMarket::register_worker(
			RuntimeOrigin::signed(200),
			MIN_STAKE * 10,
			1,
			HardwareClass::Cpu,
			JobSizes::ANY,
			worker_key(10),
			key_proof(10, 200),
		));
		assert_eq!(Workers::<Test>::get(WORKER).unwrap().status, WorkerStatus::Paused);
		assert!(NondeterministicWorkers::<Test>::get(HardwareClass::Cpu).is_empty());
		assert!(!ActiveWorkers::<Test>::get(HardwareClass::Cpu).contains(&WORKER));
		// try_state (run after the test) holds the lists to the workers' answers throughout.
	});
}

#[test]
fn try_state_catches_a_nondeterministic_list_out_of_step() {
	ExtBuilder::default().build_and_execute(|| {
		register(WORKER, 1, 1_000);
		NondeterministicWorkers::<Test>::mutate(HardwareClass::Cpu, |list| {
			list.try_push(WORKER).unwrap()
		});
		assert!(ComputeMarket::do_try_state().is_err());
		NondeterministicWorkers::<Test>::remove(HardwareClass::Cpu);
		declare(WORKER, Answers::Nondeterministic);
		NondeterministicWorkers::<Test>::remove(HardwareClass::Cpu);
		assert!(ComputeMarket::do_try_state().is_err());
		NondeterministicWorkers::<Test>::mutate(HardwareClass::Cpu, |list| {
			list.try_push(WORKER).unwrap()
		});
	});
}

/// Version 4 kept no answers in a worker and no verification in a queued job; version 5 gives
/// every worker deterministic answers and every queued job required verification.
#[test]
fn the_v5_migration_gives_workers_deterministic_answers_and_queued_jobs_required_verification() {
	use frame_support::traits::{GetStorageVersion, OnRuntimeUpgrade, StorageVersion};
	ExtBuilder::default().build_and_execute(|| {
		register(WORKER, 1, 500);
		register(WORKER_2, 2, 500);
		let first = submit(ALICE, 10, FLOOR, 5, 40);
		let second = submit(BOB, 10, FLOOR, 1, 40);
		let workers: Vec<(AccountId, WorkerOf<Test>)> = Workers::<Test>::iter().collect();
		for (who, w) in workers.iter() {
			Workers::<Test>::remove(who);
			frame_support::storage::unhashed::put(
				&Workers::<Test>::hashed_key_for(who),
				&migrations::v5::WorkerV4 {
					stake: w.stake,
					capacity: w.capacity,
					class: w.class,
					signing_key: w.signing_key.clone(),
					status: w.status.clone(),
					load: w.load,
					open_jobs: w.open_jobs,
					disputes: w.disputes,
					job_sizes: w.job_sizes,
					refusals: w.refusals.clone(),
				},
			);
		}
		let old: Vec<_> = Pending::<Test>::get()
			.into_iter()
			.map(|e| migrations::v5::PendingJobV4 {
				job: e.job,
				requester: e.requester,
				class: e.class,
				max_units: e.max_units,
				max_base_fee_per_unit: e.max_base_fee_per_unit,
				tip_per_unit: e.tip_per_unit,
				deadline: e.deadline,
				priority: e.priority,
			})
			.collect();
		migrations::v5::Pending::<Test>::put(old);
		StorageVersion::new(4).put::<ComputeMarket>();

		migrations::v5::MigrateToV5::<Test>::on_runtime_upgrade();

		assert_eq!(ComputeMarket::on_chain_storage_version(), StorageVersion::new(5));
		// Read through the pallet's own storage: the aliases wrote the same keys.
		for (who, w) in workers {
			let migrated = Workers::<Test>::get(who).unwrap();
			assert_eq!(migrated.answers, Answers::Deterministic);
			assert_eq!(WorkerOf::<Test> { answers: Answers::Deterministic, ..w }, migrated);
		}
		let queue = Pending::<Test>::get();
		assert_eq!(
			queue.iter().map(|e| (e.job, e.verification)).collect::<Vec<_>>(),
			vec![(first, Verification::Required), (second, Verification::Required)]
		);
		// The migrated queue is admitted.
		run_to_block(2);
		assert!(assigned_worker(first).is_some() && assigned_worker(second).is_some());
	});
}

#[test]
fn a_deterministic_workers_waived_jobs_are_sampled_as_any() {
	ExtBuilder::default().build_and_execute(|| {
		three_workers();
		always_check();
		let job = submit_asking(Verification::Waived).unwrap();
		run_to_block(2);
		assert_eq!(assigned_worker(job), Some(WORKER));
		let fund = VerificationFund::<Test>::get();
		assert_ok!(deliver(1, job, 1));
		// Its pay waits for the draw, and the job funds checks like any other.
		assert!(Sampling::<Test>::contains_key(2, WORKER));
		assert_eq!(VerificationFund::<Test>::get(), fund + 100);
		run_to_block(4);
		assert!(Checks::<Test>::contains_key(job));
	});
}
