//! Provenance (`pallet-provenance`) and royalties (`pallet-royalties`): bounds, deposits, the
//! royalty stack, and the stand-ins for the seams whose pallets have not landed yet.
//!
//! - Attestation: until the attestation pallet lands, [`LicenseOnlyAttestation`] clears a
//!   dataset for a purpose only if its licence allows that purpose outright. A `constrained`
//!   licence needs an attestor to confirm its conditions, so it does not clear yet.
//! - Receipts: [`SettledJobs`] reads the compute market's jobs. A job's record (and so its
//!   receipt) is kept until its challenge period ends: an output is minted from a job within an
//!   hour of its settlement.

use frame_support::{
	parameter_types,
	traits::{ConstU32, Contains},
	PalletId,
};
use sp_runtime::{traits::AccountIdConversion, Perbill};

use super::super::{AccountId, Assets, Balances, Nfts, Provenance, Runtime, RuntimeHoldReason};
use super::compute::ReserveAccount;
#[cfg(feature = "runtime-benchmarks")]
use alloc::{vec, vec::Vec};
use atelier_primitives::{
	compute::JobId,
	currency::deposit,
	provenance::{
		ComputeReceipts, DatasetAttestation, DatasetId, Permission, Purpose, SettledReceipt,
	},
	stablecoin, AssetId,
};

/// The provenance pallet's id; its account owns the three collections.
pub const PROVENANCE_PALLET_ID: PalletId = PalletId(*b"atl/prov");
/// The royalties pallet's id; its account holds accrued royalties until they are claimed.
pub const ROYALTIES_PALLET_ID: PalletId = PalletId(*b"atl/roya");

parameter_types! {
	pub const ProvenancePalletId: PalletId = PROVENANCE_PALLET_ID;
	pub const RoyaltiesPalletId: PalletId = ROYALTIES_PALLET_ID;
	/// A record of up to about 2 KiB (an output with 8 parents and 16 prompts, a model with 16
	/// datasets and 32 licensees): one entry and its bytes.
	pub const RecordDeposit: u128 = deposit(1, 2048);
	/// Buyers never pay more than half the price in royalties.
	pub const MaxRoyaltyStack: Perbill = Perbill::from_percent(50);
	/// 10% of every sale to the model's lineage (datasets, fine-tuners, owner, base models).
	pub const ModelShare: Perbill = Perbill::from_percent(10);
	/// 10% of every sale of a remix to its parents' lineages.
	pub const ParentShare: Perbill = Perbill::from_percent(10);
	/// A model that lists datasets gives them at least a fifth of its licensing fee.
	pub const MinDatasetShare: Perbill = Perbill::from_percent(20);
	/// A fine-tune gives its base model's licensees at least a fifth of its licensing fee.
	pub const MinBaseModelShare: Perbill = Perbill::from_percent(20);
	/// 2% of every sale to the treasury reserve.
	pub const RoyaltyReserveShare: Perbill = Perbill::from_percent(2);
	pub ProvenanceAccount: AccountId = PROVENANCE_PALLET_ID.into_account_truncating();
	pub RoyaltiesAccount: AccountId = ROYALTIES_PALLET_ID.into_account_truncating();
}

/// Clears a dataset for a purpose its licence allows outright, until the attestation pallet
/// answers instead.
pub struct LicenseOnlyAttestation;
impl DatasetAttestation for LicenseOnlyAttestation {
	fn is_cleared(dataset: &DatasetId, purpose: Purpose) -> bool {
		pallet_provenance::Datasets::<Runtime>::get(dataset)
			.is_some_and(|d| d.license.permission(purpose) == Permission::Allowed)
	}
}

/// Settled receipts from the compute market's job records.
pub struct SettledJobs;
impl ComputeReceipts<AccountId> for SettledJobs {
	fn settled_receipt(job: &JobId) -> Option<SettledReceipt<AccountId>> {
		let record = pallet_compute_market::Jobs::<Runtime>::get(job)?;
		match record.status {
			pallet_compute_market::JobStatus::Settled { output_hash, .. } => Some(SettledReceipt {
				requester: record.requester,
				model: record.model,
				output_hash,
			}),
			_ => None,
		}
	}
}

impl pallet_provenance::Config for Runtime {
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type Nfts = Nfts;
	type PalletId = ProvenancePalletId;
	type RecordDeposit = RecordDeposit;
	type MinDatasetShare = MinDatasetShare;
	type MinBaseModelShare = MinBaseModelShare;
	type Attestation = LicenseOnlyAttestation;
	type Receipts = SettledJobs;
	type Royalties = super::super::Royalties;
	type MaxContributors = ConstU32<64>;
	type MaxDatasets = ConstU32<16>;
	type MaxFineTuners = ConstU32<8>;
	type MaxLicensees = ConstU32<32>;
	type MaxModelGenerations = ConstU32<8>;
	type MaxPrompts = ConstU32<16>;
	type MaxParents = ConstU32<8>;
	type MaxLineageDepth = ConstU32<16>;
	type MaxLineageNodes = ConstU32<256>;
	type WeightInfo = pallet_provenance::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = ProvenanceBenchmarkHelper;
}

