//! Model shares' methods: `shares_of`, an account's holdings with what each may claim now, and
//! `model_shares`, a model's shares and income pools.
//!
//! The account is an SS58 address (or 0x-hex public key); anything else is refused as invalid
//! parameters. A model without shares gives `null`.

use std::{fmt::Display, str::FromStr};

use codec::Codec;
use jsonrpsee::{core::RpcResult, proc_macros::rpc};
pub use pallet_model_shares_runtime_api::ModelSharesApi as ModelSharesRuntimeApi;
use pallet_model_shares_runtime_api::{
	ClassView, HoldingView, ModelId, ModelSharesApi as RuntimeApi, PaymentAsset,
};
use serde::{Deserialize, Serialize};
use sp_api::ProvideRuntimeApi;
use sp_blockchain::HeaderBackend;
use sp_runtime::traits::Block as BlockT;

use crate::{invalid_params, runtime_error, Atelier};

/// An amount in one asset, as JSON: `asset` is `"native"` or the asset's id.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq, Eq)]
pub struct AssetAmount {
	/// `"native"` (ATL) or the asset's id as a string.
	pub asset: String,
	/// The amount, in the asset's smallest unit.
	pub amount: String,
}

fn asset_name(asset: PaymentAsset) -> String {
	match asset {
		PaymentAsset::Native => "native".into(),
		PaymentAsset::Asset(id) => id.to_string(),
	}
}

/// One holding, as JSON.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct HoldingResponse {
	/// The model.
	pub model: u32,
	/// The holder's shares.
	pub shares: String,
	/// The class's supply.
	pub supply: String,
	/// What the holder may claim now, per asset.
	pub claimable: Vec<AssetAmount>,
}

impl<Balance: Display> From<HoldingView<Balance>> for HoldingResponse {
	fn from(h: HoldingView<Balance>) -> Self {
		Self {
			model: h.model.0,
			shares: h.shares.to_string(),
			supply: h.supply.to_string(),
			claimable: h
				.claimable
				.into_iter()
				.map(|(asset, amount)| AssetAmount {
					asset: asset_name(asset),
					amount: amount.to_string(),
				})
				.collect(),
		}
	}
}

/// One income pool, as JSON.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq, Eq)]
pub struct PoolResponse {
	/// `"native"` or the asset's id.
	pub asset: String,
	/// Everything paid to the shareholders.
	pub income: String,
	/// What is not yet claimed.
	pub unclaimed: String,
}

/// A model's shares, as JSON.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct ClassResponse {
	/// Who issued them (SS58).
	pub issuer: String,
	/// How many exist.
	pub supply: String,
	/// How many accounts hold some.
	pub holders: u32,
	/// The least a holding may be.
	pub min_holding: String,
	/// The income pools.
	pub pools: Vec<PoolResponse>,
}

impl<AccountId: Display, Balance: Display> From<ClassView<AccountId, Balance>> for ClassResponse {
	fn from(c: ClassView<AccountId, Balance>) -> Self {
		Self {
			issuer: c.issuer.to_string(),
			supply: c.supply.to_string(),
			holders: c.holders,
			min_holding: c.min_holding.to_string(),
			pools: c
				.pools
				.into_iter()
				.map(|p| PoolResponse {
					asset: asset_name(p.asset),
					income: p.income.to_string(),
					unclaimed: p.unclaimed.to_string(),
				})
				.collect(),
		}
	}
}

/// Model shares' JSON-RPC methods.
#[rpc(client, server)]
pub trait ModelSharesApi<BlockHash> {
	/// Every holding of `account`, with what it may claim now.
	#[method(name = "shares_of")]
	fn shares_of(&self, account: String, at: Option<BlockHash>) -> RpcResult<Vec<HoldingResponse>>;

	/// `model`'s shares and income pools; `null` if it has not issued shares.
	#[method(name = "model_shares")]
	fn model_shares(&self, model: u32, at: Option<BlockHash>) -> RpcResult<Option<ClassResponse>>;
}

impl<C, Block, AccountId, Balance, BlockNumber> ModelSharesApiServer<<Block as BlockT>::Hash>
	for Atelier<C, (Block, AccountId, Balance, BlockNumber)>
where
	Block: BlockT,
	C: ProvideRuntimeApi<Block> + HeaderBackend<Block> + Send + Sync + 'static,
	C::Api: RuntimeApi<Block, AccountId, Balance>,
	AccountId: Codec + Display + FromStr + 'static,
	Balance: Codec + Display + 'static,
	BlockNumber: 'static,
{
	fn shares_of(
		&self,
		account: String,
		at: Option<<Block as BlockT>::Hash>,
	) -> RpcResult<Vec<HoldingResponse>> {
		let who = AccountId::from_str(account.trim())
			.map_err(|_| invalid_params("account must be an SS58 address", &account))?;
		let holdings =
			self.client.runtime_api().shares_of(self.at(at), who).map_err(runtime_error)?;
		Ok(holdings.into_iter().map(Into::into).collect())
	}

	fn model_shares(
		&self,
		model: u32,
		at: Option<<Block as BlockT>::Hash>,
	) -> RpcResult<Option<ClassResponse>> {
		let class = self
			.client
			.runtime_api()
			.model_shares(self.at(at), ModelId(model))
			.map_err(runtime_error)?;
		Ok(class.map(Into::into))
	}
}
