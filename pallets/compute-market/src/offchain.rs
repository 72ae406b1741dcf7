//! The worker side: an off-chain worker that serves the jobs assigned to the workers whose `atel`
//! keys are in this node's keystore.
//!
//! Each block, for every local `atel` key registered to a worker this node is configured to
//! serve, it takes the worker's assigned jobs it has no answer for, posts them all at once to
//! the node's inference service, waits for the answers until one shared deadline, and keeps
//! each answer in off-chain local storage. Then it submits, for each worker, one unsigned
//! `submit_receipts` carrying every answer it holds for the worker's jobs still assigned,
//! signed once by the key: a batch that grows from block to block replaces the previous one in
//! the pool (one settlement a worker, the larger first), and an answer leaves the store when
//! its job is no longer assigned (settled or expired). What it reads from off-chain local storage
//! (`PERSISTENT`), which the node's flags set at start-up:
//! - [`ENDPOINT_KEY`]: the service's base URL (`--inference-endpoint`);
//! - [`TOKEN_KEY`]: a bearer token for the service, if any (`--inference-token`);
//! - [`ACCOUNTS_KEY`]: the worker accounts served (`--worker-account`, repeatable). A local key
//!   registered to any other account is left alone, and the log says so.
//!
//! Answers are read up to [`MAX_RESPONSE_BYTES`]; attempt records (one list, not a key per
//! job) are pruned of jobs older than `MaxJobDuration`.
//!
//! The HTTP contract (documented in `docs/inference-service.md`):
//! `POST {endpoint}/v1/jobs` with a JSON body `{"job": 7, "model": 1, "class": "Cpu",
//! "input_commitment": "0x…", "max_units": 1000}`, answered `200` with
//! `{"output_hash": "0x…(32 bytes)", "units_used": 420}`, or `422` when the service rejects the
//! job as invalid, with `{"reason": "too_small", "min_units": 48}` when it is below its smallest
//! job: the node then submits an unsigned `refuse_job` signed by the key (the requester is
//! refunded, nobody slashed; a size refusal raises the worker's declared smallest size). Any
//! other answer is logged and the job tried again after [`RETRY_AFTER_BLOCKS`].

use crate::*;
use alloc::{format, string::String, vec::Vec};
use codec::{Decode, Encode};
use frame_support::{traits::Get, BoundedVec};
use frame_system::{offchain::SubmitTransaction, pallet_prelude::BlockNumberFor};
use sp_core::H256;
use sp_runtime::{
	offchain::{
		http,
		storage::{MutateStorageError, StorageRetrievalError, StorageValueRef},
		Duration, StorageKind,
	},
	traits::Saturating,
	RuntimeAppPublic, SaturatedConversion,
};

/// Off-chain local storage key (PERSISTENT) holding the inference service's base URL.
pub const ENDPOINT_KEY: &[u8] = b"atelier::inference-endpoint";
/// Off-chain local storage key (PERSISTENT) holding the bearer token sent to the inference
/// service, if it wants one (raw bytes; absent for none).
pub const TOKEN_KEY: &[u8] = b"atelier::inference-token";
/// Off-chain local storage key (PERSISTENT) holding the worker accounts this node serves
/// (SCALE `Vec<AccountId>`): a local `atel` key registered to any other account is not used.
pub const ACCOUNTS_KEY: &[u8] = b"atelier::worker-accounts";
/// Off-chain local storage key (PERSISTENT) of the attempt records: `(job, block)` pairs.
const ATTEMPTS_KEY: &[u8] = b"atelier::compute-attempts";
/// Off-chain local storage key (PERSISTENT) of the service's answers not yet settled:
/// `(job, its input commitment, output hash, units)`.
pub const ANSWERS_KEY: &[u8] = b"atelier::compute-answers";
/// Off-chain local storage key (PERSISTENT) of this node's answers to spot checks, with the
/// secret salts of their commitments: `(job, checker, output hash, salt)`. Kept until the
/// checker is off the check.
pub const CHECK_ANSWERS_KEY: &[u8] = b"atelier::check-answers";