/// The least royalty an external sale pays, whatever price its seller declares: one ATL, or one
/// aUSD. An external sale is then never a free transfer; below about 4.5 units (where the
/// 22% stack of a remix reaches one unit) the minimum is what it costs.
pub struct MinExternalRoyalty;
impl sp_runtime::traits::Convert<pallet_royalties::PaymentAsset, u128> for MinExternalRoyalty {
	fn convert(asset: pallet_royalties::PaymentAsset) -> u128 {
		match asset {
			pallet_royalties::PaymentAsset::Native => atelier_primitives::currency::UNIT,
			pallet_royalties::PaymentAsset::Asset(_) => stablecoin::DOLLAR,
		}
	}
}

/// Prices may be set in the stablecoin besides ATL.
pub struct AcceptedAssets;
impl Contains<AssetId> for AcceptedAssets {
	fn contains(id: &AssetId) -> bool {
		*id == stablecoin::ASSET_ID
	}
}

impl pallet_royalties::Config for Runtime {
	type Currency = Balances;
	type Assets = Assets;
	type AcceptedAssets = AcceptedAssets;
	type PalletId = RoyaltiesPalletId;
	type ReserveAccount = ReserveAccount;
	type Outputs = Provenance;
	type Models = Provenance;
	type MaxRoyaltyStack = MaxRoyaltyStack;
	type ModelShare = ModelShare;
	type ParentShare = ParentShare;
	type ReserveShare = RoyaltyReserveShare;
	/// Creator, up to 32 model licensees and the parents' recipients, merged: 64 kept.
	type MaxRecipients = ConstU32<64>;
	type MinExternalRoyalty = MinExternalRoyalty;
	type WeightInfo = pallet_royalties::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = ProvenanceBenchmarkHelper;
}

/// Registers models and mints outputs through provenance for other pallets' benchmarks.
#[cfg(feature = "runtime-benchmarks")]
pub struct ProvenanceBenchmarkHelper;

#[cfg(feature = "runtime-benchmarks")]
impl ProvenanceBenchmarkHelper {
	fn funded(name: &'static str) -> AccountId {
		use frame_support::traits::fungible::Mutate;
		let who: AccountId = frame_benchmarking::account(name, 0, 0);
		let _ = Balances::set_balance(&who, 1_000_000 * atelier_primitives::currency::UNIT);
		who
	}

	/// A dataset of `owner`'s, open for every use, with `contributors`.
	fn dataset(owner: &AccountId, contributors: Vec<(AccountId, u32)>) -> DatasetId {
		use pallet_provenance::LicenseTerms;
		let license = LicenseTerms {
			training: Permission::Allowed,
			generative_training: Permission::Allowed,
			inference: Permission::Allowed,
		};
		let call = pallet_provenance::Call::<Runtime>::register_dataset {
			content_hash: Default::default(),
			license,
			contributors,
		};
		frame_support::traits::UnfilteredDispatchable::dispatch_bypass_filter(
			call,
			frame_system::RawOrigin::Signed(owner.clone()).into(),
		)
		.expect("the benchmark's dataset registers");
		DatasetId(pallet_provenance::NextDatasetId::<Runtime>::get() - 1)
	}

	/// `owner`'s model on `datasets` (half of its fee to their contributors, nothing to its
	/// base model's licensees), fine-tuned from `base_model` if any.
	fn register_model(
		owner: &AccountId,
		base_model: Option<atelier_primitives::compute::ModelId>,
		datasets: Vec<DatasetId>,
	) -> atelier_primitives::compute::ModelId {
		use pallet_provenance::ModelShares;
		let call = pallet_provenance::Call::<Runtime>::register_model {
			base_model,
			datasets,
			fine_tuners: vec![],
			version_hash: Default::default(),
			shares: ModelShares {
				datasets: Perbill::from_percent(50),
				base_model: if base_model.is_some() {
					MinBaseModelShare::get()
				} else {
					Perbill::zero()
				},
			},
		};
		frame_support::traits::UnfilteredDispatchable::dispatch_bypass_filter(
			call,
			frame_system::RawOrigin::Signed(owner.clone()).into(),
		)
		.expect("the benchmark's model registers");
		atelier_primitives::compute::ModelId(pallet_provenance::NextModelId::<Runtime>::get() - 1)
	}

