//! `provenance_lineage`: the ancestry of a dataset, model or output, answered from the runtime API
//! at the best block (or the block hash given).
//!
//! Items are `{ "kind": "dataset" | "model" | "output", "id": n }`; accounts are SS58 addresses.
//! Bad parameters get JSON-RPC error objects: `-32602` for an unknown kind, `9001` when the runtime
//! call fails. An item that does not exist gives `null`.

#![deny(missing_docs)]

use std::{fmt::Display, sync::Arc};

use codec::Codec;
use jsonrpsee::{
	core::RpcResult,
	proc_macros::rpc,
	types::{error::ErrorObject, ErrorObjectOwned},
};
pub use pallet_provenance_runtime_api::ProvenanceApi as ProvenanceRuntimeApi;
use pallet_provenance_runtime_api::{
	DatasetId, Lineage, ModelId, OutputId, ProvenanceApi as RuntimeApi, ProvenanceItem,
};
use serde::{Deserialize, Serialize};
use sp_api::ProvideRuntimeApi;
use sp_blockchain::HeaderBackend;
use sp_runtime::traits::Block as BlockT;

/// The error code of a failed runtime call.
pub const RUNTIME_ERROR: i32 = 9001;
/// JSON-RPC's code for invalid parameters.
pub const INVALID_PARAMS: i32 = -32602;

/// An item, as JSON names it.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq, Eq)]
pub struct Item {
	/// `dataset`, `model` or `output`.
	pub kind: String,
	/// Its id.
	pub id: u32,
}

impl Item {
	fn parse(&self) -> Result<ProvenanceItem, ErrorObjectOwned> {
		match self.kind.as_str() {
			"dataset" => Ok(ProvenanceItem::Dataset(DatasetId(self.id))),
			"model" => Ok(ProvenanceItem::Model(ModelId(self.id))),
			"output" => Ok(ProvenanceItem::Output(OutputId(self.id))),
			other => Err(ErrorObject::owned(
				INVALID_PARAMS,
				"kind must be dataset, model or output",
				Some(other.to_string()),
			)),
		}
	}
}

impl From<ProvenanceItem> for Item {
	fn from(item: ProvenanceItem) -> Self {
		match item {
			ProvenanceItem::Dataset(id) => Item { kind: "dataset".into(), id: id.0 },
			ProvenanceItem::Model(id) => Item { kind: "model".into(), id: id.0 },
			ProvenanceItem::Output(id) => Item { kind: "output".into(), id: id.0 },
		}
	}
}

/// One ancestor, as JSON.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq, Eq)]
pub struct Ancestor {
	/// The ancestor.
	pub item: Item,
	/// Its distance from the queried item.
	pub depth: u32,
	/// Its owner or creator (SS58).
	pub owner: String,
	/// What it comes from directly.
	pub parents: Vec<Item>,
}

/// A lineage, as JSON.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq, Eq)]
pub struct LineageResponse {
	/// The queried item.
	pub item: Item,
	/// Its ancestors, nearest first.
	pub ancestors: Vec<Ancestor>,
	/// Whether ancestors beyond the limits were left out.
	pub truncated: bool,
}

impl<AccountId: Display> From<Lineage<AccountId>> for LineageResponse {
	fn from(l: Lineage<AccountId>) -> Self {
		Self {
			item: l.item.into(),
			ancestors: l
				.ancestors
				.into_iter()
				.map(|n| Ancestor {
					item: n.item.into(),
					depth: n.depth,
					owner: n.owner.to_string(),
					parents: n.parents.into_iter().map(Into::into).collect(),
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
		item: Item,
		max_depth: Option<u32>,
		at: Option<BlockHash>,
	) -> RpcResult<Option<LineageResponse>>;
}

/// The method's implementation over a client; `Types` is `(Block, AccountId)` of the runtime.
pub struct Provenance<C, Types> {
	client: Arc<C>,
	_marker: std::marker::PhantomData<fn() -> Types>,
}

impl<C, Types> Provenance<C, Types> {
	/// Serves the method from `client`.
	pub fn new(client: Arc<C>) -> Self {
		Self { client, _marker: Default::default() }
	}
}

fn runtime_error(e: impl std::fmt::Debug) -> ErrorObjectOwned {
	ErrorObject::owned(RUNTIME_ERROR, "runtime call failed", Some(format!("{:?}", e)))
}

impl<C, Block, AccountId> ProvenanceApiServer<<Block as BlockT>::Hash>
	for Provenance<C, (Block, AccountId)>
where
	Block: BlockT,
	C: ProvideRuntimeApi<Block> + HeaderBackend<Block> + Send + Sync + 'static,
	C::Api: RuntimeApi<Block, AccountId>,
	AccountId: Codec + Display + 'static,
{
	fn lineage(
		&self,
		item: Item,
		max_depth: Option<u32>,
		at: Option<<Block as BlockT>::Hash>,
	) -> RpcResult<Option<LineageResponse>> {
		let item = item.parse()?;
		let at = at.unwrap_or_else(|| self.client.info().best_hash);
		let lineage = self
			.client
			.runtime_api()
			.lineage(at, item, max_depth.unwrap_or(16))
			.map_err(runtime_error)?;
		Ok(lineage.map(Into::into))
	}
}
