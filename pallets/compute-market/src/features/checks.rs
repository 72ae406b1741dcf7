//! Spot checks: settled jobs re-run at random by another worker of their class, and a wrong
//! answer slashed without a vote.
//!
//! - **Pay waits for the draw.** A batch of a worker with deterministic answers whose class has
//!   two other such active workers (a checker and a tie-breaker) is settled as ever, but the
//!   worker's pay stays in the settlement account, filed under [`Sampling`].
//! - **The draw**, two blocks later (`on_initialize`): each job is checked with the batch's
//!   chance ([`Pallet::check_rate`]), decided by the VRF output of the block after the one the
//!   receipt landed in, which neither the worker (it had signed) nor that block's author (the
//!   receipt was in already) could choose; a job whose slash the worker's stake does not cover
//!   is always checked. The pay of the jobs not checked is released at once, one payment.
//! - **The check**: a checker drawn from the class's other deterministic active workers
//!   commits to its answer, then reveals it ([`check_commitment`]) if it opens the receipt's
//!   commitment to the output ([`output_commitment`]): the worker is paid what was held and the
//!   checker its fee.
//!   A checker that disagrees dissents, its answer sealed; a tie-breaker is drawn two blocks
//!   later, commits, both reveal, and the two that agree are right: the one proved wrong is
//!   slashed at least `CheckSlashFactor ×` the job's charge, the requester refunded, the
//!   workers that were right paid, the rest to the reserve.
//! - **Deadlines**: a checker that does not commit or reveal within `CheckWindow` is slashed
//!   `MissedDeadlineSlash` of its stake, reported, and replaced (twice at most; then the check
//!   is abandoned and the worker paid).
//!
//! `docs/pallets/compute-market.md#spot-checks` gives the rules and the attacker's arithmetic.

use crate::*;
use alloc::vec::Vec;
use atelier_primitives::{
	compute::output_commitment, purse::ProtocolPurse as _, randomness::ChainRandomness,
};
use codec::Encode;
use frame_support::{pallet_prelude::*, traits::Get};
use frame_system::pallet_prelude::BlockNumberFor;
use sp_core::H256;
use sp_runtime::{
	traits::{Saturating, Zero},
	Perbill, RuntimeAppPublic,
};

/// How many checkers may be drawn in place of ones that did not answer, per check.
pub const MAX_REDRAWS: u32 = 2;
/// Blocks between the need of a draw and the draw: the VRF output of the block in between
/// decides it, which whoever caused the need could not know.
pub const DRAW_DELAY: u32 = 2;
/// How many workers a draw looks at for one with room for another check.
pub const DRAW_TRIES: usize = 4;
/// How many consecutive blocks a check deadline may spill into when its block is full.
const DUE_SPILL: u32 = 32;
/// The randomness subject of spot checks.
const SUBJECT: &[u8] = b"atelier/spot-checks";

/// What a block's look at checks did, for its weight.
#[derive(Default)]
pub struct ChecksProcessed {
	/// Sampled batches.
	pub batches: u32,
	/// Jobs in them.
	pub jobs: u32,
	/// Checks opened or checkers drawn.
	pub draws: u32,
	/// Check deadlines looked at.
	pub due: u32,
	/// Deferred checks taken from their queue (each also counted in `draws`).
	pub deferred: u32,
}

impl<T: Config> Pallet<T> {
	/// The chance that a job the worker settles now is checked: `CheckRate`, doubled for a
	/// worker without a reputation tier, quadrupled within `PenaltyMemory` of a failed check,
	/// doubled for a worker that serves a quarter or more of its class's block; at most
	/// `MaxCheckRate` (and never below `CheckRate`).
	pub fn check_rate(
		worker: &T::AccountId,
		info: &WorkerOf<T>,
		now: BlockNumberFor<T>,
	) -> Perbill {
		let mut boost: u32 = 1;
		if T::Tiers::tier(worker) == 0 {
			boost = boost.saturating_mul(2);
		}
		let record = CheckRecords::<T>::get(worker);
		if record
			.last_failed
			.is_some_and(|at| now <= at.saturating_add(T::PenaltyMemory::get()))
		{
			boost = boost.saturating_mul(4);
		}
		if info.capacity.saturating_mul(4) >= T::BlockUnitLimit::get() {
			boost = boost.saturating_mul(2);
		}
		let base = T::CheckRate::get();
		let raised = Perbill::from_parts(
			base.deconstruct().saturating_mul(boost).min(Perbill::one().deconstruct()),
		);
		raised.min(T::MaxCheckRate::get()).max(base)
	}

	/// Whether a check of `worker`'s receipts could be decided: two other active workers of its
	/// class with deterministic answers, a checker and a tie-breaker.
	pub(crate) fn checkable(class: HardwareClass, worker: &T::AccountId) -> bool {
		Self::eligible_checkers(class).filter(|w| w != worker).take(2).count() == 2
	}