	/// A monetizable base model whose licensees number `licensees` (at most `MaxLicensees`).
	pub fn model(licensees: u32) -> atelier_primitives::compute::ModelId {
		use frame_support::traits::fungible::Mutate;
		let owner = Self::funded("model-owner");
		// The contributors hold ATL, so that each licensing payment to them is made (a payment
		// below the existential deposit to an empty account goes to the reserve instead).
		let contributors: Vec<(AccountId, u32)> = (1..licensees.max(1))
			.map(|i| {
				let who: AccountId = frame_benchmarking::account("contributor", i, 0);
				let _ = Balances::set_balance(&who, atelier_primitives::currency::UNIT);
				(who, 1)
			})
			.collect();
		let contributors =
			if contributors.is_empty() { vec![(owner.clone(), 1)] } else { contributors };
		let dataset = Self::dataset(&owner, contributors);
		Self::register_model(&owner, None, vec![dataset])
	}

	/// A fine-tune `MaxModelGenerations` deep, every generation on `MaxDatasets` datasets of its
	/// own: the longest walk the monetizability check makes (each listing, sale and job
	/// submission makes it).
	pub fn deepest_model() -> atelier_primitives::compute::ModelId {
		use frame_support::traits::Get;
		type D = <Runtime as pallet_provenance::Config>::MaxDatasets;
		type G = <Runtime as pallet_provenance::Config>::MaxModelGenerations;
		let owner = Self::funded("model-owner");
		let mut model = None;
		for _ in 0..=G::get() {
			let datasets =
				(0..D::get()).map(|_| Self::dataset(&owner, vec![(owner.clone(), 1)])).collect();
			model = Some(Self::register_model(&owner, model, datasets));
		}
		model.expect("at least one generation")
	}
}

#[cfg(feature = "runtime-benchmarks")]
impl pallet_provenance::benchmarking::BenchmarkHelper<AccountId> for ProvenanceBenchmarkHelper {
	/// A job record as the compute market leaves it once the receipt lands: settled now, so
	/// within its challenge period.
	fn settled_job(
		requester: &AccountId,
		model: atelier_primitives::compute::ModelId,
		output_hash: sp_core::H256,
	) -> JobId {
		use pallet_compute_market::{Job, JobStatus, Jobs, NextJobId};
		let id = NextJobId::<Runtime>::get();
		NextJobId::<Runtime>::put(id.saturating_add(1));
		let now = frame_system::Pallet::<Runtime>::block_number();
		Jobs::<Runtime>::insert(
			JobId(id),
			Job {
				requester: requester.clone(),
				model,
				class: atelier_primitives::compute::HardwareClass::ConsumerGpu,
				max_units: 1,
				max_base_fee_per_unit: 0,
				tip_per_unit: 0,
				input_commitment: Default::default(),
				deadline: now,
				escrow: 0,
				status: JobStatus::Settled {
					worker: Self::funded("worker"),
					output_hash,
					units_used: 1,
					charged: 0,
					settled_at: now,
				},
			},
		);
		JobId(id)
	}
}

#[cfg(feature = "runtime-benchmarks")]
impl pallet_royalties::benchmarking::BenchmarkHelper<AccountId> for ProvenanceBenchmarkHelper {
	fn sellable_output(owner: &AccountId) -> atelier_primitives::provenance::OutputId {
		use frame_support::traits::fungible::Mutate;
		let model = Self::deepest_model();
		let _ = Balances::set_balance(owner, 1_000_000 * atelier_primitives::currency::UNIT);
		let call = pallet_provenance::Call::<Runtime>::mint_output {
			model,
			job: None,
			content_hash: Default::default(),
			prompts: vec![],
			parents: vec![],
			content_credential: None,
			creator_share: Perbill::from_percent(5),
		};
		frame_support::traits::UnfilteredDispatchable::dispatch_bypass_filter(
			call,
			frame_system::RawOrigin::Signed(owner.clone()).into(),
		)
		.expect("the benchmark's output mints");
		atelier_primitives::provenance::OutputId(
			pallet_provenance::NextOutputId::<Runtime>::get() - 1,
		)
	}

	/// The stablecoin, created as genesis creates it on the dev and local chains (sufficient)
	/// when the benchmarks run on a genesis without it.
	fn accepted_asset() -> AssetId {
		use frame_support::traits::fungibles::{Create, Inspect};
		if !Assets::asset_exists(stablecoin::ASSET_ID) {
			let owner = Self::funded("stablecoin-owner");
			<Assets as Create<AccountId>>::create(
				stablecoin::ASSET_ID,
				owner,
				true,
				stablecoin::MIN_BALANCE,
			)
			.expect("the benchmark's stablecoin is created");
		}
		stablecoin::ASSET_ID
	}
}
