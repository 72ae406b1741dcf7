//! Atelier's JSON-RPC methods, merged into the node's standard RPC server (port 9944).
//!
//! `sc_service::spawn_tasks` serves Substrate's own families (`chain_*`, `state_*`,
//! `childstate_*`, `author_*`, `system_*`, `offchain_*`, `chainHead_v1_*`, `chainSpec_v1_*`,
//! `transaction_v1_*`, `transactionWatch_v1_*`, `bitswap_v1_get`, and `archive_v1_*` on an
//! archive node). [`create_full`] merges these into it, one family a line:
//!
//! - `system_accountNextIndex` and `system_dryRun`: nonces that count the pool, and a dry run
//!   (`substrate_frame_rpc_system`);
//! - `payment_queryInfo` and `payment_queryFeeDetails`: fee quotes
//!   (`pallet_transaction_payment_rpc`);
//! - `computeMarket_quote` and `computeMarket_jobStatus`: the compute market;
//! - `provenance_lineage`: provenance;
//! - `reputation_of`: reputation;
//! - `governance_voter`: governance;
//! - `attestation_status`: attestation;
//! - `reserve_status`: the reserve;
//! - `oracle_metrics`: the chain's metrics, the operators' feeds and the reserve targets they
//!   produced;
//! - `royalties_preview`: royalties.
//!
//! The last seven live in `atelier-rpc` (`rpc/`). `docs/rpc.md` lists them all.

use std::sync::Arc;

use atelier_runtime::{opaque::Block, AccountId, Balance, BlockNumber, Nonce};
use jsonrpsee::RpcModule;
use sc_transaction_pool_api::TransactionPool;
use sp_api::ProvideRuntimeApi;
use sp_block_builder::BlockBuilder;
use sp_blockchain::{Error as BlockChainError, HeaderBackend, HeaderMetadata};

/// What the RPC methods need from the node.
pub struct FullDeps<C, P> {
	/// The client, to call runtime APIs.
	pub client: Arc<C>,
	/// The transaction pool, for nonces that count pending transactions.
	pub pool: Arc<P>,
}

/// Builds the RPC module with every Atelier method.
pub fn create_full<C, P>(
	deps: FullDeps<C, P>,
) -> Result<RpcModule<()>, Box<dyn std::error::Error + Send + Sync>>
where
	C: ProvideRuntimeApi<Block>,
	C: HeaderBackend<Block> + HeaderMetadata<Block, Error = BlockChainError> + 'static,
	C: Send + Sync + 'static,
	C::Api: substrate_frame_rpc_system::AccountNonceApi<Block, AccountId, Nonce>,
	C::Api: pallet_transaction_payment_rpc::TransactionPaymentRuntimeApi<Block, Balance>,
	C::Api: BlockBuilder<Block>,
	C::Api: atelier_rpc::compute_market::ComputeMarketRuntimeApi<
		Block,
		AccountId,
		Balance,
		BlockNumber,
	>,
	C::Api: atelier_rpc::provenance::ProvenanceRuntimeApi<Block, AccountId>,
	C::Api: atelier_rpc::royalties::RoyaltiesRuntimeApi<Block, AccountId, Balance>,
	C::Api: atelier_rpc::reputation::ReputationRuntimeApi<Block, AccountId, Balance>,
	C::Api: atelier_rpc::governance::GovernanceRuntimeApi<Block, AccountId>,
	C::Api: atelier_rpc::attestation::AttestationRuntimeApi<Block>,
	C::Api: atelier_rpc::reserve::ReserveRuntimeApi<Block>,
	C::Api: atelier_rpc::oracle::OracleRuntimeApi<Block>,
	C::Api: atelier_rpc::model_shares::ModelSharesRuntimeApi<Block, AccountId, Balance>,
	P: TransactionPool + 'static,
{
	use atelier_rpc::{
		Atelier, AttestationApiServer, ComputeMarketApiServer, GovernanceApiServer,
		ProvenanceApiServer, ReputationApiServer, ReserveApiServer, RoyaltiesApiServer,
	};
	use pallet_transaction_payment_rpc::{TransactionPayment, TransactionPaymentApiServer};
	use substrate_frame_rpc_system::{System, SystemApiServer};

	let mut module = RpcModule::new(());
	let FullDeps { client, pool } = deps;

	module.merge(System::new(client.clone(), pool).into_rpc())?;
	module.merge(TransactionPayment::new(client.clone()).into_rpc())?;
	let atelier = Atelier::<_, (Block, AccountId, Balance, BlockNumber)>::new(client);
	module.merge(ComputeMarketApiServer::into_rpc(atelier.clone()))?;
	module.merge(ProvenanceApiServer::into_rpc(atelier.clone()))?;
	module.merge(ReputationApiServer::into_rpc(atelier.clone()))?;
	module.merge(GovernanceApiServer::into_rpc(atelier.clone()))?;
	module.merge(AttestationApiServer::into_rpc(atelier.clone()))?;
	module.merge(ReserveApiServer::into_rpc(atelier.clone()))?;
	module.merge(atelier_rpc::ModelSharesApiServer::into_rpc(atelier.clone()))?;
	module.merge(atelier_rpc::OracleApiServer::into_rpc(atelier.clone()))?;
	module.merge(RoyaltiesApiServer::into_rpc(atelier))?;

	Ok(module)
}