/// Off-chain local storage key (PERSISTENT) of this node's secret for the salts of its check
/// commitments (32 random bytes, made once): a salt is `blake2_256(secret ‖ job ‖ checker)`, the
/// same in every run (two runs that overlap commit to the same bytes), and nobody else's to know.
const CHECK_SECRET_KEY: &[u8] = b"atelier::check-secret";

/// A spot-check answer the node committed to (or will): job, checker, output hash, salt.
type CheckAnswers<AccountId> = Vec<(u64, AccountId, H256, [u8; 32])>;

/// The salt of this node's commitment to `job` for `checker`, from its secret (made on first use).
fn check_salt<AccountId: codec::Encode>(job: JobId, checker: &AccountId) -> Option<[u8; 32]> {
	let store = StorageValueRef::persistent(CHECK_SECRET_KEY);
	let secret = match store.get::<[u8; 32]>() {
		Ok(Some(secret)) => secret,
		_ => {
			let fresh = sp_io::offchain::random_seed();
			// Another run may make it first: then its secret is the one.
			match store.mutate(|old: Result<Option<[u8; 32]>, StorageRetrievalError>| match old {
				Ok(Some(secret)) => Ok::<_, ()>(secret),
				_ => Ok(fresh),
			}) {
				Ok(secret) => secret,
				Err(_) => store.get::<[u8; 32]>().ok().flatten()?,
			}
		},
	};
	Some(sp_io::hashing::blake2_256(&(secret, job, checker).encode()))
}

/// The service's answers the node holds: the receipts it will submit. Each names the input it
/// answered, so that after a reorg an answer never passes for another job with the same id.
type Answers = Vec<(u64, H256, H256, u64)>;

/// Whether `answer` answers job `id` as it is now: its id and its input (after a reorg another
/// job may carry the id), and units within the job's limit. Anything else is asked again.
fn answers_job<T: Config>(answer: &(u64, H256, H256, u64), id: JobId, job: &JobOf<T>) -> bool {
	let (answered, input, _, units) = answer;
	*answered == id.0 && *input == job.input_commitment && (1..=job.max_units).contains(units)
}

/// The attempts record: job ids with the block each was last sent to the service.
type Attempts<T> = Vec<(u64, BlockNumberFor<T>)>;
/// Blocks before a job whose receipt has not landed is tried again.
const RETRY_AFTER_BLOCKS: u32 = 5;
/// How long the service may take to answer the jobs of a block, all of them together.
const HTTP_TIMEOUT_MS: u64 = 30_000;
/// The most bytes of the service's answer read: a receipt needs about a hundred.
pub const MAX_RESPONSE_BYTES: usize = 4 * 1024;
/// The most jobs one run serves: a worker holds at most this many (`MaxJobsPerWorker` in the
/// runtime is 32) for each of its keys; beyond, the rest wait for the next block.
const MAX_JOBS_PER_RUN: usize = 64;

