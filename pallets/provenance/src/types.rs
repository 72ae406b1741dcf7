//! The records the pallet keeps for datasets, models and outputs, and the lineage it reports.

use crate::Config;
pub use atelier_primitives::models::Payee;
use atelier_primitives::{
	compute::JobId,
	models::ModelId,
	provenance::{DatasetId, OutputId, Permission, Purpose},
	CollectionId,
};
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::{traits::fungible::Inspect, BoundedVec};
use scale_info::TypeInfo;
use sp_core::H256;
use sp_runtime::Perbill;

/// The native token's balance type.
pub type BalanceOf<T> =
	<<T as Config>::Currency as Inspect<<T as frame_system::Config>::AccountId>>::Balance;
/// A dataset as the pallet stores it.
pub type DatasetOf<T> =
	Dataset<<T as frame_system::Config>::AccountId, BalanceOf<T>, <T as Config>::MaxContributors>;
/// A model as the pallet stores it.
pub type ModelOf<T> = Model<
	<T as frame_system::Config>::AccountId,
	BalanceOf<T>,
	<T as Config>::MaxDatasets,
	<T as Config>::MaxFineTuners,
	<T as Config>::MaxLicensees,
>;
/// An output as the pallet stores it.
pub type OutputOf<T> = Output<
	<T as frame_system::Config>::AccountId,
	BalanceOf<T>,
	<T as Config>::MaxPrompts,
	<T as Config>::MaxParents,
>;
/// Payees with their shares of a model's licensing fee, most first.
pub type LicenseesOf<T> = BoundedVec<
	(Payee<<T as frame_system::Config>::AccountId>, Perbill),
	<T as Config>::MaxLicensees,
>;

/// A dataset's licence for AI use: one permission for each purpose, in the C2PA/CAWG
/// training-and-data-mining vocabulary.
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
pub struct LicenseTerms {
	/// `cawg.ai_training`.
	pub training: Permission,
	/// `cawg.ai_generative_training`.
	pub generative_training: Permission,
	/// `cawg.ai_inference`.
	pub inference: Permission,
}

impl LicenseTerms {
	/// The permission for `purpose`.
	pub fn permission(&self, purpose: Purpose) -> Permission {
		match purpose {
			Purpose::Training => self.training,
			Purpose::GenerativeTraining => self.generative_training,
			Purpose::Inference => self.inference,
		}
	}
}

/// A dataset that models are trained on.
#[derive(Clone, PartialEq, Eq, Encode, Decode, MaxEncodedLen, TypeInfo, Debug)]
#[scale_info(skip_type_params(MaxContributors))]
pub struct Dataset<AccountId, Balance, MaxContributors: frame_support::traits::Get<u32>> {
	/// Who registered it (and holds its NFT).
	pub owner: AccountId,
	/// The hash of its content.
	pub content_hash: H256,
	/// What it may be used for.
	pub license: LicenseTerms,
	/// Who contributed to it, with weights: their part of the dataset's licensing share is
	/// `weight / total weight`.
	pub contributors: BoundedVec<(AccountId, u32), MaxContributors>,
	/// The record's deposit, held from the owner.
	pub deposit: Balance,
}

/// How a model's licensing fee is split before its fine-tuners and owner take the rest.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Default,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Debug,
)]
pub struct ModelShares {
	/// Shared equally by the datasets it was trained on, and within each by contributor weight.
	pub datasets: Perbill,
	/// Shared by the base model's licensees, in their proportions (fine-tunes only).
	pub base_model: Perbill,
}

/// A model, base or fine-tuned.
#[derive(Clone, PartialEq, Eq, Encode, Decode, MaxEncodedLen, TypeInfo, Debug)]
#[scale_info(skip_type_params(MaxDatasets, MaxFineTuners, MaxLicensees))]
pub struct Model<
	AccountId,
	Balance,
	MaxDatasets: frame_support::traits::Get<u32>,
	MaxFineTuners: frame_support::traits::Get<u32>,
	MaxLicensees: frame_support::traits::Get<u32>,
