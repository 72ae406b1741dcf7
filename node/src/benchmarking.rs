//! `atelier-node benchmark` (a `runtime-benchmarks` build only): the subcommands, the extrinsic
//! builders for `benchmark overhead` and `benchmark extrinsic` (`remark`, `transfer_keep_alive`,
//! and the compute market's `submit_receipt` and `submit_receipts` on `--chain compute-bench`,
//! whose genesis holds assigned jobs), and the inherent data those benchmarks put in each
//! block.

use std::{sync::Arc, time::Duration};

use atelier_runtime::{self as runtime, genesis_config_presets::compute_bench};
use frame_benchmarking_cli::{BenchmarkCmd, ExtrinsicFactory, SUBSTRATE_REFERENCE_HARDWARE};
use runtime::{opaque::Block, AccountId, Balance, BalancesCall, SystemCall, EXISTENTIAL_DEPOSIT};
use sc_cli::{Result, SubstrateCli};
use sc_client_api::BlockBackend;
use sc_service::PartialComponents;
use sp_core::{Encode, Pair};
use sp_inherents::{InherentData, InherentDataProvider};
use sp_keyring::Sr25519Keyring;
use sp_runtime::{OpaqueExtrinsic, SaturatedConversion};

use crate::{
	cli::Cli,
	service::{self, FullClient},
};

/// Builds `System::remark` extrinsics, the baseline of `benchmark overhead`.
pub struct RemarkBuilder {
	client: Arc<FullClient>,
}

impl RemarkBuilder {
	/// A builder that signs for the given client's chain.
	pub fn new(client: Arc<FullClient>) -> Self {
		Self { client }
	}
}

impl frame_benchmarking_cli::ExtrinsicBuilder for RemarkBuilder {
	fn pallet(&self) -> &str {
		"system"
	}

	fn extrinsic(&self) -> &str {
		"remark"
	}

	fn build(&self, nonce: u32) -> std::result::Result<OpaqueExtrinsic, &'static str> {
		let extrinsic = create_benchmark_extrinsic(
			self.client.as_ref(),
			Sr25519Keyring::Bob.pair(),
			SystemCall::remark { remark: vec![] }.into(),
			nonce,
		)?;
		Ok(extrinsic.into())
	}
}

/// Builds `Balances::transfer_keep_alive` extrinsics.
pub struct TransferKeepAliveBuilder {
	client: Arc<FullClient>,
	dest: AccountId,
	value: Balance,
}

impl TransferKeepAliveBuilder {
	/// A builder of transfers of `value` to `dest`.
	pub fn new(client: Arc<FullClient>, dest: AccountId, value: Balance) -> Self {
		Self { client, dest, value }
	}
}

impl frame_benchmarking_cli::ExtrinsicBuilder for TransferKeepAliveBuilder {
	fn pallet(&self) -> &str {
		"balances"
	}

	fn extrinsic(&self) -> &str {
		"transfer_keep_alive"
	}

	fn build(&self, nonce: u32) -> std::result::Result<OpaqueExtrinsic, &'static str> {
		let extrinsic = create_benchmark_extrinsic(
			self.client.as_ref(),
			Sr25519Keyring::Bob.pair(),
			BalancesCall::transfer_keep_alive { dest: self.dest.clone().into(), value: self.value }
				.into(),
			nonce,
		)?;
		Ok(extrinsic.into())
	}
}

/// Builds `ComputeMarket::submit_receipt` extrinsics: receipt `n` settles job `n / WORKERS` of
/// worker `n % WORKERS` of the `compute-bench` chain, signed by its `atel` key. A worker settles
/// once a block, so a block holds at most one single receipt a worker (`WORKERS`).
pub struct ReceiptBuilder {
	client: Arc<FullClient>,
}

impl ReceiptBuilder {
	/// A builder for the given client's chain (`--chain compute-bench`).
	pub fn new(client: Arc<FullClient>) -> Self {
		Self { client }
	}
}

impl frame_benchmarking_cli::ExtrinsicBuilder for ReceiptBuilder {
	fn pallet(&self) -> &str {
		"compute_market"
	}

	fn extrinsic(&self) -> &str {
		"submit_receipt"
	}