/// The off-chain worker's entry point.
pub fn run<T: Config>(now: BlockNumberFor<T>) {
	let keys = WorkerPublic::all();
	if keys.is_empty() {
		return;
	}
	let Some(endpoint) = sp_io::offchain::local_storage_get(StorageKind::PERSISTENT, ENDPOINT_KEY)
	else {
		log::warn!(
			target: LOG_TARGET,
			"an atel key is in the keystore but no inference endpoint is set \
			 (start the node with --inference-endpoint)"
		);
		return;
	};
	let Ok(endpoint) = String::from_utf8(endpoint) else {
		log::error!(target: LOG_TARGET, "the inference endpoint is not UTF-8");
		return;
	};
	let token = sp_io::offchain::local_storage_get(StorageKind::PERSISTENT, TOKEN_KEY)
		.and_then(|bytes| String::from_utf8(bytes).ok());
	let served: Vec<T::AccountId> =
		sp_io::offchain::local_storage_get(StorageKind::PERSISTENT, ACCOUNTS_KEY)
			.and_then(|bytes| Decode::decode(&mut &bytes[..]).ok())
			.unwrap_or_default();
	let genesis = Pallet::<T>::genesis_hash();
	prune_attempts::<T>(now);

	let held: Answers = StorageValueRef::persistent(ANSWERS_KEY)
		.get::<Answers>()
		.ok()
		.flatten()
		.unwrap_or_default();
	let mut workers = Vec::new();
	let mut batch = Vec::new();
	for key in keys {
		let Some(worker) = WorkerKeys::<T>::get(&key) else { continue };
		let mut assigned: Vec<_> = AssignedJobs::<T>::get(&worker)
			.into_iter()
			.filter_map(|id| Jobs::<T>::get(id).map(|job| (id, job)))
			.filter(|(_, job)| matches!(job.status, JobStatus::Assigned { .. }))
			// A receipt lands in the next block at the earliest.
			.filter(|(_, job)| now < job.deadline)
			.collect();
		// The oldest jobs first.
		assigned.sort_by_key(|(id, _)| id.0);
		if assigned.is_empty() {
			continue;
		}
		if !served.contains(&worker) {
			log::warn!(
				target: LOG_TARGET,
				"the local atel key {:?} is registered to {:?}, which this node does not serve \
				 (--worker-account): its {} jobs are left alone",
				key, worker, assigned.len()
			);
			continue;
		}
		for (id, job) in assigned.iter() {
			let answered = held.iter().any(|answer| answers_job::<T>(answer, *id, job));
			if !answered && batch.len() < MAX_JOBS_PER_RUN && claim_attempt::<T>(*id, now) {
				batch.push((*id, job.clone(), key.clone(), worker.clone()));
			}
		}
		workers.push((key, worker, assigned));
	}
	let fresh = if batch.is_empty() {
		Answers::new()
	} else {
		serve_batch::<T>(&endpoint, token.as_deref(), batch, &genesis)
	};
	// Merged with what other runs (a slow service makes them overlap) stored meanwhile, this
	// run's answers first; answers to jobs no longer assigned to a served worker (settled,
	// expired) are dropped, but not those to jobs newer than any this run saw.
	let newest = workers
		.iter()
		.flat_map(|(_, _, assigned)| assigned.iter().map(|(job, _)| job.0))
		.max()
		.unwrap_or(0);
	let keep = |id: &u64| {
		*id > newest
			|| workers
				.iter()
				.any(|(_, _, assigned)| assigned.iter().any(|(job, _)| job.0 == *id))
	};
	let merge = |stored: Answers| {
		let mut answers = fresh.clone();
		answers.extend(stored);
		answers.retain(|(id, ..)| keep(id));
		// Stable: of two answers to one id, this run's stays.
		answers.sort_by_key(|(id, ..)| *id);
		answers.dedup_by_key(|(id, ..)| *id);
		answers
	};
	let merged = StorageValueRef::persistent(ANSWERS_KEY).mutate(
		|stored: Result<Option<Answers>, StorageRetrievalError>| -> Result<Answers, ()> {
			Ok(merge(stored.ok().flatten().unwrap_or_default()))
		},
	);
	// Another run wrote meanwhile: this block's batch uses what this run knows; the next merges.
	let answers = merged.unwrap_or_else(|_| merge(held));
	for (key, worker, assigned) in workers {
		let receipts: Vec<Receipt> = assigned
			.iter()
			.filter_map(|(id, job)| {
				answers.iter().find(|answer| answers_job::<T>(answer, *id, job)).map(
					|(_, _, hash, units)| Receipt {
						job: *id,
						// The receipt commits to the answer; the answer stays here.
						output_hash: output_commitment(*id, hash),
						units_used: *units,
					},
				)
			})
			.take(T::MaxJobsPerWorker::get() as usize)
			.collect();
		if receipts.is_empty() {
			continue;
		}
		match submit_receipts::<T>(&key, receipts, &genesis, now.saturating_add(1u32.into())) {
			Ok(count) => log::info!(
				target: LOG_TARGET,
				"submitted the receipts of {} jobs for worker {:?}", count, worker
			),
			// The same receipts as a block ago are refused while those wait in the pool.
			Err(e) => log::debug!(target: LOG_TARGET, "worker {:?}: {}", worker, e),
		}
	}
	for key in WorkerPublic::all() {
		let Some(worker) = WorkerKeys::<T>::get(&key) else { continue };
		if served.contains(&worker) && !ChecksOf::<T>::get(&worker).is_empty() {
			serve_checks::<T>(&endpoint, token.as_deref(), &key, &worker, &genesis);
		}
	}
}

