//! Provenance and royalties: the ids of datasets and outputs, the AI-use vocabulary of dataset
//! licences, and the traits through which provenance, royalties, the compute market and
//! attestation talk to each other.

use super::{compute::JobId, models::ModelId};
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;
use sp_runtime::{DispatchResult, Perbill};

/// A dataset: the id of its NFT in the provenance pallet's datasets collection.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	PartialOrd,
	Ord,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Debug,
	serde::Serialize,
	serde::Deserialize,
)]
pub struct DatasetId(pub u32);

/// A generated (or remixed) work: the id of its NFT in the outputs collection.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	PartialOrd,
	Ord,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Debug,
	serde::Serialize,
	serde::Deserialize,
)]
pub struct OutputId(pub u32);

/// What a dataset may be used for, in the C2PA/CAWG training-and-data-mining vocabulary.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Debug,
	serde::Serialize,
	serde::Deserialize,
)]
pub enum Purpose {
	/// Training any model (`cawg.ai_training`).
	Training,
	/// Training a generative model (`cawg.ai_generative_training`): what a monetizable
	/// generative model needs from each of its datasets.
	GenerativeTraining,
	/// Use as input to inference (`cawg.ai_inference`).
	Inference,
}

/// Whether a use is permitted, in the C2PA/CAWG vocabulary.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Debug,
	serde::Serialize,
	serde::Deserialize,
)]
pub enum Permission {
	/// Permitted without conditions (`allowed`).
	Allowed,
	/// Not permitted (`notAllowed`).
	NotAllowed,
	/// Permitted under conditions that an attestor must confirm (`constrained`).
	Constrained,
}

/// What attestation answers about datasets. Without an attestation pallet, the runtime uses a
/// simpler rule (see `docs/pallets/provenance.md`).
pub trait DatasetAttestation {
	/// Whether the dataset is attested and cleared for `purpose`.
	fn is_cleared(dataset: &DatasetId, purpose: Purpose) -> bool;
}

/// A settled inference receipt, as the compute market reports it to provenance.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct SettledReceipt<AccountId> {
	/// Who requested (and paid for) the job.
	pub requester: AccountId,
	/// The model that ran.
	pub model: ModelId,
	/// The hash of the output the worker delivered.
	pub output_hash: sp_core::H256,
}

/// What the compute market tells provenance about jobs.
pub trait ComputeReceipts<AccountId> {
	/// The job's receipt, if the job settled and its record is still kept (the market keeps
	/// it until the challenge period ends).
	fn settled_receipt(job: &JobId) -> Option<SettledReceipt<AccountId>>;
}

impl<AccountId> ComputeReceipts<AccountId> for () {
	fn settled_receipt(_: &JobId) -> Option<SettledReceipt<AccountId>> {
		None
	}
}

/// What royalties asks provenance about outputs, and the one way an output's NFT moves.
pub trait OutputRegistry<AccountId> {
	/// The output's current owner, if it exists.
	fn owner(output: &OutputId) -> Option<AccountId>;
	/// The model that generated the output.
	fn model(output: &OutputId) -> Option<ModelId>;
	/// Who created the output (reputation credits its sales to them).
	fn creator(output: &OutputId) -> Option<AccountId>;
	/// Moves the output's NFT to `to`. Only royalties calls this, after the sale is paid:
	/// every other path that could move a provenance NFT is refused.
	fn transfer(output: &OutputId, to: &AccountId) -> DispatchResult;
}

/// What provenance tells royalties when an output is minted: its royalty policy.
pub trait RoyaltyPolicies<AccountId> {
	/// Records the royalty policy of a new output: `creator_share` of every sale to its
	/// creator, and the protocol's shares up the lineage (the model's licensees and the
	/// `parents`' own lineages). Fails, and the mint with it, if the stack exceeds the cap.
	fn register(
		output: &OutputId,
		creator: &AccountId,
		model: &ModelId,
		parents: &[OutputId],
		creator_share: Perbill,
	) -> DispatchResult;
}

impl<AccountId> RoyaltyPolicies<AccountId> for () {
	fn register(
		_: &OutputId,
		_: &AccountId,
		_: &ModelId,
		_: &[OutputId],
		_: Perbill,
	) -> DispatchResult {
		Ok(())
	}
}
