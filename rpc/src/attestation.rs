//! Attestation's method: `attestation_status`, whether a dataset is attested for each use or a
//! model may earn, with every reason it is not (which dataset lacks its quorum, which challenge
//! is open, which violation is in force, which bond is missing), up the model's lineage.
//!
//! Items are `{ "kind": "dataset" | "model", "id": n }`; any other kind is refused as invalid
//! parameters. An item that does not exist gives `null`.

use jsonrpsee::{core::RpcResult, proc_macros::rpc};
pub use pallet_attestation_runtime_api::AttestationApi as AttestationRuntimeApi;
use pallet_attestation_runtime_api::{
	AttestationApi as RuntimeApi, BlockNumber, Reason, Status, Target,
};
use serde::{Deserialize, Serialize};
use sp_api::ProvideRuntimeApi;
use sp_blockchain::HeaderBackend;
use sp_runtime::traits::Block as BlockT;

use crate::{runtime_error, Atelier};

/// A dataset or a model, as JSON.
#[derive(Clone, Copy, Debug, Serialize, Deserialize, PartialEq, Eq)]
#[serde(tag = "kind", content = "id", rename_all = "camelCase")]
pub enum Item {
	/// A dataset, by id.
	Dataset(u32),
	/// A model, by id.
	Model(u32),
}

impl From<Item> for Target {
	fn from(item: Item) -> Self {
		match item {
			Item::Dataset(id) => Target::Dataset(atelier_primitives::provenance::DatasetId(id)),
			Item::Model(id) => Target::Model(atelier_primitives::models::ModelId(id)),
		}
	}
}

impl From<Target> for Item {
	fn from(target: Target) -> Self {
		match target {
			Target::Dataset(id) => Item::Dataset(id.0),
			Target::Model(id) => Item::Model(id.0),
		}
	}
}

/// A dataset's attestations for one use, as JSON.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct UseResponse {
	/// `training`, `generativeTraining` or `inference`.
	#[serde(rename = "use")]
	pub purpose: String,
	/// Unexpired attestations for it.
	pub attestations: u32,
	/// Cleared for it.
	pub cleared: bool,
}

/// Why an item is not cleared, as JSON (`reason` names the case).
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq, Eq)]
#[serde(tag = "reason", rename_all = "camelCase")]
pub enum ReasonResponse {
	/// The model has no bond.
	#[serde(rename_all = "camelCase")]
	NoModelBond {
		/// The model.
		model: u32,
	},
	/// The model's bond is unbonding.
	#[serde(rename_all = "camelCase")]
	ModelUnbonding {
		/// The model.
		model: u32,
	},
	/// The model's bond is below the bond required now.
	#[serde(rename_all = "camelCase")]
	ModelBondTooLow {
		/// The model.
		model: u32,
	},
	/// The dataset lacks its quorum of attestations for generative training.
	#[serde(rename_all = "camelCase")]
	LacksQuorum {
		/// The dataset.
		dataset: u32,
		/// Its unexpired attestations.
		attestations: u32,
		/// The quorum.
		quorum: u32,
	},
	/// A challenge is open against `target`.
	#[serde(rename_all = "camelCase")]
	ChallengeOpen {
		/// The dataset or model.
		target: Item,
		/// The block the freeze ends at if nobody decides it.
		until: BlockNumber,
	},
	/// A violation is in force on `target`.
	#[serde(rename_all = "camelCase")]
	Violation {
		/// The dataset or model.
		target: Item,
		/// The challenge that proved it.
		challenge: u32,
		/// `minor` or `major`.
		severity: String,
		/// When a minor one ends (`null`: for good).
		until: Option<BlockNumber>,
	},
	/// The dataset's licence forbids generative training.
	#[serde(rename_all = "camelCase")]
	LicenseForbids {
		/// The dataset.
		dataset: u32,
	},
}