	fn build(&self, nonce: u32) -> std::result::Result<OpaqueExtrinsic, &'static str> {
		use pallet_compute_market::{receipt_signing_payload, JobId, Receipt};
		let per_worker = compute_bench::jobs_per_worker();
		if nonce >= compute_bench::WORKERS * per_worker {
			return Err("the compute-bench chain holds no more assigned jobs");
		}
		let (worker, nth) = (nonce % compute_bench::WORKERS, nonce / compute_bench::WORKERS);
		let nonce = worker * per_worker + nth;
		let genesis_hash = genesis_hash(&self.client)?;
		let receipt = Receipt {
			job: JobId(u64::from(nonce)),
			output_hash: sp_core::H256::from_low_u64_be(u64::from(nonce) + 1),
			units_used: compute_bench::JOB_UNITS,
		};
		let key = compute_bench::worker_key(worker);
		let signature = key.sign(&receipt_signing_payload(&genesis_hash, &receipt));
		let call = pallet_compute_market::Call::<runtime::Runtime>::submit_receipt {
			receipt,
			signature: signature.into(),
		};
		Ok(runtime::UncheckedExtrinsic::new_bare(call.into()).into())
	}
}

/// Builds `ComputeMarket::submit_receipts` extrinsics: batch `n` settles every job of the
/// `compute-bench` chain's worker `n` (`MaxJobsPerWorker` receipts), signed once by its `atel`
/// key, with the witness the off-chain worker would give it (read from the chain's models).
pub struct ReceiptBatchBuilder {
	client: Arc<FullClient>,
}

impl ReceiptBatchBuilder {
	/// A builder for the given client's chain (`--chain compute-bench`).
	pub fn new(client: Arc<FullClient>) -> Self {
		Self { client }
	}
}

impl frame_benchmarking_cli::ExtrinsicBuilder for ReceiptBatchBuilder {
	fn pallet(&self) -> &str {
		"compute_market"
	}

	fn extrinsic(&self) -> &str {
		"submit_receipts"
	}

	fn build(&self, nonce: u32) -> std::result::Result<OpaqueExtrinsic, &'static str> {
		use pallet_compute_market::{receipts_signing_payload, JobId, Receipt, SettlementWitness};
		let per_worker = compute_bench::jobs_per_worker();
		if nonce >= compute_bench::WORKERS {
			return Err("the compute-bench chain holds no more workers with assigned jobs");
		}
		let genesis_hash = genesis_hash(&self.client)?;
		let jobs = nonce * per_worker..(nonce + 1) * per_worker;
		let receipts: Vec<Receipt> = jobs
			.clone()
			.map(|job| Receipt {
				job: JobId(u64::from(job)),
				output_hash: sp_core::H256::from_low_u64_be(u64::from(job) + 1),
				units_used: compute_bench::JOB_UNITS,
			})
			.collect();
		let key = compute_bench::worker_key(nonce);
		let signature = key.sign(&receipts_signing_payload(&genesis_hash, &receipts));
		let models: std::collections::BTreeSet<_> =
			jobs.clone().map(compute_bench::model_of).collect();
		let witness = SettlementWitness {
			models: models.len() as u32,
			licensees: compute_bench::licensees_of(jobs),
		};
		let call = pallet_compute_market::Call::<runtime::Runtime>::submit_receipts {
			receipts: receipts.try_into().map_err(|_| "more receipts than a batch holds")?,
			witness,
			signature: signature.into(),
		};
		Ok(runtime::UncheckedExtrinsic::new_bare(call.into()).into())
	}
}

/// The chain's genesis hash, which receipts sign over.
fn genesis_hash(client: &FullClient) -> std::result::Result<runtime::Hash, &'static str> {
	client.block_hash(0).ok().flatten().ok_or("the database holds no genesis block")
}

