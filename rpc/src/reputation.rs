//! Reputation's method: `reputation_of`, an account's score, its parts, its tier and what the
//! next tier needs.
//!
//! The account is an SS58 address (or 0x-hex public key); anything else is refused as invalid
//! parameters. An account without a record answers zeros and `item: null`.

use std::{fmt::Display, str::FromStr};

use codec::Codec;
use jsonrpsee::{core::RpcResult, proc_macros::rpc};
pub use pallet_reputation_runtime_api::ReputationApi as ReputationRuntimeApi;
use pallet_reputation_runtime_api::{ReputationApi as RuntimeApi, ReputationInfo};
use serde::{Deserialize, Serialize};
use sp_api::{ApiExt, Core, ProvideRuntimeApi};
use sp_blockchain::HeaderBackend;
use sp_runtime::traits::Block as BlockT;

use crate::{invalid_params, runtime_error, Atelier};

/// An account's reputation, as JSON. Points are numbers; amounts are decimal strings.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct ReputationResponse {
	/// The score: creation plus counted stake points, less penalties.
	pub score: u64,
	/// The tier the score reaches (0 to 3).
	pub tier: u8,
	/// Its parts: creation points after decay (matured: they count).
	pub creation: u64,
	/// Creation points credited and still maturing: they count once `CreationMaturity`
	/// periods have passed since they were credited.
	pub maturing: u64,
	/// The founding seed the account's vote weighs now beside its score (0 for most accounts).
	pub seed: u64,
	/// Stake points (the square root of the stake, grown with its age).
	pub stake_points: u64,
	/// The stake points that count (at most the creation times the stake ratio).
	pub counted_stake_points: u64,
	/// Penalty points after decay.
	pub penalties: u64,
	/// The stake that counts.
	pub staked: String,
	/// Stake unbonding.
	pub unbonding: String,
	/// The score the next tier needs (`null` at the top).
	pub next_tier_at: Option<u64>,
	/// Points short of the next tier.
	pub next_tier_needs: u64,
	/// The account's soulbound item in the reputation collection, if it has one.
	pub item: Option<u32>,
}

impl<Balance: Display> From<ReputationInfo<Balance>> for ReputationResponse {
	fn from(r: ReputationInfo<Balance>) -> Self {
		Self {
			score: r.score,
			tier: r.tier,
			creation: r.creation,
			maturing: r.maturing,
			seed: r.seed,
			stake_points: r.stake_points,
			counted_stake_points: r.counted_stake_points,
			penalties: r.penalties,
			staked: r.staked.to_string(),
			unbonding: r.unbonding.to_string(),
			next_tier_at: r.next_tier_at,
			next_tier_needs: r.next_tier_needs,
			item: r.item,
		}
	}
}

/// Reputation's JSON-RPC methods.
#[rpc(client, server)]
pub trait ReputationApi<BlockHash> {
	/// The reputation of `account` (SS58) at the best block, or at `at`.
	#[method(name = "reputation_of")]
	fn reputation_of(
		&self,
		account: String,
		at: Option<BlockHash>,
	) -> RpcResult<ReputationResponse>;
}

/// The first runtime whose `reputation_of` answered with `maturing` and `seed` (it declared API
/// version 1; the next declared version 2).
const FIRST_SPEC_WITH_SEEDS: u32 = 110;

impl<C, Block, AccountId, Balance, BlockNumber> ReputationApiServer<<Block as BlockT>::Hash>
	for Atelier<C, (Block, AccountId, Balance, BlockNumber)>
where
	Block: BlockT,
	C: ProvideRuntimeApi<Block> + HeaderBackend<Block> + Send + Sync + 'static,
	C::Api: RuntimeApi<Block, AccountId, Balance> + sp_api::Core<Block>,
	AccountId: Codec + FromStr + 'static,
	Balance: Codec + Display + 'static,
	BlockNumber: 'static,
{
	fn reputation_of(
		&self,
		account: String,
		at: Option<<Block as BlockT>::Hash>,
	) -> RpcResult<ReputationResponse> {
		let who = AccountId::from_str(account.trim())
			.map_err(|_| invalid_params("account must be an SS58 address", &account))?;
		let api = self.client.runtime_api();
		let at = self.at(at);
		// A block of a runtime before version 2 of the API answers without `maturing` and
		// `seed`; spec 110 already answered with them while it declared version 1.
		let version = api
			.api_version::<dyn RuntimeApi<Block, AccountId, Balance>>(at)
			.map_err(runtime_error)?
			.unwrap_or(1);
		let spec = api.version(at).map_err(runtime_error)?.spec_version;
		let info = if version < 2 && spec < FIRST_SPEC_WITH_SEEDS {
			#[allow(deprecated)]
			api.reputation_of_before_version_2(at, who).map_err(runtime_error)?.into()
		} else {
			api.reputation_of(at, who).map_err(runtime_error)?
		};
		Ok(info.into())
	}
}
