//! Provenance and royalties: the ids of datasets and outputs, the AI-use vocabulary of dataset
//! licences, and the traits through which provenance, royalties, the compute market and
//! attestation talk to each other.

use super::{compute::JobId, models::ModelId, Balance};
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

/// What attestation answers about datasets and models (the attestation pallet implements it;
/// provenance asks it on every check of whether a model may earn).
pub trait DatasetAttestation {
	/// Whether the dataset is attested and cleared for `purpose`: a quorum of attestations for
	/// it, no open challenge, no upheld violation in force.
	fn is_cleared(dataset: &DatasetId, purpose: Purpose) -> bool;
	/// Whether the model itself may earn: its owner keeps the model bond held for it, and no
	/// open challenge or upheld violation names it. (Its datasets and base model are checked by
	/// provenance's walk up the lineage.)
	fn model_cleared(model: &ModelId) -> bool;
}

/// One model's place in its lineage, as provenance records it.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct ModelLink<AccountId> {
	/// The model's owner.
	pub owner: AccountId,
	/// The model it was fine-tuned from, if any.
	pub base_model: Option<ModelId>,
	/// The datasets it was trained on.
	pub datasets: alloc::vec::Vec<DatasetId>,
}

/// What attestation asks provenance: the lineage of models upward, and who owns what.
pub trait ModelLineage<AccountId> {
	/// The model's owner, base model and datasets, if it exists.
	fn model(model: &ModelId) -> Option<ModelLink<AccountId>>;
	/// The dataset's owner, if it exists.
	fn dataset_owner(dataset: &DatasetId) -> Option<AccountId>;
	/// The most generations a model's lineage has above it (registration enforces it): a walk
	/// up the lineage visits at most this many models besides the first.
	fn max_generations() -> u32;
}

/// Whether the royalties accrued from the sales of a model's outputs may be paid out.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum ClaimState {
	/// Nothing in the model's lineage is challenged or violated: claims pay out.
	Clear,
	/// A challenge is open, or a violation locks the lineage: claims wait.
	Frozen,
	/// A violation upheld with burning taints the lineage: the accrued royalties are burned.
	Burn,
}

/// What royalties asks attestation before paying out royalties accrued from a model's outputs.
pub trait RoyaltyGate {
	/// The state of the royalties accrued from `model`'s outputs' sales.
	fn claim_state(model: &ModelId) -> ClaimState;
}

impl RoyaltyGate for () {
	fn claim_state(_: &ModelId) -> ClaimState {
		ClaimState::Clear
	}
}

/// What attestation tells royalties when a violation is upheld with burning.
pub trait RoyaltyPots {
	/// Burns every royalty accrued (and not yet claimed) from `model`'s outputs' sales, in
	/// every asset; later claims of them pay nothing. Returns the ATL burned.
	fn burn_accrued(model: &ModelId) -> Result<Balance, sp_runtime::DispatchError>;
}

impl RoyaltyPots for () {
	fn burn_accrued(_: &ModelId) -> Result<Balance, sp_runtime::DispatchError> {
		Ok(0)
	}
}

/// Both pots burned (royalties' and the model's share pool), the ATL summed.
impl<A: RoyaltyPots, B: RoyaltyPots> RoyaltyPots for (A, B) {
	fn burn_accrued(model: &ModelId) -> Result<Balance, sp_runtime::DispatchError> {
		Ok(A::burn_accrued(model)?.saturating_add(B::burn_accrued(model)?))
	}
}

/// A settled inference receipt, as the compute market reports it to provenance.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct SettledReceipt<AccountId> {
	/// Who requested (and paid for) the job.
	pub requester: AccountId,
	/// The model that ran.
	pub model: ModelId,
	/// The receipt's commitment to the output: [`crate::compute::output_commitment`] of the
	/// job and the output's hash.
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