> {
	/// Who registered it (and holds its NFT); takes what the other shares leave.
	pub owner: AccountId,
	/// The model it was fine-tuned from.
	pub base_model: Option<ModelId>,
	/// How many base models lie below it (0 for a base model).
	pub generation: u32,
	/// The datasets it was trained (or fine-tuned) on.
	pub datasets: BoundedVec<DatasetId, MaxDatasets>,
	/// Who fine-tuned it, each with a share of its licensing fee.
	pub fine_tuners: BoundedVec<(AccountId, Perbill), MaxFineTuners>,
	/// The hash of its weights (its version).
	pub version_hash: H256,
	/// The shares of its datasets and its base model.
	pub shares: ModelShares,
	/// Everyone in its lineage with their share of its licensing fee, computed once at
	/// registration so that paying them costs the same whatever the lineage's depth: dataset
	/// contributors and fine-tuners as accounts, and the owner's part of this model and of each
	/// base model below it as [`Payee::Owner`], paid to whoever holds that model's income when
	/// the fee is paid (its shareholders, once it has issued shares). Shares that add up to
	/// less than 100% leave the rest to the reserve.
	pub licensees: BoundedVec<(Payee<AccountId>, Perbill), MaxLicensees>,
	/// The record's deposit, held from the owner.
	pub deposit: Balance,
}

/// A generated or remixed work.
#[derive(Clone, PartialEq, Eq, Encode, Decode, MaxEncodedLen, TypeInfo, Debug)]
#[scale_info(skip_type_params(MaxPrompts, MaxParents))]
pub struct Output<
	AccountId,
	Balance,
	MaxPrompts: frame_support::traits::Get<u32>,
	MaxParents: frame_support::traits::Get<u32>,
> {
	/// Who made it.
	pub creator: AccountId,
	/// The model that generated it.
	pub model: ModelId,
	/// The compute-market job it came from, when generated on Atelier.
	pub job: Option<JobId>,
	/// The hash of its content (the receipt's output hash when it came from a job).
	pub content_hash: H256,
	/// Commitments (hashes) to the prompts that produced it, oldest first.
	pub prompts: BoundedVec<H256, MaxPrompts>,
	/// The outputs it remixes; all existed before it, so lineage is a DAG.
	pub parents: BoundedVec<OutputId, MaxParents>,
	/// The hash of its C2PA manifest, if it carries content credentials.
	pub content_credential: Option<H256>,
	/// The record's deposit, held from the creator.
	pub deposit: Balance,
}

/// The NFT collections the pallet owns, created at genesis.
#[derive(Clone, Copy, PartialEq, Eq, Encode, Decode, MaxEncodedLen, TypeInfo, Debug, Default)]
pub struct Collections {
	/// Datasets' NFTs.
	pub datasets: CollectionId,
	/// Models' NFTs.
	pub models: CollectionId,
	/// Outputs' NFTs.
	pub outputs: CollectionId,
}

/// An item of any kind, as lineage queries name it.
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
// In JSON (the `provenance_lineage` RPC): `{ "kind": "dataset" | "model" | "output", "id": n }`.
#[serde(tag = "kind", content = "id", rename_all = "lowercase")]
pub enum ProvenanceItem {
	/// A dataset.
	Dataset(DatasetId),
	/// A model.
	Model(ModelId),
	/// An output.
	Output(OutputId),
}

/// One ancestor in a lineage query.
#[derive(Clone, PartialEq, Eq, Encode, Decode, TypeInfo, Debug)]
pub struct LineageNode<AccountId> {
	/// The ancestor.
	pub item: ProvenanceItem,
	/// Its distance from the queried item (1 for a direct parent).
	pub depth: u32,
	/// Its owner (a dataset's or model's owner, an output's creator).
	pub owner: AccountId,
	/// The items it comes from directly.
	pub parents: alloc::vec::Vec<ProvenanceItem>,
}

/// The ancestry of an item, breadth first, each ancestor once.
#[derive(Clone, PartialEq, Eq, Encode, Decode, TypeInfo, Debug)]
pub struct Lineage<AccountId> {
	/// The queried item.
	pub item: ProvenanceItem,
	/// Its ancestors, nearest first.
	pub ancestors: alloc::vec::Vec<LineageNode<AccountId>>,
	/// Whether ancestors beyond the depth or node limits were left out.
	pub truncated: bool,
}
