//! Provenance's method: `provenance_lineage`, the ancestry of a dataset, model or output.
//!
//! Items are `{ "kind": "dataset" | "model" | "output", "id": n }` (the runtime's
//! [`ProvenanceItem`] in JSON); any other kind is refused as invalid parameters. An item that
//! does not exist gives `null`.

use std::fmt::Display;

use codec::Codec;
use jsonrpsee::{core::RpcResult, proc_macros::rpc};
pub use pallet_provenance_runtime_api::ProvenanceApi as ProvenanceRuntimeApi;
use pallet_provenance_runtime_api::{Lineage, ProvenanceApi as RuntimeApi, ProvenanceItem};
use serde::{Deserialize, Serialize};
use sp_api::ProvideRuntimeApi;
use sp_blockchain::HeaderBackend;
use sp_runtime::traits::Block as BlockT;

use crate::{runtime_error, Atelier};

/// One ancestor, as JSON.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq, Eq)]
pub struct Ancestor {
	/// The ancestor.
	pub item: ProvenanceItem,
	/// Its distance from the queried item.
	pub depth: u32,
	/// Its owner or creator (SS58).
	pub owner: String,
	/// What it comes from directly.
	pub parents: Vec<ProvenanceItem>,
}

/// A lineage, as JSON.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq, Eq)]
pub struct LineageResponse {
	/// The queried item.
	pub item: ProvenanceItem,
	/// Its ancestors, nearest first.
	pub ancestors: Vec<Ancestor>,
	/// Whether ancestors beyond the limits were left out.
	pub truncated: bool,
}

impl<AccountId: Display> From<Lineage<AccountId>> for LineageResponse {
	fn from(l: Lineage<AccountId>) -> Self {
		Self {
			item: l.item,
			ancestors: l
				.ancestors
				.into_iter()
				.map(|n| Ancestor {
					item: n.item,
					depth: n.depth,
					owner: n.owner.to_string(),
					parents: n.parents,
				})
				.collect(),
			truncated: l.truncated,
		}
	}
}

/// Provenance's JSON-RPC methods.
#[rpc(client, server)]
pub trait ProvenanceApi<BlockHash> {
	/// The lineage of an item, down to `max_depth` generations (the runtime caps it; 16 if
	/// omitted).
	#[method(name = "provenance_lineage")]
	fn lineage(
		&self,
		item: ProvenanceItem,
		max_depth: Option<u32>,
		at: Option<BlockHash>,
	) -> RpcResult<Option<LineageResponse>>;
}

impl<C, Block, AccountId, Balance, BlockNumber> ProvenanceApiServer<<Block as BlockT>::Hash>
	for Atelier<C, (Block, AccountId, Balance, BlockNumber)>
where
	Block: BlockT,
	C: ProvideRuntimeApi<Block> + HeaderBackend<Block> + Send + Sync + 'static,
	C::Api: RuntimeApi<Block, AccountId>,
	AccountId: Codec + Display + 'static,
	Balance: 'static,
	BlockNumber: 'static,
{
	fn lineage(
		&self,
		item: ProvenanceItem,
		max_depth: Option<u32>,
		at: Option<<Block as BlockT>::Hash>,
	) -> RpcResult<Option<LineageResponse>> {
		let lineage = self
			.client
			.runtime_api()
			.lineage(self.at(at), item, max_depth.unwrap_or(16))
			.map_err(runtime_error)?;
		Ok(lineage.map(Into::into))
	}
}

#[cfg(test)]
mod tests {
	use super::*;
	use pallet_provenance_runtime_api::{DatasetId, ModelId, OutputId};

	#[test]
	fn items_are_a_kind_and_an_id() {
		for (item, json) in [
			(ProvenanceItem::Dataset(DatasetId(3)), r#"{"kind":"dataset","id":3}"#),
			(ProvenanceItem::Model(ModelId(0)), r#"{"kind":"model","id":0}"#),
			(ProvenanceItem::Output(OutputId(7)), r#"{"kind":"output","id":7}"#),
		] {
			assert_eq!(serde_json::to_string(&item).unwrap(), json);
			assert_eq!(serde_json::from_str::<ProvenanceItem>(json).unwrap(), item);
		}
		assert!(serde_json::from_str::<ProvenanceItem>(r#"{"kind":"prompt","id":1}"#).is_err());
	}
}