/// A signed extrinsic of `call` from `sender`, with the standard transaction extensions.
pub fn create_benchmark_extrinsic(
	client: &FullClient,
	sender: sp_core::sr25519::Pair,
	call: runtime::RuntimeCall,
	nonce: u32,
) -> std::result::Result<runtime::UncheckedExtrinsic, &'static str> {
	let genesis_hash = genesis_hash(client)?;
	let best_hash = client.chain_info().best_hash;
	let best_block = client.chain_info().best_number;

	let period = runtime::configs::BlockHashCount::get()
		.checked_next_power_of_two()
		.map(|c| c / 2)
		.unwrap_or(2) as u64;
	let tx_ext: runtime::TxExtension = (
		frame_system::CheckNonZeroSender::<runtime::Runtime>::new(),
		frame_system::CheckSpecVersion::<runtime::Runtime>::new(),
		frame_system::CheckTxVersion::<runtime::Runtime>::new(),
		frame_system::CheckGenesis::<runtime::Runtime>::new(),
		frame_system::CheckEra::<runtime::Runtime>::from(sp_runtime::generic::Era::mortal(
			period,
			best_block.saturated_into(),
		)),
		frame_system::CheckNonce::<runtime::Runtime>::from(nonce),
		frame_system::CheckWeight::<runtime::Runtime>::new(),
		pallet_transaction_payment::ChargeTransactionPayment::<runtime::Runtime>::from(0),
		frame_metadata_hash_extension::CheckMetadataHash::<runtime::Runtime>::new(false),
	);

	let raw_payload = runtime::SignedPayload::from_raw(
		call.clone(),
		tx_ext.clone(),
		(
			(),
			runtime::VERSION.spec_version,
			runtime::VERSION.transaction_version,
			genesis_hash,
			best_hash,
			(),
			(),
			(),
			None,
		),
	);
	let signature = raw_payload.using_encoded(|e| sender.sign(e));

	Ok(runtime::UncheckedExtrinsic::new_signed(
		call,
		sp_runtime::AccountId32::from(sender.public()).into(),
		runtime::Signature::Sr25519(signature),
		tx_ext,
	))
}

/// The inherent data of a benchmark block: a timestamp.
pub fn inherent_benchmark_data() -> Result<InherentData> {
	let mut inherent_data = InherentData::new();
	let timestamp = sp_timestamp::InherentDataProvider::new(Duration::from_millis(0).into());

	futures::executor::block_on(timestamp.provide_inherent_data(&mut inherent_data))
		.map_err(|e| format!("creating inherent data: {e:?}"))?;
	Ok(inherent_data)
}

/// Runs `atelier-node benchmark <cmd>`.
pub fn run(cli: &Cli, cmd: &BenchmarkCmd) -> Result<()> {
	let runner = cli.create_runner(cmd)?;
	runner.sync_run(|config| match cmd {
		BenchmarkCmd::Pallet(cmd) => {
			cmd.run_with_spec::<sp_runtime::traits::HashingFor<Block>, ()>(Some(config.chain_spec))
		},
		BenchmarkCmd::Block(cmd) => {
			let PartialComponents { client, .. } = service::new_partial(&config)?;
			cmd.run(client)
		},
		BenchmarkCmd::Storage(cmd) => {
			let PartialComponents { client, backend, .. } = service::new_partial(&config)?;
			let db = backend.expose_db();
			let storage = backend.expose_storage();
			let shared_trie_cache = backend.expose_shared_trie_cache();
			cmd.run(config, client, db, storage, shared_trie_cache)
		},
		BenchmarkCmd::Overhead(cmd) => {
			let chain_name = config.chain_spec.name().to_string();
			let PartialComponents { client, .. } = service::new_partial(&config)?;
			let ext_builder = RemarkBuilder::new(client.clone());
			cmd.run(chain_name, client, inherent_benchmark_data()?, Vec::new(), &ext_builder, false)
		},
		BenchmarkCmd::Extrinsic(cmd) => {
			let PartialComponents { client, .. } = service::new_partial(&config)?;
			let ext_factory = ExtrinsicFactory(vec![
				Box::new(RemarkBuilder::new(client.clone())),
				Box::new(TransferKeepAliveBuilder::new(
					client.clone(),
					Sr25519Keyring::Alice.to_account_id(),
					EXISTENTIAL_DEPOSIT,
				)),
				Box::new(ReceiptBuilder::new(client.clone())),
				Box::new(ReceiptBatchBuilder::new(client.clone())),
			]);
			cmd.run(client, inherent_benchmark_data()?, Vec::new(), &ext_factory)
		},
		BenchmarkCmd::Machine(cmd) => cmd.run(&config, SUBSTRATE_REFERENCE_HARDWARE.clone()),
	})
}