	/// The active workers of `class` that may be drawn to check: those with deterministic
	/// answers, in the active list's order.
	pub(crate) fn eligible_checkers(class: HardwareClass) -> impl Iterator<Item = T::AccountId> {
		let unverifiable = NondeterministicWorkers::<T>::get(class);
		ActiveWorkers::<T>::get(class)
			.into_iter()
			.filter(move |w| !unverifiable.contains(w))
	}

	/// Whether the draw `seed` selects `job` at `rate`.
	pub fn selected(seed: &T::Hash, job: JobId, rate: Perbill) -> bool {
		let digest = sp_io::hashing::blake2_256(&(seed, job, b"sample").encode());
		let x = u32::from_le_bytes([digest[0], digest[1], digest[2], digest[3]]);
		// A uniform point of [0, 1) in parts per billion.
		let point = (u64::from(x).saturating_mul(1_000_000_000)) >> 32;
		point < u64::from(rate.deconstruct())
	}

	/// The slash of a wrong answer to a job that charged `charged`.
	pub fn check_slash(charged: BalanceOf<T>) -> BalanceOf<T> {
		charged.saturating_mul(BalanceOf::<T>::from(u64::from(T::CheckSlashFactor::get())))
	}

	/// The fee a checker earns for re-running a job whose base fees came to `base`: the
	/// worker's share of it (the tip, which the requester sets, does not raise it).
	pub fn check_fee(base: BalanceOf<T>) -> BalanceOf<T> {
		T::WorkerShare::get().mul_floor(base)
	}

	/// What a settled job paid in base fees: its charge less its tip on the units billed.
	pub(crate) fn base_of(job: &JobOf<T>, units_used: u64, charged: BalanceOf<T>) -> BalanceOf<T> {
		let billable = units_used
			.max(T::MinChargedShare::get().mul_ceil(job.max_units))
			.min(job.max_units);
		charged.saturating_sub(BalanceOf::<T>::from(billable).saturating_mul(job.tip_per_unit))
	}

	/// The weight of a block's look at checks: each batch's draw (its jobs not drawn and those
	/// checked) and the deadlines looked at.
	pub(crate) fn checks_weight(done: &ChecksProcessed) -> Weight {
		let per_batch = T::WeightInfo::draw_sample(0, 0);
		let undrawn = done.jobs.saturating_sub(done.draws.saturating_sub(done.deferred));
		let extra = T::WeightInfo::draw_sample(undrawn, done.draws).saturating_sub(per_batch);
		// A deferred check is read and removed from its queue, whose count is written.
		let queue = T::DbWeight::get().reads_writes(
			u64::from(done.deferred).saturating_add(1),
			u64::from(done.deferred).saturating_add(1),
		);
		T::WeightInfo::check_due(done.due)
			.saturating_add(per_batch.saturating_mul(done.batches.into()))
			.saturating_add(extra)
			.saturating_add(queue)
	}

	/// The per-block look at checks: draws the batches settled `DRAW_DELAY` blocks ago, then the
	/// checks due now (draws of checkers, and deadlines missed).
	pub(crate) fn process_checks(now: BlockNumberFor<T>) -> ChecksProcessed {
		let mut done = ChecksProcessed::default();
		let seed = T::Randomness::parent_block_randomness(SUBJECT).0;
		// Jobs drawn when a block was full of checks are opened first.
		let waiting = DeferredCount::<T>::get();
		if waiting > 0 && seed.is_some() {
			let taken: Vec<_> = DeferredChecks::<T>::drain()
				.take(T::MaxChecksPerBlock::get() as usize)
				.collect();
			DeferredCount::<T>::put(waiting.saturating_sub(taken.len() as u32));
			for (job, (worker, held)) in taken {
				done.draws = done.draws.saturating_add(1);
				done.deferred = done.deferred.saturating_add(1);
				match Self::open_check(job, held, false, seed, now) {
					Ok(()) => {},
					// Its requester asked for a check meanwhile: that check holds the pay.
					Err(e) if e == Error::<T>::CheckOpen.into() => Self::add_held(job, held),
					Err(e) => {
						log::debug!(target: LOG_TARGET, "{job:?} was drawn and not checked: {e:?}");
						Self::pay_held(&worker, held);
					},
				}
			}
		}
		if let Some(settled_in) = now.checked_sub(&DRAW_DELAY.into()) {
			let batches: Vec<_> = Sampling::<T>::drain_prefix(settled_in).collect();
			for (worker, batch) in batches {
				done.batches = done.batches.saturating_add(1);
				done.jobs = done.jobs.saturating_add(batch.jobs.len() as u32);
				done.draws = done.draws.saturating_add(Self::draw_batch(&worker, batch, seed, now));
			}
		}
		let due = CheckDue::<T>::take(now);
		for job in due {
			done.due = done.due.saturating_add(1);
			if let Err(e) = Self::check_due(job, now, seed) {
				log::error!(target: LOG_TARGET, "the check of {job:?} failed: {e:?}");
			}
		}
		done
	}

