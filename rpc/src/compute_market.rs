//! The compute market's methods for studios and workers: `computeMarket_quote` (what a job costs
//! now), `computeMarket_jobStatus` (where a job stands, its spot check included) and
//! `computeMarket_workerChecks` (a worker's spot-check record). A hardware class is `"Cpu"`,
//! `"ConsumerGpu"` or `"DatacenterGpu"`; any other is refused as invalid parameters, as is an
//! account that is not an SS58 address.

use std::{fmt::Display, str::FromStr};

use codec::Codec;
use jsonrpsee::{core::RpcResult, proc_macros::rpc};
pub use pallet_compute_market_runtime_api::ComputeMarketApi as ComputeMarketRuntimeApi;
use pallet_compute_market_runtime_api::{
	Check, CheckRecord, CheckStage, ComputeMarketApi as RuntimeApi, HardwareClass, Job, JobId,
	JobStatus, ModelId, Quote, QuoteVerification,
};
use serde::{Deserialize, Serialize};
use sp_api::ProvideRuntimeApi;
use sp_blockchain::HeaderBackend;
use sp_runtime::traits::Block as BlockT;

use crate::{invalid_params, runtime_error, Atelier};

/// A quote, as JSON.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct QuoteResponse {
	/// Whether the model exists and may earn.
	pub model_available: bool,
	/// Base fee per unit in this block.
	pub base_fee_per_unit: String,
	/// Base fee per unit in the next block.
	pub next_base_fee_per_unit: String,
	/// A tip per unit that gets the job admitted in the next block.
	pub suggested_tip_per_unit: String,
	/// A `max_base_fee_per_unit` with room for two blocks of rising prices.
	pub suggested_max_base_fee_per_unit: String,
	/// `units × (next_base_fee + suggested_tip)`.
	pub estimated_cost: String,
	/// What the class's active workers offer the job's verification (`null` before version 3
	/// of the runtime API).
	pub verification: Option<VerificationResponse>,
}

/// What a class's active workers offer a job's verification, as JSON.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct VerificationResponse {
	/// Active workers that serve the size with deterministic answers: a job that requires
	/// verification (the default) waits for one of them.
	pub deterministic_workers: u32,
	/// Active workers that serve the size with nondeterministic answers: they take only jobs
	/// submitted with `Waived` verification, and their receipts are never checked.
	pub nondeterministic_workers: u32,
	/// Whether a deterministic worker's receipt of the class is spot-checked now.
	pub spot_checked: bool,
	/// The least chance of a check per receipt, in parts per billion.
	pub check_rate_per_billion: u32,
}

impl From<QuoteVerification> for VerificationResponse {
	fn from(v: QuoteVerification) -> Self {
		Self {
			deterministic_workers: v.deterministic_workers,
			nondeterministic_workers: v.nondeterministic_workers,
			spot_checked: v.spot_checked,
			check_rate_per_billion: v.check_rate.deconstruct(),
		}
	}
}

impl<Balance: Display> From<Quote<Balance>> for QuoteResponse {
	fn from(q: Quote<Balance>) -> Self {
		Self {
			model_available: q.model_available,
			base_fee_per_unit: q.base_fee_per_unit.to_string(),
			next_base_fee_per_unit: q.next_base_fee_per_unit.to_string(),
			suggested_tip_per_unit: q.suggested_tip_per_unit.to_string(),
			suggested_max_base_fee_per_unit: q.suggested_max_base_fee_per_unit.to_string(),
			estimated_cost: q.estimated_cost.to_string(),
			verification: None,
		}
	}
}

/// A job's status, as JSON.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct JobResponse {
	/// The job id.
	pub job: u64,
	/// `pending`, `assigned`, `settled` or `disputed`.
	pub status: String,
	/// The requester (SS58).
	pub requester: String,
	/// The model id.
	pub model: u32,
	/// The hardware class.
	pub class: HardwareClass,
	/// The most units.
	pub max_units: u64,
	/// The highest base fee per unit accepted.
	pub max_base_fee_per_unit: String,
	/// The tip per unit.
	pub tip_per_unit: String,
	/// The last block a receipt is accepted in.
	pub deadline: String,
	/// The escrow still held.
	pub escrow: String,
	/// The worker, once assigned.
	pub worker: Option<String>,
	/// The base fee per unit the job settles at, once assigned.
	pub base_fee_per_unit: Option<String>,
	/// The output's hash, once settled.
	pub output_hash: Option<String>,
	/// Units used, once settled.
	pub units_used: Option<u64>,
	/// What the requester paid, once settled.
	pub charged: Option<String>,
	/// The job's open spot check, if one is open.
	pub check: Option<CheckResponse>,
}