/// Answers the spot checks `worker` is drawn for: a check waiting for its commitment is re-run
/// through the service (once; the answer and a fresh secret salt are kept in local storage) and
/// its commitment submitted; a check waiting for reveals gets the kept answer revealed. Answers
/// of checks the worker is off are dropped.
fn serve_checks<T: Config>(
	endpoint: &str,
	token: Option<&str>,
	key: &WorkerPublic,
	worker: &T::AccountId,
	genesis: &T::Hash,
) {
	let owed = ChecksOf::<T>::get(worker);
	let store = StorageValueRef::persistent(CHECK_ANSWERS_KEY);
	let mut kept: CheckAnswers<T::AccountId> = store.get().ok().flatten().unwrap_or_default();
	kept.retain(|(job, ..)| Checks::<T>::contains_key(JobId(*job)));
	for id in owed.iter() {
		let Some(check) = Checks::<T>::get(id) else { continue };
		let Some(slot) = check.answers.iter().find(|a| a.checker == *worker) else { continue };
		let known = kept.iter().find(|(job, who, ..)| *job == id.0 && who == worker).cloned();
		let result = match (check.stage, slot.commitment, known) {
			(CheckStage::Commit, None, known) => {
				let answer = match known {
					Some((_, _, hash, salt)) => Ok((hash, salt)),
					None => rerun::<T>(endpoint, token, *id, &check).and_then(|hash| {
						let salt = check_salt(*id, worker)
							.ok_or_else(|| String::from("no secret for the salt"))?;
						kept.push((id.0, worker.clone(), hash, salt));
						Ok((hash, salt))
					}),
				};
				answer.and_then(|(hash, salt)| {
					let commitment = check_commitment(*id, worker, &hash, &salt);
					let payload = check_commit_payload(genesis, *id, &commitment);
					let signature = key.sign(&payload).ok_or("the keystore cannot sign")?;
					Pallet::<T>::check_commit(*id, &commitment, &signature)
						.map_err(|e| format!("the commitment is refused: {e:?}"))?;
					let call = Call::<T>::commit_check { job: *id, commitment, signature };
					SubmitTransaction::<T, Call<T>>::submit_transaction(T::create_bare(call.into()))
						.map_err(|()| String::from("the pool refused the commitment (queued?)"))
						.map(|()| "committed to")
				})
			},
			// In the first round an answer that does not open the receipt's commitment is not
			// revealed: the checker dissents, and reveals once a tie-breaker has committed.
			(CheckStage::Reveal, Some(_), Some((_, _, hash, _)))
				if check.answers.len() == 1 && output_commitment(*id, &hash) != check.claimed =>
			{
				let payload = check_dissent_payload(genesis, *id);
				key.sign(&payload)
					.ok_or_else(|| String::from("the keystore cannot sign"))
					.and_then(|signature| {
						Pallet::<T>::check_dissent(*id, &signature)
							.map_err(|e| format!("the dissent is refused: {e:?}"))?;
						let call = Call::<T>::dissent_check { job: *id, signature };
						SubmitTransaction::<T, Call<T>>::submit_transaction(T::create_bare(
							call.into(),
						))
						.map_err(|()| String::from("the pool refused the dissent (queued?)"))
						.map(|()| "dissented from")
					})
			},
			(CheckStage::Reveal, Some(_), Some((_, _, hash, salt))) if slot.revealed.is_none() => {
				let payload = check_reveal_payload(genesis, *id, &hash, &salt);
				key.sign(&payload)
					.ok_or_else(|| String::from("the keystore cannot sign"))
					.and_then(|signature| {
						Pallet::<T>::check_reveal(*id, &hash, &salt, &signature)
							.map_err(|e| format!("the reveal is refused: {e:?}"))?;
						let call = Call::<T>::reveal_check {
							job: *id,
							output_hash: hash,
							salt,
							signature,
						};
						SubmitTransaction::<T, Call<T>>::submit_transaction(T::create_bare(
							call.into(),
						))
						.map_err(|()| String::from("the pool refused the reveal (queued?)"))
						.map(|()| "revealed")
					})
			},
			(CheckStage::Reveal, Some(_), None) => {
				Err(String::from("committed, but this node lost the answer: the check will miss"))
			},
			_ => continue,
		};
		match result {
			Ok(done) => log::info!(
				target: LOG_TARGET, "spot check of job {} for worker {:?}: {done}", id.0, worker
			),
			Err(e) => log::debug!(target: LOG_TARGET, "spot check of job {}: {e}", id.0),
		}
	}
	// Merged with what an overlapping run kept (the same answers and salts: both deterministic).
	let _ = store.mutate(
		|stored: Result<Option<CheckAnswers<T::AccountId>>, StorageRetrievalError>| {
			// An overlapping run may have answered checks this run did not see: only answers
			// to checks that are over are dropped.
			let mut merged = stored.ok().flatten().unwrap_or_default();
			merged.retain(|(job, ..)| Checks::<T>::contains_key(JobId(*job)));
			for answer in kept {
				if !merged.iter().any(|(job, who, ..)| *job == answer.0 && *who == answer.1) {
					merged.push(answer);
				}
			}
			Ok::<_, ()>(merged)
		},
	);
}