	/// Adds a drawn job's held pay to the check its requester opened meanwhile, which pays it
	/// out with its decision.
	fn add_held(job: JobId, pay: BalanceOf<T>) {
		Checks::<T>::mutate(job, |check| {
			if let Some(check) = check {
				check.held = check.held.saturating_add(pay);
			}
		});
	}

	/// Draws one settled batch: opens a check of each job selected (if a checker can be
	/// drawn), and pays the worker the rest of what was held. Returns the checks opened.
	pub(crate) fn draw_batch(
		worker: &T::AccountId,
		batch: SampleBatchOf<T>,
		seed: Option<T::Hash>,
		now: BlockNumberFor<T>,
	) -> u32 {
		let escrow: T::RuntimeHoldReason = HoldReason::JobEscrow.into();
		let mut paid = BalanceOf::<T>::zero();
		let mut checked = 0u32;
		let jobs = batch.jobs.len() as u32;
		for unsampled in batch.jobs {
			let covered = Self::check_slash(unsampled.charged) <= batch.stake;
			// Without randomness (no VRF output yet) nothing is drawn: only at a chain's start.
			let chosen = seed
				.as_ref()
				.is_some_and(|seed| !covered || Self::selected(seed, unsampled.job, batch.rate));
			if chosen {
				match Self::open_check(unsampled.job, unsampled.pay, false, seed, now) {
					Ok(()) => {
						checked = checked.saturating_add(1);
						continue;
					},
					// The block opened all it may: the check waits for the next with room.
					Err(e)
						if (e == Error::<T>::TooManyChecks.into()
							|| e == Error::<T>::TooManyTimeouts.into())
							&& DeferredCount::<T>::get() < DeferredChecksBound::<T>::get() =>
					{
						DeferredChecks::<T>::insert(unsampled.job, (worker.clone(), unsampled.pay));
						DeferredCount::<T>::mutate(|count| *count = count.saturating_add(1));
						checked = checked.saturating_add(1);
						continue;
					},
					// Its requester asked for a check meanwhile: that check holds the pay.
					Err(e) if e == Error::<T>::CheckOpen.into() => {
						Self::add_held(unsampled.job, unsampled.pay);
						checked = checked.saturating_add(1);
						continue;
					},
					Err(e) => log::debug!(
						target: LOG_TARGET, "{:?} drawn but not checked: {e:?}", unsampled.job
					),
				}
			}
			paid = paid.saturating_add(unsampled.pay);
		}
		if let Err(e) = T::Purse::pay_from_hold(&escrow, &Self::settlement_account(), worker, paid)
		{
			log::error!(target: LOG_TARGET, "the pay of {worker:?} failed: {e:?}");
		}
		Self::deposit_event(Event::SampleDrawn { worker: worker.clone(), jobs, checked, paid });
		checked
	}

	/// Pays `worker` the pay held for it in the settlement account.
	fn pay_held(worker: &T::AccountId, held: BalanceOf<T>) {
		let escrow: T::RuntimeHoldReason = HoldReason::JobEscrow.into();
		if let Err(e) = T::Purse::pay_from_hold(&escrow, &Self::settlement_account(), worker, held)
		{
			log::error!(target: LOG_TARGET, "the pay of {worker:?} failed: {e:?}");
		}
	}

	/// Counts a check opened in this block against `MaxChecksPerBlock`.
	fn count_opened(now: BlockNumberFor<T>) -> Result<(), Error<T>> {
		let (block, opened) = ChecksOpened::<T>::get();
		let opened = if block == now { opened } else { 0 };
		ensure!(opened < T::MaxChecksPerBlock::get(), Error::<T>::TooManyChecks);
		ChecksOpened::<T>::put((now, opened.saturating_add(1)));
		Ok(())
	}

