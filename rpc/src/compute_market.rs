//! The compute market's methods for studios: `computeMarket_quote` (what a job costs now) and
//! `computeMarket_jobStatus` (where a job stands). A hardware class is `"Cpu"`, `"ConsumerGpu"`
//! or `"DatacenterGpu"`; any other is refused as invalid parameters.

use std::fmt::Display;

use codec::Codec;
use jsonrpsee::{core::RpcResult, proc_macros::rpc};
pub use pallet_compute_market_runtime_api::ComputeMarketApi as ComputeMarketRuntimeApi;
use pallet_compute_market_runtime_api::{
	ComputeMarketApi as RuntimeApi, HardwareClass, Job, JobId, JobStatus, ModelId, Quote,
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

	/// The status of a job; `null` once closed or if unknown.
	#[method(name = "computeMarket_jobStatus")]
	fn job_status(&self, job: u64, at: Option<BlockHash>) -> RpcResult<Option<JobResponse>>;
}

impl<C, Block, AccountId, Balance, BlockNumber> ComputeMarketApiServer<<Block as BlockT>::Hash>
	for Atelier<C, (Block, AccountId, Balance, BlockNumber)>
where
	Block: BlockT,
	C: ProvideRuntimeApi<Block> + HeaderBackend<Block> + Send + Sync + 'static,
	C::Api: RuntimeApi<Block, AccountId, Balance, BlockNumber>,
	AccountId: Codec + Display + 'static,
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
		let quote = self
			.client
			.runtime_api()
			.quote(self.at(at), ModelId(model), class, units)
			.map_err(runtime_error)?;
		Ok(quote.into())
	}

	fn job_status(
		&self,
		job: u64,
		at: Option<<Block as BlockT>::Hash>,
	) -> RpcResult<Option<JobResponse>> {
		let found =
			self.client.runtime_api().job(self.at(at), JobId(job)).map_err(runtime_error)?;
		Ok(found.map(|j| job_response(JobId(job), j)))
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