impl From<Reason<BlockNumber>> for ReasonResponse {
	fn from(reason: Reason<BlockNumber>) -> Self {
		match reason {
			Reason::NoModelBond(m) => Self::NoModelBond { model: m.0 },
			Reason::ModelUnbonding(m) => Self::ModelUnbonding { model: m.0 },
			Reason::ModelBondTooLow(m) => Self::ModelBondTooLow { model: m.0 },
			Reason::LacksQuorum { dataset, attestations, quorum } => {
				Self::LacksQuorum { dataset: dataset.0, attestations, quorum }
			},
			Reason::ChallengeOpen { target, until } => {
				Self::ChallengeOpen { target: target.into(), until }
			},
			Reason::Violation { target, challenge, severity, until } => Self::Violation {
				target: target.into(),
				challenge,
				severity: format!("{severity:?}").to_lowercase(),
				until,
			},
			Reason::LicenseForbids(d) => Self::LicenseForbids { dataset: d.0 },
		}
	}
}

/// An item's attestation status, as JSON.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct StatusResponse {
	/// The item.
	pub item: Item,
	/// A dataset: cleared for generative training; a model: may earn.
	pub cleared: bool,
	/// A dataset: each use; a model: empty.
	pub uses: Vec<UseResponse>,
	/// Every reason it is not cleared, up the lineage.
	pub reasons: Vec<ReasonResponse>,
}

impl From<Status<BlockNumber>> for StatusResponse {
	fn from(s: Status<BlockNumber>) -> Self {
		use atelier_primitives::provenance::Purpose;
		Self {
			item: s.target.into(),
			cleared: s.cleared,
			uses: s
				.uses
				.into_iter()
				.map(|u| UseResponse {
					purpose: match u.purpose {
						Purpose::Training => "training",
						Purpose::GenerativeTraining => "generativeTraining",
						Purpose::Inference => "inference",
					}
					.to_string(),
					attestations: u.attestations,
					cleared: u.cleared,
				})
				.collect(),
			reasons: s.reasons.into_iter().map(Into::into).collect(),
		}
	}
}

/// Attestation's JSON-RPC methods.
#[rpc(client, server)]
pub trait AttestationApi<BlockHash> {
	/// The attestation status of a dataset or model, at the best block or at `at`.
	#[method(name = "attestation_status")]
	fn status(&self, item: Item, at: Option<BlockHash>) -> RpcResult<Option<StatusResponse>>;
}

impl<C, Block, AccountId, Balance, BlockNumberT> AttestationApiServer<<Block as BlockT>::Hash>
	for Atelier<C, (Block, AccountId, Balance, BlockNumberT)>
where
	Block: BlockT,
	C: ProvideRuntimeApi<Block> + HeaderBackend<Block> + Send + Sync + 'static,
	C::Api: RuntimeApi<Block>,
	AccountId: 'static,
	Balance: 'static,
	BlockNumberT: 'static,
{
	fn status(
		&self,
		item: Item,
		at: Option<<Block as BlockT>::Hash>,
	) -> RpcResult<Option<StatusResponse>> {
		let status = self
			.client
			.runtime_api()
			.status(self.at(at), item.into())
			.map_err(runtime_error)?;
		Ok(status.map(Into::into))
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn items_are_a_kind_and_an_id_and_reasons_name_their_case() {
		assert_eq!(serde_json::to_string(&Item::Model(2)).unwrap(), r#"{"kind":"model","id":2}"#);
		assert_eq!(
			serde_json::from_str::<Item>(r#"{"kind":"dataset","id":0}"#).unwrap(),
			Item::Dataset(0)
		);
		assert!(serde_json::from_str::<Item>(r#"{"kind":"output","id":1}"#).is_err());
		let reason: ReasonResponse = Reason::<BlockNumber>::LacksQuorum {
			dataset: atelier_primitives::provenance::DatasetId(4),
			attestations: 1,
			quorum: 2,
		}
		.into();
		assert_eq!(
			serde_json::to_value(&reason).unwrap(),
			serde_json::json!({"reason": "lacksQuorum", "dataset": 4, "attestations": 1, "quorum": 2})
		);
	}
}
