//! Royalties' method: `royalties_preview`, who gets what if an output sells for a price.
//!
//! A price that is not a positive decimal integer string is refused as invalid parameters. An
//! output without a royalty policy gives `null`.

use std::{fmt::Display, str::FromStr};

use codec::Codec;
use jsonrpsee::{core::RpcResult, proc_macros::rpc};
pub use pallet_royalties_runtime_api::RoyaltiesApi as RoyaltiesRuntimeApi;
use pallet_royalties_runtime_api::{OutputId, Recipient, RoyaltiesApi as RuntimeApi, RoyaltySplit};
use serde::{Deserialize, Serialize};
use sp_api::{ApiExt, ProvideRuntimeApi};
use sp_blockchain::HeaderBackend;
use sp_runtime::traits::Block as BlockT;

use crate::{invalid_params, runtime_error, Atelier};

/// One recipient's payout, as JSON: an account, or the shareholders of a model that has issued
/// shares (paid into the model's share pool).
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct Payout {
	/// The recipient (SS58), when it is an account.
	#[serde(skip_serializing_if = "Option::is_none", default)]
	pub account: Option<String>,
	/// The model whose shareholders receive it, when they do.
	#[serde(skip_serializing_if = "Option::is_none", default)]
	pub shareholders_of: Option<u32>,
	/// What it receives.
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
	/// What each recipient accrues (an account) or is paid (a model's shareholders).
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
				.map(|(to, amount)| match to {
					Recipient::Account(who) => Payout {
						account: Some(who.to_string()),
						shareholders_of: None,
						amount: amount.to_string(),
					},
					Recipient::Shareholders(model) => Payout {
						account: None,
						shareholders_of: Some(model.0),
						amount: amount.to_string(),
					},
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

impl<C, Block, AccountId, Balance, BlockNumber> RoyaltiesApiServer<<Block as BlockT>::Hash>
	for Atelier<C, (Block, AccountId, Balance, BlockNumber)>
where
	Block: BlockT,
	C: ProvideRuntimeApi<Block> + HeaderBackend<Block> + Send + Sync + 'static,
	C::Api: RuntimeApi<Block, AccountId, Balance>,
	AccountId: Codec + Display + 'static,
	Balance: Codec + Display + FromStr + PartialEq + Default + 'static,
	BlockNumber: 'static,
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
				invalid_params("price must be a positive decimal integer string", &price)
			})?;
		let api = self.client.runtime_api();
		let at = self.at(at);
		// A runtime before version 2 of the API (before model shares) pays accounts only.
		let version = api
			.api_version::<dyn RuntimeApi<Block, AccountId, Balance>>(at)
			.map_err(runtime_error)?
			.unwrap_or(1);
		let split = if version < 2 {
			#[allow(deprecated)]
			api.royalty_preview_before_version_2(at, OutputId(output), price)
				.map_err(runtime_error)?
				.map(Into::into)
		} else {
			api.royalty_preview(at, OutputId(output), price).map_err(runtime_error)?
		};
		Ok(split.map(Into::into))
	}
}