/// Re-runs a checked job through the service, as its worker ran it (the same job id, model,
/// input and units: the service's answer is a function of them). Returns the output hash.
fn rerun<T: Config>(
	endpoint: &str,
	token: Option<&str>,
	id: JobId,
	check: &CheckOf<T>,
) -> Result<H256, String> {
	let url = format!("{}/v1/jobs", endpoint.trim_end_matches('/'));
	let body = request_body(id, check.model, check.class, &check.input_commitment, check.max_units);
	let deadline = sp_io::offchain::timestamp().add(Duration::from_millis(HTTP_TIMEOUT_MS));
	let mut request = http::Request::post(&url, alloc::vec![body.into_bytes()])
		.add_header("Content-Type", "application/json")
		.deadline(deadline);
	let bearer;
	if let Some(token) = token {
		bearer = format!("Bearer {token}");
		request = request.add_header("Authorization", &bearer);
	}
	let pending = request.send().map_err(|e| format!("cannot reach {url}: {e:?}"))?;
	let response = pending
		.try_wait(deadline)
		.map_err(|_| format!("{url} did not answer in time"))?
		.map_err(|e| format!("{url} failed: {e:?}"))?;
	if response.code != 200 {
		return Err(format!("{url} answered {}", response.code));
	}
	let body = read_bounded(response.body())?;
	parse_response(&body).map(|(hash, _)| hash)
}