	/// Opens a check of settled job `id`, holding `held` of the worker's pay: with `seed`, its
	/// checker is drawn at once (the draw of a settled batch); without, two blocks later (a
	/// requested check, whose block the requester chose).
	pub(crate) fn open_check(
		id: JobId,
		held: BalanceOf<T>,
		requested: bool,
		seed: Option<T::Hash>,
		now: BlockNumberFor<T>,
	) -> Result<(), DispatchError> {
		ensure!(!Checks::<T>::contains_key(id), Error::<T>::CheckOpen);
		let job = Jobs::<T>::get(id).ok_or(Error::<T>::UnknownJob)?;
		let JobStatus::Settled { ref worker, output_hash, charged, units_used, .. } = job.status
		else {
			return Err(Error::<T>::NotSettled.into());
		};
		let worker = worker.clone();
		let base = Self::base_of(&job, units_used, charged);
		ensure!(Self::checkable(job.class, &worker), Error::<T>::NoChecker);
		Self::count_opened(now)?;
		let mut check = Check {
			worker: worker.clone(),
			requester: job.requester,
			model: job.model,
			class: job.class,
			input_commitment: job.input_commitment,
			max_units: job.max_units,
			claimed: output_hash,
			charged,
			held,
			fee: Self::check_fee(base),
			requested,
			answers: BoundedVec::new(),
			stage: CheckStage::Drawing,
			due: now.saturating_add(DRAW_DELAY.into()),
			redraws: 0,
		};
		match seed {
			Some(seed) => {
				ensure!(Self::draw_checker(id, &mut check, &seed, now)?, Error::<T>::NoChecker);
			},
			None => {
				check.due = Self::schedule_due(check.due, id)?;
			},
		}
		CheckRecords::<T>::mutate(&worker, |record| record.open = record.open.saturating_add(1));
		Checks::<T>::insert(id, check);
		Self::deposit_event(Event::CheckOpened { job: id, worker, requested });
		Ok(())
	}

	/// Draws a checker into `check`: from a random place in the class's active list, the first
	/// of `DRAW_TRIES` workers that is not the checked worker nor a checker it has, and whose
	/// list of checks has room. Gives it `CheckWindow` to commit. Returns whether one was
	/// drawn.
	pub(crate) fn draw_checker(
		id: JobId,
		check: &mut CheckOf<T>,
		seed: &T::Hash,
		now: BlockNumberFor<T>,
	) -> Result<bool, DispatchError> {
		let candidates: Vec<T::AccountId> = Self::eligible_checkers(check.class)
			.filter(|w| *w != check.worker && !check.answers.iter().any(|a| a.checker == *w))
			.collect();
		if candidates.is_empty() {
			return Ok(false);
		}
		let digest = sp_io::hashing::blake2_256(
			&(seed, id, check.answers.len() as u32, check.redraws, b"checker").encode(),
		);
		let x = u64::from_le_bytes([
			digest[0], digest[1], digest[2], digest[3], digest[4], digest[5], digest[6], digest[7],
		]);
		let start = x.checked_rem(candidates.len() as u64).unwrap_or_default() as usize;
		let room = |w: &T::AccountId| {
			(ChecksOf::<T>::decode_len(w).unwrap_or(0) as u32) < T::MaxJobsPerWorker::get()
		};
		let Some(checker) = candidates
			.iter()
			.cycle()
			.skip(start)
			.take(candidates.len().min(DRAW_TRIES))
			.find(|w| room(w))
			.cloned()
		else {
			return Ok(false);
		};
		// Room first (nothing written if a slot or the deadline cannot be had), then the writes.
		let mut answers = check.answers.clone();
		answers
			.try_push(CheckAnswer {
				checker: checker.clone(),
				commitment: None,
				revealed: None,
				dissented: false,
			})
			.map_err(|_| Error::<T>::NoChecker)?;
		let due = Self::schedule_due(now.saturating_add(T::CheckWindow::get()), id)?;
		ChecksOf::<T>::try_mutate(&checker, |list| list.try_push(id))
			.map_err(|_| Error::<T>::NoChecker)?;
		check.answers = answers;
		check.stage = CheckStage::Commit;
		check.due = due;
		Self::deposit_event(Event::CheckerDrawn { job: id, checker, due: check.due });
		Ok(true)
	}

	/// Files check `id` to be looked at after block `due` (for a draw, at `due`), or a few
	/// blocks later if that block is full. Returns the block it is due at.
	fn schedule_due(due: BlockNumberFor<T>, id: JobId) -> Result<BlockNumberFor<T>, Error<T>> {
		let mut block = due;
		for _ in 0..DUE_SPILL {
			// A stage ending at `block` is looked at in the block after; a draw, at `block`.
			let at = block.saturating_add(1u32.into());
			if CheckDue::<T>::try_mutate(at, |list| list.try_push(id)).is_ok() {
				return Ok(block);
			}
			block = block.saturating_add(1u32.into());
		}
		Err(Error::<T>::TooManyTimeouts)
	}