/// A spot check, as JSON.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct CheckResponse {
	/// `drawing` (a checker is drawn at `due`), `commit` or `reveal` (until `due`).
	pub stage: String,
	/// The last block of the stage.
	pub due: String,
	/// The checker, then the tie-breaker: each with whether it committed, and what it revealed.
	pub checkers: Vec<CheckerResponse>,
	/// The worker's pay held until the check is decided.
	pub held: String,
	/// Whether the requester asked (and paid) for it.
	pub requested: bool,
}

/// A checker of a spot check, as JSON.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct CheckerResponse {
	/// The checker (SS58).
	pub checker: String,
	/// Whether it committed.
	pub committed: bool,
	/// The output hash it revealed.
	pub revealed: Option<String>,
}

/// A worker's spot-check record, as JSON.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct WorkerChecksResponse {
	/// Its receipts found right by a check.
	pub passed: u32,
	/// Its receipts, or its answers as a checker, proved wrong.
	pub failed: u32,
	/// Checks it was drawn for and did not answer in time.
	pub missed: u32,
	/// Checks of its receipts still open.
	pub open: u32,
	/// The block of its last failure.
	pub last_failed: Option<String>,
}

impl<N: Display> From<CheckRecord<N>> for WorkerChecksResponse {
	fn from(r: CheckRecord<N>) -> Self {
		Self {
			passed: r.passed,
			failed: r.failed,
			missed: r.missed,
			open: r.open,
			last_failed: r.last_failed.map(|at| at.to_string()),
		}
	}
}

fn check_response<A: Display, B: Display, N: Display>(check: Check<A, B, N>) -> CheckResponse {
	CheckResponse {
		stage: match check.stage {
			CheckStage::Drawing => "drawing",
			CheckStage::Commit => "commit",
			CheckStage::Reveal => "reveal",
		}
		.into(),
		due: check.due.to_string(),
		checkers: check
			.answers
			.into_iter()
			.map(|a| CheckerResponse {
				checker: a.checker.to_string(),
				committed: a.commitment.is_some(),
				revealed: a.revealed.map(|hash| format!("{hash:?}")),
			})
			.collect(),
		held: check.held.to_string(),
		requested: check.requested,
	}
}

fn job_response<A: Display, B: Display, N: Display>(id: JobId, job: Job<A, B, N>) -> JobResponse {
	let mut response = JobResponse {
		job: id.0,
		status: String::new(),
		requester: job.requester.to_string(),
		model: job.model.0,
		class: job.class,
		max_units: job.max_units,
		max_base_fee_per_unit: job.max_base_fee_per_unit.to_string(),
		tip_per_unit: job.tip_per_unit.to_string(),
		deadline: job.deadline.to_string(),
		escrow: job.escrow.to_string(),
		worker: None,
		base_fee_per_unit: None,
		output_hash: None,
		units_used: None,
		charged: None,
		check: None,
	};
	response.status = match job.status {
		JobStatus::Pending => "pending".into(),
		JobStatus::Assigned { worker, base_fee_per_unit, .. } => {
			response.worker = Some(worker.to_string());
			response.base_fee_per_unit = Some(base_fee_per_unit.to_string());
			"assigned".into()
		},
		JobStatus::Settled { worker, output_hash, units_used, charged, .. } => {
			response.worker = Some(worker.to_string());
			response.output_hash = Some(format!("{:?}", output_hash));
			response.units_used = Some(units_used);
			response.charged = Some(charged.to_string());
			"settled".into()
		},
		JobStatus::Disputed { worker, charged, .. } => {
			response.worker = Some(worker.to_string());
			response.charged = Some(charged.to_string());
			"disputed".into()
		},
	};
	response
}

/// The compute market's JSON-RPC methods.
#[rpc(client, server)]
pub trait ComputeMarketApi<BlockHash> {
	/// A quote for `units` compute units of `model` on `class` hardware.
	#[method(name = "computeMarket_quote")]
	fn quote(
		&self,
		model: u32,
		class: HardwareClass,
		units: u64,
		at: Option<BlockHash>,
	) -> RpcResult<QuoteResponse>;

	/// The status of a job, with its open spot check; `null` once closed or if unknown.
	#[method(name = "computeMarket_jobStatus")]
	fn job_status(&self, job: u64, at: Option<BlockHash>) -> RpcResult<Option<JobResponse>>;