/// Sends every job of the batch to the service at once, waits for all the answers until one
/// shared deadline, and returns the good answers (refusals are submitted at once).
fn serve_batch<T: Config>(
	endpoint: &str,
	token: Option<&str>,
	batch: Vec<(JobId, JobOf<T>, WorkerPublic, T::AccountId)>,
	genesis: &T::Hash,
) -> Answers {
	let mut answered = Answers::new();
	let url = format!("{}/v1/jobs", endpoint.trim_end_matches('/'));
	let deadline = sp_io::offchain::timestamp().add(Duration::from_millis(HTTP_TIMEOUT_MS));
	let mut sent = Vec::with_capacity(batch.len());
	let mut requests = Vec::with_capacity(batch.len());
	for (id, job, key, worker) in batch {
		let body = request_body(id, job.model, job.class, &job.input_commitment, job.max_units);
		let mut request = http::Request::post(&url, alloc::vec![body.into_bytes()])
			.add_header("Content-Type", "application/json")
			.deadline(deadline);
		let bearer;
		if let Some(token) = token {
			bearer = format!("Bearer {token}");
			request = request.add_header("Authorization", &bearer);
		}
		match request.send() {
			Ok(pending) => {
				requests.push(pending);
				sent.push((id, job, key, worker));
			},
			Err(e) => log::warn!(target: LOG_TARGET, "job {}: cannot reach {}: {:?}", id.0, url, e),
		}
	}
	let answers = http::PendingRequest::try_wait_all(requests, deadline);
	for ((id, job, key, worker), answer) in sent.into_iter().zip(answers) {
		let result = match answer {
			Ok(Ok(response)) => {
				let code = response.code;
				read_bounded(response.body())
					.and_then(|body| handle_answer::<T>(id, &job, &key, code, &body, genesis))
					.map_err(|e| format!("{url}: {e}"))
			},
			Ok(Err(e)) => Err(format!("{} failed: {:?}", url, e)),
			Err(_) => Err(format!("{} did not answer in time", url)),
		};
		match result {
			Ok(Served::Answer(output_hash, units)) => {
				log::info!(
					target: LOG_TARGET,
					"job {} for worker {:?} answered ({} units)", id.0, worker, units
				);
				answered.push((id.0, job.input_commitment, output_hash, units));
			},
			Ok(Served::Refused(reason)) => log::info!(
				target: LOG_TARGET,
				"submitted the refusal of job {} for worker {:?} ({:?})", id.0, worker, reason
			),
			Err(e) => log::warn!(target: LOG_TARGET, "job {}: {}", id.0, e),
		}
	}
	answered
}

/// What the node made of the service's answer to a job.
#[derive(Debug, PartialEq, Eq)]
pub enum Served {
	/// An answer, checked against the job: its output hash and the units it reports, for the
	/// worker's next batch of receipts.
	Answer(H256, u64),
	/// A refusal, with its reason.
	Refused(RefusalReason),
}

/// Acts on the service's answer to job `id`: a `200` becomes an answer for the worker's batch
/// (checked against the job), a `422` a signed refusal; anything else is an error (logged; the
/// job is tried again).
pub fn handle_answer<T: Config>(
	id: JobId,
	job: &JobOf<T>,
	key: &WorkerPublic,
	code: u16,
	body: &[u8],
	genesis: &T::Hash,
) -> Result<Served, String> {
	match code {
		200 => {
			let (output_hash, units) = parse_response(body)?;
			if units == 0 || units > job.max_units {
				return Err(format!(
					"the service reported {} units, outside 1..={}",
					units, job.max_units
				));
			}
			Ok(Served::Answer(output_hash, units))
		},
		422 => match parse_refusal(body, job.max_units) {
			// A bound the chain refuses (above the worker's capacity) still ends the job.
			RefusalReason::TooSmall { min_units } => {
				submit_refusal::<T>(id, key, RefusalReason::TooSmall { min_units }, genesis)
					.or_else(|_| submit_refusal::<T>(id, key, RefusalReason::Invalid, genesis))
					.map(Served::Refused)
			},
			RefusalReason::Invalid => {
				submit_refusal::<T>(id, key, RefusalReason::Invalid, genesis).map(Served::Refused)
			},
		},
		code => Err(format!("answered {code}")),
	}
}

