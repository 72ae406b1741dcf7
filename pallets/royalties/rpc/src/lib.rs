//! `royalties_preview`: who gets what if an output sells for a price, answered from the runtime
//! API at the best block (or the block hash given).
//!
//! Amounts are decimal strings (they exceed JavaScript's safe integers); accounts are SS58
//! addresses. Bad parameters get JSON-RPC error objects: `-32602` for a price that is not a
//! positive decimal integer, `9001` when the runtime call fails. An output without a royalty
//! policy gives `null`.

#![deny(missing_docs)]

use std::{fmt::Display, str::FromStr, sync::Arc};

use codec::Codec;
use jsonrpsee::{
	core::RpcResult,
	proc_macros::rpc,
	types::{error::ErrorObject, ErrorObjectOwned},
};
pub use pallet_royalties_runtime_api::RoyaltiesApi as RoyaltiesRuntimeApi;
use pallet_royalties_runtime_api::{OutputId, RoyaltiesApi as RuntimeApi, RoyaltySplit};
use serde::{Deserialize, Serialize};
use sp_api::ProvideRuntimeApi;
use sp_blockchain::HeaderBackend;
use sp_runtime::traits::Block as BlockT;

/// The error code of a failed runtime call.
pub const RUNTIME_ERROR: i32 = 9001;
/// JSON-RPC's code for invalid parameters.
pub const INVALID_PARAMS: i32 = -32602;

/// One recipient's payout, as JSON.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq, Eq)]
pub struct Payout {
	/// The recipient (SS58).
	pub account: String,
	/// What accrues to it.
	pub amount: String,
}

/// A sale's split, as JSON: `sellerProceeds + reserve + Σ payouts == price`.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct PreviewResponse {
	/// The price.
	pub price: String,
	/// What the seller receives.
	pub seller_proceeds: String,
	/// What the reserve receives (its share and the rounding remainder).
	pub reserve: String,
	/// What each recipient accrues.
	pub payouts: Vec<Payout>,
}

impl<AccountId: Display, Balance: Display> From<RoyaltySplit<AccountId, Balance>>
	for PreviewResponse
{
	fn from(s: RoyaltySplit<AccountId, Balance>) -> Self {
		Self {
			price: s.price.to_string(),
			seller_proceeds: s.seller_proceeds.to_string(),
			reserve: s.reserve.to_string(),
			payouts: s
				.payouts
				.into_iter()
				.map(|(who, amount)| Payout {
					account: who.to_string(),
					amount: amount.to_string(),
				})
				.collect(),
		}
	}
}

/// Royalties' JSON-RPC methods.
#[rpc(client, server)]
pub trait RoyaltiesApi<BlockHash> {
	/// The split of `price` (a decimal string, in the asset's smallest unit) for `output`.
	#[method(name = "royalties_preview")]
	fn preview(
		&self,
		output: u32,
		price: String,
		at: Option<BlockHash>,
	) -> RpcResult<Option<PreviewResponse>>;
}

/// The method's implementation over a client; `Types` is `(Block, AccountId, Balance)`.
pub struct Royalties<C, Types> {
	client: Arc<C>,
	_marker: std::marker::PhantomData<fn() -> Types>,
}

impl<C, Types> Royalties<C, Types> {
	/// Serves the method from `client`.
	pub fn new(client: Arc<C>) -> Self {
		Self { client, _marker: Default::default() }
	}
}

fn runtime_error(e: impl std::fmt::Debug) -> ErrorObjectOwned {
	ErrorObject::owned(RUNTIME_ERROR, "runtime call failed", Some(format!("{:?}", e)))
}

impl<C, Block, AccountId, Balance> RoyaltiesApiServer<<Block as BlockT>::Hash>
	for Royalties<C, (Block, AccountId, Balance)>
where
	Block: BlockT,
	C: ProvideRuntimeApi<Block> + HeaderBackend<Block> + Send + Sync + 'static,
	C::Api: RuntimeApi<Block, AccountId, Balance>,
	AccountId: Codec + Display + 'static,
	Balance: Codec + Display + FromStr + PartialEq + Default + 'static,
{
	fn preview(
		&self,
		output: u32,
		price: String,
		at: Option<<Block as BlockT>::Hash>,
	) -> RpcResult<Option<PreviewResponse>> {
		let price = Balance::from_str(price.trim())
			.ok()
			.filter(|p| *p != Balance::default())
			.ok_or_else(|| {
				ErrorObject::owned(
					INVALID_PARAMS,
					"price must be a positive decimal integer string",
					Some(price.clone()),
				)
			})?;
		let at = at.unwrap_or_else(|| self.client.info().best_hash);
		let split = self
			.client
			.runtime_api()
			.royalty_preview(at, OutputId(output), price)
			.map_err(runtime_error)?;
		Ok(split.map(Into::into))
	}
}