	/// A worker's spot-check record (zeros for an account never checked).
	#[method(name = "computeMarket_workerChecks")]
	fn worker_checks(
		&self,
		account: String,
		at: Option<BlockHash>,
	) -> RpcResult<WorkerChecksResponse>;
}

/// The first version of the runtime API with spot checks.
const CHECKS_API: u32 = 2;
/// The first version of the runtime API with what a class offers a job's verification.
const VERIFICATION_API: u32 = 3;

impl<C, Block, AccountId, Balance, BlockNumber> ComputeMarketApiServer<<Block as BlockT>::Hash>
	for Atelier<C, (Block, AccountId, Balance, BlockNumber)>
where
	Block: BlockT,
	C: ProvideRuntimeApi<Block> + HeaderBackend<Block> + Send + Sync + 'static,
	C::Api: RuntimeApi<Block, AccountId, Balance, BlockNumber>,
	AccountId: Codec + Display + FromStr + 'static,
	Balance: Codec + Display + 'static,
	BlockNumber: Codec + Display + 'static,
{
	fn quote(
		&self,
		model: u32,
		class: HardwareClass,
		units: u64,
		at: Option<<Block as BlockT>::Hash>,
	) -> RpcResult<QuoteResponse> {
		if units == 0 {
			return Err(invalid_params("units must be at least 1", units));
		}
		let api = self.client.runtime_api();
		let at = self.at(at);
		let quote = api.quote(at, ModelId(model), class, units).map_err(runtime_error)?;
		let mut response = QuoteResponse::from(quote);
		if self.api_version(at)? >= VERIFICATION_API {
			let offer = api.quote_verification(at, class, units).map_err(runtime_error)?;
			response.verification = Some(offer.into());
		}
		Ok(response)
	}

	fn job_status(
		&self,
		job: u64,
		at: Option<<Block as BlockT>::Hash>,
	) -> RpcResult<Option<JobResponse>> {
		let api = self.client.runtime_api();
		let at = self.at(at);
		let Some(found) = api.job(at, JobId(job)).map_err(runtime_error)? else {
			return Ok(None);
		};
		let mut response = job_response(JobId(job), found);
		if self.checks_api(at)? {
			let check = api.check(at, JobId(job)).map_err(runtime_error)?;
			response.check = check.map(check_response);
		}
		Ok(Some(response))
	}

	fn worker_checks(
		&self,
		account: String,
		at: Option<<Block as BlockT>::Hash>,
	) -> RpcResult<WorkerChecksResponse> {
		let who = AccountId::from_str(account.trim())
			.map_err(|_| invalid_params("account must be an SS58 address", &account))?;
		let at = self.at(at);
		if !self.checks_api(at)? {
			return Ok(WorkerChecksResponse {
				passed: 0,
				failed: 0,
				missed: 0,
				open: 0,
				last_failed: None,
			});
		}
		let record = self.client.runtime_api().check_record(at, who).map_err(runtime_error)?;
		Ok(record.into())
	}
}

impl<C, Block, AccountId, Balance, BlockNumber> Atelier<C, (Block, AccountId, Balance, BlockNumber)>
where
	Block: BlockT,
	C: ProvideRuntimeApi<Block> + HeaderBackend<Block> + Send + Sync + 'static,
	C::Api: RuntimeApi<Block, AccountId, Balance, BlockNumber>,
	AccountId: Codec + 'static,
	Balance: Codec + 'static,
	BlockNumber: Codec + 'static,
{
	/// The version of the runtime API at `at`.
	fn api_version(&self, at: <Block as BlockT>::Hash) -> RpcResult<u32> {
		use sp_api::ApiExt;
		Ok(self
			.client
			.runtime_api()
			.api_version::<dyn RuntimeApi<Block, AccountId, Balance, BlockNumber>>(at)
			.map_err(runtime_error)?
			.unwrap_or(1))
	}

	/// Whether the runtime at `at` has spot checks (version 2 of the runtime API).
	fn checks_api(&self, at: <Block as BlockT>::Hash) -> RpcResult<bool> {
		Ok(self.api_version(at)? >= CHECKS_API)
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn hardware_classes_are_named_as_in_the_runtime() {
		for (class, name) in [
			(HardwareClass::Cpu, "\"Cpu\""),
			(HardwareClass::ConsumerGpu, "\"ConsumerGpu\""),
			(HardwareClass::DatacenterGpu, "\"DatacenterGpu\""),
		] {
			assert_eq!(serde_json::to_string(&class).unwrap(), name);
			assert_eq!(serde_json::from_str::<HardwareClass>(name).unwrap(), class);
		}
		assert!(serde_json::from_str::<HardwareClass>("\"Tpu\"").is_err());
	}
}