#[derive(serde::Deserialize)]
struct RefusalBody {
	reason: Option<String>,
	min_units: Option<u64>,
}

/// The reason in the service's `422`: `TooSmall` when it states a smallest size above the
/// job's units (as the chain checks), else `Invalid`.
pub fn parse_refusal(bytes: &[u8], job_units: u64) -> RefusalReason {
	match serde_json::from_slice::<RefusalBody>(bytes) {
		Ok(RefusalBody { reason: Some(reason), min_units: Some(min_units) })
			if reason == "too_small" && min_units > job_units =>
		{
			RefusalReason::TooSmall { min_units }
		},
		_ => RefusalReason::Invalid,
	}
}

/// Signs and submits the refusal of job `id`, after checking it as the chain will (so that a
/// spent refusal allowance is logged here, not only in the pool).
fn submit_refusal<T: Config>(
	id: JobId,
	key: &WorkerPublic,
	reason: RefusalReason,
	genesis: &T::Hash,
) -> Result<RefusalReason, String> {
	let refusal = Refusal { job: id, reason };
	let signature = key
		.sign(&refusal_signing_payload(genesis, &refusal))
		.ok_or_else(|| String::from("the keystore cannot sign with the atel key"))?;
	Pallet::<T>::check_refusal(&refusal, &signature).map_err(|e| {
		format!("the service rejected the job, and it cannot be refused: {e:?} (it will expire)")
	})?;
	let call = Call::<T>::refuse_job { refusal, signature };
	let xt = T::create_bare(call.into());
	SubmitTransaction::<T, Call<T>>::submit_transaction(xt)
		.map_err(|()| String::from("the transaction pool refused the refusal"))?;
	Ok(reason)
}

/// The answer's body, refused past [`MAX_RESPONSE_BYTES`].
pub fn read_bounded(body: impl Iterator<Item = u8>) -> Result<Vec<u8>, String> {
	let bytes: Vec<u8> = body.take(MAX_RESPONSE_BYTES.saturating_add(1)).collect();
	if bytes.len() > MAX_RESPONSE_BYTES {
		return Err(format!("the answer is larger than {MAX_RESPONSE_BYTES} bytes"));
	}
	Ok(bytes)
}

/// Records an attempt at `job` in this block, unless one was made in the last
/// `RETRY_AFTER_BLOCKS` blocks (the receipt may still be in the pool). `run` has pruned the
/// records of jobs past any deadline before.
fn claim_attempt<T: Config>(job: JobId, now: BlockNumberFor<T>) -> bool {
	let record = StorageValueRef::persistent(ATTEMPTS_KEY);
	let result = record.mutate(|attempts: Result<Option<Attempts<T>>, StorageRetrievalError>| {
		let mut attempts = attempts.ok().flatten().unwrap_or_default();
		if attempts.iter().any(|(id, block)| {
			*id == job.0 && now < block.saturating_add(RETRY_AFTER_BLOCKS.into())
		}) {
			return Err(());
		}
		attempts.retain(|(id, _)| *id != job.0);
		attempts.push((job.0, now));
		Ok(attempts)
	});
	match result {
		Ok(_) => true,
		Err(MutateStorageError::ValueFunctionFailed(())) => false,
		Err(MutateStorageError::ConcurrentModification(_)) => false,
	}
}

/// Drops the attempt records of jobs past any deadline (older than `MaxJobDuration`).
fn prune_attempts<T: Config>(now: BlockNumberFor<T>) {
	let oldest = now.saturating_sub(T::MaxJobDuration::get());
	let record = StorageValueRef::persistent(ATTEMPTS_KEY);
	let _ =
		record.mutate(
			|attempts: Result<Option<Attempts<T>>, StorageRetrievalError>| match attempts {
				Ok(Some(mut attempts)) if attempts.iter().any(|(_, b)| *b < oldest) => {
					attempts.retain(|(_, block)| *block >= oldest);
					Ok(attempts)
				},
				_ => Err(()),
			},
		);
}