	/// Looks at check `id` in block `now`: draws its checker if it waits for one, or deals with
	/// the checkers that missed its stage's deadline. A stale entry (the check moved on) is
	/// left alone.
	pub(crate) fn check_due(
		id: JobId,
		now: BlockNumberFor<T>,
		seed: Option<T::Hash>,
	) -> Result<(), DispatchError> {
		let Some(mut check) = Checks::<T>::get(id) else { return Ok(()) };
		// Every stage is looked at in the block after its `due`.
		if check.due.saturating_add(1u32.into()) != now {
			return Ok(());
		}
		match check.stage {
			CheckStage::Drawing => {},
			CheckStage::Commit | CheckStage::Reveal => {
				let reveal = check.stage == CheckStage::Reveal;
				let mut kept = BoundedVec::new();
				for answer in core::mem::take(&mut check.answers) {
					let missed =
						answer.revealed.is_none() && (answer.commitment.is_none() || reveal);
					if missed {
						Self::miss(id, &answer.checker)?;
						check.redraws = check.redraws.saturating_add(1);
					} else if kept.try_push(answer).is_err() {
						return Err(Error::<T>::NoChecker.into());
					}
				}
				check.answers = kept;
				if check.redraws > MAX_REDRAWS {
					return Self::abandon(id, check);
				}
				// Those who committed keep their commitments; the replacement commits anew.
			},
		}
		// A check is never left without a deadline: if no checker can be drawn, or no block
		// has room for its deadline, it ends here.
		let drawn = match seed {
			Some(seed) => Self::draw_checker(id, &mut check, &seed, now).unwrap_or(false),
			None => false,
		};
		if !drawn {
			return Self::abandon(id, check);
		}
		Checks::<T>::insert(id, check);
		Ok(())
	}

	/// A checker missed a deadline: slashed `MissedDeadlineSlash`, reported, its miss counted.
	fn miss(id: JobId, checker: &T::AccountId) -> DispatchResult {
		Self::forget_check_of(checker, id);
		Self::slash_worker(checker, T::MissedDeadlineSlash::get(), None)?;
		T::Observer::offended(checker, Offence::MissedDeadline);
		CheckRecords::<T>::mutate(checker, |record| {
			record.missed = record.missed.saturating_add(1)
		});
		Self::deposit_event(Event::CheckerMissed { job: id, checker: checker.clone() });
		Ok(())
	}

	/// Takes check `id` off `checker`'s list.
	fn forget_check_of(checker: &T::AccountId, id: JobId) {
		ChecksOf::<T>::mutate_exists(checker, |list| {
			if let Some(jobs) = list {
				jobs.retain(|j| *j != id);
				if jobs.is_empty() {
					*list = None;
				}
			}
		});
	}

	/// Closes check `id`: off every list, the worker's count of open checks down.
	fn close_check(id: JobId, check: &CheckOf<T>) {
		for answer in check.answers.iter() {
			Self::forget_check_of(&answer.checker, id);
		}
		CheckRecords::<T>::mutate(&check.worker, |record| {
			record.open = record.open.saturating_sub(1)
		});
		Checks::<T>::remove(id);
	}

	/// Nobody could be drawn, or too many missed: the worker is paid what was held and a
	/// requester's fee returned.
	fn abandon(id: JobId, check: CheckOf<T>) -> DispatchResult {
		Self::pay_worker_held(&check)?;
		Self::return_requested_fee(&check)?;
		Self::close_check(id, &check);
		Self::deposit_event(Event::CheckAbandoned { job: id });
		Ok(())
	}

	/// Pays the worker what the settlement account held for the checked job.
	fn pay_worker_held(check: &CheckOf<T>) -> DispatchResult {
		let escrow: T::RuntimeHoldReason = HoldReason::JobEscrow.into();
		T::Purse::pay_from_hold(&escrow, &Self::settlement_account(), &check.worker, check.held)
			.map(|_| ())
	}

	/// Returns a requester's fees, held for a check it asked for, whole.
	fn return_requested_fee(check: &CheckOf<T>) -> DispatchResult {
		if check.requested {
			T::Purse::release(
				&HoldReason::CheckFee.into(),
				&check.requester,
				Self::requested_fee(check.fee),
			)?;
		}
		Ok(())
	}

	/// The check's checkers, in the order drawn.
	fn checkers(check: &CheckOf<T>) -> Vec<T::AccountId> {
		check.answers.iter().map(|a| a.checker.clone()).collect()
	}

	/// What a requester holds to ask for a check: a checker's fee and a tie-breaker's.
	pub(crate) fn requested_fee(fee: BalanceOf<T>) -> BalanceOf<T> {
		fee.saturating_mul(2u32.into())
	}

	/// Checks a commitment against the chain, as the pool, the author and the call do: the
	/// check exists and waits for commitments, the signer is one of its checkers that has not
	/// committed, and the signature is its `atel` key's. Returns the checker's index and account.
	pub fn check_commit(
		id: JobId,
		commitment: &H256,
		signature: &WorkerSignature,
	) -> Result<(usize, T::AccountId), Error<T>> {
		let check = Checks::<T>::get(id).ok_or(Error::<T>::NoCheck)?;
		ensure!(check.stage == CheckStage::Commit, Error::<T>::WrongCheckStage);
		let payload = check_commit_payload(&Self::genesis_hash(), id, commitment);
		let (index, answer) = Self::signing_checker(&check, &payload, signature)?;
		ensure!(answer.commitment.is_none(), Error::<T>::AlreadyCommitted);
		Ok((index, answer.checker.clone()))
	}

