//! Governance's method: `governance_voter`, an account's vote weight now and the referenda it
//! can vote on (with its own vote on each, if any).
//!
//! The account is an SS58 address (or 0x-hex public key); anything else is refused as invalid
//! parameters. An account without a score answers weight 0 (it cannot vote).

use std::str::FromStr;

use codec::Codec;
use jsonrpsee::{core::RpcResult, proc_macros::rpc};
pub use pallet_governance_runtime_api::GovernanceApi as GovernanceRuntimeApi;
use pallet_governance_runtime_api::{GovernanceApi as RuntimeApi, OpenPoll, VoterInfo};
use serde::{Deserialize, Serialize};
use sp_api::ProvideRuntimeApi;
use sp_blockchain::HeaderBackend;
use sp_runtime::traits::Block as BlockT;

use crate::{invalid_params, runtime_error, Atelier};

/// A referendum open to votes, as JSON.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct OpenPollResponse {
	/// The referendum's index (`referenda.referendumInfoFor`).
	pub index: u32,
	/// Its track: 0 root, 1 treasury, 2 economic parameters, 3 disputes.
	pub track: u16,
	/// In its decision period (else preparing or queued).
	pub deciding: bool,
	/// The weight for so far.
	pub ayes: u64,
	/// The weight against so far.
	pub nays: u64,
	/// The voter's own vote: `"aye"`, `"nay"` or `null`.
	pub voted: Option<String>,
	/// The weight the voter's vote was counted with (0 without a vote).
	pub voted_weight: u64,
}

/// A voter's standing, as JSON.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct VoterResponse {
	/// The weight a vote now would count: the account's reputation score, and its founding
	/// seed while it lasts.
	pub weight: u64,
	/// The electorate support is counted against: every score and the founding seeds as they
	/// count now, at least the runtime's minimum electorate.
	pub electorate: u64,
	/// How many more votes the account may hold open.
	pub free_vote_slots: u32,
	/// The referenda open to votes, lowest index first (256 at most).
	pub open: Vec<OpenPollResponse>,
}

impl From<VoterInfo> for VoterResponse {
	fn from(v: VoterInfo) -> Self {
		Self {
			weight: v.weight,
			electorate: v.electorate,
			free_vote_slots: v.free_vote_slots,
			open: v
				.open
				.into_iter()
				.map(|p: OpenPoll| OpenPollResponse {
					index: p.index,
					track: p.track,
					deciding: p.deciding,
					ayes: p.ayes,
					nays: p.nays,
					voted: p.vote.map(|v| if v.aye { "aye" } else { "nay" }.to_string()),
					voted_weight: p.vote.map_or(0, |v| v.weight),
				})
				.collect(),
		}
	}
}

/// Governance's JSON-RPC methods.
#[rpc(client, server)]
pub trait GovernanceApi<BlockHash> {
	/// `account`'s (SS58) vote weight and the referenda open to its vote, at the best block or
	/// at `at`.
	#[method(name = "governance_voter")]
	fn voter(&self, account: String, at: Option<BlockHash>) -> RpcResult<VoterResponse>;
}

impl<C, Block, AccountId, Balance, BlockNumber> GovernanceApiServer<<Block as BlockT>::Hash>
	for Atelier<C, (Block, AccountId, Balance, BlockNumber)>
where
	Block: BlockT,
	C: ProvideRuntimeApi<Block> + HeaderBackend<Block> + Send + Sync + 'static,
	C::Api: RuntimeApi<Block, AccountId>,
	AccountId: Codec + FromStr + 'static,
	Balance: 'static,
	BlockNumber: 'static,
{
	fn voter(
		&self,
		account: String,
		at: Option<<Block as BlockT>::Hash>,
	) -> RpcResult<VoterResponse> {
		let who = AccountId::from_str(account.trim())
			.map_err(|_| invalid_params("account must be an SS58 address", &account))?;
		let info = self.client.runtime_api().voter(self.at(at), who).map_err(runtime_error)?;
		Ok(info.into())
	}
}