/// The attempt records kept (for tests and operators).
pub fn attempt_records<T: Config>() -> Vec<(u64, BlockNumberFor<T>)> {
	StorageValueRef::persistent(ATTEMPTS_KEY)
		.get::<Vec<(u64, BlockNumberFor<T>)>>()
		.ok()
		.flatten()
		.unwrap_or_default()
}

/// Signs `receipts` (in ascending job order) once with `key` and submits them as one
/// `submit_receipts`, with the witness of what they pay, after checking them as the chain will
/// in the `next` block (so that a batch the pool would refuse is logged here). Returns how many it carries.
fn submit_receipts<T: Config>(
	key: &WorkerPublic,
	receipts: Vec<Receipt>,
	genesis: &T::Hash,
	next: BlockNumberFor<T>,
) -> Result<usize, String> {
	let payload = receipts_signing_payload(genesis, &receipts);
	let signature = key
		.sign(&payload)
		.ok_or_else(|| String::from("the keystore cannot sign with the atel key"))?;
	let batch =
		Pallet::<T>::check_batch_at(&receipts, &payload, &signature, next).map_err(|e| {
			let message = format!("the receipts cannot settle: {e:?}");
			log::warn!(target: LOG_TARGET, "{message}");
			message
		})?;
	let count = receipts.len();
	let receipts = BoundedVec::try_from(receipts)
		.map_err(|_| String::from("more receipts than a batch holds"))?;
	let call = Call::<T>::submit_receipts { receipts, witness: batch.witness, signature };
	let xt = T::create_bare(call.into());
	// The same batch as a block ago is in the pool already, and is refused as such.
	SubmitTransaction::<T, Call<T>>::submit_transaction(xt).map_err(|()| {
		String::from("the transaction pool refused the receipts (already queued?)")
	})?;
	Ok(count)
}

#[derive(serde::Deserialize)]
struct InferenceResponse {
	output_hash: String,
	units_used: u64,
}

/// The JSON body of a job for the inference service.
pub fn request_body(
	id: JobId,
	model: ModelId,
	class: HardwareClass,
	input: &H256,
	max_units: u64,
) -> String {
	let class = match class {
		HardwareClass::Cpu => "Cpu",
		HardwareClass::ConsumerGpu => "ConsumerGpu",
		HardwareClass::DatacenterGpu => "DatacenterGpu",
	};
	format!(
		"{{\"job\":{},\"model\":{},\"class\":\"{}\",\"input_commitment\":\"0x{}\",\"max_units\":{}}}",
		id.0,
		model.0,
		class,
		hex(input.as_bytes()),
		max_units
	)
}

/// Parses the service's answer.
pub fn parse_response(bytes: &[u8]) -> Result<(H256, u64), String> {
	let parsed: InferenceResponse =
		serde_json::from_slice(bytes).map_err(|e| format!("bad JSON from the service: {}", e))?;
	let digits = parsed.output_hash.trim_start_matches("0x");
	let raw = unhex(digits).ok_or_else(|| String::from("output_hash is not hex"))?;
	let hash: [u8; 32] = raw.try_into().map_err(|_| String::from("output_hash is not 32 bytes"))?;
	Ok((H256(hash), parsed.units_used.saturated_into()))
}

fn hex(bytes: &[u8]) -> String {
	use core::fmt::Write;
	let mut out = String::with_capacity(bytes.len().saturating_mul(2));
	for byte in bytes {
		// Writing to a `String` cannot fail.
		let _ = write!(out, "{byte:02x}");
	}
	out
}

fn unhex(digits: &str) -> Option<Vec<u8>> {
	if !digits.len().is_multiple_of(2) {
		return None;
	}
	digits
		.as_bytes()
		.chunks(2)
		.map(|pair| {
			let text = core::str::from_utf8(pair).ok()?;
			u8::from_str_radix(text, 16).ok()
		})
		.collect()
}