	/// The checker of `check` whose `atel` key signed `payload`.
	fn signing_checker<'a>(
		check: &'a CheckOf<T>,
		payload: &[u8],
		signature: &WorkerSignature,
	) -> Result<(usize, &'a CheckAnswer<T::AccountId>), Error<T>> {
		for (index, answer) in check.answers.iter().enumerate() {
			let Some(info) = Workers::<T>::get(&answer.checker) else { continue };
			if info.signing_key.verify(&payload, signature) {
				return Ok((index, answer));
			}
		}
		Err(Error::<T>::NotChecker)
	}

	/// Records a checker's commitment; the round's last moves the check to its reveals.
	pub(crate) fn do_commit_check(
		id: JobId,
		commitment: H256,
		signature: WorkerSignature,
	) -> DispatchResult {
		let (index, checker) = Self::check_commit(id, &commitment, &signature)?;
		let mut check = Checks::<T>::get(id).ok_or(Error::<T>::NoCheck)?;
		let now = frame_system::Pallet::<T>::block_number();
		if let Some(answer) = check.answers.get_mut(index) {
			answer.commitment = Some(commitment);
		}
		if check.answers.iter().all(|a| a.commitment.is_some()) {
			check.stage = CheckStage::Reveal;
			// A full window to reveal; if no block has room for its deadline, the commit
			// deadline already filed serves (a shorter window, never a failed commitment).
			if let Ok(due) = Self::schedule_due(now.saturating_add(T::CheckWindow::get()), id) {
				check.due = due;
			}
		}
		Checks::<T>::insert(id, check);
		Self::deposit_event(Event::CheckCommitted { job: id, checker });
		Ok(())
	}

	/// Checks a reveal against the chain: the check waits for reveals, the signer is one of its
	/// checkers that committed to exactly this answer and salt and has not revealed, the answer
	/// agrees with the receipt unless the round breaks a tie (a first-round checker that
	/// disagrees dissents instead, keeping its answer sealed), and the signature is its `atel`
	/// key's. Returns the checker's index and account.
	pub fn check_reveal(
		id: JobId,
		output_hash: &H256,
		salt: &[u8; 32],
		signature: &WorkerSignature,
	) -> Result<(usize, T::AccountId), Error<T>> {
		let check = Checks::<T>::get(id).ok_or(Error::<T>::NoCheck)?;
		ensure!(check.stage == CheckStage::Reveal, Error::<T>::WrongCheckStage);
		let payload = check_reveal_payload(&Self::genesis_hash(), id, output_hash, salt);
		let (index, answer) = Self::signing_checker(&check, &payload, signature)?;
		ensure!(answer.revealed.is_none(), Error::<T>::WrongCheckStage);
		ensure!(
			answer.commitment == Some(check_commitment(id, &answer.checker, output_hash, salt)),
			Error::<T>::BadReveal
		);
		ensure!(
			check.answers.len() > 1 || output_commitment(id, output_hash) == check.claimed,
			Error::<T>::Disagrees
		);
		Ok((index, answer.checker.clone()))
	}

	/// Records a reveal; the round's last decides the check.
	pub(crate) fn do_reveal_check(
		id: JobId,
		output_hash: H256,
		salt: [u8; 32],
		signature: WorkerSignature,
	) -> DispatchResult {
		let (index, checker) = Self::check_reveal(id, &output_hash, &salt, &signature)?;
		let mut check = Checks::<T>::get(id).ok_or(Error::<T>::NoCheck)?;
		if let Some(answer) = check.answers.get_mut(index) {
			answer.revealed = Some(output_hash);
		}
		Self::forget_check_of(&checker, id);
		Self::deposit_event(Event::CheckRevealed { job: id, checker, output_hash });
		if check.answers.iter().all(|a| a.revealed.is_some()) {
			Self::decide(id, check)
		} else {
			Checks::<T>::insert(id, check);
			Ok(())
		}
	}

	/// Checks a dissent against the chain: the check waits for the reveal of its only checker,
	/// the signer, which committed and has neither revealed nor dissented, and the signature is
	/// its `atel` key's. Returns the checker's account.
	pub fn check_dissent(id: JobId, signature: &WorkerSignature) -> Result<T::AccountId, Error<T>> {
		let check = Checks::<T>::get(id).ok_or(Error::<T>::NoCheck)?;
		ensure!(check.stage == CheckStage::Reveal, Error::<T>::WrongCheckStage);
		ensure!(check.answers.len() == 1, Error::<T>::WrongCheckStage);
		let payload = check_dissent_payload(&Self::genesis_hash(), id);
		let (_, answer) = Self::signing_checker(&check, &payload, signature)?;
		ensure!(
			answer.commitment.is_some() && answer.revealed.is_none() && !answer.dissented,
			Error::<T>::WrongCheckStage
		);
		Ok(answer.checker.clone())
	}

	/// Records a dissent: a tie-breaker is drawn two blocks later (randomness the checker could
	/// not know when it dissented), commits, and then both reveal. The dissenter's answer stays
	/// sealed until then, so the tie-breaker cannot copy it.
	pub(crate) fn do_dissent_check(id: JobId, signature: WorkerSignature) -> DispatchResult {
		let checker = Self::check_dissent(id, &signature)?;
		let mut check = Checks::<T>::get(id).ok_or(Error::<T>::NoCheck)?;
		let now = frame_system::Pallet::<T>::block_number();
		if let Some(answer) = check.answers.get_mut(0) {
			answer.dissented = true;
		}
		check.stage = CheckStage::Drawing;
		// If no block has room, the reveal deadline already filed is when the draw happens.
		if let Ok(due) = Self::schedule_due(now.saturating_add(DRAW_DELAY.into()), id) {
			check.due = due;
		}
		Checks::<T>::insert(id, check);
		Self::deposit_event(Event::CheckDissented { job: id, checker });
		Ok(())
	}

	/// Decides a check whose every answer is revealed. In the first round its only answer
	/// agrees with the receipt (a disagreeing checker dissents instead). With a tie-breaker:
	/// an answer that opens the receipt's commitment proves the receipt right and the other
	/// answer wrong (or, if both open it, the one that dissented lied); two equal answers that
	/// do not open it prove the receipt wrong; otherwise nothing is decided.
	fn decide(id: JobId, check: CheckOf<T>) -> DispatchResult {
		let opens = |a: &CheckAnswer<T::AccountId>| {
			a.revealed.is_some_and(|hash| output_commitment(id, &hash) == check.claimed)
		};
		let wrong = match check.answers.as_slice() {
			[only] if opens(only) => None,
			[a, b] => match (opens(a), opens(b)) {
				(true, true) => {
					check.answers.iter().find(|x| x.dissented).map(|x| x.checker.clone())
				},
				(true, false) => Some(b.checker.clone()),
				(false, true) => Some(a.checker.clone()),
				(false, false) if a.revealed == b.revealed => {
					return Self::receipt_wrong(id, check)
				},
				(false, false) => return Self::undecided(id, check),
			},
			_ => return Self::undecided(id, check),
		};
		match wrong {
			Some(checker) => Self::checker_wrong(id, check, checker),
			None => Self::pass(id, check),
		}
	}

	/// Pays the fee of each checker in `right` from the requester's hold (a requested check) or
	/// the verification fund (what it holds), releasing the rest of a requester's hold.
	fn pay_fees(check: &CheckOf<T>, right: &[T::AccountId]) -> DispatchResult {
		let escrow: T::RuntimeHoldReason = HoldReason::JobEscrow.into();
		if check.requested {
			let hold: T::RuntimeHoldReason = HoldReason::CheckFee.into();
			let mut left = Self::requested_fee(check.fee);
			for checker in right {
				let fee = check.fee.min(left);
				T::Purse::pay_from_hold(&hold, &check.requester, checker, fee)?;
				left = left.saturating_sub(fee);
			}
			T::Purse::release(&hold, &check.requester, left)?;
		} else {
			let pot = Self::settlement_account();
			for checker in right {
				let fee = check.fee.min(VerificationFund::<T>::get());
				T::Purse::pay_from_hold(&escrow, &pot, checker, fee)?;
				VerificationFund::<T>::mutate(|fund| *fund = fund.saturating_sub(fee));
			}
		}
		Ok(())
	}

	/// The receipt was right (by the checker, or a tie-breaker with no checker left to blame):
	/// the worker is paid what was held, the checkers their fees.
	fn pass(id: JobId, check: CheckOf<T>) -> DispatchResult {
		Self::pay_worker_held(&check)?;
		Self::pay_fees(&check, &Self::checkers(&check))?;
		CheckRecords::<T>::mutate(&check.worker, |r| r.passed = r.passed.saturating_add(1));
		Self::close_check(id, &check);
		Self::deposit_event(Event::CheckPassed { job: id, worker: check.worker, paid: check.held });
		Ok(())
	}

	/// Neither checker agreed with the other nor with the receipt: no re-run decides it. The
	/// worker is paid; the checkers are paid their fees; the requester may dispute.
	fn undecided(id: JobId, check: CheckOf<T>) -> DispatchResult {
		Self::pay_worker_held(&check)?;
		Self::pay_fees(&check, &Self::checkers(&check))?;
		Self::close_check(id, &check);
		Self::deposit_event(Event::CheckUndecided { job: id });
		Ok(())
	}

	/// An answer opened the receipt's commitment and `checker`'s did not (or `checker` dissented
	/// and then revealed the receipt's answer): `checker` is slashed, the worker paid what was
	/// held, the other checker's fee paid from the slash, the rest to the reserve.
	fn checker_wrong(id: JobId, check: CheckOf<T>, checker: T::AccountId) -> DispatchResult {
		Self::pay_worker_held(&check)?;
		// The answers that were right: every other checker's.
		let fees: Vec<_> = check
			.answers
			.iter()
			.filter(|a| a.checker != checker)
			.map(|a| (a.checker.clone(), check.fee))
			.collect();
		let (slashed, _) = Self::slash_to(&checker, Self::check_slash(check.charged), &fees)?;
		Self::return_requested_fee(&check)?;
		T::Observer::offended(&checker, Offence::DisputeUpheld);
		CheckRecords::<T>::mutate(&checker, |r| {
			r.failed = r.failed.saturating_add(1);
			r.last_failed = Some(frame_system::Pallet::<T>::block_number());
		});
		CheckRecords::<T>::mutate(&check.worker, |r| r.passed = r.passed.saturating_add(1));
		Self::close_check(id, &check);
		Self::deposit_event(Event::CheckFailed {
			job: id,
			wrong: checker,
			receipt_wrong: false,
			slashed,
			refunded: Zero::zero(),
		});
		Self::deposit_event(Event::CheckPassed { job: id, worker: check.worker, paid: check.held });
		Ok(())
	}

	/// The checker and the tie-breaker agreed against the receipt: the worker's held pay and
	/// `CheckSlashFactor ×` the charge from its stake refund the requester, pay both checkers'
	/// fees, and the rest goes to the reserve; a requester's fee is returned.
	fn receipt_wrong(id: JobId, check: CheckOf<T>) -> DispatchResult {
		let escrow: T::RuntimeHoldReason = HoldReason::JobEscrow.into();
		let from_held = check.held.min(check.charged);
		T::Purse::pay_from_hold(&escrow, &Self::settlement_account(), &check.requester, from_held)?;
		T::Purse::pay_reserve_from_hold(
			&escrow,
			&Self::settlement_account(),
			check.held.saturating_sub(from_held),
		)?;
		let mut payees =
			alloc::vec![(check.requester.clone(), check.charged.saturating_sub(from_held))];
		payees.extend(check.answers.iter().map(|a| (a.checker.clone(), check.fee)));
		let (slashed, _) =
			Self::slash_to(&check.worker, Self::check_slash(check.charged), &payees)?;
		Self::return_requested_fee(&check)?;
		T::Observer::offended(&check.worker, Offence::DisputeUpheld);
		CheckRecords::<T>::mutate(&check.worker, |r| {
			r.failed = r.failed.saturating_add(1);
			r.last_failed = Some(frame_system::Pallet::<T>::block_number());
		});
		Self::close_check(id, &check);
		// The job is over: refunded, so neither checked, disputed nor minted from again.
		Jobs::<T>::remove(id);
		let refunded = check.charged.min(from_held.saturating_add(slashed));
		Self::deposit_event(Event::CheckFailed {
			job: id,
			wrong: check.worker,
			receipt_wrong: true,
			slashed: slashed.saturating_add(check.held),
			refunded,
		});
		Ok(())
	}

	/// Asks for a check of a settled job the requester paid for, holding the checkers' fees.
	pub(crate) fn do_request_check(who: T::AccountId, id: JobId) -> DispatchResult {
		use frame_support::traits::fungible::MutateHold;
		let job = Jobs::<T>::get(id).ok_or(Error::<T>::UnknownJob)?;
		ensure!(job.requester == who, Error::<T>::NotRequester);
		let JobStatus::Settled { charged, settled_at, units_used, ref worker, .. } = job.status
		else {
			return Err(Error::<T>::NotSettled.into());
		};
		let base = Self::base_of(&job, units_used, charged);
		let now = frame_system::Pallet::<T>::block_number();
		ensure!(
			now <= settled_at.saturating_add(T::ChallengePeriod::get()),
			Error::<T>::ChallengePeriodOver
		);
		// Its answers are those it served the job with: they change only once the job's
		// challenge period is over.
		ensure!(
			Workers::<T>::get(worker).is_none_or(|info| info.answers == Answers::Deterministic),
			Error::<T>::Unverifiable
		);
		ensure!(!Checks::<T>::contains_key(id), Error::<T>::CheckOpen);
		let fee = Self::requested_fee(Self::check_fee(base));
		T::Currency::hold(&HoldReason::CheckFee.into(), &who, fee)?;
		// The worker's pay went out at its draw (or waits there, and is paid then): a wrong
		// receipt is refunded from the slash. A failure here reverts the hold with the call.
		Self::open_check(id, Zero::zero(), true, None, now)
	}
}
