//! The worker side: an off-chain worker that serves the jobs assigned to the workers whose `atel`
//! keys are in this node's keystore.
//!
//! Each block, for every local `atel` key registered to a worker, it takes the worker's assigned
//! jobs, posts each to the node's inference service, and submits the result as an unsigned
//! `submit_receipt` signed by the key. The service's address is read from off-chain local
//! storage (`PERSISTENT`, key [`ENDPOINT_KEY`], the raw URL bytes), which the node's
//! `--inference-endpoint` flag sets at start-up (or the `offchain_localStorageSet` RPC).
//!
//! The HTTP contract (documented in `docs/inference-service.md`):
//! `POST {endpoint}/v1/jobs` with a JSON body `{"job": 7, "model": 1, "class": "Cpu",
//! "input_commitment": "0x…", "max_units": 1000}`, answered `200` with
//! `{"output_hash": "0x…(32 bytes)", "units_used": 420}`.

use crate::*;
use alloc::{format, string::String, vec::Vec};
use codec::Encode;
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
/// Prefix of the off-chain record of the last block a job was attempted in.
const ATTEMPT_PREFIX: &[u8] = b"atelier::compute-attempt::";
/// Blocks before a job whose receipt has not landed is tried again.
const RETRY_AFTER_BLOCKS: u32 = 5;
/// How long the service may take to answer.
const HTTP_TIMEOUT_MS: u64 = 30_000;

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
	let genesis = Pallet::<T>::genesis_hash();
	for key in keys {
		let Some(worker) = WorkerKeys::<T>::get(&key) else { continue };
		for (id, ()) in WorkerJobs::<T>::iter_prefix(&worker) {
			let Some(job) = Jobs::<T>::get(id) else { continue };
			if !matches!(job.status, JobStatus::Assigned { .. }) || now > job.deadline {
				continue;
			}
			if !claim_attempt::<T>(id, now) {
				continue;
			}
			match serve::<T>(&endpoint, id, &job, &key, &genesis) {
				Ok(units) => log::info!(
					target: LOG_TARGET,
					"submitted the receipt of job {} ({} units)", id.0, units
				),
				Err(e) => log::warn!(target: LOG_TARGET, "job {}: {}", id.0, e),
			}
		}
	}
}

/// Records an attempt at `job` in this block, unless one was made in the last
/// `RETRY_AFTER_BLOCKS` blocks (the receipt may still be in the pool).
fn claim_attempt<T: Config>(job: JobId, now: BlockNumberFor<T>) -> bool {
	let key = (ATTEMPT_PREFIX, job.0).encode();
	let record = StorageValueRef::persistent(&key);
	let result =
		record.mutate(
			|last: Result<Option<BlockNumberFor<T>>, StorageRetrievalError>| match last {
				Ok(Some(block)) if now < block.saturating_add(RETRY_AFTER_BLOCKS.into()) => Err(()),
				_ => Ok(now),
			},
		);
	match result {
		Ok(_) => true,
		Err(MutateStorageError::ValueFunctionFailed(())) => false,
		Err(MutateStorageError::ConcurrentModification(_)) => false,
	}
}

/// Runs one job through the service and submits its receipt. Returns the units reported.
fn serve<T: Config>(
	endpoint: &str,
	id: JobId,
	job: &JobOf<T>,
	key: &WorkerPublic,
	genesis: &T::Hash,
) -> Result<u64, String> {
	let (output_hash, units_used) = request_inference::<T>(endpoint, id, job)?;
	if units_used == 0 || units_used > job.max_units {
		return Err(format!(
			"the service reported {} units, outside 1..={}",
			units_used, job.max_units
		));
	}
	let receipt = Receipt { job: id, output_hash, units_used };
	let signature = key
		.sign(&receipt_signing_payload(genesis, &receipt))
		.ok_or_else(|| String::from("the keystore cannot sign with the atel key"))?;
	let call = Call::<T>::submit_receipt { receipt, signature };
	let xt = T::create_bare(call.into());
	SubmitTransaction::<T, Call<T>>::submit_transaction(xt)
		.map_err(|()| String::from("the transaction pool refused the receipt"))?;
	Ok(units_used)
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

fn request_inference<T: Config>(
	endpoint: &str,
	id: JobId,
	job: &JobOf<T>,
) -> Result<(H256, u64), String> {
	let url = format!("{}/v1/jobs", endpoint.trim_end_matches('/'));
	let body = request_body(id, job.model, job.class, &job.input_commitment, job.max_units);
	let deadline = sp_io::offchain::timestamp().add(Duration::from_millis(HTTP_TIMEOUT_MS));
	let pending = http::Request::post(&url, alloc::vec![body.into_bytes()])
		.add_header("Content-Type", "application/json")
		.deadline(deadline)
		.send()
		.map_err(|e| format!("cannot reach {}: {:?}", url, e))?;
	let response = pending
		.try_wait(deadline)
		.map_err(|_| format!("{} did not answer in time", url))?
		.map_err(|e| format!("{} failed: {:?}", url, e))?;
	if response.code != 200 {
		return Err(format!("{} answered {}", url, response.code));
	}
	let bytes: Vec<u8> = response.body().collect();
	parse_response(&bytes)
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
	const DIGITS: &[u8; 16] = b"0123456789abcdef";
	let mut out = String::with_capacity(bytes.len().saturating_mul(2));
	for byte in bytes {
		out.push(char::from(DIGITS[usize::from(byte >> 4)]));
		out.push(char::from(DIGITS[usize::from(byte & 0x0f)]));
	}
	out
}

fn unhex(digits: &str) -> Option<Vec<u8>> {
	if digits.len() % 2 != 0 {
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
