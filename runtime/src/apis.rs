//! The runtime APIs: what the node, wallets, block explorers and studios may ask the runtime.
//!
//! Beside consensus and block building: account nonces, fee quotes for extrinsics and calls,
//! metadata at every version FRAME offers (V14, V15, V16), view functions, genesis presets,
//! session keys, the off-chain worker entry point, exchange quotes, and (behind their features)
//! benchmarks and try-runtime.

use alloc::{vec, vec::Vec};
use frame_support::{
	genesis_builder_helper::{build_state, get_preset},
	traits::fungible::NativeOrWithId,
	weights::Weight,
};
use pallet_grandpa::AuthorityId as GrandpaId;
use sp_api::impl_runtime_apis;
use sp_core::{crypto::KeyTypeId, OpaqueMetadata};
use sp_runtime::{
	traits::{Block as BlockT, NumberFor},
	transaction_validity::{TransactionSource, TransactionValidity},
	ApplyExtrinsicResult,
};
use sp_version::RuntimeVersion;

use super::{
	AccountId, AssetConversion, AssetId, Babe, Balance, Block, BlockNumber, ComputeMarket,
	Executive, Grandpa, Historical, InherentDataExt, ModelShares, Nonce, Provenance, Reputation,
	Royalties, Runtime, RuntimeCall, RuntimeGenesisConfig, SessionKeys, System, TransactionPayment,
	VERSION,
};

