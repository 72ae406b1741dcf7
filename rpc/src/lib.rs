//! Atelier's JSON-RPC methods, one module per pallet, all served by one [`Atelier`] handle over
//! the node's client and answered from the runtime APIs at the best block (or the block hash
//! given):
//!
//! - `attestation_status`, in [`attestation`];
//! - `computeMarket_quote` and `computeMarket_jobStatus`, in [`compute_market`];
//! - `governance_voter`, in [`governance`];
//! - `shares_of` and `model_shares`, in [`model_shares`];
//! - `oracle_metrics`, in [`oracle`];
//! - `provenance_lineage`, in [`provenance`];
//! - `reputation_of`, in [`reputation`];
//! - `reserve_status`, in [`reserve`];
//! - `royalties_preview`, in [`royalties`].
//!
//! Amounts are decimal strings (they exceed JavaScript's safe integers); hashes are 0x-hex;
//! accounts are SS58 addresses. Every method answers bad parameters with JSON-RPC's
//! [`INVALID_PARAMS`] (`-32602`) and a failed runtime call with [`RUNTIME_ERROR`] (`9001`).
//! `docs/rpc.md` documents each method.

#![deny(missing_docs)]

pub mod attestation;
pub mod compute_market;
pub mod governance;
pub mod model_shares;
pub mod oracle;
pub mod provenance;
pub mod reputation;
pub mod reserve;
pub mod royalties;

use std::{marker::PhantomData, sync::Arc};

use jsonrpsee::types::{error::ErrorObject, ErrorObjectOwned};
use sp_blockchain::HeaderBackend;
use sp_runtime::traits::Block as BlockT;

pub use attestation::AttestationApiServer;
pub use compute_market::ComputeMarketApiServer;
pub use governance::GovernanceApiServer;
pub use model_shares::ModelSharesApiServer;
pub use oracle::OracleApiServer;
pub use provenance::ProvenanceApiServer;
pub use reputation::ReputationApiServer;
pub use reserve::ReserveApiServer;
pub use royalties::RoyaltiesApiServer;

/// The error code of a failed runtime call, from every Atelier method.
pub const RUNTIME_ERROR: i32 = 9001;
/// JSON-RPC's code for invalid parameters.
pub const INVALID_PARAMS: i32 = -32602;

/// Every Atelier method, over a client of the runtime; `Types` is the runtime's
/// `(Block, AccountId, Balance, BlockNumber)`.
pub struct Atelier<C, Types> {
	client: Arc<C>,
	_marker: PhantomData<fn() -> Types>,
}

impl<C, Types> Atelier<C, Types> {
	/// Serves the methods from `client`.
	pub fn new(client: Arc<C>) -> Self {
		Self { client, _marker: PhantomData }
	}
}

impl<C, Types> Clone for Atelier<C, Types> {
	fn clone(&self) -> Self {
		Self::new(self.client.clone())
	}
}

impl<C, Types> Atelier<C, Types> {
	/// The block to answer at: the one given, or the best block.
	fn at<Block: BlockT>(&self, at: Option<Block::Hash>) -> Block::Hash
	where
		C: HeaderBackend<Block>,
	{
		at.unwrap_or_else(|| self.client.info().best_hash)
	}
}

/// The error object of a failed runtime call.
fn runtime_error(e: impl std::fmt::Debug) -> ErrorObjectOwned {
	ErrorObject::owned(RUNTIME_ERROR, "runtime call failed", Some(format!("{e:?}")))
}

/// The error object of a parameter the method refuses, with what was given.
fn invalid_params(message: &str, given: impl serde::Serialize) -> ErrorObjectOwned {
	ErrorObject::owned(INVALID_PARAMS, message, Some(given))
}
