//! Atelier's JSON-RPC methods, merged into the node's standard RPC server (port 9944).
//!
//! Beside Substrate's own methods (`chain_*`, `state_*`, `author_*`, `system_*` and the new
//! `chainHead_v1_*` family) this adds `system_accountNextIndex` (nonces that count the pool)
//! and `payment_queryInfo` / `payment_queryFeeDetails` (fee quotes), and the compute market's
//! `computeMarket_quote` and `computeMarket_jobStatus`, provenance's `provenance_lineage` and
//! royalties' `royalties_preview`. `docs/rpc.md` lists them.

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
	module.merge(RoyaltiesApiServer::into_rpc(atelier))?;

	Ok(module)
}