impl_runtime_apis! {
	impl sp_api::Core<Block> for Runtime {
		fn version() -> RuntimeVersion {
			VERSION
		}

		fn execute_block(block: <Block as BlockT>::LazyBlock) {
			Executive::execute_block(block)
		}

		fn initialize_block(header: &<Block as BlockT>::Header) -> sp_runtime::ExtrinsicInclusionMode {
			Executive::initialize_block(header)
		}
	}

	impl sp_api::Metadata<Block> for Runtime {
		fn metadata() -> OpaqueMetadata {
			OpaqueMetadata::new(Runtime::metadata().into())
		}

		fn metadata_at_version(version: u32) -> Option<OpaqueMetadata> {
			Runtime::metadata_at_version(version)
		}

		fn metadata_versions() -> Vec<u32> {
			Runtime::metadata_versions()
		}
	}

	impl frame_support::view_functions::runtime_api::RuntimeViewFunction<Block> for Runtime {
		fn execute_view_function(
			id: frame_support::view_functions::ViewFunctionId,
			input: Vec<u8>,
		) -> Result<Vec<u8>, frame_support::view_functions::ViewFunctionDispatchError> {
			Runtime::execute_view_function(id, input)
		}
	}

	impl sp_block_builder::BlockBuilder<Block> for Runtime {
		fn apply_extrinsic(extrinsic: <Block as BlockT>::Extrinsic) -> ApplyExtrinsicResult {
			Executive::apply_extrinsic(extrinsic)
		}

		fn finalize_block() -> <Block as BlockT>::Header {
			Executive::finalize_block()
		}

		fn inherent_extrinsics(data: sp_inherents::InherentData) -> Vec<<Block as BlockT>::Extrinsic> {
			data.create_extrinsics()
		}

		fn check_inherents(
			block: <Block as BlockT>::LazyBlock,
			data: sp_inherents::InherentData,
		) -> sp_inherents::CheckInherentsResult {
			data.check_extrinsics(&block)
		}
	}

	impl sp_transaction_pool::runtime_api::TaggedTransactionQueue<Block> for Runtime {
		fn validate_transaction(
			source: TransactionSource,
			tx: <Block as BlockT>::Extrinsic,
			block_hash: <Block as BlockT>::Hash,
		) -> TransactionValidity {
			Executive::validate_transaction(source, tx, block_hash)
		}
	}

	impl sp_offchain::OffchainWorkerApi<Block> for Runtime {
		fn offchain_worker(header: &<Block as BlockT>::Header) {
			Executive::offchain_worker(header)
		}
	}

	impl sp_consensus_babe::BabeApi<Block> for Runtime {
		fn configuration() -> sp_consensus_babe::BabeConfiguration {
			let epoch_config = Babe::epoch_config().unwrap_or(crate::BABE_GENESIS_EPOCH_CONFIG);
			sp_consensus_babe::BabeConfiguration {
				// Twice the timestamp pallet's minimum period: the slot the genesis chose.
				slot_duration: Babe::slot_duration(),
				epoch_length: pallet_clock::EpochDuration::<Runtime>::get(),
				c: epoch_config.c,
				authorities: Babe::authorities().to_vec(),
				randomness: Babe::randomness(),
				allowed_slots: epoch_config.allowed_slots,
			}
		}

		fn current_epoch_start() -> sp_consensus_babe::Slot {
			Babe::current_epoch_start()
		}

		fn current_epoch() -> sp_consensus_babe::Epoch {
			Babe::current_epoch()
		}

		fn next_epoch() -> sp_consensus_babe::Epoch {
			Babe::next_epoch()
		}

		fn generate_key_ownership_proof(
			_slot: sp_consensus_babe::Slot,
			authority_id: sp_consensus_babe::AuthorityId,
		) -> Option<sp_consensus_babe::OpaqueKeyOwnershipProof> {
			use codec::Encode;
			use frame_support::traits::KeyOwnerProofSystem;
			Historical::prove((sp_consensus_babe::KEY_TYPE, authority_id))
				.map(|proof| proof.encode())
				.map(sp_consensus_babe::OpaqueKeyOwnershipProof::new)
		}

		fn submit_report_equivocation_unsigned_extrinsic(
			equivocation_proof: sp_consensus_babe::EquivocationProof<<Block as BlockT>::Header>,
			key_owner_proof: sp_consensus_babe::OpaqueKeyOwnershipProof,
		) -> Option<()> {
			let key_owner_proof = key_owner_proof.decode()?;
			Babe::submit_unsigned_equivocation_report(equivocation_proof, key_owner_proof)
		}
	}

	impl sp_session::SessionKeys<Block> for Runtime {
		fn generate_session_keys(owner: Vec<u8>, seed: Option<Vec<u8>>) -> sp_session::OpaqueGeneratedSessionKeys {
			SessionKeys::generate(&owner, seed).into()
		}

		fn decode_session_keys(encoded: Vec<u8>) -> Option<Vec<(Vec<u8>, KeyTypeId)>> {
			SessionKeys::decode_into_raw_public_keys(&encoded)
		}
	}

	impl sp_consensus_grandpa::GrandpaApi<Block> for Runtime {
		fn grandpa_authorities() -> sp_consensus_grandpa::AuthorityList {
			Grandpa::grandpa_authorities()
		}

		fn current_set_id() -> sp_consensus_grandpa::SetId {
			Grandpa::current_set_id()
		}

		fn submit_report_equivocation_unsigned_extrinsic(
			equivocation_proof: sp_consensus_grandpa::EquivocationProof<
				<Block as BlockT>::Hash,
				NumberFor<Block>,
			>,
			key_owner_proof: sp_consensus_grandpa::OpaqueKeyOwnershipProof,
		) -> Option<()> {
			let key_owner_proof = key_owner_proof.decode()?;
			Grandpa::submit_unsigned_equivocation_report(equivocation_proof, key_owner_proof)
		}

		fn generate_key_ownership_proof(
			_set_id: sp_consensus_grandpa::SetId,
			authority_id: GrandpaId,
		) -> Option<sp_consensus_grandpa::OpaqueKeyOwnershipProof> {
			use codec::Encode;
			use frame_support::traits::KeyOwnerProofSystem;
			Historical::prove((sp_consensus_grandpa::KEY_TYPE, authority_id))
				.map(|proof| proof.encode())
				.map(sp_consensus_grandpa::OpaqueKeyOwnershipProof::new)
		}
	}

	impl frame_system_rpc_runtime_api::AccountNonceApi<Block, AccountId, Nonce> for Runtime {
		fn account_nonce(account: AccountId) -> Nonce {
			System::account_nonce(account)
		}
	}

	impl pallet_transaction_payment_rpc_runtime_api::TransactionPaymentApi<Block, Balance> for Runtime {
		fn query_info(
			uxt: <Block as BlockT>::Extrinsic,
			len: u32,
		) -> pallet_transaction_payment_rpc_runtime_api::RuntimeDispatchInfo<Balance> {
			TransactionPayment::query_info(uxt, len)
		}
		fn query_fee_details(
			uxt: <Block as BlockT>::Extrinsic,
			len: u32,
		) -> pallet_transaction_payment::FeeDetails<Balance> {
			TransactionPayment::query_fee_details(uxt, len)
		}
		fn query_weight_to_fee(weight: Weight) -> Balance {
			TransactionPayment::weight_to_fee(weight)
		}
		fn query_length_to_fee(length: u32) -> Balance {
			TransactionPayment::length_to_fee(length)
		}
	}

	impl pallet_transaction_payment_rpc_runtime_api::TransactionPaymentCallApi<Block, Balance, RuntimeCall>
		for Runtime
	{
		fn query_call_info(
			call: RuntimeCall,
			len: u32,
		) -> pallet_transaction_payment::RuntimeDispatchInfo<Balance> {
			TransactionPayment::query_call_info(call, len)
		}
		fn query_call_fee_details(
			call: RuntimeCall,
			len: u32,
		) -> pallet_transaction_payment::FeeDetails<Balance> {
			TransactionPayment::query_call_fee_details(call, len)
		}
		fn query_weight_to_fee(weight: Weight) -> Balance {
			TransactionPayment::weight_to_fee(weight)
		}
		fn query_length_to_fee(length: u32) -> Balance {
			TransactionPayment::length_to_fee(length)
		}
	}

	impl pallet_asset_conversion::AssetConversionApi<Block, Balance, NativeOrWithId<AssetId>>
		for Runtime
	{
		fn quote_price_exact_tokens_for_tokens(
			asset1: NativeOrWithId<AssetId>,
			asset2: NativeOrWithId<AssetId>,
			amount: Balance,
			include_fee: bool,
		) -> Option<Balance> {
			AssetConversion::quote_price_exact_tokens_for_tokens(asset1, asset2, amount, include_fee)
		}

		fn quote_price_tokens_for_exact_tokens(
			asset1: NativeOrWithId<AssetId>,
			asset2: NativeOrWithId<AssetId>,
			amount: Balance,
			include_fee: bool,
		) -> Option<Balance> {
			AssetConversion::quote_price_tokens_for_exact_tokens(asset1, asset2, amount, include_fee)
		}

		fn get_reserves(
			asset1: NativeOrWithId<AssetId>,
			asset2: NativeOrWithId<AssetId>,
		) -> Option<(Balance, Balance)> {
			AssetConversion::get_reserves(asset1, asset2).ok()
		}
	}

	#[cfg(feature = "runtime-benchmarks")]
	impl frame_benchmarking::Benchmark<Block> for Runtime {
		fn benchmark_metadata(extra: bool) -> (
			Vec<frame_benchmarking::BenchmarkList>,
			Vec<frame_support::traits::StorageInfo>,
		) {
			use frame_benchmarking::{baseline, BenchmarkList};
			use frame_support::traits::StorageInfoTrait;
			use frame_system_benchmarking::Pallet as SystemBench;
			use frame_system_benchmarking::extensions::Pallet as SystemExtensionsBench;
			use baseline::Pallet as BaselineBench;
			use super::*;

			let mut list = Vec::<BenchmarkList>::new();
			list_benchmarks!(list, extra);

			let storage_info = AllPalletsWithSystem::storage_info();

			(list, storage_info)
		}

		#[allow(non_local_definitions)]
		fn dispatch_benchmark(
			config: frame_benchmarking::BenchmarkConfig
		) -> Result<Vec<frame_benchmarking::BenchmarkBatch>, alloc::string::String> {
			use frame_benchmarking::{baseline, BenchmarkBatch};
			use sp_storage::TrackedStorageKey;
			use frame_system_benchmarking::Pallet as SystemBench;
			use frame_system_benchmarking::extensions::Pallet as SystemExtensionsBench;
			use baseline::Pallet as BaselineBench;
			use super::*;

			impl frame_system_benchmarking::Config for Runtime {}
			impl baseline::Config for Runtime {}

			use frame_support::traits::WhitelistedStorageKeys;
			let whitelist: Vec<TrackedStorageKey> = AllPalletsWithSystem::whitelisted_storage_keys();

			let mut batches = Vec::<BenchmarkBatch>::new();
			let params = (&config, &whitelist);
			add_benchmarks!(params, batches);

			Ok(batches)
		}
	}

	// Only the try-runtime tool calls these, off chain; a failed check must stop it loudly.
	#[cfg(feature = "try-runtime")]
	#[allow(clippy::expect_used)]
	impl frame_try_runtime::TryRuntime<Block> for Runtime {
		fn on_runtime_upgrade(checks: frame_try_runtime::UpgradeCheckSelect) -> (Weight, Weight) {
			// An error here must stop try-runtime loudly, with a backtrace.
			let weight = Executive::try_runtime_upgrade(checks)
				.expect("try-runtime upgrade checks failed; see the log above");
			(weight, super::configs::RuntimeBlockWeights::get().max_block)
		}

		fn execute_block(
			block: <Block as BlockT>::LazyBlock,
			state_root_check: bool,
			signature_check: bool,
			select: frame_try_runtime::TryStateSelect
		) -> Weight {
			Executive::try_execute_block(block, state_root_check, signature_check, select)
				.expect("try-runtime execute_block failed; see the log above")
		}
	}

	#[api_version(3)]
	impl pallet_compute_market_runtime_api::ComputeMarketApi<Block, AccountId, Balance, BlockNumber>
		for Runtime
	{
		fn check(
			job: pallet_compute_market::JobId,
		) -> Option<pallet_compute_market::CheckOf<Runtime>> {
			ComputeMarket::check(job)
		}

		fn check_record(worker: AccountId) -> pallet_compute_market::CheckRecord<BlockNumber> {
			ComputeMarket::check_record(worker)
		}

		fn quote_verification(
			class: pallet_compute_market::HardwareClass,
			units: u64,
		) -> pallet_compute_market::QuoteVerification {
			ComputeMarket::quote_verification(class, units)
		}

		fn quote(
			model: pallet_compute_market::ModelId,
			class: pallet_compute_market::HardwareClass,
			units: u64,
		) -> pallet_compute_market::Quote<Balance> {
			ComputeMarket::quote(model, class, units)
		}

		fn job(job: pallet_compute_market::JobId) -> Option<pallet_compute_market::JobOf<Runtime>> {
			ComputeMarket::job(job)
		}
	}

	impl pallet_provenance_runtime_api::ProvenanceApi<Block, AccountId> for Runtime {
		fn lineage(
			item: pallet_provenance::ProvenanceItem,
			max_depth: u32,
		) -> Option<pallet_provenance::Lineage<AccountId>> {
			Provenance::lineage(item, max_depth)
		}
	}

	impl pallet_royalties_runtime_api::RoyaltiesApi<Block, AccountId, Balance> for Runtime {
		fn royalty_preview(
			output: pallet_royalties::OutputId,
			price: Balance,
		) -> Option<pallet_royalties::RoyaltySplit<AccountId, Balance>> {
			Royalties::split(&output, price)
		}
	}

	impl pallet_model_shares_runtime_api::ModelSharesApi<Block, AccountId, Balance> for Runtime {
		fn shares_of(who: AccountId) -> Vec<pallet_model_shares::HoldingView<Balance>> {
			ModelShares::shares_of(&who)
		}

		fn model_shares(
			model: pallet_model_shares::ModelId,
		) -> Option<pallet_model_shares::ClassView<AccountId, Balance>> {
			ModelShares::model_shares(&model)
		}
	}

	impl pallet_reputation_runtime_api::ReputationApi<Block, AccountId, Balance> for Runtime {
		fn reputation_of(who: AccountId) -> pallet_reputation::ReputationInfo<Balance> {
			Reputation::reputation_of(&who)
		}
	}

	impl pallet_governance_runtime_api::GovernanceApi<Block, AccountId> for Runtime {
		fn voter(who: AccountId) -> pallet_governance_runtime_api::VoterInfo {
			use frame_support::traits::Get;
			use pallet_governance_runtime_api::{OpenPoll, VoterInfo};
			use pallet_referenda::ReferendumInfo;
			// Every referendum is read: an off-chain query, never a block's work.
			let mut open: Vec<OpenPoll> = pallet_referenda::ReferendumInfoFor::<Runtime>::iter()
				.filter_map(|(index, info)| match info {
					ReferendumInfo::Ongoing(status) => Some(OpenPoll {
						index,
						track: status.track,
						deciding: status.deciding.is_some(),
						ayes: status.tally.ayes,
						nays: status.tally.nays,
						vote: pallet_governance::VotingOf::<Runtime>::get(index, &who),
					}),
					_ => None,
				})
				.collect();
			open.sort_by_key(|poll| poll.index);
			open.truncate(256);
			let locks = pallet_reputation::Reputations::<Runtime>::get(&who)
				.map_or(0, |record| record.vote_locks.len() as u32);
			VoterInfo {
				weight: <Reputation as atelier_primitives::reputation::VoteStake<AccountId>>::vote_weight(&who),
				electorate: crate::Governance::electorate(),
				free_vote_slots: <crate::configs::reputation::MaxVoteLocks as Get<u32>>::get()
					.saturating_sub(locks),
				open,
			}
		}
	}

	impl pallet_reserve_runtime_api::ReserveApi<Block> for Runtime {
		fn status() -> pallet_reserve::Status<BlockNumber> {
			crate::Reserve::status()
		}
	}

	impl pallet_oracle_operators_runtime_api::OracleApi<Block> for Runtime {
		fn metrics() -> pallet_oracle_operators_runtime_api::OracleMetrics {
			use atelier_primitives::models::ModelStyles as _;
			use frame_support::traits::Get as _;
			use pallet_oracle_operators_runtime_api::{FeedStatus, OracleMetrics, MAX_FEEDS};
			type Operators = pallet_oracle_operators::Pallet<Runtime>;
			let params = <Runtime as pallet_oracle_operators::Config>::Params::get();
			let feeds = pallet_oracle_operators::Feeds::<Runtime>::iter()
				.take(MAX_FEEDS)
				.map(|(key, feed)| FeedStatus {
					key,
					fresh: Operators::fresh_feed(&key).is_some(),
					feed,
				})
				.collect();
			OracleMetrics {
				chain: crate::Reserve::metrics_status(),
				style_names: crate::Provenance::registry(),
				round: pallet_oracle_operators::CurrentRound::<Runtime>::get().map(|r| r.index),
				stale_rounds: params.stale_rounds,
				feeds,
			}
		}
	}

	impl pallet_attestation_runtime_api::AttestationApi<Block> for Runtime {
		fn status(
			target: pallet_attestation::Target,
		) -> Option<pallet_attestation::Status<BlockNumber>> {
			use atelier_primitives::{
				models::ModelRegistry,
				provenance::{ModelLineage, Permission, Purpose},
			};
			use pallet_attestation::{Reason, Target};
			let mut status = crate::Attestation::status(target)?;
			// Provenance's half of the answer: a licence that forbids generative training never
			// clears, and a model earns only if provenance's own walk says so.
			let datasets: Vec<_> = match target {
				Target::Dataset(id) => vec![id],
				Target::Model(id) => {
					let mut datasets = Vec::new();
					let mut current = Some(id);
					let mut generations = 0u32;
					while let Some(link) =
						current.and_then(|m| <Provenance as ModelLineage<AccountId>>::model(&m))
					{
						if generations > <Provenance as ModelLineage<AccountId>>::max_generations() {
							break;
						}
						datasets.extend(link.datasets);
						current = link.base_model;
						generations = generations.saturating_add(1);
					}
					datasets
				},
			};
			for dataset in datasets {
				if pallet_provenance::Datasets::<Runtime>::get(dataset).is_some_and(|d| {
					d.license.permission(Purpose::GenerativeTraining) == Permission::NotAllowed
				}) {
					status.reasons.push(Reason::LicenseForbids(dataset));
				}
			}
			status.cleared = match target {
				Target::Dataset(id) => {
					Provenance::dataset_cleared(&id, Purpose::GenerativeTraining)
				},
				Target::Model(id) => Provenance::is_monetizable(&id),
			};
			Some(status)
		}
	}

	impl sp_genesis_builder::GenesisBuilder<Block> for Runtime {
		fn build_state(config: Vec<u8>) -> sp_genesis_builder::Result {
			build_state::<RuntimeGenesisConfig>(config)
		}

		fn get_preset(id: &Option<sp_genesis_builder::PresetId>) -> Option<Vec<u8>> {
			get_preset::<RuntimeGenesisConfig>(id, crate::genesis_config_presets::get_preset)
		}

		fn preset_names() -> Vec<sp_genesis_builder::PresetId> {
			crate::genesis_config_presets::preset_names()
		}
	}
}
